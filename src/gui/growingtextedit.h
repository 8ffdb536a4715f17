#pragma once

#include <QPlainTextEdit>

namespace clientele {

// A plain-text field for prose that grows with what is typed, from a couple of lines up to a
// limit, then scrolls; the form around it scrolls as a whole instead of many tiny boxes.
// Tab moves to the next field, as in every other form field.
class GrowingTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

    void setLineLimits(int minimum, int maximum);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightForLines(int lines) const;
    void updateHeight();

    int m_minimumLines = 2;
    int m_maximumLines = 14;
};

} // namespace clientele
