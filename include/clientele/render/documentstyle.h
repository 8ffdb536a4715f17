#pragma once

#include "clientele/domain/workspacesettings.h"

#include <QColor>
#include <QFont>
#include <QString>

class QTextDocument;

namespace clientele {

// The typography all documents share (one family, a few sizes, the workspace's accent colour),
// so a profile printout and a proposal look like one product.
class DocumentStyle {
public:
    explicit DocumentStyle(const WorkspaceSettings &settings);

    QString fontFamily() const;
    QColor accent() const { return m_accent; }
    QColor text() const;
    QColor muted() const;
    QColor rule() const;
    // The family at that size, falling back to a CJK family for the glyphs DejaVu lacks.
    QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal) const;

    // The document stylesheet with this workspace's colours filled in.
    QString styleSheet() const;
    // Gives a body document the family, size and stylesheet; call before setting its HTML.
    void apply(QTextDocument *document) const;

private:
    QColor m_accent;
};

} // namespace clientele
