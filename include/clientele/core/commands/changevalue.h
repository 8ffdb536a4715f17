#pragma once

#include "clientele/core/commands/mergeid.h"

#include <QUndoCommand>

#include <functional>

namespace clientele {

// One undoable change of a value from `before` to `after`, in the spirit of Tiled's
// ChangeValue: redo and undo take the same path, apply(), in opposite directions, and apply()
// writes the value through to the file together with its history. A change whose first write
// fails never enters the undo stack; one whose values are equal (nothing changed, or typing
// that came back to where it started) is obsolete and dropped.
template <typename Value> class ChangeValue : public QUndoCommand {
public:
    void redo() final
    {
        if (m_before == m_after) {
            setObsolete(true);
            return;
        }
        const bool written = apply(m_after, m_before, m_merge);
        if (!written && m_firstRedo)
            setObsolete(true);
        m_firstRedo = false;
    }

    // Undo is a change of its own in the history: it never merges with a run of typing.
    void undo() final { apply(m_before, m_after, MergeId::None); }

    int id() const final { return static_cast<int>(m_merge); }

    bool mergeWith(const QUndoCommand *other) final
    {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        if (!next || !sameTarget(*next))
            return false;
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        merged();
        return true;
    }

    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }

protected:
    ChangeValue(Value before, Value after, const QString &text, MergeId merge = MergeId::None)
        : m_before(std::move(before))
        , m_after(std::move(after))
        , m_merge(merge)
    {
        setText(text);
    }

    // Writes `value` in place of `replaced`, recording the change with `merge`; a store fills
    // in ids it assigned on the first write, so undo and redo find the same items again.
    // False when the write failed (the user has been told why).
    virtual bool apply(Value &value, const Value &replaced, MergeId merge) = 0;
    // Whether `next`, an edit with the same merge id, changes the same thing.
    virtual bool sameTarget(const ChangeValue &next) const = 0;
    // After a merge, for a change whose text names its new value.
    virtual void merged() {}

private:
    Value m_before;
    Value m_after;
    MergeId m_merge;
    bool m_firstRedo = true;
};

} // namespace clientele

namespace clientele {

// A change whose apply path is a function: for edits that never merge, whose writing is
// best said where they are made (the ICP chart's, the settings').
template <typename Value> class FunctionChange final : public ChangeValue<Value> {
public:
    using Apply = std::function<bool(Value &value, const Value &replaced, MergeId merge)>;

    FunctionChange(Value before, Value after, const QString &text, Apply apply)
        : ChangeValue<Value>(std::move(before), std::move(after), text)
        , m_apply(std::move(apply))
    {
    }

protected:
    bool apply(Value &value, const Value &replaced, MergeId merge) override
    {
        return m_apply(value, replaced, merge);
    }
    bool sameTarget(const ChangeValue<Value> &) const override { return false; }

private:
    Apply m_apply;
};

} // namespace clientele
