#pragma once

#include "pdftools.h"

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/workspacesettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clientele::test {

inline WorkspaceSettings consultancySettings()
{
    WorkspaceSettings settings;
    settings.consultancyName = QStringLiteral("Ledgerline Integration Services");
    settings.accentColor = QStringLiteral("#1f5f8b");
    return settings;
}

inline QList<ProfileItem> items(const QStringList &texts)
{
    QList<ProfileItem> list;
    qint64 id = 1;
    for (const QString &text : texts)
        list.append({id++, text, {}});
    return list;
}

// A typical, fully filled profile: the owner of a small industrial equipment firm.
inline CustomerProfile swampedOwnerProfile()
{
    CustomerProfile p;
    p.id = 1;
    p.name = QStringLiteral("The swamped owner of an equipment firm");
    p.segment.customer = QStringLiteral("Owners of small engineering businesses");
    p.segment.demographics = QStringLiteral("Mostly men in their thirties or older");
    p.segment.psychographics =
        QStringLiteral("Always fighting the next fire; has skipped holidays for years because "
                       "something might break while away; plans one day at a time.");
    p.segment.industry = QStringLiteral("Engineering, manufacturing and trade services");
    p.segment.businessSize = {5, 200};
    p.segment.businessType =
        QStringLiteral("Makes or sells industrial equipment and supplies, installs and services "
                       "it: large air-conditioning plant, irrigation pumps, mining machinery, "
                       "weighbridges, EV charging stations.");
    p.segment.technographics =
        items({QStringLiteral("Xero or Odoo"), QStringLiteral("a patchwork of small add-on apps")});
    p.person = QStringLiteral(
        "Built the business from the workshop floor and still knows every job by heart. Enjoys "
        "the rush of solving problems and giving directions, so the days go on working in the "
        "business rather than on it.\nFeels the whole place would fall over without him.");
    p.company = QStringLiteral(
        "Ten to a hundred and fifty people across a workshop, a field crew and a small office. "
        "Much of how things are done lives only in a few heads, and staff do the same task in "
        "different ways.");
    p.industryLayer = QStringLiteral(
        "Project and service work with long equipment lifetimes; margins depend on getting "
        "installs and maintenance visits right the first time.");
    p.utopia = QStringLiteral(
        "A business that runs without him, and money that no longer depends on his hours.\n"
        "Holidays whenever and wherever he likes, and as much or as little involvement in the "
        "company as he chooses.");
    p.obstacles = items({
        QStringLiteral("Know-how is undocumented and sits in people's heads."),
        QStringLiteral("Staff carry out the same job in inconsistent ways."),
        QStringLiteral("Losing one or two key people would seriously hurt the business."),
        QStringLiteral("High staff turnover means he keeps retraining new starters, at a real "
                       "cost in time and money."),
        QStringLiteral("Too busy fixing today's problems to improve how the business works."),
        QStringLiteral("Constant stress is wearing on his health and his relationships."),
        QStringLiteral("Believes he must check every outgoing order and be seen on the floor, "
                       "or standards will slip."),
        QStringLiteral("Has quietly accepted the current size as the most the business can "
                       "reach."),
        QStringLiteral("Pays for many small apps that don't talk to each other, so people "
                       "re-key data between them."),
        QStringLiteral("As it stands, nobody would buy the business: it leans too heavily on "
                       "the owner and a few staff."),
    });
    p.needs = items({QStringLiteral("Documented, repeatable ways of working"),
                     QStringLiteral("Accounts and operations systems that share one set of data"),
                     QStringLiteral("Time back each week to work on the business")});
    p.wants = items({QStringLiteral("A proper holiday without the phone ringing"),
                     QStringLiteral("Fewer software subscriptions to pay for"),
                     QStringLiteral("A business someone would want to buy")});
    p.exclusions = {
        {1, QStringLiteral("Sole traders"), QStringLiteral("too small to need integrated systems")},
        {2, QStringLiteral("Large corporates"),
         QStringLiteral("buy through tenders and IT departments")},
        {3, QStringLiteral("Pure retail shops"),
         QStringLiteral("no install or service work to organise")},
    };
    p.notes = QStringLiteral("Met most of these owners through their accountants.\n"
                             "Best first contact: a free systems assessment.");
    p.created = QDateTime(QDate(2024, 11, 4), QTime(9, 0));
    p.updated = QDateTime(QDate(2025, 3, 12), QTime(16, 30));
    return p;
}

} // namespace clientele::test
