#include "csvfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace clientele {

namespace {

const QString kCsvFolderKey = QStringLiteral("csv/folder");

QString csvFolder()
{
    const QString folder = QSettings().value(kCsvFolderKey).toString();
    return folder.isEmpty() || !QFileInfo(folder).isDir()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : folder;
}

QString chosen(QFileDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(kCsvFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString askCsvSavePath(QWidget *parent, const QString &title, const QString &fileName)
{
    QFileDialog dialog(parent, title, QDir(csvFolder()).filePath(fileName),
                       QCoreApplication::translate("clientele::CsvFiles", "CSV files (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    return chosen(dialog);
}

QString askCsvOpenPath(QWidget *parent, const QString &title)
{
    QFileDialog dialog(parent, title, csvFolder(),
                       QCoreApplication::translate("clientele::CsvFiles",
                                                   "CSV files (*.csv *.txt);;All files (*)"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog);
}

} // namespace clientele
