#include "searchindex.h"

#include "xapianutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace citykb {

using namespace xapianutil;

namespace {

// The "search" logger that the app's logging sets up (stderr and the KB's log file).
std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("search");
    return logger ? logger : spdlog::default_logger();
}

const char *const MetaFormat = "citykb:format";
const char *const MetaRevision = "citykb:revision";
const char *const MetaLastChange = "citykb:last-change";
const std::string MetaSynonymPrefix = "syn:";
const std::string MetaAliasPrefix = "alias:";
const std::string MetaLabelPrefix = "label:";
constexpr int IndexFormat = 2;
constexpr int MaxQueryChars = 2000;
constexpr int MaxQueryWords = 64;

QString xapianMessage(const Xapian::Error &e)
{
    return QStringLiteral("%1: %2").arg(QString::fromStdString(e.get_type()), fromUtf8(e.get_msg()));
}

// Counts facet values over the matching documents, once per record.
class FacetSpy : public Xapian::MatchSpy
{
public:
    void operator()(const Xapian::Document &doc, double) override
    {
        if (!m_seen.insert(doc.get_value(SlotRecord)).second)
            return;
        const std::string list = doc.get_value(SlotFacets);
        std::size_t start = 0;
        while (start < list.size()) {
            std::size_t end = list.find('\0', start);
            if (end == std::string::npos)
                end = list.size();
            ++m_counts[list.substr(start, end - start)];
            start = end + 1;
        }
    }
    const std::unordered_map<std::string, Xapian::doccount> &counts() const { return m_counts; }

private:
    std::unordered_set<std::string> m_seen;
    std::unordered_map<std::string, Xapian::doccount> m_counts;
};

// Terms worth expanding for "more like this": words and stems, not filters or ids.
class WordDecider : public Xapian::ExpandDecider
{
public:
    bool operator()(const std::string &term) const override
    {
        if (term.empty())
            return false;
        const unsigned char c = static_cast<unsigned char>(term[0]);
        if (c == 'Z')
            return term.size() > 3;
        return (c >= 'a' && c <= 'z') || c >= 0x80;
    }
};

QString normaliseField(QString field)
{
    field = field.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QHash<QString, QString> aliases{
        {QStringLiteral("types"), QStringLiteral("type")},
        {QStringLiteral("networks"), QStringLiteral("network")},
        {QStringLiteral("working-groups"), QStringLiteral("working-group")},
        {QStringLiteral("workinggroup"), QStringLiteral("working-group")},
        {QStringLiteral("wg"), QStringLiteral("working-group")},
        {QStringLiteral("group"), QStringLiteral("working-group")},
        {QStringLiteral("cities"), QStringLiteral("city")},
        {QStringLiteral("countries"), QStringLiteral("country")},
        {QStringLiteral("themes"), QStringLiteral("theme")},
        {QStringLiteral("target-groups"), QStringLiteral("target-group")},
        {QStringLiteral("targetgroup"), QStringLiteral("target-group")},
        {QStringLiteral("success-factors"), QStringLiteral("success-factor")},
        {QStringLiteral("successfactor"), QStringLiteral("success-factor")},
        {QStringLiteral("instruments"), QStringLiteral("instrument")},
        {QStringLiteral("years"), QStringLiteral("year")},
    };
    return aliases.value(field, field);
}

// Lowercase words of a text, as the synonym table compares them.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

struct ParsedFilter
{
    QString field;
    QString value;
    bool negated = false;
    QString original; // as typed, for the suggestion
};

// Splits field queries for facets (city:Bologna, -type:event, year:2011..2013,
// network:"Cities of Service") out of the text; other words stay.
QString extractFilters(const QString &text, QList<ParsedFilter> &filters)
{
    static const QRegularExpression field(
        QStringLiteral("(^|[\\s(])([-+]?)([A-Za-z][A-Za-z_-]*):(?:\"([^\"]*)\"?|([^\\s)]+))"));
    QString rest;
    qsizetype last = 0;
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = normaliseField(m.captured(3));
        if (!facetFields().contains(name))
            continue;
        const QString value = m.hasCaptured(4) && m.capturedStart(4) >= 0 ? m.captured(4) : m.captured(5);
        rest += text.mid(last, m.capturedStart(0) - last) + m.captured(1) + QLatin1Char(' ');
        last = m.capturedEnd(0);
        filters.append({name, value.trimmed(), m.captured(2) == QLatin1String("-"), m.captured(0).trimmed()});
    }
    rest += text.mid(last);
    return rest;
}

// Control characters, lone surrogates and U+FFFD (what undecodable input becomes) are spaces.
QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control
                   || c.category() == QChar::Other_Format) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

bool hasExplicitOperators(const QString &text)
{
    static const QRegularExpression ops(QStringLiteral("(^|\\s)[+-]\\S|\\b(AND|OR|NOT|XOR|NEAR|ADJ)\\b|[()]"));
    return ops.match(text).hasMatch();
}

QString plainWords(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    // Words that are only operators would be read as operators again.
    QStringList kept;
    for (const QString &w : out.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        static const QStringList ops{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("XOR"),
                                     QStringLiteral("NEAR"), QStringLiteral("ADJ")};
        kept.append(ops.contains(w) ? w.toLower() : w);
    }
    return kept.join(QLatin1Char(' '));
}

