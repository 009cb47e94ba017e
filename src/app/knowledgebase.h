#pragma once

#include "core/recordspec.h"
#include "core/result.h"
#include "store/store.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace citykb {

struct KbStats
{
    QList<std::pair<RecordType, qint64>> counts;
    qint64 storeRevision = 0;
    int schemaVersion = 0;
};

struct CheckReport
{
    QStringList storeProblems;
    bool healthy() const { return storeProblems.isEmpty(); }
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

    Status exportBundle(const QString &file);
    Result<ImportSummary> importFile(const QString &file);
    Result<CheckReport> check();
    Status backup(const QString &file);
    // Replaces the KB's store by a backup after checking it; the current store is kept in
    // backups/ first.
    Status restore(const QString &file);

    static QString storeFileName();

private:
    KnowledgeBase(QString dir, Access access);
    Status openStore(bool allowCreate);
    QString backupsDir() const;
    QString storePath() const;

    QString m_dir;
    Access m_access;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Store> m_store;
};

} // namespace citykb
