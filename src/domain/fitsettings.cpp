#include "clientele/domain/fitsettings.h"

namespace clientele {

QList<FitImportance> allFitImportances()
{
    return {FitImportance::VeryImportant, FitImportance::Important, FitImportance::Somewhat,
            FitImportance::NotImportant};
}

QString fitImportanceKey(FitImportance importance)
{
    switch (importance) {
    case FitImportance::VeryImportant: return QStringLiteral("veryImportant");
    case FitImportance::Important: return QStringLiteral("important");
    case FitImportance::Somewhat: return QStringLiteral("somewhat");
    case FitImportance::NotImportant: return QStringLiteral("notImportant");
    }
    return {};
}

std::optional<FitImportance> fitImportanceFromKey(const QString &key)
{
    for (FitImportance importance : allFitImportances())
        if (fitImportanceKey(importance) == key)
            return importance;
    return std::nullopt;
}

QString fitImportanceLabel(FitImportance importance)
{
    switch (importance) {
    case FitImportance::VeryImportant:
        return QCoreApplication::translate("clientele::FitImportance", "Very important");
    case FitImportance::Important:
        return QCoreApplication::translate("clientele::FitImportance", "Important");
    case FitImportance::Somewhat:
        return QCoreApplication::translate("clientele::FitImportance", "Somewhat important");
    case FitImportance::NotImportant:
        return QCoreApplication::translate("clientele::FitImportance", "Not important");
    }
    return {};
}

int fitImportanceWeight(FitImportance importance)
{
    switch (importance) {
    case FitImportance::VeryImportant: return 3;
    case FitImportance::Important: return 2;
    case FitImportance::Somewhat: return 1;
    case FitImportance::NotImportant: return 0;
    }
    return 0;
}

} // namespace clientele
