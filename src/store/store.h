#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace citykb {

class SqliteConnection;

// One entry of the change log: what the search index has to apply, in revision order.
struct Change
{
    qint64 revision = 0;
    RecordType type = RecordType::Network;
    qint64 id = 0;
    QString key;
    QString operation; // insert, update, delete
};

// A record that points at another one, and through which field.
struct Backlink
{
    RecordType type = RecordType::Network;
    qint64 id = 0;
    QString key;
    QString title;
    QString via;  // the field or list of the referring record: "network", "cities", "memberships"
    QString role; // for memberships
};

// A filter of `list`: a field, a reference or a list of the record type, and the value it must
// have (for a reference: the key or the name of the record it points at).
struct Filter
{
    QString field;
    QString value;
};

struct ImportSummary
{
    int inserted = 0;
    int updated = 0;
    int kept = 0; // existing records left as they were (ExistingRecords::Keep)
};

// What an import does with a record whose key exists already.
enum class ExistingRecords { Replace, Keep };

// The records of one input (a bundle file) of an import.
struct ImportBatch
{
    QList<std::pair<RecordType, QJsonObject>> records;
    ExistingRecords existing = ExistingRecords::Replace;
};

// One page of a list: which records, in which order (docs/architecture.md, "Lists by page").
struct PageQuery
{
    QList<Filter> filters;
    // A plain field of the type, "key", "updated_at" or "revision"; "-field" sorts descending.
    // Empty: by the title field.
    QString sort;
    qint64 offset = 0;
    int limit = 100;
    // Also read the type's lists of references (a practice's cities, themes, ...) as the
    // titles of the records they point at, for list views that show them as columns.
    bool withLists = false;
};

// A row of a list: the record's own plain fields (references as keys) and, when asked for,
// its lists of references as the titles of their targets.
struct RecordSummary
{
    qint64 id = 0;
    QString key;
    QString title;
    qint64 revision = 0;
    QString updatedAt;
    QJsonObject fields;
    QHash<QString, QStringList> lists; // list name → titles, in the record's order
};

struct RecordPage
{
    qint64 total = 0; // records matching the filters, on every page
    QList<RecordSummary> rows;
};

// A document whose links (documents: `mentions`) may name a record, as
// Store::documentsMentioning finds it: the links as stored and the headings of its sections in
// order (section n is headings[n - 1]).
struct MentioningDocument
{
    QString key;
    QString title;
    QJsonArray mentions;
    QStringList headings;
};

// A search saved under a name: the query text, the record type it is limited to (a TYPE word,
// or empty) and its facet filters.
struct SavedSearch
{
    QString name;
    QString query;
    QString type;
    QList<Filter> facets;
    QString updatedAt;
};

// One answer of a response (an interview), saved on its own.
struct AnswerWrite
{
    QString responseKey;
    int question = 0;      // the question's number in the response's questionnaire
    QJsonObject answer;    // "text" and/or "choice"
    std::optional<qint64> expectedRevision; // the answer's revision the writer started from
};

// A version of a record that a later write replaced or deleted: the whole record as it was,
// lists included (docs/architecture.md, "History, trash and erasure").
struct RecordVersion
{
    qint64 revision = 0;  // the change-log revision it was written at
    QString savedAt;      // when it was written (its updated_at)
    QString operation;    // the change-log operation of that revision: insert or update
    QJsonObject record;
};

// A record in the trash. One delete is one batch: the record asked for and what its cascade
// took along (`cascaded`), which come back with it.
struct TrashEntry
{
    qint64 batch = 0;
    bool cascaded = false;
    RecordType type = RecordType::Network;
    qint64 id = 0;
    QString key;
    QString title;
    qint64 revision = 0; // the revision of the delete
    QString deletedAt;
};

// What a restore from the trash brought back.
struct RestoreOutcome
{
    QList<std::pair<RecordType, QString>> restored; // type and key, in the order written
    qint64 relinked = 0; // records outside the trash that got their link to it back
    // Links that could not come back, one sentence each (the record they pointed at is gone).
    QStringList notes;
};

