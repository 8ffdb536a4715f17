#pragma once

#include "clientele/domain/attributetype.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace clientele {

class ChartEditor;
class ChartModel;
struct Attribute;

// Paints and edits the ICP chart's cells. Each attribute type gets its own editor (a combo with
// completion for categories, a tag list with completion, yes/no/unknown, money showing the
// currency, numbers and ranges); text the cell cannot hold is refused before it reaches the
// model, and the editor stays open so the consultant can correct it. Enter and Tab commit and
// ask the view to move, as in a spreadsheet. Derived cells show how many clients are known on
// a second, quieter line.
class ChartDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Move { Down, Up, Right, Left };
    Q_ENUM(Move)

    ChartDelegate(ChartEditor *editor, ChartModel *model, QObject *parent = nullptr);

    // A short example of what a cell of the type takes ("40 or 20-50"); empty for free text.
    static QString placeholderFor(AttributeType type);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text an editor made by this delegate holds, and setting it.
    static QString editorText(const QWidget *editor);
    static void setEditorText(QWidget *editor, const QString &text);
    // Why `text` cannot go into the cell, or empty when it can.
    QString problem(const QModelIndex &index, const QString &text) const;

Q_SIGNALS:
    // Typed text was not stored; `message` says what the cell expects. `editorOpen` tells
    // whether the editor stays open (Enter, Tab) or is closing (focus moved elsewhere).
    void inputRefused(const QModelIndex &index, const QString &text, const QString &message,
                      bool editorOpen);
    // An edit was committed with Enter or Tab; the view moves on.
    void editFinished(ChartDelegate::Move move);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QWidget *editorFor(QObject *object) const;
    QStringList suggestions(const Attribute &attribute) const;

    ChartEditor *m_editor;
    ChartModel *m_model;
    // The cell each open editor edits; editors and their inner line edits share one entry.
    mutable QHash<const QObject *, QPersistentModelIndex> m_cells;
};

} // namespace clientele
