#pragma once

#include "core/recordspec.h"
#include "core/result.h"
#include "search/searchindex.h"
#include "search/searchtypes.h"
#include "store/store.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

class QLockFile;

namespace citykb {

struct KbStats
{
    QList<std::pair<RecordType, qint64>> counts;
    qint64 storeRevision = 0;
    int schemaVersion = 0;
    qint64 indexRevision = -1; // the store revision the search index has applied; -1: no index
};

struct CheckReport
{
    QStringList storeProblems;
    // Drift between the store and the search index (docs/search.md, "Drift").
    QStringList indexProblems;
    qint64 storeRevision = 0;
    qint64 indexRevision = -1; // -1: no index
    qint64 indexDocuments = 0;
    bool healthy() const { return storeProblems.isEmpty() && indexProblems.isEmpty(); }
};

struct ReindexSummary
{
    qint64 records = 0;
    double seconds = 0;
};

// A knowledge base: a folder with kb.sqlite, logs/ and backups/ (and index/ for search).
// Every use case of the GUI and the CLI is a method here, so both share it and tests reach
// it without a window.
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
    // The seed dataset: $CITYKB_DATA, else data/ beside the program's sources or install.
    static QString seedDataDir();

    static Result<std::unique_ptr<KnowledgeBase>> open(const QString &dir, Access access);
    // Creates a KB in `dir` (which must not hold one yet), seeded from `seedDir` in one
    // transaction, or empty when `seedDir` is empty. On failure nothing is left behind.
    static Result<std::unique_ptr<KnowledgeBase>> create(const QString &dir, const QString &seedDir);
    // Opens the KB in `dir` for writing, creating and seeding it first when there is none.
    static Result<std::unique_ptr<KnowledgeBase>> openOrCreate(const QString &dir, const QString &seedDir);

    const QString &dir() const { return m_dir; }
    Store &store() { return *m_store; }
    bool isWritable() const { return m_access == Access::Write; }

    Result<KbStats> stats();
    Result<QList<QJsonObject>> list(RecordType type, const QList<Filter> &filters);
    // The record known by key, name, title or acronym, with "links": the records that point
    // at it, grouped by type ("cities": members, "working-groups", "events", ...).
    Result<QJsonObject> show(RecordType type, const QString &keyOrName);
    Result<QString> resolveKey(RecordType type, const QString &keyOrName);

    // Personal data (people's e-mail addresses and phone numbers) stays out of exports unless
    // asked for; a bundle with it left out says so and never overwrites on import.
    enum class PersonalData { Leave, Include };
    Status exportBundle(const QString &file, PersonalData personalData = PersonalData::Leave);
    Result<ImportSummary> importFile(const QString &file);
    // Imports bundles in one transaction: all of them, or nothing when any one is bad.
    Result<QList<ImportSummary>> importFiles(const QStringList &files);
    Result<CheckReport> check();
    Status backup(const QString &file);
    // Replaces the KB's store by a backup after checking it; the current store is kept in
    // backups/ first.
    Status restore(const QString &file);

    static QString storeFileName();

    // --- search (docs/search.md) ---
    // search() and similar() may be called from any thread, also while the owning thread
    // writes: each thread reads through its own index reader and its own read-only store
    // connection. Every other method belongs to the thread that opened the KB.
    //
    // On a KB opened read-only the index may lag the store (after a crash, until the next
    // open for writing); the results then carry a notice saying so.
    Result<SearchResults> search(const SearchQuery &query);
    // "More like this": records of the same type (or any type) like the one known by key,
    // name, or store id.
    Result<SearchResults> similar(RecordType type, const QString &keyNameOrId, int limit = 10, bool anyType = false);
    // Rebuilds the index from the store beside the old one, which serves until the new one is
    // complete. `progress(done, total)` may return false to cancel.
    Result<ReindexSummary> reindex(const std::function<bool(qint64 done, qint64 total)> &progress = {});
    // Applies the store changes the index has not seen (the `changes` log since the index's
    // revision). Every write made through this class calls it; code that writes through
    // store() directly must call it after its transaction.
    Status syncIndex();
    Result<IndexInfo> indexInfo();
    static QString indexDirName();
    // A thread that called search() and ends may call this to close its readers.
    void releaseThreadReaders();

private:
    KnowledgeBase(QString dir, Access access);
    Status openStore(bool allowCreate);
    QString backupsDir() const;
    QString storePath() const;
    QString indexPath() const;
    void openIndex();
    void checkIndex(CheckReport &report);
    Result<qint64> rebuildIndex(const std::function<bool(qint64 done, qint64 total)> &progress);
    // The calling thread's store: the KB's own on the owning thread, else a read-only one.
    Result<std::shared_ptr<Store>> threadStore();

    QString m_dir;
    Access m_access;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SearchIndex> m_index;
    QString m_indexProblem; // why the index could not be opened, if it could not
    std::thread::id m_owner = std::this_thread::get_id();
    std::mutex m_threadStoresMutex;
    std::unordered_map<std::thread::id, std::shared_ptr<Store>> m_threadStores;
};

} // namespace citykb
