#pragma once

#include "clientele/domain/profilefields.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace Ui {
class ProfileEditor;
}

namespace clientele {

class ProfileItemsEditor;
class UndoKeyFilter;
class Workspace;

// The form for one customer profile (ui/profileeditor.ui). Each keystroke is stored at once
// through the workspace, and the form follows the workspace back, e.g. after an undo, without
// disturbing the field being typed in.
class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }
    void setReadOnly(bool readOnly);
    // Puts the cursor in the name with the name selected, ready to be typed over.
    void focusName();

    QWidget *fieldWidget(ProfileField field) const { return m_fields.value(field); }
    ProfileItemsEditor *listEditor(ProfileList list) const { return m_lists.value(list); }
    QLabel *businessSizeMessage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void bind(QLineEdit *edit, ProfileField field);
    void bind(QPlainTextEdit *edit, ProfileField field);
    void bind(ProfileItemsEditor *editor, ProfileList list);
    void styleHeadings();
    void commit(ProfileField field, const QString &text);
    void refresh();
    void refreshField(ProfileField field, const QString &value);
    void refreshTimestamps();
    void showBusinessSizeProblem(const QString &message);

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    Workspace *m_workspace;
    UndoKeyFilter *m_undoKeys;
    QTimer *m_sizeCheck;
    QMap<ProfileField, QWidget *> m_fields;
    QMap<ProfileList, ProfileItemsEditor *> m_lists;
    qint64 m_profileId = 0;
    bool m_refreshing = false;
};

} // namespace clientele
