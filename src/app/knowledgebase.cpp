#include "knowledgebase.h"

#include "core/personaldata.h"
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
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <map>

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
    // A mistyped --kb must not leave a folder, a lock or a log behind.
    if (!allowCreate && !QFileInfo::exists(storePath()))
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
    auto store = allowCreate ? Store::create(storePath())
                             : Store::open(storePath(), m_access == Access::Write ? Store::Mode::ReadWrite : Store::Mode::ReadOnly,
                                           backupsDir());
    if (!store)
        return Status(store.fullError());
    m_store = std::move(store).value();
    log()->info("opened KB {} ({})", m_dir.toStdString(), m_access == Access::Write ? "write" : "read");
    openIndex();
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
        if (Status s = kb->syncIndex(); !s)
            log()->warn("the search index could not take in the seed: {}", s.error().toStdString());
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
    if (m_index && m_index->exists()) {
        if (auto state = m_index->state())
            stats.indexRevision = state.value().revision;
    }
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

Status KnowledgeBase::exportBundle(const QString &file, PersonalData personalData)
{
    QMap<RecordType, QList<QJsonObject>> all;
    for (RecordType type : allRecordTypes()) {
        auto records = m_store->list(type);
        if (!records)
            return Status(records.fullError());
        all.insert(type, records.value());
    }
    const bool withPersonalData = personalData == PersonalData::Include;
    if (!withPersonalData) {
        PersonalDataFilter filter;
        for (const QJsonObject &person : all.value(RecordType::Person)) {
            filter.addKnownValue(person.value(QStringLiteral("email")).toString());
            filter.addKnownValue(person.value(QStringLiteral("phone")).toString());
        }
        for (auto it = all.begin(); it != all.end(); ++it) {
            for (QJsonObject &record : it.value())
                record = filter.filter(it.key(), record);
        }
    }
    // QSaveFile: the bundle appears complete or not at all.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    out.write(writeBundle(all, withPersonalData));
    if (!out.commit())
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    return {};
}

Result<ImportSummary> KnowledgeBase::importFile(const QString &file)
{
    auto summaries = importFiles({file});
    if (!summaries)
        return summaries.fullError();
    return summaries.value().first();
}

Result<QList<ImportSummary>> KnowledgeBase::importFiles(const QStringList &files)
{
    using R = Result<QList<ImportSummary>>;
    // Read and check every file before writing anything.
    QList<Bundle> bundles;
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile())
            return R::failure(QStringLiteral("There is no file %1.").arg(file));
        // A .json file is read as a bundle so that a broken one gets a JSON error, not a shrug.
        if (!looksLikeBundle(file) && !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return R::failure(QStringLiteral("%1 is not a CityKB bundle; documents and transcripts cannot be imported yet.").arg(file));
        auto bundle = readBundleFile(file);
        if (!bundle)
            return bundle.fullError();
        bundles.append(std::move(bundle).value());
    }
    // All files in one transaction: every file or none of them.
    if (Status s = m_store->beginTransaction(); !s)
        return s.fullError();
    QList<ImportSummary> summaries;
    for (qsizetype i = 0; i < bundles.size(); ++i) {
        // A bundle without personal data has "[e-mail withheld]" where the KB may have the real
        // thing: it adds what is new and never overwrites.
        auto summary = m_store->importRecords(bundles.at(i).records, bundles.at(i).hasPersonalData ? ExistingRecords::Replace
                                                                                                   : ExistingRecords::Keep);
        if (!summary) {
            m_store->rollbackTransaction();
            const QString nothing = files.size() > 1 ? QStringLiteral(" Nothing of the %1 files was imported.").arg(files.size()) : QString();
            return R::failure(summary.error() + nothing, summary.errorKind());
        }
        summaries.append(summary.value());
        log()->info("imported {}: {} new, {} replaced, {} kept", files.at(i).toStdString(), summary.value().inserted,
                    summary.value().updated, summary.value().kept);
    }
    if (Status s = m_store->commitTransaction(); !s)
        return s.fullError();
    // The store is the truth; an index that could not follow heals on the next open.
    if (Status s = syncIndex(); !s)
        log()->warn("the search index did not take in the import: {}", s.error().toStdString());
    return summaries;
}

