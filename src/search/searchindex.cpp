#include "searchindex.h"

#include "xapianutil.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <set>
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
// The languages besides English that the index holds documents of, comma-separated ISO 639-1
// codes: queries are stemmed in each of them too.
const char *const MetaLanguages = "citykb:languages";
const std::string MetaSynonymPrefix = "syn:";
const std::string MetaAliasPrefix = "alias:";
const std::string MetaLabelPrefix = "label:";
constexpr int IndexFormat = 3; // 3: the languages in MetaLanguages
constexpr int MaxQueryChars = 2000;
constexpr int MaxQueryWords = 64;

// What went wrong, as a user reads it: the operating system's reason when there is one ("No
// space left on device"), else Xapian's message without its type, on one line.
QString reasonOf(const Xapian::Error &e)
{
    if (const char *os = e.get_error_string())
        return QString::fromLocal8Bit(os);
    QString message = fromUtf8(e.get_msg()).simplified();
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message.left(200);
}

// Errors that mean the files are not what Xapian wrote (as opposed to a lock, a change under
// a reader, or the operating system refusing).
bool isCorruption(const Xapian::Error &e)
{
    // Xapian::Error has no virtual functions: its type name tells the kind.
    const std::string type = e.get_type();
    return type == "DatabaseCorruptError" || type == "DatabaseVersionError"
           || type == "DatabaseError"; // "EOF reading block": a file cut short
}

// --- damage ------------------------------------------------------------------------------------

QString damagedMessage(const QString &dir, const QString &why)
{
    return QStringLiteral("The search index at %1 is damaged (%2); it is rebuilt from the store when the KB is next opened "
                          "for writing or reindexed.")
        .arg(QDir::toNativeSeparators(dir), why);
}

QString unreadableMessage(const QString &dir, const QString &why)
{
    return QStringLiteral("The search index at %1 cannot be read (%2).").arg(QDir::toNativeSeparators(dir), why);
}

// How an index folder looks.
struct Inspection
{
    enum Kind { Absent, Healthy, Damaged, Unreadable } kind = Healthy;
    QString why; // Damaged, Unreadable: a phrase ("its file postlist.glass is missing")
};

Inspection damage(QString why) { return {Inspection::Damaged, std::move(why)}; }

// The tables of a glass database, in the order of its version file.
constexpr const char *GlassTables[] = {"postlist", "docdata", "termlist", "position", "spelling", "synonym"};
// DATE_TO_VERSION(2016, 3, 14): the glass format of Xapian 1.4.
constexpr unsigned GlassFormat = (2016 - 2014) << 9 | 3 << 5 | 14;

// Xapian's packed unsigned integer: 7 bits a byte, lowest first, the high bit on all but the last.
bool readPacked(const char *&p, const char *end, quint64 &out)
{
    out = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const auto c = static_cast<unsigned char>(*p++);
        out |= quint64(c & 0x7f) << shift;
        if (!(c & 0x80))
            return true;
    }
    return false;
}

// What the version file says a table must have on disk.
struct TableNeeds
{
    const char *name = nullptr;
    bool used = false;       // a table never written to has no blocks, and may have no file
    quint64 minimumSize = 0; // every block up to the first unused one
};

// Reads the version file `iamglass`: a 14-byte magic, the 2-byte format, a 16-byte UUID, the
// revision, then per table its root block, flags (bit 0: no root yet), entry count, block size
// / 2048, compression threshold and free list (its revision, then the first unused block).
// Xapian itself treats a missing table file as an empty table, so this is how a missing or
// cut-short file is noticed.
Inspection readVersionFile(const QString &dir, std::vector<TableNeeds> &tables)
{
    QFile file(dir + QStringLiteral("/iamglass"));
    if (!file.exists())
        return damage(QStringLiteral("its file iamglass is missing"));
    if (!file.open(QIODevice::ReadOnly))
        return {Inspection::Unreadable, QStringLiteral("its file iamglass: %1").arg(file.errorString())};
    const QByteArray data = file.read(4096);
    static const char magic[] = "\x0f\x0dXapian Glass";
    if (data.size() < 33 || std::memcmp(data.constData(), magic, 14) != 0)
        return damage(QStringLiteral("its file iamglass is not a Xapian version file"));
    const unsigned format = unsigned(static_cast<unsigned char>(data[14])) << 8 | static_cast<unsigned char>(data[15]);
    if (format != GlassFormat)
        return damage(QStringLiteral("it was written by another version of Xapian"));
    const char *p = data.constData() + 32;
    const char *end = data.constData() + data.size();
    quint64 revision = 0;
    if (!readPacked(p, end, revision))
        return damage(QStringLiteral("its file iamglass is cut short"));
    for (const char *name : GlassTables) {
        quint64 root = 0, flags = 0, entries = 0, blockShift = 0, compressMin = 0, freeListSize = 0;
        if (!readPacked(p, end, root) || !readPacked(p, end, flags) || !readPacked(p, end, entries) || !readPacked(p, end, blockShift)
            || !readPacked(p, end, compressMin) || !readPacked(p, end, freeListSize) || freeListSize > quint64(end - p))
            return damage(QStringLiteral("its file iamglass is cut short"));
        const quint64 blockSize = blockShift << 11;
        if (blockSize < 2048 || blockSize > 65536 || (blockSize & (blockSize - 1)) != 0)
            return damage(QStringLiteral("its file iamglass is corrupt"));
        TableNeeds t;
        t.name = name;
        t.used = !(flags & 1);
        quint64 freeListRevision = 0, firstUnused = 0;
        const char *fl = p;
        if (freeListSize > 0 && readPacked(fl, p + freeListSize, freeListRevision) && readPacked(fl, p + freeListSize, firstUnused))
            t.minimumSize = firstUnused * blockSize;
        else
            t.minimumSize = (root + 1) * blockSize;
        p += freeListSize;
        tables.push_back(t);
    }
    return {};
}

