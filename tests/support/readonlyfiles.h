#pragma once

// Read-only files and folders in tests. Root ignores permission bits, so when the suite runs as
// root (CI and containers do) the part of a test that must meet them runs as the unprivileged
// user "nobody" (uid and gid 65534): in a forked child (asOrdinaryUser) or, for a program, in
// the child QProcess starts (QProcess::setChildProcessModifier(dropToNobody)). As any other user
// it runs in place and the permission bits alone make the file or folder read-only.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <functional>
#include <grp.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace clientele::test {

constexpr uid_t kNobody = 65534;

inline bool runningAsRoot()
{
    return geteuid() == 0;
}

// Becomes "nobody" for good: no supplementary groups (root's could grant group access), then
// the group, then the user. Async-signal-safe, so it may run between fork and exec.
inline bool dropToNobody()
{
    return setgroups(0, nullptr) == 0 && setgid(kNobody) == 0 && setuid(kNobody) == 0;
}

// Gives `path` to whoever runs the read-only part of a test (nobody, when running as root) and
// sets its permission bits. Without this, a root-made folder would not even be readable there.
inline void setOwnerAndMode(const QString &path, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    if (runningAsRoot())
        REQUIRE(chown(native.constData(), kNobody, kNobody) == 0);
    REQUIRE(chmod(native.constData(), mode) == 0);
}

// A folder for the test's files inside `parent`, owned by the user the read-only part runs as.
// It is made writable again when the test ends, so the temporary folder can be removed.
class TestFolder {
public:
    TestFolder(const QString &parent, const QString &name)
        : m_path(QDir(parent).filePath(name))
    {
        REQUIRE(QDir().mkpath(m_path));
        // The parent (a QTemporaryDir, mode 0700 and root's when running as root) must be
        // passable for nobody too.
        REQUIRE(chmod(QFile::encodeName(parent).constData(), 0755) == 0);
        setOwnerAndMode(m_path, 0755);
    }
    ~TestFolder() { chmod(QFile::encodeName(m_path).constData(), 0755); }
    TestFolder(const TestFolder &) = delete;
    TestFolder &operator=(const TestFolder &) = delete;

    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }
    void makeReadOnly() { setOwnerAndMode(m_path, 0555); }
    // What the folder holds, hidden files included, by name.
    QStringList entries() const
    {
        return QDir(m_path).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

private:
    QString m_path;
};

// Runs `work` as an ordinary user and returns what it returned. As root that is a forked
// child as nobody, which hands its answer back through a pipe; `work` must not use Catch's
// assertions then (they would report from the child), so it reports everything in its answer.
inline QString asOrdinaryUser(const std::function<QString()> &work)
{
    if (!runningAsRoot())
        return work();
    int channel[2];
    REQUIRE(pipe(channel) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(channel[0]);
        QByteArray answer = QByteArrayLiteral("could not become nobody");
        int status = 3;
        if (dropToNobody()) {
            try {
                answer = work().toUtf8();
                status = 0;
            } catch (const std::exception &e) {
                answer = QByteArray("exception: ") + e.what();
                status = 4;
            }
        }
        for (qsizetype done = 0; done < answer.size();) {
            const ssize_t written = write(channel[1], answer.constData() + done,
                                          static_cast<size_t>(answer.size() - done));
            if (written <= 0)
                break;
            done += written;
        }
        close(channel[1]);
        _exit(status); // no destructors or exit handlers: those belong to the parent
    }
    close(channel[1]);
    QByteArray answer;
    char buffer[4096];
    pollfd readable{channel[0], POLLIN, 0};
    bool finished = false;
    // Generous: under the sanitizers an open and a read take seconds.
    while (poll(&readable, 1, 120000) > 0) {
        const ssize_t got = read(channel[0], buffer, sizeof buffer);
        if (got <= 0) {
            finished = got == 0; // the child closed its end
            break;
        }
        answer.append(buffer, got);
    }
    close(channel[0]);
    if (!finished)
        kill(child, SIGKILL);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    if (!finished)
        FAIL("the child running as nobody did not finish: " << answer.toStdString());
    INFO("child answered: " << answer.toStdString());
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return QString::fromUtf8(answer);
}

} // namespace clientele::test
