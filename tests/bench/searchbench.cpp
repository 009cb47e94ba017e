// Search benchmark: builds a KB of N generated records (tests/bench/generator.h), times a full
// reindex, then runs a fixed query mix with facets and snippets through three engines on the
// same records: CityKB's search (KnowledgeBase::search), the same queries through bare Xapian
// calls on the same index (our overhead), and SQLite FTS5 (bm25 + snippet + a GROUP BY for city
// counts) over the same text. Prints a table; writes it to OUT/results.md too.
//
//   citykb-searchbench --records 10000,100000 --queries 1000 --out /tmp/citykb-bench
//
// --languages de,fr gives every tenth generated practice one of those languages in turn, so
// that the index holds them and every query is parsed in each of them too (docs/search.md,
// "Languages").
//
// Not run by ctest except as a tiny smoke test. The one place outside src/search that includes
// <xapian.h>: the bare calls are the point of comparison.
#include "app/knowledgebase.h"
#include "app/indexkeeper.h"
#include "testsupport.h"
#include "generator.h"
#include "search/indexentry.h"

#include <xapian.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unordered_map>

using namespace citykb;

namespace {

struct MixQuery
{
    const char *text;                                 // the free text
    QList<std::pair<const char *, const char *>> filters; // facet field, value (as typed)
};

// The fixed mix: what the relevance test's users type, against the generated vocabulary.
const QList<MixQuery> &mix()
{
    static const QList<MixQuery> all = {
        {"social inclusion", {}},
        {"youth employment", {}},
        {"housing homeless people", {}},
        {"volunteering policy", {}},
        {"community development", {{"city", "barcelona"}}},
        {"care services older people", {}},
        {"apprenticeship young people", {}},
        {"social innovation", {{"type", "practice"}}},
        {"\"social services\"", {}},
        {"migrants education", {}},
        {"poverty", {{"city", "bologna"}}},
        {"citizens participation", {{"theme", "participation"}}},
        {"digital platform", {}},
        {"quality standards", {}},
        {"employment", {{"network", "eurocities"}}},
        {"public procurement social clauses", {}},
        {"early school leaving", {}},
        {"inclusion", {{"year", "2010..2012"}}},
        {"partnership local authorities", {}},
        {"grants community initiatives", {{"type", "practice"}, {"status", "ongoing"}}},
    };
    return all;
}

struct Latencies
{
    std::vector<double> ms;
    double pct(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t i = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
        return sorted[i];
    }
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The bare Xapian side: the calls any Xapian program would make for the same query.
class BareXapian
{
public:
    BareXapian(const QString &indexPath, const QString &storePath) : m_db(utf8(indexPath)), m_stem("english")
    {
        for (const char *w : {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or",
                              "the", "to", "with"})
            m_stopper.add(w);
        m_parser.set_database(m_db);
        m_parser.set_stemmer(m_stem);
        m_parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        m_parser.set_stopper(&m_stopper);
        m_parser.set_default_op(Xapian::Query::OP_OR);
        sqlite3_open_v2(utf8(storePath).c_str(), &m_sql, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_prepare_v2(m_sql, "SELECT coalesce(summary,'') || ' ' || coalesce(innovation,'') FROM practices WHERE id = ?", -1, &m_practice, nullptr);
        sqlite3_prepare_v2(m_sql, "SELECT coalesce(summary,'') FROM events WHERE id = ?", -1, &m_event, nullptr);
        sqlite3_prepare_v2(m_sql, "SELECT coalesce(focus,'') || ' ' || coalesce(description,'') FROM working_groups WHERE id = ?", -1, &m_group, nullptr);
    }
    ~BareXapian()
    {
        sqlite3_finalize(m_practice);
        sqlite3_finalize(m_event);
        sqlite3_finalize(m_group);
        sqlite3_close(m_sql);
    }

    class Spy : public Xapian::MatchSpy
    {
    public:
        void operator()(const Xapian::Document &doc, double) override
        {
            const std::string list = doc.get_value(0);
            std::size_t start = 0;
            while (start < list.size()) {
                std::size_t end = list.find('\0', start);
                if (end == std::string::npos)
                    end = list.size();
                ++counts[list.substr(start, end - start)];
                start = end + 1;
            }
        }
        std::unordered_map<std::string, Xapian::doccount> counts;
    };

    std::size_t run(const MixQuery &q, int limit)
    {
        m_db.reopen();
        Xapian::Query query = m_parser.parse_query(q.text, Xapian::QueryParser::FLAG_DEFAULT);
        std::map<std::string, std::vector<Xapian::Query>> byField;
        for (const auto &[field, value] : q.filters) {
            const std::string f = field;
            const QString v = QString::fromUtf8(value);
            const char *prefix = f == "city" ? "XC" : f == "type" ? "XT" : f == "theme" ? "XH" : f == "network" ? "XN" : f == "status" ? "XS" : "XY";
            if (f == "year") {
                const QStringList range = v.split(QStringLiteral(".."));
                for (int y = range.first().toInt(); y <= range.last().toInt(); ++y)
                    byField[f].emplace_back(prefix + std::to_string(y));
            } else {
                byField[f].emplace_back(prefix + utf8(v));
            }
        }
        for (auto &[f, terms] : byField)
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
        Xapian::Enquire enquire(m_db);
        enquire.set_query(query);
        enquire.set_collapse_key(1, 1);
        Spy spy;
        enquire.add_matchspy(&spy);
        Xapian::MSet mset = enquire.get_mset(0, Xapian::doccount(limit), 1000);
        std::size_t bytes = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const std::string data = it.get_document().get_value(6); // xapianutil::SlotHitData
            // hit data: singular \x1f id \x1f ...
            const std::size_t a = data.find('\x1f');
            const std::string type = data.substr(0, a);
            const long long id = std::atoll(data.c_str() + a + 1);
            sqlite3_stmt *st = type == "practice" ? m_practice : type == "event" ? m_event : type == "working-group" ? m_group : nullptr;
            std::string text;
            if (st) {
                sqlite3_bind_int64(st, 1, id);
                if (sqlite3_step(st) == SQLITE_ROW)
                    text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                sqlite3_reset(st);
            }
            bytes += mset.snippet(text, 240, m_stem, Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE).size();
        }
        return bytes + spy.counts.size();
    }

private:
    Xapian::Database m_db;
    Xapian::Stem m_stem;
    Xapian::SimpleStopper m_stopper;
    Xapian::QueryParser m_parser;
    sqlite3 *m_sql = nullptr;
    sqlite3_stmt *m_practice = nullptr;
    sqlite3_stmt *m_event = nullptr;
    sqlite3_stmt *m_group = nullptr;
};

// SQLite FTS5 over the same text.
class Fts5
{
public:
    explicit Fts5(const QString &path)
    {
        QFile::remove(path);
        sqlite3_open(utf8(path).c_str(), &m_db);
        exec("PRAGMA journal_mode=WAL");
        exec("CREATE VIRTUAL TABLE fts USING fts5(title, body, city UNINDEXED, type UNINDEXED, tokenize='porter unicode61')");
    }
    ~Fts5()
    {
        sqlite3_finalize(m_search);
        sqlite3_finalize(m_facet);
        sqlite3_close(m_db);
    }
    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    void begin()
    {
        exec("BEGIN");
        sqlite3_prepare_v2(m_db, "INSERT INTO fts (title, body, city, type) VALUES (?, ?, ?, ?)", -1, &m_insert, nullptr);
    }
    void add(const QString &title, const QString &body, const QString &city, const QString &type)
    {
        const std::string t = utf8(title), b = utf8(body), c = utf8(city), ty = utf8(type);
        sqlite3_bind_text(m_insert, 1, t.c_str(), int(t.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 2, b.c_str(), int(b.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 3, c.c_str(), int(c.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 4, ty.c_str(), int(ty.size()), SQLITE_TRANSIENT);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
    }
    void commit()
    {
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        exec("COMMIT");
        sqlite3_prepare_v2(m_db,
                           "SELECT rowid, title, snippet(fts, 1, '<b>', '</b>', '...', 24) FROM fts WHERE fts MATCH ?1 "
                           "AND (?2 IS NULL OR city = ?2) AND (?3 IS NULL OR type = ?3) ORDER BY bm25(fts, 4.0, 1.0) LIMIT ?4",
                           -1, &m_search, nullptr);
        sqlite3_prepare_v2(m_db,
                           "SELECT city, count(*) FROM fts WHERE fts MATCH ?1 AND (?2 IS NULL OR city = ?2) "
                           "AND (?3 IS NULL OR type = ?3) GROUP BY city",
                           -1, &m_facet, nullptr);
    }
    std::size_t run(const MixQuery &q, int limit)
    {
        // Words ORed, each quoted so FTS5 syntax cannot trip; a phrase stays a phrase.
        QString text = QString::fromUtf8(q.text);
        QString match;
        if (text.startsWith(QLatin1Char('"'))) {
            match = text;
        } else {
            QStringList words;
            for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words.append(QLatin1Char('"') + w + QLatin1Char('"'));
            match = words.join(QStringLiteral(" OR "));
        }
        std::string city, type;
        for (const auto &[field, value] : q.filters) {
            if (std::string(field) == "city") city = value;
            if (std::string(field) == "type") type = value;
        }
        const std::string m = utf8(match);
        std::size_t bytes = 0;
        for (sqlite3_stmt *st : {m_search, m_facet}) {
            sqlite3_bind_text(st, 1, m.c_str(), int(m.size()), SQLITE_TRANSIENT);
            if (city.empty()) sqlite3_bind_null(st, 2); else sqlite3_bind_text(st, 2, city.c_str(), -1, SQLITE_TRANSIENT);
            if (type.empty()) sqlite3_bind_null(st, 3); else sqlite3_bind_text(st, 3, type.c_str(), -1, SQLITE_TRANSIENT);
            if (st == m_search)
                sqlite3_bind_int(st, 4, limit);
            while (sqlite3_step(st) == SQLITE_ROW)
                bytes += std::size_t(sqlite3_column_bytes(st, 1)) + std::size_t(sqlite3_column_bytes(st, 2));
            sqlite3_reset(st);
        }
        return bytes;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_search = nullptr;
    sqlite3_stmt *m_facet = nullptr;
};

QString ourQueryText(const MixQuery &q)
{
    QString text = QString::fromUtf8(q.text);
    for (const auto &[field, value] : q.filters)
        text += QStringLiteral(" %1:%2").arg(QString::fromUtf8(field), QString::fromUtf8(value));
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes{10000, 100000};
    int queries = 1000;
    int limit = 20;
    QString out = QDir::temp().filePath(QStringLiteral("citykb-bench"));
    QString data = qEnvironmentVariable("CITYKB_DATA", KnowledgeBase::seedDataDir());
    QStringList languages;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records")) {
            sizes.clear();
            for (const QString &n : args[i + 1].split(QLatin1Char(',')))
                sizes.append(n.toLongLong());
        } else if (args[i] == QLatin1String("--queries")) {
            queries = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--out")) {
            out = args[i + 1];
        } else if (args[i] == QLatin1String("--data")) {
            data = args[i + 1];
        } else if (args[i] == QLatin1String("--limit")) {
            limit = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--languages")) {
            languages = args[i + 1].split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
    QTextStream cout(stdout);
    QDir().mkpath(out);
    QString report;
    QTextStream md(&report);
    md << "| records | engine | build | build rate (records/s) | p50 ms | p95 ms | p99 ms | p99 vs bare Xapian |\n"
       << "|---|---|---|---|---|---|---|---|\n";

    for (qint64 n : sizes) {
        const QString dir = QDir(out).filePath(QStringLiteral("kb-%1").arg(n));
        QDir(dir).removeRecursively();
        cout << "== " << n << " records: generating into " << dir << Qt::endl;
        bench::Generator generator(data, 42);
        if (!generator.ok()) {
            cout << "no seed data at " << data << Qt::endl;
            return 1;
        }
        auto created = KnowledgeBase::create(dir, data);
        if (!created) {
            cout << created.error() << Qt::endl;
            return 1;
        }
        KnowledgeBase &kb = *created.value();
        Fts5 fts(QDir(out).filePath(QStringLiteral("fts-%1.sqlite").arg(n)));
        QList<std::pair<RecordType, QJsonObject>> chunk;
        QElapsedTimer timer;
        timer.start();
        qint64 ftsNs = 0;
        fts.begin();
        for (qint64 i = 0; i < n; ++i) {
            auto record = generator.record(i);
            if (!languages.isEmpty() && record.first == RecordType::Practice && i % 10 == 0)
                record.second.insert(QStringLiteral("language"), languages.at((i / 10) % languages.size()));
            QElapsedTimer t;
            t.start();
            QString body;
            const auto entries = buildIndexEntries(record.first, 0, record.second, {});
            body = entries.first().snippetText;
            fts.add(entries.first().title, body, record.second.value(QStringLiteral("cities")).toArray().first().toString(
                                                     record.second.value(QStringLiteral("city")).toString()),
                    specFor(record.first).singular);
            ftsNs += t.nsecsElapsed();
            chunk.append(record);
            if (chunk.size() == 5000 || i == n - 1) {
                auto imported = test::write(kb).importRecords(chunk);
                if (!imported) {
                    cout << imported.error() << Qt::endl;
                    return 1;
                }
                chunk.clear();
            }
        }
        QElapsedTimer commitTimer;
        commitTimer.start();
        fts.commit();
        ftsNs += commitTimer.nsecsElapsed();
        cout << "   store written in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

        auto reindexed = MaintenanceService(kb).reindex();
        if (!reindexed) {
            cout << reindexed.error() << Qt::endl;
            return 1;
        }
        const double rate = double(reindexed.value().records) / reindexed.value().seconds;
        const double ftsRate = double(n) / (double(ftsNs) / 1e9);
        cout << "   reindex: " << reindexed.value().records << " records in " << reindexed.value().seconds << " s = "
             << qRound(rate) << " records/s (" << std::thread::hardware_concurrency() << " cores)" << Qt::endl;

        BareXapian bare(QDir(dir).filePath(KnowledgeBase::indexDirName()), QDir(dir).filePath(KnowledgeBase::storeFileName()));
        Latencies ours, bareX, fts5;
        std::size_t sink = 0;
        qint64 totalHits = 0;
        for (int round = -1; round < queries / int(mix().size()) + 1; ++round) {
            for (const MixQuery &q : mix()) {
                SearchQuery sq;
                sq.text = ourQueryText(q);
                sq.limit = limit;
                auto t0 = std::chrono::steady_clock::now();
                auto r = SearchService(kb).search(sq);
                auto t1 = std::chrono::steady_clock::now();
                sink += bare.run(q, limit);
                auto t2 = std::chrono::steady_clock::now();
                sink += fts.run(q, limit);
                auto t3 = std::chrono::steady_clock::now();
                if (!r) {
                    cout << "search failed: " << r.error() << Qt::endl;
                    return 1;
                }
                if (round < 0)
                    continue; // warm-up
                totalHits += r.value().total;
                ours.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                bareX.ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
                fts5.ms.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
            }
        }
        auto row = [&](const char *engine, const QString &build, double buildRate, const Latencies &l) {
            const QString line = QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                                     .arg(n).arg(QString::fromUtf8(engine), build)
                                     .arg(buildRate > 0 ? QString::number(qRound(buildRate)) : QStringLiteral("-"))
                                     .arg(l.pct(50), 0, 'f', 2).arg(l.pct(95), 0, 'f', 2).arg(l.pct(99), 0, 'f', 2)
                                     .arg(l.pct(99) / std::max(bareX.pct(99), 1e-9), 0, 'f', 2);
            md << line << "\n";
            cout << line << Qt::endl;
        };
        row("CityKB search", QStringLiteral("reindex %1 s").arg(reindexed.value().seconds, 0, 'f', 1), rate, ours);
        row("bare Xapian", QStringLiteral("same index"), 0, bareX);
        row("SQLite FTS5", QStringLiteral("load %1 s").arg(double(ftsNs) / 1e9, 0, 'f', 1), ftsRate, fts5);
        cout << "   (" << ours.ms.size() << " queries each, limit " << limit << ", mean estimated matches "
             << (ours.ms.empty() ? 0 : totalHits / qint64(ours.ms.size())) << "; checksum " << qulonglong(sink) << ")" << Qt::endl;
    }
    md << "\nMachine: " << QSysInfo::prettyProductName() << ", " << std::thread::hardware_concurrency() << " cores, "
       << QSysInfo::currentCpuArchitecture() << "\n";
    QFile file(QDir(out).filePath(QStringLiteral("results.md")));
    if (file.open(QIODevice::WriteOnly))
        file.write(report.toUtf8());
    cout << Qt::endl << report;
    return 0;
}
