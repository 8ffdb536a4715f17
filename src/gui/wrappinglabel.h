#pragma once

#include <QLabel>

namespace clientele {

// A label that asks for one line and wraps its words onto more only when its layout gives it
// less room, down to its longest word: a heading that reads on one line in a wide window and
// on two in a narrow one or in a language with longer words.
class WrappingLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
};

} // namespace clientele