Result<CheckReport> KnowledgeBase::check()
{
    CheckReport report;
    auto problems = m_store->integrityProblems();
    if (!problems)
        return problems.fullError();
    report.storeProblems = problems.value();
    checkIndex(report);
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
    if (m_index) {
        if (auto rebuilt = rebuildIndex({}); !rebuilt)
            log()->warn("the search index could not be rebuilt after restoring: {}", rebuilt.error().toStdString());
    }
    return {};
}


// --- search -----------------------------------------------------------------------------------

namespace {

// What the index records about the last change it applied, to tell that the store it follows
// is still the one it was built from (a restored or replaced store has another history).
QString changeFingerprint(const Change &c)
{
    return QStringLiteral("%1:%2:%3:%4:%5").arg(c.revision).arg(specFor(c.type).singular).arg(c.id).arg(c.operation, c.key);
}

// A pending store history longer than this is cheaper to rebuild than to replay.
constexpr qint64 ReplayLimit = 5000;
constexpr int ReplayBatch = 1000;

// Looks up referenced records (names of cities, themes, networks; questionnaires' questions)
// while building index entries, with a cache for one batch.
class StoreLookup
{
public:
    explicit StoreLookup(Store &store) : m_store(store) {}
    std::optional<QJsonObject> operator()(RecordType type, const QString &key)
    {
        const QString ref = specFor(type).singular + QLatin1Char(':') + key;
        auto it = m_cache.constFind(ref);
        if (it != m_cache.constEnd())
            return *it;
        std::optional<QJsonObject> record;
        if (auto r = m_store.get(type, key))
            record = r.value();
        m_cache.insert(ref, record);
        return record;
    }

private:
    Store &m_store;
    QHash<QString, std::optional<QJsonObject>> m_cache;
};

RecordUpdate recordUpdate(Store &store, StoreLookup &lookup, RecordType type, qint64 id)
{
    RecordUpdate u;
    u.type = type;
    u.id = id;
    auto record = store.getById(type, id);
    if (!record) {
        // Gone since (a later change in the log deletes it): take it out of the index.
        u.removed = true;
        return u;
    }
    RecordLookup look = [&lookup](RecordType t, const QString &key) { return lookup(t, key); };
    u.entries = buildIndexEntries(type, id, record.value(), look);
    u.vocabulary = buildVocabulary(type, record.value());
    return u;
}

} // namespace

QString KnowledgeBase::indexDirName()
{
    return QStringLiteral("index");
}

QString KnowledgeBase::indexPath() const
{
    return QDir(m_dir).filePath(indexDirName());
}

void KnowledgeBase::openIndex()
{
    m_indexProblem.clear();
    const auto mode = m_access == Access::Write ? SearchIndex::Mode::ReadWrite : SearchIndex::Mode::ReadOnly;
    auto index = SearchIndex::open(indexPath(), mode);
    if (!index && m_access == Access::Write && QFileInfo::exists(indexPath())) {
        // The index is only a derived copy of the store: a damaged one is set aside and rebuilt.
        const QString aside = indexPath() + QStringLiteral(".damaged-") + timestamp();
        log()->warn("the search index at {} cannot be opened ({}); setting it aside as {} and rebuilding",
                    indexPath().toStdString(), index.error().toStdString(), aside.toStdString());
        std::error_code error;
        std::filesystem::rename(indexPath().toStdString(), aside.toStdString(), error);
        index = SearchIndex::open(indexPath(), mode);
    }
    if (!index) {
        m_indexProblem = index.error();
        log()->error("the search index is unavailable: {}", m_indexProblem.toStdString());
        return;
    }
    m_index = std::move(index).value();
    if (m_access == Access::Write) {
        if (Status s = syncIndex(); !s) {
            m_indexProblem = s.error();
            log()->error("the search index could not catch up with the store: {}", s.error().toStdString());
        }
    }
}

