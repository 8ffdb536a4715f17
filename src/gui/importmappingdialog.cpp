#include "clientele/gui/importmappingdialog.h"

#include "clientele/storage/import/mappablefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

constexpr int kPreviewRows = 6;

} // namespace

ImportMappingDialog::ImportMappingDialog(const ImportPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_table(new QTableWidget(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importMappingDialog"));
    const bool invoices = preview.kind == ImportReport::Kind::Invoices;
    setWindowTitle(tr("Match the Columns"));
    for (const MappableField &field : mappableFields(invoices))
        m_fields.append({field.member, field.label, field.guesses});

    auto *intro =
        new QLabel(tr("Clientele does not know the columns of \u201C%1\u201D. Choose which "
                      "column holds what; fields marked * are needed. Files with the same "
                      "columns will be read this way from now on.")
                       .arg(QFileInfo(preview.file).fileName()),
                   this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    for (Field &field : m_fields) {
        field.combo = new QComboBox(this);
        field.combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < preview.header.size(); ++column) {
            const QString example = preview.examples(column, 1).value(0);
            const QString text = example.isEmpty()
                                     ? preview.header[column]
                                     : QStringLiteral("%1 \u2014 e.g. %2")
                                           .arg(preview.header[column], example.left(30));
            field.combo->addItem(text, column);
        }
        field.combo->setAccessibleName(QString(field.label).remove(QStringLiteral(" *")));
        form->addRow(field.label, field.combo);
        connect(field.combo, &QComboBox::currentIndexChanged, this, &ImportMappingDialog::update);
    }

    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(int(preview.header.size()));
    const int rows = int(qMin<qsizetype>(kPreviewRows, preview.rows.size()));
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < preview.header.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(preview.rows[row].value(column)));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(170);

    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The first rows of the file:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(760, 620);
    guess();
    update();
}

void ImportMappingDialog::guess()
{
    QList<bool> taken(m_preview.header.size(), false);
    for (Field &field : m_fields) {
        for (const QString &guess : std::as_const(field.guesses)) {
            int found = -1;
            for (int column = 0; column < m_preview.header.size() && found < 0; ++column)
                if (!taken[column]
                    && normaliseHeader(m_preview.header[column]) == normaliseHeader(guess))
                    found = column;
            if (found >= 0) {
                taken[found] = true;
                field.combo->setCurrentIndex(found + 1);
                break;
            }
        }
    }
}

ColumnMapping ImportMappingDialog::mapping() const
{
    ColumnMapping mapping;
    for (const Field &field : m_fields)
        mapping.*field.member = field.combo->currentData().toInt();
    return mapping;
}

QComboBox *ImportMappingDialog::comboFor(int ColumnMapping::*member) const
{
    for (const Field &field : m_fields)
        if (field.member == member)
            return field.combo;
    return nullptr;
}

void ImportMappingDialog::update()
{
    const ColumnMapping chosen = mapping();
    // The preview's headers say which field each column feeds.
    for (int column = 0; column < m_preview.header.size(); ++column) {
        QString title = m_preview.header[column];
        for (const Field &field : std::as_const(m_fields))
            if (chosen.*field.member == column)
                title +=
                    QStringLiteral("\n\u2192 %1").arg(QString(field.label).remove(u'*').trimmed());
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(title));
    }
    m_table->resizeColumnsToContents();
    const bool invoices = m_preview.kind == ImportReport::Kind::Invoices;
    const bool ready = invoices ? chosen.canReadInvoices() : chosen.canReadContacts();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    if (ready)
        m_hint->setText({});
    else if (invoices)
        m_hint->setText(tr("Choose the customer, the date and at least one amount."));
    else
        m_hint->setText(tr("Choose the column with the contact\u2019s name."));
}

} // namespace clientele
