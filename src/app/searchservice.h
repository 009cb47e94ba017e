#pragma once

#include "core/result.h"
#include "search/searchtypes.h"

namespace citykb {

class KnowledgeBase;

// Full-text search and "more like this" (docs/search.md). Safe on any thread, also while the
// session writes or rebuilds the index: each thread reads through its own index reader and
// store connection.
//
// On a KB opened read-only the index may lag the store (after a crash, until the next open for
// writing); the results then carry a notice saying so.
class SearchService
{
public:
    explicit SearchService(KnowledgeBase &kb) : m_kb(kb) {}

    Result<SearchResults> search(const SearchQuery &query);
    // Records of the same type (or any type) like the one known by id, key or name.
    Result<SearchResults> similar(RecordType type, const QString &idKeyOrName, int limit = 10, bool anyType = false);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
