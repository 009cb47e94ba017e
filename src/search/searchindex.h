#pragma once

#include "core/result.h"
#include "search/indexentry.h"
#include "search/searchtypes.h"

#include <QJsonObject>
#include <QString>

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
// Threads: the writing methods belong to the thread that opened the index in ReadWrite mode.
// search(), similar() and info() may be called from any thread at the same time: each thread
// gets its own Xapian reader, reopened when the database changed.
class SearchIndex
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Opens the index in folder `dir`; ReadWrite creates it when missing. ReadOnly on a missing
    // index succeeds with exists() false: searches then fail with a message saying so.
    static Result<std::unique_ptr<SearchIndex>> open(const QString &dir, Mode mode);

    const QString &path() const;
    bool exists() const;
    bool isWritable() const;

    // The index format; an index of another format must be rebuilt.
    static int formatVersion();

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
