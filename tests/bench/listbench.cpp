// List benchmark (issue 7, "Lists by page"): a store of the seed dataset plus N generated
// practices (tests/bench/generator.h), then random pages over the whole list, each read two
// ways: Store::listPage (one page of row summaries) and the old way, the same records read in
// full one by one with Store::getById; and, once for scale, Store::list of every record.
// Scenarios: sorted by title, filtered by a city (sorted by title and by -updated_at), and
// sorted by -updated_at. Every page is checked: its total, its size, ids that are the rows'
// records, and its order (by title, the slice of list()'s order). Prints a table; writes
// OUT/listbench.json.
//
//   citykb-listbench --records 100000 --pages 300 --out /tmp/citykb-listbench
//
// Only the store is measured, so the store is written directly (Store::create and
// importRecords), without a KB around it or a search index, whose upkeep is the slow part of
// writing. --reuse keeps a store of the same size from an earlier run. Not run by ctest except
// as a tiny smoke test.
#include "generator.h"
#include "ingest/bundlereader.h"
#include "store/store.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

using namespace citykb;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Latencies
{
    std::vector<double> ms;
    // Nearest rank, as in searchbench: p99 of 300 samples is the 297th smallest.
    double pct(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t i = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
        return sorted[i];
    }
    QJsonObject json() const
    {
        return {{QStringLiteral("p50_ms"), pct(50)}, {QStringLiteral("p95_ms"), pct(95)}, {QStringLiteral("p99_ms"), pct(99)},
                {QStringLiteral("max_ms"), ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end())},
                {QStringLiteral("samples"), qint64(ms.size())}};
    }
};

struct Scenario
{
    QString name;
    QList<Filter> filters;
    QString sort;
    Latencies page;  // listPage of one page
    Latencies full;  // the same records through getById
    qint64 total = 0;
};

// The first line of a /proc file that starts with `prefix`, without it.
QString procLine(const QString &file, const QString &prefix)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&f);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

