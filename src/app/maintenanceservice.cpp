#include "maintenanceservice.h"

#include "indexkeeper.h"
#include "knowledgebase.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace citykb {

Result<CheckReport> MaintenanceService::check()
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    CheckReport report;
    auto problems = reader.value()->integrityProblems();
    if (!problems)
        return problems.fullError();
    report.storeProblems = problems.value();
    if (auto revision = reader.value()->revision())
        report.storeRevision = revision.value();
    report.indexProblems = m_kb.index().drift(*reader.value(), report.indexRevision, report.indexDocuments);
    return report;
}

Result<ReindexSummary> MaintenanceService::reindex(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (!m_kb.isWritable())
        return Result<ReindexSummary>::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;
    std::function<bool(qint64, qint64)> watch;
    if (progress) {
        watch = [&](qint64 done, qint64 total) {
            cancelled = !progress(done, total);
            return !cancelled;
        };
    }
    auto n = m_kb.index().rebuild(*reader.value(), watch);
    if (cancelled)
        return Result<ReindexSummary>::failure(QStringLiteral("Reindexing was cancelled; the old index is kept."), ErrorKind::Cancelled);
    if (!n)
        return n.fullError();
    ReindexSummary summary;
    summary.records = n.value();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    auto logger = spdlog::get("app");
    (logger ? logger : spdlog::default_logger())->info("reindexed {} records in {:.2f} s", summary.records, summary.seconds);
    return summary;
}

} // namespace citykb
