#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace clientele {

class ChartEditor;
class ChartModel;

// How the ICP chart grid looks, kept apart from what it holds: the ChartModel underneath
// stores and validates, this proxy adds the screen's wording and colours — the derived column
// titled "Ideal (derived)" with the weighting in use and an accent tint, numbers and money
// right-aligned, clients outside the ideal greyed, and tooltips that say where a value comes
// from. Rows and columns are the source's one for one.
class ChartViewModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    ChartViewModel(ChartModel *chartModel, ChartEditor *editor, QObject *parent = nullptr);

    ChartModel *chartModel() const { return m_chartModel; }
    // The tint behind the derived column, from the workspace's accent colour.
    void setAccentColor(const QColor &accent);
    QColor accentColor() const { return m_accent; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The header title of the derived column.
    static QString idealTitle();

private:
    QColor idealBackground() const;
    QVariant idealHeaderData(int role) const;
    QVariant cellToolTip(const QModelIndex &source) const;

    ChartModel *m_chartModel;
    ChartEditor *m_editor;
    QColor m_accent;
};

} // namespace clientele