// The first table in use that Xapian's check of its blocks finds fault with, or empty.
QString faultyTable(const QString &dir, const std::vector<TableNeeds> &tables)
{
    for (const TableNeeds &t : tables) {
        if (!t.used)
            continue;
        try {
            if (Xapian::Database::check(utf8(dir + QLatin1Char('/') + QString::fromLatin1(t.name) + QStringLiteral(".glass")), 0, nullptr) > 0)
                return QString::fromLatin1(t.name);
        } catch (const Xapian::Error &) {
            return QString::fromLatin1(t.name);
        }
    }
    return {};
}

// Reads a little of every table through Xapian (the root and one leaf of each): random bytes
// where a table should be show up here. `thorough` adds Xapian's check of every block.
Inspection probe(const QString &dir, const std::vector<TableNeeds> &tables, bool thorough)
{
    QString table; // the table being read when an error came
    try {
        Xapian::Database db(utf8(dir));
        table = QStringLiteral("postlist");
        db.get_metadata(MetaFormat);
        Xapian::PostingIterator doc = db.postlist_begin(std::string());
        if (doc != db.postlist_end(std::string())) {
            table = QStringLiteral("termlist");
            for (Xapian::TermIterator t = db.termlist_begin(*doc); t != db.termlist_end(*doc); ++t) {
                table = QStringLiteral("position");
                if (t.positionlist_count() > 0) {
                    Xapian::PositionIterator pos = t.positionlist_begin();
                    (void)*pos;
                    break;
                }
                table = QStringLiteral("termlist");
            }
        }
        table = QStringLiteral("spelling");
        Xapian::TermIterator spelling = db.spellings_begin();
        if (spelling != db.spellings_end())
            (void)*spelling;
        db.close();
        if (thorough) {
            table.clear();
            if (Xapian::Database::check(utf8(dir), 0, nullptr) > 0) {
                const QString faulty = faultyTable(dir, tables);
                return damage(faulty.isEmpty() ? QStringLiteral("Xapian's consistency check found errors in it")
                                               : QStringLiteral("its file %1.glass is corrupt").arg(faulty));
            }
        }
    } catch (const Xapian::DatabaseModifiedError &) {
        // Written to while it was read: in use, not damaged.
    } catch (const Xapian::DatabaseVersionError &) {
        return damage(QStringLiteral("it was written by another version of Xapian"));
    } catch (const Xapian::DatabaseError &e) {
        if (const char *os = e.get_error_string(); os && (std::strcmp(os, std::strerror(EACCES)) == 0 || std::strcmp(os, std::strerror(EPERM)) == 0))
            return {Inspection::Unreadable, QString::fromLocal8Bit(os)};
        if (table.isEmpty()) {
            // Opening reads the root of every table; on a damaged index, finding which one
            // fails is worth a check of each.
            table = faultyTable(dir, tables);
            if (table.isEmpty())
                return damage(thorough ? QStringLiteral("Xapian's consistency check found errors in it")
                                       : QStringLiteral("one of its files is corrupt"));
        }
        return damage(QStringLiteral("its file %1.glass is corrupt").arg(table));
    } catch (const Xapian::Error &e) {
        log()->warn("checking the index {}: {}", dir.toStdString(), e.get_description());
    }
    return {};
}

Inspection inspectOnce(const QString &dir, bool thorough)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return {Inspection::Absent, {}};
    if (!info.isDir())
        return damage(QStringLiteral("it is a file, not a folder"));
    if (QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return {Inspection::Absent, {}};
    std::vector<TableNeeds> tables;
    if (Inspection v = readVersionFile(dir, tables); v.kind != Inspection::Healthy)
        return v;
    for (const TableNeeds &t : tables) {
        const QString name = QString::fromLatin1(t.name) + QStringLiteral(".glass");
        const QFileInfo file(dir + QLatin1Char('/') + name);
        if (!t.used)
            continue;
        if (!file.exists())
            return damage(QStringLiteral("its file %1 is missing").arg(name));
        if (!file.isFile())
            return damage(QStringLiteral("its %1 is not a file").arg(name));
        if (quint64(file.size()) < t.minimumSize)
            return damage(QStringLiteral("its file %1 is cut short").arg(name));
        if (!file.isReadable())
            return {Inspection::Unreadable, QStringLiteral("its file %1: permission denied").arg(name)};
    }
    return probe(dir, tables, thorough);
}

// A rebuild in another process swaps the folder and a writer adds blocks before it rewrites
// the version file: what looks damaged is looked at once more a moment later.
Inspection inspect(const QString &dir, bool thorough = false)
{
    Inspection first = inspectOnce(dir, thorough);
    if (first.kind != Inspection::Damaged)
        return first;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return inspectOnce(dir, thorough);
}

// An index folder with something in it (a missing or empty folder is no index yet).
bool present(const QString &dir)
{
    const QFileInfo info(dir);
    return info.exists() && (!info.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
}

// --- leftovers ---------------------------------------------------------------------------------

// Siblings of the index folder `dir` named `dir` + `suffix` + anything matching `tail` (a
// regular expression), sorted by name.
QStringList siblings(const QString &dir, const QString &suffix, const QString &tail = QStringLiteral(".*"))
{
    const QFileInfo info(dir);
    const QString base = info.fileName() + suffix;
    const QRegularExpression rest(QStringLiteral("\\A(?:%1)\\z").arg(tail));
    const QDir parent = info.absoluteDir();
    QStringList found;
    for (const QString &name : parent.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name)) {
        if (name.startsWith(base) && rest.match(name.mid(base.size())).hasMatch())
            found.append(QDir(info.path()).filePath(name));
    }
    return found;
}

