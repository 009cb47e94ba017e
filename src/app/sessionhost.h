#pragma once

#include "changestream.h"
#include "job.h"
#include "knowledgebase.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <shared_mutex>

namespace citykb {

// Hosts the writable session of one KB on a thread of its own, so that the window never waits
// on the disk, the store or the index (docs/architecture.md, "Threads"):
// - write() runs work on the session's thread, one at a time, in the order asked;
// - read() runs work on a pool of reader threads, each with its own read-only connections;
// - startJob() runs long work with progress and cancel;
// - changed() and reset() relay the session's change stream.
// Results come back on the thread of `context` (usually a widget or model) and only while
// `context` lives: a closed dialog never receives a late result.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    explicit SessionHost(QObject *parent = nullptr);
    ~SessionHost() override;

    enum class OpenMode { OpenExisting, OpenOrCreate, Create };
    // Opens (or creates, seeded from `seedDir`) the KB in `dir` on the session's thread, after
    // closing the one open; opened() tells how it went.
    void open(const QString &dir, OpenMode mode, const QString &seedDir = {});
    // Closes the session (waiting for running work) on the session's thread.
    void close();
    bool isOpen() const;

    template<typename T>
    void write(QObject *context, std::function<Result<T>(KnowledgeBase &)> work, std::function<void(const Result<T> &)> done)
    {
        runOnSession([this, context = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() {
            Result<T> result = m_kb ? work(*m_kb) : Result<T>(closedError());
            deliver(context, [done, result]() { done(result); });
        });
    }

    template<typename T>
    void read(QObject *context, std::function<Result<T>(KnowledgeBase &)> work, std::function<void(const Result<T> &)> done)
    {
        runOnReaders([this, context = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() {
            Result<T> result = Result<T>(closedError());
            {
                std::shared_lock<std::shared_mutex> lock(m_kbMutex);
                if (m_kb)
                    result = work(*m_kb);
            }
            deliver(context, [done, result]() { done(result); });
        });
    }

    enum class JobPlace {
        Session, // writes: on the session's thread, after the writes asked before it
        Readers, // reads only (export, parsing): on the reader pool
    };
    // Starts `work`; the Job (owned by `parent`) reports progress and the final Status.
    Job *startJob(const QString &title, JobPlace place, std::function<Status(KnowledgeBase &, JobControl &)> work,
                  QObject *parent);

    // Waits until the work asked so far has run (for tests and orderly shutdown).
    void waitForIdle();

Q_SIGNALS:
    void opened(const citykb::Status &status);
    void changed(const citykb::Change &change);
    void reset(qint64 revision);

private:
    static Error closedError();
    void runOnSession(std::function<void()> task);
    void runOnReaders(std::function<void()> task);
    // Calls `call` on this object's thread if `context` still lives then.
    void deliver(const QPointer<QObject> &context, std::function<void()> call);
    void closeOnSession();

    QThread m_thread;
    QObject *m_sessionObject = nullptr; // lives on m_thread; queued calls go through it
    QThreadPool m_readers;
    mutable std::shared_mutex m_kbMutex; // readers share it; opening and closing take it alone
    std::unique_ptr<KnowledgeBase> m_kb;
};

} // namespace citykb
