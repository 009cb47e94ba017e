#include "knowledgebase.h"

#include "changestream.h"
#include "indexkeeper.h"
#include "ingest/bundlereader.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <filesystem>

#ifndef CITYKB_SOURCE_DATA_DIR
#define CITYKB_SOURCE_DATA_DIR ""
#endif

namespace citykb {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("app");
    return logger ? logger : spdlog::default_logger();
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

// What a KB folder holds, to remove exactly what a failed create made.
QStringList kbEntries()
{
    return {KnowledgeBase::storeFileName(), KnowledgeBase::storeFileName() + QStringLiteral("-wal"),
            KnowledgeBase::storeFileName() + QStringLiteral("-shm"), QStringLiteral("kb.lock"), QStringLiteral("logs"),
            KnowledgeBase::indexDirName(), QStringLiteral("backups"), QStringLiteral("files")};
}

} // namespace

KnowledgeBase::KnowledgeBase(QString dir, Access access) : m_dir(std::move(dir)), m_access(access) {}

KnowledgeBase::~KnowledgeBase()
{
    m_index.reset();
    m_threadStores.clear();
    m_store.reset();
    if (m_lock)
        m_lock->unlock();
}

QString KnowledgeBase::storeFileName()
{
    return QStringLiteral("kb.sqlite");
}

QString KnowledgeBase::indexDirName()
{
    return QStringLiteral("index");
}

QString KnowledgeBase::storePath() const
{
    return QDir(m_dir).filePath(storeFileName());
}

QString KnowledgeBase::indexPath() const
{
    return QDir(m_dir).filePath(indexDirName());
}

QString KnowledgeBase::backupsDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("backups"));
}

QStringList KnowledgeBase::ownPaths() const
{
    QStringList paths;
    for (const QString &entry : kbEntries())
        paths.append(QDir(m_dir).filePath(entry));
    return paths;
}

QString KnowledgeBase::defaultDir()
{
    const QString home = qEnvironmentVariable("CITYKB_HOME");
    if (!home.isEmpty())
        return home;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("citykb"));
}

QString KnowledgeBase::seedDataDir()
{
    const QString fromEnv = qEnvironmentVariable("CITYKB_DATA");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Installed: share/citykb/data in the programs' prefix, wherever that is unpacked. A program
    // in the build tree has none there and reads the source tree's data/.
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(CITYKB_INSTALL_DATA_RELDIR));
        if (QFileInfo(installed).isDir())
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(CITYKB_SOURCE_DATA_DIR);
}

Status KnowledgeBase::openStore(bool create)
{
    // A mistyped --kb must not leave a folder, a lock or a log behind.
    if (!create && !QFileInfo::exists(storePath()))
        return Status::failure(QStringLiteral("There is no KB at %1; create one with \"citykb-cli --kb %1 init\".").arg(m_dir),
                               ErrorKind::Unavailable);
    if (m_access == Access::Write) {
        if (!QDir().mkpath(m_dir))
            return Status::failure(QStringLiteral("Cannot create the KB folder %1.").arg(m_dir), ErrorKind::Unavailable);
        if (!QFileInfo(m_dir).isWritable())
            return Status::failure(QStringLiteral("The KB folder %1 is not writable.").arg(m_dir), ErrorKind::Unavailable);
        m_lock = std::make_unique<QLockFile>(QDir(m_dir).filePath(QStringLiteral("kb.lock")));
        // A lock left by a crashed process is taken over; a live one is respected.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            if (m_lock->error() == QLockFile::LockFailedError)
                return Status::failure(QStringLiteral("The KB at %1 is in use by another CityKB process (pid %2); close it and try again.")
                                           .arg(m_dir).arg(pid),
                                       ErrorKind::Unavailable);
            return Status::failure(QStringLiteral("Cannot lock the KB at %1 for writing.").arg(m_dir), ErrorKind::Unavailable);
        }
        attachLogFolder(m_dir);
    }
    if (m_access == Access::Read) {
        // A KB written by an older CityKB is upgraded once, by a short write open, so that
        // reading commands keep working after the program is updated.
        auto version = Store::fileSchemaVersion(storePath());
        if (version && version.value() > 0 && version.value() < Store::latestSchemaVersion()) {
            auto writer = KnowledgeBase::open(m_dir, Access::Write);
            if (!writer)
                return Status(writer.fullError());
        }
    }
    auto store = create ? Store::create(storePath())
                        : Store::open(storePath(), m_access == Access::Write ? Store::Mode::ReadWrite : Store::Mode::ReadOnly,
                                      backupsDir());
    if (!store)
        return Status(store.fullError());
    m_store = std::move(store).value();
    log()->info("opened KB {} ({})", m_dir.toStdString(), m_access == Access::Write ? "write" : "read");
    return {};
}

