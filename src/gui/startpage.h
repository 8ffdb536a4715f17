#pragma once

#include <QWidget>

class QListWidget;

namespace clientele {

class MainWindow;

// What the window shows when no workspace is open: what to do next, each with a word on what
// it does, and the recent files.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(MainWindow *window);

    void refresh();

private:
    // A new workspace, then the invoice import into it: the first run of someone with data.
    void importIntoNewWorkspace();

    MainWindow *m_window;
    QListWidget *m_recent;
};

} // namespace clientele
