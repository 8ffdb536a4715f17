#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"

namespace clientele {

// Imports a contacts export: adds customers it does not know and fills in the details (e-mail,
// website, city, region, country, industry, tags) of those it does, matching names whatever
// their case. One transaction, like InvoiceImporter; a contact whose details are unchanged
// counts as already present. check() is the read-only pass that reports what run() would do.
class ContactImporter {
public:
    explicit ContactImporter(QString workspacePath)
        : m_workspacePath(std::move(workspacePath))
    {
    }

    ImportReport check(const QString &csvPath, const ImportOptions &options = {});
    ImportReport run(const QString &csvPath, const ImportOptions &options = {});

private:
    ImportReport pass(const QString &csvPath, const ImportOptions &options, bool write);

    QString m_workspacePath;
};

} // namespace clientele
