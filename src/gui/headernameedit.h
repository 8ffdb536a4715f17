#pragma once

#include <QLineEdit>

class QAbstractScrollArea;
class QHeaderView;

namespace clientele {

// A name typed in place over one section of a header, as a cell is edited: Enter keeps the
// typed name, Esc the name it had, and leaving the field keeps what was typed. It follows its
// section while the view scrolls or the section is resized, and deletes itself when done.
class HeaderNameEdit : public QLineEdit {
    Q_OBJECT
public:
    // Shown over `section` of `header`, a header of `view`, with `name` selected and focused.
    HeaderNameEdit(QHeaderView *header, int section, const QString &name,
                   QAbstractScrollArea *view);

    int section() const { return m_section; }

public Q_SLOTS:
    // Closes without a name, as Esc does.
    void cancel() { finish(false); }

Q_SIGNALS:
    void accepted(const QString &name);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void place();
    void finish(bool keep);

    QHeaderView *m_header;
    int m_section;
    bool m_done = false;
};

} // namespace clientele
