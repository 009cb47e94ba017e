#include "knowledgebase.h"

#include "core/validation.h"
#include "ingest/bundlereader.h"
#include "logging.h"
#include "report/bundlewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QSaveFile>
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

} // namespace

KnowledgeBase::KnowledgeBase(QString dir, Access access) : m_dir(std::move(dir)), m_access(access) {}

KnowledgeBase::~KnowledgeBase()
{
    m_store.reset();
    if (m_lock)
        m_lock->unlock();
}

QString KnowledgeBase::storeFileName()
{
    return QStringLiteral("kb.sqlite");
}

QString KnowledgeBase::storePath() const
{
    return QDir(m_dir).filePath(storeFileName());
}

QString KnowledgeBase::backupsDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("backups"));
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
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/citykb/data"));
    if (QCoreApplication::instance() && QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(CITYKB_SOURCE_DATA_DIR);
}

Status KnowledgeBase::openStore(bool allowCreate)
{
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
    if (!allowCreate && !QFileInfo::exists(storePath()))
        return Status::failure(QStringLiteral("There is no KB at %1; create one with \"citykb-cli --kb %1 init\".").arg(m_dir),
                               ErrorKind::Unavailable);
    if (m_access == Access::Read) {
        // A KB written by an older CityKB is upgraded once, by a short write open, so that
        // reading commands keep working after the program is updated.
        auto version = Store::fileSchemaVersion(storePath());
        if (version && version.value() < Store::latestSchemaVersion()) {
            auto writer = KnowledgeBase::open(m_dir, Access::Write);
            if (!writer)
                return Status(writer.fullError());
        }
    }
    auto store = Store::open(storePath(), m_access == Access::Write ? Store::Mode::ReadWrite : Store::Mode::ReadOnly,
                             backupsDir());
    if (!store)
        return Status(store.fullError());
    m_store = std::move(store).value();
    log()->info("opened KB {} ({})", m_dir.toStdString(), m_access == Access::Write ? "write" : "read");
    return {};
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::open(const QString &dir, Access access)
{
    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase(dir, access));
    if (Status s = kb->openStore(false); !s)
        return s.fullError();
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
        seed = std::move(records).value();
    }
    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase(dir, Access::Write));
    if (Status s = kb->openStore(true); !s)
        return s.fullError();
    if (!seed.isEmpty()) {
        auto summary = kb->store().importRecords(seed);
        if (!summary) {
            // Leave no half-made KB behind.
            const QString path = kb->storePath();
            kb.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return R::failure(QStringLiteral("The seed dataset could not be loaded: %1").arg(summary.error()));
        }
        log()->info("seeded KB {} with {} records from {}", dir.toStdString(), summary.value().inserted, seedDir.toStdString());
    }
    return kb;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::openOrCreate(const QString &dir, const QString &seedDir)
{
    if (QFileInfo::exists(QDir(dir).filePath(storeFileName())))
        return open(dir, Access::Write);
    return create(dir, seedDir);
}

Result<KbStats> KnowledgeBase::stats()
{
    KbStats stats;
    for (RecordType type : allRecordTypes()) {
        auto n = m_store->count(type);
        if (!n)
            return n.fullError();
        stats.counts.append({type, n.value()});
    }
    auto revision = m_store->revision();
    if (!revision)
        return revision.fullError();
    stats.storeRevision = revision.value();
    stats.schemaVersion = m_store->schemaVersion();
    return stats;
}

Result<QList<QJsonObject>> KnowledgeBase::list(RecordType type, const QList<Filter> &filters)
{
    return m_store->list(type, filters);
}

Result<QString> KnowledgeBase::resolveKey(RecordType type, const QString &keyOrName)
{
    auto key = m_store->findKey(type, keyOrName.trimmed());
    if (!key)
        return key.fullError();
    if (!key.value())
        return Result<QString>::failure(QStringLiteral("There is no %1 called \"%2\".").arg(specFor(type).singular, keyOrName.left(200)));
    return *key.value();
}

Result<QJsonObject> KnowledgeBase::show(RecordType type, const QString &keyOrName)
{
    auto key = resolveKey(type, keyOrName);
    if (!key)
        return key.fullError();
    auto record = m_store->get(type, key.value());
    if (!record)
        return record;
    auto id = m_store->idOf(type, key.value());
    if (!id || !id.value())
        return Result<QJsonObject>::failure(QStringLiteral("The %1 \"%2\" vanished while reading it.").arg(specFor(type).singular, key.value()));
    auto backlinks = m_store->referencesTo(type, *id.value());
    if (!backlinks)
        return backlinks.fullError();
    QJsonObject links;
    for (const Backlink &link : backlinks.value()) {
        QJsonObject entry{{QStringLiteral("key"), link.key}, {QStringLiteral("title"), link.title},
                          {QStringLiteral("via"), link.via}};
        if (!link.role.isEmpty())
            entry.insert(QStringLiteral("role"), link.role);
        const QString word = specFor(link.type).word;
        QJsonArray group = links.value(word).toArray();
        group.append(entry);
        links.insert(word, group);
    }
    QJsonObject result = record.value();
    result.insert(QStringLiteral("type"), specFor(type).word);
    result.insert(QStringLiteral("links"), links);
    return result;
}

Status KnowledgeBase::exportBundle(const QString &file)
{
    QMap<RecordType, QList<QJsonObject>> all;
    for (RecordType type : allRecordTypes()) {
        auto records = m_store->list(type);
        if (!records)
            return Status(records.fullError());
        all.insert(type, records.value());
    }
    // QSaveFile: the bundle appears complete or not at all.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    out.write(writeBundle(all));
    if (!out.commit())
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    return {};
}

Result<ImportSummary> KnowledgeBase::importFile(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Result<ImportSummary>::failure(QStringLiteral("There is no file %1.").arg(file));
    // A .json file is read as a bundle so that a broken one gets a JSON error, not a shrug.
    if (!looksLikeBundle(file) && !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Result<ImportSummary>::failure(QStringLiteral("%1 is not a CityKB bundle; documents and transcripts cannot be imported yet.").arg(file));
    auto records = readBundleFile(file);
    if (!records)
        return records.fullError();
    auto summary = m_store->importRecords(records.value());
    if (summary)
        log()->info("imported {}: {} new, {} replaced", file.toStdString(), summary.value().inserted, summary.value().updated);
    return summary;
}

Result<CheckReport> KnowledgeBase::check()
{
    CheckReport report;
    auto problems = m_store->integrityProblems();
    if (!problems)
        return problems.fullError();
    report.storeProblems = problems.value();
    return report;
}

Status KnowledgeBase::backup(const QString &file)
{
    return m_store->backupTo(file);
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
    m_store.reset(); // closing the last connection checkpoints and removes the WAL
    QFile::remove(storePath() + QStringLiteral("-wal"));
    QFile::remove(storePath() + QStringLiteral("-shm"));
    std::error_code error;
    // rename(2) replaces the old file in one step.
    std::filesystem::rename(incoming.toStdString(), storePath().toStdString(), error);
    if (error)
        return Status::failure(QStringLiteral("Restoring failed while replacing the store; the previous KB is kept in %1.").arg(keep),
                               ErrorKind::Unavailable);
    log()->info("restored {} from {}; previous store kept in {}", m_dir.toStdString(), file.toStdString(), keep.toStdString());
    auto store = Store::open(storePath(), Store::Mode::ReadWrite, backupsDir());
    if (!store)
        return Status(store.fullError());
    m_store = std::move(store).value();
    return {};
}

} // namespace citykb
