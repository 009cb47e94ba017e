#pragma once

#include "core/result.h"
#include "search/searchindex.h"
#include "search/searchtypes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <memory>
#include <mutex>

namespace citykb {

class Store;

// Keeps a KB's search index in step with its store (docs/search.md, "Staying in step"):
// opens the index (setting a damaged one aside), applies the change log in revision order,
// rebuilds it beside the old one, and reports drift. The store is the truth; the index can
// always be rebuilt from it.
//
// Threads: catchUp(), rebuild() and open() belong to the session's thread. search(), similar()
// and info() may run on any thread meanwhile: they hold their own reference to the index, so
// a rebuild that replaces it never pulls it from under them.
class IndexKeeper
{
public:
    IndexKeeper(QString indexPath, QString storePath, bool writable);
    ~IndexKeeper();

    // Opens the index; a writable keeper sets a damaged index aside and brings the index up to
    // date with `store`. Failures are kept as problem() and logged: the KB works without search.
    void open(const Store &store);

    // Applies what the store committed since the index's revision; rebuilds when the index
    // follows another history or lags too far.
    Status catchUp(const Store &store);
    // catchUp for a run of writes (KnowledgeBase::IndexBatch): the records are read here, on the
    // session's thread, and written to the index on a thread of its own while the session writes
    // on. Waits first for the one started before and fails with its failure (the next catch-up
    // replays what it missed). Everything else that writes or checks the index waits for it.
    Status startCatchUp(const Store &store);
    // Waits for a catch-up started by startCatchUp; its outcome.
    Status awaitCatchUp();
    // Builds a new index from the store beside the old one; `progress(done, total)` may
    // return false to cancel (the old index then stays).
    Result<qint64> rebuild(const Store &store, const std::function<bool(qint64 done, qint64 total)> &progress);
    // Drift between the store and the index, one sentence each, with how to fix it.
    QStringList drift(const Store &store, qint64 &indexRevision, qint64 &indexDocuments);

    // `reader` is the calling thread's own store connection (snippets read records from it).
    Result<SearchResults> search(const Store &reader, const SearchQuery &query);
    Result<SearchResults> similar(const Store &reader, RecordType type, qint64 id, std::optional<RecordType> onlyType,
                                  int limit);
    Result<IndexInfo> info();
    // The store revision the index has applied; -1 when there is no usable index.
    qint64 revision();
    QString problem();
    void releaseThreadReader();

private:
    std::shared_ptr<SearchIndex> index();
    Status unavailable();
    // catchUp, its last batch handed to a thread of its own when `inBackground`.
    Status replay(const Store &store, bool inBackground);

    const QString m_indexPath;
    const QString m_storePath;
    const bool m_writable;
    std::mutex m_mutex; // guards m_index and m_problem
    std::shared_ptr<SearchIndex> m_index;
    QString m_problem; // why the index cannot be used, if it cannot
    std::future<Status> m_catchingUp; // startCatchUp's write; the session's thread only
};

} // namespace citykb
