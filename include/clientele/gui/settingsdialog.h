#pragma once

#include "clientele/domain/money.h"
#include "clientele/domain/workspacesettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace clientele {

class Workspace;

// File ▸ Workspace Settings: the consultancy's name, contact details, logo, accent colour,
// currency, tax note, paper size, the staff count from which proposals turn formal, the one-off
// total above which a formal proposal needs an approval, and the reasons for losing a proposal
// the user added (to remove). OK applies everything as one undoable step.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    WorkspaceSettings settings() const;
    // Stores the dialog's settings as one undoable step; nothing when nothing changed.
    void apply();

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *thresholdSpin() const { return m_threshold; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *approvalEdit() const { return m_approval; }
    QListWidget *lostReasonsList() const { return m_lostReasons; }
    QPushButton *removeReasonButton() const { return m_removeReason; }
    // Why OK is disabled, or empty.
    QString problem() const;

private:
    void chooseLogo();
    void chooseColour();
    void showLogo();
    void showColour();
    QWidget *buildLostReasons();
    // The approval threshold as typed, in the chosen currency; an error for text that is no
    // amount or names another currency.
    Result<Money> approvalThreshold() const;
    void check();

    Workspace *m_workspace;
    WorkspaceSettings m_original;
    QLineEdit *m_name;
    QPlainTextEdit *m_contact;
    QLineEdit *m_logoPath;
    QLabel *m_logoPreview;
    QPushButton *m_colourButton;
    QString m_colour;
    QComboBox *m_currency;
    QLineEdit *m_taxNote;
    QComboBox *m_pageSize;
    QComboBox *m_documentLanguage;
    QSpinBox *m_threshold;
    QLineEdit *m_author;
    QLineEdit *m_approval;
    QLabel *m_approvalNote;
    QListWidget *m_lostReasons;
    QPushButton *m_removeReason;
    QPushButton *m_ok = nullptr;
};

// The application setting (QSettings) naming who works on this computer in the history.
inline const QString kAuthorKey = QStringLiteral("history/author");

} // namespace clientele
