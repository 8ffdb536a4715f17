#pragma once

#include "clientele/gui/itemlisteditor.h"

#include <QStringList>

class QStandardItemModel;

namespace clientele {

// An ordered list of short texts (what an offer includes, a proposal's needs, ...). It holds no
// data of its own: every change is reported as the whole new list through edited(), which the
// editor around it turns into one undoable command, and setItems() shows what the workspace
// holds again.
class TextListEditor : public ItemListEditor {
    Q_OBJECT
public:
    explicit TextListEditor(QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList items() const;

Q_SIGNALS:
    void edited(const QStringList &items);

private:
    void insertRow(int row) override;
    void removeRow(int row) override;
    void moveRow(int from, int to) override;
    void onItemChanged();

    QStandardItemModel *m_model;
    bool m_refreshing = false;
    // Row to start editing once the workspace has taken the new entry.
    int m_editRow = -1;
};

} // namespace clientele
