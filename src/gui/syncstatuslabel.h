#pragma once

#include <QLabel>

namespace clientele {

// The status bar's word on the team hub ("Synced at 14:05", "Offline", "2 conflicts"); while
// there are conflicts it reads as a link and a click opens them.
class SyncStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);

    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_clickable = false;
};

} // namespace clientele