// A synonym group as metadata: "facet=FIELD:KEY" first when the group is a taxonomy term
// that records are tagged with, then one phrase a line. Empty: no group.
std::string synonymMetadata(const IndexVocabulary &v)
{
    if (v.synonyms.size() < 2)
        return {};
    QString text;
    if (!v.synonymFacet.isEmpty())
        text = QStringLiteral("facet=") + v.synonymFacet + QLatin1Char('\n');
    return utf8(text + v.synonyms.join(QLatin1Char('\n')));
}

} // namespace

// ---------------------------------------------------------------------------------------------

// Each thread's view of the index.
struct Reader
{
    Xapian::Database db;
    int generation = 0;
    Xapian::Stem stem{"english"};
    Xapian::QueryParser parser;
    Xapian::rev synonymsRevision = ~Xapian::rev(0);
    QList<QStringList> synonymGroups;            // each group: phrases (lowercase words joined by ' ')
    QList<std::string> synonymFacets;            // each group's facet term ("XHpeople-helping-people"), or empty
    QHash<QString, int> synonymIndex;            // phrase → group
    int longestSynonym = 1;
    QHash<QString, QString> labels;              // "city:bologna" → "Bologna" (cache, this revision)
    Xapian::rev labelsRevision = ~Xapian::rev(0);

    explicit Reader(const std::string &path) : db(path)
    {
        parser.set_database(db);
        parser.set_stemmer(stem);
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser.set_stopper(&englishStopper());
        parser.set_default_op(Xapian::Query::OP_OR);
        parser.add_prefix("title", PrefixTitle);
        parser.add_rangeprocessor((new Xapian::NumberRangeProcessor(SlotPopulation, "population:"))->release());
        parser.set_max_expansion(50, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                                 Xapian::QueryParser::FLAG_PARTIAL | Xapian::QueryParser::FLAG_WILDCARD);
    }

    void loadSynonyms()
    {
        const Xapian::rev revision = db.get_revision();
        if (revision == synonymsRevision)
            return;
        synonymGroups.clear();
        synonymFacets.clear();
        synonymIndex.clear();
        longestSynonym = 1;
        for (auto it = db.metadata_keys_begin(MetaSynonymPrefix); it != db.metadata_keys_end(MetaSynonymPrefix); ++it) {
            const QString value = fromUtf8(db.get_metadata(*it));
            QStringList group;
            std::string facetTerm;
            for (const QString &phrase : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (phrase.startsWith(QLatin1String("facet="))) {
                    const QString spec = phrase.mid(6);
                    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
                    if (const char *prefix = facetPrefix(spec.left(colon)); prefix && colon > 0)
                        facetTerm = makeTerm(prefix, spec.mid(colon + 1));
                    continue;
                }
                const QStringList words = wordsOf(phrase);
                if (words.isEmpty())
                    continue;
                const QString normal = words.join(QLatin1Char(' '));
                if (!group.contains(normal))
                    group.append(normal);
            }
            if (group.size() < 2)
                continue;
            const int index = int(synonymGroups.size());
            synonymGroups.append(group);
            synonymFacets.append(facetTerm);
            for (const QString &phrase : group) {
                if (!synonymIndex.contains(phrase))
                    synonymIndex.insert(phrase, index);
                longestSynonym = std::max(longestSynonym, int(phrase.count(QLatin1Char(' '))) + 1);
            }
        }
        synonymsRevision = revision;
    }

    QString label(const QString &field, const QString &value)
    {
        const Xapian::rev revision = db.get_revision();
        if (revision != labelsRevision) {
            labels.clear();
            labelsRevision = revision;
        }
        const QString key = field + QLatin1Char(':') + value;
        auto it = labels.find(key);
        if (it != labels.end())
            return *it;
        const QString text = fromUtf8(db.get_metadata(MetaLabelPrefix + utf8(key)));
        labels.insert(key, text);
        return text;
    }
};

namespace {

// "Did you mean": each word the index does not know (not a common word, not an operator, not
// the word still being typed) replaced by the closest word of the KB's own vocabulary.
QString spellingCorrection(Reader &r, const QString &text, bool partial)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]{3,}"));
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("XOR"),
                                       QStringLiteral("NEAR"), QStringLiteral("ADJ")};
    QString out;
    qsizetype last = 0;
    bool changed = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured(0);
        if (operators.contains(w) || (partial && m.capturedEnd(0) == text.size()))
            continue;
        const std::string lower = utf8(w.toLower());
        // A word the index has, as typed or by its stem ("bond" for "bonds"), is not misspelt.
        if (englishStopper()(lower) || r.db.term_exists(lower) || r.db.term_exists("Z" + r.stem(lower)))
            continue;
        const std::string suggestion = r.db.get_spelling_suggestion(lower, lower.size() > 5 ? 2 : 1);
        if (suggestion.empty())
            continue;
        out += text.mid(last, m.capturedStart(0) - last) + fromUtf8(suggestion);
        last = m.capturedEnd(0);
        changed = true;
    }
    if (!changed)
        return {};
    out += text.mid(last);
    return out;
}

} // namespace

class SearchIndex::Private
{
public:
    QString dir;
    Mode mode = Mode::ReadOnly;
    std::atomic<bool> exists{false};
    std::optional<Xapian::WritableDatabase> writer;
    std::unique_ptr<DocumentMaker> maker;

    std::mutex readersMutex;
    std::unordered_map<std::thread::id, std::shared_ptr<Reader>> readers;
    std::atomic<int> generation{0};

    std::string path() const { return utf8(dir); }

