#include "clientele/gui/chartapplydialog.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

ChartApplyDialog::ChartApplyDialog(ChartEditor *editor, qint64 profileId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_profiles(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_open(new QPushButton(tr("&Open Profile"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Apply the Ideal to a Profile"));
    QList<CustomerProfile> profiles = editor->workspace()->profiles()->all();
    std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const CustomerProfile &profile : profiles)
        m_profiles->addItem(profile.name, profile.id);
    m_profiles->setAccessibleName(tr("Profile"));
    if (const int at = m_profiles->findData(profileId); at >= 0)
        m_profiles->setCurrentIndex(at);

    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_table->setAccessibleName(tr("Changes"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_open->hide();
    m_apply->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profiles);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ChartApplyDialog::showPreview);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_apply->isVisible())
            m_apply->setEnabled(!chosenFields().isEmpty());
    });
    // Accepting is applying; the dialog stays open to offer the profile.
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartApplyDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT openProfileRequested(m_preview.profileId);
        accept();
    });
    resize(680, 420);
    showPreview();
}

qint64 ChartApplyDialog::selectedProfile() const
{
    return m_profiles->currentData().toLongLong();
}

void ChartApplyDialog::showPreview()
{
    m_table->setRowCount(0);
    m_preview = {};
    if (m_profiles->count() == 0) {
        m_summary->setText(tr("There are no profiles yet. Add one on the Profiles "
                              "page, then apply the ideal to it."));
        m_apply->setEnabled(false);
        return;
    }
    const auto preview = m_editor->previewApplyToProfile(selectedProfile());
    if (!preview) {
        m_summary->setText(preview.errorMessage());
        m_apply->setEnabled(false);
        return;
    }
    m_preview = *preview;
    for (const ChartApplyChange &change : std::as_const(m_preview.changes)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *field = new QTableWidgetItem(change.label);
        field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        field->setCheckState(change.suggested() ? Qt::Checked : Qt::Unchecked);
        field->setData(Qt::UserRole, change.field);
        auto *before =
            new QTableWidgetItem(change.before.isEmpty() ? tr("(empty)") : change.before);
        auto *after = new QTableWidgetItem(change.after);
        if (change.before.isEmpty())
            before->setForeground(palette().color(QPalette::PlaceholderText));
        QFont strong = after->font();
        strong.setBold(true);
        after->setFont(strong);
        m_table->setItem(row, 0, field);
        m_table->setItem(row, 1, before);
        m_table->setItem(row, 2, after);
        const QString why = rowToolTip(change);
        for (QTableWidgetItem *item : {field, before, after})
            item->setToolTip(why);
    }
    const int count = int(m_preview.changes.size());
    m_summary->setText(
        count == 0 ? tr("\u201c%1\u201d already matches the ideal; "
                        "nothing would change.")
                         .arg(m_preview.before.name)
                   : (count == 1 ? tr("The ideal differs in 1 field of \u201c%1\u201d; it is "
                                      "applied if ticked. Fields the ideal knows nothing about "
                                      "stay as they are.")
                                 : tr("The ideal differs in %n fields of \u201c%1\u201d; the "
                                      "ticked ones are applied. Fields the ideal knows nothing "
                                      "about stay as they are.",
                                      nullptr, count))
                         .arg(m_preview.before.name));
    m_apply->setEnabled(!chosenFields().isEmpty());
}

QString ChartApplyDialog::rowToolTip(const ChartApplyChange &change) const
{
    const int percent = qRound(change.share * 100.0);
    const QString rule = tr("A row starts ticked when at least two thirds of the reference "
                            "clients' weight hold the value and the profile's own text is not "
                            "longer than it.");
    switch (change.doubt) {
    case ChartApplyDoubt::HandWritten:
        return tr("Left unticked: the profile's own text is longer than the proposed value. "
                  "Tick it to replace that text.")
               + QLatin1Char('\n') + rule;
    case ChartApplyDoubt::WeakMajority:
        return tr("Left unticked: only %1% of the reference clients' weight hold this value.")
                   .arg(percent)
               + QLatin1Char('\n') + rule;
    case ChartApplyDoubt::None: break;
    }
    return tr("%1% of the reference clients' weight hold this value.").arg(percent)
           + QLatin1Char('\n') + rule;
}

QStringList ChartApplyDialog::chosenFields() const
{
    QStringList fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->checkState() == Qt::Checked)
            fields << item->data(Qt::UserRole).toString();
    }
    return fields;
}

void ChartApplyDialog::apply()
{
    const QStringList fields = chosenFields();
    if (fields.isEmpty())
        return;
    const Status applied = m_editor->applyToProfile(m_preview, fields);
    if (!applied) {
        m_summary->setText(applied.errorMessage());
        showPreview();
        return;
    }
    const QString name = m_preview.before.name;
    m_summary->setText(tr("Applied to \u201c%1\u201d as one step; Edit \u25b8 Undo "
                          "takes it back.")
                           .arg(name));
    m_profiles->setEnabled(false);
    m_apply->hide();
    m_open->show();
    m_open->setDefault(true);
    m_open->setFocus();
    m_close->setText(tr("Close"));
}

} // namespace clientele