// An unfinished rebuild's folders: `dir.new`, its shards `dir.new.shardN`, `dir.old`.
QStringList rebuildLeftovers(const QString &dir)
{
    return siblings(dir, QStringLiteral(".new"), QStringLiteral("|\\.shard\\d+")) + siblings(dir, QStringLiteral(".old"), QString());
}

Status removeFolders(const QStringList &paths)
{
    for (const QString &path : paths) {
        std::error_code error;
        std::filesystem::remove_all(utf8(path), error);
        if (error)
            return Status::failure(QStringLiteral("The leftover folder %1 could not be removed: %2.")
                                       .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.message().c_str())),
                                   ErrorKind::Unavailable);
        log()->info("removed the leftover folder {}", path.toStdString());
    }
    return {};
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

const QStringList &operatorWords()
{
    static const QStringList words{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("XOR"),
                                   QStringLiteral("NEAR"), QStringLiteral("ADJ")};
    return words;
}

// The fields of the query language: the facets, and the two that Xapian's parser reads.
QStringList queryFields()
{
    return facetFields() + QStringList{QStringLiteral("title"), QStringLiteral("population")};
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// "There is no field "citty"; fields are: ... (did you mean city?)."
QString unknownFieldMessage(const QString &typed, const QStringList &fields)
{
    const QString name = typed.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    QString closest;
    int best = name.size() > 4 ? 3 : 2;
    for (const QString &field : fields) {
        if (const int distance = editDistance(name, field); distance < best) {
            best = distance;
            closest = field;
        }
    }
    return QStringLiteral("There is no field \"%1\"; fields are: %2%3.")
        .arg(typed.left(40), fields.join(QStringLiteral(", ")),
             closest.isEmpty() ? QString() : QStringLiteral(" (did you mean %1?)").arg(closest));
}

QString fieldExample(const QString &field)
{
    static const QHash<QString, QString> examples{
        {QStringLiteral("type"), QStringLiteral("type:practice")},     {QStringLiteral("network"), QStringLiteral("network:ERRIN")},
        {QStringLiteral("city"), QStringLiteral("city:Bologna")},      {QStringLiteral("country"), QStringLiteral("country:IT")},
        {QStringLiteral("theme"), QStringLiteral("theme:\"social action\"")}, {QStringLiteral("status"), QStringLiteral("status:ongoing")},
        {QStringLiteral("year"), QStringLiteral("year:2011..2013")},   {QStringLiteral("title"), QStringLiteral("title:volunteer")},
        {QStringLiteral("population"), QStringLiteral("population:100000..500000")}};
    return examples.value(field, field + QStringLiteral(":key"));
}

// A population range as Xapian's range processor reads it: whole numbers around "..", either
// end open. Empty when fine, else the reason.
QString populationProblem(const QString &value)
{
    static const QRegularExpression range(QStringLiteral("^(\\d{1,15})?\\.\\.(\\d{1,15})?$"));
    const auto m = range.match(value);
    if (!value.contains(QLatin1String("..")))
        return QStringLiteral("\"population:%1\" is not a range; write it as population:100000..500000, population:100000.. or "
                              "population:..500000.")
            .arg(value.left(40));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return QStringLiteral("The population range \"%1\" is not a range of whole numbers such as 100000..500000.").arg(value.left(40));
    if (!m.captured(1).isEmpty() && !m.captured(2).isEmpty() && m.captured(1).toLongLong() > m.captured(2).toLongLong())
        return QStringLiteral("The population range \"%1\" ends before it starts.").arg(value.left(40));
    return {};
}

// Splits field queries for facets (city:Bologna, -type:event, year:2011..2013,
// network:"Cities of Service") out of the text; other words stay, and so do title: and
// population: for Xapian's parser (checked here). An unknown field, a field without a value
// or a malformed population range is an error; "Note: ..." (nothing after the colon) and
// addresses such as http://... are words. While the user types (`partial`), a field still
// without its value at the end is left out.
Result<QString> extractFilters(const QString &text, bool partial, QList<ParsedFilter> &filters)
{
    static const QRegularExpression field(
        QStringLiteral("(^|[\\s(])([-+]?)([A-Za-z][A-Za-z_-]*):(?:\"([^\"]*)\"?|([^\\s)]*))"));
    QString rest;
    qsizetype last = 0;
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = normaliseField(m.captured(3));
        const bool quoted = m.capturedStart(4) >= 0;
        const QString value = (quoted ? m.captured(4) : m.captured(5)).trimmed();
        if (!queryFields().contains(name)) {
            if ((value.isEmpty() && !quoted) || value.startsWith(QLatin1String("//")))
                continue;
            return Result<QString>::failure(unknownFieldMessage(m.captured(3), queryFields()));
        }
        if (value.isEmpty() && partial && m.capturedEnd(0) == text.size()) {
            rest += text.mid(last, m.capturedStart(0) - last) + m.captured(1);
            last = m.capturedEnd(0);
            continue;
        }
        if (value.isEmpty())
            return Result<QString>::failure(QStringLiteral("The field %1 has no value; write it right after the colon, such as %2.")
                                                .arg(name, fieldExample(name)));
        if (name == QLatin1String("title") || name == QLatin1String("population")) {
            if (name == QLatin1String("population")) {
                if (const QString problem = populationProblem(value); !problem.isEmpty())
                    return Result<QString>::failure(problem);
            }
            // Xapian's parser knows the fields in lower case only.
            rest += text.mid(last, m.capturedStart(3) - last) + name;
            last = m.capturedEnd(3);
            continue;
        }
        rest += text.mid(last, m.capturedStart(0) - last) + m.captured(1) + QLatin1Char(' ');
        last = m.capturedEnd(0);
        filters.append({name, value, m.captured(2) == QLatin1String("-"), m.captured(0).trimmed()});
    }
    rest += text.mid(last);
    return rest;
}

