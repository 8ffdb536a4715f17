#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/offer.h"
#include "clientele/domain/proposal.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/offerrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"

#include "pdftools.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

namespace clientele::test {

// The built-in sample workspace's content, read as the documents get it, and a folder for the
// PDFs printed from it.
struct SampleDocuments {
    QTemporaryDir dir;
    WorkspaceSettings settings;
    QList<CustomerProfile> profiles;
    IcpChart chart;
    QList<Offer> offers;
    QList<Proposal> proposals;

    SampleDocuments()
    {
        const QString path = dir.filePath(QStringLiteral("sample.clientele"));
        REQUIRE(writeSampleWorkspace(path).ok());
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(file.ok());
        auto &db = (*file)->database();
        settings = SettingsRepository(db).load();
        profiles = ProfileRepository(db).all();
        chart = ChartRepository(db).load();
        offers = OfferRepository(db).all();
        proposals = ProposalRepository(db).all();
    }

    // Writes the document as `name` in the folder and returns its path.
    QString pdf(const PagedDocument &document, const QString &name) const
    {
        const QString path = dir.filePath(name);
        const Status written = exportPdf(document, path);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        return path;
    }
};

// Each page's text, in reading order unless the options say otherwise.
inline QStringList pdfPages(const QString &pdf, const QStringList &options = {})
{
    QStringList pages = pdfText(pdf, options).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline int pdfPageCount(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s*(\\d+)")).match(info).captured(1).toInt();
}

} // namespace clientele::test
