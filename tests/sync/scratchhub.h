#pragma once

#include "clientele/sync/hubconnection.h"
#include "testhub.h"

#include <QUuid>

#include <catch2/catch.hpp>

// A database of its own for one test on the throwaway cluster, so tests running side by side
// share nothing; dropped when the test ends.
class ScratchDatabase {
public:
    ScratchDatabase()
        : m_name(QStringLiteral("hub_") + QUuid::createUuid().toString(QUuid::Id128).left(16))
    {
        INFO("No test cluster: run through ctest (the hub fixture) or set CLIENTELE_TEST_PGHOST");
        REQUIRE_FALSE(testHubUrl().isEmpty());
        const clientele::Status created = maintenance("CREATE DATABASE " + m_name.toUtf8());
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
    }
    ~ScratchDatabase() { maintenance("DROP DATABASE " + m_name.toUtf8() + " WITH (FORCE)"); }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString url(const QString &user = QStringLiteral("clientele_test")) const
    {
        return QStringLiteral("host='%1' dbname=%2 user=%3")
            .arg(testHubSocketFolder(), m_name, user);
    }
    // How the hub's messages name this database.
    QString hubName() const
    {
        return QStringLiteral("database “%1” on %2").arg(m_name, testHubSocketFolder());
    }
    // Runs SQL in the database as the test role, outside the code under test.
    clientele::HubRows sql(const char *statement) const
    {
        auto connection = clientele::HubConnection::open(url());
        REQUIRE(connection.ok());
        auto rows = connection->query(statement);
        INFO(rows.errorMessage().toStdString());
        REQUIRE(rows.ok());
        return *rows;
    }
    // A role of the cluster, whose roles every database shares: made by whichever test asks
    // first, even when several ask at once.
    void createRole(const char *role) const
    {
        const QByteArray statement = QByteArray("DO $$ BEGIN CREATE ROLE ") + role
                                     + "; EXCEPTION WHEN duplicate_object OR unique_violation "
                                       "THEN NULL; END $$";
        sql(statement.constData());
    }
    // The one value a statement answers.
    QString value(const char *statement) const { return sql(statement).value(0).value(0); }

private:
    // CREATE and DROP DATABASE run from the test database, the cluster's one made for tests.
    static clientele::Status maintenance(const QByteArray &statement)
    {
        auto connection = clientele::HubConnection::open(testHubUrl());
        if (!connection)
            return connection.error();
        return connection->execute(statement);
    }

    QString m_name;
};
