#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace citykb {

// What a running job's work sees: where to report progress, whether to stop.
class JobControl
{
public:
    // Reports progress; returns false when the job was cancelled and the work should stop
    // (and return ErrorKind::Cancelled).
    virtual bool report(qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;

protected:
    ~JobControl() = default;
};

// A long piece of work (import, reindex, export, parsing) seen from the window: progress,
// cancel, and one Status at the end. Created by SessionHost::startJob(); lives on the thread
// that started it and may be deleted at any time (a late result is then dropped).
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QString title, QObject *parent = nullptr);

    const QString &title() const { return m_title; }
    // Asks the work to stop; finished() then carries a Cancelled error (or success, when the
    // work was already done).
    void cancel();
    bool isCancelled() const;
    bool isFinished() const { return m_finished; }

    // For SessionHost: the state the work shares with this object.
    struct Shared
    {
        std::atomic<bool> cancelled{false};
    };
    const std::shared_ptr<Shared> &shared() const { return m_shared; }
    void deliverProgress(qint64 done, qint64 total);
    void deliverFinished(const Status &status);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const citykb::Status &status);

private:
    QString m_title;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    bool m_finished = false;
};

} // namespace citykb

Q_DECLARE_METATYPE(citykb::Status)
