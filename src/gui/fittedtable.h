#pragma once

#include <QTableWidget>

namespace clientele {

// A short read-only table on a form (a proposal's sent versions, its changes): as tall as its
// rows, so the form scrolls and the table never does, with long texts wrapped in their column.
class FittedTable : public QTableWidget {
    Q_OBJECT
public:
    FittedTable(const QString &accessibleName, const QStringList &headers,
                QWidget *parent = nullptr);

    // Replaces the rows, one list of column texts each.
    void setRows(const QList<QStringList> &rows);
    QList<QStringList> rows() const;
    void setHeaders(const QStringList &headers);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace clientele