Status KnowledgeBase::syncIndex()
{
    if (!m_index)
        return Status::failure(m_indexProblem.isEmpty() ? QStringLiteral("The KB has no search index.") : m_indexProblem,
                               ErrorKind::Unavailable);
    if (!m_index->isWritable())
        return Status::failure(QStringLiteral("The KB is open read-only; its index catches up when it is next opened for writing."),
                               ErrorKind::Unavailable);
    auto state = m_index->state();
    if (!state)
        return Status(state.fullError());
    auto storeRevision = m_store->revision();
    if (!storeRevision)
        return Status(storeRevision.fullError());
    qint64 revision = state.value().revision;

    bool rebuild = false;
    if (state.value().format != SearchIndex::formatVersion()) {
        // A new index of an empty store only needs its stamp; anything else is built.
        if (state.value().format == 0 && storeRevision.value() == 0)
            return m_index->apply({}, 0, {});
        rebuild = true;
    } else if (revision > storeRevision.value()) {
        rebuild = true;
    } else if (revision > 0) {
        auto last = m_store->changesSince(revision - 1, 1);
        if (!last)
            return Status(last.fullError());
        if (last.value().isEmpty() || last.value().first().revision != revision
            || changeFingerprint(last.value().first()) != state.value().lastChange)
            rebuild = true;
    }
    if (!rebuild && storeRevision.value() - revision > ReplayLimit)
        rebuild = true;
    if (rebuild) {
        log()->info("the search index does not follow this store (index revision {}, store revision {}): rebuilding",
                    revision, storeRevision.value());
        auto rebuilt = rebuildIndex({});
        return rebuilt ? Status() : Status(rebuilt.fullError());
    }

    while (revision < storeRevision.value()) {
        auto changes = m_store->changesSince(revision, ReplayBatch);
        if (!changes)
            return Status(changes.fullError());
        if (changes.value().isEmpty())
            break;
        // The latest operation per record decides; records whose names others show (a renamed
        // city in a practice) bring those others along.
        std::map<std::pair<int, qint64>, bool> touched; // (type, id) → deleted
        QList<std::pair<RecordType, qint64>> order;
        for (const Change &c : changes.value()) {
            const auto ref = std::make_pair(int(c.type), c.id);
            if (!touched.count(ref))
                order.append({c.type, c.id});
            touched[ref] = c.operation == QLatin1String("delete");
        }
        for (const Change &c : changes.value()) {
            if (c.operation != QLatin1String("update"))
                continue;
            auto links = m_store->referencesTo(c.type, c.id);
            if (!links)
                return Status(links.fullError());
            for (const Backlink &link : links.value()) {
                const auto ref = std::make_pair(int(link.type), link.id);
                if (!touched.count(ref)) {
                    touched[ref] = false;
                    order.append({link.type, link.id});
                }
            }
        }
        StoreLookup lookup(*m_store);
        QList<RecordUpdate> updates;
        for (const auto &[type, id] : order) {
            if (touched[{int(type), id}]) {
                RecordUpdate u;
                u.type = type;
                u.id = id;
                u.removed = true;
                updates.append(u);
            } else {
                updates.append(recordUpdate(*m_store, lookup, type, id));
            }
        }
        const Change &last = changes.value().last();
        if (Status s = m_index->apply(updates, last.revision, changeFingerprint(last)); !s)
            return s;
        revision = last.revision;
    }
    return {};
}

Result<qint64> KnowledgeBase::rebuildIndex(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    using R = Result<qint64>;
    if (!m_index || !m_index->isWritable())
        return R::failure(QStringLiteral("The KB is open read-only; open it for writing to rebuild its index."), ErrorKind::Unavailable);
    auto storeRevision = m_store->revision();
    if (!storeRevision)
        return storeRevision.fullError();
    QString fingerprint;
    if (storeRevision.value() > 0) {
        auto last = m_store->changesSince(storeRevision.value() - 1, 1);
        if (!last)
            return last.fullError();
        if (!last.value().isEmpty())
            fingerprint = changeFingerprint(last.value().first());
    }

    // The records to index, by (type, id). The change log names every record ever written;
    // the counts per type tell whether it still names exactly the live ones.
    std::map<std::pair<int, qint64>, bool> alive;
    auto changes = m_store->changesSince(0, std::numeric_limits<int>::max());
    if (!changes)
        return changes.fullError();
    for (const Change &c : changes.value())
        alive[{int(c.type), c.id}] = c.operation != QLatin1String("delete");
    changes = Result<QList<Change>>(QList<Change>{});
    std::vector<std::pair<RecordType, qint64>> records;
    for (const auto &[ref, isAlive] : alive) {
        if (isAlive)
            records.emplace_back(RecordType(ref.first), ref.second);
    }
    for (RecordType type : allRecordTypes()) {
        auto n = m_store->count(type);
        if (!n)
            return n.fullError();
        const auto inLog = std::count_if(records.begin(), records.end(), [&](const auto &r) { return r.first == type; });
        if (inLog == n.value())
            continue;
        // The log does not match (an old or foreign store): list the type itself.
        log()->warn("the change log names {} {} but the store has {}; listing them", inLog, specFor(type).word.toStdString(), n.value());
        std::erase_if(records, [&](const auto &r) { return r.first == type; });
        auto listed = m_store->list(type);
        if (!listed)
            return listed.fullError();
        for (const QJsonObject &record : listed.value()) {
            auto id = m_store->idOf(type, record.value(QLatin1String("key")).toString());
            if (id && id.value())
                records.emplace_back(type, *id.value());
        }
    }
    const qint64 total = qint64(records.size());
    // Both cores for a big store; one for a small one, where merging shards costs more than it saves.
    const int workers = total < 2000 ? 1 : int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    const QString path = storePath();
    Store *ownStore = m_store.get();

    SearchIndex::Producer produce = [&](int worker, int nworkers, const SearchIndex::RecordSink &sink) -> Status {
        // Each worker reads through a connection of its own.
        std::unique_ptr<Store> own;
        Store *store = ownStore;
        if (worker > 0) {
            auto opened = Store::open(path, Store::Mode::ReadOnly);
            if (!opened)
                return Status(opened.fullError());
            own = std::move(opened).value();
            store = own.get();
        }
        StoreLookup lookup(*store);
        for (std::size_t i = std::size_t(worker); i < records.size(); i += std::size_t(nworkers)) {
            RecordUpdate u = recordUpdate(*store, lookup, records[i].first, records[i].second);
            if (Status s = sink(std::move(u)); !s)
                return s;
        }
        return {};
    };
    std::function<bool(qint64)> onProgress;
    if (progress)
        onProgress = [&](qint64 done) { return progress(done, total); };
    if (Status s = m_index->rebuild(produce, workers, storeRevision.value(), fingerprint, onProgress); !s)
        return s.fullError();
    m_indexProblem.clear();
    return total;
}

