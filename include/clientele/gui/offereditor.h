#pragma once

#include "clientele/core/commands/mergeid.h"
#include "clientele/domain/offer.h"
#include "clientele/gui/itemlisteditor.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class OfferEditor;
}

namespace clientele {

class TextListEditor;
class OfferCatalogue;
class UndoKeyFilter;
class Workspace;

// The form for one offer (ui/offereditor.ui). Every change is stored at once as an undoable
// command (typing into one field is one step), and the form follows the store back after an
// undo without moving the cursor of the field being typed in. Retainer terms show only for a
// retainer, the deliverable only for a free assessment.
class OfferEditor : public QWidget {
    Q_OBJECT
public:
    explicit OfferEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~OfferEditor() override;

    void setOffer(qint64 id);
    qint64 offerId() const { return m_offerId; }
    void setReadOnly(bool readOnly);
    void focusName();

    // For tests and the page: the widgets as the user sees them.
    QLineEdit *nameEdit() const;
    QLineEdit *priceEdit() const;
    QComboBox *kindCombo() const;
    QComboBox *stageCombo() const;
    TextListEditor *listEditor(OfferList list) const { return m_lists.value(list); }
    QString effectiveRateText() const;
    QString yearlyValueText() const;
    bool retainerShown() const;
    bool assessmentShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void bindTexts();
    void bindRetainer();
    void bindList(TextListEditor *editor, OfferList list, ItemListEditor::Entry entry);
    void styleHeadings();
    // Stores the offer with `change` applied; edits sharing a non-zero key merge into one step.
    void commit(const QString &text, MergeId merge, const std::function<void(Offer &)> &change);
    void commitPrice(const QString &text);
    void commitAnswers();
    void refresh();
    void refreshAnswers(const Offer &offer);
    void refreshFigures(const Offer &offer);
    void showPriceProblem(const QString &message);

    std::unique_ptr<Ui::OfferEditor> m_ui;
    Workspace *m_workspace;
    OfferCatalogue *m_store;
    UndoKeyFilter *m_undoKeys;
    QMap<OfferList, TextListEditor *> m_lists;
    qint64 m_offerId = 0;
    bool m_refreshing = false;
    bool m_readOnly = false;
};

} // namespace clientele