    // The calling thread's reader, reopened on the latest revision (a new one when the index
    // was swapped by a rebuild or `fresh`).
    std::shared_ptr<Reader> reader(bool fresh)
    {
        std::shared_ptr<Reader> r;
        {
            std::lock_guard<std::mutex> lock(readersMutex);
            auto it = readers.find(std::this_thread::get_id());
            if (it != readers.end())
                r = it->second;
        }
        const int gen = generation.load();
        if (r && !fresh && r->generation == gen) {
            r->db.reopen();
            return r;
        }
        r = std::make_shared<Reader>(path());
        r->generation = gen;
        std::lock_guard<std::mutex> lock(readersMutex);
        readers[std::this_thread::get_id()] = r;
        return r;
    }

    // Runs `body` with this thread's reader; a database modified underneath (another process
    // or a rebuild) is reopened and the read retried.
    template<typename T, typename F>
    Result<T> withReader(const QString &what, F &&body)
    {
        if (!exists && !QFileInfo::exists(dir))
            return Result<T>::failure(QStringLiteral("The KB has no search index yet; run \"citykb-cli reindex\" to build it."),
                                      ErrorKind::Unavailable);
        exists = true;
        QString lastError;
        // A writer committing in quick succession can discard the revision being read more than
        // once; back off a little each time.
        for (int attempt = 0; attempt < 12; ++attempt) {
            if (attempt > 1)
                std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << (attempt - 2), 50)));
            try {
                std::shared_ptr<Reader> r = reader(attempt > 0);
                return body(*r);
            } catch (const Xapian::DatabaseModifiedError &e) {
                lastError = xapianMessage(e);
                log()->debug("{}: index modified while reading, reopening ({})", what.toStdString(), e.get_msg());
            } catch (const Xapian::DatabaseOpeningError &e) {
                lastError = xapianMessage(e);
                // A rebuild in another process swaps the folder; give it a moment.
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            } catch (const Xapian::Error &e) {
                log()->error("{}: {}", what.toStdString(), e.get_description());
                return Result<T>::failure(QStringLiteral("%1 failed: the search index reported %2.").arg(what, xapianMessage(e)),
                                          ErrorKind::Unavailable);
            } catch (const std::exception &e) {
                log()->error("{}: {}", what.toStdString(), e.what());
                return Result<T>::failure(QStringLiteral("%1 failed: %2.").arg(what, QString::fromLocal8Bit(e.what())),
                                          ErrorKind::Unavailable);
            }
        }
        return Result<T>::failure(QStringLiteral("%1 failed: the search index kept changing while it was read (%2); try again.")
                                      .arg(what, lastError),
                                  ErrorKind::Unavailable);
    }

    void writeVocabulary(const RecordUpdate &u)
    {
        const std::string synKey = MetaSynonymPrefix + recordValue(u.type, u.id);
        writer->set_metadata(synKey, u.removed ? std::string() : synonymMetadata(u.vocabulary));
        if (u.removed)
            return;
        for (const auto &[alias, key] : u.vocabulary.aliases)
            writer->set_metadata(makeTerm(MetaAliasPrefix.c_str(), alias), utf8(key));
        for (const auto &[name, label] : u.vocabulary.labels)
            writer->set_metadata(makeTerm(MetaLabelPrefix.c_str(), name), utf8(label));
    }

    Result<SearchResults> runSearch(Reader &r, const SearchQuery &query, const RecordFetcher &fetch);
    Result<SearchResults> runSimilar(Reader &r, RecordType type, qint64 id, std::optional<RecordType> onlyType, int limit,
                                     const RecordFetcher &fetch);
    void fillHits(Reader &r, const Xapian::MSet &mset, const SearchQuery &query, const RecordFetcher &fetch,
                  SearchResults &results);
    Result<Xapian::Query> filterQuery(Reader &r, const QList<ParsedFilter> &filters, QStringList &notices);
};

SearchIndex::SearchIndex(std::unique_ptr<Private> d) : d(std::move(d)) {}
SearchIndex::~SearchIndex()
{
    if (d->writer) {
        try {
            d->writer->close();
        } catch (const Xapian::Error &e) {
            log()->error("closing the index: {}", e.get_description());
        }
    }
}

int SearchIndex::formatVersion() { return IndexFormat; }
const QString &SearchIndex::path() const { return d->dir; }
bool SearchIndex::exists() const { return d->exists || QFileInfo::exists(d->dir); }
bool SearchIndex::isWritable() const { return d->writer.has_value(); }

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString &dir, Mode mode)
{
    using R = Result<std::unique_ptr<SearchIndex>>;
    auto p = std::make_unique<Private>();
    p->dir = dir;
    p->mode = mode;
    p->exists = QFileInfo::exists(dir);
    if (mode == Mode::ReadWrite) {
        try {
            // Leftovers of a rebuild that did not finish.
            std::error_code ignored;
            std::filesystem::remove_all(utf8(dir + QStringLiteral(".new")), ignored);
            std::filesystem::remove_all(utf8(dir + QStringLiteral(".old")), ignored);
            p->writer.emplace(p->path(), Xapian::DB_CREATE_OR_OPEN);
            p->maker = std::make_unique<DocumentMaker>();
            p->exists = true;
        } catch (const Xapian::DatabaseLockError &e) {
            return R::failure(QStringLiteral("The search index at %1 is in use by another process.").arg(dir), ErrorKind::Unavailable);
        } catch (const Xapian::Error &e) {
            log()->error("opening the index {}: {}", dir.toStdString(), e.get_description());
            return R::failure(QStringLiteral("The search index at %1 cannot be opened (%2).").arg(dir, xapianMessage(e)),
                              ErrorKind::Unavailable);
        }
    }
    return std::unique_ptr<SearchIndex>(new SearchIndex(std::move(p)));
}

