// Fit scoring speed: scoring 100,000 prospects against the sample's ideal, against reading the
// same rows from the workspace with a plain query (target: no more than 2x).
//   bench_fit [PROSPECTS]
// The prospects are written into a copy of the sample with SQL, five values each (staff,
// industry, type of business, revenue, location). Not a test: the figures go into
// docs/performance.md.
#include "clientele/domain/charttext.h"
#include "clientele/domain/fitscore.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"
#include "mediantime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace clientele;
using clientele::bench::medianMs;

namespace {

// The text a user might type for each attribute, picked at random.
QString pick(QRandomGenerator &random, std::initializer_list<const char *> choices)
{
    const auto index = random.bounded(int(choices.size()));
    return QString::fromUtf8(*(choices.begin() + index));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fit.clientele"));
    if (!writeSampleWorkspace(path).ok())
        return 2;
    auto file = WorkspaceFile::open(path);
    if (!file.ok())
        return 2;
    SQLite::Database &db = (*file)->database();
    const IcpChart chart = ChartRepository(db).load();

    // Generate and store the prospects; keep them in memory too, as the store holds them.
    QRandomGenerator random(20261206);
    std::vector<Prospect> prospects;
    prospects.reserve(std::size_t(count));
    {
        SQLite::Transaction transaction(db);
        // Only the generated prospects, so the read and the scoring cover the same rows.
        db.exec("DELETE FROM prospect");
        SQLite::Statement prospect(db, "INSERT INTO prospect (id, uuid, company) VALUES (?, ?, ?)");
        SQLite::Statement value(db, "INSERT INTO prospect_value (prospect_id, attribute_id, kind, "
                                    "text, number_min, number_max, money_min, money_max, currency) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 1; i <= count; ++i) {
            Prospect p;
            p.id = i;
            p.company = QStringLiteral("Prospect %1 Pty Ltd").arg(i);
            prospect.bind(1, i);
            prospect.bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
            prospect.bind(3, p.company.toStdString());
            prospect.exec();
            prospect.reset();
            const QStringList texts{
                QString::number(1 + random.bounded(400)),
                pick(random, {"Trade services", "Engineering", "Manufacturing", "Retail", "Law"}),
                pick(random, {"Family business", "Private company", "Entrepreneur", "Franchise"}),
                QStringLiteral("$%1M").arg(1 + random.bounded(40)),
                pick(random, {"Maitland", "Cessnock", "Newcastle West", "Sydney", "Tamworth"})};
            for (int a = 0; a < texts.size(); ++a) {
                const Attribute &attribute = chart.attributes().at(a);
                const ChartValue v = *parseCell(attribute, texts.at(a), chart.currency());
                p.values.insert(attribute.id, v);
                value.clearBindings();
                value.bind(1, i);
                value.bind(2, static_cast<int64_t>(attribute.id));
                if (const auto *number = v.number()) {
                    value.bind(3, "number");
                    value.bind(5, number->minimum);
                    value.bind(6, number->maximum);
                } else if (const auto *money = v.money()) {
                    value.bind(3, "money");
                    value.bind(7, static_cast<int64_t>(money->minimum.minorUnits()));
                    value.bind(8, static_cast<int64_t>(money->maximum.minorUnits()));
                    value.bind(9, money->minimum.currency().toStdString());
                } else if (const auto *place = v.place()) {
                    value.bind(3, "place");
                    value.bind(4, place->name.toStdString());
                } else {
                    value.bind(3, "text");
                    value.bind(4, v.text()->toStdString());
                }
                value.exec();
                value.reset();
            }
            prospects.push_back(std::move(p));
        }
        transaction.commit();
    }

    // Baseline: every prospect's values read with a plain query, each column touched.
    qint64 touched = 0;
    const double readMs = medianMs(5, [&] {
        SQLite::Statement rows(db, "SELECT p.id, p.company, v.attribute_id, v.kind, v.text, "
                                   "v.number_min, v.number_max, v.money_min, v.money_max "
                                   "FROM prospect p JOIN prospect_value v ON v.prospect_id = p.id");
        while (rows.executeStep()) {
            touched += rows.getColumn(0).getInt64() + rows.getColumn(2).getInt64();
            touched += qint64(rows.getColumn(1).getString().size());
            touched += qint64(rows.getColumn(3).getString().size());
            touched += qint64(rows.getColumn(4).getString().size());
            touched += qint64(rows.getColumn(5).getDouble() + rows.getColumn(6).getDouble());
            touched += rows.getColumn(7).getInt64() + rows.getColumn(8).getInt64();
        }
    });

    const FitModel model(chart, deriveIdealProfile(chart));
    qint64 total = 0;
    const double scoreMs = medianMs(5, [&] {
        for (const Prospect &p : prospects)
            total += model.score(p).score;
    });

    std::printf("prospects            %d (five values each)\n", count);
    std::printf("plain query read     %.1f ms\n", readMs);
    std::printf("fit scoring          %.1f ms\n", scoreMs);
    std::printf("ratio                %.2fx (target <= 2x)\n", scoreMs / readMs);
    std::printf("(checksums %lld %lld)\n", static_cast<long long>(touched),
                static_cast<long long>(total));
    return scoreMs <= 2 * readMs ? 0 : 1;
}