// Control characters, lone surrogates and U+FFFD (what undecodable input becomes) are spaces;
// `invalid` tells whether there was any besides tabs and line breaks.
QString cleanText(const QString &text, bool *invalid)
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
            if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                *invalid = true;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

// Why a text gives nothing to search for (only operators, symbols or very common words), or
// empty when it has a word worth searching. While the user types (`partial`), the last word
// is the start of any word ("the" of "theme").
QString nothingToSearchFor(const QString &text, bool partial)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    bool anyWord = false;
    bool anyCommon = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured(0);
        anyWord = true;
        if (partial && m.capturedEnd(0) == text.size())
            return {};
        if (operatorWords().contains(w))
            continue;
        if (!englishStopper()(utf8(w.toLower())))
            return {};
        anyCommon = true;
    }
    const QString quoted = text.left(80);
    if (!anyWord && text.contains(QLatin1Char('*')))
        return QStringLiteral("A lone * matches nothing; put it at the end of the start of a word, such as volunt*.");
    if (!anyWord)
        return QStringLiteral("There is nothing to search for in \"%1\": it holds no words.").arg(quoted);
    if (!anyCommon)
        return QStringLiteral("There is nothing to search for in \"%1\": it holds only operators, which need words to work on.").arg(quoted);
    return QStringLiteral("There is nothing to search for in \"%1\": its words are too common to be indexed.").arg(quoted);
}

// "-oldham", "-fund -\"social action\"": when every part of the text is excluded, the words to
// exclude (Xapian would search them instead); else empty.
QString onlyExclusions(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("-?\"[^\"]*\"?|[^\\s\"]+"));
    QStringList excluded;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const QString p = it.next().captured(0);
        if (p == QLatin1String("-"))
            continue;
        if (!p.startsWith(QLatin1Char('-')))
            return {};
        excluded.append(p.mid(1));
    }
    return excluded.join(QLatin1Char(' '));
}

// Why Xapian's parser refused the text, in the user's terms.
QString syntaxProblem(const Xapian::QueryParserError &e)
{
    static const QRegularExpression op(QStringLiteral("<expression> (AND|OR|NOT|XOR|NEAR|ADJ)\\b"));
    const auto m = op.match(fromUtf8(e.get_msg()));
    if (m.hasMatch())
        return QStringLiteral("%1 needs words on both sides").arg(m.captured(1));
    return QStringLiteral("its operators do not fit together");
}