Result<SearchIndex::State> SearchIndex::state()
{
    auto read = [](const auto &db) {
        State s;
        const std::string format = db.get_metadata(MetaFormat);
        s.format = format.empty() ? 0 : std::atoi(format.c_str());
        s.revision = std::strtoll(db.get_metadata(MetaRevision).c_str(), nullptr, 10);
        s.lastChange = fromUtf8(db.get_metadata(MetaLastChange));
        return s;
    };
    if (d->writer) {
        try {
            return read(*d->writer);
        } catch (const Xapian::Error &e) {
            return Result<State>::failure(QStringLiteral("Reading the index state failed: %1.").arg(xapianMessage(e)), ErrorKind::Unavailable);
        }
    }
    if (!QFileInfo::exists(d->dir))
        return State{};
    return d->withReader<State>(QStringLiteral("Reading the index state"), [&](Reader &r) -> Result<State> { return read(r.db); });
}

Status SearchIndex::apply(const QList<RecordUpdate> &updates, qint64 revision, const QString &lastChange)
{
    if (!d->writer)
        return Status::failure(QStringLiteral("The search index is open read-only."), ErrorKind::Unavailable);
    Xapian::WritableDatabase &db = *d->writer;
    try {
        // One transaction: the documents and the revision they bring the index to land together.
        db.begin_transaction(true);
        try {
            for (const RecordUpdate &u : updates) {
                db.delete_document(recordTerm(u.type, u.id));
                d->writeVocabulary(u);
                if (u.removed)
                    continue;
                for (const IndexEntry &entry : u.entries) {
                    Xapian::Document doc = d->maker->make(entry);
                    addSpellings(db, doc);
                    db.replace_document(idTerm(entry), doc);
                }
            }
            db.set_metadata(MetaFormat, std::to_string(IndexFormat));
            db.set_metadata(MetaRevision, std::to_string(revision));
            db.set_metadata(MetaLastChange, utf8(lastChange));
            db.commit_transaction();
        } catch (...) {
            try {
                db.cancel_transaction();
            } catch (const Xapian::Error &) {
            }
            throw;
        }
    } catch (const Xapian::Error &e) {
        log()->error("applying {} changes to the index: {}", updates.size(), e.get_description());
        return Status::failure(QStringLiteral("Updating the search index failed (%1); it heals on the next open or with reindex.")
                                   .arg(xapianMessage(e)),
                               ErrorKind::Unavailable);
    }
    log()->debug("applied {} record updates, index at revision {}", updates.size(), revision);
    return {};
}

