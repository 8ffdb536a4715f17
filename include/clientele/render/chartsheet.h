#pragma once

#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// One printed cell of the grid: the text as the chart shows it, empty when unknown.
struct ChartSheetCell {
    QString text;
    bool derived = false; // computed from another cell (spend per month <-> per year)
    int note = 0;         // the number of its note in ChartSheet::cellNotes, 0 without one
    bool isUnknown() const { return text.isEmpty(); }
    // The text as HTML with its note's number raised after it.
    QString html() const;
};

// One attribute across the clients, with the Ideal column's summary.
struct ChartSheetRow {
    QString label;
    bool numeric = false;        // numbers, years and money: right-aligned
    QList<ChartSheetCell> cells; // one per client, chart order
    QString ideal;               // empty when nothing is known
    QString known;               // "3 of 5 known" when some reference clients are unknown
};

// A client's bar in a chart; a range is drawn from its low to its high end.
struct ChartBar {
    QString label;
    bool known = false;
    double low = 0;
    double high = 0;   // equal to low unless the value is a range
    QString valueText; // printed at the end of the bar
    bool derived = false;
    bool isReference = true;
    bool hatched = false; // a value resting on too little to trust (a match with few known)
};

// One slice of the industry mix.
struct ChartShare {
    QString label;
    int count = 0;
};

// An attribute's note as printed under the grid.
struct ChartSheetNote {
    QString label;
    QString text;
};

// What the ICP chart printout shows, decided before any layout: texts as the chart shows them,
// the numbers behind the charts, and the derivation rules that apply to this chart's attributes.
struct ChartSheet {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartSheet)

public:
    QString title;
    QString weightingLine;  // "Weighting: by loyalty · 5 reference clients"
    QString weightingLabel; // "by loyalty", under the Ideal heading
    QString weightingDescription;
    QList<QString> clients;    // names, chart order
    QList<bool> reference;     // per client
    QList<ChartSheetRow> rows; // attributes, chart order

    QString currency;
    QList<ChartBar> spend;      // per year
    QList<ChartBar> years;      // years as customer
    QList<ChartShare> industry; // most common first; unknown last as notRecorded()
    QList<ChartBar> match;      // 0..100 per client

    QList<ChartSheetNote> notes;
    // Notes on cells (what a picked spend leaves out), numbered from 1 in chart order; cells of
    // one client with the same note share its number.
    QList<ChartSheetNote> cellNotes;
    // How the Ideal column is derived: one short paragraph per rule this chart uses, each led by
    // what it applies to ("Numbers, years and money").
    QList<ChartSheetNote> rules;

    static ChartSheet from(const IcpChart &chart, const IdealProfile &ideal);
    // The industry share of the reference clients whose industry is not known.
    static QString notRecorded() { return tr("Not recorded"); }
};

} // namespace clientele
