#pragma once

#include <QWidget>

class QListWidget;

namespace clientele {

class FileActions;

// What the window shows when no workspace is open: what to do next, and the recent files.
class StartPage : public QWidget {
    Q_OBJECT
public:
    StartPage(FileActions *actions, QWidget *parent = nullptr);

    void refresh();

private:
    FileActions *m_actions;
    QListWidget *m_recent;
};

} // namespace clientele
