#pragma once

#include "guifixture.h"

#include "clientele/gui/customerspage.h"
#include "clientele/gui/importactions.h"

#include <QFile>
#include <QStatusBar>

// A main window on a fresh workspace with helpers to import the fixtures through the GUI's
// own import flow, with questions answered by the test instead of dialogs.
struct CustomersFixture : GuiFixture {
    clientele::ImportQuestions questions;
    int mappingAsked = 0;
    int dateOrderAsked = 0;
    int restAsked = 0;
    QStringList dateExamples;

    CustomersFixture()
    {
        // Unexpected questions fail the test by giving up on the import.
        questions.mapping = [this](const clientele::ImportPreview &) {
            ++mappingAsked;
            return std::optional<clientele::ColumnMapping>();
        };
        questions.dateOrder = [this](const QString &, const QStringList &examples) {
            ++dateOrderAsked;
            dateExamples = examples;
            return std::optional<clientele::DateOrder>();
        };
        questions.importRest = [this](const clientele::ImportReport &) {
            ++restAsked;
            return false;
        };
        questions.failed = [](const clientele::ImportReport &report) {
            FAIL_CHECK("import failed: " << report.error.toStdString());
        };
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name);
    }

    clientele::ImportActions *imports()
    {
        auto *actions = window.findChild<clientele::ImportActions *>();
        REQUIRE(actions != nullptr);
        return actions;
    }

    clientele::ImportReport
    import(const QString &path,
           clientele::ImportReport::Kind kind = clientele::ImportReport::Kind::Invoices)
    {
        imports()->setQuestions(questions);
        return imports()->importFile(path, kind);
    }

    clientele::CustomersPage *customersPage()
    {
        auto *customers = window.page<clientele::CustomersPage>();
        REQUIRE(customers != nullptr);
        return customers;
    }

    void showCustomers() { window.showPage<clientele::CustomersPage>(); }

    // A Xero export of `customers` customers with one invoice each, written to the test folder.
    QString generatedXero(int customers, int linesEach = 1)
    {
        QFile source(fixture("xero-history.csv"));
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QByteArray header = source.readLine();
        const QByteArray line = source.readLine(); // Alpha Pty Ltd, INV-A1, 15/01/2022
        const QString path = dir.filePath(QStringLiteral("generated.csv"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(header);
        for (int c = 0; c < customers; ++c) {
            for (int l = 0; l < linesEach; ++l) {
                QByteArray row = line;
                row.replace("Alpha Pty Ltd", "Customer " + QByteArray::number(c));
                row.replace("INV-A1", "INV-" + QByteArray::number(c) + "-" + QByteArray::number(l));
                out.write(row);
            }
        }
        return path;
    }
};
