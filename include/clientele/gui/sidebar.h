#pragma once

#include <QListWidget>

namespace clientele {

// The narrow list of the workspace's sections on the left of the window, each with how many
// things it holds. New sections are added in the order of the consultant's work.
class Sidebar : public QListWidget {
    Q_OBJECT
public:
    enum Role { CountRole = Qt::UserRole + 1 };

    explicit Sidebar(QWidget *parent = nullptr);

    int addSection(const QIcon &icon, const QString &title);
    void setCount(int section, int count);

    QSize sizeHint() const override;
};

} // namespace clientele
