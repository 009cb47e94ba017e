#pragma once

#include "core/recordspec.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace citykb {

// A facet filter: a facet field ("city", "network", "theme", "year", ...) and the value it
// must have (a key, a name, an acronym, or for "year" a year or a range "2011..2013").
struct FacetFilter
{
    QString field;
    QString value;
};

struct SearchQuery
{
    QString text;                    // what the user typed, in the query language of docs/search.md
    std::optional<RecordType> type;  // only records of this type
    QList<FacetFilter> facets;       // AND across fields, OR within a field
    int offset = 0;
    int limit = 20;
    bool partial = false;            // the last word is still being typed: match it as a prefix
    bool snippets = true;
    bool facetCounts = true;
    bool autoCorrect = true;         // search the spelling correction when a word is unknown
    QString highlightStart = QStringLiteral("<b>");
    QString highlightEnd = QStringLiteral("</b>");
};

// Which part of a record a hit is: the record itself, one section of a document, one answer
// of a response (an interview).
enum class HitPart { Record, Section, Answer };

// Which record, and which part of it, a Xapian document stands for: what a hit shows
// without reading the store.
struct HitIdentity
{
    RecordType type = RecordType::Practice;
    qint64 id = 0;
    QString key;
    QString title;
    HitPart part = HitPart::Record;
    int partNumber = 0; // the question number of an answer, the index of a section
    QString context;   // "Question 3: Does your organisation ..." or "Section 2.9 ... (page 12)"
};

struct SearchHit : HitIdentity
{
    double score = 0;
    int percent = 0;
    QString snippet;   // HTML-escaped text with the matches between the highlight marks
};

struct FacetCount
{
    QString value; // the key (or year, status, country code)
    QString label; // a readable name when the index knows one
    qint64 count = 0;
};

struct SearchResults
{
    qint64 total = 0;          // Xapian's estimate of the matching records
    bool totalExact = false;
    QList<SearchHit> hits;
    // facet field ("city", "theme", ...) → values by falling count
    QList<std::pair<QString, QList<FacetCount>>> facets;
    QString suggestion;        // "did you mean": the corrected query, empty when none
    bool corrected = false;    // the results are those of `suggestion`, the query found nothing as typed
    QString searchedFor;       // the query text that was run
    QStringList notices;       // one sentence each: syntax retried as words, unknown facet value, lag ...
    qint64 indexRevision = 0;  // the store revision the index has applied
};

// What `check` and `stats` learn about the index.
struct IndexInfo
{
    bool exists = false;
    qint64 revision = 0;
    qint64 documents = 0;            // Xapian documents: records, sections, answers
    QList<std::pair<RecordType, qint64>> records; // records of each type in the index
    QString path;
};

// The facet fields of the query language, in display order.
QStringList facetFields();

} // namespace citykb
