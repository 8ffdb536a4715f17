#pragma once

#include "clientele/domain/workspacesettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace clientele {

class Workspace;

// File ▸ Workspace Settings: the consultancy's name, contact details, logo, accent colour,
// currency, tax note, paper size and the staff count from which proposals turn formal. OK
// applies everything as one undoable step.
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

private:
    void chooseLogo();
    void chooseColour();
    void showLogo();
    void showColour();

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
    QSpinBox *m_threshold;
    QLineEdit *m_author;
};

// The application setting (QSettings) naming who works on this computer in the history.
inline const QString kAuthorKey = QStringLiteral("history/author");

} // namespace clientele
