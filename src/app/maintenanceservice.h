#pragma once

#include "core/result.h"

#include <QStringList>

#include <functional>

namespace citykb {

class KnowledgeBase;

struct CheckReport
{
    QStringList storeProblems;
    // Drift between the store and the search index (docs/search.md, "Drift").
    QStringList indexProblems;
    qint64 storeRevision = 0;
    qint64 indexRevision = -1; // -1: no index
    qint64 indexDocuments = 0;
    bool healthy() const { return storeProblems.isEmpty() && indexProblems.isEmpty(); }
};

struct ReindexSummary
{
    qint64 records = 0;
    double seconds = 0;
};

// Keeping a KB healthy: checking the store and the index, rebuilding the index.
class MaintenanceService
{
public:
    explicit MaintenanceService(KnowledgeBase &kb) : m_kb(kb) {}

    // Store integrity (SQLite's integrity and foreign key checks) and index drift.
    Result<CheckReport> check();
    // Rebuilds the index from the store beside the old one, which serves until the new one is
    // complete. `progress(done, total)` may return false to cancel: the result is then
    // Cancelled and the old index stays. Belongs to the session's thread.
    Result<ReindexSummary> reindex(const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
