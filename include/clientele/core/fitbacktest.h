#pragma once

#include "clientele/domain/fitscore.h"
#include "clientele/storage/customerrepository.h"

#include <QCoreApplication>
#include <QList>

namespace clientele {

class CustomerBook;

// A customer imported from invoices, scored as if it were a prospect.
struct BacktestEntry {
    CustomerRow customer;
    FitScore score;
};

// Whether the ideal describes the consultancy's best customers at all: the top customers by
// spend that are not chart clients, scored with the prospects' fit model.
struct Backtest {
    Q_DECLARE_TR_FUNCTIONS(clientele::Backtest)

public:
    QList<BacktestEntry> entries; // by spend, highest first
    int top = 20;                 // how many were asked for

    int count(FitGrade grade) const;
    int gradedAOrB() const { return count(FitGrade::A) + count(FitGrade::B); }
    // "7 of the top 20 customers by spend grade A or B; 9 have too little known to grade."
    QString summary() const;
};

// What an imported customer says about the chart's attributes, as a prospect: its city (or
// region, or country) as the location, its industry when the contacts export gave one, and
// its years as customer, spend and purchases for the relationship attributes (which count
// only where the user chose to use them for fit).
Prospect prospectFromCustomer(const IcpChart &chart, const CustomerRow &customer);

// The `top` customers by spend whose names are not chart clients' (ignoring case and spacing).
Backtest runBacktest(const FitModel &model, const IcpChart &chart, const CustomerBook &customers,
                     int top = 20);

} // namespace clientele
