#include "job.h"

namespace citykb {

Job::Job(QString title, QObject *parent) : QObject(parent), m_title(std::move(title))
{
    qRegisterMetaType<citykb::Status>();
}

void Job::cancel()
{
    m_shared->cancelled = true;
}

bool Job::isCancelled() const
{
    return m_shared->cancelled;
}

void Job::deliverProgress(qint64 done, qint64 total)
{
    if (!m_finished)
        Q_EMIT progress(done, total);
}

void Job::deliverFinished(const Status &status)
{
    m_finished = true;
    Q_EMIT finished(status);
}

} // namespace citykb
