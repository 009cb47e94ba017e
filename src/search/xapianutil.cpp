#include "xapianutil.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>

namespace citykb::xapianutil {

namespace {

struct FacetPrefix
{
    const char *field;
    const char *prefix;
};

// Two letters each, so that a facet term's value starts at byte 2.
constexpr FacetPrefix facetPrefixes[] = {
    {"type", "XT"},         {"network", "XN"},        {"working-group", "XW"}, {"city", "XC"},
    {"country", "XK"},      {"theme", "XH"},          {"target-group", "XG"},  {"success-factor", "XF"},
    {"instrument", "XI"},   {"status", "XS"},         {"year", "XY"},
};

std::uint64_t fnv1a(const std::string &s)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

const char *facetPrefix(const QString &field)
{
    for (const FacetPrefix &f : facetPrefixes) {
        if (field == QLatin1String(f.field))
            return f.prefix;
    }
    return nullptr;
}

QString facetFieldOfPrefix(const std::string &prefix)
{
    for (const FacetPrefix &f : facetPrefixes) {
        if (prefix == f.prefix)
            return QString::fromLatin1(f.field);
    }
    return {};
}

std::string utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string makeTerm(const char *prefix, const std::string &value)
{
    std::string term = prefix;
    term += value;
    // Xapian refuses terms over 245 bytes; keep 200 bytes (cut at a character boundary) and a hash.
    if (term.size() > 240) {
        std::size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80)
            --cut;
        char hash[24];
        std::snprintf(hash, sizeof hash, "#%016llx", static_cast<unsigned long long>(fnv1a(term)));
        term = term.substr(0, cut) + hash;
    }
    return term;
}

std::string makeTerm(const char *prefix, const QString &value)
{
    QString v = value;
    v.remove(QChar(0)); // terms are stored '\0'-separated in the facet slot
    return makeTerm(prefix, utf8(v));
}

std::string idTerm(const IndexEntry &entry)
{
    QString id = specFor(entry.type).singular + QLatin1Char(':') + QString::number(entry.id);
    if (entry.part == HitPart::Section)
        id += QStringLiteral(":s%1").arg(entry.partNumber);
    else if (entry.part == HitPart::Answer)
        id += QStringLiteral(":a%1").arg(entry.partNumber);
    return makeTerm(PrefixId, id);
}

std::string recordValue(RecordType type, qint64 id)
{
    return utf8(specFor(type).singular) + ':' + std::to_string(id);
}

std::string recordTerm(RecordType type, qint64 id)
{
    return makeTerm(PrefixRecord, recordValue(type, id));
}

Xapian::Stem stemmerFor(const QString &language)
{
    const QString code = language.trimmed().toLower();
    if (!code.isEmpty() && code != QLatin1String("en")) {
        try {
            return Xapian::Stem(utf8(code));
        } catch (const Xapian::Error &) {
            // Not a language Xapian stems: English is the KB's default.
        }
    }
    return Xapian::Stem("english");
}

QString otherStemLanguage(const QString &language)
{
    const QString code = language.trimmed().toLower();
    if (code.isEmpty() || code == QLatin1String("en") || code.size() > 16)
        return {};
    try {
        Xapian::Stem stem(utf8(code));
        return stem.is_none() ? QString() : code;
    } catch (const Xapian::Error &) {
        return {};
    }
}

const Xapian::SimpleStopper &englishStopper()
{
    static const Xapian::SimpleStopper *stopper = [] {
        auto *s = new Xapian::SimpleStopper; // lives as long as the program
        static const char *const words[] = {
            "a", "about", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did",
            "do", "does", "doing", "for", "from", "had", "has", "have", "having", "he", "her", "here", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our",
            "ours", "she", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "to", "too", "us", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours"};
        for (const char *w : words)
            s->add(w);
        return s;
    }();
    return *stopper;
}

DocumentMaker::DocumentMaker()
{
    m_generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

Xapian::Document DocumentMaker::make(const IndexEntry &entry)
{
    Xapian::Document doc;
    const QString language = entry.language.isEmpty() ? QStringLiteral("en") : entry.language.toLower();
    auto stem = m_stemmers.find(language);
    if (stem == m_stemmers.end())
        stem = m_stemmers.emplace(language, stemmerFor(language)).first;
    m_generator.set_stemmer(stem->second);
    m_generator.set_stopper(language == QLatin1String("en") ? &englishStopper() : nullptr);
    m_generator.set_document(doc);
    for (const IndexEntry::Text &t : entry.texts) {
        if (t.text.isEmpty())
            continue;
        m_generator.index_text(utf8(t.text), Xapian::termcount(t.weight));
        m_generator.increase_termpos(100); // no phrase across fields
    }
    if (!entry.titleText.isEmpty())
        m_generator.index_text_without_positions(utf8(entry.titleText), 1, PrefixTitle);

    const std::string singular = utf8(specFor(entry.type).singular);
    doc.add_boolean_term(idTerm(entry));
    doc.add_boolean_term(recordTerm(entry.type, entry.id));
    doc.add_boolean_term(makeTerm(PrefixType, singular));
    if (entry.part == HitPart::Record)
        doc.add_boolean_term(makeTerm(PrefixMain, singular));

    std::string facetList = makeTerm("XT", singular);
    for (const auto &[field, value] : entry.facets) {
        const char *prefix = facetPrefix(field);
        if (!prefix)
            continue;
        const std::string term = makeTerm(prefix, value);
        // Taxonomy tags carry a little weight, so that a synonym of a theme ranks the records
        // tagged with it (see docs/search.md, Synonyms); other facets are plain filters.
        if (field == QLatin1String("theme") || field == QLatin1String("target-group")
            || field == QLatin1String("success-factor") || field == QLatin1String("instrument"))
            doc.add_term(term, 1);
        else
            doc.add_boolean_term(term);
        facetList += '\0';
        facetList += term;
    }
    doc.add_value(SlotFacets, facetList);
    doc.add_value(SlotRecord, recordValue(entry.type, entry.id));
    if (entry.startYear)
        doc.add_value(SlotStartYear, Xapian::sortable_serialise(*entry.startYear));
    if (entry.endYear)
        doc.add_value(SlotEndYear, Xapian::sortable_serialise(*entry.endYear));
    if (!entry.date.isEmpty())
        doc.add_value(SlotDate, utf8(entry.date));
    if (entry.population)
        doc.add_value(SlotPopulation, Xapian::sortable_serialise(*entry.population));
    doc.add_value(SlotHitData, encodeHitData(entry));
    // The generator holds a handle on the document; Xapian counts handles without atomics, so
    // a document handed to another thread must have none left here.
    m_generator.set_document(Xapian::Document());
    return doc;
}

bool isSpellingWord(const std::string &term)
{
    if (term.size() < 3 || term.size() > 40)
        return false;
    const unsigned char first = static_cast<unsigned char>(term[0]);
    if (!(first >= 'a' && first <= 'z') && first < 0x80)
        return false; // prefixed terms, numbers
    for (unsigned char c : term) {
        if (c >= '0' && c <= '9')
            return false;
    }
    // Common words would be offered as corrections of rare ones ("fnd" → "and").
    return !englishStopper()(term);
}

std::vector<std::string> spellingWords(const Xapian::Document &doc)
{
    std::vector<std::string> words;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        if (isSpellingWord(*it))
            words.push_back(*it);
    }
    return words;
}

BackgroundMaker::BackgroundMaker(std::vector<const IndexEntry *> entries)
    : m_entries(std::move(entries)), m_made(m_entries.size()), m_thread([this](const std::stop_token &stop) { run(stop); })
{
}

BackgroundMaker::~BackgroundMaker() = default; // the jthread asks to stop and joins

void BackgroundMaker::run(const std::stop_token &stop)
{
    // Its own maker: a TermGenerator and its stemmers are not shared between threads.
    DocumentMaker maker;
    for (std::size_t i = 0; i < m_entries.size() && !stop.stop_requested(); ++i) {
        try {
            // Slot i is the caller's only once m_ready passes it, and by then no handle on its
            // document is left on this thread.
            m_made[i].doc = maker.make(*m_entries[i]);
            m_made[i].spellings = spellingWords(m_made[i].doc);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_ready = i + 1;
        } catch (...) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_failure = std::current_exception();
            m_madeOne.notify_all();
            return;
        }
        m_madeOne.notify_all();
    }
}

MadeDocument BackgroundMaker::take(std::size_t i)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_madeOne.wait(lock, [&] { return m_ready > i || m_failure; });
    if (m_ready <= i)
        std::rethrow_exception(m_failure);
    return std::move(m_made[i]);
}

