// A source for the catalogue check's own test: the catalogue beside it lacks the first string,
// leaves the second unfinished, drops the third's placeholder and translates the fourth fully.
#include <QCoreApplication>

void scratch()
{
    QCoreApplication::translate("clientele::Scratch", "New in the code");
    QCoreApplication::translate("clientele::Scratch", "Left unfinished");
    QCoreApplication::translate("clientele::Scratch", "%1 customers");
    QCoreApplication::translate("clientele::Scratch", "Translated");
}
