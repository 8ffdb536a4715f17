#pragma once

#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

// A list printed as one table: a title, a line under it (what the list shows, how it is
// ordered), a head row repeated on every page, and the rows as the screen shows them.
struct TableSheet {
    struct Column {
        QString title;
        bool numeric = false; // figures and amounts: right-aligned
        int percent = 0;      // share of the width; 0 shares what the others leave
    };
    QString title;
    QString subtitle;
    QList<Column> columns;
    QList<QStringList> rows; // one text per column
    QString emptyText;       // said instead of the table when there are no rows
};

// Typesets a TableSheet, landscape unless told otherwise.
PagedDocument tableDocument(const WorkspaceSettings &settings, const TableSheet &sheet,
                            QPageLayout::Orientation orientation = QPageLayout::Landscape);

} // namespace clientele
