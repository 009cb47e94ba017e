#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

class QLockFile;

namespace citykb {

class ChangeStream;
class IndexKeeper;

// What one pass of the write path did.
struct WriteOutcome
{
    qint64 revisionBefore = 0;
    qint64 revisionAfter = 0; // equal to revisionBefore when the work wrote nothing
};

// The session of one open knowledge base: a folder with kb.sqlite, index/, logs/ and backups/.
// It owns the folder's lock, the store, the search index (through IndexKeeper) and the change
// stream, and offers the one write path. It does not grow with features: each feature is a
// service of its own (src/app/*service.h) with a narrow handle on it (docs/architecture.md).
//
// Threads: the session belongs to the thread that opened it (in the window, the session
// thread of SessionHost). reader(), index().search() and the like may be called from any
// thread; each thread then reads through a read-only store connection of its own.
class KnowledgeBase
{
public:
    enum class Access {
        Read,  // no lock; the store opens read-only
        Write, // the one writer: holds the KB's lock file while open
    };

    ~KnowledgeBase();
    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    // $CITYKB_HOME, else the platform's application data folder.
    static QString defaultDir();
    // The seed dataset: $CITYKB_DATA, else share/citykb/data in the program's install prefix
    // (found relative to the program, so a relocated prefix works), else the source tree's data/.
    static QString seedDataDir();
    static QString storeFileName();
    static QString indexDirName();

    static Result<std::unique_ptr<KnowledgeBase>> open(const QString &dir, Access access);
    // Creates a KB in `dir` (which must not hold one yet), seeded from `seedDir` in one
    // transaction, or empty when `seedDir` is empty. On failure nothing is left behind.
    static Result<std::unique_ptr<KnowledgeBase>> create(const QString &dir, const QString &seedDir);
    // Opens the KB in `dir` for writing, creating and seeding it first when there is none.
    static Result<std::unique_ptr<KnowledgeBase>> openOrCreate(const QString &dir, const QString &seedDir);

    const QString &dir() const { return m_dir; }
    bool isWritable() const { return m_access == Access::Write; }

    // The calling thread's view of the store: the session's own on its thread, else a read-only
    // connection of that thread's own. A const Store only reads.
    Result<std::shared_ptr<const Store>> reader();
    // A thread that read through reader() or the index and ends may call this to close them.
    void releaseThreadReaders();

    // The one write path: runs `work` in one store transaction, then brings the search index up
    // to date and announces the committed changes on changes(). When `work` fails, nothing of
    // it is kept. Belongs to the session's thread.
    Result<WriteOutcome> write(const std::function<Status(Store &store)> &work);

    // While a batch lives, write() commits each store transaction as always but leaves the
    // index and the announcements to flush() or the batch's end: many writes, one index
    // commit (an import of many files). The store stays the truth in between: a crash before
    // the flush heals on the next open, when the index replays the changes log it missed.
    class IndexBatch
    {
    public:
        explicit IndexBatch(KnowledgeBase &kb);
        ~IndexBatch();
        IndexBatch(const IndexBatch &) = delete;
        IndexBatch &operator=(const IndexBatch &) = delete;
        // Brings the index up to date and announces what the batch wrote so far.
        void flush();
        // Starts bringing the index up to date with what the batch wrote so far, on a thread of
        // its own while the batch writes on (IndexKeeper::startCatchUp), and announces what the
        // index had taken in before: a change is announced only once search finds it. The next
        // call, flush() or the batch's end waits for it.
        void startFlush();

    private:
        KnowledgeBase &m_kb;
    };

    IndexKeeper &index() { return *m_index; }
    ChangeStream &changes() { return *m_changes; }

    // A consistent copy of the store in `file` (never over the KB's own files).
    Status backup(const QString &file);
    // Replaces the KB's store by a checked backup; the current store is kept in backups/ first.
    // The index is rebuilt and the change stream announces a reset.
    Status restore(const QString &file);
    // The KB's own files and folders, which no output may overwrite.
    QStringList ownPaths() const;
    // The folder of the backups the app makes itself (before an upgrade or a restore).
    QString backupsDir() const;
    // Rewrites the store file without free pages and empties its WAL (Store::vacuum), so that
    // nothing deleted survives in the KB's files. Belongs to the session's thread.
    Status vacuumStore();

private:
    KnowledgeBase(QString dir, Access access);
    Status openStore(bool create);
    QString storePath() const;
    QString indexPath() const;
    void startIndexAndStream();
    // The index catch-up and announcements after a write (or a batch of them).
    void followWrites(qint64 revisionBefore);

    QString m_dir;
    Access m_access;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<IndexKeeper> m_index;
    std::unique_ptr<ChangeStream> m_changes;
    std::thread::id m_owner = std::this_thread::get_id();
    int m_openBatches = 0;
    std::mutex m_threadStoresMutex;
    std::unordered_map<std::thread::id, std::shared_ptr<const Store>> m_threadStores;
};

} // namespace citykb
