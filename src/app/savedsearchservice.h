#pragma once

#include "core/result.h"
#include "store/store.h"

namespace citykb {

class KnowledgeBase;

// Searches saved under a name, kept in the KB (not in one desk's settings), so that every
// window on the KB lists the same ones. Reads are safe on any thread; save() and remove()
// belong to the session's thread.
class SavedSearchService
{
public:
    explicit SavedSearchService(KnowledgeBase &kb) : m_kb(kb) {}

    Result<QList<SavedSearch>> list();
    // Saves `search` under its name; one of the same name is replaced.
    Status save(const SavedSearch &search);
    Status remove(const QString &name);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
