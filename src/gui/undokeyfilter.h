#pragma once

#include <QObject>

class QWidget;

namespace clientele {

// Text fields keep their own little undo history and claim Ctrl+Z for it, which would hide the
// workspace's. Installed on a field, this hands Undo and Redo keys to the window's actions so
// every undo goes through the workspace and reaches the file.
class UndoKeyFilter : public QObject {
    Q_OBJECT
public:
    explicit UndoKeyFilter(QObject *parent = nullptr);

    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace clientele
