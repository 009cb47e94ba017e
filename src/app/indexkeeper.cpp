#include "indexkeeper.h"

#include "store/store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>
#include <thread>

namespace citykb {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("app");
    return logger ? logger : spdlog::default_logger();
}

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
    explicit StoreLookup(const Store &store) : m_store(store) {}
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
    const Store &m_store;
    QHash<QString, std::optional<QJsonObject>> m_cache;
};

// The index's view of one record. A record that is gone (a later change deletes it) leaves
// the index; a record that cannot be read fails the update, so that a damaged store never
// passes for a smaller one.
Result<RecordUpdate> recordUpdate(const Store &store, StoreLookup &lookup, RecordType type, qint64 id)
{
    RecordUpdate u;
    u.type = type;
    u.id = id;
    auto record = store.getById(type, id);
    if (!record) {
        if (record.errorKind() != ErrorKind::NotFound)
            return record.fullError();
        u.removed = true;
        return u;
    }
    RecordLookup look = [&lookup](RecordType t, const QString &key) { return lookup(t, key); };
    u.entries = buildIndexEntries(type, id, record.value(), look);
    u.vocabulary = buildVocabulary(type, record.value());
    return u;
}

SearchIndex::RecordFetcher fetcherFor(const Store &reader)
{
    return [&reader](RecordType type, qint64 id) -> std::optional<QJsonObject> {
        auto record = reader.getById(type, id);
        if (!record)
            return std::nullopt;
        return record.value();
    };
}

} // namespace

IndexKeeper::IndexKeeper(QString indexPath, QString storePath, bool writable)
    : m_indexPath(std::move(indexPath)), m_storePath(std::move(storePath)), m_writable(writable)
{
}

IndexKeeper::~IndexKeeper() = default;

std::shared_ptr<SearchIndex> IndexKeeper::index()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_index;
}

QString IndexKeeper::problem()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_problem;
}

Status IndexKeeper::unavailable()
{
    const QString why = problem();
    return Status::failure(why.isEmpty() ? QStringLiteral("The KB has no search index; run \"citykb-cli reindex\".") : why,
                           ErrorKind::Unavailable);
}

void IndexKeeper::open(const Store &store)
{
    const auto mode = m_writable ? SearchIndex::Mode::ReadWrite : SearchIndex::Mode::ReadOnly;
    if (m_writable) {
        // What a killed reindex left (index.new.shard*, older damaged copies) goes; the writer's
        // lock makes sure no other process is building them.
        if (Status s = SearchIndex::removeLeftovers(m_indexPath); !s)
            log()->warn("leftovers of the search index could not be removed: {}", s.error().toStdString());
    }
    QString why;
    if (m_writable && QFileInfo::exists(m_indexPath) && SearchIndex::looksDamaged(m_indexPath, &why)) {
        // The index is only a derived copy of the store: a damaged one is set aside and rebuilt.
        auto aside = SearchIndex::setAsideDamaged(m_indexPath);
        log()->warn("the search index at {} is damaged ({}); set aside as {} and rebuilt", m_indexPath.toStdString(),
                    why.toStdString(), aside ? aside.value().toStdString() : aside.error().toStdString());
    }
    auto opened = SearchIndex::open(m_indexPath, mode);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!opened) {
            m_problem = opened.error();
            log()->error("the search index is unavailable: {}", m_problem.toStdString());
            return;
        }
        m_index = std::shared_ptr<SearchIndex>(std::move(opened).value());
        m_problem.clear();
    }
    if (m_writable) {
        if (Status s = catchUp(store); !s) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_problem = s.error();
            log()->error("the search index could not catch up with the store: {}", s.error().toStdString());
        }
    }
}

Status IndexKeeper::awaitCatchUp()
{
    return m_catchingUp.valid() ? m_catchingUp.get() : Status();
}

Status IndexKeeper::startCatchUp(const Store &store)
{
    if (Status s = awaitCatchUp(); !s)
        return s;
    return replay(store, true);
}

