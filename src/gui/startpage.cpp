#include "startpage.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/importactions.h"
#include "clientele/gui/mainwindow.h"
#include "icons.h"
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

StartPage::StartPage(MainWindow *window)
    : QWidget(window)
    , m_window(window)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    FileActions *actions = window->fileActions();
    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("No workspace open"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);

    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(14);
    choices->setVerticalSpacing(8);
    const auto addChoice = [this, choices](const QIcon &icon, QString text, const QString &what,
                                           const QString &name) {
        text.remove(QLatin1Char('&'));
        auto *button = new QPushButton(icon, text, this);
        button->setObjectName(name);
        auto *description = new QLabel(what, this);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        const int row = choices->rowCount();
        choices->addWidget(button, row, 0);
        choices->addWidget(description, row, 1);
        return button;
    };
    connect(addChoice(actions->openSampleAction()->icon(), actions->openSampleAction()->text(),
                      tr("Look around a finished example: profiles, a chart, offers and "
                         "proposals. It is not kept when you close it."),
                      QStringLiteral("startSampleButton")),
            &QPushButton::clicked, actions->openSampleAction(), &QAction::trigger);
    connect(addChoice(actions->newAction()->icon(), actions->newAction()->text(),
                      tr("Start an empty workspace file for your own clients."),
                      QStringLiteral("startNewButton")),
            &QPushButton::clicked, actions->newAction(), &QAction::trigger);
    connect(addChoice(actions->openAction()->icon(), actions->openAction()->text(),
                      tr("Carry on with a workspace file made earlier."),
                      QStringLiteral("startOpenButton")),
            &QPushButton::clicked, actions->openAction(), &QAction::trigger);
    connect(addChoice({}, tr("&Import Invoices\u2026"),
                      tr("Create a workspace and fill it with your customers from a Xero, "
                         "Odoo or other CSV invoice export."),
                      QStringLiteral("startImportButton")),
            &QPushButton::clicked, this, &StartPage::importIntoNewWorkspace);
    choices->setColumnStretch(1, 1);

    auto *recentLabel = new QLabel(tr("&Recent workspaces"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(220);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_window->fileActions()->openPath(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(6);
    column->addLayout(choices);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);

    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMinimumWidth(600);
    centre->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centre, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const QString &path : m_window->fileActions()->recentFiles()->files()) {
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

void StartPage::importIntoNewWorkspace()
{
    m_window->fileActions()->newWorkspace();
    // Nothing to import into when the new workspace was not made.
    if (m_window->workspace())
        m_window->importActions()->importInvoices();
}

} // namespace clientele
