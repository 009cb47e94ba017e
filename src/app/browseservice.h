#pragma once

#include "core/recordspec.h"
#include "core/result.h"
#include "store/store.h"

#include <QJsonObject>
#include <QList>

namespace citykb {

class KnowledgeBase;

struct KbStats
{
    QList<std::pair<RecordType, qint64>> counts;
    qint64 storeRevision = 0;
    int schemaVersion = 0;
    qint64 indexRevision = -1; // the store revision the search index has applied; -1: no index
};

// Browsing: counts, pages of row summaries, and one record with everything linked to it.
// Safe on any thread: it reads through the calling thread's store connection.
class BrowseService
{
public:
    explicit BrowseService(KnowledgeBase &kb) : m_kb(kb) {}

    Result<KbStats> stats();
    // A page of row summaries (no full records), for lists of any length.
    Result<RecordPage> page(RecordType type, const PageQuery &query);
    // Every full record of a type that passes the filters, in title order.
    Result<QList<QJsonObject>> records(RecordType type, const QList<Filter> &filters);
    // The record known by key, name, title, acronym or store id, with "links": the records that
    // point at it, grouped by type ("cities": members, "working-groups", "events", ...).
    Result<QJsonObject> show(RecordType type, const QString &idKeyOrName);
    // The key of the record known by key, name, title, acronym or store id.
    Result<QString> resolveKey(RecordType type, const QString &idKeyOrName);

private:
    KnowledgeBase &m_kb;
};

// The key of the record known by key, name, title, acronym or (digits only) store id, read
// through `store`; NotFound when there is none.
Result<QString> resolveRecordKey(const Store &store, RecordType type, const QString &idKeyOrName);

} // namespace citykb
