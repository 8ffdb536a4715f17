#pragma once

#include "guifixture.h"
#include "memoryexchange.h"

#include "clientele/gui/joinhubdialog.h"
#include "clientele/gui/teamactions.h"

#include <QLineEdit>
#include <QPushButton>

#include <mutex>

// A hub in memory shared by the windows of a test. Their syncs run on worker threads, so every
// call reaches the hub one at a time; the addresses the windows connected with are kept.
struct SharedHub {
    std::shared_ptr<synctest::MemoryHub> hub = std::make_shared<synctest::MemoryHub>();
    std::shared_ptr<std::mutex> lock = std::make_shared<std::mutex>();
    std::shared_ptr<QStringList> addresses = std::make_shared<QStringList>();

    class LockedExchange : public clientele::ChangeExchange {
    public:
        LockedExchange(std::unique_ptr<clientele::ChangeExchange> inner,
                       std::shared_ptr<std::mutex> lock)
            : m_inner(std::move(inner))
            , m_lock(std::move(lock))
        {
        }
        QString author() const override { return m_inner->author(); }
        clientele::Result<QString> team() override
        {
            const std::lock_guard held(*m_lock);
            return m_inner->team();
        }
        clientele::Result<QString> claimTeam(const QString &team) override
        {
            const std::lock_guard held(*m_lock);
            return m_inner->claimTeam(team);
        }
        clientele::Status push(const QList<clientele::SyncChange> &changes) override
        {
            const std::lock_guard held(*m_lock);
            return m_inner->push(changes);
        }
        clientele::Result<clientele::ChangeBatch> pull(qint64 after, int limit) override
        {
            const std::lock_guard held(*m_lock);
            return m_inner->pull(after, limit);
        }

    private:
        std::unique_ptr<clientele::ChangeExchange> m_inner;
        std::shared_ptr<std::mutex> m_lock;
    };

    // How a window reaches the hub, as `author`.
    clientele::TeamActions::HubConnect connect(const QString &author) const
    {
        return [hub = hub, lock = lock, addresses = addresses, author](const QString &address)
                   -> clientele::Result<std::unique_ptr<clientele::ChangeExchange>> {
            auto opened = [&] {
                const std::lock_guard held(*lock);
                addresses->append(address);
                return synctest::memoryConnect(hub, author)(address);
            }();
            if (!opened)
                return opened.error();
            return std::unique_ptr<clientele::ChangeExchange>(
                std::make_unique<LockedExchange>(std::move(*opened), lock));
        };
    }

    void setOffline(bool offline)
    {
        const std::lock_guard held(*lock);
        hub->offline = offline;
    }
    QStringList connectedWith() const
    {
        const std::lock_guard held(*lock);
        return *addresses;
    }
};

inline const QString kMemoryHub = QStringLiteral("postgresql://hub.example/team");

// A second window, on an empty workspace of its own.
struct Teammate : GuiFixture {
    Teammate()
        : GuiFixture(QStringList{})
    {
    }
};

// The window's profile named `name`, read from the workspace it shows now.
inline clientele::CustomerProfile profileNamed(GuiFixture &f, const QString &name)
{
    for (const clientele::CustomerProfile &profile : f.workspace().profiles()->all())
        if (profile.name == name)
            return profile;
    FAIL("no profile named " << name.toStdString());
    return {};
}

// File ▸ Team ▸ Join a Hub…, answered as a user would; returns once the window is linked. A
// join that fails closes the dialog and fails the test with the dialog's message.
inline void joinThroughMenu(GuiFixture &f, const QString &address = kMemoryHub,
                            const QString &user = {}, const QString &password = {})
{
    clientele::TeamActions *team = f.window.teamActions();
    auto problem = std::make_shared<QString>();
    whenShown<clientele::JoinHubDialog>(
        [address, user, password, problem](clientele::JoinHubDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("hubAddress"))->setText(address);
            dialog->findChild<QLineEdit *>(QStringLiteral("hubUser"))->setText(user);
            dialog->findChild<QLineEdit *>(QStringLiteral("hubPassword"))->setText(password);
            dialog->findChild<QPushButton *>(QStringLiteral("joinButton"))->click();
            auto *watch = new QTimer(dialog);
            QObject::connect(watch, &QTimer::timeout, dialog, [dialog, problem] {
                if (!dialog->isJoining() && !dialog->problem().isEmpty()) {
                    *problem = dialog->problem();
                    dialog->reject();
                }
            });
            watch->start(50);
        });
    team->joinAction()->trigger();
    INFO(problem->toStdString());
    REQUIRE(team->isLinked());
}

// Anna's window joins the hub with her workspace; then Ben's, whose new one downloads it.
inline void joinBoth(SharedHub &hub, GuiFixture &anna, Teammate &ben)
{
    anna.window.teamActions()->setHubConnect(hub.connect(QStringLiteral("anna")));
    joinThroughMenu(anna);
    ben.window.teamActions()->setHubConnect(hub.connect(QStringLiteral("ben")));
    joinThroughMenu(ben);
}

// Sync Now, then waits for the window to take in what it came to.
inline clientele::SyncReport syncNowAndWait(GuiFixture &f)
{
    clientele::TeamActions *team = f.window.teamActions();
    std::optional<clientele::SyncReport> finished;
    const auto watching = QObject::connect(team, &clientele::TeamActions::synced, team,
                                           [&](const clientele::SyncReport &report) {
                                               if (report.requested)
                                                   finished = report;
                                           });
    team->syncNow();
    const bool done = QTest::qWaitFor([&] { return finished.has_value(); }, 20000);
    QObject::disconnect(watching);
    REQUIRE(done);
    return *finished;
}
