#pragma once

#include <QCompleter>

namespace clientele {

// Completes the tag being typed in a comma-separated list ("ERP integration, Sup|" offers
// "Support retainer"), keeping the tags before it.
class ChartTagsCompleter : public QCompleter {
    Q_OBJECT
public:
    ChartTagsCompleter(const QStringList &tags, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace clientele
