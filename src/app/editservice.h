#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace citykb {

class KnowledgeBase;
class Store;

// Where a write left a record.
struct SavedRecord
{
    QString key;
    qint64 revision = 0;
};

// One change of one field, as `citykb-cli edit --set` takes it: FIELD=VALUE sets a field (an
// empty VALUE clears it), FIELD+=VALUE adds an item to a list, FIELD-=VALUE takes one out.
// VALUE is text for text fields, a number, true/false, JSON for JSON fields and for items of
// lists of objects (outcomes, memberships), and a key, name or acronym for links to records.
struct FieldEdit
{
    enum class Op { Set, Add, Remove };
    QString field;
    Op op = Op::Set;
    QString value;

    // "themes+=housing" → {themes, Add, housing}; a malformed assignment is one sentence.
    static Result<FieldEdit> parse(const QString &assignment);
};

// `record` (a record of `type`) with `patch` laid over it (a field set to null in the patch is
// cleared) and then `edits` applied; names of linked records are resolved to keys through
// `store`. An unknown field, a bad value or a link to a record that does not exist is one
// sentence naming the field.
Result<QJsonObject> applyFieldEdits(const Store &store, RecordType type, QJsonObject record, const QJsonObject &patch,
                                    const QList<FieldEdit> &edits);

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
    // Changes some fields of the record known by id, key or name (`patch` first, then `edits`);
    // nothing is written when any of them is wrong.
    Result<SavedRecord> edit(RecordType type, const QString &idKeyOrName, const QList<FieldEdit> &edits,
                             const QJsonObject &patch = {}, std::optional<qint64> expectedRevision = std::nullopt);
    // The same edits on several records in one write (a bulk edit): all of them or none.
    Result<QList<SavedRecord>> editMany(RecordType type, const QStringList &idsKeysOrNames, const QList<FieldEdit> &edits);
    // Moves a record to the trash; records that belong to it go too only with `cascade`.
    Status remove(RecordType type, const QString &idKeyOrName, bool cascade = false);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