Status IndexKeeper::catchUp(const Store &store)
{
    // What a catch-up in the background missed, this one replays.
    if (Status s = awaitCatchUp(); !s)
        log()->warn("the search index did not take in a batch of writes: {}", s.error().toStdString());
    return replay(store, false);
}

Status IndexKeeper::replay(const Store &store, bool inBackground)
{
    auto current = index();
    if (!current)
        return unavailable();
    if (!current->isWritable())
        return Status::failure(QStringLiteral("The KB is open read-only; its index catches up when it is next opened for writing."),
                               ErrorKind::Unavailable);
    auto state = current->state();
    if (!state)
        return Status(state.fullError());
    auto storeRevision = store.revision();
    if (!storeRevision)
        return Status(storeRevision.fullError());
    qint64 revision = state.value().revision;

    bool mustRebuild = false;
    if (state.value().format != SearchIndex::formatVersion()) {
        // A new index of an empty store only needs its stamp; anything else is built.
        if (state.value().format == 0 && storeRevision.value() == 0)
            return current->apply({}, 0, {});
        mustRebuild = true;
    } else if (revision > storeRevision.value()) {
        mustRebuild = true;
    } else if (revision > 0) {
        auto last = store.changesSince(revision - 1, 1);
        if (!last)
            return Status(last.fullError());
        if (last.value().isEmpty() || last.value().first().revision != revision
            || changeFingerprint(last.value().first()) != state.value().lastChange)
            mustRebuild = true;
    }
    if (!mustRebuild && storeRevision.value() - revision > ReplayLimit)
        mustRebuild = true;
    if (mustRebuild) {
        log()->info("the search index does not follow this store (index revision {}, store revision {}): rebuilding",
                    revision, storeRevision.value());
        auto rebuilt = rebuild(store, {});
        return rebuilt ? Status() : Status(rebuilt.fullError());
    }

    while (revision < storeRevision.value()) {
        auto changes = store.changesSince(revision, ReplayBatch);
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
            auto links = store.referencesTo(c.type, c.id);
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
        StoreLookup lookup(store);
        QList<RecordUpdate> updates;
        for (const auto &[type, id] : order) {
            if (touched[{int(type), id}]) {
                RecordUpdate u;
                u.type = type;
                u.id = id;
                u.removed = true;
                updates.append(u);
                continue;
            }
            auto update = recordUpdate(store, lookup, type, id);
            if (!update)
                return Status(update.fullError());
            updates.append(std::move(update).value());
        }
        const Change &last = changes.value().last();
        if (inBackground && last.revision >= storeRevision.value()) {
            m_catchingUp = std::async(std::launch::async, [current, updates = std::move(updates), revision = last.revision,
                                                           fingerprint = changeFingerprint(last)] {
                return current->apply(updates, revision, fingerprint);
            });
            return {};
        }
        if (Status s = current->apply(updates, last.revision, changeFingerprint(last)); !s)
            return s;
        revision = last.revision;
    }
    return {};
}

