#pragma once

#include <QColor>
#include <QFrame>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace clientele {

// A message line inside an editor, beside what it is about: an icon, a sentence and buttons
// that act on it. It replaces a modal box for things worth knowing that need no answer now
// (a line already on the proposal, a price that changed, a date gone by).
class InlineNotice : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning };
    using Action = std::pair<QString, std::function<void()>>;

    explicit InlineNotice(QWidget *parent = nullptr);

    // Shows the sentence with one button per action, replacing what was shown.
    void showNotice(Kind kind, const QString &text, const QList<Action> &actions = {});
    void dismiss();

    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
    // The kind's colour: the left edge, and a tint of it behind the text.
    QColor m_edge;
};

} // namespace clientele
