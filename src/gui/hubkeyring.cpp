#include "hubkeyring.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

#include <spdlog/spdlog.h>

namespace clientele::hubkeyring {

namespace {

const QString kService = QStringLiteral("Clientele");

// A keyring that answered, whether or not it held the entry.
bool answered(const QKeychain::Job *job)
{
    return job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
}

} // namespace

void readPassword(const QString &hub, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(hub);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (!answered(read))
                             spdlog::info("no desktop keyring: {}",
                                          read->errorString().toStdString());
                         done(read->error() == QKeychain::NoError ? read->textData() : QString(),
                              answered(read));
                     });
    job->start();
}

void writePassword(const QString &hub, const QString &password, QObject *context,
                   std::function<void(bool kept)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(hub);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() != QKeychain::NoError)
                             spdlog::warn("the keyring did not keep the hub's password: {}",
                                          finished->errorString().toStdString());
                         done(finished->error() == QKeychain::NoError);
                     });
    job->start();
}

void probe(QObject *context, std::function<void(bool available)> done)
{
    readPassword(QStringLiteral("clientele-keyring-probe"), context,
                 [done = std::move(done)](const QString &, bool available) { done(available); });
}

} // namespace clientele::hubkeyring
