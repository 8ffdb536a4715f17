// Read by the translation check's own test, never built: each line marked "reported" is a
// mistake the check must report; the others must pass.
#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>

class Plain {
public:
    QString name() const { return tr("Plain"); } // reported: tr() without Q_OBJECT
};

void describe(QLabel *label, QWidget *parent)
{
    label->setToolTip(QStringLiteral("Shown to the user untranslated")); // reported
    label->setToolTip(QCoreApplication::translate("Scratch", "Translated"));
    label->setObjectName(QStringLiteral("Not for the user"));
    label->setWindowIcon(themedIcon(QStringLiteral("list-add")));
    QMessageBox::warning(parent, QCoreApplication::translate("Scratch", "Title"),
                         QStringLiteral("A message box text")); // reported, with the line above
}

QVariant Model::headerData(int section, Qt::Orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return section == 0 ? QStringLiteral("Column head") : QVariant(); // reported
    return {};
}

Status refuse()
{
    return Error{QStringLiteral("An error the user reads")}; // reported
}
