#include "clientele/gui/prospectcolumnsdialog.h"

#include "scrollarea.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clientele {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Headers other tools give the company and the head count, matched ignoring case.
bool meansField(const QString &key, const QString &header)
{
    static const QStringList company{QStringLiteral("Firm"),         QStringLiteral("Business"),
                                     QStringLiteral("Organisation"), QStringLiteral("Organization"),
                                     QStringLiteral("Account"),      QStringLiteral("Account name"),
                                     QStringLiteral("Company name")};
    if (sameName(key, QStringLiteral("Company")))
        return std::any_of(company.cbegin(), company.cend(),
                           [&](const QString &name) { return sameName(name, header); });
    return false;
}

} // namespace

ProspectColumnsDialog::ProspectColumnsDialog(const QList<QStringList> &preview,
                                             const QList<ProspectField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Which Column Holds What?"));
    auto *intro = new QLabel(tr("Clientele does not know this file's columns. Say what each "
                                "column holds; one must be the company."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    const QStringList header = preview.value(0);
    for (int column = 0; column < header.size(); ++column) {
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(header.at(column).toHtmlEscaped()));
        name->setTextFormat(Qt::RichText);
        auto *combo = new QComboBox;
        combo->setAccessibleName(tr("What column %1 holds").arg(header.at(column)));
        combo->addItem(tr("(not imported)"));
        for (const ProspectField &field : m_fields) {
            combo->addItem(field.label, field.key);
            if (sameName(field.key, header.at(column)) || sameName(field.label, header.at(column))
                || meansField(field.key, header.at(column)))
                combo->setCurrentIndex(combo->count() - 1);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ProspectColumnsDialog::update);
        QStringList samples;
        for (int row = 1; row < preview.size(); ++row)
            if (!preview.at(row).value(column).trimmed().isEmpty())
                samples << preview.at(row).value(column).trimmed();
        auto *sample = new QLabel(samples.join(QStringLiteral(", ")));
        sample->setForegroundRole(QPalette::PlaceholderText);
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        sample->setMaximumWidth(360);
        grid->addWidget(name, column, 0);
        grid->addWidget(combo, column, 1);
        grid->addWidget(sample, column, 2);
        m_combos.append(combo);
    }
    grid->setColumnStretch(2, 1);
    auto *inner = new QWidget;
    inner->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    setScrollingContent(scroll, inner);

    m_hint->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(640, std::min(560, 160 + 34 * int(header.size())));
    update();
}

ProspectColumns ProspectColumnsDialog::columns() const
{
    ProspectColumns columns;
    // Every column is named; one not imported gets no name, so its header is not read either.
    for (int column = 0; column < m_combos.size(); ++column)
        columns.insert(column, m_combos.at(column)->currentData().toString());
    return columns;
}

void ProspectColumnsDialog::update()
{
    const QString company = m_fields.value(0).key;
    const ProspectColumns chosen = columns();
    const bool hasCompany = std::any_of(chosen.cbegin(), chosen.cend(),
                                        [&](const QString &key) { return key == company; });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasCompany);
    m_hint->setText(hasCompany ? QString() : tr("Choose the column that holds the company."));
    m_hint->setVisible(!hasCompany);
}

} // namespace clientele