Result<qint64> IndexKeeper::rebuild(const Store &store, const std::function<bool(qint64 done, qint64 total)> &progress)
{
    using R = Result<qint64>;
    if (!m_writable)
        return R::failure(QStringLiteral("The KB is open read-only; open it for writing to rebuild its index."), ErrorKind::Unavailable);
    if (Status s = awaitCatchUp(); !s)
        log()->warn("the search index did not take in a batch of writes before the rebuild: {}", s.error().toStdString());
    auto current = index();
    if (!current) {
        // A KB whose index could not be opened gets a fresh one.
        std::error_code error;
        std::filesystem::remove_all(m_indexPath.toStdString(), error);
        auto fresh = SearchIndex::open(m_indexPath, SearchIndex::Mode::ReadWrite);
        if (!fresh)
            return fresh.fullError();
        current = std::shared_ptr<SearchIndex>(std::move(fresh).value());
        std::lock_guard<std::mutex> lock(m_mutex);
        m_index = current;
    }
    auto storeRevision = store.revision();
    if (!storeRevision)
        return storeRevision.fullError();
    QString fingerprint;
    if (storeRevision.value() > 0) {
        auto last = store.changesSince(storeRevision.value() - 1, 1);
        if (!last)
            return last.fullError();
        if (!last.value().isEmpty())
            fingerprint = changeFingerprint(last.value().first());
    }

    // The records to index, by (type, id). The change log names every record ever written;
    // the counts per type tell whether it still names exactly the live ones.
    std::map<std::pair<int, qint64>, bool> alive;
    {
        auto changes = store.changesSince(0, std::numeric_limits<int>::max());
        if (!changes)
            return changes.fullError();
        for (const Change &c : changes.value())
            alive[{int(c.type), c.id}] = c.operation != QLatin1String("delete");
    }
    std::vector<std::pair<RecordType, qint64>> records;
    for (const auto &[ref, isAlive] : alive) {
        if (isAlive)
            records.emplace_back(RecordType(ref.first), ref.second);
    }
    for (RecordType type : allRecordTypes()) {
        auto n = store.count(type);
        if (!n)
            return n.fullError();
        const auto inLog = std::count_if(records.begin(), records.end(), [&](const auto &r) { return r.first == type; });
        if (inLog == n.value())
            continue;
        // The log does not match (an old or foreign store): list the type itself.
        log()->warn("the change log names {} {} but the store has {}; listing them", inLog, specFor(type).word.toStdString(), n.value());
        std::erase_if(records, [&](const auto &r) { return r.first == type; });
        auto listed = store.list(type);
        if (!listed)
            return listed.fullError();
        for (const QJsonObject &record : listed.value()) {
            auto id = store.idOf(type, record.value(QLatin1String("key")).toString());
            if (!id)
                return id.fullError();
            if (id.value())
                records.emplace_back(type, *id.value());
        }
    }
    const qint64 total = qint64(records.size());
    // Both cores for a big store; one for a small one, where merging shards costs more than it saves.
    const int workers = total < 2000 ? 1 : int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));

    SearchIndex::Producer produce = [&](int worker, int nworkers, const SearchIndex::RecordSink &sink) -> Status {
        // Each worker reads through a connection of its own.
        std::unique_ptr<Store> own;
        const Store *reader = &store;
        if (worker > 0) {
            auto opened = Store::open(m_storePath, Store::Mode::ReadOnly);
            if (!opened)
                return Status(opened.fullError());
            own = std::move(opened).value();
            reader = own.get();
        }
        StoreLookup lookup(*reader);
        for (std::size_t i = std::size_t(worker); i < records.size(); i += std::size_t(nworkers)) {
            auto update = recordUpdate(*reader, lookup, records[i].first, records[i].second);
            if (!update) {
                QString why = update.error();
                if (why.endsWith(QLatin1Char('.')))
                    why.chop(1);
                return Status::failure(why + QStringLiteral("; the old search index was kept."), ErrorKind::Unavailable);
            }
            if (Status s = sink(std::move(update).value()); !s)
                return s;
        }
        return {};
    };
    std::function<bool(qint64)> onProgress;
    if (progress)
        onProgress = [&](qint64 done) { return progress(done, total); };
    if (Status s = current->rebuild(produce, workers, storeRevision.value(), fingerprint, onProgress); !s)
        return s.fullError();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_problem.clear();
    return total;
}

