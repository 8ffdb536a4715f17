#pragma once

#include "clientele/domain/fitsettings.h"
#include "clientele/gui/listeditorpage.h"

class QComboBox;
class QTreeView;

namespace clientele {

class PrintActions;
class ProspectBook;
class ProspectEditor;
class ProspectFileActions;
class ProspectFilter;
class ProspectListModel;
class ProspectScorer;
class ScoreHistogram;
class Workspace;

// The Prospects section: the prospects ranked by fit (score bar, grade, confidence, status),
// searchable and filtered by grade and status, with a histogram of their scores and the grade
// bands above; the selected prospect's editor and the explanation of its score beside them.
class ProspectsPage : public ListEditorPage {
    Q_OBJECT
public:
    explicit ProspectsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ProspectsPage() override;

    QString menuTitle() const override { return tr("Pro&spect"); }
    QList<QAction *> pageActions() const override;
    void setReadOnly(bool readOnly) override;
    std::optional<HistoryItem> historyItem() const override;
    // The prospects the filters and search let through, by grade, as a table.
    bool hasDocument() const override;
    std::optional<PagedDocument> document() const override;
    QString documentFileName() const override { return tr("Prospects.pdf"); }
    QString documentDescription() const override { return tr("the prospects"); }
    // The selected prospect's fit sheet (Print Fit Sheet, Export Fit Sheet as PDF); nothing
    // when none is selected or the chart cannot score yet.
    std::optional<PagedDocument> fitSheet() const;

    // Whether a whole-list scoring is under way (after a change of the chart, rules or bands).
    bool isScoring() const;
    // Grade Bands…: the dialog, its preview, and OK as one undoable change.
    void editBands();
    ProspectFileActions *fileActions() const { return m_files; }

private:
    QWidget *buildFilters();
    void refreshHistogram();
    FitBands bands() const;
    void applyBands(const FitBands &bands);
    void createProposal(qint64 prospectId);
    PrintActions *printActions() const;

    bool exists(qint64 id) const override;
    QModelIndex sourceIndex(qint64 id) const override;
    qint64 shownItemId() const override;
    void showItem(qint64 id) override;
    void focusEditor() override;
    qint64 createItem() override;
    qint64 duplicateItem(qint64 id) override;
    void removeItem(qint64 id) override;
    QString itemName(qint64 id) const override;
    void search(const QString &text) override;
    void updateMoreActions(bool editing) override;

    Workspace *m_workspace;
    ProspectBook *m_store;
    ProspectScorer *m_scorer;
    ProspectListModel *m_model;
    ProspectFilter *m_proxy;
    QTreeView *m_list;
    ProspectEditor *m_editor;
    ScoreHistogram *m_histogram;
    QComboBox *m_grade;
    QComboBox *m_status;
    QAction *m_bandsAction;
    QAction *m_proposalAction;
    ProspectFileActions *m_files;
    QAction *m_printSheetAction;
    QAction *m_exportSheetAction;
};

} // namespace clientele
