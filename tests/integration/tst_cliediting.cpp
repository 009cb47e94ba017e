// Editing through citykb-cli as a user runs it (docs/cli.md): add, edit, delete, trash,
// history, revert for every record type, with search finding exactly what the store holds;
// a stale --expect-revision from a second process refused; and erasing a person leaving no
// file in the KB folder (store, WAL, index, backups, logs) with their name, e-mail or phone.
#include "app/savedsearchservice.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CITYKB_HOME"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CITYKB_CLI"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("citykb-cli did not finish");
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1, out: %2, err: %3").arg(run.exitCode).arg(run.out.left(500), run.err.left(500));
}

} // namespace

class TestCliEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_kb;

    Run onKb(QStringList args, const QByteArray &input = {}) const { return onKb(m_kb, std::move(args), input); }
    static Run onKb(const QString &kb, QStringList args, const QByteArray &input = {})
    {
        args.prepend(kb);
        args.prepend(QStringLiteral("--kb"));
        return cli(args, input);
    }

    QString writeJson(const QString &name, const QJsonObject &object) const
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(object).toJson());
        return path;
    }

    // The keys search finds for a type (record hits), and the keys the store lists: the same.
    void verifySearchMatchesStore(const QString &kb, const QString &type)
    {
        const Run listed = onKb(kb, {QStringLiteral("list"), type, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QStringList inStore;
        for (const QJsonValue &r : listed.json().value(QStringLiteral("records")).toArray())
            inStore.append(r.toObject().value(QStringLiteral("key")).toString());
        const Run searched = onKb(kb, {QStringLiteral("search"), QStringLiteral("--type"), type, QStringLiteral("--limit"),
                                       QStringLiteral("10000"), QStringLiteral("--json")});
        QVERIFY2(searched.exitCode == 0, qPrintable(describe(searched)));
        QStringList inIndex;
        for (const QJsonValue &h : searched.json().value(QStringLiteral("hits")).toArray()) {
            if (h.toObject().value(QStringLiteral("part")).toString() == QLatin1String("record"))
                inIndex.append(h.toObject().value(QStringLiteral("key")).toString());
        }
        inStore.sort();
        inIndex.sort();
        QCOMPARE(inIndex, inStore);
        const Run check = onKb(kb, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CITYKB_CLI")), "CITYKB_CLI must name the built citykb-cli");
        m_kb = m_tmp.filePath(QStringLiteral("kb"));
        QCOMPARE(cli({QStringLiteral("--kb"), m_kb, QStringLiteral("init"), QStringLiteral("--empty")}).exitCode, 0);
        // The sample graph: one record of every type, linked.
        QJsonObject records;
        for (const auto &[type, record] : test::sampleGraph()) {
            QJsonArray list = records.value(specFor(type).word).toArray();
            list.append(record);
            records.insert(specFor(type).word, list);
        }
        const QString bundle = writeJson(QStringLiteral("sample.json"),
                                         QJsonObject{{QStringLiteral("format"), QStringLiteral("citykb-bundle")},
                                                     {QStringLiteral("version"), 1},
                                                     {QStringLiteral("personal_data"), true},
                                                     {QStringLiteral("records"), records}});
        const Run imported = onKb({QStringLiteral("import"), bundle});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("add without --json") << QStringList{QStringLiteral("add"), QStringLiteral("cities"), QStringLiteral("x.json")};
        QTest::newRow("add without file") << QStringList{QStringLiteral("add"), QStringLiteral("cities"), QStringLiteral("--json")};
        QTest::newRow("edit without change") << QStringList{QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("bologna")};
        QTest::newRow("edit bad --set") << QStringList{QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("bologna"),
                                                       QStringLiteral("--set"), QStringLiteral("name")};
        QTest::newRow("edit bad revision") << QStringList{QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("bologna"),
                                                          QStringLiteral("--set"), QStringLiteral("name=B"), QStringLiteral("--expect-revision"),
                                                          QStringLiteral("soon")};
        QTest::newRow("delete --set") << QStringList{QStringLiteral("delete"), QStringLiteral("cities"), QStringLiteral("bologna"),
                                                     QStringLiteral("--set"), QStringLiteral("name=B")};
        QTest::newRow("trash what") << QStringList{QStringLiteral("trash"), QStringLiteral("burn")};
        QTest::newRow("trash restore without key") << QStringList{QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("cities")};
        QTest::newRow("revert without --to") << QStringList{QStringLiteral("revert"), QStringLiteral("cities"), QStringLiteral("bologna")};
        QTest::newRow("erase a city") << QStringList{QStringLiteral("erase"), QStringLiteral("cities"), QStringLiteral("bologna")};
        QTest::newRow("history --cascade") << QStringList{QStringLiteral("history"), QStringLiteral("cities"), QStringLiteral("bologna"),
                                                          QStringLiteral("--cascade")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = onKb(args);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(!run.err.trimmed().contains(QLatin1Char('\n')), qPrintable(run.err));
    }

    void everyTypeThroughTheCli_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("record");
        const auto obj = [](std::initializer_list<std::pair<QString, QJsonValue>> list) {
            QJsonObject o;
            for (const auto &[k, v] : list)
                o.insert(k, v);
            return o;
        };
        QTest::newRow("taxonomy") << "taxonomy" << obj({{"key", "cli-new"}, {"vocabulary", "theme"}, {"term", "A term"}});
        QTest::newRow("documents") << "documents" << obj({{"key", "cli-new"}, {"title", "A document"}});
        QTest::newRow("networks") << "networks" << obj({{"key", "cli-new"}, {"name", "A network"}, {"parent", "urbact"}});
        QTest::newRow("organisations") << "organisations" << obj({{"key", "cli-new"}, {"name", "An organisation"}});
        QTest::newRow("cities") << "cities" << obj({{"key", "cli-new"}, {"name", "A city"},
                                                     {"memberships", QJsonArray{obj({{"network", "eurotowns"}, {"role", "member"}})}}});
        QTest::newRow("forums") << "forums" << obj({{"key", "cli-new"}, {"name", "A forum"}, {"network", "eurotowns"}});
        QTest::newRow("working-groups") << "working-groups" << obj({{"key", "cli-new"}, {"name", "A group"}, {"network", "urbact"}});
        QTest::newRow("people") << "people" << obj({{"key", "cli-new"}, {"name", "A person"}, {"city", "bologna"}});
        QTest::newRow("practices") << "practices" << obj({{"key", "cli-new"}, {"title", "A practice"}, {"cities", QJsonArray{"bologna"}}});
        QTest::newRow("events") << "events" << obj({{"key", "cli-new"}, {"title", "An event"}, {"practices", QJsonArray{"six-plus"}}});
        QTest::newRow("questionnaires") << "questionnaires" << obj({{"key", "cli-new"}, {"title", "A questionnaire"}});
        QTest::newRow("responses") << "responses" << obj({{"key", "cli-new"}, {"questionnaire", "q"}, {"title", "An interview"}});
        QTest::newRow("recommendations") << "recommendations" << obj({{"key", "cli-new"}, {"text", "A recommendation."}});
    }

    void everyTypeThroughTheCli()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, record);
        const QString title = specFor(*recordTypeFromWord(type)).titleField;

        // add --json - reads standard input and prints the key.
        const Run added = onKb({QStringLiteral("add"), type, QStringLiteral("--json"), QStringLiteral("-")}, QJsonDocument(record).toJson());
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QCOMPARE(added.out.trimmed(), QStringLiteral("cli-new"));
        verifySearchMatchesStore(m_kb, type);

        const Run shown = onKb({QStringLiteral("show"), type, QStringLiteral("cli-new"), QStringLiteral("--json")});
        const qint64 revision = shown.json().value(QStringLiteral("revision")).toInteger();
        const Run edited = onKb({QStringLiteral("edit"), type, QStringLiteral("cli-new"), QStringLiteral("--set"),
                                 title + QStringLiteral("=Wombatfish record"), QStringLiteral("--expect-revision"), QString::number(revision),
                                 QStringLiteral("--json")});
        QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        QVERIFY(edited.json().value(QStringLiteral("revision")).toInteger() > revision);
        const Run found = onKb({QStringLiteral("search"), QStringLiteral("wombatfish"), QStringLiteral("--json")});
        QCOMPARE(found.json().value(QStringLiteral("total")).toInt(), 1);
        verifySearchMatchesStore(m_kb, type);

        const Run deleted = onKb({QStringLiteral("delete"), type, QStringLiteral("Wombatfish record"), QStringLiteral("--json")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(describe(deleted)));
        QCOMPARE(deleted.json().value(QStringLiteral("trashed")).toArray().size(), 1);
        QCOMPARE(onKb({QStringLiteral("search"), QStringLiteral("wombatfish"), QStringLiteral("--json")}).json().value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(onKb({QStringLiteral("show"), type, QStringLiteral("cli-new")}).exitCode, 1);
        const Run trash = onKb({QStringLiteral("trash"), QStringLiteral("--json")});
        QCOMPARE(trash.json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(trash.json().value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("cli-new"));
        verifySearchMatchesStore(m_kb, type);

        const Run restored = onKb({QStringLiteral("trash"), QStringLiteral("restore"), type, QStringLiteral("cli-new"), QStringLiteral("--json")});
        QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
        QCOMPARE(onKb({QStringLiteral("search"), QStringLiteral("wombatfish"), QStringLiteral("--json")}).json().value(QStringLiteral("total")).toInt(), 1);
        verifySearchMatchesStore(m_kb, type);

        // history lists the versions, revert goes back to the first as a new edit.
        const Run history = onKb({QStringLiteral("history"), type, QStringLiteral("cli-new"), QStringLiteral("--json")});
        QVERIFY2(history.exitCode == 0, qPrintable(describe(history)));
        const QJsonArray versions = history.json().value(QStringLiteral("versions")).toArray();
        QVERIFY2(versions.size() >= 3, qPrintable(history.out));
        const QJsonArray changes = versions.at(1).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("field")).toString(), title);
        const Run reverted = onKb({QStringLiteral("revert"), type, QStringLiteral("cli-new"), QStringLiteral("--to"),
                                   QString::number(versions.first().toObject().value(QStringLiteral("revision")).toInteger())});
        QVERIFY2(reverted.exitCode == 0, qPrintable(describe(reverted)));
        QCOMPARE(onKb({QStringLiteral("search"), QStringLiteral("wombatfish"), QStringLiteral("--json")}).json().value(QStringLiteral("total")).toInt(), 0);
        verifySearchMatchesStore(m_kb, type);

        // Clean up for the next type: delete for good.
        QCOMPARE(onKb({QStringLiteral("delete"), type, QStringLiteral("cli-new")}).exitCode, 0);
        const Run emptied = onKb({QStringLiteral("trash"), QStringLiteral("empty"), QStringLiteral("--json")});
        QCOMPARE(emptied.json().value(QStringLiteral("deleted")).toInt(), 1);
        verifySearchMatchesStore(m_kb, type);
    }

    void badEditsAreOneSentenceAndWriteNothing()
    {
        const QString stats = onKb({QStringLiteral("stats"), QStringLiteral("--json")}).out;
        const QList<QStringList> bad{
            {QStringLiteral("edit"), QStringLiteral("practices"), QStringLiteral("six-plus"), QStringLiteral("--set"), QStringLiteral("colour=red")},
            {QStringLiteral("edit"), QStringLiteral("practices"), QStringLiteral("six-plus"), QStringLiteral("--set"), QStringLiteral("start_year=soon")},
            {QStringLiteral("edit"), QStringLiteral("practices"), QStringLiteral("six-plus"), QStringLiteral("--set"), QStringLiteral("cities+=Atlantis")},
            {QStringLiteral("edit"), QStringLiteral("practices"), QStringLiteral("six-plus"), QStringLiteral("--set"), QStringLiteral("status=sleeping")},
            {QStringLiteral("edit"), QStringLiteral("practices"), QStringLiteral("six-plus"), QStringLiteral("--set"), QStringLiteral("themes-=leadership")},
            {QStringLiteral("edit"), QStringLiteral("practices"), QStringLiteral("nothing-like-it"), QStringLiteral("--set"), QStringLiteral("status=pilot")},
            {QStringLiteral("add"), QStringLiteral("cities"), QStringLiteral("--json"), m_tmp.filePath(QStringLiteral("missing.json"))},
            {QStringLiteral("delete"), QStringLiteral("networks"), QStringLiteral("eurotowns")},
            {QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("cities"), QStringLiteral("atlantis")},
            {QStringLiteral("revert"), QStringLiteral("cities"), QStringLiteral("bologna"), QStringLiteral("--to"), QStringLiteral("999999")},
        };
        for (const QStringList &args : bad) {
            const Run run = onKb(args);
            QVERIFY2(run.exitCode == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + describe(run)));
            const QString err = run.err.trimmed();
            QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')) && err.endsWith(QLatin1Char('.')), qPrintable(err));
        }
        const Run add = onKb({QStringLiteral("add"), QStringLiteral("cities"), QStringLiteral("--json"), QStringLiteral("-")},
                             QByteArrayLiteral("{\"key\": \"x\", \"name\": \"X\", \"memberships\": [{\"network\": \"nowhere\"}]}"));
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(QLatin1String("nowhere")), qPrintable(add.err));
        QCOMPARE(onKb({QStringLiteral("stats"), QStringLiteral("--json")}).out, stats);
    }

    // Two processes: one read the record at a revision, another saved it meanwhile; the first
    // one's save is refused naming when it changed, and the other's value stays.
    void staleRevisionFromAnotherProcessIsRefused()
    {
        const qint64 read = onKb({QStringLiteral("show"), QStringLiteral("cities"), QStringLiteral("bologna"), QStringLiteral("--json")})
                                .json().value(QStringLiteral("revision")).toInteger();
        QProcess other;
        other.start(qEnvironmentVariable("CITYKB_CLI"), {QStringLiteral("--kb"), m_kb, QStringLiteral("edit"), QStringLiteral("cities"),
                                                         QStringLiteral("bologna"), QStringLiteral("--set"), QStringLiteral("population=390000")});
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);
        const Run stale = onKb({QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("bologna"), QStringLiteral("--set"),
                                QStringLiteral("population=1"), QStringLiteral("--expect-revision"), QString::number(read)});
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(stale.err.contains(QLatin1String("changed since")) && stale.err.contains(QLatin1String(" at ")), qPrintable(stale.err));
        QCOMPARE(onKb({QStringLiteral("show"), QStringLiteral("cities"), QStringLiteral("bologna"), QStringLiteral("--json")})
                     .json().value(QStringLiteral("population")).toInteger(),
                 390000);
        // The writer's lock: a second process cannot edit while one holds the KB.
        auto holder = KnowledgeBase::open(m_kb, KnowledgeBase::Access::Write);
        QVERIFY(holder);
        const Run locked = onKb({QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("bologna"), QStringLiteral("--set"),
                                 QStringLiteral("population=2")});
        QCOMPARE(locked.exitCode, 3);
    }

    // Erasing a person: afterwards no file in the KB folder holds their name, e-mail address or
    // phone number, also not the WAL, the index, the backups in backups/ or the log.
    void erasureLeavesNoTrace()
    {
        const QString kb = m_tmp.filePath(QStringLiteral("erase"));
        QCOMPARE(cli({QStringLiteral("--kb"), kb, QStringLiteral("init")}).exitCode, 0);
        const QString name = QStringLiteral("Wilhelmina Zandvoortje");
        const QString email = QStringLiteral("w.zandvoortje@voorbeeldstad.nl");
        const QString phone = QStringLiteral("+31 6 4417 2290");
        QJsonObject person{{QStringLiteral("key"), QStringLiteral("wilhelmina-zandvoortje")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("role"), QStringLiteral("Policy officer")},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("phone"), QStringLiteral("+31 6 4417 2291")},
                           {QStringLiteral("network"), QStringLiteral("eurotowns")}};
        QCOMPARE(onKb(kb, {QStringLiteral("add"), QStringLiteral("people"), QStringLiteral("--json"), writeJson(QStringLiteral("p.json"), person)}).exitCode, 0);
        // The phone number changes: the old one stays in the history.
        QCOMPARE(onKb(kb, {QStringLiteral("edit"), QStringLiteral("people"), name, QStringLiteral("--set"), QStringLiteral("phone=") + phone}).exitCode, 0);
        // An interview with them: a respondent, the contact details answer, the notes.
        const Run response = onKb(kb, {QStringLiteral("list"), QStringLiteral("responses"), QStringLiteral("--limit"), QStringLiteral("1"),
                                       QStringLiteral("--json")});
        const QString responseKey = response.json().value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("key")).toString();
        QVERIFY(!responseKey.isEmpty());
        QJsonObject patch{{QStringLiteral("respondents"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), QStringLiteral("Policy officer")},
                                                  {QStringLiteral("person"), QStringLiteral("wilhelmina-zandvoortje")}}}},
                          {QStringLiteral("notes"), QStringLiteral("Interviewed %1 (Mrs Zandvoortje) by phone.").arg(name)}};
        QCOMPARE(onKb(kb, {QStringLiteral("edit"), QStringLiteral("responses"), responseKey, QStringLiteral("--json"),
                           writeJson(QStringLiteral("r.json"), patch)}).exitCode, 0);
        const Run answered = onKb(kb, {QStringLiteral("edit"), QStringLiteral("responses"), responseKey, QStringLiteral("--set"),
                                       QStringLiteral("notes=Reach %1 on 06 4417 2290 or %2; the old number was 0031644172291.").arg(name, email)});
        QVERIFY2(answered.exitCode == 0, qPrintable(describe(answered)));
        // A practice that names them goes to the trash; a saved search names them.
        const Run practices = onKb(kb, {QStringLiteral("list"), QStringLiteral("practices"), QStringLiteral("--limit"), QStringLiteral("1"),
                                        QStringLiteral("--json")});
        const QString practiceKey = practices.json().value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(onKb(kb, {QStringLiteral("edit"), QStringLiteral("practices"), practiceKey, QStringLiteral("--set"),
                           QStringLiteral("innovation=Set up by %1 (%2).").arg(name, email)}).exitCode, 0);
        QCOMPARE(onKb(kb, {QStringLiteral("delete"), QStringLiteral("practices"), practiceKey}).exitCode, 0);
        {
            auto session = KnowledgeBase::open(kb, KnowledgeBase::Access::Write);
            QVERIFY(session);
            QVERIFY(SavedSearchService(*session.value()).save(SavedSearch{QStringLiteral("Contacts"), name, {}, {}, {}}));
        }
        // A failed write names the person's key in the log.
        QCOMPARE(onKb(kb, {QStringLiteral("add"), QStringLiteral("people"), QStringLiteral("--json"), m_tmp.filePath(QStringLiteral("p.json"))}).exitCode, 1);
        // A backup made before the erasure, kept by the app in backups/ (restore keeps the state it replaces).
        const QString outside = m_tmp.filePath(QStringLiteral("erase-backup.sqlite"));
        QCOMPARE(onKb(kb, {QStringLiteral("backup"), QStringLiteral("-o"), outside}).exitCode, 0);
        QCOMPARE(onKb(kb, {QStringLiteral("restore"), outside}).exitCode, 0);
        QCOMPARE(QDir(QDir(kb).filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
        QCOMPARE(onKb(kb, {QStringLiteral("search"), QStringLiteral("Zandvoortje"), QStringLiteral("--json")}).json().value(QStringLiteral("total")).toInt() > 0,
                 true);

        const QList<QByteArray> traces{name.toUtf8().toLower(), QByteArrayLiteral("zandvoortje"), email.toUtf8(), phone.toUtf8(),
                                       QByteArrayLiteral("+31644172290"), QByteArrayLiteral("06 4417 2290"), QByteArrayLiteral("644172291"),
                                       QByteArrayLiteral("4417 2291"), QByteArrayLiteral("wilhelmina-zandvoortje")};
        const auto filesWithTraces = [&] {
            QStringList found;
            for (QDirIterator it(kb, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories); it.hasNext();) {
                const QString path = it.next();
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return QStringList{QStringLiteral("unreadable ") + path};
                const QByteArray bytes = f.readAll().toLower();
                for (const QByteArray &trace : traces) {
                    if (bytes.contains(trace.toLower()))
                        found.append(QStringLiteral("%1 holds %2").arg(QDir(kb).relativeFilePath(path), QString::fromUtf8(trace)));
                }
            }
            return found;
        };
        // The test sees them where they are: the store, the index, the backup and the log.
        const QString before = filesWithTraces().join(QLatin1Char('\n'));
        for (const QString &where : {QStringLiteral("kb.sqlite holds"), QStringLiteral("index/"), QStringLiteral("backups/"), QStringLiteral("logs/")})
            QVERIFY2(before.contains(where), qPrintable(where + QStringLiteral(" in ") + before));

        const Run erased = onKb(kb, {QStringLiteral("erase"), QStringLiteral("people"), name, QStringLiteral("--json")});
        QVERIFY2(erased.exitCode == 0, qPrintable(describe(erased)));
        QCOMPARE(erased.json().value(QStringLiteral("backups")).toArray().size(), 1);
        QCOMPARE(erased.json().value(QStringLiteral("saved_searches_removed")).toInt(), 1);
        QVERIFY(!erased.out.toLower().contains(QLatin1String("zandvoortje")));
        const QStringList left = filesWithTraces();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));

        // The KB is healthy, the person is gone, the records that named them stay.
        QCOMPARE(onKb(kb, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(onKb(kb, {QStringLiteral("show"), QStringLiteral("people"), QStringLiteral("wilhelmina-zandvoortje")}).exitCode, 1);
        QCOMPARE(onKb(kb, {QStringLiteral("history"), QStringLiteral("people"), QStringLiteral("wilhelmina-zandvoortje")}).exitCode, 1);
        const QJsonObject interview = onKb(kb, {QStringLiteral("show"), QStringLiteral("responses"), responseKey, QStringLiteral("--json")}).json();
        QVERIFY(!interview.contains(QStringLiteral("respondents")));
        QCOMPARE(interview.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Reach [name erased] on [phone erased] or [e-mail erased]; the old number was [phone erased]."));
        QCOMPARE(onKb(kb, {QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("practices"), practiceKey}).exitCode, 0);
        QVERIFY(onKb(kb, {QStringLiteral("show"), QStringLiteral("practices"), practiceKey, QStringLiteral("--json")}).json()
                    .value(QStringLiteral("innovation")).toString().startsWith(QLatin1String("Set up by [name erased]")));
        // The erased backup still restores.
        const QString kept = QDir(QDir(kb).filePath(QStringLiteral("backups"))).entryInfoList(QDir::Files).first().filePath();
        const QString copy = m_tmp.filePath(QStringLiteral("kept-copy.sqlite"));
        QVERIFY(QFile::copy(kept, copy));
        QCOMPARE(onKb(kb, {QStringLiteral("restore"), copy}).exitCode, 0);
        QCOMPARE(onKb(kb, {QStringLiteral("show"), QStringLiteral("people"), QStringLiteral("wilhelmina-zandvoortje")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliEditing)
#include "tst_cliediting.moc"