// Matches every document. Not a copy of Xapian::Query::MatchAll: that is one static object
// whose reference count (not atomic) every copy changes, a data race between threads.
Xapian::Query matchAll()
{
    return Xapian::Query(std::string());
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
    for (const QString &w : out.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        kept.append(operatorWords().contains(w) ? w.toLower() : w);
    return kept.join(QLatin1Char(' '));
}

// The other languages of a set of entries, added to `languages` (a cache of checked codes).
void collectLanguages(const QList<IndexEntry> &entries, std::set<QString> &languages, QHash<QString, QString> &checked)
{
    for (const IndexEntry &entry : entries) {
        if (entry.language.isEmpty() || entry.language == QLatin1String("en"))
            continue;
        auto it = checked.constFind(entry.language);
        if (it == checked.constEnd())
            it = checked.insert(entry.language, otherStemLanguage(entry.language));
        if (!it->isEmpty())
            languages.insert(*it);
    }
}

std::set<QString> languagesOf(const std::string &metadata)
{
    std::set<QString> languages;
    for (const QString &code : fromUtf8(metadata).split(QLatin1Char(','), Qt::SkipEmptyParts))
        languages.insert(code);
    return languages;
}

std::string languagesMetadata(const std::set<QString> &languages)
{
    return utf8(QStringList(languages.begin(), languages.end()).join(QLatin1Char(',')));
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
    // A parser for each other language the index holds (MetaLanguages), for this revision.
    struct Language
    {
        QString code;
        Xapian::Stem stem;
        Xapian::QueryParser parser;
    };
    std::vector<Language> languages;
    Xapian::rev languagesRevision = ~Xapian::rev(0);
    Xapian::rev synonymsRevision = ~Xapian::rev(0);
    QList<QStringList> synonymGroups;            // each group: phrases (lowercase words joined by ' ')
    QList<std::string> synonymFacets;            // each group's facet term ("XHpeople-helping-people"), or empty
    QHash<QString, int> synonymIndex;            // phrase → group
    int longestSynonym = 1;
    QHash<QString, QString> labels;              // "city:bologna" → "Bologna" (cache, this revision)
    Xapian::rev labelsRevision = ~Xapian::rev(0);

    explicit Reader(const std::string &path) : db(path) { configure(parser, stem); }

    void configure(Xapian::QueryParser &p, const Xapian::Stem &s)
    {
        p.set_database(db);
        p.set_stemmer(s);
        p.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        p.set_stopper(&englishStopper());
        p.set_default_op(Xapian::Query::OP_OR);
        p.add_prefix("title", PrefixTitle);
        p.add_rangeprocessor((new Xapian::NumberRangeProcessor(SlotPopulation, "population:"))->release());
        p.set_max_expansion(50, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                            Xapian::QueryParser::FLAG_PARTIAL | Xapian::QueryParser::FLAG_WILDCARD);
    }

    void loadLanguages()
    {
        const Xapian::rev revision = db.get_revision();
        if (revision == languagesRevision)
            return;
        languages.clear();
        for (const QString &code : fromUtf8(db.get_metadata(MetaLanguages)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (otherStemLanguage(code).isEmpty())
                continue;
            Language l{code, stemmerFor(code), Xapian::QueryParser()};
            configure(l.parser, l.stem);
            languages.push_back(std::move(l));
        }
        languagesRevision = revision;
    }

    // The stemmer a text of `language` was indexed with (English when empty or unknown).
    const Xapian::Stem &stemOf(const QString &language)
    {
        loadLanguages();
        const QString code = language.trimmed().toLower();
        for (const Language &l : languages) {
            if (l.code == code)
                return l.stem;
        }
        return stem;
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
    QString out;
    qsizetype last = 0;
    bool changed = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured(0);
        if (operatorWords().contains(w) || (partial && m.capturedEnd(0) == text.size()))
            continue;
        const std::string lower = utf8(w.toLower());
        // A word the index has, as typed or by its stem ("bond" for "bonds"), is not misspelt.
        if (englishStopper()(lower) || r.db.term_exists(lower) || r.db.term_exists("Z" + r.stem(lower)))
            continue;
        r.loadLanguages();
        if (std::any_of(r.languages.begin(), r.languages.end(), [&](Reader::Language &l) { return r.db.term_exists("Z" + l.stem(lower)); }))
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

// The text with its words in lower case but for the operators: Xapian's parser leaves a
// capitalised word unstemmed (a name, in English), but in German every noun is capitalised.
QString lowerButOperators(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QString out = text;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!operatorWords().contains(m.captured(0)))
            out.replace(m.capturedStart(0), m.capturedLength(0), m.captured(0).toLower());
    }
    return out;
}

// `english` (the query parsed with the English stemmer) ORed with the same text parsed with the
// stemmer of each other language the index holds, so that "Sozialwohnung" finds a German
// section that says "Sozialwohnungen". Phrases, operators, fields and wildcards keep their
// meaning in each; an alternative that comes out the same is left out. An English-only KB
// parses once, as before.
Xapian::Query inEveryLanguage(Reader &r, const Xapian::Query &english, const QString &text, unsigned flags)
{
    r.loadLanguages();
    if (r.languages.empty() || english.empty())
        return english;
    const std::string lowered = utf8(lowerButOperators(text));
    std::vector<Xapian::Query> alternatives{english};
    std::unordered_set<std::string> seen{english.get_description()};
    for (Reader::Language &l : r.languages) {
        try {
            Xapian::Query q = l.parser.parse_query(lowered, flags);
            if (!q.empty() && seen.insert(q.get_description()).second)
                alternatives.push_back(q);
        } catch (const Xapian::QueryParserError &) {
            // The English parse read it, or said why not.
        }
    }
    if (alternatives.size() == 1)
        return english;
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

} // namespace

class SearchIndex::Private
{
public:
    QString dir;
    Mode mode = Mode::ReadOnly;
    std::atomic<bool> exists{false};
    // The writer belongs to the writing thread; other threads only read `writable`.
    std::optional<Xapian::WritableDatabase> writer;
    std::atomic<bool> writable{false};
    std::unique_ptr<DocumentMaker> maker;

    std::mutex readersMutex;
    std::unordered_map<std::thread::id, std::shared_ptr<Reader>> readers;
    std::atomic<int> generation{0};

    std::string path() const { return utf8(dir); }

    void openWriter()
    {
        writer.emplace(path(), Xapian::DB_CREATE_OR_OPEN);
        writable = true;
    }
    void closeWriter()
    {
        writable = false;
        if (writer)
            writer->close();
        writer.reset();
    }

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

    // A Xapian error while `what` ran, as one sentence: damaged files say so (and how, when
    // the files show it), anything else gives its reason.
    Error errorFrom(const QString &what, const Xapian::Error &e, const QString &remedy = {})
    {
        log()->error("{}: {}", what.toStdString(), e.get_description());
        const Inspection found = inspect(dir);
        if (found.kind == Inspection::Damaged)
            return {damagedMessage(dir, found.why), ErrorKind::Unavailable};
        if (found.kind == Inspection::Unreadable)
            return {unreadableMessage(dir, found.why), ErrorKind::Unavailable};
        if (isCorruption(e))
            return {damagedMessage(dir, QStringLiteral("one of its files is corrupt")), ErrorKind::Unavailable};
        if (remedy.isEmpty())
            return {QStringLiteral("%1 failed: %2.").arg(what, reasonOf(e)), ErrorKind::Unavailable};
        return {QStringLiteral("%1 failed (%2); %3.").arg(what, reasonOf(e), remedy), ErrorKind::Unavailable};
    }

    // Runs `body` with this thread's reader; a database modified underneath (another process
    // or a rebuild) is reopened and the read retried.
    template<typename T, typename F>
    Result<T> withReader(const QString &what, F &&body)
    {
        if (!exists && !present(dir))
            return Result<T>::failure(QStringLiteral("The KB has no search index yet; run \"citykb-cli reindex\" to build it."),
                                      ErrorKind::Unavailable);
        exists = true;
        bool modified = false;
        QString openingReason;
        // A writer committing in quick succession can discard the revision being read more than
        // once; back off a little each time.
        for (int attempt = 0; attempt < 12; ++attempt) {
            if (attempt > 1)
                std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << (attempt - 2), 50)));
            try {
                std::shared_ptr<Reader> r = reader(attempt > 0);
                return body(*r);
            } catch (const Xapian::DatabaseModifiedError &e) {
                modified = true;
                log()->debug("{}: index modified while reading, reopening ({})", what.toStdString(), e.get_msg());
            } catch (const Xapian::DatabaseOpeningError &e) {
                // A rebuild in another process swaps the folder (then it is briefly missing);
                // damage or a refusal of the operating system lasts.
                const Inspection found = inspect(dir);
                if (found.kind == Inspection::Damaged)
                    return Result<T>::failure(damagedMessage(dir, found.why), ErrorKind::Unavailable);
                if (found.kind == Inspection::Unreadable)
                    return Result<T>::failure(unreadableMessage(dir, found.why), ErrorKind::Unavailable);
                modified = false;
                openingReason = e.get_error_string() ? QString::fromLocal8Bit(e.get_error_string()) : QString();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            } catch (const Xapian::Error &e) {
                return Result<T>(errorFrom(what, e));
            } catch (const std::exception &e) {
                log()->error("{}: {}", what.toStdString(), e.what());
                return Result<T>::failure(QStringLiteral("%1 failed: %2.").arg(what, QString::fromLocal8Bit(e.what())),
                                          ErrorKind::Unavailable);
            }
        }
        if (!present(dir))
            return Result<T>::failure(QStringLiteral("The search index at %1 has gone; run \"citykb-cli reindex\" to build it again.")
                                          .arg(QDir::toNativeSeparators(dir)),
                                      ErrorKind::Unavailable);
        if (modified)
            return Result<T>::failure(QStringLiteral("%1 failed: the search index kept changing while it was read; try again.").arg(what),
                                      ErrorKind::Unavailable);
        return Result<T>::failure(QStringLiteral("%1 failed: the search index at %2 could not be opened%3; try again.")
                                      .arg(what, QDir::toNativeSeparators(dir),
                                           openingReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(openingReason)),
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
    try {
        d->closeWriter();
    } catch (const Xapian::Error &e) {
        log()->error("closing the index: {}", e.get_description());
    }
}

QString SearchIndex::engineVersion()
{
    return QString::fromLatin1(Xapian::version_string());
}

int SearchIndex::formatVersion() { return IndexFormat; }
const QString &SearchIndex::path() const { return d->dir; }
bool SearchIndex::exists() const { return d->exists || present(d->dir); }
bool SearchIndex::isWritable() const { return d->writable; }

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString &dir, Mode mode)
{
    using R = Result<std::unique_ptr<SearchIndex>>;
    const Inspection found = inspect(dir);
    if (found.kind == Inspection::Damaged) {
        log()->warn("the search index at {} is damaged: {}", dir.toStdString(), found.why.toStdString());
        return R::failure(damagedMessage(dir, found.why), ErrorKind::Unavailable);
    }
    if (found.kind == Inspection::Unreadable)
        return R::failure(unreadableMessage(dir, found.why), ErrorKind::Unavailable);
    auto p = std::make_unique<Private>();
    p->dir = dir;
    p->mode = mode;
    p->exists = found.kind == Inspection::Healthy;
    if (mode == Mode::ReadWrite) {
        try {
            p->openWriter();
            p->maker = std::make_unique<DocumentMaker>();
            p->exists = true;
        } catch (const Xapian::DatabaseLockError &) {
            return R::failure(QStringLiteral("The search index at %1 is in use by another process.").arg(QDir::toNativeSeparators(dir)),
                              ErrorKind::Unavailable);
        } catch (const Xapian::Error &e) {
            log()->error("opening the index {}: {}", dir.toStdString(), e.get_description());
            if (isCorruption(e))
                return R::failure(damagedMessage(dir, QStringLiteral("one of its files is corrupt")), ErrorKind::Unavailable);
            return R::failure(QStringLiteral("The search index at %1 cannot be opened for writing (%2).")
                                  .arg(QDir::toNativeSeparators(dir), reasonOf(e)),
                              ErrorKind::Unavailable);
        }
        // Holding the index's write lock, nothing else is rebuilding it: what an unfinished
        // rebuild left can go.
        if (Status s = removeFolders(rebuildLeftovers(dir)); !s)
            log()->warn("{}", s.error().toStdString());
    }
    return std::unique_ptr<SearchIndex>(new SearchIndex(std::move(p)));
}

