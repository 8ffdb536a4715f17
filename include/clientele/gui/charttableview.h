#pragma once

#include "clientele/domain/result.h"
#include "clientele/gui/chartdelegate.h"

#include <QTableView>

namespace clientele {

class ChartEditor;
class ChartMessageBubble;
class ChartPinnedIdeal;
class ChartModel;
class ChartViewModel;

// The ICP chart as a spreadsheet: type to edit, Enter moves down and Tab right (Shift goes
// back; Enter after a run of Tabs returns to the column the run began in), F2 edits, and the
// clipboard carries blocks of cells as tab-separated text to and from spreadsheets. Refused
// input is shown at the cell and the editor comes back with the text to correct; nothing bad
// is ever stored.
class ChartTableView : public QTableView {
    Q_OBJECT
public:
    ChartTableView(ChartEditor *editor, QWidget *parent = nullptr);

    ChartEditor *chartEditor() const { return m_editor; }
    ChartModel *chartModel() const { return m_chartModel; }
    ChartViewModel *viewModel() const { return m_viewModel; }
    ChartMessageBubble *messageBubble() const { return m_bubble; }

    void setReadOnly(bool readOnly);
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // Shows why something was refused at `index` (a view index) and in the status bar.
    void showMessage(const QModelIndex &index, const QString &message);

public Q_SLOTS:
    // Edit menu and keyboard: the selection as tab-separated text on the clipboard, and back.
    void copy();
    void cut();
    void paste();
    void clearCells();
    void fillDown();
    void fillRight();
    // Column widths and row heights after the shape of the chart changed.
    void fitColumns();
    // What each column needs for its widest word, before the window's spare room is shared.
    void measureColumns();
    void alignClientColumns(QList<int> &widths) const;
    // The top-left of the grid, with the current cell (if any) in view and no column cut at
    // the left edge; after a flip.
    void showFromTopLeft();

Q_SIGNALS:
    // A message for the status bar.
    void statusMessage(const QString &message);
    // A double click on a client's or attribute's header.
    void headerActivated(Qt::Orientation orientation, int section);

protected:
    int sizeHintForRow(int row) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

public:
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

private:
    // The selected cells (the current one when nothing is selected), as ChartModel indexes.
    QModelIndexList selectedCells() const;
    QRect cellRect(const QModelIndex &index) const; // in this widget's coordinates
    void keepClearOfPinnedIdeal(const QModelIndex &index);
    void showWholeLeftColumn(const QModelIndex &index);
    void moveBy(ChartDelegate::Move move);
    void moveTo(int row, int column);
    void onInputRefused(const QModelIndex &index, const QString &text, const QString &message,
                        bool editorOpen);
    void reopenEditor(const QPersistentModelIndex &index, const QString &text);
    void report(const Status &status, const QModelIndex &at, const QString &done);

    ChartEditor *m_editor;
    ChartModel *m_chartModel;
    ChartViewModel *m_viewModel;
    ChartDelegate *m_delegate;
    ChartMessageBubble *m_bubble;
    ChartPinnedIdeal *m_pinned = nullptr;
    QPersistentModelIndex m_bubbleIndex;
    // The column a run of Tabs began in, so Enter returns there one row down; -1 when none.
    int m_tabAnchor = -1;
    bool m_moving = false;
    bool m_fitting = false;
    QList<int> m_wanted; // measureColumns(); empty when the model changed since
    QList<int> m_least;  // the narrowest each column may be: its longest word
    bool m_userSized = false;
    bool m_readOnly = false;
    Qt::Orientation m_clientHeader = Qt::Horizontal; // which header names the clients
    std::pair<qint64, qint64> m_resetCell;           // client and attribute current before a reset
};

} // namespace clientele
