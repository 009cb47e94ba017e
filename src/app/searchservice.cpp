#include "searchservice.h"

#include "browseservice.h"
#include "indexkeeper.h"
#include "knowledgebase.h"

namespace citykb {

Result<SearchResults> SearchService::search(const SearchQuery &query)
{
    auto store = m_kb.reader();
    if (!store)
        return store.fullError();
    return m_kb.index().search(*store.value(), query);
}

Result<SearchResults> SearchService::similar(RecordType type, const QString &idKeyOrName, int limit, bool anyType)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    auto key = resolveRecordKey(store, type, idKeyOrName);
    if (!key)
        return key.fullError();
    auto id = store.idOf(type, key.value());
    if (!id)
        return id.fullError();
    if (!id.value())
        return Result<SearchResults>::failure(QStringLiteral("There is no %1 called \"%2\".").arg(specFor(type).singular, key.value()),
                                              ErrorKind::NotFound);
    return m_kb.index().similar(store, type, *id.value(), anyType ? std::nullopt : std::optional<RecordType>(type), limit);
}

} // namespace citykb