Result<ReindexSummary> KnowledgeBase::reindex(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (m_access != Access::Write)
        return Result<ReindexSummary>::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    if (!m_index) {
        // A KB whose index could not be opened gets a fresh one.
        std::error_code error;
        std::filesystem::remove_all(indexPath().toStdString(), error);
        auto index = SearchIndex::open(indexPath(), SearchIndex::Mode::ReadWrite);
        if (!index)
            return index.fullError();
        m_index = std::move(index).value();
    }
    QElapsedTimer timer;
    timer.start();
    auto n = rebuildIndex(progress);
    if (!n)
        return n.fullError();
    ReindexSummary summary;
    summary.records = n.value();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    log()->info("reindexed {} records in {:.2f} s", summary.records, summary.seconds);
    return summary;
}

Result<std::shared_ptr<Store>> KnowledgeBase::threadStore()
{
    if (std::this_thread::get_id() == m_owner)
        return std::shared_ptr<Store>(m_store.get(), [](Store *) {}); // borrowed, not owned
    std::lock_guard<std::mutex> lock(m_threadStoresMutex);
    auto it = m_threadStores.find(std::this_thread::get_id());
    if (it != m_threadStores.end())
        return it->second;
    auto store = Store::open(storePath(), Store::Mode::ReadOnly);
    if (!store)
        return store.fullError();
    std::shared_ptr<Store> shared(std::move(store).value().release());
    m_threadStores.emplace(std::this_thread::get_id(), shared);
    return shared;
}

void KnowledgeBase::releaseThreadReaders()
{
    if (m_index)
        m_index->releaseThreadReader();
    std::lock_guard<std::mutex> lock(m_threadStoresMutex);
    m_threadStores.erase(std::this_thread::get_id());
}

Result<SearchResults> KnowledgeBase::search(const SearchQuery &query)
{
    if (!m_index)
        return Result<SearchResults>::failure(
            m_indexProblem.isEmpty() ? QStringLiteral("The KB has no search index; run \"citykb-cli reindex\".") : m_indexProblem,
            ErrorKind::Unavailable);
    auto store = threadStore();
    if (!store)
        return store.fullError();
    Store *s = store.value().get();
    auto results = m_index->search(query, [s](RecordType type, qint64 id) -> std::optional<QJsonObject> {
        auto record = s->getById(type, id);
        if (!record)
            return std::nullopt;
        return record.value();
    });
    if (!results)
        return results;
    if (auto revision = s->revision(); revision && revision.value() > results.value().indexRevision)
        results.value().notices.append(
            QStringLiteral("The search index is %1 change(s) behind the store; the latest edits may be missing until the KB "
                           "is opened for writing or reindexed.")
                .arg(revision.value() - results.value().indexRevision));
    return results;
}

