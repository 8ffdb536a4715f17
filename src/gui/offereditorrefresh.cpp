// OfferEditor: showing the stored offer in the form.

#include "clientele/gui/offereditor.h"

#include "ui_offereditor.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/textlisteditor.h"
#include "fieldrefresh.h"

#include <QSignalBlocker>

namespace clientele {

namespace {

void showNumber(QSpinBox *spin, int value)
{
    if (spin->value() == value)
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

} // namespace

void OfferEditor::refresh()
{
    const Offer offer = m_store->find(m_offerId).value_or(Offer{});
    m_refreshing = true;
    showText(m_ui->nameEdit, offer.name);
    showText(m_ui->promiseEdit, offer.promise);
    showText(m_ui->stepEdit, offer.ladder ? offer.ladder->stepToNext : QString());
    m_ui->stepEdit->setEnabled(offer.ladder.has_value() && !m_readOnly);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(offer.kind)));
    m_ui->stageCombo->setCurrentIndex(
        m_ui->stageCombo->findData(offer.ladder ? int(offer.ladder->stage) : -1));

    // "1,200" as typed and 1,200.00 as stored are the same price: leave the typing alone.
    const auto typed = Money::parse(m_ui->priceEdit->text(), offer.price.currency());
    const bool typing =
        m_ui->priceEdit->hasFocus()
        && ((typed && *typed == offer.price)
            || (offer.price.isZero() && m_ui->priceEdit->text().trimmed().isEmpty()));
    if (!typing)
        showText(m_ui->priceEdit, offer.price.toString());
    const QString currency = offer.price.currency();
    if (m_ui->priceEdit->accessibleDescription().isEmpty())
        m_ui->priceNote->setText(offer.isFree()      ? tr("%1 \u00b7 Free").arg(currency)
                                 : offer.isMonthly() ? tr("%1 per month").arg(currency)
                                                     : currency);

    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
        it.value()->setItems(offerList(offer, it.key()));

    {
        const QSignalBlocker blocker(m_ui->carryOverCheck);
        m_ui->carryOverCheck->setChecked(offer.retainer.unusedHoursCarryOver);
    }
    showNumber(m_ui->hoursSpin, offer.retainer.hoursPerMonth);
    showNumber(m_ui->minimumTermSpin, offer.retainer.minimumTermMonths);
    showNumber(m_ui->noticeSpin, offer.retainer.noticeDays);
    m_ui->retainerGroup->setVisible(offer.kind == OfferKind::MonthlyRetainer);
    m_ui->assessmentGroup->setVisible(offer.kind == OfferKind::FreeAssessment);
    refreshFigures(offer);
    refreshAnswers(offer);
    m_refreshing = false;
}

void OfferEditor::refreshFigures(const Offer &offer)
{
    RetainerTerms terms = offer.retainer;
    terms.monthlyFee = offer.price;
    const auto rate = terms.effectiveHourlyRate();
    m_ui->rateLabel->setText(rate ? tr("%1 an hour  (%2 for %3 h)")
                                        .arg(rate->toDisplayString(), offer.price.toDisplayString())
                                        .arg(terms.hoursPerMonth)
                                  : tr("\u2014  (no hours included)"));
    QString yearly = tr("%1 a year").arg(terms.yearlyValue().toDisplayString());
    if (terms.minimumTermMonths > 0)
        yearly += tr("  \u00b7  %1 over the minimum term")
                      .arg(terms.minimumTermValue().toDisplayString());
    m_ui->yearlyLabel->setText(yearly);
}

void OfferEditor::refreshAnswers(const Offer &offer)
{
    const QList<CustomerProfile> profiles = m_workspace->profiles()->all();
    // The profile the offer already answers, else the first: offers serve one ideal customer.
    const CustomerProfile *shown = profiles.isEmpty() ? nullptr : &profiles.first();
    for (const CustomerProfile &profile : profiles)
        for (const auto *list : {&profile.obstacles, &profile.needs})
            for (const ProfileItem &item : *list)
                if (offer.answers.contains(item.id) && shown == &profiles.first())
                    shown = &profile;
    m_ui->answersList->clear();
    if (!shown) {
        m_ui->answersProfileLabel->setText(
            tr("Add a customer profile with obstacles and needs to link them here."));
        return;
    }
    m_ui->answersProfileLabel->setText(
        tr("Tick what this offer answers for \u201c%1\u201d:").arg(shown->name));
    const auto add = [&](const QString &kind, const QList<ProfileItem> &items) {
        for (const ProfileItem &item : items) {
            auto *row = new QListWidgetItem(QStringLiteral("%1: %2").arg(kind, item.text));
            row->setData(Qt::UserRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(offer.answers.contains(item.id) ? Qt::Checked : Qt::Unchecked);
            m_ui->answersList->addItem(row);
        }
    };
    add(tr("Obstacle"), shown->obstacles);
    add(tr("Need"), shown->needs);
    if (m_ui->answersList->count() == 0)
        m_ui->answersProfileLabel->setText(
            tr("\u201c%1\u201d has no obstacles or needs yet.").arg(shown->name));
}

} // namespace clientele