Status SearchIndex::rebuild(const Producer &produce, int workers, qint64 revision, const QString &lastChange,
                            const std::function<bool(qint64)> &progress)
{
    if (!d->writer)
        return Status::failure(QStringLiteral("The search index is open read-only."), ErrorKind::Unavailable);
    workers = std::clamp(workers, 1, 16);
    const QString newDir = d->dir + QStringLiteral(".new");
    const QString oldDir = d->dir + QStringLiteral(".old");
    std::error_code fsError;
    std::filesystem::remove_all(utf8(newDir), fsError);
    std::filesystem::remove_all(utf8(oldDir), fsError);

    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex;
    std::vector<Status> results(static_cast<std::size_t>(workers));
    std::vector<QString> shardPaths;
    for (int w = 0; w < workers; ++w)
        shardPaths.push_back(workers == 1 ? newDir : newDir + QStringLiteral(".shard%1").arg(w));

    // Each worker builds a shard of its own: term generation and writing both run in parallel,
    // and Xapian's compaction merges the shards at the end.
    auto work = [&](int w) {
        try {
            Xapian::WritableDatabase shard(utf8(shardPaths[std::size_t(w)]), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
            DocumentMaker maker;
            qint64 sinceCommit = 0;
            RecordSink sink = [&](RecordUpdate &&u) -> Status {
                if (cancelled.load())
                    return Status::failure(QStringLiteral("Reindexing was cancelled."));
                if (u.removed)
                    return {};
                for (const IndexEntry &entry : u.entries)
                    shard.add_document(maker.make(entry));
                const std::string synKey = MetaSynonymPrefix + recordValue(u.type, u.id);
                if (const std::string syn = synonymMetadata(u.vocabulary); !syn.empty())
                    shard.set_metadata(synKey, syn);
                for (const auto &[alias, key] : u.vocabulary.aliases)
                    shard.set_metadata(makeTerm(MetaAliasPrefix.c_str(), alias), utf8(key));
                for (const auto &[name, label] : u.vocabulary.labels)
                    shard.set_metadata(makeTerm(MetaLabelPrefix.c_str(), name), utf8(label));
                if (++sinceCommit >= 20000) {
                    shard.commit();
                    sinceCommit = 0;
                }
                const qint64 n = ++done;
                if (progress && n % 500 == 0) {
                    std::lock_guard<std::mutex> lock(progressMutex);
                    if (!progress(n))
                        cancelled = true;
                }
                return {};
            };
            Status s = produce(w, workers, sink);
            if (!s) {
                results[std::size_t(w)] = s;
                cancelled = true;
                return;
            }
            // Spelling data from the shard's own words, with their frequencies.
            std::vector<std::pair<std::string, Xapian::doccount>> words;
            for (auto it = shard.allterms_begin(); it != shard.allterms_end(); ++it) {
                if (isSpellingWord(*it))
                    words.emplace_back(*it, it.get_termfreq());
            }
            shard.commit();
            for (const auto &[word, freq] : words)
                shard.add_spelling(word, freq);
            shard.commit();
            shard.close();
        } catch (const Xapian::Error &e) {
            results[std::size_t(w)] = Status::failure(QStringLiteral("Building the search index failed: %1.").arg(xapianMessage(e)),
                                                      ErrorKind::Unavailable);
            cancelled = true;
        } catch (const std::exception &e) {
            results[std::size_t(w)] = Status::failure(QStringLiteral("Building the search index failed: %1.").arg(QString::fromLocal8Bit(e.what())),
                                                      ErrorKind::Unavailable);
            cancelled = true;
        }
    };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (std::thread &t : threads)
        t.join();
    const qint64 buildMs = timer.restart();

    auto cleanup = [&] {
        for (const QString &p : shardPaths)
            std::filesystem::remove_all(utf8(p), fsError);
        std::filesystem::remove_all(utf8(newDir), fsError);
    };
    for (const Status &s : results) {
        if (!s) {
            cleanup();
            return s;
        }
    }
    if (cancelled.load()) {
        cleanup();
        return Status::failure(QStringLiteral("Reindexing was cancelled; the previous index is kept."));
    }

    try {
        if (workers > 1) {
            Xapian::Database shards;
            for (const QString &p : shardPaths)
                shards.add_database(Xapian::Database(utf8(p)));
            shards.compact(utf8(newDir));
            shards.close();
            for (const QString &p : shardPaths)
                std::filesystem::remove_all(utf8(p), fsError);
        }
        Xapian::WritableDatabase fresh(utf8(newDir), Xapian::DB_OPEN);
        fresh.set_metadata(MetaFormat, std::to_string(IndexFormat));
        fresh.set_metadata(MetaRevision, std::to_string(revision));
        fresh.set_metadata(MetaLastChange, utf8(lastChange));
        fresh.commit(); // explicitly, so that errors surface here
        fresh.close();

        // Swap: the old index stays whole until the new one is complete.
        d->writer->close();
        d->writer.reset();
        std::filesystem::rename(utf8(d->dir), utf8(oldDir), fsError);
        std::filesystem::rename(utf8(newDir), utf8(d->dir), fsError);
        if (fsError) {
            // Put the old one back.
            std::error_code ignored;
            if (!QFileInfo::exists(d->dir))
                std::filesystem::rename(utf8(oldDir), utf8(d->dir), ignored);
            d->writer.emplace(d->path(), Xapian::DB_CREATE_OR_OPEN);
            cleanup();
            return Status::failure(QStringLiteral("Swapping in the new search index failed: %1.").arg(QString::fromStdString(fsError.message())),
                                   ErrorKind::Unavailable);
        }
        std::filesystem::remove_all(utf8(oldDir), fsError);
        d->writer.emplace(d->path(), Xapian::DB_CREATE_OR_OPEN);
        d->exists = true;
        ++d->generation; // every thread's reader opens the new folder
    } catch (const Xapian::Error &e) {
        log()->error("finishing the rebuild: {}", e.get_description());
        if (!d->writer) {
            try {
                d->writer.emplace(d->path(), Xapian::DB_CREATE_OR_OPEN);
            } catch (const Xapian::Error &) {
            }
        }
        cleanup();
        return Status::failure(QStringLiteral("Building the search index failed: %1.").arg(xapianMessage(e)), ErrorKind::Unavailable);
    }
    log()->info("rebuilt the index at {}: {} records, revision {}; {} shard(s) built in {} ms, merged in {} ms",
                d->dir.toStdString(), done.load(), revision, workers, buildMs, timer.elapsed());
    return {};
}

void SearchIndex::releaseThreadReader()
{
    std::lock_guard<std::mutex> lock(d->readersMutex);
    d->readers.erase(std::this_thread::get_id());
}

Result<IndexInfo> SearchIndex::info()
{
    IndexInfo info;
    info.path = d->dir;
    if (!d->writer && !QFileInfo::exists(d->dir))
        return info;
    auto fill = [&](const Xapian::Database &db) {
        info.exists = true;
        info.revision = std::strtoll(db.get_metadata(MetaRevision).c_str(), nullptr, 10);
        info.documents = db.get_doccount();
        for (RecordType type : allRecordTypes())
            info.records.append({type, db.get_termfreq(makeTerm(PrefixMain, specFor(type).singular))});
        return info;
    };
    if (d->writer) {
        try {
            return fill(*d->writer);
        } catch (const Xapian::Error &e) {
            return Result<IndexInfo>::failure(QStringLiteral("Reading the index failed: %1.").arg(xapianMessage(e)), ErrorKind::Unavailable);
        }
    }
    return d->withReader<IndexInfo>(QStringLiteral("Reading the index"), [&](Reader &r) -> Result<IndexInfo> { return fill(r.db); });
}

Result<SearchResults> SearchIndex::search(const SearchQuery &query, const RecordFetcher &fetch)
{
    return d->withReader<SearchResults>(QStringLiteral("Searching"),
                                        [&](Reader &r) { return d->runSearch(r, query, fetch); });
}

Result<SearchResults> SearchIndex::similar(RecordType type, qint64 id, std::optional<RecordType> onlyType, int limit,
                                           const RecordFetcher &fetch)
{
    return d->withReader<SearchResults>(QStringLiteral("Finding similar records"),
                                        [&](Reader &r) { return d->runSimilar(r, type, id, onlyType, limit, fetch); });
}

// ---------------------------------------------------------------------------------------------

Result<Xapian::Query> SearchIndex::Private::filterQuery(Reader &r, const QList<ParsedFilter> &filters, QStringList &notices)
{
    using R = Result<Xapian::Query>;
    std::map<QString, std::vector<Xapian::Query>> include;
    std::vector<Xapian::Query> exclude;
    for (const ParsedFilter &f : filters) {
        std::vector<Xapian::Query> terms;
        const char *prefix = facetPrefix(f.field);
        if (!prefix)
            return R::failure(QStringLiteral("\"%1\" is not a field to filter by; use one of %2.")
                                  .arg(f.field.left(40), facetFields().join(QStringLiteral(", "))));
        if (f.value.isEmpty())
            return R::failure(QStringLiteral("The filter %1: needs a value.").arg(f.field));
        if (f.field == QLatin1String("type")) {
            const auto type = recordTypeFromWord(f.value);
            if (!type)
                return R::failure(QStringLiteral("\"%1\" is not a record type; use one of %2.")
                                      .arg(f.value.left(40), recordTypeWords().join(QStringLiteral(", "))));
            terms.emplace_back(makeTerm(prefix, specFor(*type).singular));
        } else if (f.field == QLatin1String("year")) {
            static const QRegularExpression range(QStringLiteral("^(\\d{4})\\s*(?:(?:\\.\\.|-|–)\\s*(\\d{4})?)?$"));
            const auto m = range.match(f.value);
            if (!m.hasMatch())
                return R::failure(QStringLiteral("\"%1\" is not a year or a range of years such as 2011..2013.").arg(f.value.left(40)));
            const int from = m.captured(1).toInt();
            const bool open = m.captured(0).contains(QLatin1String("..")) && m.captured(2).isEmpty();
            int to = m.captured(2).isEmpty() ? (open ? from + 60 : from) : m.captured(2).toInt();
            if (to < from)
                return R::failure(QStringLiteral("The year range %1 ends before it starts.").arg(f.value.left(40)));
            to = std::min(to, from + 200);
            for (int y = from; y <= to; ++y)
                terms.emplace_back(makeTerm(prefix, QString::number(y)));
        } else {
            QString value = f.field == QLatin1String("country") || f.field == QLatin1String("status") ? f.value.toLower()
                                                                                                     : slugOf(f.value);
            if (f.field != QLatin1String("country") && f.field != QLatin1String("status")) {
                const std::string alias = r.db.get_metadata(makeTerm(MetaAliasPrefix.c_str(), f.field + QLatin1Char(':') + value));
                if (!alias.empty() && r.db.get_termfreq(makeTerm(prefix, value)) == 0)
                    value = fromUtf8(alias);
            }
            const std::string term = makeTerm(prefix, value);
            if (r.db.get_termfreq(term) == 0)
                notices.append(QStringLiteral("No record in the index has %1 \"%2\".").arg(f.field, f.value.left(80)));
            terms.emplace_back(term);
        }
        Xapian::Query q(Xapian::Query::OP_OR, terms.begin(), terms.end());
        if (f.negated)
            exclude.push_back(q);
        else
            include[f.field].push_back(q);
    }
    std::vector<Xapian::Query> fields;
    for (auto &[field, queries] : include)
        fields.emplace_back(Xapian::Query::OP_OR, queries.begin(), queries.end());
    Xapian::Query result = fields.empty() ? Xapian::Query::MatchAll : Xapian::Query(Xapian::Query::OP_AND, fields.begin(), fields.end());
    if (!exclude.empty())
        result = Xapian::Query(Xapian::Query::OP_AND_NOT, result, Xapian::Query(Xapian::Query::OP_OR, exclude.begin(), exclude.end()));
    return result;
}

Result<SearchResults> SearchIndex::Private::runSearch(Reader &r, const SearchQuery &query, const RecordFetcher &fetch)
{
    using R = Result<SearchResults>;
    SearchResults results;
    results.indexRevision = std::strtoll(r.db.get_metadata(MetaRevision).c_str(), nullptr, 10);

    QString text = cleanText(query.text);
    if (text.size() > MaxQueryChars) {
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), MaxQueryChars);
        text = text.left(cut > MaxQueryChars / 2 ? cut : MaxQueryChars);
        results.notices.append(QStringLiteral("The query was very long; only its first %1 characters were searched.").arg(text.size()));
    }

    QList<ParsedFilter> filters;
    QString freeText = extractFilters(text, filters).simplified();
    {
        QStringList words = freeText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > MaxQueryWords) {
            words = words.mid(0, MaxQueryWords);
            freeText = words.join(QLatin1Char(' '));
            results.notices.append(QStringLiteral("The query had many words; only the first %1 were searched.").arg(MaxQueryWords));
        }
    }
    if (query.type)
        filters.append({QStringLiteral("type"), specFor(*query.type).word, false, {}});
    for (const FacetFilter &f : query.facets)
        filters.append({normaliseField(f.field), f.value, false, {}});
    auto filter = filterQuery(r, filters, results.notices);
    if (!filter)
        return filter.fullError();

    // The text: Xapian's parser first; on a syntax error, its words as plain words.
    const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN | Xapian::QueryParser::FLAG_LOVEHATE
                           | Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PURE_NOT
                           | (query.partial ? unsigned(Xapian::QueryParser::FLAG_PARTIAL) : 0u);
    auto parse = [&](const QString &s, QString *corrected) -> Xapian::Query {
        Xapian::Query q;
        try {
            q = r.parser.parse_query(utf8(s), flags);
        } catch (const Xapian::QueryParserError &e) {
            results.notices.append(QStringLiteral("The query could not be read as search syntax (%1); its words were searched instead.")
                                       .arg(fromUtf8(e.get_msg())));
            q = r.parser.parse_query(utf8(plainWords(s)), query.partial ? unsigned(Xapian::QueryParser::FLAG_PARTIAL) : 0u);
        }
        if (corrected)
            *corrected = spellingCorrection(r, s, query.partial);
        return q;
    };

    // The user's phrases that the taxonomy or a network's acronym calls otherwise.
    auto synonymsOf = [&](const QString &s) -> Xapian::Query {
        if (hasExplicitOperators(s))
            return {};
        r.loadSynonyms();
        if (r.synonymGroups.isEmpty())
            return {};
        const QStringList words = wordsOf(s);
        // A phrase costs about as much as the postings of its rarest word: in a big KB a phrase
        // of common words is left to the tagged records.
        const Xapian::doccount phraseLimit = std::max<Xapian::doccount>(1000, r.db.get_doccount() / 100);
        auto cheapPhrase = [&](const QString &phrase) {
            Xapian::doccount rarest = std::numeric_limits<Xapian::doccount>::max();
            for (const QString &w : phrase.split(QLatin1Char(' ')))
                rarest = std::min(rarest, r.db.get_termfreq(utf8(w)));
            return rarest <= phraseLimit;
        };
        std::vector<Xapian::Query> alternatives;
        std::vector<Xapian::Query> own;
        QSet<int> used;
        for (qsizetype i = 0; i < words.size();) {
            int matched = 0;
            for (int n = std::min<int>(r.longestSynonym, int(words.size() - i)); n >= 1; --n) {
                const QString phrase = words.mid(i, n).join(QLatin1Char(' '));
                auto it = r.synonymIndex.constFind(phrase);
                if (it == r.synonymIndex.constEnd())
                    continue;
                matched = n;
                if (!used.contains(*it)) {
                    used.insert(*it);
                    // The user's own words as a phrase rank above what they mean by other names.
                    if (n > 1 && cheapPhrase(phrase))
                        own.push_back(r.parser.parse_query('"' + utf8(phrase) + '"', Xapian::QueryParser::FLAG_PHRASE));
                    // A taxonomy idea: the records tagged with it (one posting list, cheap)
                    // and its one-word names; phrases of common words over a big KB are not.
                    const std::string &facetTerm = r.synonymFacets.at(*it);
                    if (!facetTerm.empty())
                        alternatives.emplace_back(facetTerm);
                    for (const QString &alt : r.synonymGroups.at(*it)) {
                        if (alt == phrase || (!facetTerm.empty() && alt.contains(QLatin1Char(' ')) && !cheapPhrase(alt)))
                            continue;
                        const std::string altText = alt.contains(QLatin1Char(' ')) ? '"' + utf8(alt) + '"' : utf8(alt);
                        Xapian::Query q = r.parser.parse_query(altText, Xapian::QueryParser::FLAG_PHRASE);
                        if (!q.empty())
                            alternatives.push_back(q);
                    }
                }
                break;
            }
            i += matched > 0 ? matched : 1;
        }
        if (alternatives.empty())
            return {};
        // A taxonomy term holds every name of its idea, so the other names would always put
        // it first; terms are found by the words the user typed.
        Xapian::Query expanded(Xapian::Query::OP_SCALE_WEIGHT,
                               Xapian::Query(Xapian::Query::OP_AND_NOT,
                                             Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()),
                                             Xapian::Query(makeTerm(PrefixType, specFor(RecordType::Taxonomy).singular))),
                               0.5);
        if (own.empty())
            return expanded;
        own.push_back(expanded);
        return Xapian::Query(Xapian::Query::OP_OR, own.begin(), own.end());
    };

    auto combine = [&](const QString &s, Xapian::Query textQuery) -> Xapian::Query {
        const Xapian::Query alternatives = synonymsOf(s);
        if (!alternatives.empty())
            textQuery = Xapian::Query(Xapian::Query::OP_OR, textQuery, alternatives);
        if (filters.isEmpty())
            return textQuery;
        if (textQuery.empty())
            return filter.value();
        return Xapian::Query(Xapian::Query::OP_FILTER, textQuery, filter.value());
    };

    QString corrected;
    Xapian::Query textQuery;
    if (!freeText.isEmpty()) {
        textQuery = parse(freeText, &corrected);
        if (textQuery.empty() && filters.isEmpty())
            return R::failure(QStringLiteral("There is nothing to search for in \"%1\": it holds only operators or very common words.")
                                  .arg(freeText.left(80)));
    } else if (filters.isEmpty()) {
        return R::failure(QStringLiteral("Type a few words to search for."));
    }

    QStringList filterTexts;
    for (const ParsedFilter &f : filters) {
        if (!f.original.isEmpty())
            filterTexts.append(f.original);
    }
    if (!corrected.isEmpty() && corrected != freeText)
        results.suggestion = (QStringList{corrected} + filterTexts).join(QLatin1Char(' '));

    QString searched = freeText;
    if (!results.suggestion.isEmpty() && query.autoCorrect) {
        // A word the KB does not know adds nothing; the corrected query is the better search.
        Xapian::Query correctedQuery = parse(corrected, nullptr);
        if (!correctedQuery.empty()) {
            textQuery = correctedQuery;
            searched = corrected;
            results.corrected = true;
        }
    }
    const Xapian::Query finalQuery = combine(searched, textQuery);
    results.searchedFor = (QStringList{searched} + filterTexts).join(QLatin1Char(' ')).trimmed();

    Xapian::Enquire enquire(r.db);
    enquire.set_query(finalQuery);
    enquire.set_collapse_key(SlotRecord, 1);
    FacetSpy spy;
    if (query.facetCounts)
        enquire.add_matchspy(&spy);
    const int limit = std::clamp(query.limit, 0, 10000);
    const int offset = std::max(query.offset, 0);
    const Xapian::MSet mset = enquire.get_mset(Xapian::doccount(offset), Xapian::doccount(limit),
                                               Xapian::doccount(std::max(offset + limit, 1000)));
    results.total = mset.get_matches_estimated();
    results.totalExact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    if (results.corrected)
        results.notices.prepend(QStringLiteral("Showing results for \"%1\".").arg(results.searchedFor));
    fillHits(r, mset, query, fetch, results);

    if (query.facetCounts) {
        std::map<QString, QList<FacetCount>> byField;
        for (const auto &[term, count] : spy.counts()) {
            if (term.size() < 2)
                continue;
            const QString field = facetFieldOfPrefix(term.substr(0, 2));
            if (field.isEmpty())
                continue;
            FacetCount fc;
            fc.value = fromUtf8(term.substr(2));
            fc.count = count;
            if (field == QLatin1String("type")) {
                if (auto t = recordTypeFromWord(fc.value))
                    fc.value = specFor(*t).word;
            }
            byField[field].append(fc);
        }
        for (const QString &field : facetFields()) {
            auto it = byField.find(field);
            if (it == byField.end())
                continue;
            QList<FacetCount> values = it->second;
            std::sort(values.begin(), values.end(), [](const FacetCount &a, const FacetCount &b) {
                return a.count != b.count ? a.count > b.count : a.value < b.value;
            });
            if (field != QLatin1String("year") && values.size() > 30)
                values = values.mid(0, 30);
            for (FacetCount &fc : values) {
                if (field != QLatin1String("year") && field != QLatin1String("type") && field != QLatin1String("status"))
                    fc.label = r.label(field, fc.value);
            }
            results.facets.append({field, values});
        }
    }
    if (mset.empty() && results.notices.isEmpty())
        results.notices.append(QStringLiteral("Nothing in the KB matches \"%1\".").arg(results.searchedFor.left(200)));
    return results;
}

