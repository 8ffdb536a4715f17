// Document speed: the sample profile printout, and a proposal of about forty pages against Qt
// printing a plain QTextDocument of the same text to PDF (the nearest honest baseline).
//   bench_documents [PROPOSAL_LINES]
#include "clientele/render/pageddocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "clientele/render/proposaldocument.h"
#include "clientele/storage/offerrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "mediantime.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace clientele;
using clientele::bench::medianMs;

namespace {

int pdfPages(const QByteArray &pdf)
{
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r")
                            + pdf.count("/Type /Page ") + pdf.count("/Type /Page>"));
}

// The pages a document paints, at the resolution the PDF export uses.
int paintedPages(const PagedDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const Result<int> pages = document.paint(&writer);
    return pages ? *pages : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int lines = argc > 1 ? std::atoi(argv[1]) : 650;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.clientele"));
    if (!writeSampleWorkspace(path).ok())
        return 2;
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    auto &db = (*file)->database();
    const WorkspaceSettings settings = SettingsRepository(db).load();
    const auto profiles = ProfileRepository(db).all();
    const auto offers = OfferRepository(db).all();
    Proposal proposal = ProposalRepository(db).all().last();

    // The profile printout, as Export PDF makes it.
    const ProfilePrintout printout(settings);
    QByteArray profilePdf;
    const double profileMs =
        medianMs(15, [&] { profilePdf = *renderPdf(printout.document(profiles.front())); });
    std::printf("profile printout: %.1f ms median of 15 (%d pages); target < 100 ms\n", profileMs,
                pdfPages(profilePdf));

    // A long formal proposal.
    proposal.lines.clear();
    for (int i = 1; i <= lines; ++i) {
        ProposalLine line;
        line.description = QStringLiteral("Line item %1: configure, test and hand over one more "
                                          "part of the integrated system")
                               .arg(i);
        line.quantity = 1 + i % 4;
        line.unitPrice = Money(12345 * (1 + i % 9), proposal.currency);
        line.billing = i % 5 == 0 ? Billing::Monthly : Billing::OneOff;
        proposal.lines.append(line);
    }
    const ProposalDocument maker(settings, offers, profiles);
    QByteArray ours;
    const double oursMs = medianMs(5, [&] { ours = *renderPdf(maker.document(proposal)); });

    // Baseline: the same text, plain, printed by Qt's own QTextDocument::print.
    const QString text = maker.document(proposal).plainText();
    QByteArray plain;
    const double plainMs = medianMs(5, [&] {
        QTextDocument document;
        document.setPlainText(text);
        QBuffer buffer(&plain);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        document.print(&writer);
    });
    // Qt writes an empty PDF without complaint when a long document meets a high resolution:
    // the file must hold every page the document painted.
    const int painted = paintedPages(maker.document(proposal));
    if (pdfPages(ours) != painted || painted < lines / 20) {
        std::fprintf(stderr, "the proposal PDF has %d pages; the document painted %d\n",
                     pdfPages(ours), painted);
        return 3;
    }
    std::printf("proposal (%d lines): %.0f ms, %d pages; plain QTextDocument of the same text: "
                "%.0f ms, %d pages; ratio %.2fx (target <= 2x)\n",
                lines, oursMs, pdfPages(ours), plainMs, pdfPages(plain), oursMs / plainMs);
    return 0;
}