void KnowledgeBase::startIndexAndStream()
{
    m_index = std::make_unique<IndexKeeper>(indexPath(), storePath(), m_access == Access::Write);
    m_index->open(*m_store);
    m_changes = std::make_unique<ChangeStream>();
    auto revision = m_store->revision();
    m_changes->startAfter(revision ? revision.value() : 0);
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::open(const QString &dir, Access access)
{
    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase(dir, access));
    if (Status s = kb->openStore(false); !s)
        return s.fullError();
    kb->startIndexAndStream();
    return kb;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::create(const QString &dir, const QString &seedDir)
{
    using R = Result<std::unique_ptr<KnowledgeBase>>;
    if (QFileInfo::exists(QDir(dir).filePath(storeFileName())))
        return R::failure(QStringLiteral("A KB already exists at %1.").arg(dir));
    RecordList seed;
    if (!seedDir.isEmpty()) {
        auto records = readDataDir(seedDir);
        if (!records)
            return records.fullError();
        if (records.value().isEmpty())
            return R::failure(QStringLiteral("The seed folder %1 holds no CityKB dataset; nothing was created.").arg(seedDir));
        seed = std::move(records).value();
    }

    // Remember what was there, so that a failure removes exactly what this call made.
    const bool dirExisted = QFileInfo::exists(dir);
    QStringList existing;
    for (const QString &entry : kbEntries()) {
        if (QFileInfo::exists(QDir(dir).filePath(entry)))
            existing.append(entry);
    }
    auto cleanUp = [&](std::unique_ptr<KnowledgeBase> kb) {
        kb.reset();
        detachLogFolder(dir);
        std::error_code error;
        if (!dirExisted) {
            std::filesystem::remove_all(dir.toStdString(), error);
            return;
        }
        for (const QString &entry : kbEntries()) {
            if (!existing.contains(entry))
                std::filesystem::remove_all(QDir(dir).filePath(entry).toStdString(), error);
        }
    };

    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase(dir, Access::Write));
    if (Status s = kb->openStore(true); !s) {
        cleanUp(std::move(kb));
        return s.fullError();
    }
    if (!seed.isEmpty()) {
        auto summary = kb->m_store->importRecords(seed);
        if (!summary) {
            cleanUp(std::move(kb));
            return R::failure(QStringLiteral("The seed dataset could not be loaded: %1").arg(summary.error()));
        }
        log()->info("seeded KB {} with {} records from {}", dir.toStdString(), summary.value().inserted, seedDir.toStdString());
    }
    kb->startIndexAndStream();
    return kb;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::openOrCreate(const QString &dir, const QString &seedDir)
{
    if (QFileInfo::exists(QDir(dir).filePath(storeFileName())))
        return open(dir, Access::Write);
    return create(dir, seedDir);
}

Result<std::shared_ptr<const Store>> KnowledgeBase::reader()
{
    if (std::this_thread::get_id() == m_owner)
        return std::shared_ptr<const Store>(m_store.get(), [](const Store *) {}); // borrowed, not owned
    std::lock_guard<std::mutex> lock(m_threadStoresMutex);
    auto it = m_threadStores.find(std::this_thread::get_id());
    if (it != m_threadStores.end())
        return it->second;
    auto store = Store::open(storePath(), Store::Mode::ReadOnly);
    if (!store)
        return store.fullError();
    std::shared_ptr<const Store> shared(std::move(store).value().release());
    m_threadStores.emplace(std::this_thread::get_id(), shared);
    return shared;
}

void KnowledgeBase::releaseThreadReaders()
{
    m_index->releaseThreadReader();
    std::lock_guard<std::mutex> lock(m_threadStoresMutex);
    m_threadStores.erase(std::this_thread::get_id());
}

Result<WriteOutcome> KnowledgeBase::write(const std::function<Status(Store &store)> &work)
{
    Q_ASSERT_X(std::this_thread::get_id() == m_owner, "KnowledgeBase::write", "writes belong to the session's thread");
    if (m_access != Access::Write)
        return Result<WriteOutcome>::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    WriteOutcome outcome;
    auto before = m_store->revision();
    if (!before)
        return before.fullError();
    outcome.revisionBefore = before.value();
    if (Status s = m_store->beginTransaction(); !s)
        return s.fullError();
    if (Status s = work(*m_store); !s) {
        m_store->rollbackTransaction();
        return s.fullError();
    }
    if (Status s = m_store->commitTransaction(); !s)
        return s.fullError();
    auto after = m_store->revision();
    outcome.revisionAfter = after ? after.value() : outcome.revisionBefore;
    if (outcome.revisionAfter == outcome.revisionBefore || m_openBatches > 0)
        return outcome;
    followWrites(outcome.revisionBefore);
    return outcome;
}

void KnowledgeBase::followWrites(qint64 revisionBefore)
{
    // The store is the truth: an index that could not follow heals on the next open.
    if (Status s = m_index->catchUp(*m_store); !s)
        log()->warn("the search index did not take in the writes after revision {}: {}", revisionBefore, s.error().toStdString());
    if (Status s = m_changes->announceNew(*m_store); !s)
        log()->warn("changes after revision {} could not be announced: {}", revisionBefore, s.error().toStdString());
}

KnowledgeBase::IndexBatch::IndexBatch(KnowledgeBase &kb) : m_kb(kb)
{
    Q_ASSERT_X(std::this_thread::get_id() == kb.m_owner, "KnowledgeBase::IndexBatch", "writes belong to the session's thread");
    ++m_kb.m_openBatches;
}

KnowledgeBase::IndexBatch::~IndexBatch()
{
    if (--m_kb.m_openBatches == 0)
        flush();
}

void KnowledgeBase::IndexBatch::flush()
{
    // Both steps do nothing when the batch wrote nothing since the last flush.
    if (m_kb.m_access == Access::Write)
        m_kb.followWrites(m_kb.m_index->revision());
}

void KnowledgeBase::IndexBatch::startFlush()
{
    if (m_kb.m_access != Access::Write)
        return;
    IndexKeeper &index = *m_kb.m_index;
    const Status started = index.startCatchUp(*m_kb.m_store);
    if (!started)
        log()->warn("the search index did not take in a batch of writes: {}", started.error().toStdString());
    // What the index holds now (this catch-up may not have committed yet): only that is announced.
    if (Status s = m_kb.m_changes->announceNew(*m_kb.m_store, index.revision()); !s)
        log()->warn("changes could not be announced: {}", s.error().toStdString());
}

Status KnowledgeBase::backup(const QString &file)
{
    return m_store->backupTo(file, ownPaths());
}

Status KnowledgeBase::vacuumStore()
{
    Q_ASSERT_X(std::this_thread::get_id() == m_owner, "KnowledgeBase::vacuumStore", "writes belong to the session's thread");
    if (m_access != Access::Write)
        return Status::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    return m_store->vacuum();
}

Status KnowledgeBase::restore(const QString &file)
{
    if (m_access != Access::Write)
        return Status::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    if (Status s = verifyStoreFile(file); !s)
        return Status::failure(QStringLiteral("Nothing was restored: %1").arg(s.error()));
    QDir().mkpath(backupsDir());
    const QString keep = QDir(backupsDir()).filePath(QStringLiteral("kb-before-restore-%1.sqlite").arg(timestamp()));
    if (Status s = m_store->backupTo(keep); !s)
        return Status::failure(QStringLiteral("Nothing was restored: the current KB could not be kept first (%1)").arg(s.error()));

    // Copy the backup beside the store first, so a failed copy leaves the store as it was.
    const QString incoming = storePath() + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(file, incoming))
        return Status::failure(QStringLiteral("Nothing was restored: cannot copy %1 into the KB folder.").arg(file));
    // Let go of every connection to the store (search threads' too) with the WAL folded into
    // the file: a WAL may only be deleted when it holds nothing committed.
    {
        std::lock_guard<std::mutex> lock(m_threadStoresMutex);
        m_threadStores.clear();
    }
    if (Status s = m_store->checkpoint(); !s) {
        QFile::remove(incoming);
        return Status::failure(QStringLiteral("Nothing was restored: %1").arg(s.error()), s.errorKind());
    }
    m_store.reset();
    QFile::remove(storePath() + QStringLiteral("-wal"));
    QFile::remove(storePath() + QStringLiteral("-shm"));
    std::error_code error;
    // rename(2) replaces the old file in one step.
    std::filesystem::rename(incoming.toStdString(), storePath().toStdString(), error);
    QString why = QString::fromStdString(error.message());
    if (!error) {
        auto restored = Store::open(storePath(), Store::Mode::ReadWrite, backupsDir());
        if (restored)
            m_store = std::move(restored).value();
        else
            why = restored.error();
    }
    if (!m_store) {
        // Go back to the state kept before the restore, whatever is at the store's path now.
        QFile::remove(incoming);
        QFile::remove(storePath());
        QFile::copy(keep, storePath());
        if (auto previous = Store::open(storePath(), Store::Mode::ReadWrite, backupsDir()))
            m_store = std::move(previous).value();
        return Status::failure(QStringLiteral("Restoring failed (%1); the KB is as it was before, also kept in %2.").arg(why, keep),
                               ErrorKind::Unavailable);
    }
    log()->info("restored {} from {}; previous store kept in {}", m_dir.toStdString(), file.toStdString(), keep.toStdString());
    // The restored store has its own history: the index is built anew from it.
    if (auto rebuilt = m_index->rebuild(*m_store, {}); !rebuilt)
        log()->warn("the search index could not be rebuilt after restoring: {}", rebuilt.error().toStdString());
    auto revision = m_store->revision();
    m_changes->announceReset(revision ? revision.value() : 0);
    return {};
}

} // namespace citykb
