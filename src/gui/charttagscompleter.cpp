#include "charttagscompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace clientele {

ChartTagsCompleter::ChartTagsCompleter(const QStringList &tags, QObject *parent)
    : QCompleter(new QStringListModel(tags), parent)
{
    model()->setParent(this);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList ChartTagsCompleter::splitPath(const QString &path) const
{
    // Only the tag after the last comma is being typed.
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString ChartTagsCompleter::pathFromIndex(const QModelIndex &index) const
{
    QString chosen = QCompleter::pathFromIndex(index);
    const auto *line = qobject_cast<const QLineEdit *>(widget());
    if (!line)
        return chosen;
    const QString text = line->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return chosen;
    return text.left(comma + 1) + QLatin1Char(' ') + chosen;
}

} // namespace clientele
