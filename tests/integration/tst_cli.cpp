// citykb-cli as a user runs it: exit codes, one-sentence errors, --json output, and files
// that must stay untouched when the input is bad.
#include "app/knowledgebase.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace citykb;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_kb;

    static Run runProgram(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CITYKB_HOME"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("citykb-cli did not finish");
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static Run cli(const QStringList &args) { return runProgram(qEnvironmentVariable("CITYKB_CLI"), args); }

    Run onKb(QStringList args)
    {
        args.prepend(m_kb);
        args.prepend(QStringLiteral("--kb"));
        return cli(args);
    }

    // One clear sentence: a single line that ends with a full stop.
    static void verifyOneSentence(const Run &run)
    {
        const QString err = run.err.trimmed();
        QVERIFY2(!err.isEmpty(), "no error message");
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.endsWith(QLatin1Char('.')), qPrintable(err));
    }

    QString copyOfKb(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CITYKB_CLI")), "CITYKB_CLI must name the built citykb-cli");
        m_kb = m_tmp.filePath(QStringLiteral("kb"));
        const Run init = cli({QStringLiteral("--kb"), m_kb, QStringLiteral("init"), QStringLiteral("--json")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.json().value(QStringLiteral("records")).toInt() > 300);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--colour")};
        QTest::newRow("list without type") << QStringList{QStringLiteral("list")};
        QTest::newRow("list unknown type") << QStringList{QStringLiteral("list"), QStringLiteral("unicorns")};
        QTest::newRow("show without name") << QStringList{QStringLiteral("show"), QStringLiteral("networks")};
        QTest::newRow("bad filter") << QStringList{QStringLiteral("list"), QStringLiteral("cities"), QStringLiteral("--filter"), QStringLiteral("country")};
        QTest::newRow("kb without dir") << QStringList{QStringLiteral("stats"), QStringLiteral("--kb")};
        QTest::newRow("export what") << QStringList{QStringLiteral("export"), QStringLiteral("everything")};
        QTest::newRow("export without file") << QStringList{QStringLiteral("export"), QStringLiteral("bundle")};
        // Options a command does not take are refused, not ignored.
        QTest::newRow("search --filter") << QStringList{QStringLiteral("search"), QStringLiteral("bologna"), QStringLiteral("--filter"),
                                                        QStringLiteral("city=x")};
        QTest::newRow("stats --limit") << QStringList{QStringLiteral("stats"), QStringLiteral("--limit"), QStringLiteral("2")};
        QTest::newRow("show --sort") << QStringList{QStringLiteral("show"), QStringLiteral("networks"), QStringLiteral("ERRIN"),
                                                    QStringLiteral("--sort"), QStringLiteral("name")};
        QTest::newRow("init --personal-data") << QStringList{QStringLiteral("init"), QStringLiteral("--personal-data")};
        QTest::newRow("backup --type") << QStringList{QStringLiteral("backup"), QStringLiteral("-o"), QStringLiteral("x.sqlite"),
                                                      QStringLiteral("--type"), QStringLiteral("cities")};
    }

    void optionsAreNamedWhenRefused()
    {
        const Run run = onKb({QStringLiteral("search"), QStringLiteral("bologna"), QStringLiteral("--filter"), QStringLiteral("city=x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--filter")), qPrintable(run.err));
    }

    // list pages with --limit, --offset and --sort; show finds the id a search hit carries.
    void listPagesAndShowById()
    {
        const Run page = onKb({QStringLiteral("list"), QStringLiteral("practices"), QStringLiteral("--limit"), QStringLiteral("2"),
                               QStringLiteral("--offset"), QStringLiteral("3"), QStringLiteral("--sort"), QStringLiteral("-key"),
                               QStringLiteral("--json")});
        QCOMPARE(page.exitCode, 0);
        const QJsonArray records = page.json().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        QVERIFY(page.json().value(QStringLiteral("total")).toInt() > 40);
        QVERIFY(records.at(0).toObject().value(QStringLiteral("key")).toString() > records.at(1).toObject().value(QStringLiteral("key")).toString());

        const Run hit = onKb({QStringLiteral("search"), QStringLiteral("Eurotowns"), QStringLiteral("--type"), QStringLiteral("networks"),
                              QStringLiteral("--json")});
        QCOMPARE(hit.exitCode, 0);
        const QJsonObject first = hit.json().value(QStringLiteral("hits")).toArray().first().toObject();
        const Run shown = onKb({QStringLiteral("show"), QStringLiteral("networks"), QString::number(first.value(QStringLiteral("id")).toInteger()),
                                QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("key")).toString(), first.value(QStringLiteral("key")).toString());
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = onKb(args);
        QCOMPARE(run.exitCode, 2);
        verifyOneSentence(run);
        QVERIFY(run.out.isEmpty());
    }

    void help()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Usage: citykb-cli")));
        for (const QString &command : {QStringLiteral("init"), QStringLiteral("stats"), QStringLiteral("list"), QStringLiteral("show"),
                                       QStringLiteral("export bundle"), QStringLiteral("import"), QStringLiteral("check"),
                                       QStringLiteral("backup"), QStringLiteral("restore")})
            QVERIFY2(run.out.contains(command), qPrintable(command));
    }

    void statsListShowAsJson()
    {
        const Run stats = onKb({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = stats.json().value(QStringLiteral("counts")).toObject();
        QVERIFY(counts.value(QStringLiteral("networks")).toInt() >= 11);
        QCOMPARE(counts.value(QStringLiteral("questionnaires")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("responses")).toInt(), 6);
        QVERIFY(stats.json().value(QStringLiteral("store_revision")).toInteger() > 0);

        const Run list = onKb({QStringLiteral("list"), QStringLiteral("responses"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value(QStringLiteral("total")).toInt(), 6);

        const Run filtered = onKb({QStringLiteral("list"), QStringLiteral("practices"), QStringLiteral("--filter"),
                                   QStringLiteral("city=Bologna"), QStringLiteral("--json")});
        QCOMPARE(filtered.exitCode, 0);
        QVERIFY(filtered.json().value(QStringLiteral("total")).toInt() >= 1);

        const Run show = onKb({QStringLiteral("show"), QStringLiteral("networks"), QStringLiteral("Eurotowns"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject record = show.json();
        QCOMPARE(record.value(QStringLiteral("key")).toString(), QStringLiteral("eurotowns"));
        QCOMPARE(record.value(QStringLiteral("founded_year")).toInt(), 1991);
        const QJsonObject links = record.value(QStringLiteral("links")).toObject();
        for (const QString &group : {QStringLiteral("cities"), QStringLiteral("working-groups"), QStringLiteral("events"),
                                     QStringLiteral("practices"), QStringLiteral("responses")})
            QVERIFY2(!links.value(group).toArray().isEmpty(), qPrintable(group));

        const Run text = onKb({QStringLiteral("show"), QStringLiteral("working-group"), QStringLiteral("smart-social-inclusion")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("Smart Social Inclusion")));
    }

    void missingRecordIsBadInput()
    {
        const Run run = onKb({QStringLiteral("show"), QStringLiteral("cities"), QStringLiteral("Atlantis")});
        QCOMPARE(run.exitCode, 1);
        verifyOneSentence(run);
        QVERIFY(run.err.contains(QLatin1String("Atlantis")));
    }

    void invalidUtf8ArgumentIsRefused()
    {
        const Run run = runProgram(QStringLiteral("/bin/sh"),
                                   {QStringLiteral("-c"), QStringLiteral("\"$0\" --kb \"$1\" show cities \"$(printf 'Bol\\377gna')\""),
                                    qEnvironmentVariable("CITYKB_CLI"), m_kb});
        QCOMPARE(run.exitCode, 1);
        verifyOneSentence(run);
        QVERIFY(run.err.contains(QLatin1String("UTF-8")));
    }

    void badImportWritesNothing()
    {
        const qint64 before = onKb({QStringLiteral("stats"), QStringLiteral("--json")}).json().value(QStringLiteral("store_revision")).toInteger();
        const QString file = m_tmp.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"citykb-bundle\", \"version\": 1, \"records\": {\"cities\": [{\"key\": \"x\", \"name\": \"X\"}], \"practices\": [{\"key\": \"p\", \"title\": \"P\", \"cities\": [\"nowhere\"]}]}}");
        f.close();
        const Run run = onKb({QStringLiteral("import"), file});
        QCOMPARE(run.exitCode, 1);
        verifyOneSentence(run);
        QVERIFY(run.err.contains(QLatin1String("nowhere")));
        QCOMPARE(onKb({QStringLiteral("stats"), QStringLiteral("--json")}).json().value(QStringLiteral("store_revision")).toInteger(), before);
        const Run missing = onKb({QStringLiteral("import"), m_tmp.filePath(QStringLiteral("no-such.json"))});
        QCOMPARE(missing.exitCode, 1);
    }

    void importOfSeveralFilesIsAllOrNothing()
    {
        const QString good = m_tmp.filePath(QStringLiteral("good.json"));
        const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
        for (const auto &[path, body] : {std::pair{good, QByteArray("{\"format\": \"citykb-bundle\", \"version\": 1, \"records\": {\"cities\": [{\"key\": \"utopia\", \"name\": \"Utopia\"}]}}")},
                                         std::pair{bad, QByteArray("{\"format\": \"citykb-bundle\", \"version\": 1, \"records\": {\"cities\": [{\"key\": \"x\"}]}}")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
        }
        const Run run = onKb({QStringLiteral("import"), good, bad, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        // Bundles go in together or not at all: one sentence for both, and the report says so.
        verifyOneSentence(run);
        QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(run.json().value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(onKb({QStringLiteral("show"), QStringLiteral("cities"), QStringLiteral("utopia")}).exitCode, 1);
        const Run both = onKb({QStringLiteral("import"), good, good, QStringLiteral("--json")});
        QCOMPARE(both.exitCode, 0);
        QCOMPARE(both.json().value(QStringLiteral("imports")).toArray().size(), 2);
        QCOMPARE(onKb({QStringLiteral("show"), QStringLiteral("cities"), QStringLiteral("utopia")}).exitCode, 0);
    }

    void mistypedKbFolderIsLeftAlone()
    {
        const QString typo = m_tmp.filePath(QStringLiteral("typo/sub"));
        for (const QString &command : {QStringLiteral("reindex"), QStringLiteral("stats")}) {
            const Run run = cli({QStringLiteral("--kb"), typo, command});
            QCOMPARE(run.exitCode, 3);
            verifyOneSentence(run);
        }
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("typo"))));
    }

    void similarHonoursTheLimit()
    {
        for (int limit : {3, 20}) {
            const Run run = onKb({QStringLiteral("similar"), QStringLiteral("practices"), QStringLiteral("jobbtorg-stockholm"),
                                  QStringLiteral("--limit"), QString::number(limit), QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.json().value(QStringLiteral("hits")).toArray().size(), limit);
        }
    }

    void bundleRoundTrip()
    {
        const QString first = m_tmp.filePath(QStringLiteral("b1.json"));
        QCOMPARE(onKb({QStringLiteral("export"), QStringLiteral("bundle"), QStringLiteral("-o"), first}).exitCode, 0);
        const QString other = m_tmp.filePath(QStringLiteral("other"));
        QCOMPARE(cli({QStringLiteral("--kb"), other, QStringLiteral("init"), QStringLiteral("--empty")}).exitCode, 0);
        const Run imported = cli({QStringLiteral("--kb"), other, QStringLiteral("import"), first, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QString second = m_tmp.filePath(QStringLiteral("b2.json"));
        QCOMPARE(cli({QStringLiteral("--kb"), other, QStringLiteral("export"), QStringLiteral("bundle"), QStringLiteral("-o"), second}).exitCode, 0);
        QCOMPARE(citykb::test::fileHash(second), citykb::test::fileHash(first));
    }

    void lockedKbIsExitThree()
    {
        auto writer = KnowledgeBase::open(m_kb, KnowledgeBase::Access::Write);
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        const Run run = onKb({QStringLiteral("import"), m_tmp.filePath(QStringLiteral("b1.json"))});
        QCOMPARE(run.exitCode, 3);
        verifyOneSentence(run);
        QVERIFY(run.err.contains(QLatin1String("in use")));
        // Reading still works while another process writes.
        QCOMPARE(onKb({QStringLiteral("stats")}).exitCode, 0);
    }

    void damagedOrNewerKbIsExitThree()
    {
        // random bytes
        const QString random = copyOfKb(QStringLiteral("random"));
        {
            QFile f(QDir(random).filePath(KnowledgeBase::storeFileName()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                f.write(QByteArray::number(i * 2654435761u % 1000003));
        }
        const QByteArray randomHash = citykb::test::fileHash(QDir(random).filePath(KnowledgeBase::storeFileName()));
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("import")}) {
            QStringList args{QStringLiteral("--kb"), random, command};
            if (command == QLatin1String("import"))
                args << m_tmp.filePath(QStringLiteral("b1.json"));
            const Run run = cli(args);
            QCOMPARE(run.exitCode, 3);
            verifyOneSentence(run);
        }
        QCOMPARE(citykb::test::fileHash(QDir(random).filePath(KnowledgeBase::storeFileName())), randomHash);

        // truncated
        const QString truncated = copyOfKb(QStringLiteral("truncated"));
        const QString backup = m_tmp.filePath(QStringLiteral("whole.sqlite"));
        QCOMPARE(onKb({QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode, 0);
        QVERIFY(QFile::copy(backup, QDir(truncated).filePath(KnowledgeBase::storeFileName())));
        {
            QFile f(QDir(truncated).filePath(KnowledgeBase::storeFileName()));
            QVERIFY(f.resize(f.size() / 2));
        }
        const Run cut = cli({QStringLiteral("--kb"), truncated, QStringLiteral("check")});
        QCOMPARE(cut.exitCode, 3);

        // newer schema
        const QString newer = copyOfKb(QStringLiteral("newer"));
        const QString newerFile = QDir(newer).filePath(KnowledgeBase::storeFileName());
        QVERIFY(QFile::copy(backup, newerFile));
        QFile::setPermissions(newerFile, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(newerFile.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray newerHash = citykb::test::fileHash(newerFile);
        const Run run = cli({QStringLiteral("--kb"), newer, QStringLiteral("stats")});
        QCOMPARE(run.exitCode, 3);
        verifyOneSentence(run);
        QVERIFY(run.err.contains(QLatin1String("newer")));
        QCOMPARE(citykb::test::fileHash(newerFile), newerHash);

        const Run none = cli({QStringLiteral("--kb"), m_tmp.filePath(QStringLiteral("nothing-here")), QStringLiteral("stats")});
        QCOMPARE(none.exitCode, 3);
        verifyOneSentence(none);
    }

    void checkBackupRestore()
    {
        const Run check = onKb({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.json().value(QStringLiteral("healthy")).toBool());

        const QString backup = m_tmp.filePath(QStringLiteral("restore-me.sqlite"));
        QCOMPARE(onKb({QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode, 0);
        const Run restore = onKb({QStringLiteral("restore"), backup, QStringLiteral("--json")});
        QCOMPARE(restore.exitCode, 0);
        const Run bad = onKb({QStringLiteral("restore"), m_tmp.filePath(QStringLiteral("b1.json"))});
        QCOMPARE(bad.exitCode, 1);
        verifyOneSentence(bad);
        QCOMPARE(onKb({QStringLiteral("check")}).exitCode, 0);
    }
    void killedImportLosesNothing()
    {
        // A big bundle, so that the import is still writing when it is killed.
        const QString file = m_tmp.filePath(QStringLiteral("big.json"));
        {
            QJsonArray cities;
            for (int i = 0; i < 12000; ++i)
                cities.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("town-%1").arg(i)},
                                          {QStringLiteral("name"), QStringLiteral("Town %1").arg(i)},
                                          {QStringLiteral("description"), QString(400, QLatin1Char('x'))}});
            QJsonObject bundle{{QStringLiteral("format"), QStringLiteral("citykb-bundle")}, {QStringLiteral("version"), 1},
                               {QStringLiteral("records"), QJsonObject{{QStringLiteral("cities"), cities}}}};
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(bundle).toJson(QJsonDocument::Compact));
        }
        const QString dir = m_tmp.filePath(QStringLiteral("killed"));
        QCOMPARE(cli({QStringLiteral("--kb"), dir, QStringLiteral("init"), QStringLiteral("--empty")}).exitCode, 0);

        QProcess import;
        import.start(qEnvironmentVariable("CITYKB_CLI"), {QStringLiteral("--kb"), dir, QStringLiteral("import"), file});
        QVERIFY(import.waitForStarted());
        // Kill it while its transaction is being written: the WAL has started to grow.
        const QString wal = QDir(dir).filePath(KnowledgeBase::storeFileName() + QStringLiteral("-wal"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() > 256 * 1024, 60000);
        import.kill();
        QVERIFY(import.waitForFinished());

        // The next writer takes over the dead process's lock; the store is whole, with all of
        // the import or none of it.
        const Run check = cli({QStringLiteral("--kb"), dir, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        const Run stats = cli({QStringLiteral("--kb"), dir, QStringLiteral("stats"), QStringLiteral("--json")});
        const int cities = stats.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("cities")).toInt();
        QCOMPARE(cities, 0);
        const Run again = cli({QStringLiteral("--kb"), dir, QStringLiteral("import"), file});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--kb"), dir, QStringLiteral("stats"), QStringLiteral("--json")})
                     .json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("cities")).toInt(), 12000);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
