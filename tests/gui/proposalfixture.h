#pragma once

#include "guifixture.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/proposaleditor.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/workspacefile.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QPushButton>

#include <memory>

// The Proposals page of a real main window, shown and current.
struct ProposalFixture : GuiFixture {
    clientele::ProposalsPage *page = nullptr;

    ProposalFixture()
    {
        page = window.showPage<clientele::ProposalsPage>();
        REQUIRE(page != nullptr);
        QApplication::processEvents();
    }

    clientele::ProposalBook &store() { return *workspace().proposals(); }
    clientele::OfferCatalogue &offers() { return *workspace().offers(); }
    clientele::ProposalEditor *editor() { return childOf<clientele::ProposalEditor>(page); }
    QAction *action(const QString &name) { return childOf<QAction>(page, name); }

    // A proposal with one line from a new offer at the given price.
    qint64 addOffer(const QString &name, double price)
    {
        clientele::Offer offer;
        offer.name = name;
        offer.price = clientele::Money::fromMajor(price, QStringLiteral("AUD"));
        const auto added = offers().add(offer);
        REQUIRE(added.ok());
        return *added;
    }

    // Opens in the window a workspace whose proposal P-2024-009 for Coastal Pump went out as
    // version 1 on 6 Dec 2024, valid until 5 Jan 2025, and shows it; returns its id. (Sending
    // today starts a validity that has not run out, so the file is written below the book.)
    qint64 openWithRunOutProposal()
    {
        using namespace clientele;
        const QString other = dir.filePath(QStringLiteral("run-out.clientele"));
        Proposal p;
        p.number = QStringLiteral("P-2024-009");
        p.prospect.company = QStringLiteral("Coastal Pump");
        p.status = ProposalStatus::Sent;
        p.issued = QDate(2024, 12, 6);
        p.validUntil = QDate(2025, 1, 5);
        p.lines.append({0, QStringLiteral("Procedure writing day"), 1,
                        Money::fromMajor(1400, QStringLiteral("AUD"))});
        auto created = Workspace::create(other);
        REQUIRE(created.ok());
        ProposalRepository proposals((*created)->file().database());
        // Stored first: a version keeps the content of the stored proposal, id and all.
        p = proposals.save(p);
        ProposalVersion sent;
        sent.sentAt = QDateTime(QDate(2024, 12, 6), QTime(12, 0), Qt::UTC);
        sent.validUntil = QDate(2025, 1, 5);
        sent.pdf = QByteArray("%PDF-1.4 as sent");
        sent.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(sent.pdf, QCryptographicHash::Sha256).toHex());
        sent.content = std::make_shared<const Proposal>(proposalContent(p));
        p.sent.append(sent);
        proposals.save(p);
        created->reset();
        auto opened = Workspace::open(other);
        REQUIRE(opened.ok());
        window.setWorkspace(std::move(*opened));
        page = window.showPage<ProposalsPage>();
        REQUIRE(page != nullptr);
        const auto stored = store().findByNumber(QStringLiteral("P-2024-009"));
        REQUIRE(stored.has_value());
        page->selectItem(stored->id);
        QApplication::processEvents();
        return stored->id;
    }
};

// The notice's button whose text reads `text` once its mnemonic is taken out.
inline QPushButton *noticeButton(clientele::InlineNotice *notice, const QString &text)
{
    for (QPushButton *button : notice->buttons())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    FAIL("no button " << text.toStdString());
    return nullptr;
}
