#pragma once

#include <QList>
#include <QVariant>
#include <QWidget>

class QAction;
class QStandardItemModel;
class QTableView;

namespace clientele {

class ProposalChoiceDelegate;

// A small table of a formal proposal (risks, milestones, benefits) with add and remove. Like
// TextListEditor it holds nothing of its own: every change is reported as all rows through
// edited(), the page stores them as one undoable command and shows them back with setRows().
// A cell holding a QDate is edited with a date field; columns given choices with a combo box.
class ProposalTableEditor : public QWidget {
    Q_OBJECT
public:
    using Rows = QList<QList<QVariant>>;

    explicit ProposalTableEditor(QWidget *parent = nullptr);

    // `addTip` is the add button's tooltip, a sentence of its own per table ("Add a risk").
    void setup(const QString &accessibleName, const QString &addTip, const QStringList &headers,
               const QList<QVariant> &newRow);
    void setChoices(int column, const QStringList &choices);
    // Columns shown right-aligned (amounts).
    void setRightAligned(int column);
    void setRows(const Rows &rows);
    Rows rows() const;
    void setReadOnly(bool readOnly);

    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void addRow();
    void removeRow();

Q_SIGNALS:
    void edited(const clientele::ProposalTableEditor::Rows &rows);

private:
    void fitHeight();

    QTableView *m_view;
    QStandardItemModel *m_model;
    ProposalChoiceDelegate *m_delegate;
    QList<QVariant> m_newRow;
    QList<int> m_rightAligned;
    bool m_refreshing = false;
    bool m_readOnly = false;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace clientele
