#pragma once

#include "readdocument.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace clientele::detail {

// Hands the documents a reading thread produces to the thread that stores them, a batch at a
// time (one lock per batch, not per document), holding at most a few batches so that memory
// stays flat however far the reader runs ahead.
class GroupQueue {
public:
    using Batch = QList<ReadDocument>;

    // Reader: adds a document; false once the consumer has stopped (the reader then stops too).
    bool push(ReadDocument &&document);
    // Reader: no more documents.
    void close();
    // Consumer: the next batch, waiting for one; false when the reader closed and all is taken.
    bool pop(Batch &batch);
    // Consumer: hands a batch it is done with back, so that the reader, which allocated its
    // strings, also frees them (freeing across threads costs an allocator lock per string).
    void recycle(Batch &&batch);
    // Consumer: takes nothing more; a reader waiting for room is let go.
    void stop();

private:
    static constexpr qsizetype kBatchDocuments = 256;
    static constexpr size_t kMaxBatches = 8;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;
    std::deque<Batch> m_used; // done with, to be freed by the reader
    Batch m_filling;          // the reader's own, outside the lock
    bool m_closed = false;
    bool m_stopped = false;
};

// Runs `read` on a thread of its own, handing it a sink that prepares each document there
// (`preparer`) and queues it, while this thread passes every document to `store` as it arrives:
// converting text on one core while SQLite writes on the other. If `store` throws, the reader is
// stopped and joined before the exception goes on. Returns what `read` returned.
template <typename ReadResult, typename Read, typename Store>
ReadResult readWhileStoring(DocumentPreparer &preparer, Read read, Store store)
{
    GroupQueue queue;
    std::optional<ReadResult> result;
    std::exception_ptr failure;
    std::thread reader([&] {
        try {
            result.emplace(read([&queue, &preparer](QList<InvoiceLine> &group) {
                return queue.push(preparer.prepare(group));
            }));
        } catch (...) {
            failure = std::current_exception();
        }
        queue.close();
    });
    // However this thread leaves, the reader is released and joined first.
    struct Join {
        GroupQueue &queue;
        std::thread &thread;
        ~Join()
        {
            queue.stop();
            thread.join();
        }
    } join{queue, reader};

    GroupQueue::Batch batch;
    while (queue.pop(batch)) {
        for (ReadDocument &document : batch)
            store(document);
        queue.recycle(std::move(batch));
        batch = {};
    }
    if (failure)
        std::rethrow_exception(failure);
    return std::move(*result);
}

} // namespace clientele::detail
