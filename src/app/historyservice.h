#pragma once

#include "core/recordspec.h"
#include "core/result.h"
#include "editservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace citykb {

class KnowledgeBase;

// How one field differs between two versions of a record. `before` or `after` is undefined
// when the field was not set; for lists, `added` and `removed` name the items that differ.
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
    QJsonArray added;
    QJsonArray removed;
};

// One version of a record: an earlier one or the current one.
struct HistoryVersion
{
    qint64 revision = 0;
    QString savedAt;
    QString operation;   // of the change-log entry that wrote it: insert (created or restored), update
    bool current = false; // the live record (or, for a record in the trash, the one deleted)
    QJsonObject record;
    QList<FieldChange> changes; // against the version before; empty for the first
};

struct RecordHistory
{
    RecordType type = RecordType::Network;
    qint64 id = 0;
    QString key;
    QString title;
    bool inTrash = false;
    QString deletedAt;              // when in the trash
    QList<HistoryVersion> versions; // oldest first; the last is the current one
};

// A record's history (DESIGN.md: every record shows its earlier versions, when and what
// changed field by field, and can go back to one of them as a new edit). history() and diff()
// are safe on any thread; revert() belongs to the session's thread.
class HistoryService
{
public:
    explicit HistoryService(KnowledgeBase &kb) : m_kb(kb) {}

    // The versions of the record known by id, key or name; a key or id also finds a record in
    // the trash.
    Result<RecordHistory> history(RecordType type, const QString &idKeyOrName);
    // How the record changed from one revision of it to another, field by field.
    Result<QList<FieldChange>> diff(RecordType type, const QString &idKeyOrName, qint64 fromRevision, qint64 toRevision);
    // Writes the version of `revision` again, as a new edit (with `expectedRevision`, refused
    // when the record changed since). A record in the trash must be restored first.
    Result<SavedRecord> revert(RecordType type, const QString &idKeyOrName, qint64 revision,
                               std::optional<qint64> expectedRevision = std::nullopt);

    // The fields that differ between two versions of a record (stamps left out).
    static QList<FieldChange> compare(const QJsonObject &before, const QJsonObject &after);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
