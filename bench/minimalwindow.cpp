// The cold-start baseline: a minimal Qt Widgets program that shows an empty main window and
// quits at its first paint.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

class QuitOnPaint : public QMainWindow {
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, [] { QApplication::exit(0); });
        return QMainWindow::event(event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QuitOnPaint window;
    window.resize(1240, 820);
    window.show();
    return QApplication::exec();
}