bool SearchIndex::looksDamaged(const QString &dir, QString *why, Depth depth)
{
    const Inspection found = inspect(dir, depth == Depth::Thorough);
    if (why)
        *why = found.kind == Inspection::Damaged ? found.why : QString();
    return found.kind == Inspection::Damaged;
}

Result<QString> SearchIndex::setAsideDamaged(const QString &dir)
{
    const QString aside = dir + QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    std::error_code error;
    std::filesystem::rename(utf8(dir), utf8(aside), error);
    if (error)
        return Result<QString>::failure(QStringLiteral("The damaged search index at %1 could not be set aside: %2.")
                                            .arg(QDir::toNativeSeparators(dir), QString::fromLocal8Bit(error.message().c_str())),
                                        ErrorKind::Unavailable);
    log()->warn("set the damaged search index aside as {}", aside.toStdString());
    if (Status s = removeFolders(leftovers(dir)); !s)
        log()->warn("{}", s.error().toStdString());
    return aside;
}

QString SearchIndex::keptDamagedCopy(const QString &dir)
{
    // The names end in a UTC time that sorts as text.
    const QStringList copies = siblings(dir, QStringLiteral(".damaged-"));
    return copies.isEmpty() ? QString() : copies.last();
}

QStringList SearchIndex::leftovers(const QString &dir)
{
    QStringList found = rebuildLeftovers(dir);
    QStringList copies = siblings(dir, QStringLiteral(".damaged-"));
    if (!copies.isEmpty())
        copies.removeLast(); // the newest is kept for diagnosis
    return found + copies;
}

Status SearchIndex::removeLeftovers(const QString &dir)
{
    return removeFolders(leftovers(dir));
}

Result<SearchIndex::State> SearchIndex::state()
{
    if (!d->exists && !present(d->dir))
        return State{};
    // Through this thread's reader, also on the writing thread: the writer is never shared, and
    // every write is committed before it returns.
    return d->withReader<State>(QStringLiteral("Reading the index state"), [&](Reader &r) -> Result<State> {
        State s;
        const std::string format = r.db.get_metadata(MetaFormat);
        s.format = format.empty() ? 0 : std::atoi(format.c_str());
        s.revision = std::strtoll(r.db.get_metadata(MetaRevision).c_str(), nullptr, 10);
        s.lastChange = fromUtf8(r.db.get_metadata(MetaLastChange));
        return s;
    });
}