Result<SearchResults> KnowledgeBase::similar(RecordType type, const QString &keyNameOrId, int limit, bool anyType)
{
    using R = Result<SearchResults>;
    if (!m_index)
        return R::failure(m_indexProblem.isEmpty() ? QStringLiteral("The KB has no search index; run \"citykb-cli reindex\".") : m_indexProblem,
                          ErrorKind::Unavailable);
    auto store = threadStore();
    if (!store)
        return store.fullError();
    Store *s = store.value().get();
    std::optional<qint64> id;
    bool numeric = false;
    const qint64 asNumber = keyNameOrId.trimmed().toLongLong(&numeric);
    if (numeric && s->getById(type, asNumber))
        id = asNumber;
    if (!id) {
        auto key = s->findKey(type, keyNameOrId.trimmed());
        if (!key)
            return key.fullError();
        if (!key.value())
            return R::failure(QStringLiteral("There is no %1 called \"%2\".").arg(specFor(type).singular, keyNameOrId.left(200)));
        auto found = s->idOf(type, *key.value());
        if (!found)
            return found.fullError();
        if (!found.value())
            return R::failure(QStringLiteral("There is no %1 called \"%2\".").arg(specFor(type).singular, keyNameOrId.left(200)));
        id = *found.value();
    }
    return m_index->similar(type, *id, anyType ? std::nullopt : std::optional<RecordType>(type), limit,
                            [s](RecordType t, qint64 i) -> std::optional<QJsonObject> {
                                auto record = s->getById(t, i);
                                if (!record)
                                    return std::nullopt;
                                return record.value();
                            });
}

Result<IndexInfo> KnowledgeBase::indexInfo()
{
    if (!m_index)
        return Result<IndexInfo>::failure(m_indexProblem.isEmpty() ? QStringLiteral("The KB has no search index.") : m_indexProblem,
                                          ErrorKind::Unavailable);
    return m_index->info();
}

void KnowledgeBase::checkIndex(CheckReport &report)
{
    const QString fix = m_access == Access::Write ? QStringLiteral("run \"citykb-cli reindex\"")
                                                  : QStringLiteral("open the KB for writing or run \"citykb-cli reindex\"");
    auto storeRevision = m_store->revision();
    if (storeRevision)
        report.storeRevision = storeRevision.value();
    if (!m_index) {
        report.indexProblems.append(QStringLiteral("The search index cannot be used (%1); %2.").arg(m_indexProblem, fix));
        return;
    }
    auto info = m_index->info();
    if (!info) {
        report.indexProblems.append(QStringLiteral("The search index cannot be read (%1); %2.").arg(info.error(), fix));
        return;
    }
    if (!info.value().exists) {
        report.indexProblems.append(QStringLiteral("The KB has no search index; %1.").arg(fix));
        return;
    }
    report.indexRevision = info.value().revision;
    report.indexDocuments = info.value().documents;
    if (report.indexRevision < report.storeRevision)
        report.indexProblems.append(QStringLiteral("The search index is %1 change(s) behind the store (revision %2 of %3); %4.")
                                        .arg(report.storeRevision - report.indexRevision).arg(report.indexRevision)
                                        .arg(report.storeRevision).arg(fix));
    else if (report.indexRevision > report.storeRevision)
        report.indexProblems.append(QStringLiteral("The search index is ahead of the store (revision %1 of %2): it was built from "
                                                   "another store; %3.")
                                        .arg(report.indexRevision).arg(report.storeRevision).arg(fix));
    else if (report.indexRevision > 0) {
        auto state = m_index->state();
        auto last = m_store->changesSince(report.indexRevision - 1, 1);
        if (state && last && (last.value().isEmpty() || changeFingerprint(last.value().first()) != state.value().lastChange))
            report.indexProblems.append(QStringLiteral("The search index was built from another history of the store; %1.").arg(fix));
    }
    if (report.indexRevision != report.storeRevision)
        return; // the counts differ by the lag; no need to list them
    for (const auto &[type, inIndex] : info.value().records) {
        auto n = m_store->count(type);
        if (n && n.value() != inIndex)
            report.indexProblems.append(QStringLiteral("The search index has %1 %2, the store %3; %4.")
                                            .arg(inIndex).arg(specFor(type).word).arg(n.value()).arg(fix));
    }
}

} // namespace citykb