// What an erasure changed in one store.
struct ErasureCounts
{
    qint64 recordsChanged = 0;   // other records that named the person
    qint64 versionsRemoved = 0;  // earlier versions of the person
    qint64 versionsChanged = 0;  // earlier versions of other records that named them
    qint64 trashRemoved = 0;
    qint64 trashChanged = 0;
    qint64 savedSearchesRemoved = 0;
};

// What an erasure takes out, decided by the erasure service: `record` removes a person's
// traces from one record (returning whether it changed anything); `mentions` tells whether a
// text (a saved search) names them.
struct Scrubber
{
    std::function<bool(RecordType type, QJsonObject &record)> record;
    std::function<bool(const QString &text)> mentions;
};

// The SQLite store of one KB. All SQL of the project lives in src/store.
// Records go in and out as JSON objects of the shape docs/data-model.md describes, checked
// against their RecordSpec; references are keys. Every write runs in a transaction that also
// appends to the `changes` log.
class Store
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens the existing store at `path` (and in ReadWrite mode upgrades it; before an upgrade
    // the old file is copied into `backupDir`). A missing, empty or foreign file, one that is
    // damaged or has an impossible or newer schema is refused with ErrorKind::Unavailable, and
    // nothing is written. ReadOnly also works in a folder this process cannot write to.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode, const QString &backupDir = {});
    // Creates a new store at `path`, open for writing. Refuses when a file is there already,
    // except a zero-byte one: it holds nothing, and is what a create interrupted before its
    // first commit leaves behind. A failed create leaves no new file behind.
    static Result<std::unique_ptr<Store>> create(const QString &path);

    static int latestSchemaVersion();
    // The SQLite library in use, for the About box.
    static QString engineVersion();
    // The schema version written in the store file at `path`, without changing it (newer ones
    // too); an empty, foreign or damaged file is refused as Store::open refuses it.
    static Result<int> fileSchemaVersion(const QString &path);
    int schemaVersion() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    const QString &path() const;

    // --- writes: each is one transaction, unless called inside an explicit one ---
    Result<qint64> create(RecordType type, const QJsonObject &record);
    // Replaces the record with `key` by `record` (whose key may differ: a rename). With
    // `expectedRevision`, a record written since that revision is refused as a Conflict.
    Status update(RecordType type, const QString &key, const QJsonObject &record,
                  std::optional<qint64> expectedRevision = std::nullopt);
    // Writes one answer of a response without touching its others; returns the new revision.
    Result<qint64> saveAnswer(const AnswerWrite &write);
    // Saves a search under its name, replacing one of the same name.
    Status saveSearch(const SavedSearch &search);
    Status removeSavedSearch(const QString &name);
    // Deletes a record. Records that belong to it (a network's working groups and forums, a
    // questionnaire's responses) make this fail unless `cascade`, which deletes them too.
    // Links to it from other records (a practice's cities) go with it.
    Status remove(RecordType type, const QString &key, bool cascade = false);
    // --- history and trash ---
    // Earlier versions of the record with this id (live, in the trash or deleted for good),
    // oldest first; the live record itself is not among them.
    Result<QList<RecordVersion>> versions(RecordType type, qint64 id) const;
    // What is in the trash, latest delete first.
    Result<QList<TrashEntry>> trash() const;
    // The latest trash entry of this type and key, and the record as it was deleted.
    Result<std::optional<std::pair<TrashEntry, QJsonObject>>> trashedRecord(RecordType type, const QString &key) const;
    // Brings the latest trashed record with this key back, with its id and key, and links
    // other records lost in the delete; restoring the record a delete was asked for brings
    // back what its cascade took along too. Refused (nothing written) when a live record has
    // the key, or when a record it belongs to is missing.
    Result<RestoreOutcome> restoreFromTrash(RecordType type, const QString &key);
    // Deletes everything in the trash for good, with the history of those records; returns
    // how many records went.
    Result<qint64> emptyTrash();
    // Deletes the person with this id for good (not into the trash), with their versions and
    // trash entries, and passes every other record, version, trash entry and saved search
    // through `scrub`: changed records are written back (and logged, so the index follows);
    // saved searches that `scrub` changes are removed. The person's entries in the change log
    // keep only their id.
    Result<ErasureCounts> erasePerson(qint64 personId, const Scrubber &scrub);

    // Writes many records in one transaction, in any order of references: a record whose key
    // exists is replaced (or, with Keep, left as it is), others are inserted. Any error writes
    // nothing.
    Result<ImportSummary> importRecords(const QList<std::pair<RecordType, QJsonObject>> &records,
                                        ExistingRecords existing = ExistingRecords::Replace);
    // Imports several inputs in one transaction, one summary each; records of one input may
    // refer to records of another, in any order.
    Result<QList<ImportSummary>> importBatches(const QList<ImportBatch> &batches);

    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();

    // --- reads ---
    // Reads are const: a const Store is a reader (the KB session hands out no other kind,
    // so that every write goes through its write path).
    Result<std::optional<qint64>> idOf(RecordType type, const QString &key) const;
    // A key given the key itself or the record's name/title (case-insensitive, exact).
    Result<std::optional<QString>> findKey(RecordType type, const QString &keyOrName) const;
    Result<QJsonObject> get(RecordType type, const QString &key) const;
    // The record with this id; NotFound tells a missing record from a failed read.
    Result<QJsonObject> getById(RecordType type, qint64 id) const;
    Result<QList<QJsonObject>> list(RecordType type, const QList<Filter> &filters = {}) const;
    // A page of row summaries, without reading full records.
    Result<RecordPage> listPage(RecordType type, const PageQuery &query) const;
    Result<QList<Backlink>> referencesTo(RecordType type, qint64 id) const;
    // The documents whose links name a record with this key, by title; a record of another
    // type with the same key, or a link a curator took away, may be among them: the caller
    // reads the links.
    Result<QList<MentioningDocument>> documentsMentioning(const QString &key) const;
    Result<qint64> count(RecordType type) const;

    // The KB's identity, made once when the store is created.
    Result<QString> kbId() const;
    // The saved searches, by name.
    Result<QList<SavedSearch>> savedSearches() const;

    // --- change log ---
    Result<qint64> revision() const;
    Result<QList<Change>> changesSince(qint64 revision, int limit) const;

    // --- maintenance ---
    // Problems found by SQLite's integrity_check and foreign_key_check; empty when healthy.
    Result<QStringList> integrityProblems() const;
    // Folds the WAL into the database file and empties it; fails if a reader holds it.
    Status checkpoint();
    // Rewrites the store file without free pages (VACUUM; deleted rows are zeroed anyway, as
    // secure_delete is on for writing) and folds the WAL into it and truncates it, so that no
    // deleted data remains in any of its files. Outside any transaction.
    Status vacuum();
    // Runs `work` in one transaction on the backup `file` (opened for writing, upgraded when
    // older, no copy of it kept), vacuums it and leaves it one self-contained file again.
    static Status rewriteBackup(const QString &file, const std::function<Status(Store &store)> &work);
    // A consistent copy of the whole store through SQLite's online backup API. `file` must
    // pass checkOutputPath (core/outputfile.h) against `protectedPaths` and the store's own
    // files; the copy is written beside it and renamed over it only once complete.
    Status backupTo(const QString &file, const QStringList &protectedPaths = {});

private:
    class Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    Mode m_mode;
};

// Checks that `file` is a healthy CityKB store this program can open (for restore): a regular,
// self-contained file (no changes waiting in a -wal beside it) of a known schema that passes
// SQLite's integrity and foreign key checks. Reads it without writing anything beside it.
Status verifyStoreFile(const QString &file);

} // namespace citykb
