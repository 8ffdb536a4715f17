#include "clientele/gui/chartviewmodel.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/domain/attributeset.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace clientele {

namespace {

bool isRightAligned(AttributeType type)
{
    return type == AttributeType::NumberOrRange || type == AttributeType::MoneyOrRange
           || type == AttributeType::Years;
}

// Long client names break onto a second header line near their middle rather than widening
// the column or being cut off.
QColor mutedText()
{
    return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

// The second line of the Ideal column's header, a phrase of its own for each weighting.
QString weightedHow(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal: return ChartViewModel::tr("equal weighting");
    case Weighting::BySpend: return ChartViewModel::tr("weighted by spend");
    case Weighting::ByLoyalty: return ChartViewModel::tr("weighted by loyalty");
    }
    return {};
}

} // namespace

ChartViewModel::ChartViewModel(ChartModel *chartModel, ChartEditor *editor, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_chartModel(chartModel)
    , m_editor(editor)
    , m_accent(QStringLiteral("#1f5f8b"))
{
    setSourceModel(chartModel);
}

QString ChartViewModel::idealTitle()
{
    return tr("Ideal (derived)");
}

void ChartViewModel::setAccentColor(const QColor &accent)
{
    if (!accent.isValid() || accent == m_accent)
        return;
    m_accent = accent;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole});
}

QColor ChartViewModel::idealBackground() const
{
    // A light wash of the accent over the base colour, so text keeps its contrast in light and
    // dark palettes alike.
    const QColor base = QApplication::palette().color(QPalette::Base);
    const qreal mix = base.lightnessF() > 0.5 ? 0.12 : 0.28;
    return QColor::fromRgbF(base.redF() + (m_accent.redF() - base.redF()) * mix,
                            base.greenF() + (m_accent.greenF() - base.greenF()) * mix,
                            base.blueF() + (m_accent.blueF() - base.blueF()) * mix);
}

QVariant ChartViewModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    if (!source.isValid())
        return {};
    const bool ideal = m_chartModel->isIdeal(source);
    switch (role) {
    case Qt::TextAlignmentRole: {
        const auto type = AttributeType(source.data(ChartModel::AttributeTypeRole).toInt());
        return int((isRightAligned(type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case Qt::BackgroundRole:
        if (ideal)
            return idealBackground();
        return {};
    case Qt::ForegroundRole:
        if (!ideal && !source.data(ChartModel::IsReferenceRole).toBool())
            return mutedText();
        return {};
    case Qt::ToolTipRole: return cellToolTip(source);
    default: return QIdentityProxyModel::data(index, role);
    }
}

QVariant ChartViewModel::cellToolTip(const QModelIndex &source) const
{
    const IcpChart &chart = m_editor->chart();
    const Attribute *attribute = chart.attribute(m_chartModel->attributeIdAt(source));
    if (!attribute)
        return {};
    if (m_chartModel->isIdeal(source)) {
        const DerivedValue *value = m_editor->ideal().value(attribute->id);
        if (!value || !value->isKnown())
            return tr("No reference client has a value for %1 yet.").arg(attribute->label);
        return QStringLiteral("%1: %2\n%3 \u00b7 %4")
            .arg(attribute->label, value->text, value->knownText(),
                 m_editor->ideal().weightingText());
    }
    const qint64 clientId = m_chartModel->clientIdAt(source);
    const ChartClient *client = chart.client(clientId);
    QString tip;
    if (chart.cell(clientId, attribute->id).derived) {
        const bool fromMonth =
            attribute->key == standardAttributeKey(StandardAttribute::SpendPerYear);
        tip = fromMonth ? tr("Derived from the spend per month (\u00d7 12); type a "
                             "value to replace it.")
                        : tr("Derived from the spend per year (\u00f7 12); type a "
                             "value to replace it.");
    } else {
        tip = attributeTypeHint(attribute->type);
    }
    if (client && !client->isReference)
        tip += tr("\n%1 is not a reference client: shown for comparison, left out "
                  "of the ideal.")
                   .arg(client->name);
    return tip;
}

QVariant ChartViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool clientAxis = orientation == m_chartModel->clientHeader();
    if (clientAxis
        && m_chartModel->headerData(section, orientation, ChartModel::IsIdealRole).toBool())
        return idealHeaderData(role);
    if (clientAxis) {
        const bool reference =
            m_chartModel->headerData(section, orientation, ChartModel::IsReferenceRole).toBool();
        if (!reference && role == Qt::ForegroundRole)
            return mutedText();
        if (!reference && role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (!reference && role == Qt::ToolTipRole)
            return tr("Not a reference client: shown for comparison and scored "
                      "against the ideal, but left out of it.");
    }
    if (role == Qt::TextAlignmentRole && orientation == Qt::Vertical)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QVariant ChartViewModel::idealHeaderData(int role) const
{
    const Weighting weighting = m_editor->ideal().weighting;
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1\n%2").arg(idealTitle(), weightedHow(weighting));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole: return idealBackground();
    case Qt::ToolTipRole:
        return tr("Computed from the reference clients on every edit.\n%1\n%2")
            .arg(m_editor->ideal().weightingText(), weightingDescription(weighting));
    case Qt::AccessibleTextRole: return idealTitle();
    default: return {};
    }
}

} // namespace clientele
