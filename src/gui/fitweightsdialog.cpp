#include "clientele/gui/fitweightsdialog.h"

#include "clientele/core/charteditor.h"
#include "clientele/domain/fitscore.h"
#include "scrollarea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace clientele {

namespace {

enum Column { UsedColumn, ImportanceColumn, DistanceColumn, IdealColumn };

bool hasDistance(AttributeType type)
{
    return type == AttributeType::NumberOrRange || type == AttributeType::Years
           || type == AttributeType::MoneyOrRange || type == AttributeType::Location;
}

// The distance's unit as a spin box suffix: " staff", " years", " km", " AUD".
QString unitSuffix(const Attribute &attribute, const QString &currency)
{
    switch (attribute.type) {
    case AttributeType::Years: return FitWeightsDialog::tr(" years");
    case AttributeType::MoneyOrRange: return u' ' + currency;
    case AttributeType::Location: return FitWeightsDialog::tr(" km");
    default:
        return attribute.key == QStringLiteral("employees") ? FitWeightsDialog::tr(" staff")
                                                            : QString();
    }
}

QLabel *headLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FitWeightsDialog::FitWeightsDialog(ChartEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_grid(new QGridLayout)
{
    setWindowTitle(tr("Fit Weights"));
    auto *intro = new QLabel(tr("Choose what counts when a prospect is scored against the ideal. "
                                "Each change applies at once and can be undone."),
                             this);
    intro->setWordWrap(true);

    auto *rows = new QWidget(this);
    rows->setLayout(m_grid);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(IdealColumn, 1);
    auto *scroll = new QScrollArea(this);
    setScrollingContent(scroll, rows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(editor, &ChartEditor::structureChanged, this, &FitWeightsDialog::rebuild);
    connect(editor, &ChartEditor::chartChanged, this, &FitWeightsDialog::refresh);
    rebuild();
    resize(900, 520);
}

void FitWeightsDialog::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    QWidget *parent = m_grid->parentWidget();
    m_grid->addWidget(headLabel(tr("Used for fit"), parent), 0, UsedColumn);
    m_grid->addWidget(headLabel(tr("Importance"), parent), 0, ImportanceColumn);
    m_grid->addWidget(headLabel(tr("Stops matching at"), parent), 0, DistanceColumn);
    m_grid->addWidget(headLabel(tr("Ideal"), parent), 0, IdealColumn);

    const IcpChart &chart = m_editor->chart();
    for (const Attribute &attribute : chart.attributes()) {
        Row row;
        row.attributeId = attribute.id;
        const qint64 id = attribute.id;
        row.used = new QCheckBox(attribute.label, parent);
        row.used->setAccessibleName(tr("Use \u201c%1\u201d for fit").arg(attribute.label));
        connect(row.used, &QCheckBox::toggled, this, [this, id](bool checked) {
            change(id, [&](AttributeFit &fit) {
                const Attribute *now = m_editor->chart().attribute(id);
                // The default is kept as no choice, so it follows the model's rule.
                fit.used = checked == FitModel::usedByDefault(*now) ? std::nullopt
                                                                    : std::optional(checked);
            });
        });
        row.importance = new QComboBox(parent);
        row.importance->setAccessibleName(tr("Importance of \u201c%1\u201d").arg(attribute.label));
        for (FitImportance importance : allFitImportances())
            row.importance->addItem(fitImportanceLabel(importance), int(importance));
        connect(row.importance, &QComboBox::activated, this, [this, id](int index) {
            change(id, [&](AttributeFit &fit) {
                const auto chosen = FitImportance(index);
                fit.importance =
                    chosen == defaultImportanceOf(id) ? std::nullopt : std::optional(chosen);
            });
        });
        if (hasDistance(attribute.type)) {
            row.distance = new QDoubleSpinBox(parent);
            row.distance->setAccessibleName(
                tr("Distance at which \u201c%1\u201d stops matching").arg(attribute.label));
            row.distance->setRange(0, 1e9);
            // Staff and money in whole units; years and km to a tenth.
            const bool whole = attribute.type == AttributeType::MoneyOrRange
                               || attribute.key == QStringLiteral("employees");
            row.distance->setDecimals(whole ? 0 : 1);
            row.distance->setSuffix(unitSuffix(attribute, chart.currency()));
            row.distance->setKeyboardTracking(false);
            row.distance->setToolTip(tr("How far outside the ideal's range a value may lie "
                                        "before it stops matching; 0 for the default"));
            connect(row.distance, &QDoubleSpinBox::valueChanged, this, [this, id](double value) {
                change(id, [&](AttributeFit &fit) {
                    fit.falloff = value > 0 ? std::optional(value) : std::nullopt;
                });
            });
        }
        row.ideal = new QLabel(parent);
        row.ideal->setForegroundRole(QPalette::PlaceholderText);
        row.ideal->setWordWrap(true);
        row.ideal->setTextInteractionFlags(Qt::TextSelectableByMouse);

        const int at = int(m_rows.size()) + 1;
        m_grid->addWidget(row.used, at, UsedColumn);
        m_grid->addWidget(row.importance, at, ImportanceColumn);
        if (row.distance)
            m_grid->addWidget(row.distance, at, DistanceColumn);
        else
            m_grid->addWidget(new QLabel(tr("\u2014"), parent), at, DistanceColumn,
                              Qt::AlignCenter);
        m_grid->addWidget(row.ideal, at, IdealColumn);
        m_rows.append(row);
    }
    m_grid->setRowStretch(int(m_rows.size()) + 1, 1);
    refresh();
}

FitImportance FitWeightsDialog::defaultImportanceOf(qint64 attributeId) const
{
    const IcpChart &chart = m_editor->chart();
    const Attribute *attribute = chart.attribute(attributeId);
    const DerivedValue *ideal = m_editor->ideal().value(attributeId);
    if (!attribute || !ideal)
        return FitImportance::Important;
    return FitModel::defaultImportance(chart, *attribute, *ideal);
}

void FitWeightsDialog::refresh()
{
    for (const Row &row : std::as_const(m_rows))
        refreshRow(row);
}

void FitWeightsDialog::refreshRow(const Row &row)
{
    const Attribute *attribute = m_editor->chart().attribute(row.attributeId);
    if (!attribute)
        return;
    const DerivedValue *ideal = m_editor->ideal().value(row.attributeId);
    const bool known = ideal && !ideal->text.isEmpty();
    const QSignalBlocker usedBlocker(row.used);
    row.used->setChecked(attribute->fit.used.value_or(FitModel::usedByDefault(*attribute)));

    const QSignalBlocker importanceBlocker(row.importance);
    const FitImportance standard = defaultImportanceOf(row.attributeId);
    for (int i = 0; i < row.importance->count(); ++i) {
        const auto importance = FitImportance(row.importance->itemData(i).toInt());
        row.importance->setItemText(i, importance == standard
                                           ? tr("%1 (default)").arg(fitImportanceLabel(importance))
                                           : fitImportanceLabel(importance));
    }
    row.importance->setCurrentIndex(int(attribute->fit.importance.value_or(standard)));

    if (row.distance) {
        const QSignalBlocker distanceBlocker(row.distance);
        const QString standardText =
            known ? tr("%1%2 (default)")
                        .arg(QLocale().toString(FitModel::defaultFalloff(*ideal), 'f',
                                                row.distance->decimals()),
                             row.distance->suffix())
                  : tr("Default");
        row.distance->setSpecialValueText(standardText);
        row.distance->setValue(attribute->fit.falloff.value_or(0));
    }
    row.ideal->setText(known ? ideal->text : tr("Not known yet"));
    const bool counts = row.used->isChecked();
    row.importance->setEnabled(counts);
    if (row.distance)
        row.distance->setEnabled(counts);
}

void FitWeightsDialog::change(qint64 attributeId, const std::function<void(AttributeFit &)> &edit)
{
    const Attribute *attribute = m_editor->chart().attribute(attributeId);
    if (!attribute)
        return;
    AttributeFit fit = attribute->fit;
    edit(fit);
    m_editor->setAttributeFit(attributeId, fit);
    refresh(); // a refused or unchanged edit puts the controls back
}

} // namespace clientele
