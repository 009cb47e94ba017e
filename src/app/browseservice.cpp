#include "browseservice.h"

#include "indexkeeper.h"
#include "knowledgebase.h"

#include <QJsonArray>

namespace citykb {

Result<QString> resolveRecordKey(const Store &store, RecordType type, const QString &idKeyOrName)
{
    const QString wanted = idKeyOrName.trimmed();
    auto key = store.findKey(type, wanted);
    if (!key)
        return key.fullError();
    if (key.value())
        return *key.value();
    // Search hits name records by store id: a number that is no key or name is tried as one.
    bool numeric = false;
    const qint64 id = wanted.toLongLong(&numeric);
    if (numeric && id > 0) {
        auto record = store.getById(type, id);
        if (record)
            return record.value().value(QStringLiteral("key")).toString();
        if (record.errorKind() != ErrorKind::NotFound)
            return record.fullError();
    }
    return Result<QString>::failure(QStringLiteral("There is no %1 called \"%2\".").arg(specFor(type).singular, wanted.left(200)),
                                    ErrorKind::NotFound);
}

Result<KbStats> BrowseService::stats()
{
    auto store = m_kb.reader();
    if (!store)
        return store.fullError();
    KbStats stats;
    for (RecordType type : allRecordTypes()) {
        auto n = store.value()->count(type);
        if (!n)
            return n.fullError();
        stats.counts.append({type, n.value()});
    }
    auto revision = store.value()->revision();
    if (!revision)
        return revision.fullError();
    stats.storeRevision = revision.value();
    stats.schemaVersion = store.value()->schemaVersion();
    stats.indexRevision = m_kb.index().revision();
    return stats;
}

Result<RecordPage> BrowseService::page(RecordType type, const PageQuery &query)
{
    auto store = m_kb.reader();
    if (!store)
        return store.fullError();
    return store.value()->listPage(type, query);
}

Result<QList<QJsonObject>> BrowseService::records(RecordType type, const QList<Filter> &filters)
{
    auto store = m_kb.reader();
    if (!store)
        return store.fullError();
    return store.value()->list(type, filters);
}

Result<QString> BrowseService::resolveKey(RecordType type, const QString &idKeyOrName)
{
    auto store = m_kb.reader();
    if (!store)
        return store.fullError();
    return resolveRecordKey(*store.value(), type, idKeyOrName);
}

Result<QJsonObject> BrowseService::show(RecordType type, const QString &idKeyOrName)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    auto key = resolveRecordKey(store, type, idKeyOrName);
    if (!key)
        return key.fullError();
    auto record = store.get(type, key.value());
    if (!record)
        return record;
    auto id = store.idOf(type, key.value());
    if (!id || !id.value())
        return Result<QJsonObject>::failure(QStringLiteral("The %1 \"%2\" vanished while reading it.").arg(specFor(type).singular, key.value()));
    auto backlinks = store.referencesTo(type, *id.value());
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
    result.insert(QStringLiteral("id"), *id.value());
    result.insert(QStringLiteral("links"), links);
    return result;
}

} // namespace citykb
