#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QList>
#include <QStringList>

namespace citykb {

class KnowledgeBase;

// Bringing records in from files: CityKB bundles today; documents and questionnaire
// transcripts join here (docs/architecture.md). Belongs to the session's thread.
class ImportService
{
public:
    explicit ImportService(KnowledgeBase &kb) : m_kb(kb) {}

    // Imports the files in one write: all of them, or nothing when any one is bad. Records in
    // one file may refer to records in another, in any order. One summary per file.
    Result<QList<ImportSummary>> importFiles(const QStringList &files);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