// Below this many documents, starting a thread to make them costs more than it saves.
constexpr std::size_t BackgroundMakerMinimum = 16;

Status SearchIndex::apply(const QList<RecordUpdate> &updates, qint64 revision, const QString &lastChange)
{
    if (!d->writer)
        return Status::failure(QStringLiteral("The search index is open read-only."), ErrorKind::Unavailable);
    Xapian::WritableDatabase &db = *d->writer;
    try {
        // One transaction: the documents and the revision they bring the index to land together.
        db.begin_transaction(true);
        try {
            std::set<QString> languages = languagesOf(db.get_metadata(MetaLanguages));
            const std::size_t knownLanguages = languages.size();
            QHash<QString, QString> checked;
            std::vector<const IndexEntry *> entries;
            for (const RecordUpdate &u : updates) {
                if (!u.removed) {
                    for (const IndexEntry &entry : u.entries)
                        entries.push_back(&entry);
                }
            }
            // A few documents are made here; a batch (an import, a bulk edit) on a second thread.
            std::optional<BackgroundMaker> background;
            if (entries.size() >= BackgroundMakerMinimum)
                background.emplace(entries);
            std::unordered_map<std::string, Xapian::termcount> spellings;
            std::size_t next = 0;
            for (const RecordUpdate &u : updates) {
                collectLanguages(u.entries, languages, checked);
                db.delete_document(recordTerm(u.type, u.id));
                d->writeVocabulary(u);
                if (u.removed)
                    continue;
                for (const IndexEntry &entry : u.entries) {
                    MadeDocument made;
                    if (background) {
                        made = background->take(next++);
                    } else {
                        made.doc = d->maker->make(entry);
                        made.spellings = spellingWords(made.doc);
                    }
                    for (const std::string &word : made.spellings)
                        ++spellings[word];
                    db.replace_document(idTerm(entry), made.doc);
                }
            }
            // Once per word of the batch, counting the documents that hold it.
            for (const auto &[word, documents] : spellings)
                db.add_spelling(word, documents);
            // Languages are only ever added here (a rebuild forgets those no document has).
            if (languages.size() != knownLanguages)
                db.set_metadata(MetaLanguages, languagesMetadata(languages));
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
        return Status(d->errorFrom(QStringLiteral("Updating the search index"), e,
                                   QStringLiteral("it catches up on the next open for writing or with reindex")));
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
    // A killed rebuild may have left more shards than this one writes.
    if (Status s = removeFolders(rebuildLeftovers(d->dir)); !s)
        return s;

    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex;
    std::mutex languagesMutex;
    std::set<QString> languages;
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
            std::set<QString> shardLanguages;
            QHash<QString, QString> checked;
            RecordSink sink = [&](RecordUpdate &&u) -> Status {
                if (cancelled.load())
                    return Status::failure(QStringLiteral("Reindexing was cancelled."));
                if (u.removed)
                    return {};
                collectLanguages(u.entries, shardLanguages, checked);
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
            {
                std::lock_guard<std::mutex> lock(languagesMutex);
                languages.insert(shardLanguages.begin(), shardLanguages.end());
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
            log()->error("building shard {}: {}", w, e.get_description());
            results[std::size_t(w)] = Status::failure(QStringLiteral("Building the search index failed: %1.").arg(reasonOf(e)),
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
        fresh.set_metadata(MetaLanguages, languagesMetadata(languages));
        fresh.set_metadata(MetaRevision, std::to_string(revision));
        fresh.set_metadata(MetaLastChange, utf8(lastChange));
        fresh.commit(); // explicitly, so that errors surface here
        fresh.close();

        // Swap: the old index stays whole until the new one is complete.
        d->closeWriter();
        std::filesystem::rename(utf8(d->dir), utf8(oldDir), fsError);
        if (!fsError)
            std::filesystem::rename(utf8(newDir), utf8(d->dir), fsError);
        if (fsError) {
            // Put the old one back.
            std::error_code ignored;
            if (!QFileInfo::exists(d->dir))
                std::filesystem::rename(utf8(oldDir), utf8(d->dir), ignored);
            d->openWriter();
            cleanup();
            return Status::failure(QStringLiteral("Swapping in the new search index failed: %1.")
                                       .arg(QString::fromLocal8Bit(fsError.message().c_str())),
                                   ErrorKind::Unavailable);
        }
        std::filesystem::remove_all(utf8(oldDir), fsError);
        d->openWriter();
        d->exists = true;
        ++d->generation; // every thread's reader opens the new folder
    } catch (const Xapian::Error &e) {
        log()->error("finishing the rebuild: {}", e.get_description());
        if (!d->writer) {
            try {
                d->openWriter();
            } catch (const Xapian::Error &) {
            }
        }
        cleanup();
        return Status::failure(QStringLiteral("Building the search index failed: %1.").arg(reasonOf(e)), ErrorKind::Unavailable);
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
    if (!d->exists && !present(d->dir))
        return info;
    // Xapian reads a missing table file as an empty table: only the files show it.
    if (const Inspection found = inspect(d->dir); found.kind == Inspection::Damaged)
        return Result<IndexInfo>::failure(damagedMessage(d->dir, found.why), ErrorKind::Unavailable);
    return d->withReader<IndexInfo>(QStringLiteral("Reading the index"), [&](Reader &r) -> Result<IndexInfo> {
        info.exists = true;
        info.revision = std::strtoll(r.db.get_metadata(MetaRevision).c_str(), nullptr, 10);
        info.documents = r.db.get_doccount();
        info.records.clear();
        for (RecordType type : allRecordTypes())
            info.records.append({type, r.db.get_termfreq(makeTerm(PrefixMain, specFor(type).singular))});
        return info;
    });
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
            return R::failure(unknownFieldMessage(f.field, facetFields()));
        if (f.value.isEmpty())
            return R::failure(QStringLiteral("The field %1 has no value; write it right after the colon, such as %2.")
                                  .arg(f.field, fieldExample(f.field)));
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
                return R::failure(QStringLiteral("\"year:%1\" is not a year or a range of years such as year:2011..2013.").arg(f.value.left(40)));
            const int from = m.captured(1).toInt();
            const bool open = m.captured(0).contains(QLatin1String("..")) && m.captured(2).isEmpty();
            // An open range reaches as far as the index spreads a record's years (60).
            const int to = m.captured(2).isEmpty() ? (open ? from + 60 : from) : m.captured(2).toInt();
            if (to < from)
                return R::failure(QStringLiteral("The year range \"%1\" ends before it starts.").arg(f.value.left(40)));
            if (to - from > 200)
                return R::failure(QStringLiteral("The year range \"%1\" spans more than 200 years; narrow it.").arg(f.value.left(40)));
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
    Xapian::Query result = fields.empty() ? matchAll() : Xapian::Query(Xapian::Query::OP_AND, fields.begin(), fields.end());
    if (!exclude.empty())
        result = Xapian::Query(Xapian::Query::OP_AND_NOT, result, Xapian::Query(Xapian::Query::OP_OR, exclude.begin(), exclude.end()));
    return result;
}

Result<SearchResults> SearchIndex::Private::runSearch(Reader &r, const SearchQuery &query, const RecordFetcher &fetch)
{
    using R = Result<SearchResults>;
    SearchResults results;
    results.indexRevision = std::strtoll(r.db.get_metadata(MetaRevision).c_str(), nullptr, 10);

    // A longer text is a paste, not a query; searching part of it would be a guess.
    if (query.text.size() > MaxQueryChars)
        return R::failure(QStringLiteral("The query is %1 characters long; the limit is %2 characters.")
                              .arg(query.text.size()).arg(MaxQueryChars));
    bool invalid = false;
    const QString text = cleanText(query.text, &invalid);
    if (invalid)
        results.notices.append(QStringLiteral("The query held control characters or invalid text (such as a lone UTF-16 surrogate); "
                                              "they were read as spaces."));

    QList<ParsedFilter> filters;
    auto rest = extractFilters(text, query.partial, filters);
    if (!rest)
        return rest.fullError();
    QString freeText = rest.value().simplified();
    {
        QStringList words = freeText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > MaxQueryWords) {
            results.notices.append(
                QStringLiteral("The query has %1 words; only the first %2 were searched.").arg(words.size()).arg(MaxQueryWords));
            words = words.mid(0, MaxQueryWords);
            freeText = words.join(QLatin1Char(' '));
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
        QString parsed = s;
        unsigned used = flags;
        try {
            q = r.parser.parse_query(utf8(s), flags);
        } catch (const Xapian::QueryParserError &e) {
            results.notices.append(QStringLiteral("The query could not be read as search syntax (%1); its words were searched as "
                                                  "plain words instead.")
                                       .arg(syntaxProblem(e)));
            parsed = plainWords(s);
            used = query.partial ? unsigned(Xapian::QueryParser::FLAG_PARTIAL) : 0u;
            q = r.parser.parse_query(utf8(parsed), used);
        }
        if (corrected)
            *corrected = spellingCorrection(r, s, query.partial);
        return inEveryLanguage(r, q, parsed, used);
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

    // Words that cannot find anything: an error alone, left out beside filters.
    if (const QString problem = nothingToSearchFor(freeText, query.partial); !freeText.isEmpty() && !problem.isEmpty()) {
        if (filters.isEmpty())
            return R::failure(problem);
        results.notices.append(QStringLiteral("\"%1\" holds no word worth searching for; only the filters were applied.").arg(freeText.left(80)));
        freeText.clear();
    }
    if (freeText.isEmpty() && filters.isEmpty())
        return R::failure(QStringLiteral("Type a few words to search for."));

    QString corrected;
    Xapian::Query textQuery;
    const QString excluded = onlyExclusions(freeText);
    if (!excluded.isEmpty()) {
        // Only words to leave out ("-oldham"): everything (that passes the filters) but them.
        const Xapian::Query base = filters.isEmpty() ? matchAll() : filter.value();
        textQuery = Xapian::Query(Xapian::Query::OP_AND_NOT, base, parse(excluded, nullptr));
    } else if (!freeText.isEmpty()) {
        textQuery = parse(freeText, &corrected);
        if (textQuery.empty() && filters.isEmpty())
            return R::failure(QStringLiteral("There is nothing to search for in \"%1\".").arg(freeText.left(80)));
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
    if (mset.empty() && offset > 0 && results.total > 0)
        results.notices.append(QStringLiteral("There %1 %2%3 result%4; offset %5 is past the last one.")
                                   .arg(results.total == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                                        results.totalExact ? QString() : QStringLiteral("about "))
                                   .arg(results.total)
                                   .arg(results.total == 1 ? QString() : QStringLiteral("s"))
                                   .arg(offset));
    else if (mset.empty() && results.total == 0 && results.notices.isEmpty())
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
            QString language;
            for (const IndexEntry &e : *cached) {
                if (e.part == data.part && e.partNumber == data.partNumber) {
                    body = e.snippetText;
                    language = e.language;
                    break;
                }
            }
            if (!body.isEmpty())
                hit.snippet = fromUtf8(mset.snippet(utf8(body), 240, r.stemOf(language),
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
