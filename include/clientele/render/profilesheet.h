#pragma once

#include "clientele/domain/customerprofile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace clientele {

// A labelled value of the segment table ("Business size" · "5–200 staff").
struct SheetRow {
    QString label;
    QString value;
};

// One printed list; `heading` is empty when the section's heading already names it.
struct SheetList {
    QString heading;
    QList<ProfileItem> items;
    bool numbered = false;
};

// A titled section holding prose, or one or more lists printed side by side.
struct SheetSection {
    QString heading;
    QString text;
    QList<SheetList> lists;
};

// What one profile's printout shows, decided before any layout: blank fields, items and
// sections are already gone, and values read as a person would say them.
struct ProfileSheet {
    Q_DECLARE_TR_FUNCTIONS(clientele::ProfileSheet)

public:
    QString title;
    QDate updated;
    QList<SheetRow> segment;
    QList<SheetSection> sections;

    static ProfileSheet from(const CustomerProfile &profile);
};

} // namespace clientele
