#include "prospectlistmodel.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/charttext.h"
#include "fitexplanation.h"
#include "prospectscorer.h"

#include <QLocale>

namespace clientele {

ProspectListModel::ProspectListModel(Workspace *workspace, ProspectScorer *scorer, QObject *parent)
    : IdRowsModel(parent)
    , m_workspace(workspace)
    , m_store(workspace->prospects())
    , m_scorer(scorer)
{
    for (const Prospect &prospect : m_store->all())
        m_ids.append(prospect.id);
    connect(m_store, &ItemStore::added, this, &ProspectListModel::onAdded);
    connect(m_store, &ItemStore::changed, this, &ProspectListModel::onChanged);
    connect(m_store, &ItemStore::removed, this, &ProspectListModel::onRemoved);
    // One score changing moves every rank; the sort reads them again.
    connect(scorer, &ProspectScorer::scoreChanged, this, &ProspectListModel::allScoresChanged);
    connect(scorer, &ProspectScorer::rescored, this, &ProspectListModel::allScoresChanged);
    // The staff, industry and location columns show the chart's attributes.
    connect(workspace->chart(), &ChartEditor::structureChanged, this,
            &ProspectListModel::allScoresChanged);
}

void ProspectListModel::allScoresChanged()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProspectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProspectListModel::valueText(const Prospect &prospect, StandardAttribute which) const
{
    const IcpChart &chart = m_workspace->chart()->chart();
    const Attribute *attribute = chart.attribute(which);
    return attribute ? displayText(prospect.value(attribute->id), chart.currency()) : QString();
}

QVariant ProspectListModel::sortKey(const Prospect &prospect, const std::optional<FitScore> &score,
                                    int column) const
{
    // Ties and unscored rows fall back on the rank, so every column sorts in a stable order.
    const int rank = m_scorer->rank(prospect.id);
    const qint64 best = rank < 0 ? 0 : qint64(rowCount()) - rank;
    switch (column) {
    case Score: return best;
    case Grade: return score ? (qint64(6 - int(score->grade)) << 32) + best : 0;
    case Confidence: return score ? score->confidence * 1e6 + double(best) / 1e6 : -1.0;
    case Status: return int(prospect.status);
    case Staff: {
        const Attribute *staff =
            m_workspace->chart()->chart().attribute(StandardAttribute::Employees);
        const NumberRange *range = staff ? prospect.value(staff->id).number() : nullptr;
        return range ? range->minimum : -1.0;
    }
    case LastContact: return prospect.lastContact;
    default: return shownText(prospect, score, column).toLower();
    }
}

QVariant ProspectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto prospect = m_store->find(m_ids.at(index.row()));
    if (!prospect)
        return {};
    const int column = index.column();
    const std::optional<FitScore> score = m_scorer->score(prospect->id);
    switch (role) {
    case IdRole: return prospect->id;
    case SortRole: return sortKey(*prospect, score, column);
    case GradeRole: return score ? int(score->grade) : -1;
    case StatusRole: return int(prospect->status);
    case ScoreRole: return score ? score->score : -1;
    case SearchRole:
        return QStringList{prospect->company, prospect->contact,
                           valueText(*prospect, StandardAttribute::Industry),
                           valueText(*prospect, StandardAttribute::Location), prospect->notes}
            .join(QLatin1Char('\n'))
            .toLower();
    case Qt::TextAlignmentRole:
        if (column == Score || column == Confidence || column == Staff)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (score && score->disqualifiedBy && (column == Grade || column == Score))
            return tr("Not our customer: %1").arg(score->disqualifiedBy->entry);
        return {};
    case Qt::DisplayRole:
        return column == Score ? (score ? QVariant(score->score) : QVariant())
                               : QVariant(shownText(*prospect, score, column));
    default: return {};
    }
}

QString ProspectListModel::shownText(const Prospect &prospect, const std::optional<FitScore> &score,
                                     int column) const
{
    switch (column) {
    case Company: return prospect.company;
    case Score: return score ? QString::number(score->score) : QString();
    case Grade: return score ? fitGradeLabel(score->grade) : QString();
    case Confidence: return score ? confidenceText(score->confidence) : QString();
    case Status: return prospectStatusLabel(prospect.status);
    case Staff: return valueText(prospect, StandardAttribute::Employees);
    case Industry: return valueText(prospect, StandardAttribute::Industry);
    case Location: return valueText(prospect, StandardAttribute::Location);
    case LastContact:
        return prospect.lastContact.isValid() ? mediumDateText(prospect.lastContact) : QString();
    default: return {};
    }
}

QVariant ProspectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Company: return tr("Company");
    case Score: return tr("Score");
    case Grade: return tr("Grade");
    case Confidence: return tr("Confidence");
    case Status: return tr("Status");
    case Staff: return tr("Staff");
    case Industry: return tr("Industry");
    case Location: return tr("Location");
    case LastContact: return tr("Last contact");
    default: return {};
    }
}

ProspectFilter::ProspectFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProspectListModel::SortRole);
    setDynamicSortFilter(true);
}

void ProspectFilter::setSearch(const QString &text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ProspectFilter::setGrade(std::optional<FitGrade> grade)
{
    m_grade = grade;
    invalidateRowsFilter();
}

void ProspectFilter::setStatus(std::optional<ProspectStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool ProspectFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (m_grade && index.data(ProspectListModel::GradeRole).toInt() != int(*m_grade))
        return false;
    if (m_status && index.data(ProspectListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ProspectListModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return text.contains(word); });
}

} // namespace clientele
