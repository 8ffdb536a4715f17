#pragma once

#include "clientele/domain/chartvalue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace clientele {

// Where a prospect stands with the consultancy.
enum class ProspectStatus { New, Contacted, Qualified, ProposalSent, Won, Lost, NotAFit };

QList<ProspectStatus> allProspectStatuses();
// "new", "contacted", "qualified", "proposalSent", "won", "lost", "notAFit".
QString prospectStatusKey(ProspectStatus status);
std::optional<ProspectStatus> prospectStatusFromKey(const QString &key);
// "New", "Contacted", "Qualified", "Proposal sent", "Won", "Lost", "Not a fit".
QString prospectStatusLabel(ProspectStatus status);

// A business the consultant might approach. What the fit score reads are `values`, one per chart
// attribute (keyed by the attribute's id; staff, industry, type of business, revenue and
// location are the chart's standard attributes), typed as the chart's cells are; `systems` and
// `notes` are free text that exclusion keywords search.
struct Prospect {
    qint64 id = 0;
    QString company;
    QString contact;
    QString systems;
    QString source;
    QString notes;
    ProspectStatus status = ProspectStatus::New;
    QDate lastContact;
    QMap<qint64, ChartValue> values;
    // The prospect's identity across workspaces; null until the store gives one.
    QUuid uuid = {};

    ChartValue value(qint64 attributeId) const { return values.value(attributeId); }

    friend bool operator==(const Prospect &, const Prospect &) = default;
};

} // namespace clientele
