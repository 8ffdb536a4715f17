#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace clientele {

namespace {

const QString kKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    save(list.mid(0, kMaximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    save(list);
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

QMenu *RecentFiles::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Open &Recent"), parent);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    // Filled once now so the menu is not empty (and disabled-looking) before first shown.
    fill(menu);
    return menu;
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        const QString name = QFileInfo(path).fileName();
        // Numbers 1-9 give each entry a key; "&&" keeps an ampersand in a name literal.
        QString text = name;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (number <= 9)
            text = QStringLiteral("&%1  %2").arg(number).arg(text);
        QAction *open = menu->addAction(text);
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++number;
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAll = menu->addAction(tr("&Clear Menu"));
    clearAll->setEnabled(!list.isEmpty());
    connect(clearAll, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace clientele
