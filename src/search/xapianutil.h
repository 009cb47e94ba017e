#pragma once

// Private to src/search: the only header besides the .cpp files that includes <xapian.h>.

#include "search/indexentry.h"

#include <xapian.h>

#include <QString>

#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace citykb::xapianutil {

// Value slots.
enum Slot : Xapian::valueno {
    SlotFacets = 0,     // the facet terms of the document, '\0'-separated (for facet counts)
    SlotRecord = 1,     // "singular:id": collapses a record's documents into one hit
    SlotStartYear = 2,  // sortable_serialise
    SlotEndYear = 3,
    SlotDate = 4,       // YYYY-MM-DD text
    SlotPopulation = 5, // sortable_serialise
    // What a hit shows without reading the store (HitIdentity). A value, not the document data:
    // Xapian compresses document data with zlib, which cost a quarter of a reindex.
    SlotHitData = 6,
};

// Boolean term prefixes.
inline const char *const PrefixId = "Q";       // one per Xapian document: "Qpractice:12", "Qresponse:3:a7"
inline const char *const PrefixRecord = "XR";  // every document of a record: "XRpractice:12"
inline const char *const PrefixMain = "XA";    // the record's own document: "XApractice"
inline const char *const PrefixType = "XT";
inline const char *const PrefixTitle = "S";    // title: field

// The prefix of a facet field ("city" → "XC"), or nullptr.
const char *facetPrefix(const QString &field);
// The facet field of a two-letter facet prefix, or empty.
QString facetFieldOfPrefix(const std::string &prefix);

std::string utf8(const QString &s);
QString fromUtf8(const std::string &s);

// prefix + value; a term longer than Xapian's 245-byte limit keeps a readable start and a hash.
std::string makeTerm(const char *prefix, const QString &value);
std::string makeTerm(const char *prefix, const std::string &value);

std::string idTerm(const IndexEntry &entry);
std::string recordTerm(RecordType type, qint64 id);
std::string recordValue(RecordType type, qint64 id);

// The stemmer for an ISO 639-1 language code (English when empty or unknown).
Xapian::Stem stemmerFor(const QString &language);
// The language code (lower case) when Xapian stems it and it is not English, else empty: the
// languages besides English that queries are stemmed in too.
QString otherStemLanguage(const QString &language);
const Xapian::SimpleStopper &englishStopper();

// Turns IndexEntries into Xapian documents. One per thread: it owns a TermGenerator.
class DocumentMaker
{
public:
    DocumentMaker();
    Xapian::Document make(const IndexEntry &entry);

private:
    Xapian::TermGenerator m_generator;
    std::map<QString, Xapian::Stem> m_stemmers;
};

bool isSpellingWord(const std::string &term);
// The plain words of `doc` that belong in the spelling dictionary.
std::vector<std::string> spellingWords(const Xapian::Document &doc);

// A document made by a BackgroundMaker, with its spelling words.
struct MadeDocument
{
    Xapian::Document doc;
    std::vector<std::string> spellings;
};

// Makes the Xapian documents of a run of entries in order on a thread of its own, while the
// caller writes those made so far: term generation is about as costly as writing, so the two
// then share the machine's cores. The entries must outlive it; destroying it stops the thread.
class BackgroundMaker
{
public:
    explicit BackgroundMaker(std::vector<const IndexEntry *> entries);
    ~BackgroundMaker();
    BackgroundMaker(const BackgroundMaker &) = delete;
    BackgroundMaker &operator=(const BackgroundMaker &) = delete;

    // The document of entry `i`, once made; call it for 0, 1, 2, ... Rethrows what making it threw.
    MadeDocument take(std::size_t i);

private:
    void run(const std::stop_token &stop);

    const std::vector<const IndexEntry *> m_entries;
    std::vector<MadeDocument> m_made;
    std::mutex m_mutex;
    std::condition_variable m_madeOne;
    std::size_t m_ready = 0;          // entries [0, m_ready) are made; guarded by m_mutex
    std::exception_ptr m_failure;     // guarded by m_mutex
    std::jthread m_thread;            // last: starts after the members above exist
};

// What a hit shows without reading the store (value slot SlotHitData).
std::string encodeHitData(const HitIdentity &hit);
bool decodeHitData(const std::string &data, HitIdentity &out);

} // namespace citykb::xapianutil
