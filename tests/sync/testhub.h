#pragma once

#include <QFile>
#include <QString>

// The throwaway cluster the hub tests run against (tests/support/pgcluster.sh): its socket
// folder from CLIENTELE_TEST_PGHOST, or from the state file the ctest fixture writes.
inline QString testHubSocketFolder()
{
    QString folder = qEnvironmentVariable("CLIENTELE_TEST_PGHOST");
    if (folder.isEmpty()) {
        QFile state(QStringLiteral(CLIENTELE_PGCLUSTER_STATE));
        if (state.open(QIODevice::ReadOnly))
            folder = QString::fromUtf8(state.readAll()).trimmed();
    }
    return folder;
}

// The test database as the test role; empty when no cluster is running.
inline QString testHubUrl(const QString &user = QStringLiteral("clientele_test"))
{
    const QString folder = testHubSocketFolder();
    if (folder.isEmpty())
        return {};
    return QStringLiteral("host='%1' dbname=clientele_test user=%2").arg(folder, user);
}
