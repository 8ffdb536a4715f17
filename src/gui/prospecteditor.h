#pragma once

#include "clientele/core/commands/mergeid.h"
#include "clientele/domain/prospect.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace clientele {

class FitExplanation;
class GrowingTextEdit;
class ProspectBook;
class ProspectScorer;
class UndoKeyFilter;
class Workspace;

// The selected prospect: who they are, where they stand, a value for each chart attribute
// that counts for fit (typed as the chart's cells are; refused text stays in the field with
// the reason under it) and, beside or under the form as the width allows, why it scores what
// it does. Every edit is one undoable change through the store.
class ProspectEditor : public QWidget {
    Q_OBJECT
public:
    ProspectEditor(Workspace *workspace, ProspectScorer *scorer, QWidget *parent = nullptr);
    ~ProspectEditor() override;

    qint64 prospectId() const { return m_prospectId; }
    // The width at which the form shows at its widest, with the explanation under it.
    int readableWidth() const;
    void setProspect(qint64 id);
    void setReadOnly(bool readOnly);
    void focusCompany();

Q_SIGNALS:
    // "Create Proposal" was pressed for the prospect in the editor.
    void createProposal(qint64 prospectId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildForm();
    void buildValues();
    void bindText(QLineEdit *edit, MergeId merge,
                  const std::function<void(Prospect &, const QString &)> &set);
    void commit(MergeId merge, const std::function<void(Prospect &)> &change);
    void commitValue(qint64 attributeId);
    void refresh();
    void refreshExplanation();
    void placeExplanation();

    Workspace *m_workspace;
    ProspectBook *m_store;
    ProspectScorer *m_scorer;
    UndoKeyFilter *m_undoKeys;
    QScrollArea *m_scroll;
    QGridLayout *m_columns;
    QWidget *m_form;
    QLineEdit *m_company;
    QLineEdit *m_contact;
    QComboBox *m_status;
    QDateEdit *m_lastContact;
    QLineEdit *m_systems;
    QLineEdit *m_source;
    GrowingTextEdit *m_notes;
    QFormLayout *m_valuesForm;
    QLabel *m_valuesNote;
    // One field per attribute used for fit, with the reason its text was refused under it.
    struct ValueField {
        QLineEdit *edit;
        QLabel *problem;
    };
    QHash<qint64, ValueField> m_values;
    QList<qint64> m_valueOrder;
    QPushButton *m_createProposal;
    FitExplanation *m_explanation;
    qint64 m_prospectId = 0;
    bool m_refreshing = false;
    bool m_readOnly = false;
    bool m_sideBySide = false;
};

} // namespace clientele
