#pragma once

#include <QColor>
#include <QWidget>

class QChartView;
class QLabel;
class QScrollArea;
class QTimer;

namespace clientele {

class ChartEditor;

// The figures beneath the ICP chart grid: spend per client, years as customer, the industry
// mix and how closely each client matches the derived ideal. They are redrawn after every
// edit (at most once per event loop turn, and only while shown).
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    ChartsPanel(ChartEditor *editor, QWidget *parent = nullptr);

    // A figure of clients shows at most this many, those with the highest values.
    static constexpr int kMostBars = 20;

    void setAccentColor(const QColor &accent);
    // The four views, left to right; for tests and screenshots.
    QList<QChartView *> views() const { return m_views; }
    QLabel *caption() const { return m_caption; }
    // How many times the figures were drawn; a test sees live updates through it.
    int rebuildCount() const { return m_rebuilds; }

public Q_SLOTS:
    void scheduleRebuild();
    void rebuild();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ChartEditor *m_editor;
    QColor m_accent;
    QList<QChartView *> m_views;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_canvas = nullptr;
    QLabel *m_caption;
    QTimer *m_timer;
    bool m_dirty = true;
    int m_rebuilds = 0;
    int m_builtHeight = 0;
};

} // namespace clientele
