#include "groupqueue.h"

namespace clientele::detail {

bool GroupQueue::push(ReadDocument &&document)
{
    m_filling.append(std::move(document));
    if (m_filling.size() < kBatchDocuments)
        return true;
    std::deque<Batch> used;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_full.size() < kMaxBatches; });
        if (m_stopped)
            return false;
        m_full.push_back(std::move(m_filling));
        m_filling = {};
        used.swap(m_used);
        m_changed.notify_all();
    }
    // Freed here, on the thread that allocated them, outside the lock.
    used.clear();
    m_filling.reserve(kBatchDocuments);
    return true;
}

void GroupQueue::recycle(Batch &&batch)
{
    std::lock_guard lock(m_mutex);
    if (!m_stopped && !m_closed)
        m_used.push_back(std::move(batch));
}

void GroupQueue::close()
{
    std::lock_guard lock(m_mutex);
    if (!m_filling.isEmpty() && !m_stopped)
        m_full.push_back(std::move(m_filling));
    m_filling = {};
    m_closed = true;
    m_changed.notify_all();
}

bool GroupQueue::pop(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_closed; });
    if (m_full.empty())
        return false;
    batch = std::move(m_full.front());
    m_full.pop_front();
    m_changed.notify_all();
    return true;
}

void GroupQueue::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_full.clear();
    m_changed.notify_all();
}

} // namespace clientele::detail
