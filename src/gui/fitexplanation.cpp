#include "fitexplanation.h"

#include "clientele/gui/inlinenotice.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

enum Column { AttributeColumn, Value, Ideal, Importance, Points };

} // namespace

QString confidenceText(double confidence)
{
    return QCoreApplication::translate("clientele::FitExplanation", "%1%")
        .arg(QLocale().toString(std::lround(confidence * 100)));
}

FitExplanation::FitExplanation(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_disqualified(new InlineNotice(this))
    , m_lines(new QGridLayout)
{
    setAccessibleName(tr("Why this score"));
    m_summary->setObjectName(QStringLiteral("fitSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setWeight(QFont::DemiBold);
    m_summary->setFont(big);
    m_disqualified->setObjectName(QStringLiteral("disqualifiedNotice"));
    m_lines->setHorizontalSpacing(14);
    m_lines->setVerticalSpacing(4);
    m_lines->setColumnStretch(Value, 1);
    m_lines->setColumnStretch(Ideal, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_disqualified);
    layout->addLayout(m_lines);
    showScore(std::nullopt);
}

QLabel *FitExplanation::cell(const QString &text, const QString &name, bool muted)
{
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setObjectName(name);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    m_cells.append(label);
    return label;
}

void FitExplanation::clearLines()
{
    qDeleteAll(m_cells);
    m_cells.clear();
}

void FitExplanation::showScore(const std::optional<FitScore> &score)
{
    clearLines();
    m_disqualified->dismiss();
    if (!score) {
        m_summary->setText(tr("Not scored: the chart needs clients whose values describe the "
                              "ideal"));
        return;
    }
    m_summary->setText(tr("Score %1 \u00b7 %2 \u00b7 confidence %3")
                           .arg(score->score)
                           .arg(fitGradeLabel(score->grade), confidenceText(score->confidence)));
    if (const auto &by = score->disqualifiedBy) {
        const QString text = by->reason.trimmed().isEmpty()
                                 ? tr("Not our customer: %1").arg(by->entry)
                                 : tr("Not our customer: %1 \u2014 %2").arg(by->entry, by->reason);
        m_disqualified->showNotice(InlineNotice::Kind::Warning, text);
    }
    if (score->reasons.isEmpty()) {
        m_lines->addWidget(cell(tr("No attribute of the chart counts for fit yet"), {}, true), 0, 0,
                           1, 5);
        return;
    }

    const QList<std::pair<Column, QString>> heads = {{AttributeColumn, tr("Attribute")},
                                                     {Value, tr("This prospect")},
                                                     {Ideal, tr("Ideal")},
                                                     {Importance, tr("Importance")},
                                                     {Points, tr("Points")}};
    for (const auto &[column, text] : heads) {
        QLabel *head = cell(text, {}, true);
        head->setWordWrap(false);
        m_lines->addWidget(head, 0, column, column == Points ? Qt::AlignRight : Qt::Alignment());
    }
    int row = 1;
    for (const FitReason &reason : score->reasons) {
        const bool counted = reason.known && reason.importance != FitImportance::NotImportant;
        m_lines->addWidget(cell(reason.attribute), row, AttributeColumn, Qt::AlignTop);
        m_lines->addWidget(cell(reason.known ? reason.value : tr("Unknown"), {}, !reason.known),
                           row, Value, Qt::AlignTop);
        m_lines->addWidget(cell(reason.ideal), row, Ideal, Qt::AlignTop);
        m_lines->addWidget(cell(fitImportanceLabel(reason.importance), {}, true), row, Importance,
                           Qt::AlignTop);
        QLabel *points = cell(counted ? QString::number(reason.points) : tr("\u2014"),
                              QStringLiteral("reasonPoints"), !counted);
        points->setWordWrap(false);
        points->setProperty("points", counted ? reason.points : 0);
        m_lines->addWidget(points, row, Points, Qt::AlignRight | Qt::AlignTop);
        ++row;
    }
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    m_cells.append(rule);
    m_lines->addWidget(rule, row++, 0, 1, 5);
    QLabel *totalLabel = cell(tr("Score (the points above added up)"));
    QLabel *total = cell(QString::number(score->score), QStringLiteral("fitScoreTotal"));
    QFont bold = total->font();
    bold.setWeight(QFont::DemiBold);
    totalLabel->setFont(bold);
    total->setFont(bold);
    total->setWordWrap(false);
    m_lines->addWidget(totalLabel, row, 0, 1, 4);
    m_lines->addWidget(total, row, Points, Qt::AlignRight);
}

} // namespace clientele
