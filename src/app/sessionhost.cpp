#include "sessionhost.h"

#include <QMetaObject>
#include <QSemaphore>

namespace citykb {

namespace {

// Runs a job's work against its shared state, reporting through the host.
class RunningJob : public JobControl
{
public:
    RunningJob(std::shared_ptr<Job::Shared> shared, std::function<void(qint64, qint64)> report)
        : m_shared(std::move(shared)), m_report(std::move(report))
    {
    }
    bool report(qint64 done, qint64 total) override
    {
        m_report(done, total);
        return !m_shared->cancelled;
    }
    bool isCancelled() const override { return m_shared->cancelled; }

private:
    std::shared_ptr<Job::Shared> m_shared;
    std::function<void(qint64, qint64)> m_report;
};

} // namespace

SessionHost::SessionHost(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<citykb::Status>();
    qRegisterMetaType<citykb::Change>();
    m_thread.setObjectName(QStringLiteral("citykb-session"));
    m_sessionObject = new QObject;
    m_sessionObject->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sessionObject, &QObject::deleteLater);
    m_thread.start();
    // Reader threads never expire, so each keeps its read-only connections for good.
    m_readers.setExpiryTimeout(-1);
    m_readers.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

SessionHost::~SessionHost()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

Error SessionHost::closedError()
{
    return Error{QStringLiteral("No KB is open."), ErrorKind::Unavailable};
}

void SessionHost::runOnSession(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_sessionObject, std::move(task), Qt::QueuedConnection);
}

void SessionHost::runOnReaders(std::function<void()> task)
{
    m_readers.start(std::move(task));
}

void SessionHost::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    // The check runs on this object's thread, where `context` is also deleted: no race.
    QMetaObject::invokeMethod(
        this,
        [context, call = std::move(call)]() {
            if (context)
                call();
        },
        Qt::QueuedConnection);
}

bool SessionHost::isOpen() const
{
    std::shared_lock<std::shared_mutex> lock(m_kbMutex);
    return m_kb != nullptr;
}

void SessionHost::open(const QString &dir, OpenMode mode, const QString &seedDir)
{
    runOnSession([this, dir, mode, seedDir]() {
        closeOnSession();
        Result<std::unique_ptr<KnowledgeBase>> kb = mode == OpenMode::Create         ? KnowledgeBase::create(dir, seedDir)
                                                    : mode == OpenMode::OpenOrCreate ? KnowledgeBase::openOrCreate(dir, seedDir)
                                                                                     : KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
        Status status;
        if (kb) {
            std::unique_lock<std::shared_mutex> lock(m_kbMutex);
            m_kb = std::move(kb).value();
            // Queued: listeners on other threads get the changes in the order they were made.
            connect(&m_kb->changes(), &ChangeStream::changed, this, &SessionHost::changed, Qt::QueuedConnection);
            connect(&m_kb->changes(), &ChangeStream::reset, this, &SessionHost::reset, Qt::QueuedConnection);
        } else {
            status = Status(kb.fullError());
        }
        QMetaObject::invokeMethod(this, [this, status]() { Q_EMIT opened(status); }, Qt::QueuedConnection);
    });
}

void SessionHost::closeOnSession()
{
    // Reads still running finish first; new ones find no KB.
    std::unique_lock<std::shared_mutex> lock(m_kbMutex);
    m_kb.reset();
}

void SessionHost::close()
{
    if (!m_thread.isRunning())
        return;
    QSemaphore done;
    runOnSession([this, &done]() {
        closeOnSession();
        done.release();
    });
    done.acquire();
    m_readers.waitForDone();
}

void SessionHost::waitForIdle()
{
    QSemaphore done;
    runOnSession([&done]() { done.release(); });
    done.acquire();
    m_readers.waitForDone();
}

Job *SessionHost::startJob(const QString &title, JobPlace place, std::function<Status(KnowledgeBase &, JobControl &)> work,
                           QObject *parent)
{
    auto *job = new Job(title, parent);
    QPointer<QObject> context(job);
    auto run = [this, context, shared = job->shared(), work = std::move(work)](KnowledgeBase *kb) {
        RunningJob control(shared, [this, context](qint64 done, qint64 total) {
            deliver(context, [context, done, total]() { static_cast<Job *>(context.data())->deliverProgress(done, total); });
        });
        Status status = !kb ? Status(closedError())
                        : shared->cancelled
                            ? Status::failure(QStringLiteral("The job was cancelled before it started."), ErrorKind::Cancelled)
                            : work(*kb, control);
        deliver(context, [context, status]() { static_cast<Job *>(context.data())->deliverFinished(status); });
    };
    if (place == JobPlace::Session) {
        runOnSession([this, run]() { run(m_kb.get()); });
    } else {
        runOnReaders([this, run]() {
            std::shared_lock<std::shared_mutex> lock(m_kbMutex);
            run(m_kb.get());
        });
    }
    return job;
}

} // namespace citykb