void SearchIndex::Private::fillHits(Reader &r, const Xapian::MSet &mset, const SearchQuery &query, const RecordFetcher &fetch,
                                    SearchResults &results)
{
    QHash<QString, QList<IndexEntry>> entriesOf; // "type:id" → entries, for snippets
    const std::string hs = utf8(query.highlightStart);
    const std::string he = utf8(query.highlightEnd);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        SearchHit hit;
        HitIdentity &data = hit;
        if (!decodeHitData(it.get_document().get_value(SlotHitData), data))
            continue;
        hit.score = it.get_weight();
        hit.percent = it.get_percent();
        if (query.snippets && fetch) {
            const QString ref = specFor(data.type).singular + QLatin1Char(':') + QString::number(data.id);
            auto cached = entriesOf.find(ref);
            if (cached == entriesOf.end()) {
                QList<IndexEntry> entries;
                if (auto record = fetch(data.type, data.id))
                    entries = buildIndexEntries(data.type, data.id, *record, {});
                cached = entriesOf.insert(ref, entries);
            }
            QString body;
            for (const IndexEntry &e : *cached) {
                if (e.part == data.part && e.partNumber == data.partNumber) {
                    body = e.snippetText;
                    break;
                }
            }
            if (!body.isEmpty())
                hit.snippet = fromUtf8(mset.snippet(utf8(body), 240, r.stem,
                                                    Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                                    hs, he, "\xe2\x80\xa6"));
        }
        results.hits.append(hit);
    }
}

