// Window benchmark: on the seed KB and on a KB of N generated records (tests/bench/generator.h),
// times the main window from SessionHost::open to its first view filled (the overview's
// charts, then the practice list's first page), from a search to its results (in the results
// model, and from the last keystroke in the search field, which includes the typing delay),
// the load of a far page of the practice list, and the memory in use after each step.
//
//   citykb-windowbench --records 100000 --out /tmp/citykb-windowbench
//
// The generated KB is kept in OUT and reused by the next run with the same size.
#include "app/knowledgebase.h"
#include "app/maintenanceservice.h"
#include "app/sessionhost.h"
#include "generator.h"
#include "gui/mainwindow.h"
#include "gui/recordlistmodel.h"
#include "gui/searchresultsmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace citykb;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The resident memory of this process in MB (VmRSS), or -1 where /proc is missing.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void report(const QString &what, double ms)
{
    out() << QStringLiteral("   %1: %2 ms, RSS %3 MB").arg(what, -44).arg(ms, 8, 'f', 1).arg(residentMb(), 0, 'f', 0)
          << Qt::endl;
}

// Builds a KB of `records` generated records in `dir` (store writes in chunks, then a reindex).
bool generate(const QString &dir, qint64 records, const QString &data)
{
    bench::Generator generator(data, 42);
    if (!generator.ok()) {
        out() << "no seed data at " << data << Qt::endl;
        return false;
    }
    auto created = KnowledgeBase::create(dir, data);
    if (!created) {
        out() << created.error() << Qt::endl;
        return false;
    }
    KnowledgeBase &kb = *created.value();
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<RecordType, QJsonObject>> chunk;
    for (qint64 i = 0; i < records; ++i) {
        chunk.append(generator.record(i));
        if (chunk.size() == 5000 || i == records - 1) {
            const Status imported = test::write(kb).importRecords(chunk);
            if (!imported) {
                out() << imported.error() << Qt::endl;
                return false;
            }
            chunk.clear();
        }
    }
    out() << "   store written in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    auto reindexed = MaintenanceService(kb).reindex();
    if (!reindexed) {
        out() << reindexed.error() << Qt::endl;
        return false;
    }
    out() << "   reindexed " << reindexed.value().records << " records in " << reindexed.value().seconds << " s" << Qt::endl;
    return true;
}

// Runs the measurements on the KB in `dir`; false when a view did not fill in time.
bool measure(const QString &dir, const QStringList &queries)
{
    constexpr int Timeout = 120000;
    SessionHost host;
    bool opened = false;
    Status openStatus;
    QObject::connect(&host, &SessionHost::opened, [&](const Status &status) {
        opened = true;
        openStatus = status;
    });
    QElapsedTimer timer;
    timer.start();
    host.open(dir, SessionHost::OpenMode::OpenExisting);
    if (!QTest::qWaitFor([&] { return opened; }, Timeout) || !openStatus.ok()) {
        out() << "the KB did not open: " << openStatus.error() << Qt::endl;
        return false;
    }
    report(QStringLiteral("KB open"), timer.nsecsElapsed() / 1e6);

    MainWindow window(host, dir);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitFor([&] { return window.findChildren<QChartView *>().size() == 4; }, Timeout))
        return false;
    report(QStringLiteral("ready: open to overview charts"), timer.nsecsElapsed() / 1e6);

    auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
    auto *list = qobject_cast<RecordListModel *>(table->model());
    auto firstRowShown = [&] {
        return list->rowCount() > 0 && !list->index(0, 0).data().toString().startsWith(QStringLiteral("…"));
    };
    timer.restart();
    window.showType(RecordType::Practice);
    if (!QTest::qWaitFor(firstRowShown, Timeout))
        return false;
    report(QStringLiteral("practice list, first page (%1 rows)").arg(list->rowCount()), timer.nsecsElapsed() / 1e6);

    // A far row: the view asks for its page as it comes into view.
    const int farRow = list->rowCount() * 9 / 10;
    timer.restart();
    table->scrollTo(list->index(farRow, 0), QAbstractItemView::PositionAtTop);
    if (!QTest::qWaitFor([&] { return !list->index(farRow, 0).data().toString().startsWith(QStringLiteral("…")); }, Timeout))
        return false;
    report(QStringLiteral("scroll to row %1: its page loaded").arg(farRow), timer.nsecsElapsed() / 1e6);

    auto *resultsView = window.findChild<QListView *>(QStringLiteral("resultsView"));
    auto *results = qobject_cast<SearchResultsModel *>(resultsView->model());
    bool arrived = false;
    QObject::connect(results, &SearchResultsModel::resultsChanged, [&] { arrived = true; });
    for (const QString &text : queries) {
        SearchQuery query;
        query.text = text;
        arrived = false;
        timer.restart();
        results->search(query);
        if (!QTest::qWaitFor([&] { return arrived && !results->isSearching(); }, Timeout))
            return false;
        report(QStringLiteral("search \"%1\" (%2 hits)").arg(text).arg(results->total()), timer.nsecsElapsed() / 1e6);
    }

    // As a user types: the window searches 150 ms after the last keystroke, the last word
    // matched as a prefix.
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    for (const QString &text : queries) {
        window.showType(RecordType::Practice);
        QTest::qWait(300);
        field->clear();
        QTest::keyClicks(field, text.chopped(1));
        QTest::qWait(300);
        arrived = false;
        timer.restart();
        QTest::keyClicks(field, text.right(1));
        if (!QTest::qWaitFor([&] { return arrived && !results->isSearching() && results->query().text == text; }, Timeout))
            return false;
        report(QStringLiteral("last keystroke of \"%1\" to results").arg(text), timer.nsecsElapsed() / 1e6);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's remembered layout stays out of the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the CityKB window on the seed KB and a generated one."));
    parser.addHelpOption();
    QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Records of the generated KB (0: none)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the KBs."), QStringLiteral("DIR"),
                                 QDir::temp().filePath(QStringLiteral("citykb-windowbench")));
    parser.addOptions({recordsOption, outOption});
    parser.process(app);
    const QString data = qEnvironmentVariable("CITYKB_DATA", KnowledgeBase::seedDataDir());
    const qint64 records = parser.value(recordsOption).toLongLong();
    const QString outDir = parser.value(outOption);
    const QStringList queries = {QStringLiteral("youth employment"), QStringLiteral("housing"),
                                 QStringLiteral("climate adaptation"), QStringLiteral("apprenticeship")};

    const QString seedDir = QDir(outDir).filePath(QStringLiteral("kb-seed"));
    QDir(seedDir).removeRecursively();
    {
        auto created = KnowledgeBase::create(seedDir, data);
        if (!created) {
            out() << created.error() << Qt::endl;
            return 1;
        }
    }
    out() << "== the seed KB" << Qt::endl;
    if (!measure(seedDir, queries)) {
        out() << "a view did not fill within two minutes" << Qt::endl;
        return 1;
    }

    if (records > 0) {
        const QString dir = QDir(outDir).filePath(QStringLiteral("kb-%1").arg(records));
        out() << "== " << records << " generated records in " << dir << Qt::endl;
        // A marker tells a finished KB from one whose generation was cut off.
        const QString done = QDir(dir).filePath(QStringLiteral("generated"));
        if (!QFile::exists(done)) {
            QDir(dir).removeRecursively();
            if (!generate(dir, records, data))
                return 1;
            QFile marker(done);
            if (!marker.open(QIODevice::WriteOnly))
                return 1;
        }
        if (!measure(dir, queries)) {
            out() << "a view did not fill within two minutes" << Qt::endl;
            return 1;
        }
    }
    return 0;
}
