#pragma once

#include "search/searchtypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace citykb {

// What one Xapian document is made of, built from a record without any Xapian type, so that
// it can be tested and built on any thread. The index turns it into terms and values.
struct IndexEntry : HitIdentity
{
    struct Text
    {
        QString text;
        int weight = 1;  // wdf increment: titles and acronyms weigh more than bodies
    };

    QString language;          // ISO 639-1; picks the stemmer
    QList<Text> texts;         // free text, with positions
    QString titleText;         // also indexed with the title: prefix
    QString snippetText;       // the body a snippet is cut from (not stored in the index)
    // facet field → values (keys, codes, years): boolean filter terms and facet counts
    QList<std::pair<QString, QString>> facets;
    std::optional<int> startYear;
    std::optional<int> endYear;
    QString date;              // YYYY-MM-DD, YYYY-MM or YYYY
    std::optional<double> population;
};

// What an index learns besides documents: names and synonyms of facet values, so that
// "network:ERRIN", "city:The Hague" and "social action" resolve.
struct IndexVocabulary
{
    QList<std::pair<QString, QString>> aliases; // "network:european-regions-research-and-innovation-network" → key
    QList<std::pair<QString, QString>> labels;  // "network:errin" → "ERRIN"
    QStringList synonyms;                       // phrases that mean the same (empty: none)
    QString synonymFacet;                       // "theme:people-helping-people": records tagged with the idea
};

// Looks up other records while building entries (names of cities, themes, networks; the text
// of a questionnaire's questions). Returns nothing when the record is unknown.
using RecordLookup = std::function<std::optional<QJsonObject>(RecordType type, const QString &key)>;

// The Xapian documents of one record: the record itself, plus one per document section and
// one per response answer. `lookup` may be empty (no names of referenced records).
QList<IndexEntry> buildIndexEntries(RecordType type, qint64 id, const QJsonObject &record, const RecordLookup &lookup);
IndexVocabulary buildVocabulary(RecordType type, const QJsonObject &record);

// The lowercase slug of a name, as record keys are made: "The Hague" → "the-hague".
QString slugOf(const QString &text);

// The facet field of a taxonomy vocabulary ("target_group" → "target-group"), or empty.
QString facetFieldOfVocabulary(const QString &vocabulary);

} // namespace citykb