Result<SearchResults> SearchIndex::Private::runSimilar(Reader &r, RecordType type, qint64 id, std::optional<RecordType> onlyType,
                                                       int limit, const RecordFetcher &fetch)
{
    using R = Result<SearchResults>;
    SearchResults results;
    results.indexRevision = std::strtoll(r.db.get_metadata(MetaRevision).c_str(), nullptr, 10);
    IndexEntry self;
    self.type = type;
    self.id = id;
    const std::string selfTerm = idTerm(self);
    Xapian::PostingIterator p = r.db.postlist_begin(selfTerm);
    if (p == r.db.postlist_end(selfTerm))
        return R::failure(QStringLiteral("The %1 is not in the search index yet.").arg(specFor(type).singular), ErrorKind::BadInput);
    Xapian::RSet rset;
    rset.add_document(*p);
    Xapian::Enquire enquire(r.db);
    WordDecider decider;
    const Xapian::ESet eset = enquire.get_eset(40, rset, &decider);
    if (eset.empty())
        return results;
    Xapian::Query like(Xapian::Query::OP_OR, eset.begin(), eset.end());
    Xapian::Query exclude(recordTerm(type, id));
    Xapian::Query q(Xapian::Query::OP_AND_NOT, like, exclude);
    if (onlyType)
        q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(makeTerm(PrefixType, specFor(*onlyType).singular)));
    enquire.set_query(q);
    enquire.set_collapse_key(SlotRecord, 1);
    const Xapian::MSet mset = enquire.get_mset(0, Xapian::doccount(std::clamp(limit, 1, 1000)));
    results.total = mset.get_matches_estimated();
    results.totalExact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    SearchQuery options;
    fillHits(r, mset, options, fetch, results);
    return results;
}

} // namespace citykb
