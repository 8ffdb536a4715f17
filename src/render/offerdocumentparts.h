#pragma once

// Pieces the proposal, the offer catalogue and the owner's review pack share: their stylesheet,
// table finishing, the ladder diagram, an offer's details and lines to sign on. Private to the
// render library.

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/offer.h"
#include "clientele/render/pageddocument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

class QTextDocument;

namespace clientele::offerdoc {

// Gives the body the proposal stylesheet on top of the shared one, lets words longer than a
// line (a URL, a part number) break anywhere instead of running off the page, and loads the
// workspace's logo (if any) as the image "logo"; returns whether there is a logo.
bool prepareBody(PagedDocument &document, const WorkspaceSettings &settings);
// Sets the body's HTML and makes every table's head row repeat on each page it spans.
void setBodyHtml(PagedDocument &document, const QString &html);

// "$0" reads "Free" in prose.
QString priceText(const Offer &offer);

// Profile obstacles and needs by id, to name what an offer answers.
QHash<qint64, QString> profileItemTexts(const QList<CustomerProfile> &profiles);

// The ladder as a staircase of rungs with the step that leads to the next one between them.
QString ladderHtml(const QList<Offer> &rungs);
// One offer: its promise, what is included and not, a retainer's terms with its effective
// hourly rate and yearly value, an assessment's questions and findings, and what it answers.
QString offerDetailsHtml(const Offer &offer, const QHash<qint64, QString> &itemTexts,
                         const QString &headingTag = QStringLiteral("h3"));

// What a cover block shows: a small line above the title ("PROPOSAL"), the title, a line
// under it, and label–value facts; empty lines and facts are left out.
struct Cover {
    QString kicker;
    QString title;
    QString subtitle;
    QList<std::pair<QString, QString>> facts;
};
// The cover block on the accent's pale tint, with the workspace's logo when it has one.
QString coverHtml(const Cover &cover, bool withLogo);

// Lines to write on, each labelled at its left, one row a label, for each party side by side
// under its name ("For Coastal Pump"). The last row, for the signature, leaves more room above
// its line. The block keeps together on one page.
QString signingLinesHtml(const QStringList &parties, const QStringList &labels);

} // namespace clientele::offerdoc