// Writes the seed dataset and `practices` generated practices into a new store at `path`, in
// transactions of 5,000.
Status buildStore(const QString &path, const QString &data, qint64 practices, QTextStream &cout)
{
    auto seed = readDataDir(data);
    if (!seed)
        return Status::failure(seed.error());
    auto created = Store::create(path);
    if (!created)
        return Status::failure(created.error());
    Store &store = *created.value();
    if (auto imported = store.importRecords(seed.value()); !imported)
        return Status::failure(imported.error());
    bench::Generator generator(data, 42);
    if (!generator.ok())
        return Status::failure(QStringLiteral("There is no seed dataset at %1.").arg(data));
    QList<std::pair<RecordType, QJsonObject>> chunk;
    qint64 written = 0;
    // The generator's record(i) is a practice about 80% of the time; the others are skipped.
    for (qint64 i = 0; written < practices; ++i) {
        auto record = generator.record(i);
        if (record.first != RecordType::Practice)
            continue;
        chunk.append(std::move(record));
        ++written;
        if (chunk.size() == 5000 || written == practices) {
            if (auto imported = store.importRecords(chunk); !imported)
                return Status::failure(imported.error());
            chunk.clear();
            if (written % 20000 == 0)
                cout << "   " << written << " practices written" << Qt::endl;
        }
    }
    return store.checkpoint();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 records = 100000;
    int pages = 300;
    int limit = 100;
    bool reuse = false;
    QString filterText;
    QString out = QDir::temp().filePath(QStringLiteral("citykb-listbench"));
    QString data = qEnvironmentVariable("CITYKB_DATA", QStringLiteral(CITYKB_SOURCE_DATA_DIR));
    QTextStream cout(stdout);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--reuse")) {
            reuse = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            cout << "usage: citykb-listbench [--records N] [--pages N] [--limit N] [--filter FIELD=VALUE] [--data DIR] [--out DIR] [--reuse]"
                 << Qt::endl;
            return 2;
        }
        const QString value = args[++i];
        if (a == QLatin1String("--records"))
            records = value.toLongLong();
        else if (a == QLatin1String("--pages"))
            pages = value.toInt();
        else if (a == QLatin1String("--limit"))
            limit = value.toInt();
        else if (a == QLatin1String("--filter"))
            filterText = value;
        else if (a == QLatin1String("--data"))
            data = value;
        else if (a == QLatin1String("--out"))
            out = value;
        else {
            cout << "unknown option " << a << Qt::endl;
            return 2;
        }
    }
    if (records < 1 || pages < 1 || limit < 1) {
        cout << "--records, --pages and --limit take a number of 1 or more" << Qt::endl;
        return 2;
    }
    QDir().mkpath(out);

    const QString path = QDir(out).filePath(QStringLiteral("store-%1.sqlite").arg(records));
    double buildSeconds = 0;
    if (!reuse || !QFileInfo::exists(path)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        cout << "== writing the seed dataset and " << records << " practices into " << path << Qt::endl;
        const auto start = Clock::now();
        if (Status s = buildStore(path, data, records, cout); !s) {
            cout << s.error() << Qt::endl;
            return 1;
        }
        buildSeconds = msSince(start) / 1000.0;
        cout << "   written in " << buildSeconds << " s" << Qt::endl;
    }

    // Views read through read-only connections; so does the benchmark.
    auto opened = Store::open(path, Store::Mode::ReadOnly);
    if (!opened) {
        cout << opened.error() << Qt::endl;
        return 1;
    }
    const Store &store = *opened.value();
    auto count = store.count(RecordType::Practice);
    if (!count) {
        cout << count.error() << Qt::endl;
        return 1;
    }
    const qint64 practices = count.value();

    Filter filter{QStringLiteral("city"), bench::Generator(data, 42).cities().value(0)};
    if (!filterText.isEmpty()) {
        filter.field = filterText.section(QLatin1Char('='), 0, 0);
        filter.value = filterText.section(QLatin1Char('='), 1);
    }
    const QString filterName = filter.field + QLatin1Char('=') + filter.value;
    QList<Scenario> scenarios{
        {QStringLiteral("by title"), {}, QString(), {}, {}, 0},
        {QStringLiteral("by -updated_at"), {}, QStringLiteral("-updated_at"), {}, {}, 0},
        {filterName + QStringLiteral(", by title"), {filter}, QString(), {}, {}, 0},
        {filterName + QStringLiteral(", by -updated_at"), {filter}, QStringLiteral("-updated_at"), {}, {}, 0},
    };

    // For scale: every record in full, once without and once with the filter. Their keys, in
    // title order as list() gives them, are what the pages sorted by title must show.
    auto timeList = [&](const QList<Filter> &filters, QStringList &keys) -> double {
        const auto start = Clock::now();
        auto all = store.list(RecordType::Practice, filters);
        const double ms = msSince(start);
        if (all) {
            for (const QJsonObject &record : all.value())
                keys.append(record.value(QStringLiteral("key")).toString());
        }
        return ms;
    };
    QStringList allKeys, filteredKeys;
    const double listAllMs = timeList({}, allKeys);
    const double listFilteredMs = timeList({filter}, filteredKeys);
    const qint64 listAllCount = allKeys.size(), listFilteredCount = filteredKeys.size();
    if (listAllCount != practices) {
        cout << "list() returned " << listAllCount << " practices of " << practices << Qt::endl;
        return 1;
    }

    std::mt19937_64 rng(7);
    qint64 sink = 0;
    for (Scenario &scenario : scenarios) {
        PageQuery query;
        query.filters = scenario.filters;
        query.sort = scenario.sort;
        query.limit = limit;
        auto first = store.listPage(RecordType::Practice, query);
        if (!first) {
            cout << scenario.name << ": " << first.error() << Qt::endl;
            return 1;
        }
        scenario.total = first.value().total;
        if (scenario.total != (scenario.filters.isEmpty() ? listAllCount : listFilteredCount)) {
            cout << scenario.name << ": listPage counts " << scenario.total << " practices, list() "
                 << (scenario.filters.isEmpty() ? listAllCount : listFilteredCount) << Qt::endl;
            return 1;
        }
        const qint64 lastOffset = std::max<qint64>(0, scenario.total - limit);
        std::uniform_int_distribution<qint64> offsets(0, lastOffset);
        const int warmUp = std::min(10, pages);
        for (int p = -warmUp; p < pages; ++p) {
            query.offset = offsets(rng);
            const auto t0 = Clock::now();
            auto page = store.listPage(RecordType::Practice, query);
            const double pageMs = msSince(t0);
            if (!page) {
                cout << scenario.name << ": " << page.error() << Qt::endl;
                return 1;
            }
            const qint64 expected = std::min<qint64>(limit, scenario.total - query.offset);
            if (page.value().total != scenario.total || page.value().rows.size() != expected) {
                cout << scenario.name << ": a page at offset " << query.offset << " has " << page.value().rows.size()
                     << " rows of " << page.value().total << "; expected " << expected << " of " << scenario.total << Qt::endl;
                return 1;
            }
            // The page is the right slice: list()'s order for the title, descending order else.
            const QStringList &inOrder = scenario.filters.isEmpty() ? allKeys : filteredKeys;
            for (qsizetype r = 0; r < page.value().rows.size(); ++r) {
                const RecordSummary &row = page.value().rows.at(r);
                const bool ordered = scenario.sort.isEmpty()
                                         ? inOrder.value(query.offset + r) == row.key
                                         : r == 0 || std::pair(row.updatedAt, row.key) < std::pair(page.value().rows.at(r - 1).updatedAt,
                                                                                                    page.value().rows.at(r - 1).key);
                if (!ordered) {
                    cout << scenario.name << ": row " << query.offset + r << " (" << row.key << ") is out of order" << Qt::endl;
                    return 1;
                }
            }
            const auto t1 = Clock::now();
            for (const RecordSummary &row : page.value().rows) {
                auto record = store.getById(RecordType::Practice, row.id);
                if (!record) {
                    cout << scenario.name << ": " << record.error() << Qt::endl;
                    return 1;
                }
                if (record.value().value(QStringLiteral("key")).toString() != row.key) {
                    cout << scenario.name << ": the summary of " << row.key << " has another record's id" << Qt::endl;
                    return 1;
                }
                sink += record.value().size();
            }
            const double fullMs = msSince(t1);
            if (p < 0)
                continue; // warm-up
            scenario.page.ms.push_back(pageMs);
            scenario.full.ms.push_back(fullMs);
        }
    }

    QString table;
    QTextStream md(&table);
    md << "| scenario | matching | listPage p50 ms | listPage p99 ms | getById ×" << limit << " p50 ms | getById ×" << limit
       << " p99 ms | ratio p50 | ratio p99 |\n|---|---|---|---|---|---|---|---|\n";
    QJsonArray scenarioJson;
    double worstP99 = 0;
    for (const Scenario &s : scenarios) {
        worstP99 = std::max(worstP99, s.page.pct(99));
        const double r50 = s.full.pct(50) / std::max(s.page.pct(50), 1e-9);
        const double r99 = s.full.pct(99) / std::max(s.page.pct(99), 1e-9);
        md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(s.name).arg(s.total)
                  .arg(s.page.pct(50), 0, 'f', 2).arg(s.page.pct(99), 0, 'f', 2)
                  .arg(s.full.pct(50), 0, 'f', 2).arg(s.full.pct(99), 0, 'f', 2)
                  .arg(r50, 0, 'f', 1).arg(r99, 0, 'f', 1);
        QJsonArray filters;
        for (const Filter &f : s.filters)
            filters.append(QString(f.field + QLatin1Char('=') + f.value));
        scenarioJson.append(QJsonObject{{QStringLiteral("name"), s.name},
                                        {QStringLiteral("filters"), filters},
                                        {QStringLiteral("sort"), s.sort.isEmpty() ? QStringLiteral("title") : s.sort},
                                        {QStringLiteral("matching"), s.total},
                                        {QStringLiteral("list_page"), s.page.json()},
                                        {QStringLiteral("get_by_id"), s.full.json()},
                                        {QStringLiteral("ratio_p50"), r50},
                                        {QStringLiteral("ratio_p99"), r99}});
    }
    md << QStringLiteral("\nStore::list() of every record in full, once: %1 practices in %2 ms; with %3: %4 in %5 ms.\n")
              .arg(listAllCount).arg(listAllMs, 0, 'f', 0).arg(filterName).arg(listFilteredCount).arg(listFilteredMs, 0, 'f', 0);
    md << QStringLiteral("Target p99 < 20 ms for a page of %1: worst p99 %2 ms, %3.\n")
              .arg(limit).arg(worstP99, 0, 'f', 2).arg(worstP99 < 20 ? QStringLiteral("met") : QStringLiteral("missed"));

    const QJsonObject machine{{QStringLiteral("os"), QSysInfo::prettyProductName()},
                              {QStringLiteral("cpu"), procLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
                              {QStringLiteral("cores"), int(std::thread::hardware_concurrency())},
                              {QStringLiteral("memory"), procLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))},
                              {QStringLiteral("sqlite"), QString::fromUtf8(sqlite3_libversion())},
                              {QStringLiteral("qt"), QString::fromUtf8(qVersion())}};
    const QJsonObject result{{QStringLiteral("generated_practices"), records},
                             {QStringLiteral("practices"), practices},
                             {QStringLiteral("store_write_s"), buildSeconds},
                             {QStringLiteral("page_size"), limit},
                             {QStringLiteral("pages"), pages},
                             {QStringLiteral("scenarios"), scenarioJson},
                             {QStringLiteral("list_all"), QJsonObject{{QStringLiteral("records"), listAllCount}, {QStringLiteral("ms"), listAllMs}}},
                             {QStringLiteral("list_filtered"), QJsonObject{{QStringLiteral("filter"), filterName},
                                                                           {QStringLiteral("records"), listFilteredCount},
                                                                           {QStringLiteral("ms"), listFilteredMs}}},
                             {QStringLiteral("target_p99_ms"), 20},
                             {QStringLiteral("target_met"), worstP99 < 20},
                             {QStringLiteral("machine"), machine}};
    const QString jsonPath = QDir(out).filePath(QStringLiteral("listbench.json"));
    QFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(result).toJson()) < 0) {
        cout << "Could not write " << jsonPath << Qt::endl;
        return 1;
    }
    cout << Qt::endl << practices << " practices, " << pages << " random pages of " << limit << " per scenario (checksum " << sink
         << ")" << Qt::endl << Qt::endl << table << "\nwritten to " << jsonPath << Qt::endl;
    return 0;
}
