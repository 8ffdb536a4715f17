#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace clientele {

// The workspaces opened lately, newest first, kept in the user's settings, and the
// File ▸ Open Recent menu that offers them.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // A menu that lists the files each time it opens.
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save(const QStringList &files);
    void fill(QMenu *menu);
};

} // namespace clientele
