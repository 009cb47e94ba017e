#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace citykb {

class KnowledgeBase;

// Where a write left a record.
struct SavedRecord
{
    QString key;
    qint64 revision = 0;
};

// Creating, changing and deleting records, through the session's one write path. Belongs to
// the session's thread.
class EditService
{
public:
    explicit EditService(KnowledgeBase &kb) : m_kb(kb) {}

    Result<SavedRecord> create(RecordType type, const QJsonObject &record);
    // Replaces the record known by id, key or name. With `expectedRevision` (the revision the
    // editor started from), a record saved meanwhile is refused as a Conflict naming when.
    Result<SavedRecord> update(RecordType type, const QString &idKeyOrName, const QJsonObject &record,
                               std::optional<qint64> expectedRevision = std::nullopt);
    // Deletes a record; records that belong to it go too only with `cascade`.
    Status remove(RecordType type, const QString &idKeyOrName, bool cascade = false);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
