#pragma once

#include "core/recordspec.h"

#include <QCoreApplication>
#include <QString>

namespace citykb {

// Readable, translated words for the names the code uses: spec fields, record types and
// facet fields, as the models show them in headers, chips and "where it comes from" lines.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    // "start_year" → "Start year", "eu_policy" → "EU policy", translated.
    static QString field(const QString &fieldName);
    // Whether field() has a translatable word for the field (every field of the specs should).
    static bool knowsField(const QString &fieldName);
    // RecordType::WorkingGroup → "Working group"
    static QString recordType(RecordType type);
    // RecordType::WorkingGroup → "Working groups" as a heading, "working groups" in running text
    // ("12 working groups").
    static QString recordTypes(RecordType type, bool heading = true);
    // "target-group" → "Target group"
    static QString facetField(const QString &field);
};

} // namespace citykb
