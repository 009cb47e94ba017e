// The KB keeps its search index in step with the store: seeding, imports, a write the index
// missed (a kill between the SQLite and the Xapian commit) healing on the next open, drift in
// check, reindex, restore, the CLI's search/similar/reindex contract, and searches on a worker
// thread while the owning thread writes.
#include "app/knowledgebase.h"
#include "cli/cli.h"
#include "report/bundlewriter.h"
#include "app/indexkeeper.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace citykb;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}

QStringList keysOf(const SearchResults &r)
{
    QStringList k;
    for (const SearchHit &h : r.hits)
        k.append(h.key);
    return k;
}

struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestSearchKb : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString m_seeded; // a seeded KB, shared by read-only tests
    QString freshDir() { return m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n)); }

    std::unique_ptr<KnowledgeBase> open(const QString &dir, KnowledgeBase::Access access)
    {
        auto kb = KnowledgeBase::open(dir, access);
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        return std::move(kb).value();
    }
    static Result<SearchResults> search(KnowledgeBase &kb, const QString &text, int limit = 10)
    {
        SearchQuery q;
        q.text = text;
        q.limit = limit;
        return SearchService(kb).search(q);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_seeded = freshDir();
        auto kb = KnowledgeBase::create(m_seeded, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
    }

    void seededKbIsIndexedAndHealthy()
    {
        auto kb = open(m_seeded, KnowledgeBase::Access::Read);
        auto report = MaintenanceService(*kb).check();
        QVERIFY(report);
        QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
        QCOMPARE(report.value().indexRevision, report.value().storeRevision);
        auto info = kb->index().info();
        QVERIFY(info);
        auto stats = BrowseService(*kb).stats();
        QVERIFY(stats);
        for (const auto &[type, n] : stats.value().counts) {
            for (const auto &[t, inIndex] : info.value().records) {
                if (t == type)
                    QCOMPARE(inIndex, n);
            }
        }
        QCOMPARE(stats.value().indexRevision, stats.value().storeRevision);
    }

    void everyRecordTypeIsSearchable()
    {
        auto kb = open(m_seeded, KnowledgeBase::Access::Read);
        for (RecordType type : allRecordTypes()) {
            auto records = BrowseService(*kb).records(type, {});
            QVERIFY(records);
            if (records.value().isEmpty())
                continue;
            const QJsonObject first = records.value().first();
            const QString title = first.value(specFor(type).titleField).toString();
            SearchQuery q;
            q.text = QStringLiteral("\"%1\"").arg(title.isEmpty() ? first.value(QStringLiteral("key")).toString() : title);
            q.type = type;
            q.limit = 50;
            auto r = SearchService(*kb).search(q);
            QVERIFY2(r, qPrintable(r.error()));
            QVERIFY2(keysOf(r.value()).contains(first.value(QStringLiteral("key")).toString()),
                     qPrintable(specFor(type).word + QStringLiteral(": ") + q.text));
        }
    }

    void answersSayWhichQuestion()
    {
        auto kb = open(m_seeded, KnowledgeBase::Access::Read);
        SearchQuery q;
        q.text = QStringLiteral("task team on volunteering self-reliance");
        q.type = RecordType::Response;
        auto r = SearchService(*kb).search(q);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r.value().hits.isEmpty());
        const SearchHit &hit = r.value().hits.first();
        QCOMPARE(hit.key, QStringLiteral("change-questionnaire-eurotowns"));
        QCOMPARE(hit.part, HitPart::Answer);
        QVERIFY2(hit.context.startsWith(QStringLiteral("Question ")), qPrintable(hit.context));
        QVERIFY(hit.snippet.contains(QStringLiteral("<b>")));
    }

    void documentSectionsSayWhichSection()
    {
        auto kb = KnowledgeBase::create(freshDir(), QString());
        QVERIFY(kb);
        QVERIFY(test::write(*kb.value()).importRecords(test::sampleGraph()));
        auto r = search(*kb.value(), QStringLiteral("because"));
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r.value().hits.isEmpty());
        QCOMPARE(r.value().hits.first().part, HitPart::Section);
        QCOMPARE(r.value().hits.first().context, QStringLiteral("Section: 1. Why (page 2)"));
        auto report = MaintenanceService(*kb.value()).check();
        QVERIFY(report);
        QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
    }

    // A write whose index update never happened (the process died between the SQLite commit
    // and the Xapian commit) is seen by check and healed by the next open for writing.
    void missedWriteHealsOnNextOpen()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA")));
        {
            // Straight to the store file, as if the process died after the SQLite commit: the
            // index is not told.
            auto store = Store::open(QDir(dir).filePath(KnowledgeBase::storeFileName()), Store::Mode::ReadWrite);
            QVERIFY(store);
            QVERIFY(store.value()->create(RecordType::Practice,
                                          json("{'key':'zanzibar-lantern-club','title':'Zanzibar lantern club',"
                                               "'summary':'Neighbours light the streets together.','cities':['bologna']}")));
            QVERIFY(store.value()->remove(RecordType::Practice, QStringLiteral("jobbtorg-stockholm")));
        }
        {
            auto kb = open(dir, KnowledgeBase::Access::Read);
            auto report = MaintenanceService(*kb).check();
            QVERIFY(report);
            QVERIFY(!report.value().healthy());
            QVERIFY2(report.value().indexProblems.join(QLatin1Char(' ')).contains(QStringLiteral("behind")),
                     qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
            auto r = search(*kb, QStringLiteral("zanzibar lantern"));
            QVERIFY(r); // a read-only open searches what is there and says it lags
            QVERIFY(!keysOf(r.value()).contains(QStringLiteral("zanzibar-lantern-club")));
            QVERIFY(r.value().notices.join(QLatin1Char(' ')).contains(QStringLiteral("behind")));
        }
        {
            auto kb = open(dir, KnowledgeBase::Access::Write);
            auto r = search(*kb, QStringLiteral("zanzibar lantern"));
            QVERIFY(r);
            QCOMPARE(keysOf(r.value()).value(0), QStringLiteral("zanzibar-lantern-club"));
            auto gone = search(*kb, QStringLiteral("Jobbtorg"));
            QVERIFY(gone);
            QVERIFY(!keysOf(gone.value()).contains(QStringLiteral("jobbtorg-stockholm")));
            auto report = MaintenanceService(*kb).check();
            QVERIFY(report);
            QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
        }
    }

    // The same with a real process that dies right after its store commit.
    void killedProcessHealsOnNextOpen()
    {
        const QString dir = freshDir();
        QVERIFY(KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA")));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto kb = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
            if (!kb)
                _exit(2);
            auto id = test::write(*kb.value()).create(RecordType::Practice, json("{'key':'quokka-repair-cafe','title':'Quokka repair cafe'}"));
            _exit(id ? 0 : 3); // no destructor, no index update: as if killed
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        auto kb = open(dir, KnowledgeBase::Access::Write); // takes over the stale lock, replays
        auto r = search(*kb, QStringLiteral("quokka"));
        QVERIFY(r);
        QCOMPARE(keysOf(r.value()), QStringList{QStringLiteral("quokka-repair-cafe")});
        auto report = MaintenanceService(*kb).check();
        QVERIFY(report);
        QVERIFY(report.value().healthy());
    }

    void renamesReachTheRecordsThatShowTheName()
    {
        const QString dir = freshDir();
        auto created = KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY(created);
        auto &kb = *created.value();
        auto city = kb.reader().value()->get(RecordType::City, QStringLiteral("oldham"));
        QVERIFY(city);
        QJsonObject renamed = city.value();
        renamed.insert(QStringLiteral("name"), QStringLiteral("Wombleton"));
        QVERIFY(test::write(kb).update(RecordType::City, QStringLiteral("oldham"), renamed));
        SearchQuery q;
        q.text = QStringLiteral("Wombleton");
        q.type = RecordType::Practice;
        auto r = SearchService(kb).search(q);
        QVERIFY(r);
        QVERIFY(keysOf(r.value()).contains(QStringLiteral("co-operative-oldham-fund")));
    }

    void indexOfAnotherStoreIsRebuilt()
    {
        const QString dir = freshDir();
        const QString backup = m_tmp.filePath(QStringLiteral("before.sqlite"));
        {
            auto kb = KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA"));
            QVERIFY(kb);
            QVERIFY(kb.value()->backup(backup));
            QVERIFY(test::write(*kb.value()).create(RecordType::Practice, json("{'key':'later-one','title':'Platypus later practice'}")));
            QVERIFY(kb.value()->restore(backup));
            auto r = search(*kb.value(), QStringLiteral("platypus"));
            QVERIFY(r);
            QVERIFY(r.value().hits.isEmpty());
            auto report = MaintenanceService(*kb.value()).check();
            QVERIFY(report);
            QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
        }
        // A store swapped behind the KB's back (same revision count, other history) is noticed.
        {
            auto kb = open(dir, KnowledgeBase::Access::Write);
            QVERIFY(test::write(*kb).create(RecordType::Practice, json("{'key':'a-one','title':'Aardvark practice'}")));
        }
        QFile::remove(QDir(dir).filePath(KnowledgeBase::storeFileName()));
        QVERIFY(QFile::copy(backup, QDir(dir).filePath(KnowledgeBase::storeFileName())));
        {
            auto kb = open(dir, KnowledgeBase::Access::Read);
            auto report = MaintenanceService(*kb).check();
            QVERIFY(report);
            QVERIFY(!report.value().healthy());
        }
        {
            auto kb = open(dir, KnowledgeBase::Access::Write);
            QVERIFY(test::write(*kb).create(RecordType::Practice, json("{'key':'b-one','title':'Bandicoot practice'}")));
            auto r = search(*kb, QStringLiteral("aardvark"));
            QVERIFY(r);
            QVERIFY(r.value().hits.isEmpty());
            auto report = MaintenanceService(*kb).check();
            QVERIFY(report);
            QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
        }
    }

    void importIsIndexed()
    {
        const QString dir = freshDir();
        auto kb = KnowledgeBase::create(dir, QString());
        QVERIFY(kb);
        QMap<RecordType, QList<QJsonObject>> bundle;
        for (const auto &[type, record] : test::sampleGraph())
            bundle[type].append(record);
        const QString file = m_tmp.filePath(QStringLiteral("graph.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeBundle(bundle));
        f.close();
        QVERIFY(importOne(*kb.value(), file));
        auto r = search(*kb.value(), QStringLiteral("Eurotowns"));
        QVERIFY(r);
        QVERIFY(keysOf(r.value()).contains(QStringLiteral("eurotowns")));
        auto report = MaintenanceService(*kb.value()).check();
        QVERIFY(report);
        QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
    }

    void searchOnWorkerThreadsWhileWriting()
    {
        const QString dir = freshDir();
        auto created = KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY(created);
        KnowledgeBase &kb = *created.value();
        std::atomic<bool> stop{false};
        std::atomic<int> failures{0};
        std::atomic<int> done{0};
        std::mutex errorsMutex;
        QStringList errors;
        std::vector<std::thread> workers;
        for (int t = 0; t < 2; ++t) {
            workers.emplace_back([&] {
                while (!stop.load()) {
                    SearchQuery q;
                    q.text = QStringLiteral("social innovation city:barcelona");
                    auto r = SearchService(kb).search(q);
                    if (!r || r.value().hits.isEmpty()) {
                        std::lock_guard<std::mutex> lock(errorsMutex);
                        errors.append(r ? QStringLiteral("no hits") : r.error());
                        ++failures;
                    }
                    ++done;
                }
                kb.releaseThreadReaders();
            });
        }
        for (int i = 0; i < 20; ++i) {
            QVERIFY(test::write(kb).create(RecordType::Practice,
                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("worker-%1").arg(i)},
                                                  {QStringLiteral("title"), QStringLiteral("Social innovation lab %1").arg(i)},
                                                  {QStringLiteral("cities"), QJsonArray{QStringLiteral("barcelona")}}}));
        }
        auto rebuilt = MaintenanceService(kb).reindex();
        QVERIFY2(rebuilt, qPrintable(rebuilt.error()));
        stop = true;
        for (std::thread &t : workers)
            t.join();
        QVERIFY2(failures.load() == 0, qPrintable(errors.join(QStringLiteral(" | "))));
        QVERIFY(done.load() > 0);
    }

    void similarRecords()
    {
        auto kb = open(m_seeded, KnowledgeBase::Access::Read);
        auto r = SearchService(*kb).similar(RecordType::Practice, QStringLiteral("birmingham-apprenticeship-scheme"));
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r.value().hits.isEmpty());
        for (const SearchHit &h : r.value().hits) {
            QCOMPARE(h.type, RecordType::Practice);
            QVERIFY(h.key != QLatin1String("birmingham-apprenticeship-scheme"));
        }
        QVERIFY(!SearchService(*kb).similar(RecordType::Practice, QStringLiteral("no-such-practice")));
    }

    void cliSearchJson()
    {
        auto run = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("social return on investment"),
                        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(run.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(doc.value(QStringLiteral("total")).toInteger() > 0);
        const QJsonArray hits = doc.value(QStringLiteral("hits")).toArray();
        QVERIFY(!hits.isEmpty() && hits.size() <= 5);
        const QJsonObject hit = hits.first().toObject();
        QVERIFY(recordTypeWords().contains(hit.value(QStringLiteral("type")).toString()));
        QCOMPARE(hit.value(QStringLiteral("type")).toString(), QStringLiteral("practices"));
        QVERIFY(hit.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(hit.value(QStringLiteral("key")).toString(), QStringLiteral("barcelona-home-care-sroi"));
        QVERIFY(!hit.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(hit.value(QStringLiteral("score")).toDouble() > 0);
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<b>")));
        QVERIFY(hit.contains(QStringLiteral("context")));
        QVERIFY(doc.value(QStringLiteral("facets")).toObject().value(QStringLiteral("type")).toObject().value(QStringLiteral("practices")).toInt() > 0);
        QVERIFY(doc.value(QStringLiteral("suggestion")).isNull());

        auto misspelt = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("apprentiseship"), QStringLiteral("--json")});
        QCOMPARE(misspelt.code, 0);
        const QJsonObject m = QJsonDocument::fromJson(misspelt.out.toUtf8()).object();
        QCOMPARE(m.value(QStringLiteral("suggestion")).toString(), QStringLiteral("apprenticeship"));

        auto answer = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("task team volunteering self-reliance"),
                           QStringLiteral("--type"), QStringLiteral("responses"), QStringLiteral("--json")});
        QCOMPARE(answer.code, 0);
        const QJsonObject a = QJsonDocument::fromJson(answer.out.toUtf8()).object().value(QStringLiteral("hits")).toArray().first().toObject();
        QCOMPARE(a.value(QStringLiteral("part")).toString(), QStringLiteral("answer"));
        QVERIFY(a.value(QStringLiteral("question")).toInt() > 0);
        QVERIFY(a.value(QStringLiteral("context")).toString().startsWith(QStringLiteral("Question ")));

        auto facet = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("inclusion"),
                          QStringLiteral("--facet"), QStringLiteral("city=Bologna"), QStringLiteral("--facet"), QStringLiteral("type=practice"),
                          QStringLiteral("--json")});
        QCOMPARE(facet.code, 0);
        const QJsonObject fd = QJsonDocument::fromJson(facet.out.toUtf8()).object();
        for (const QJsonValue &h : fd.value(QStringLiteral("hits")).toArray())
            QCOMPARE(h.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("practices"));
        QVERIFY(fd.value(QStringLiteral("facets")).toObject().value(QStringLiteral("city")).toObject().contains(QStringLiteral("bologna")));
    }

    void cliBadInput()
    {
        auto quote = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("\"people helping ((")});
        QCOMPARE(quote.code, 0);
        auto badType = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--facet"),
                            QStringLiteral("type=spaceship")});
        QCOMPARE(badType.code, 1);
        QCOMPARE(badType.err.count(QLatin1Char('\n')), 1);
        auto lone = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("AND")});
        QVERIFY(lone.code == 0 || lone.code == 1);
        QVERIFY(lone.code == 0 || lone.err.count(QLatin1Char('\n')) == 1);
        auto noQuery = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search")});
        QCOMPARE(noQuery.code, 2);
        auto badLimit = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("many")});
        QCOMPARE(badLimit.code, 2);
        // Invalid UTF-8 in an argument, as the program would receive it.
        auto invalid = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("search"), QString::fromLocal8Bit("\xff\xfe\xc3 oldham")});
        QCOMPARE(invalid.code, 0);
        auto similar = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("similar"), QStringLiteral("practices"),
                            QStringLiteral("jobbtorg-stockholm"), QStringLiteral("--json")});
        QCOMPARE(similar.code, 0);
        QVERIFY(!QJsonDocument::fromJson(similar.out.toUtf8()).object().value(QStringLiteral("hits")).toArray().isEmpty());
        auto noSuch = cli({QStringLiteral("--kb"), m_seeded, QStringLiteral("similar"), QStringLiteral("practices"), QStringLiteral("nope")});
        QCOMPARE(noSuch.code, 1);
    }

    void cliReindexAndCheck()
    {
        const QString dir = freshDir();
        QVERIFY(KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA")));
        auto reindex = cli({QStringLiteral("--kb"), dir, QStringLiteral("reindex"), QStringLiteral("--json")});
        QCOMPARE(reindex.code, 0);
        QVERIFY(QJsonDocument::fromJson(reindex.out.toUtf8()).object().value(QStringLiteral("records")).toInt() > 300);
        auto check = cli({QStringLiteral("--kb"), dir, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.code, 0);
        const QJsonObject c = QJsonDocument::fromJson(check.out.toUtf8()).object();
        QCOMPARE(c.value(QStringLiteral("index_revision")).toInteger(), c.value(QStringLiteral("store_revision")).toInteger());
        QVERIFY(c.value(QStringLiteral("index_problems")).toArray().isEmpty());
        // A missing index is drift; the next writer rebuilds it.
        QDir(QDir(dir).filePath(KnowledgeBase::indexDirName())).removeRecursively();
        auto missing = cli({QStringLiteral("--kb"), dir, QStringLiteral("check")});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.out.contains(QStringLiteral("index:")));
        { auto kb = open(dir, KnowledgeBase::Access::Write); }
        auto healed = cli({QStringLiteral("--kb"), dir, QStringLiteral("check")});
        QCOMPARE(healed.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchKb)
#include "tst_searchkb.moc"
