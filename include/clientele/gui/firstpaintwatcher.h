#pragma once

#include <QObject>

namespace clientele {

// Quits the application once the watched window has painted for the first time; the cold-start
// benchmark measures up to that moment.
class FirstPaintWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

} // namespace clientele
