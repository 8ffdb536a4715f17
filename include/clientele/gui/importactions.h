#pragma once

#include "clientele/gui/importflow.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;

namespace clientele {

class MainWindow;

// File ▸ Import: invoice and contact exports from Xero, Odoo or any CSV, chosen in a file
// dialog or dropped on the window. Runs the ImportFlow, then tells the result in the status
// bar and refreshes the pages that show imported data.
class ImportActions : public QObject {
    Q_OBJECT
public:
    explicit ImportActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *invoicesAction() const { return m_invoices; }
    QAction *contactsAction() const { return m_contacts; }

    // Replaces the dialogs an import asks through (for tests); unset: the real dialogs.
    void setQuestions(std::optional<ImportQuestions> questions)
    {
        m_questions = std::move(questions);
    }
    // Imports `csvPath` into the open workspace; returns the final report.
    ImportReport importFile(const QString &csvPath, ImportReport::Kind kind);
    // The kind of export a file is, from its header; nullopt when the user must say.
    static std::optional<ImportReport::Kind> kindOf(const QString &csvPath);

public Q_SLOTS:
    void importInvoices();
    void importContacts();

Q_SIGNALS:
    // After an import committed.
    void imported(const ImportReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(ImportReport::Kind kind);
    bool canImport();
    void updateActions();
    void dropped(const QString &path);

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_invoices;
    QAction *m_contacts;
    std::optional<ImportQuestions> m_questions;
    bool m_running = false;
};

} // namespace clientele