QStringList IndexKeeper::drift(const Store &store, qint64 &indexRevision, qint64 &indexDocuments)
{
    QStringList problems;
    if (Status s = awaitCatchUp(); !s) {
        QString why = s.error();
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        problems.append(QStringLiteral("The search index did not take in a batch of writes (%1); the next open for writing replays them.").arg(why));
    }
    const QString fix = m_writable ? QStringLiteral("run \"citykb-cli reindex\"")
                                   : QStringLiteral("open the KB for writing or run \"citykb-cli reindex\"");
    indexRevision = -1;
    indexDocuments = 0;
    qint64 storeRevision = 0;
    if (auto r = store.revision())
        storeRevision = r.value();
    for (const QString &leftover : SearchIndex::leftovers(m_indexPath))
        problems.append(QStringLiteral("%1 is left over from an interrupted rebuild or repair of the search index; %2 removes it.")
                            .arg(leftover, m_writable ? QStringLiteral("opening the KB for writing") : QStringLiteral("the next open for writing")));
    if (const QString kept = SearchIndex::keptDamagedCopy(m_indexPath); !kept.isEmpty())
        problems.append(QStringLiteral("A damaged copy of the search index is kept at %1 for diagnosis; delete it when it is no "
                                       "longer needed.")
                            .arg(kept));
    QString why;
    if (QFileInfo::exists(m_indexPath) && SearchIndex::looksDamaged(m_indexPath, &why, SearchIndex::Depth::Thorough)) {
        problems.append(QStringLiteral("The search index is damaged (%1); %2.").arg(why, fix));
        return problems;
    }
    auto current = index();
    if (!current) {
        // The problem is a sentence of its own.
        problems.append(problem().isEmpty() ? QStringLiteral("The KB has no search index; %1.").arg(fix) : problem());
        return problems;
    }
    auto info = current->info();
    if (!info) {
        problems.append(info.error());
        return problems;
    }
    if (!info.value().exists) {
        problems.append(QStringLiteral("The KB has no search index; %1.").arg(fix));
        return problems;
    }
    indexRevision = info.value().revision;
    indexDocuments = info.value().documents;
    if (indexRevision < storeRevision)
        problems.append(QStringLiteral("The search index is %1 change(s) behind the store (revision %2 of %3); %4.")
                            .arg(storeRevision - indexRevision).arg(indexRevision).arg(storeRevision).arg(fix));
    else if (indexRevision > storeRevision)
        problems.append(QStringLiteral("The search index is ahead of the store (revision %1 of %2): it was built from "
                                       "another store; %3.")
                            .arg(indexRevision).arg(storeRevision).arg(fix));
    else if (indexRevision > 0) {
        auto state = current->state();
        auto last = store.changesSince(indexRevision - 1, 1);
        if (state && last && (last.value().isEmpty() || changeFingerprint(last.value().first()) != state.value().lastChange))
            problems.append(QStringLiteral("The search index was built from another history of the store; %1.").arg(fix));
    }
    if (indexRevision != storeRevision)
        return problems; // the counts differ by the lag; no need to list them
    for (const auto &[type, inIndex] : info.value().records) {
        auto n = store.count(type);
        if (n && n.value() != inIndex)
            problems.append(QStringLiteral("The search index has %1 %2, the store %3; %4.")
                                .arg(inIndex).arg(specFor(type).word).arg(n.value()).arg(fix));
    }
    return problems;
}

Result<SearchResults> IndexKeeper::search(const Store &reader, const SearchQuery &query)
{
    auto current = index();
    if (!current)
        return unavailable().fullError();
    auto results = current->search(query, fetcherFor(reader));
    if (!results)
        return results;
    if (auto revision = reader.revision(); revision && revision.value() > results.value().indexRevision)
        results.value().notices.append(
            QStringLiteral("The search index is %1 change(s) behind the store; the latest edits may be missing until the KB "
                           "is opened for writing or reindexed.")
                .arg(revision.value() - results.value().indexRevision));
    return results;
}

Result<SearchResults> IndexKeeper::similar(const Store &reader, RecordType type, qint64 id, std::optional<RecordType> onlyType,
                                           int limit)
{
    auto current = index();
    if (!current)
        return unavailable().fullError();
    return current->similar(type, id, onlyType, limit, fetcherFor(reader));
}

Result<IndexInfo> IndexKeeper::info()
{
    auto current = index();
    if (!current)
        return unavailable().fullError();
    return current->info();
}

qint64 IndexKeeper::revision()
{
    auto current = index();
    if (!current || !current->exists())
        return -1;
    auto state = current->state();
    return state ? state.value().revision : -1;
}

void IndexKeeper::releaseThreadReader()
{
    if (auto current = index())
        current->releaseThreadReader();
}

} // namespace citykb
