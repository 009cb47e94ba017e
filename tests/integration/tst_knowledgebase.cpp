// The KnowledgeBase use cases: create and seed, the writer lock, show with links, bundles,
// backup and restore, bad input that must lose nothing.
#include "app/knowledgebase.h"
#include "ingest/bundlereader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace citykb;

namespace {
// JSON written with single quotes, which read better inside C++ strings (and moc cannot
// parse raw string literals).
QByteArray quoted(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}
} // namespace

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n)); }

    static QString seed() { return qEnvironmentVariable("CITYKB_DATA"); }

    std::unique_ptr<KnowledgeBase> seeded()
    {
        auto kb = KnowledgeBase::create(freshDir(), seed());
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        return std::move(kb).value();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!seed().isEmpty(), "CITYKB_DATA must point at data/");
    }

    void createSeedsEveryRecordType()
    {
        auto kb = seeded();
        auto stats = BrowseService(*kb).stats();
        QVERIFY(stats.ok());
        for (const auto &[type, n] : stats.value().counts)
            QVERIFY2(n > 0, qPrintable(specFor(type).word));
        QVERIFY(QFileInfo(QDir(kb->dir()).filePath(QStringLiteral("logs/citykb.log"))).isFile());
        QVERIFY(MaintenanceService(*kb).check().value().healthy());
    }

    void createRefusesAnExistingKb()
    {
        const QString dir = freshDir();
        { QVERIFY(KnowledgeBase::create(dir, {}).ok()); }
        auto again = KnowledgeBase::create(dir, seed());
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QLatin1String("already")));
    }

    void badSeedLeavesNothingBehind()
    {
        QTemporaryDir data;
        QDir(data.path()).mkpath(QStringLiteral("networks"));
        QFile f(QDir(data.path()).filePath(QStringLiteral("networks/n.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(quoted("[{'key': 'a', 'name': 'A'}, {'key': 'b', 'name': 'B', 'parent': 'nowhere'}]"));
        f.close();
        const QString dir = freshDir();
        auto kb = KnowledgeBase::create(dir, data.path());
        QVERIFY(!kb.ok());
        QVERIFY2(kb.error().contains(QLatin1String("nowhere")), qPrintable(kb.error()));
        QVERIFY(!QFile::exists(QDir(dir).filePath(KnowledgeBase::storeFileName())));
    }

    void oneWriterAtATime()
    {
        const QString dir = freshDir();
        auto writer = KnowledgeBase::create(dir, {});
        QVERIFY(writer.ok());
        auto second = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
        QVERIFY(!second.ok());
        QCOMPARE(second.errorKind(), ErrorKind::Unavailable);
        QVERIFY2(second.error().contains(QLatin1String("in use")), qPrintable(second.error()));
        // Readers are welcome while the writer works.
        auto reader = KnowledgeBase::open(dir, KnowledgeBase::Access::Read);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        writer = Result<std::unique_ptr<KnowledgeBase>>::failure(QStringLiteral("closed"));
        auto third = KnowledgeBase::open(dir, KnowledgeBase::Access::Write);
        QVERIFY2(third.ok(), qPrintable(third.error()));
    }

    void missingKbAndUnwritableFolder()
    {
        auto missing = KnowledgeBase::open(freshDir(), KnowledgeBase::Access::Read);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorKind(), ErrorKind::Unavailable);
        QVERIFY(missing.error().contains(QLatin1String("init")));
        // /proc refuses new folders even to root.
        auto nowhere = KnowledgeBase::create(QStringLiteral("/proc/citykb-test/kb"), {});
        QVERIFY(!nowhere.ok());
        QCOMPARE(nowhere.errorKind(), ErrorKind::Unavailable);
        if (geteuid() != 0) {
            const QString dir = freshDir();
            QVERIFY(QDir().mkpath(dir));
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
            auto readOnly = KnowledgeBase::create(dir, {});
            QVERIFY(!readOnly.ok());
            QVERIFY(readOnly.error().contains(QLatin1String("not writable")));
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    void showByNameWithLinks()
    {
        auto kb = seeded();
        auto eurotowns = BrowseService(*kb).show(RecordType::Network, QStringLiteral("Eurotowns"));
        QVERIFY2(eurotowns.ok(), qPrintable(eurotowns.error()));
        const QJsonObject links = eurotowns.value().value(QStringLiteral("links")).toObject();
        QVERIFY(!links.value(QStringLiteral("cities")).toArray().isEmpty());
        QVERIFY(!links.value(QStringLiteral("working-groups")).toArray().isEmpty());
        QVERIFY(!links.value(QStringLiteral("responses")).toArray().isEmpty());
        // By acronym, case-insensitively.
        auto errin = BrowseService(*kb).show(RecordType::Network, QStringLiteral("errin"));
        QVERIFY(errin.ok());
        auto missing = BrowseService(*kb).show(RecordType::Network, QStringLiteral("Atlantis League"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
        QVERIFY(missing.error().contains(QLatin1String("Atlantis League")));
    }

    void bundleRoundTripIsByteIdentical_data()
    {
        QTest::addColumn<bool>("personal");
        QTest::newRow("personal data withheld") << false;
        QTest::newRow("with personal data") << true;
    }

    void bundleRoundTripIsByteIdentical()
    {
        QFETCH(bool, personal);
        const auto mode = personal ? ExportService::PersonalData::Include : ExportService::PersonalData::Leave;
        auto kb = seeded();
        const QString first = m_tmp.filePath(QStringLiteral("first.json"));
        QVERIFY(ExportService(*kb).exportBundle(first, mode).ok());
        auto empty = KnowledgeBase::create(freshDir(), {});
        QVERIFY(empty.ok());
        auto imported = importOne(*empty.value(), first);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const QString second = m_tmp.filePath(QStringLiteral("second.json"));
        QVERIFY(ExportService(*empty.value()).exportBundle(second, mode).ok());
        QCOMPARE(citykb::test::fileHash(second), citykb::test::fileHash(first));
        // Importing it again replaces every record and changes nothing.
        auto again = importOne(*empty.value(), first);
        QVERIFY(again.ok());
        QCOMPARE(again.value().inserted, 0);
        const QString third = m_tmp.filePath(QStringLiteral("third.json"));
        QVERIFY(ExportService(*empty.value()).exportBundle(third, mode).ok());
        QCOMPARE(citykb::test::fileHash(third), citykb::test::fileHash(first));
    }

    void exportsLeavePersonalDataOutUnlessAsked()
    {
        auto kb = seeded();
        QStringList personal;
        for (const QJsonObject &p : BrowseService(*kb).records(RecordType::Person, {}).value()) {
            for (const QString &field : {QStringLiteral("email"), QStringLiteral("phone")}) {
                if (p.contains(field))
                    personal << p.value(field).toString();
            }
        }
        QVERIFY(personal.size() >= 4);
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString withheld = m_tmp.filePath(QStringLiteral("withheld.json"));
        const QString full = m_tmp.filePath(QStringLiteral("full.json"));
        QVERIFY(ExportService(*kb).exportBundle(withheld).ok());
        QVERIFY(ExportService(*kb).exportBundle(full, ExportService::PersonalData::Include).ok());
        for (const QString &value : personal) {
            QVERIFY2(!read(withheld).contains(value), qPrintable(value));
            QVERIFY2(read(full).contains(value), qPrintable(value));
        }
        QVERIFY(read(withheld).contains(QLatin1String("\"personal_data\": false")));

        // Importing the withheld bundle back loses nothing: records that exist are kept.
        const QJsonObject before = kb->reader().value()->get(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns")).value();
        auto imported = importOne(*kb, withheld);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().updated, 0);
        QVERIFY(imported.value().kept > 300);
        QCOMPARE(kb->reader().value()->get(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns")).value(), before);
        for (const QJsonObject &p : BrowseService(*kb).records(RecordType::Person, {}).value()) {
            for (const QString &field : {QStringLiteral("email"), QStringLiteral("phone")})
                QVERIFY(!p.value(field).toString().contains(QLatin1String("withheld")));
        }
    }

    void badBundlesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("this is { not json") << QStringLiteral("not valid JSON");
        QTest::newRow("not a bundle") << quoted("{'citykb-bundle': true}") << QStringLiteral("format");
        QTest::newRow("newer version") << quoted("{'format': 'citykb-bundle', 'version': 9, 'records': {}}")
                                       << QStringLiteral("newer");
        QTest::newRow("wrong type") << quoted("{'format': 'citykb-bundle', 'version': 1, 'records': {'cities': [{'key': 'x', 'name': 5}]}}")
                                    << QStringLiteral("string");
        QTest::newRow("unknown type") << quoted("{'format': 'citykb-bundle', 'version': 1, 'records': {'dragons': []}}")
                                      << QStringLiteral("dragons");
        QTest::newRow("dangling") << quoted("{'format': 'citykb-bundle', 'version': 1, 'records': { 'cities': [{'key': 'x', 'name': 'X'}], 'practices': [{'key': 'p', 'title': 'P', 'cities': ['x', 'atlantis']}]}}")
                                  << QStringLiteral("atlantis");
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\": \"citykb-bundle\", \"version\": 1, \"records\": {\"cities\": [{\"key\": \"x\", \"name\": \"\xff\xfe\"}]}}")
                                       << QStringLiteral("JSON");
        QTest::newRow("personal data flag") << quoted("{'format': 'citykb-bundle', 'version': 1, 'personal_data': 'yes', 'records': {}}")
                                            << QStringLiteral("true or false");
        QTest::newRow("truncated") << quoted("{'format': 'citykb-bundle', 'version': 1, 'records': {'cities': [{'key': 'x', 'na")
                                   << QStringLiteral("not valid JSON");
    }

    void badBundlesWriteNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        auto kb = seeded();
        const qint64 before = BrowseService(*kb).stats().value().storeRevision;
        const QString file = writeFile(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), content);
        auto result = importOne(*kb, file);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QCOMPARE(BrowseService(*kb).stats().value().storeRevision, before);
        QVERIFY(!kb->reader().value()->get(RecordType::City, QStringLiteral("x")).ok());
    }

    void backupAndRestore()
    {
        auto kb = seeded();
        const QString backup = m_tmp.filePath(QStringLiteral("kb-backup.sqlite"));
        QVERIFY(kb->backup(backup).ok());
        const qint64 cities = kb->reader().value()->count(RecordType::City).value();
        QVERIFY(test::write(*kb).create(RecordType::City, QJsonObject{{"key", "atlantis"}, {"name", "Atlantis"}}).ok());
        QCOMPARE(kb->reader().value()->count(RecordType::City).value(), cities + 1);

        Status restored = kb->restore(backup);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(kb->reader().value()->count(RecordType::City).value(), cities);
        // The state before the restore is kept.
        const QStringList kept = QDir(QDir(kb->dir()).filePath(QStringLiteral("backups"))).entryList({QStringLiteral("kb-before-restore-*.sqlite")});
        QCOMPARE(kept.size(), 1);

        // A file that is not a healthy store is refused and changes nothing.
        const QString garbage = writeFile(QStringLiteral("garbage.sqlite"), QByteArray(8192, 'z'));
        const qint64 revision = BrowseService(*kb).stats().value().storeRevision;
        Status refused = kb->restore(garbage);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("Nothing was restored")));
        QCOMPARE(BrowseService(*kb).stats().value().storeRevision, revision);
        QVERIFY(!kb->restore(m_tmp.filePath(QStringLiteral("no-such-file.sqlite"))).ok());
    }

    void restoreTakesAnOlderSchemaBackup()
    {
        auto kb = seeded();
        Status restored = kb->restore(QStringLiteral(CITYKB_TEST_DATA "/kb-schema1.sqlite"));
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(BrowseService(*kb).stats().value().schemaVersion, Store::latestSchemaVersion());
        QCOMPARE(kb->reader().value()->count(RecordType::City).value(), 1);
        QVERIFY(MaintenanceService(*kb).check().value().healthy());
    }

    void readersUpgradeAnOlderKbOnce()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        const QString store = QDir(dir).filePath(KnowledgeBase::storeFileName());
        QVERIFY(QFile::copy(QStringLiteral(CITYKB_TEST_DATA "/kb-schema1.sqlite"), store));
        QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
        auto kb = KnowledgeBase::open(dir, KnowledgeBase::Access::Read);
        QVERIFY2(kb.ok(), qPrintable(kb.error()));
        QCOMPARE(BrowseService(*kb.value()).stats().value().schemaVersion, Store::latestSchemaVersion());
        QCOMPARE(QDir(QDir(dir).filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
