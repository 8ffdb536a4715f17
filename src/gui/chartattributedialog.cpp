#include "chartattributedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace clientele {

ChartAttributeDialog::ChartAttributeDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_valuesLabel(new QLabel(tr("&Suggested values:"), this))
    , m_values(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Attribute"));
    m_label->setPlaceholderText(tr("e.g. Technographics"));
    m_label->setAccessibleName(tr("Attribute name"));
    for (AttributeType type : allAttributeTypes())
        m_type->addItem(attributeTypeLabel(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(AttributeType::Text)));
    m_type->setAccessibleName(tr("Attribute type"));
    m_values->setPlaceholderText(tr("Xero, Odoo, MYOB"));
    m_values->setAccessibleName(tr("Suggested values, separated by commas"));
    m_valuesLabel->setBuddy(m_values);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Attribute"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_label);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_hint);
    form->addRow(m_valuesLabel, m_values);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &ChartAttributeDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ChartAttributeDialog::updateState);
    setMinimumWidth(420);
    updateState();
}

Attribute ChartAttributeDialog::attribute() const
{
    Attribute attribute;
    attribute.label = m_label->text().trimmed();
    attribute.type = AttributeType(m_type->currentData().toInt());
    if (m_values->isVisible() || !m_values->isHidden()) {
        for (const QString &value : m_values->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!value.trimmed().isEmpty())
                attribute.values << value.trimmed();
    }
    return attribute;
}

void ChartAttributeDialog::updateState()
{
    const auto type = AttributeType(m_type->currentData().toInt());
    const bool listed = type == AttributeType::Category || type == AttributeType::Tags;
    m_valuesLabel->setVisible(listed);
    m_values->setVisible(listed);
    m_hint->setText(attributeTypeHint(type));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_label->text().trimmed().isEmpty());
}

} // namespace clientele
