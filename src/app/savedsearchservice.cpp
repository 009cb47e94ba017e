#include "savedsearchservice.h"

#include "knowledgebase.h"

namespace citykb {

Result<QList<SavedSearch>> SavedSearchService::list()
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    return reader.value()->savedSearches();
}

Status SavedSearchService::save(const SavedSearch &search)
{
    return Status::from(m_kb.write([&](Store &store) { return store.saveSearch(search); }));
}

Status SavedSearchService::remove(const QString &name)
{
    return Status::from(m_kb.write([&](Store &store) { return store.removeSavedSearch(name); }));
}

} // namespace citykb
