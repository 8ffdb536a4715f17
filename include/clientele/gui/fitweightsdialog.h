#pragma once

#include "clientele/domain/attribute.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace clientele {

class ChartEditor;

// Chart ▸ Fit Weights…: per chart attribute, whether it counts in a prospect's fit score, how
// much, and (for numbers, years, money and places) the distance outside the ideal at which a
// value stops matching. Each change is one undoable step of the chart and shows at once; the
// rows follow undo, redo and edits made elsewhere.
class FitWeightsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FitWeightsDialog(ChartEditor *editor, QWidget *parent = nullptr);

    // One attribute's controls, for the tests.
    struct Row {
        qint64 attributeId = 0;
        QCheckBox *used = nullptr;
        QComboBox *importance = nullptr;
        QDoubleSpinBox *distance = nullptr; // null for attributes without a distance
        QLabel *ideal = nullptr;
    };
    const QList<Row> &rows() const { return m_rows; }

private:
    void rebuild();
    void refresh();
    void refreshRow(const Row &row);
    void change(qint64 attributeId, const std::function<void(AttributeFit &)> &edit);
    FitImportance defaultImportanceOf(qint64 attributeId) const;

    ChartEditor *m_editor;
    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace clientele
