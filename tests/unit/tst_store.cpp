// The SQLite store: every record type, links, deletes, the change log, migrations, damaged
// and foreign files, backups.
#include "core/validation.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace citykb;
using citykb::test::sampleGraph;
using citykb::test::withoutStamps;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("kb%1.sqlite").arg(++m_n)); }

    std::unique_ptr<Store> openNew()
    {
        auto store = Store::create(freshPath());
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

    std::unique_ptr<Store> openWithGraph()
    {
        auto store = openNew();
        auto result = store->importRecords(sampleGraph());
        if (!result)
            qFatal("%s", qPrintable(result.error()));
        return store;
    }

    static void execRaw(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsSchemaWithEveryFieldAsColumn()
    {
        auto store = openNew();
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        // The spec and the migrations must agree: every record type reads back empty lists.
        for (RecordType type : allRecordTypes()) {
            auto n = store->count(type);
            QVERIFY2(n.ok(), qPrintable(n.error()));
            QCOMPARE(n.value(), 0);
            auto rows = store->list(type);
            QVERIFY2(rows.ok(), qPrintable(rows.error()));
        }
        auto id = store->kbId();
        QVERIFY(id.ok());
        QCOMPARE(id.value().size(), 32);
    }

    void everyRecordTypeRoundTrips()
    {
        auto store = openWithGraph();
        for (const auto &[type, record] : sampleGraph()) {
            auto read = store->get(type, record.value(QStringLiteral("key")).toString());
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(withoutStamps(read.value()), record);
            QVERIFY(!read.value().value(QStringLiteral("created_at")).toString().isEmpty());
        }
    }

    void createUpdateDeleteEveryType()
    {
        // Each type on its own, in load order, through the single-record API.
        auto store = openNew();
        QJsonObject eskilstuna;
        for (RecordType type : loadOrder()) {
            for (auto [t, record] : sampleGraph()) {
                if (t != type)
                    continue;
                // The city is a member of a working group it leads: a cycle, so it gets its
                // memberships once the group exists.
                if (record.value(QStringLiteral("key")) == QLatin1String("eskilstuna")) {
                    eskilstuna = record;
                    record.remove(QStringLiteral("memberships"));
                }
                auto id = store->create(type, record);
                QVERIFY2(id.ok(), qPrintable(id.error()));
            }
        }
        QVERIFY(store->update(RecordType::City, QStringLiteral("eskilstuna"), eskilstuna).ok());
        QCOMPARE(store->get(RecordType::City, QStringLiteral("eskilstuna")).value().value(QStringLiteral("memberships")).toArray().size(), 2);
        for (const auto &[type, record] : sampleGraph()) {
            const QString key = record.value(QStringLiteral("key")).toString();
            QJsonObject changed = record;
            const QString title = specFor(type).titleField;
            if (record.contains(title)) {
                changed.insert(title, QString(QStringLiteral("Renamed ") + record.value(title).toString()));
                QVERIFY(store->update(type, key, changed).ok());
                QCOMPARE(store->get(type, key).value().value(title).toString(), changed.value(title).toString());
            }
        }
        // Delete in reverse load order so that nothing still belongs to a deleted record.
        QList<std::pair<RecordType, QJsonObject>> reversed = sampleGraph();
        std::stable_sort(reversed.begin(), reversed.end(), [](const auto &a, const auto &b) {
            return loadOrder().indexOf(a.first) > loadOrder().indexOf(b.first);
        });
        for (const auto &[type, record] : reversed) {
            Status s = store->remove(type, record.value(QStringLiteral("key")).toString());
            QVERIFY2(s.ok(), qPrintable(s.error()));
        }
        for (RecordType type : allRecordTypes())
            QCOMPARE(store->count(type).value(), 0);
        QVERIFY(store->integrityProblems().value().isEmpty());
    }

    void renameKeepsLinks()
    {
        auto store = openWithGraph();
        QJsonObject city = withoutStamps(store->get(RecordType::City, QStringLiteral("bologna")).value());
        city.insert(QStringLiteral("key"), QStringLiteral("bologna-it"));
        QVERIFY(store->update(RecordType::City, QStringLiteral("bologna"), city).ok());
        const QJsonObject practice = store->get(RecordType::Practice, QStringLiteral("six-plus")).value();
        QCOMPARE(practice.value(QStringLiteral("cities")).toArray(), QJsonArray{QStringLiteral("bologna-it")});
    }

    void listFilters()
    {
        auto store = openWithGraph();
        auto byCityName = store->list(RecordType::Practice, {{QStringLiteral("city"), QStringLiteral("Bologna")}});
        QVERIFY2(byCityName.ok(), qPrintable(byCityName.error()));
        QCOMPARE(byCityName.value().size(), 1);
        auto byTheme = store->list(RecordType::Practice, {{QStringLiteral("theme"), QStringLiteral("people-helping-people")}});
        QCOMPARE(byTheme.value().size(), 1);
        auto byStatus = store->list(RecordType::Practice, {{QStringLiteral("status"), QStringLiteral("COMPLETED")}});
        QCOMPARE(byStatus.value().size(), 1);
        auto members = store->list(RecordType::City, {{QStringLiteral("network"), QStringLiteral("Eurotowns")}});
        QCOMPARE(members.value().size(), 1);
        auto groups = store->list(RecordType::WorkingGroup, {{QStringLiteral("network"), QStringLiteral("eurotowns")}});
        QCOMPARE(groups.value().size(), 1);
        auto none = store->list(RecordType::Practice, {{QStringLiteral("city"), QStringLiteral("Nowhere")}});
        QCOMPARE(none.value().size(), 0);
        auto bad = store->list(RecordType::Practice, {{QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QLatin1String("colour")));
        // Values are bound, never spliced into SQL.
        auto injection = store->list(RecordType::City, {{QStringLiteral("name"), QStringLiteral("x' OR '1'='1")}});
        QVERIFY(injection.ok());
        QCOMPARE(injection.value().size(), 0);
    }

    // A page can carry each row's lists of references as their titles, in the record's order.
    void pageWithLists()
    {
        auto store = openWithGraph();
        PageQuery query;
        query.filters = {{QStringLiteral("city"), QStringLiteral("Bologna")}};
        auto plain = store->listPage(RecordType::Practice, query);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain.value().rows.size(), 1);
        QVERIFY(plain.value().rows.first().lists.isEmpty());
        query.withLists = true;
        auto withLists = store->listPage(RecordType::Practice, query);
        QVERIFY2(withLists.ok(), qPrintable(withLists.error()));
        const RecordSummary &row = withLists.value().rows.first();
        auto full = store->get(RecordType::Practice, row.key);
        QVERIFY(full.ok());
        QStringList cityTitles;
        for (const QJsonValue &key : full.value().value(QStringLiteral("cities")).toArray())
            cityTitles.append(store->get(RecordType::City, key.toString()).value().value(QStringLiteral("name")).toString());
        QVERIFY(cityTitles.contains(QStringLiteral("Bologna")));
        QCOMPARE(row.lists.value(QStringLiteral("cities")), cityTitles);
        QCOMPARE(row.lists.value(QStringLiteral("themes")).size(), full.value().value(QStringLiteral("themes")).toArray().size());
        QVERIFY(!row.lists.value(QStringLiteral("themes")).isEmpty());
    }

    void backlinksShowWhoPointsHere()
    {
        auto store = openWithGraph();
        const qint64 id = *store->idOf(RecordType::Network, QStringLiteral("eurotowns")).value();
        auto links = store->referencesTo(RecordType::Network, id);
        QVERIFY(links.ok());
        QSet<QString> seen;
        for (const Backlink &l : links.value())
            seen.insert(specFor(l.type).word + QLatin1Char('/') + l.key + QLatin1Char('/') + l.via + QLatin1Char('/') + l.role);
        QVERIFY(seen.contains(QStringLiteral("cities/eskilstuna/memberships/member")));
        QVERIFY(seen.contains(QStringLiteral("working-groups/social-inclusion/network/")));
        QVERIFY(seen.contains(QStringLiteral("forums/social-forum/network/")));
        QVERIFY(seen.contains(QStringLiteral("practices/six-plus/networks/")));
        QVERIFY(seen.contains(QStringLiteral("events/forum-utrecht/network/")));
        QVERIFY(seen.contains(QStringLiteral("responses/q-eurotowns/subject_network/")));
        QVERIFY(seen.contains(QStringLiteral("recommendations/rec-1/networks/")));
    }

    void deletingNetworkWithGroupsNeedsCascade()
    {
        auto store = openWithGraph();
        const qint64 before = store->revision().value();
        Status refused = store->remove(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("social-inclusion")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("cascade")));
        QCOMPARE(store->revision().value(), before); // nothing written
        QVERIFY(store->get(RecordType::Network, QStringLiteral("eurotowns")).ok());

        QVERIFY(store->remove(RecordType::Network, QStringLiteral("eurotowns"), true).ok());
        QVERIFY(!store->get(RecordType::WorkingGroup, QStringLiteral("social-inclusion")).ok());
        QVERIFY(!store->get(RecordType::Forum, QStringLiteral("social-forum")).ok());
        // Records that only pointed at it stay, without the link.
        const QJsonObject practice = store->get(RecordType::Practice, QStringLiteral("six-plus")).value();
        QVERIFY(!practice.contains(QStringLiteral("networks")));
        const QJsonObject city = store->get(RecordType::City, QStringLiteral("eskilstuna")).value();
        QVERIFY(!city.contains(QStringLiteral("memberships")));
        const QJsonObject event = store->get(RecordType::Event, QStringLiteral("forum-utrecht")).value();
        QVERIFY(!event.contains(QStringLiteral("network")));
        QVERIFY(!event.contains(QStringLiteral("working_group")));
        QVERIFY(store->integrityProblems().value().isEmpty());
    }

    void deletingPracticeTakesItsLinks()
    {
        auto store = openWithGraph();
        QVERIFY(store->remove(RecordType::Practice, QStringLiteral("six-plus")).ok());
        const qint64 bologna = *store->idOf(RecordType::City, QStringLiteral("bologna")).value();
        QVERIFY(store->referencesTo(RecordType::City, bologna).value().isEmpty());
        const QJsonObject copy = store->get(RecordType::Practice, QStringLiteral("two-for-one-copy")).value();
        QVERIFY(!copy.contains(QStringLiteral("related")));
        const QJsonObject event = store->get(RecordType::Event, QStringLiteral("forum-utrecht")).value();
        QVERIFY(!event.contains(QStringLiteral("practices")));
    }

    void questionnaireWithResponsesNeedsCascade()
    {
        auto store = openWithGraph();
        QVERIFY(!store->remove(RecordType::Questionnaire, QStringLiteral("q")).ok());
        QVERIFY(store->remove(RecordType::Questionnaire, QStringLiteral("q"), true).ok());
        QCOMPARE(store->count(RecordType::Response).value(), 0);
    }

    void changeLogRecordsEveryWrite()
    {
        auto store = openNew();
        QCOMPARE(store->revision().value(), 0);
        const auto graph = sampleGraph();
        QVERIFY(store->importRecords(graph).ok());
        QCOMPARE(store->revision().value(), graph.size());
        auto changes = store->changesSince(0, 1000).value();
        QCOMPARE(changes.size(), graph.size());
        for (qsizetype i = 1; i < changes.size(); ++i)
            QVERIFY(changes.at(i).revision > changes.at(i - 1).revision);
        QCOMPARE(changes.first().operation, QStringLiteral("insert"));

        const qint64 before = store->revision().value();
        QJsonObject city = withoutStamps(store->get(RecordType::City, QStringLiteral("bologna")).value());
        city.insert(QStringLiteral("population"), 380000);
        QVERIFY(store->update(RecordType::City, QStringLiteral("bologna"), city).ok());
        QVERIFY(store->remove(RecordType::City, QStringLiteral("bologna")).ok());
        auto later = store->changesSince(before, 100).value();
        // update of the city, then its delete, plus an update of the practice that lost the link
        QStringList ops;
        for (const Change &c : later)
            ops << specFor(c.type).word + QLatin1Char(':') + c.key + QLatin1Char(':') + c.operation;
        QCOMPARE(ops, (QStringList{QStringLiteral("cities:bologna:update"), QStringLiteral("practices:six-plus:update"),
                                   QStringLiteral("cities:bologna:delete")}));
        QCOMPARE(store->changesSince(0, 5).value().size(), 5);
    }

    void badRecordsAreRefusedAndWriteNothing()
    {
        auto store = openWithGraph();
        const qint64 before = store->revision().value();
        QJsonObject dangling{{"key", "p2"}, {"title", "P"}, {"cities", QJsonArray{"atlantis"}}};
        auto r1 = store->create(RecordType::Practice, dangling);
        QVERIFY(!r1.ok());
        QVERIFY2(r1.error().contains(QLatin1String("atlantis")), qPrintable(r1.error()));
        QVERIFY(!store->get(RecordType::Practice, QStringLiteral("p2")).ok());

        auto r2 = store->create(RecordType::Practice, QJsonObject{{"key", "p3"}, {"title", 12}});
        QVERIFY(!r2.ok());
        QVERIFY(r2.error().contains(QLatin1String("string")));
        auto r3 = store->create(RecordType::Practice, QJsonObject{{"key", "p4"}, {"title", "x"}, {"colour", "red"}});
        QVERIFY(!r3.ok());
        QVERIFY(r3.error().contains(QLatin1String("colour")));
        auto r4 = store->create(RecordType::Practice, QJsonObject{{"key", "Not A Key"}, {"title", "x"}});
        QVERIFY(!r4.ok());
        auto r5 = store->create(RecordType::City, QJsonObject{{"key", "bologna"}, {"name", "Bologna again"}});
        QVERIFY(!r5.ok());
        QVERIFY2(r5.error().contains(QLatin1String("already")), qPrintable(r5.error()));
        auto r6 = store->create(RecordType::Event, QJsonObject{{"key", "e"}, {"title", "x"}, {"status", "maybe"}});
        QVERIFY(!r6.ok());
        QVERIFY(r6.error().contains(QLatin1String("postponed")));
        auto r7 = store->create(RecordType::WorkingGroup, QJsonObject{{"key", "wg"}, {"name", "x"}});
        QVERIFY(!r7.ok()); // network is required
        const QString huge(maxFieldLength + 1, QLatin1Char('a'));
        auto r8 = store->create(RecordType::Practice, QJsonObject{{"key", "huge"}, {"title", huge}});
        QVERIFY(!r8.ok());
        QVERIFY(r8.error().contains(QLatin1String("longer")));
        QCOMPARE(store->revision().value(), before);

        // A batch with one bad record writes none of it.
        auto batch = sampleGraph();
        for (auto &[type, record] : batch)
            record.insert(QStringLiteral("key"), QString(record.value(QStringLiteral("key")).toString() + QStringLiteral("-x")));
        batch.append({RecordType::Practice, dangling});
        QVERIFY(!store->importRecords(batch).ok());
        QCOMPARE(store->revision().value(), before);
        QCOMPARE(store->count(RecordType::Network).value(), 3);
    }

    void importResolvesReferencesInAnyOrder()
    {
        auto store = openNew();
        auto graph = sampleGraph();
        std::reverse(graph.begin(), graph.end());
        auto result = store->importRecords(graph);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().inserted, graph.size());
        auto again = store->importRecords(graph);
        QVERIFY(again.ok());
        QCOMPARE(again.value().updated, graph.size());
        QCOMPARE(store->count(RecordType::Practice).value(), 2);
        auto twice = graph;
        twice.append(graph.first());
        QVERIFY(!store->importRecords(twice).ok());
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString path = freshPath();
        { auto store = Store::create(path); QVERIFY(store.ok()); }
        execRaw(path, "PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;");
        const QByteArray before = citykb::test::fileHash(path);
        auto store = Store::open(path, Store::Mode::ReadWrite, m_dir.filePath(QStringLiteral("backups")));
        QVERIFY(!store.ok());
        QCOMPARE(store.errorKind(), ErrorKind::Unavailable);
        QVERIFY2(store.error().contains(QLatin1String("newer")), qPrintable(store.error()));
        QCOMPARE(citykb::test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void olderSchemaIsBackedUpThenUpgraded()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(CITYKB_TEST_DATA "/kb-schema1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString backups = m_dir.filePath(QStringLiteral("upgrade-backups"));

        auto readOnly = Store::open(path, Store::Mode::ReadOnly);
        QVERIFY(!readOnly.ok()); // a read-only open cannot upgrade

        auto store = Store::open(path, Store::Mode::ReadWrite, backups);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(store.value()->kbId().ok());
        QCOMPARE(store.value()->count(RecordType::City).value(), 1);
        const QJsonObject city = store.value()->get(RecordType::City, QStringLiteral("eskilstuna")).value();
        QCOMPARE(city.value(QStringLiteral("memberships")).toArray().size(), 1);
        const QStringList saved = QDir(backups).entryList({QStringLiteral("kb-schema1-*.sqlite")});
        QCOMPARE(saved.size(), 1);
        auto old = Store::open(QDir(backups).filePath(saved.first()), Store::Mode::ReadOnly);
        QVERIFY(!old.ok()); // it is the old schema, kept as it was
        QVERIFY(old.error().contains(QLatin1String("older schema")));
    }

    void damagedAndForeignFilesAreRefused()
    {
        // random bytes
        const QString random = freshPath();
        {
            QFile f(random);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes(64 * 1024, '\0');
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + 13) % 251);
            f.write(bytes);
        }
        const QByteArray randomHash = citykb::test::fileHash(random);
        auto r1 = Store::open(random, Store::Mode::ReadWrite);
        QVERIFY(!r1.ok());
        QCOMPARE(r1.errorKind(), ErrorKind::Unavailable);
        QCOMPARE(citykb::test::fileHash(random), randomHash);

        // a truncated store
        const QString truncated = freshPath();
        {
            auto store = Store::create(truncated);
            QVERIFY(store.value()->importRecords(sampleGraph()).ok());
        }
        execRaw(truncated, "PRAGMA journal_mode = DELETE;");
        {
            QFile f(truncated);
            QVERIFY(f.resize(f.size() / 3));
        }
        auto r2 = Store::open(truncated, Store::Mode::ReadWrite);
        if (r2.ok()) {
            // SQLite may open a cut file; then reading it or checking it must say it is damaged.
            auto problems = r2.value()->integrityProblems();
            QVERIFY(!problems.ok() || !problems.value().isEmpty());
        } else {
            QCOMPARE(r2.errorKind(), ErrorKind::Unavailable);
        }
        QVERIFY(!verifyStoreFile(truncated).ok());

        // another program's SQLite database
        const QString foreign = freshPath();
        execRaw(foreign, "CREATE TABLE t(x);");
        auto r3 = Store::open(foreign, Store::Mode::ReadWrite);
        QVERIFY(!r3.ok());
        QVERIFY(r3.error().contains(QLatin1String("not a CityKB")));

        auto r4 = Store::open(m_dir.filePath(QStringLiteral("missing.sqlite")), Store::Mode::ReadOnly);
        QVERIFY(!r4.ok());
    }

    void readOnlyStoreRefusesWrites()
    {
        const QString path = freshPath();
        { auto store = Store::create(path); QVERIFY(store.value()->importRecords(sampleGraph()).ok()); }
        auto store = Store::open(path, Store::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->count(RecordType::Practice).value(), 2);
        auto w = store.value()->create(RecordType::City, QJsonObject{{"key", "x"}, {"name", "X"}});
        QVERIFY(!w.ok());
        QCOMPARE(w.errorKind(), ErrorKind::Unavailable);
    }

    void backupIsAConsistentCopy()
    {
        auto store = openWithGraph();
        const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(store->backupTo(copy).ok());
        QVERIFY(verifyStoreFile(copy).ok());
        auto restored = Store::open(copy, Store::Mode::ReadOnly);
        QVERIFY(restored.ok());
        for (RecordType type : allRecordTypes())
            QCOMPARE(restored.value()->count(type).value(), store->count(type).value());
        QCOMPARE(restored.value()->kbId().value(), store->kbId().value());
        QVERIFY(!store->backupTo(QStringLiteral("/proc/no/such/dir/backup.sqlite")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
