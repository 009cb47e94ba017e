// The app layer (docs/architecture.md): the one write path keeps the index in step, the change
// stream announces every commit once and in order, stale writes are refused as conflicts,
// answers are saved one by one, and the session host keeps work off the calling thread.
#include "app/changestream.h"
#include "app/editservice.h"
#include "app/indexkeeper.h"
#include "app/questionnaireservice.h"
#include "app/savedsearchservice.h"
#include "app/sessionhost.h"
#include "core/typedviews.h"
#include "testsupport.h"

#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace citykb;

namespace {

QStringList keysOf(const SearchResults &results)
{
    QStringList keys;
    for (const SearchHit &hit : results.hits)
        keys.append(hit.key);
    return keys;
}

QStringList find(KnowledgeBase &kb, const QString &text)
{
    SearchQuery q;
    q.text = text;
    q.autoCorrect = false;
    auto results = SearchService(kb).search(q);
    return results ? keysOf(results.value()) : QStringList{QStringLiteral("error: ") + results.error()};
}

void verifyInStep(KnowledgeBase &kb)
{
    auto report = MaintenanceService(kb).check();
    QVERIFY(report);
    QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
}

} // namespace

class TestAppLayer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString m_seeded; // a seeded KB made once, copied by each test

    QString freshKb()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n));
        QDir().mkpath(dir);
        for (const QString &name : QDir(m_seeded).entryList(QDir::Files))
            QFile::copy(QDir(m_seeded).filePath(name), QDir(dir).filePath(name));
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seeded = m_tmp.filePath(QStringLiteral("seeded"));
        auto kb = KnowledgeBase::create(m_seeded, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
        QVERIFY(kb.value()->index().revision() > 0);
    }

    // Every public write path brings the index up to date before it returns: no reopening,
    // no explicit sync.
    void everyWritePathKeepsTheIndexInStep()
    {
        auto opened = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Write);
        QVERIFY2(opened, qPrintable(opened.error()));
        KnowledgeBase &kb = *opened.value();
        EditService edit(kb);

        QVERIFY(edit.create(RecordType::Practice, QJsonObject{{"key", "quokka-lab"}, {"title", "Quokka lab"}}));
        QCOMPARE(find(kb, QStringLiteral("quokka")), QStringList{QStringLiteral("quokka-lab")});
        verifyInStep(kb);

        auto practice = kb.reader().value()->get(RecordType::Practice, QStringLiteral("quokka-lab"));
        QVERIFY(practice);
        QJsonObject renamed = practice.value();
        renamed.insert(QStringLiteral("title"), QStringLiteral("Numbat lab"));
        QVERIFY(edit.update(RecordType::Practice, QStringLiteral("quokka-lab"), renamed));
        QCOMPARE(find(kb, QStringLiteral("numbat")), QStringList{QStringLiteral("quokka-lab")});
        QVERIFY(find(kb, QStringLiteral("quokka")).isEmpty());

        QVERIFY(edit.remove(RecordType::Practice, QStringLiteral("Numbat lab")));
        QVERIFY(find(kb, QStringLiteral("numbat")).isEmpty());
        verifyInStep(kb);

        QuestionnaireService questionnaires(kb);
        auto saved = questionnaires.saveAnswer(
            AnswerWrite{QStringLiteral("change-questionnaire-eurotowns"), 6, QJsonObject{{"text", "A wallaby workshop each spring."}}, {}});
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(find(kb, QStringLiteral("wallaby")), QStringList{QStringLiteral("change-questionnaire-eurotowns")});

        const QString bundle = m_tmp.filePath(QStringLiteral("wombat.json"));
        {
            QFile f(bundle);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"citykb-bundle","version":1,"personal_data":true,"records":{
                "practices":[{"key":"wombat-walks","title":"Wombat walks","cities":["bologna"]}]}})");
        }
        auto imported = ImportService(kb).importFiles({bundle});
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(find(kb, QStringLiteral("wombat")), QStringList{QStringLiteral("wombat-walks")});
        verifyInStep(kb);
    }

    // Each commit is announced once, in revision order; a listener that comes late reads the
    // same changes from the log.
    void changeStreamAnnouncesEachCommitOnceInOrder()
    {
        auto opened = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Write);
        QVERIFY(opened);
        KnowledgeBase &kb = *opened.value();
        const qint64 start = kb.reader().value()->revision().value();
        QSignalSpy spy(&kb.changes(), &ChangeStream::changed);

        EditService edit(kb);
        QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "atlantis"}, {"name", "Atlantis"}, {"country", "GR"}}));
        QVERIFY(edit.create(RecordType::Practice,
                            QJsonObject{{"key", "sunken-gardens"}, {"title", "Sunken gardens"}, {"cities", QJsonArray{"atlantis"}}}));
        // A delete announces the record and the records that pointed at it.
        QVERIFY(edit.remove(RecordType::City, QStringLiteral("atlantis")));
        // A write that fails announces nothing.
        QVERIFY(!edit.create(RecordType::City, QJsonObject{{"key", "Bad Key"}, {"name", "x"}}));

        const qint64 end = kb.reader().value()->revision().value();
        QCOMPARE(qint64(spy.size()), end - start);
        QList<Change> announced;
        for (const QList<QVariant> &args : spy)
            announced.append(args.first().value<Change>());
        for (qsizetype i = 0; i < announced.size(); ++i)
            QCOMPARE(announced.at(i).revision, start + i + 1);
        QCOMPARE(announced.first().key, QStringLiteral("atlantis"));
        QCOMPARE(announced.first().operation, QStringLiteral("insert"));
        QCOMPARE(announced.last().operation, QStringLiteral("delete"));
        QCOMPARE(kb.changes().lastAnnounced(), end);

        auto late = ChangeStream::since(*kb.reader().value(), start);
        QVERIFY(late);
        QCOMPARE(late.value().size(), announced.size());
        for (qsizetype i = 0; i < announced.size(); ++i) {
            QCOMPARE(late.value().at(i).revision, announced.at(i).revision);
            QCOMPARE(late.value().at(i).key, announced.at(i).key);
            QCOMPARE(late.value().at(i).operation, announced.at(i).operation);
        }
    }

    // Writes in a batch commit the store each time but reach the index and the change stream
    // together, at flush() or the batch's end; a session closed in the middle (as a crash)
    // leaves an index that catches up on the next open.
    // startFlush hands the index's catch-up to a thread of its own while the batch writes on:
    // a change is announced only once search finds it, the next startFlush or flush() waits for
    // the one before, and the batch's end leaves the index in step.
    void backgroundFlushAnnouncesOnlyWhatSearchFinds()
    {
        const QString dir = freshKb();
        auto opened = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
        QVERIFY(opened);
        KnowledgeBase &kb = *opened.value();
        EditService edit(kb);
        QSignalSpy spy(&kb.changes(), &ChangeStream::changed);
        auto announcedAreFound = [&] {
            for (const QList<QVariant> &signal : spy) {
                const auto change = signal.first().value<Change>();
                if (!find(kb, change.key).contains(change.key))
                    return false;
            }
            return true;
        };
        {
            KnowledgeBase::IndexBatch batch(kb);
            // Enough records for the index to make their documents on a second thread too.
            for (int i = 0; i < 40; ++i)
                QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", QStringLiteral("ville%1").arg(i)},
                                                                 {"name", QStringLiteral("Ville%1").arg(i)},
                                                                 {"country", "FR"}}));
            batch.startFlush();
            QVERIFY(announcedAreFound());
            QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "avalon"}, {"name", "Avalon"}, {"country", "GB"}}));
            batch.startFlush(); // the first catch-up is done before the second starts: its 40 are announced
            QVERIFY(spy.size() >= 40);
            QVERIFY(announcedAreFound());
            QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "ys"}, {"name", "Ys"}, {"country", "FR"}}));
        }
        QCOMPARE(spy.size(), 42);
        QVERIFY(announcedAreFound());
        QCOMPARE(find(kb, QStringLiteral("ville39")), QStringList{QStringLiteral("ville39")});
        verifyInStep(kb);
    }

    void batchedWritesReachTheIndexTogether()
    {
        const QString dir = freshKb();
        {
            auto opened = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
            QVERIFY(opened);
            KnowledgeBase &kb = *opened.value();
            EditService edit(kb);
            QSignalSpy spy(&kb.changes(), &ChangeStream::changed);
            const qint64 indexed = kb.index().revision();
            {
                KnowledgeBase::IndexBatch batch(kb);
                QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "atlantis"}, {"name", "Atlantis"}, {"country", "GR"}}));
                QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "lemuria"}, {"name", "Lemuria"}, {"country", "IN"}}));
                QCOMPARE(kb.index().revision(), indexed);
                QVERIFY(find(kb, QStringLiteral("atlantis")).isEmpty());
                QCOMPARE(spy.size(), 0);
                batch.flush();
                QCOMPARE(find(kb, QStringLiteral("atlantis")), QStringList{QStringLiteral("atlantis")});
                QCOMPARE(spy.size(), 2);
                QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "hyperborea"}, {"name", "Hyperborea"}, {"country", "NO"}}));
                QVERIFY(find(kb, QStringLiteral("hyperborea")).isEmpty());
            }
            QCOMPARE(find(kb, QStringLiteral("hyperborea")), QStringList{QStringLiteral("hyperborea")});
            QCOMPARE(spy.size(), 3);
            verifyInStep(kb);

            // A batch that never ends, as in a crash: built in place and never destroyed, so the
            // session goes away with the index behind.
            alignas(KnowledgeBase::IndexBatch) unsigned char never[sizeof(KnowledgeBase::IndexBatch)];
            new (never) KnowledgeBase::IndexBatch(kb);
            QVERIFY(edit.create(RecordType::City, QJsonObject{{"key", "thule"}, {"name", "Thule"}, {"country", "IS"}}));
            QVERIFY(find(kb, QStringLiteral("thule")).isEmpty());
            opened.value().reset();
        }
        auto reopened = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
        QVERIFY(reopened);
        QCOMPARE(find(*reopened.value(), QStringLiteral("thule")), QStringList{QStringLiteral("thule")});
        verifyInStep(*reopened.value());
    }

    // Two editors start from the same revision: the second save is refused and says why.
    void staleWriteIsAConflict()
    {
        const QString dir = freshKb();
        auto opened = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
        QVERIFY(opened);
        KnowledgeBase &kb = *opened.value();
        auto first = kb.reader().value()->get(RecordType::Network, QStringLiteral("eurotowns")).value();
        const QJsonObject second = first;
        const qint64 revision = first.value(QStringLiteral("revision")).toInteger();
        QVERIFY(revision > 0);

        first.insert(QStringLiteral("website"), QStringLiteral("https://first.example.org"));
        auto saved = EditService(kb).update(RecordType::Network, QStringLiteral("eurotowns"), first, revision);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(saved.value().revision > revision);

        QJsonObject stale = second;
        stale.insert(QStringLiteral("website"), QStringLiteral("https://second.example.org"));
        auto refused = EditService(kb).update(RecordType::Network, QStringLiteral("eurotowns"), stale, revision);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::Conflict);
        QVERIFY2(refused.error().contains(QLatin1String("changed since")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QString::number(saved.value().revision)));
        auto now = kb.reader().value()->get(RecordType::Network, QStringLiteral("eurotowns")).value();
        QCOMPARE(now.value(QStringLiteral("website")).toString(), QStringLiteral("https://first.example.org"));
    }

    // Answers of one response saved from two threads at once are both kept; a stale answer is
    // refused without touching the others.
    void answersAreSavedOneByOne()
    {
        const QString dir = freshKb();
        SessionHost host;
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(dir, SessionHost::OpenMode::OpenExisting);
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.first().first().value<Status>().ok());

        const QString response = QStringLiteral("change-questionnaire-eurotowns");
        std::atomic<int> saved{0};
        QObject context;
        auto save = [&](int question, const QString &text) {
            host.write<qint64>(
                &context,
                [=](KnowledgeBase &kb) { return QuestionnaireService(kb).saveAnswer(AnswerWrite{response, question, QJsonObject{{"text", text}}, 0}); },
                [&saved](const Result<qint64> &r) {
                    if (r)
                        ++saved;
                });
        };
        std::thread a([&] { save(6, QStringLiteral("Answer six from one window.")); });
        std::thread b([&] { save(11, QStringLiteral("Answer eleven from another.")); });
        a.join();
        b.join();
        QTRY_COMPARE(saved.load(), 2);

        std::optional<ResponseView> view;
        host.read<ResponseView>(
            &context, [=](KnowledgeBase &kb) { return QuestionnaireService(kb).response(response); },
            [&view](const Result<ResponseView> &r) {
                if (r)
                    view = r.value();
            });
        QTRY_VERIFY(view.has_value());
        QVERIFY(view->answer(6) && view->answer(6)->text.contains(QLatin1String("six")));
        QVERIFY(view->answer(11) && view->answer(11)->text.contains(QLatin1String("eleven")));
        QVERIFY(view->answer(2) && !view->answer(2)->text.isEmpty()); // the others as they were
        QVERIFY(view->answer(6)->revision != view->answer(11)->revision);

        // A window that read answer 6 before it was saved is refused.
        std::optional<Result<qint64>> stale;
        host.write<qint64>(
            &context,
            [=](KnowledgeBase &kb) { return QuestionnaireService(kb).saveAnswer(AnswerWrite{response, 6, QJsonObject{{"text", "stale"}}, 0}); },
            [&stale](const Result<qint64> &r) { stale = r; });
        QTRY_VERIFY(stale.has_value());
        QVERIFY(!stale->ok());
        QCOMPARE(stale->errorKind(), ErrorKind::Conflict);
        // An answer to a question the questionnaire does not have is refused.
        std::optional<Result<qint64>> unknown;
        host.write<qint64>(
            &context,
            [=](KnowledgeBase &kb) { return QuestionnaireService(kb).saveAnswer(AnswerWrite{response, 99, QJsonObject{{"text", "x"}}, {}}); },
            [&unknown](const Result<qint64> &r) { unknown = r; });
        QTRY_VERIFY(unknown.has_value());
        QVERIFY(!unknown->ok());
        QVERIFY(unknown->error().contains(QLatin1String("no question 99")));
    }

    // Readers search on the pool while the session writes and rebuilds the index (run under the
    // tsan preset, this is the data-race check).
    void readersWhileTheSessionWritesAndReindexes()
    {
        SessionHost host;
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(freshKb(), SessionHost::OpenMode::OpenExisting);
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.first().first().value<Status>().ok());

        QObject context;
        std::atomic<int> searched{0};
        std::atomic<int> failed{0};
        for (int i = 0; i < 40; ++i) {
            host.read<SearchResults>(
                &context,
                [](KnowledgeBase &kb) {
                    SearchQuery q;
                    q.text = QStringLiteral("social inclusion");
                    return SearchService(kb).search(q);
                },
                [&](const Result<SearchResults> &r) { r && !r.value().hits.isEmpty() ? ++searched : ++failed; });
            if (i % 8 == 0) {
                host.write<SavedRecord>(
                    &context,
                    [i](KnowledgeBase &kb) {
                        return EditService(kb).create(RecordType::Practice,
                                                      QJsonObject{{"key", QStringLiteral("social-lab-%1").arg(i)},
                                                                  {"title", QStringLiteral("Social inclusion lab %1").arg(i)}});
                    },
                    [](const Result<SavedRecord> &) {});
            }
        }
        Job *job = host.startJob(
            QStringLiteral("Reindex"), SessionHost::JobPlace::Session,
            [](KnowledgeBase &kb, JobControl &control) {
                return Status::from(MaintenanceService(kb).reindex([&](qint64 done, qint64 total) { return control.report(done, total); }));
            },
            &context);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().value<Status>().ok(), qPrintable(finished.first().first().value<Status>().error()));
        host.waitForIdle();
        QTRY_COMPARE(searched.load() + failed.load(), 40);
        QCOMPARE(failed.load(), 0);
    }

    // The same without Qt's event queue, so that ThreadSanitizer sees every hand-over: searches
    // on plain threads, each with its own connections, while the session writes and reindexes.
    void searchThreadsWhileWritingAndReindexing()
    {
        auto opened = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Write);
        QVERIFY(opened);
        KnowledgeBase &kb = *opened.value();
        std::atomic<bool> stop{false};
        std::atomic<int> searched{0};
        std::atomic<int> failed{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back([&kb, &stop, &searched, &failed] {
                SearchQuery q;
                q.text = QStringLiteral("social inclusion");
                while (!stop) {
                    auto r = SearchService(kb).search(q);
                    r && !r.value().hits.isEmpty() ? ++searched : ++failed;
                    auto page = BrowseService(kb).page(RecordType::Practice, PageQuery{});
                    if (!page)
                        ++failed;
                }
                kb.releaseThreadReaders();
            });
        }
        EditService edit(kb);
        for (int i = 0; i < 10; ++i)
            QVERIFY(edit.create(RecordType::Practice, QJsonObject{{"key", QStringLiteral("thread-lab-%1").arg(i)},
                                                                  {"title", QStringLiteral("Social inclusion lab %1").arg(i)}}));
        auto rebuilt = MaintenanceService(kb).reindex();
        QVERIFY2(rebuilt, qPrintable(rebuilt.error()));
        QVERIFY(edit.remove(RecordType::Practice, QStringLiteral("thread-lab-0")));
        stop = true;
        for (std::thread &reader : readers)
            reader.join();
        QCOMPARE(failed.load(), 0);
        QVERIFY(searched.load() > 0);
        verifyInStep(kb);
    }

    // A cancelled job ends with a Cancelled error and leaves the index as it was.
    void cancelledJob()
    {
        SessionHost host;
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(freshKb(), SessionHost::OpenMode::OpenExisting);
        QVERIFY(opened.wait(30000));
        QObject context;
        // The session is busy with a first job while the second is cancelled.
        QSemaphore busy;
        host.startJob(
            QStringLiteral("Busy"), SessionHost::JobPlace::Session,
            [&busy](KnowledgeBase &, JobControl &) {
                busy.acquire();
                return Status();
            },
            &context);
        Job *job = host.startJob(
            QStringLiteral("Reindex"), SessionHost::JobPlace::Session,
            [](KnowledgeBase &kb, JobControl &control) {
                return Status::from(MaintenanceService(kb).reindex([&](qint64 done, qint64 total) { return control.report(done, total); }));
            },
            &context);
        job->cancel();
        busy.release();
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<Status>().errorKind(), ErrorKind::Cancelled);
        std::optional<Result<CheckReport>> report;
        host.read<CheckReport>(&context, [](KnowledgeBase &kb) { return MaintenanceService(kb).check(); },
                               [&report](const Result<CheckReport> &r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QVERIFY(report->ok() && report->value().healthy());
    }

    // A KB that cannot be opened is reported through opened(), with a sentence.
    void openFailureIsReported()
    {
        SessionHost host;
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(m_tmp.filePath(QStringLiteral("no-such-kb")), SessionHost::OpenMode::OpenExisting);
        QVERIFY(opened.wait(30000));
        const Status status = opened.first().first().value<Status>();
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QLatin1String("There is no KB")));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("no-such-kb"))));
    }

    // A failed create leaves nothing behind: not the folder, not logs/ or index/.
    void failedCreateLeavesNothing()
    {
        const QString emptySeed = m_tmp.filePath(QStringLiteral("empty-seed"));
        QDir().mkpath(emptySeed);
        const QString dir = m_tmp.filePath(QStringLiteral("never"));
        auto kb = KnowledgeBase::create(dir, emptySeed);
        QVERIFY(!kb);
        QVERIFY2(kb.error().contains(QLatin1String("no CityKB dataset")), qPrintable(kb.error()));
        QVERIFY(!QFileInfo::exists(dir));

        // A seed that fails inside the transaction, into a folder that existed: the folder stays,
        // empty.
        const QString badSeed = m_tmp.filePath(QStringLiteral("bad-seed"));
        QDir().mkpath(badSeed + QStringLiteral("/practices"));
        QFile f(badSeed + QStringLiteral("/practices/x.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"([{"key":"x","title":"X","cities":["nowhere"]}])");
        f.close();
        const QString existing = m_tmp.filePath(QStringLiteral("existing"));
        QDir().mkpath(existing);
        QVERIFY(!KnowledgeBase::create(existing, badSeed));
        QVERIFY(QFileInfo::exists(existing));
        QCOMPARE(QDir(existing).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    // Pages of row summaries, with sort, offset and the total on every page.
    void pagesOfSummaries()
    {
        auto kb = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Read);
        QVERIFY(kb);
        BrowseService browse(*kb.value());
        auto all = browse.records(RecordType::Practice, {});
        QVERIFY(all);
        PageQuery query;
        query.limit = 10;
        query.offset = 5;
        auto page = browse.page(RecordType::Practice, query);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page.value().total, qint64(all.value().size()));
        QCOMPARE(page.value().rows.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(page.value().rows.at(i).key, all.value().at(i + 5).value(QStringLiteral("key")).toString());
        QVERIFY(!page.value().rows.first().fields.contains(QStringLiteral("outcomes"))); // no lists

        query = PageQuery{};
        query.filters = {Filter{QStringLiteral("city"), QStringLiteral("Bologna")}};
        query.sort = QStringLiteral("-key");
        auto bologna = browse.page(RecordType::Practice, query);
        QVERIFY(bologna);
        QVERIFY(bologna.value().total > 0);
        for (qsizetype i = 1; i < bologna.value().rows.size(); ++i)
            QVERIFY(bologna.value().rows.at(i - 1).key > bologna.value().rows.at(i).key);

        query.sort = QStringLiteral("outcomes");
        auto unsortable = browse.page(RecordType::Practice, query);
        QVERIFY(!unsortable);
        QVERIFY(unsortable.error().contains(QLatin1String("cannot be sorted")));
    }

    // A record is found by the numeric id that search hits carry.
    void showByStoreId()
    {
        auto kb = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Read);
        QVERIFY(kb);
        auto id = kb.value()->reader().value()->idOf(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY(id && id.value());
        auto shown = BrowseService(*kb.value()).show(RecordType::Network, QString::number(*id.value()));
        QVERIFY2(shown, qPrintable(shown.error()));
        QCOMPARE(shown.value().value(QStringLiteral("key")).toString(), QStringLiteral("eurotowns"));
    }

    // Saved searches live in the KB: saved, replaced by name, listed, removed.
    void savedSearches()
    {
        const QString dir = freshKb();
        {
            auto kb = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
            QVERIFY(kb);
            SavedSearchService saved(*kb.value());
            QVERIFY(saved.save(SavedSearch{QStringLiteral("Youth jobs"), QStringLiteral("youth employment"), QStringLiteral("practices"),
                                           {Filter{QStringLiteral("city"), QStringLiteral("bologna")}}, {}}));
            QVERIFY(saved.save(SavedSearch{QStringLiteral("Housing"), QStringLiteral("housing"), {}, {}, {}}));
            QVERIFY(saved.save(SavedSearch{QStringLiteral("  Youth   jobs "), QStringLiteral("youth"), {}, {}, {}})); // same name
            QVERIFY(!saved.save(SavedSearch{QStringLiteral("   "), QStringLiteral("x"), {}, {}, {}}));
            QVERIFY(!saved.save(SavedSearch{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("unicorns"), {}, {}}));
            auto missing = saved.remove(QStringLiteral("Nothing"));
            QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
        }
        auto kb = KnowledgeBase::open(dir, KnowledgeBase::Access::Read); // kept in the KB
        QVERIFY(kb);
        auto list = SavedSearchService(*kb.value()).list();
        QVERIFY(list);
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).name, QStringLiteral("Housing"));
        QCOMPARE(list.value().at(1).name, QStringLiteral("Youth jobs"));
        QCOMPARE(list.value().at(1).query, QStringLiteral("youth"));
        QVERIFY(list.value().at(1).facets.isEmpty());
    }

    // Field names used in code are in their specs; a misspelt one is caught.
    void namedFieldsAreInTheirSpecs()
    {
        for (const FieldName &field : namedFields())
            QVERIFY2(fieldInSpec(field), field.name);
        QVERIFY(!fieldInSpec(FieldName{RecordType::Response, "answers", "txet"}));
        QVERIFY(!fieldInSpec(FieldName{RecordType::Practice, nullptr, "tittle"}));

        auto kb = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Read);
        QVERIFY(kb);
        QuestionnaireService questionnaires(*kb.value());
        auto q = questionnaires.questionnaire(QStringLiteral("change-people-powered-public-services"));
        QVERIFY2(q, qPrintable(q.error()));
        QCOMPARE(q.value().questions.size(), 11);
        auto r = questionnaires.response(QStringLiteral("change-questionnaire-eurotowns"));
        QVERIFY(r);
        QCOMPARE(r.value().missingRequired(q.value()), QList<int>{});
        QVERIFY(r.value().answer(6) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestAppLayer)
#include "tst_applayer.moc"
