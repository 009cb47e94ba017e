#pragma once

#include "core/result.h"

#include <QString>

namespace citykb {

class KnowledgeBase;

// Writing the KB out: the whole KB as a bundle today; briefings join with their own service.
// Safe on any thread (it only reads).
class ExportService
{
public:
    explicit ExportService(KnowledgeBase &kb) : m_kb(kb) {}

    // Personal data (people's e-mail addresses and phone numbers) stays out unless asked for;
    // a bundle with it left out says so and never overwrites on import.
    enum class PersonalData { Leave, Include };
    Status exportBundle(const QString &file, PersonalData personalData = PersonalData::Leave);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
