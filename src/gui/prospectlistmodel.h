#pragma once

#include "clientele/core/models/idrowsmodel.h"
#include "clientele/domain/fitscore.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace clientele {

class ProspectBook;
class ProspectScorer;
class Workspace;

// The prospects as a table: company, score, grade, confidence, status, staff, industry,
// location and last contact. Scores come from the scorer, the rest from the store.
class ProspectListModel : public IdRowsModel {
    Q_OBJECT
public:
    enum Column {
        Company,
        Score,
        Grade,
        Confidence,
        Status,
        Staff,
        Industry,
        Location,
        LastContact,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // what the column sorts by; the score column by rank, best highest
        SearchRole, // company, contact, industry, location and notes, in lower case
        GradeRole,  // the FitGrade as an int; -1 when not scored
        StatusRole, // the ProspectStatus as an int
        ScoreRole,  // the score, 0..100; -1 when not scored
    };

    ProspectListModel(Workspace *workspace, ProspectScorer *scorer, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString valueText(const Prospect &prospect, StandardAttribute which) const;
    QString shownText(const Prospect &prospect, const std::optional<FitScore> &score,
                      int column) const;
    QVariant sortKey(const Prospect &prospect, const std::optional<FitScore> &score,
                     int column) const;
    void allScoresChanged();

    Workspace *m_workspace;
    ProspectBook *m_store;
    ProspectScorer *m_scorer;
};

// The rows the search, the grade filter and the status filter let through, sorted by the
// column's SortRole.
class ProspectFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ProspectFilter(QObject *parent = nullptr);

    // Every word must appear, in any order, in the row's searchable text.
    void setSearch(const QString &text);
    void setGrade(std::optional<FitGrade> grade);
    void setStatus(std::optional<ProspectStatus> status);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QStringList m_words;
    std::optional<FitGrade> m_grade;
    std::optional<ProspectStatus> m_status;
};

} // namespace clientele
