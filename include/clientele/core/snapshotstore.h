#pragma once

#include "clientele/core/commands/changevalue.h"
#include "clientele/core/itemhistory.h"
#include "clientele/core/itemstore.h"
#include "clientele/core/workspace.h"

#include <QMap>
#include <QUndoStack>

#include <optional>

namespace clientele {

// Items kept whole in memory, read from the file on first use, each change written through as
// whole items: the profiles, the offers and the proposals. `Repository` reads all items, saves
// one (returning it with the ids it assigned) and removes one by id.
template <typename Item, typename Repository> class SnapshotStore : public ItemStore {
public:
    // One item's state before or after a change, absent when it does not exist; a change moves
    // several items at once (a ladder renumbered), slot by slot.
    using Slots = QList<std::optional<Item>>;

    QList<Item> all() const { return loaded().values(); }
    std::optional<Item> find(qint64 id) const
    {
        const auto &items = loaded();
        const auto found = items.constFind(id);
        return found == items.constEnd() ? std::nullopt : std::optional<Item>(*found);
    }
    int count() const { return static_cast<int>(loaded().size()); }

    // The change path: writes each slot of `value` in place of the same slot of `replaced`
    // (saved, or removed when absent) and their history, in one transaction; then keeps them
    // and announces each. New items get their ids in `value`.
    bool write(Slots &value, const Slots &replaced, MergeId merge)
    {
        loaded();
        Slots stored = value;
        const bool written = m_workspace->commit(
            [&](SQLite::Database &db) {
                Repository repository(db);
                QList<ChangeRecord> history;
                const QList<ItemField<Item>> fields = historyFields();
                for (qsizetype i = 0; i < stored.size(); ++i) {
                    if (stored[i])
                        stored[i] = repository.save(*stored[i]);
                    else if (replaced.value(i))
                        repository.remove(replaced.value(i)->id);
                    history << itemHistory(fields, replaced.value(i), stored[i], merge);
                }
                return history;
            },
            [&] {
                for (qsizetype i = 0; i < stored.size(); ++i)
                    keep(stored[i], replaced.value(i));
            });
        if (written)
            value = stored;
        return written;
    }

    // Re-reads every item from the file when next asked (after a JSON import).
    void reload() { m_items.reset(); }

protected:
    explicit SnapshotStore(Workspace *workspace)
        : ItemStore(workspace)
    {
    }

    // The fields the history records an item's change by.
    virtual QList<ItemField<Item>> historyFields() const { return ItemKind<Item>::fields(); }

    // Pushes a change of whole items as one undo step.
    void push(Slots before, Slots after, const QString &text, MergeId merge = MergeId::None);

    // The id of the item the last change added; 0 when it added none (or its write failed).
    qint64 lastAdded() const { return m_lastAdded; }
    bool isLoaded() const { return m_items.has_value(); }

    const QMap<qint64, Item> &loaded() const
    {
        if (!m_items) {
            auto &items = m_items.emplace();
            try {
                for (const Item &item : Repository(m_workspace->file().database()).all())
                    items.insert(item.id, item);
            } catch (const std::exception &e) {
                m_workspace->reportReadFailure(e);
            }
        }
        return *m_items;
    }

private:
    void keep(const std::optional<Item> &value, const std::optional<Item> &replaced)
    {
        if (value) {
            const bool isNew = !m_items->contains(value->id);
            m_items->insert(value->id, *value);
            if (isNew) {
                m_lastAdded = value->id;
                Q_EMIT added(value->id);
            } else {
                Q_EMIT changed(value->id);
            }
        } else if (replaced) {
            m_items->remove(replaced->id);
            Q_EMIT removed(replaced->id);
        }
    }

    mutable std::optional<QMap<qint64, Item>> m_items;
    qint64 m_lastAdded = 0;
};

// The one command for whole items: a change of one or more items of a SnapshotStore.
template <typename Store> class SnapshotChange final : public ChangeValue<typename Store::Slots> {
public:
    using Slots = typename Store::Slots;

    SnapshotChange(Store *store, Slots before, Slots after, const QString &text, MergeId merge)
        : ChangeValue<Slots>(std::move(before), std::move(after), text, merge)
        , m_store(store)
    {
    }

protected:
    bool apply(Slots &value, const Slots &replaced, MergeId merge) override
    {
        return m_store->write(value, replaced, merge);
    }

    // Typing merges into the one item it changes.
    bool sameTarget(const ChangeValue<Slots> &next) const override
    {
        const Slots &mine = this->after();
        const Slots &theirs = next.after();
        return mine.size() == 1 && theirs.size() == 1 && mine[0] && theirs[0]
               && mine[0]->id == theirs[0]->id;
    }

private:
    Store *m_store;
};

template <typename Item, typename Repository>
void SnapshotStore<Item, Repository>::push(Slots before, Slots after, const QString &text,
                                           MergeId merge)
{
    m_lastAdded = 0;
    using Self = SnapshotStore<Item, Repository>;
    m_workspace->push(
        new SnapshotChange<Self>(this, std::move(before), std::move(after), text, merge));
}

} // namespace clientele
