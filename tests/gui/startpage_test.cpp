#include "guifixture.h"

#include "clientele/gui/customerspage.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/importactions.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <functional>

using namespace clientele;

namespace {

// Answers the next file dialog with `path`, then runs `then` (which may wait for the next).
void answerFileDialog(const QString &path, const std::function<void()> &then = {})
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, path, then] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        if (then)
            then();
        // Typed into the file name field, as a user would.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name != nullptr);
        name->setText(path);
        // Through QDialog: the file dialog checks the name as its OK button does.
        static_cast<QDialog *>(dialog)->accept();
    });
    timer->start();
}

// The words beside a start page button: what choosing it does.
QString descriptionBeside(QPushButton *button)
{
    QWidget *page = button->parentWidget();
    for (QLabel *label : page->findChildren<QLabel *>())
        if (label->isVisibleTo(page)
            && qAbs(label->geometry().center().y() - button->geometry().center().y())
                   < button->height())
            return label->text();
    return {};
}

} // namespace

TEST_CASE("The start page says what each way in does and imports invoices into a new workspace",
          "[gui][start]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    auto *start = childOf<QWidget>(&window, QStringLiteral("startPage"));
    REQUIRE(start->isVisible());
    for (const QString &name :
         {QStringLiteral("startSampleButton"), QStringLiteral("startNewButton"),
          QStringLiteral("startOpenButton"), QStringLiteral("startImportButton")}) {
        INFO(name.toStdString());
        auto *button = childOf<QPushButton>(start, name);
        CHECK(button->isVisible());
        CHECK(descriptionBeside(button).size() > 20);
    }
    auto *import = childOf<QPushButton>(start, QStringLiteral("startImportButton"));
    CHECK(import->text() == QStringLiteral("Import Invoices\u2026"));
    CHECK(descriptionBeside(import).contains(QStringLiteral("Xero")));

    // Asked nothing: the export is one the import knows.
    ImportQuestions questions;
    int asked = 0;
    questions.mapping = [&asked](const ImportPreview &) {
        ++asked;
        return std::optional<ColumnMapping>();
    };
    questions.dateOrder = [&asked](const QString &, const QStringList &) {
        ++asked;
        return std::optional<DateOrder>();
    };
    questions.importRest = [&asked](const ImportReport &) {
        ++asked;
        return false;
    };
    questions.failed = [](const ImportReport &report) {
        FAIL_CHECK("import failed: " << report.error.toStdString());
    };
    window.importActions()->setQuestions(questions);

    // First where the new workspace goes, then which export to read into it.
    const QString path = dir.filePath(QStringLiteral("Imported.clientele"));
    const QString csv = QStringLiteral(CLIENTELE_FIXTURES "/import/xero-invoices-au.csv");
    answerFileDialog(path, [csv] { answerFileDialog(csv); });
    import->click();

    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->path() == path);
    CHECK(asked == 0);
    CHECK(window.page<CustomersPage>()->count() > 0);
}

TEST_CASE("Cancelling the new workspace from the start page imports nothing", "[gui][start]")
{
    MainWindow window;
    window.show();
    auto *import = childOf<QPushButton>(&window, QStringLiteral("startImportButton"));
    // The save dialog is cancelled; anything asked after it is noted and closed.
    QStringList askedAfter;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, &watch, [&askedAfter] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            if (dialog->acceptMode() == QFileDialog::AcceptSave) {
                dialog->reject();
                return;
            }
        }
        if (modal) {
            askedAfter << modal->windowTitle();
            modal->close();
        }
    });
    watch.start();
    import->click();
    watch.stop();
    CHECK(window.workspace() == nullptr);
    CHECK(askedAfter.isEmpty());
}

TEST_CASE("The sample's status bar never says its changes are saved", "[gui][start]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.show();
    // An edit, saved to the sample's own file as every edit is.
    auto *profiles = window.page<ProfilesPage>();
    const qint64 id = window.workspace()->profiles()->add(QStringLiteral("A new profile"));
    REQUIRE(id != 0);
    Q_UNUSED(profiles);

    QStringList shown;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->isVisibleTo(&window) && !label->text().isEmpty())
            shown << label->text();
    INFO(shown.join(QStringLiteral(" | ")).toStdString());
    CHECK(shown.join(QLatin1Char(' ')).contains(QStringLiteral("Save a Copy")));
    CHECK_FALSE(shown.join(QLatin1Char(' ')).contains(QStringLiteral("saved")));
}
