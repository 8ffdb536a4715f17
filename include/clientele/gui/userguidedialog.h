#pragma once

#include <QDialog>

class QTextBrowser;

namespace clientele {

// Help ▸ User Guide: docs/user-guide.md with its pictures, read from the application's
// resources so it works offline and matches the version installed. Links to other pages open
// in the desktop's browser.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Pictures are screenshots wider than the dialog: scale each to the text's width.
    void fitPictures();

    QTextBrowser *m_browser;
};

} // namespace clientele
