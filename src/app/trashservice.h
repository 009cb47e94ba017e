#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QJsonObject>

namespace citykb {

class KnowledgeBase;

// The trash: deleted records (EditService::remove moves them there), listed, restored with
// their links, or emptied for good. Writes go through the session's one write path, so the
// search index loses a deleted record and finds a restored one again. list() and
// record() are safe on any thread; restore() and empty() belong to the session's thread.
class TrashService
{
public:
    explicit TrashService(KnowledgeBase &kb) : m_kb(kb) {}

    // What is in the trash, latest delete first.
    Result<QList<TrashEntry>> list();
    // The record as it was deleted (the latest one of this type and key in the trash).
    Result<QJsonObject> record(RecordType type, const QString &key);
    // Brings the record back (with what its cascade took along, when it was the one deleted)
    // under its key, with the links other records lost.
    Result<RestoreOutcome> restore(RecordType type, const QString &key);
    // Deletes everything in the trash for good; returns how many records went.
    Result<qint64> empty();

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
