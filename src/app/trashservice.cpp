#include "trashservice.h"

#include "knowledgebase.h"

namespace citykb {

Result<QList<TrashEntry>> TrashService::list()
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    return reader.value()->trash();
}

Result<QJsonObject> TrashService::record(RecordType type, const QString &key)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto found = reader.value()->trashedRecord(type, key);
    if (!found)
        return found.fullError();
    if (!found.value())
        return Result<QJsonObject>::failure(QStringLiteral("There is no %1 \"%2\" in the trash.").arg(specFor(type).singular, key.left(80)),
                                            ErrorKind::NotFound);
    return found.value()->second;
}

Result<RestoreOutcome> TrashService::restore(RecordType type, const QString &key)
{
    RestoreOutcome outcome;
    auto written = m_kb.write([&](Store &store) {
        auto restored = store.restoreFromTrash(type, key);
        if (restored)
            outcome = restored.value();
        return Status::from(restored);
    });
    if (!written)
        return written.fullError();
    return outcome;
}

Result<qint64> TrashService::empty()
{
    qint64 n = 0;
    auto written = m_kb.write([&](Store &store) {
        auto emptied = store.emptyTrash();
        if (emptied)
            n = emptied.value();
        return Status::from(emptied);
    });
    if (!written)
        return written.fullError();
    return n;
}

} // namespace citykb
