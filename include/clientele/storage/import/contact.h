#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

// One normalised contact from a contacts export, used for client names and locations.
struct Contact {
    qint64 sourceLine = 0;
    QString name;
    QString city;
    QString region;
    QString country;
    QString website;
    QString email;
    QString industry;
    QStringList tags;
};

} // namespace clientele
