#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

class Store;

// A document's link to a record it mentions (docs/data-model.md, documents: `mentions`).
struct Mention
{
    enum class Origin {
        Found,   // found in the text by linking
        Added,   // made by a curator
        Removed, // a found link a curator took away: linking again does not bring it back
    };

    RecordType type = RecordType::Network;
    QString key;
    int section = 0; // from 1; 0: the document as a whole (a curator's link)
    int offset = -1; // UTF-16 code units into the section's text; -1: no place
    Origin origin = Origin::Found;

    bool isLink() const { return origin != Origin::Removed; }
    bool sameTarget(const Mention &other) const { return type == other.type && key == other.key; }
    QJsonObject toJson() const;
    // Nothing for an object that is not a mention (validateRecord has checked stored ones).
    static std::optional<Mention> fromJson(const QJsonObject &object);
};

// The record types a document links to by mention.
const QList<RecordType> &mentionTypes();

// The mentions of a document record, and back.
QList<Mention> mentionsOf(const QJsonObject &document);
QJsonArray mentionsToJson(const QList<Mention> &mentions);
// How many records a document links to (a record mentioned in many sections counts once).
int linkCount(const QList<Mention> &mentions);

// Finds where texts name the KB's networks (by name or acronym), cities, working groups and
// practices. Names are compared word by word, at word boundaries, across line breaks and short
// punctuation ("Two-for-One", "Two for One"). Case: a word written in capitals or with a capital
// inside ("EUKN", "SIC", "ENoLL") must appear exactly so, so that the Latin "sic" is not the
// Social Innovation Community; a capitalised word must appear capitalised ("Supporting People"
// is not "supporting people"); other words match in any case. At each place the longest name
// wins. Built once for a run of documents; reading is const and thread-safe.
class MentionFinder
{
public:
    struct Target
    {
        RecordType type = RecordType::Network;
        QString key;
        QStringList names;
    };

    MentionFinder() = default;
    explicit MentionFinder(const QList<Target> &targets);
    // The names of every network, city, working group and practice in the store.
    static Result<MentionFinder> fromStore(const Store &store);

    // The mentions in a document's section texts: one per record and section, at its first place.
    QList<Mention> find(const QStringList &sectionTexts) const;
    // Linking again: `found` replaces the found links of `current`; links a curator added stay,
    // and records a curator unlinked stay unlinked.
    static QList<Mention> merge(const QList<Mention> &current, const QList<Mention> &found);

private:
    enum class Case { Exact, Capital, Any };
    struct Word
    {
        QString text;  // as written in the name
        Case match = Case::Any;
    };
    struct Name
    {
        QList<Word> words;
        int target = 0;
    };

    QList<Target> m_targets;
    QList<Name> m_names;
    QHash<size_t, QList<int>> m_byFirstWord; // a caseless hash of the first word → names
};

} // namespace citykb
