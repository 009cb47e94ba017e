#include "editservice.h"

#include "browseservice.h"
#include "knowledgebase.h"

namespace citykb {

namespace {

Result<SavedRecord> savedRecord(const Store &store, RecordType type, const QString &key)
{
    auto record = store.get(type, key);
    if (!record)
        return record.fullError();
    return SavedRecord{key, record.value().value(QStringLiteral("revision")).toInteger()};
}

} // namespace

Result<SavedRecord> EditService::create(RecordType type, const QJsonObject &record)
{
    const QString key = record.value(QStringLiteral("key")).toString();
    auto written = m_kb.write([&](Store &store) { return Status::from(store.create(type, record)); });
    if (!written)
        return written.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    return savedRecord(*reader.value(), type, key);
}

Result<SavedRecord> EditService::update(RecordType type, const QString &idKeyOrName, const QJsonObject &record,
                                        std::optional<qint64> expectedRevision)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return key.fullError();
    auto written = m_kb.write([&](Store &store) { return store.update(type, key.value(), record, expectedRevision); });
    if (!written)
        return written.fullError();
    return savedRecord(*reader.value(), type, record.value(QStringLiteral("key")).toString(key.value()));
}

Status EditService::remove(RecordType type, const QString &idKeyOrName, bool cascade)
{
    auto reader = m_kb.reader();
    if (!reader)
        return Status(reader.fullError());
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return Status(key.fullError());
    return Status::from(m_kb.write([&](Store &store) { return store.remove(type, key.value(), cascade); }));
}

} // namespace citykb
