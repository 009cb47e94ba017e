#include "historyservice.h"

#include "browseservice.h"
#include "knowledgebase.h"
#include "store/store.h"

#include <QStringList>

namespace citykb {

namespace {

// A record without what the store stamps on every write.
QJsonObject withoutStamps(QJsonObject record)
{
    for (const char *stamp : {"created_at", "updated_at", "revision"})
        record.remove(QLatin1String(stamp));
    if (record.contains(QStringLiteral("answers"))) {
        QJsonArray answers = record.value(QStringLiteral("answers")).toArray();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            QJsonObject answer = it->toObject();
            answer.remove(QStringLiteral("revision"));
            *it = answer;
        }
        record.insert(QStringLiteral("answers"), answers);
    }
    return record;
}

Result<QString> operationAt(const Store &store, qint64 revision)
{
    auto change = store.changesSince(revision - 1, 1);
    if (!change)
        return change.fullError();
    if (change.value().isEmpty() || change.value().first().revision != revision)
        return QString();
    return change.value().first().operation;
}

} // namespace

QList<FieldChange> HistoryService::compare(const QJsonObject &before, const QJsonObject &after)
{
    const QJsonObject a = withoutStamps(before);
    const QJsonObject b = withoutStamps(after);
    QStringList names = a.keys();
    for (const QString &name : b.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    names.sort();
    QList<FieldChange> changes;
    for (const QString &name : names) {
        const QJsonValue x = a.value(name);
        const QJsonValue y = b.value(name);
        if (x == y)
            continue;
        FieldChange change{name, x, y, {}, {}};
        if ((x.isArray() || x.isUndefined()) && (y.isArray() || y.isUndefined())) {
            const QJsonArray xs = x.toArray();
            const QJsonArray ys = y.toArray();
            for (const QJsonValue &v : ys) {
                if (!xs.contains(v))
                    change.added.append(v);
            }
            for (const QJsonValue &v : xs) {
                if (!ys.contains(v))
                    change.removed.append(v);
            }
        }
        changes.append(change);
    }
    return changes;
}

Result<RecordHistory> HistoryService::history(RecordType type, const QString &idKeyOrName)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    const RecordSpec &spec = specFor(type);
    RecordHistory history;
    history.type = type;
    std::optional<HistoryVersion> last;
    auto key = resolveRecordKey(store, type, idKeyOrName);
    if (key) {
        auto id = store.idOf(type, key.value());
        if (!id)
            return id.fullError();
        auto record = store.get(type, key.value());
        if (!record)
            return record.fullError();
        if (!id.value())
            return Result<RecordHistory>::failure(QStringLiteral("The %1 \"%2\" vanished while reading it.").arg(spec.singular, key.value()));
        history.id = *id.value();
        history.key = key.value();
        const qint64 revision = record.value().value(QStringLiteral("revision")).toInteger();
        auto operation = operationAt(store, revision);
        if (!operation)
            return operation.fullError();
        last = HistoryVersion{revision, record.value().value(QStringLiteral("updated_at")).toString(), operation.value(), true,
                              record.value(), {}};
    } else if (key.errorKind() == ErrorKind::NotFound) {
        auto trashed = store.trashedRecord(type, idKeyOrName.trimmed());
        if (!trashed)
            return trashed.fullError();
        if (!trashed.value())
            return key.fullError();
        const TrashEntry &entry = trashed.value()->first;
        history.id = entry.id;
        history.key = entry.key;
        history.inTrash = true;
        history.deletedAt = entry.deletedAt;
        const QJsonObject &record = trashed.value()->second;
        const qint64 revision = record.value(QStringLiteral("revision")).toInteger();
        auto operation = operationAt(store, revision);
        if (!operation)
            return operation.fullError();
        last = HistoryVersion{revision, record.value(QStringLiteral("updated_at")).toString(), operation.value(), true, record, {}};
    } else {
        return key.fullError();
    }
    auto versions = store.versions(type, history.id);
    if (!versions)
        return versions.fullError();
    for (const RecordVersion &v : versions.value()) {
        // A deleted record's last state is kept as a version as well as in the trash.
        if (history.inTrash && v.revision == last->revision)
            continue;
        history.versions.append(HistoryVersion{v.revision, v.savedAt, v.operation, false, v.record, {}});
    }
    history.versions.append(*last);
    for (qsizetype i = 1; i < history.versions.size(); ++i)
        history.versions[i].changes = compare(history.versions.at(i - 1).record, history.versions.at(i).record);
    history.title = last->record.value(spec.titleField).toString();
    return history;
}

namespace {

Result<HistoryVersion> versionAt(const RecordHistory &history, qint64 revision)
{
    QStringList revisions;
    for (const HistoryVersion &v : history.versions) {
        if (v.revision == revision)
            return v;
        revisions.append(QString::number(v.revision));
    }
    return Result<HistoryVersion>::failure(QStringLiteral("The %1 \"%2\" has no version of revision %3; its versions are %4.")
                                               .arg(specFor(history.type).singular, history.key)
                                               .arg(revision)
                                               .arg(revisions.join(QStringLiteral(", "))),
                                           ErrorKind::NotFound);
}

} // namespace

Result<QList<FieldChange>> HistoryService::diff(RecordType type, const QString &idKeyOrName, qint64 fromRevision, qint64 toRevision)
{
    auto h = history(type, idKeyOrName);
    if (!h)
        return h.fullError();
    auto from = versionAt(h.value(), fromRevision);
    if (!from)
        return from.fullError();
    auto to = versionAt(h.value(), toRevision);
    if (!to)
        return to.fullError();
    return compare(from.value().record, to.value().record);
}

Result<SavedRecord> HistoryService::revert(RecordType type, const QString &idKeyOrName, qint64 revision,
                                           std::optional<qint64> expectedRevision)
{
    using R = Result<SavedRecord>;
    auto h = history(type, idKeyOrName);
    if (!h)
        return h.fullError();
    const QString where = QStringLiteral("The %1 \"%2\"").arg(specFor(type).singular, h.value().key);
    if (h.value().inTrash)
        return R::failure(QStringLiteral("%1 is in the trash; restore it before going back to an earlier version.").arg(where));
    auto version = versionAt(h.value(), revision);
    if (!version)
        return version.fullError();
    if (version.value().current)
        return R::failure(QStringLiteral("%1 is at revision %2 already.").arg(where).arg(revision));
    return EditService(m_kb).update(type, h.value().key, withoutStamps(version.value().record), expectedRevision);
}

} // namespace citykb