// Data: fields separated by 0x1f, in a fixed order.
std::string encodeHitData(const HitIdentity &entry)
{
    const char sep = '\x1f';
    auto clean = [](QString s) { return utf8(s.replace(QChar(0x1f), QLatin1Char(' '))); };
    std::string data = utf8(specFor(entry.type).singular);
    data += sep;
    data += std::to_string(entry.id);
    data += sep;
    data += clean(entry.key);
    data += sep;
    data += clean(entry.title);
    data += sep;
    data += std::to_string(int(entry.part));
    data += sep;
    data += std::to_string(entry.partNumber);
    data += sep;
    data += clean(entry.context);
    return data;
}

bool decodeHitData(const std::string &data, HitIdentity &out)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = data.find('\x1f', start);
        fields.push_back(data.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (fields.size() < 7)
        return false;
    const auto type = recordTypeFromWord(fromUtf8(fields[0]));
    if (!type)
        return false;
    out.type = *type;
    out.id = std::strtoll(fields[1].c_str(), nullptr, 10);
    out.key = fromUtf8(fields[2]);
    out.title = fromUtf8(fields[3]);
    const int part = std::atoi(fields[4].c_str());
    out.part = part == 1 ? HitPart::Section : part == 2 ? HitPart::Answer : HitPart::Record;
    out.partNumber = std::atoi(fields[5].c_str());
    out.context = fromUtf8(fields[6]);
    return true;
}

} // namespace citykb::xapianutil
