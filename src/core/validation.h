#pragma once

#include "recordspec.h"
#include "result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace citykb {

// Longest text a single field may hold; a longer one is refused, never cut.
inline constexpr qsizetype maxFieldLength = 4 * 1024 * 1024;

// Years, and the years of dates, outside this range are typing mistakes.
inline constexpr int earliestYear = 1000;
inline constexpr int latestYear = 2200;

bool isValidKey(const QString &key);

// A key made from a name: "Co-operative Oldham Fund (COF)" → "co-operative-oldham-fund-cof".
QString keyFromName(const QString &name);

// An officially assigned ISO 3166-1 alpha-2 code ("GB", "NL"; not "UK", "EL" or "gb").
bool isCountryCode(const QString &code);

// A date of the data model: "2018", "2018-02" or "2018-02-12", a real day between
// earliestYear and latestYear.
bool isPartialDate(const QString &text);

// A record's created_at/updated_at: ISO 8601 with seconds and a zone, "2026-11-21T23:41:49Z".
bool isTimestamp(const QString &text);

// Text safe to quote in a message: at most `max` characters, with control characters, NULs
// and broken surrogates replaced by U+FFFD and never a surrogate pair cut in half.
QString printable(const QString &text, qsizetype max = 80);

// Checks a record's JSON against its type's spec: known fields only, the right JSON types,
// required fields present and not blank, allowed values, dates, country codes, counts and
// years in range, the shape of nested lists (sources, fees, respondents, ...), text without
// NULs, control characters or broken surrogates, a valid key, and what must hold inside one
// record (a question number used once, a question answered once, a membership of exactly one
// network or working group). References to other records are checked by validateLinks and
// the store. Messages name the record and the field, in one sentence.
Status validateRecord(RecordType type, const QJsonObject &record);

// What the checks across records need to know about records other than the one checked.
// A writer answers from the records it is about to write and, for the rest, from the store.
struct LinkLookup
{
    std::function<Result<bool>(RecordType type, const QString &key)> exists;
    // The vocabulary of taxonomy term `key`; nothing when there is no such term.
    std::function<Result<std::optional<QString>>(const QString &key)> termVocabulary;
    // The question numbers of questionnaire `key`; nothing when there is no such questionnaire.
    std::function<Result<std::optional<QSet<qint64>>>(const QString &key)> questionNumbers;
};

// Checks what a record says about others, for a record validateRecord accepted: taxonomy keys
// of the list's vocabulary (a `themes` entry is a theme term), cited documents and
// respondents' people that exist, answers to questions the questionnaire has. References
// that do not resolve at all are left to the store, which reports them.
Status validateLinks(RecordType type, const QJsonObject &record, const LinkLookup &lookup);

// "practice \"bologna-6-plus\"" for messages.
QString describeRecord(RecordType type, const QJsonObject &record);

} // namespace citykb
