#pragma once

#include "app/mentionfinder.h"
#include "core/recordspec.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace citykb {

class KnowledgeBase;

// A document's links to the networks, cities, working groups and practices it mentions
// (docs/data-model.md, documents: `mentions`): linking all documents again after new records
// arrive, and a curator's links made or taken away by hand. Every change is one write through
// the session's write path, so the index, the change stream and the record history follow.
// Belongs to the session's thread.
class DocumentLinkService
{
public:
    explicit DocumentLinkService(KnowledgeBase &kb) : m_kb(kb) {}

    struct RelinkSummary
    {
        int documents = 0; // documents looked at
        int changed = 0;   // documents whose links changed
        int links = 0;     // records linked, summed over the documents, afterwards
    };
    // Finds the mentions in every document again, in one write. Links a curator added stay;
    // records a curator unlinked stay unlinked.
    Result<RelinkSummary> relink();

    // The links of the document known by id, key or title (removed ones included, marked).
    Result<QList<Mention>> mentions(const QString &document);
    // Links the document to the record `target` (key, name or id) by hand; `section` (from 1)
    // says where, 0 the document as a whole. A record unlinked by hand before is linked again.
    Status addLink(const QString &document, RecordType type, const QString &target, int section = 0);
    // Takes away every link of the document to `target`; linking again does not bring back one
    // that was found in the text.
    Status removeLink(const QString &document, RecordType type, const QString &target);

private:
    Status changeLinks(const QString &document, RecordType type, const QString &target,
                       const std::function<Status(QList<Mention> &links, const QString &key, const QJsonObject &record)> &change);

    KnowledgeBase &m_kb;
};

} // namespace citykb
