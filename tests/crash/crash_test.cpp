#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <random>

using namespace clientele;

namespace {

// Enough for the import to take a good part of the kill delays below, so that many kills land
// while its transaction is open.
constexpr int kInvoicesPerFile = 4'000;

// A Xero export whose invoice numbers belong to one trial, so each trial's import is new.
QString writeInvoices(const QTemporaryDir &dir, int trial)
{
    const QString path = dir.filePath(QStringLiteral("invoices-%1.csv").arg(trial));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,Description,Quantity,"
               "UnitAmount,LineAmount,TaxAmount,Currency,Type,Status\n");
    for (int i = 0; i < kInvoicesPerFile; ++i)
        file.write(QStringLiteral("Customer %1,T%2-%3,2024-03-%4,110.00,10.00,Service,1,100.00,"
                                  "100.00,10.00,AUD,Sales invoice,Paid\n")
                       .arg(i % 37)
                       .arg(trial)
                       .arg(i)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8());
    return path;
}

int invoicesOfTrial(SQLite::Database &db, int trial)
{
    SQLite::Statement count(db, "SELECT count(*) FROM invoice WHERE number LIKE ?");
    count.bind(1, QStringLiteral("T%1-%").arg(trial).toStdString());
    REQUIRE(count.executeStep());
    return count.getColumn(0).getInt();
}

} // namespace

// Kills a writer at random moments, seeded so a failure can be replayed. Every profile it
// reported as committed must survive whole, and its import is either all there or not at all.
TEST_CASE("A writer killed mid-write loses no committed edit and no half import",
          "[storage][crash]")
{
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> delayMs(5, 400);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.clientele"));
    REQUIRE(Workspace::create(path).ok());

    QSet<qint64> reported;
    int completeImports = 0;
    int interruptedImports = 0;
    int killedWhileWriting = 0;
    for (int trial = 0; trial < 50; ++trial) {
        const QString invoices = writeInvoices(dir, trial);
        QProcess writer;
        writer.start(QStringLiteral(CLIENTELE_CRASHWRITER), {path, invoices});
        REQUIRE(writer.waitForStarted());
        writer.waitForReadyRead(5000);
        QThread::msleep(delayMs(random));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(5000));
        bool importReported = false;
        bool importWriting = false;
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.startsWith("profile "))
                reported.insert(line.mid(8).trimmed().toLongLong());
            else if (line.startsWith("imported "))
                importReported = true;
            else if (line == "writing")
                importWriting = true;
        }

        INFO("trial " << trial);
        auto opened = Workspace::open(path);
        INFO((opened ? QString() : opened.errorMessage()).toStdString());
        REQUIRE(opened.ok());
        REQUIRE((*opened)->file().problems().isEmpty());
        for (qint64 id : reported) {
            const auto profile = (*opened)->profiles()->find(id);
            REQUIRE(profile.has_value());
            CHECK(profile->obstacles.size() == 3);
        }
        const int stored = invoicesOfTrial((*opened)->file().database(), trial);
        CHECK((stored == 0 || stored == kInvoicesPerFile));
        if (importReported)
            CHECK(stored == kInvoicesPerFile);
        (stored == kInvoicesPerFile ? completeImports : interruptedImports)++;
        // Killed after documents were written and before the commit was reported: either the
        // commit had not happened, and none of them is there (a kill inside the transaction),
        // or it had, and all are.
        if (importWriting && !importReported && stored == 0)
            ++killedWhileWriting;
    }
    CHECK(reported.size() > 50);
    // The seeded delays kill some writers before, some during and some after their import,
    // and some of them while the import's transaction holds written documents.
    CHECK(completeImports > 0);
    CHECK(interruptedImports > 0);
    CHECK(killedWhileWriting > 0);
}
