#pragma once

#include "core/result.h"
#include "search/indexentry.h"
#include "search/searchtypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace citykb {

// What the index learns about one record: its documents, or that it is gone.
struct RecordUpdate
{
    RecordType type = RecordType::Practice;
    qint64 id = 0;
    bool removed = false;
    QList<IndexEntry> entries;
    IndexVocabulary vocabulary;
};

// The Xapian index of one KB (DESIGN.md, "The search index"; docs/search.md). The only
// place that includes <xapian.h> is this module's .cpp files; Xapian exceptions stop here and
// come back as Result/Status messages.
//
// Threads: the writing methods (apply, rebuild) run on one thread at a time, normally the one
// that opened the index in ReadWrite mode. search(), similar(), state() and info() may be
// called from any thread at the same time, also while a write runs: each thread reads through
// its own Xapian reader, reopened when the database changed; the writer is never shared.
class SearchIndex
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Opens the index in folder `dir`; ReadWrite creates it when missing (or an empty folder).
    // ReadOnly on a missing index succeeds with exists() false: searches then fail with a
    // message saying so. A damaged index (see looksDamaged) fails with one sentence saying how;
    // ReadWrite then removes what an unfinished rebuild left beside it (leftovers()).
    static Result<std::unique_ptr<SearchIndex>> open(const QString &dir, Mode mode);

    // --- damage and leftovers (static: they work on folders, with or without an open index) ---
    enum class Depth {
        Quick,    // the version file, the files it names and their sizes, one read of each file:
                  // milliseconds, done by every open()
        Thorough  // also Xapian's consistency check of every block (`check`; about a second
                  // per 100 MB)
    };
    // Whether the index folder `dir` is damaged: not a folder, a file missing, cut short or
    // corrupt, or written by another version of Xapian. `why` gets the reason as a phrase
    // ("its file postlist.glass is missing"; no Xapian internals). A missing or empty folder is
    // not damaged (there is no index yet), nor is one that cannot be read for lack of
    // permission. A damaged index is derived data: set it aside and rebuild it from the store.
    static bool looksDamaged(const QString &dir, QString *why = nullptr, Depth depth = Depth::Quick);
    // Renames a damaged index folder to `dir.damaged-<UTC time>` (kept for diagnosis) and
    // removes older damaged copies; returns the new path.
    static Result<QString> setAsideDamaged(const QString &dir);
    // Folders beside the index folder `dir` that can go: an unfinished rebuild's `dir.new`,
    // `dir.new.shardN` and `dir.old`, and damaged copies older than the newest one.
    static QStringList leftovers(const QString &dir);
    // Removes leftovers(dir). Only while holding the KB's write lock: another process's rebuild
    // writes `dir.new`.
    static Status removeLeftovers(const QString &dir);
    // The newest damaged copy of the index (`dir.damaged-*`), kept for diagnosis, or empty.
    static QString keptDamagedCopy(const QString &dir);

    const QString &path() const;
    bool exists() const;
    bool isWritable() const;

    // The index format; an index of another format must be rebuilt.
    static int formatVersion();
    // The Xapian library in use, for the About box.
    static QString engineVersion();

    // --- the replay state, stored in the index's metadata ---
    struct State
    {
        qint64 revision = 0;   // the last store revision applied
        QString lastChange;    // the fingerprint of that change (see KnowledgeBase)
        int format = 0;        // 0: a new, empty index
    };
    Result<State> state();

    // --- writing ---
    // Applies the updates and records `revision`/`lastChange`, all in one Xapian commit.
    Status apply(const QList<RecordUpdate> &updates, qint64 revision, const QString &lastChange);

    // Builds a new index beside the current one and swaps it in when complete, so the old index
    // serves until then. `produce(worker, workers, sink)` is called once on each of `workers`
    // threads and feeds that worker's share of the records into `sink`; `progress(done)` may
    // return false to cancel.
    using RecordSink = std::function<Status(RecordUpdate &&update)>;
    using Producer = std::function<Status(int worker, int workers, const RecordSink &sink)>;
    Status rebuild(const Producer &produce, int workers, qint64 revision, const QString &lastChange,
                   const std::function<bool(qint64 done)> &progress = {});

    // --- reading (any thread) ---
    // Gives the record with `id` for snippets (the index keeps no full text), or nothing.
    using RecordFetcher = std::function<std::optional<QJsonObject>(RecordType type, qint64 id)>;
    Result<SearchResults> search(const SearchQuery &query, const RecordFetcher &fetch);
    // Records like the given one ("more like this"), of `onlyType` when set.
    Result<SearchResults> similar(RecordType type, qint64 id, std::optional<RecordType> onlyType, int limit,
                                  const RecordFetcher &fetch);
    Result<IndexInfo> info();
    // Forgets the calling thread's reader (a worker thread that ends may call it).
    void releaseThreadReader();

private:
    class Private;
    explicit SearchIndex(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace citykb
