#include "startpage.h"

#include "clientele/gui/fileactions.h"
#include "icons.h"
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

StartPage::StartPage(FileActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_recent(new QListWidget(this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("No workspace open"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    auto *hint = new QLabel(tr("Create a workspace, open one, or look around the "
                               "sample to see a finished profile."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QAction *action :
         {actions->newAction(), actions->openAction(), actions->openSampleAction()}) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        auto *button = new QPushButton(action->icon(), text, this);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("&Recent workspaces"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(220);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_actions->openPath(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(hint);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);

    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centre, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const QString &path : m_actions->recentFiles()->files()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1    %2")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("None yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace clientele
