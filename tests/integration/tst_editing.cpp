// Editing through the services (docs/architecture.md, "History, trash and erasure"): every
// record type created, edited, deleted into the trash and restored, with the search index
// finding exactly what the store holds after each step; links that a delete took come back
// with a restore; history, diff and revert; field edits and their one-sentence refusals.
#include "app/editservice.h"
#include "app/historyservice.h"
#include "app/savedsearchservice.h"
#include "app/trashservice.h"
#include "testsupport.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[k, v] : list)
        o.insert(k, v);
    return o;
}

// A new record of each type, with what its type requires, linked into test::sampleGraph().
QJsonObject newRecord(RecordType type)
{
    const QString key = QStringLiteral("new-") + specFor(type).singular;
    switch (type) {
    case RecordType::Taxonomy: return obj({{"key", key}, {"vocabulary", "theme"}, {"term", "A new theme"}});
    case RecordType::Forum: return obj({{"key", key}, {"name", "A new forum"}, {"network", "eurotowns"}});
    case RecordType::WorkingGroup: return obj({{"key", key}, {"name", "A new group"}, {"network", "eurotowns"}, {"lead_city", "bologna"}});
    case RecordType::Practice:
        return obj({{"key", key}, {"title", "A new practice"}, {"cities", QJsonArray{"bologna"}}, {"themes", QJsonArray{"people-helping-people"}}});
    case RecordType::Response: return obj({{"key", key}, {"questionnaire", "q"}, {"title", "A new interview"}});
    case RecordType::Recommendation: return obj({{"key", key}, {"text", "A new recommendation."}, {"networks", QJsonArray{"urbact"}}});
    case RecordType::Document:
    case RecordType::Event:
    case RecordType::Questionnaire: return obj({{"key", key}, {"title", "A new record"}});
    case RecordType::Network:
    case RecordType::Organisation:
    case RecordType::City:
    case RecordType::Person: return obj({{"key", key}, {"name", "A new record"}});
    }
    return {};
}

// Every record of the KB, without the stamps a write changes.
QMap<QString, QJsonObject> snapshot(KnowledgeBase &kb)
{
    QMap<QString, QJsonObject> all;
    for (RecordType type : allRecordTypes()) {
        auto records = kb.reader().value()->list(type);
        for (const QJsonObject &r : records.value())
            all.insert(specFor(type).word + QLatin1Char('/') + r.value(QStringLiteral("key")).toString(), test::withoutStamps(r));
    }
    return all;
}

QStringList find(KnowledgeBase &kb, const QString &text, std::optional<RecordType> type = std::nullopt)
{
    SearchQuery q;
    q.text = text;
    q.type = type;
    q.autoCorrect = false;
    q.limit = 1000;
    auto results = SearchService(kb).search(q);
    if (!results)
        return {QStringLiteral("error: ") + results.error()};
    QStringList keys;
    for (const SearchHit &hit : results.value().hits)
        keys.append(hit.key);
    return keys;
}

// The index holds a record document for exactly the records the store holds, and check finds
// no drift.
void verifySearchMatchesStore(KnowledgeBase &kb)
{
    for (RecordType type : allRecordTypes()) {
        PageQuery all;
        all.limit = 100000;
        auto page = kb.reader().value()->listPage(type, all);
        QVERIFY(page);
        QSet<qint64> inStore;
        for (const RecordSummary &row : page.value().rows)
            inStore.insert(row.id);
        SearchQuery q;
        q.type = type;
        q.limit = 10000;
        q.snippets = false;
        q.facetCounts = false;
        auto results = SearchService(kb).search(q);
        QVERIFY2(results, qPrintable(results.error()));
        QSet<qint64> inIndex;
        for (const SearchHit &hit : results.value().hits) {
            if (hit.part == HitPart::Record)
                inIndex.insert(hit.id);
        }
        QVERIFY2(inIndex == inStore, qPrintable(QStringLiteral("%1: store %2, index %3").arg(specFor(type).word).arg(inStore.size()).arg(inIndex.size())));
    }
    auto report = MaintenanceService(kb).check();
    QVERIFY(report);
    QVERIFY2(report.value().healthy(), qPrintable(report.value().indexProblems.join(QLatin1Char(' '))));
}

FieldEdit fieldEdit(const QString &text)
{
    return FieldEdit::parse(text).value();
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    std::unique_ptr<KnowledgeBase> sampleKb()
    {
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n)), QString());
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        if (Status s = test::write(*kb.value()).importRecords(test::sampleGraph()); !s)
            qFatal("%s", qPrintable(s.error()));
        return std::move(kb).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void everyTypeCreatedEditedDeletedRestored_data()
    {
        QTest::addColumn<int>("typeNumber");
        for (RecordType type : allRecordTypes())
            QTest::newRow(qPrintable(specFor(type).word)) << int(type);
    }

    void everyTypeCreatedEditedDeletedRestored()
    {
        QFETCH(int, typeNumber);
        const auto type = RecordType(typeNumber);
        auto kb = sampleKb();
        EditService edit(*kb);
        TrashService trash(*kb);
        const QJsonObject record = newRecord(type);
        const QString key = record.value(QStringLiteral("key")).toString();

        auto created = edit.create(type, record);
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created.value().key, key);
        verifySearchMatchesStore(*kb);

        const QString title = specFor(type).titleField;
        auto edited = edit.edit(type, key, {fieldEdit(title + QStringLiteral("=Quokkafish record"))}, {}, created.value().revision);
        QVERIFY2(edited, qPrintable(edited.error()));
        QVERIFY(edited.value().revision > created.value().revision);
        QCOMPARE(kb->reader().value()->get(type, key).value().value(title).toString(), QStringLiteral("Quokkafish record"));
        QCOMPARE(find(*kb, QStringLiteral("quokkafish"), type), QStringList{key});
        verifySearchMatchesStore(*kb);

        QVERIFY(edit.remove(type, key));
        QVERIFY(!kb->reader().value()->idOf(type, key).value());
        QCOMPARE(find(*kb, QStringLiteral("quokkafish")), QStringList{});
        auto inTrash = trash.list();
        QVERIFY(inTrash);
        QCOMPARE(inTrash.value().size(), 1);
        QCOMPARE(inTrash.value().first().key, key);
        QCOMPARE(inTrash.value().first().type, type);
        QVERIFY(!inTrash.value().first().deletedAt.isEmpty());
        verifySearchMatchesStore(*kb);

        auto restored = trash.restore(type, key);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored.value().restored.size(), 1);
        QCOMPARE(kb->reader().value()->get(type, key).value().value(title).toString(), QStringLiteral("Quokkafish record"));
        QCOMPARE(find(*kb, QStringLiteral("quokkafish"), type), QStringList{key});
        QVERIFY(trash.list().value().isEmpty());
        verifySearchMatchesStore(*kb);
    }

    // Deleting a record of the sample graph and restoring it gives back the KB as it was: the
    // record with its id, and every link other records lost.
    void restoreBringsLinksBack_data()
    {
        QTest::addColumn<int>("typeNumber");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("cascade");
        for (const auto &[type, record] : test::sampleGraph())
            QTest::newRow(qPrintable(specFor(type).word + QLatin1Char('/') + record.value(QStringLiteral("key")).toString()))
                << int(type) << record.value(QStringLiteral("key")).toString() << true;
    }

    void restoreBringsLinksBack()
    {
        QFETCH(int, typeNumber);
        const auto type = RecordType(typeNumber);
        QFETCH(QString, key);
        QFETCH(bool, cascade);
        auto kb = sampleKb();
        const auto before = snapshot(*kb);
        const qint64 id = *kb->reader().value()->idOf(type, key).value();
        QVERIFY(EditService(*kb).remove(type, key, cascade));
        QVERIFY(snapshot(*kb) != before);
        verifySearchMatchesStore(*kb);
        auto restored = TrashService(*kb).restore(type, key);
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY2(restored.value().notes.isEmpty(), qPrintable(restored.value().notes.join(QLatin1Char(' '))));
        QCOMPARE(*kb->reader().value()->idOf(type, key).value(), id);
        const auto after = snapshot(*kb);
        for (auto it = before.begin(); it != before.end(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(after.size(), before.size());
        verifySearchMatchesStore(*kb);
    }

    void cascadedRecordsComeBackWithTheirOwner()
    {
        auto kb = sampleKb();
        EditService edit(*kb);
        TrashService trash(*kb);
        auto refused = edit.remove(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("social-inclusion")), qPrintable(refused.error()));
        QVERIFY(edit.remove(RecordType::Network, QStringLiteral("eurotowns"), true));
        auto entries = trash.list().value();
        QCOMPARE(entries.size(), 3); // the network, its forum and its working group
        for (const TrashEntry &e : entries)
            QCOMPARE(e.cascaded, e.type != RecordType::Network);
        // A record the cascade took cannot come back before the one it belongs to.
        auto early = trash.restore(RecordType::WorkingGroup, QStringLiteral("social-inclusion"));
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QLatin1String("network \"eurotowns\"")), qPrintable(early.error()));
        QCOMPARE(trash.list().value().size(), 3);
        auto restored = trash.restore(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored.value().restored.size(), 3);
        QVERIFY(trash.list().value().isEmpty());
        QCOMPARE(kb->reader().value()->get(RecordType::WorkingGroup, QStringLiteral("social-inclusion")).value().value(QStringLiteral("lead_city")).toString(),
                 QStringLiteral("eskilstuna"));
        verifySearchMatchesStore(*kb);
    }

    void linksToRecordsGoneMeanwhileStayOut()
    {
        auto kb = sampleKb();
        EditService edit(*kb);
        TrashService trash(*kb);
        QVERIFY(edit.remove(RecordType::Practice, QStringLiteral("six-plus")));
        QVERIFY(edit.remove(RecordType::City, QStringLiteral("bologna")));
        auto restored = trash.restore(RecordType::Practice, QStringLiteral("six-plus"));
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored.value().notes.size(), 1);
        QVERIFY2(restored.value().notes.first().contains(QLatin1String("bologna")), qPrintable(restored.value().notes.first()));
        const QJsonObject practice = kb->reader().value()->get(RecordType::Practice, QStringLiteral("six-plus")).value();
        QVERIFY(!practice.contains(QStringLiteral("cities")));
        QCOMPARE(practice.value(QStringLiteral("networks")).toArray(), QJsonArray{"eurotowns"});
        // The event and the related practice have their links back.
        QCOMPARE(kb->reader().value()->get(RecordType::Event, QStringLiteral("forum-utrecht")).value().value(QStringLiteral("practices")).toArray(),
                 QJsonArray{"six-plus"});
        // A key taken meanwhile refuses the restore.
        QVERIFY(edit.remove(RecordType::Person, QStringLiteral("a-person")));
        QVERIFY(edit.create(RecordType::Person, obj({{"key", "a-person"}, {"name", "Someone else"}})));
        auto taken = trash.restore(RecordType::Person, QStringLiteral("a-person"));
        QVERIFY(!taken);
        QVERIFY2(taken.error().contains(QLatin1String("key \"a-person\"")), qPrintable(taken.error()));
        // Ids are never handed out twice: the new person did not get the deleted one's id.
        QCOMPARE(trash.list().value().size(), 2);
        verifySearchMatchesStore(*kb);
        auto emptied = trash.empty();
        QVERIFY(emptied);
        QCOMPARE(emptied.value(), qint64(2));
        QVERIFY(trash.list().value().isEmpty());
        QVERIFY(!trash.restore(RecordType::City, QStringLiteral("bologna")));
        verifySearchMatchesStore(*kb);
    }

    void idsAreNeverReused()
    {
        auto kb = sampleKb();
        EditService edit(*kb);
        QVERIFY(edit.create(RecordType::City, obj({{"key", "last"}, {"name", "Last"}})));
        const qint64 id = *kb->reader().value()->idOf(RecordType::City, QStringLiteral("last")).value();
        QVERIFY(edit.remove(RecordType::City, QStringLiteral("last")));
        QVERIFY(TrashService(*kb).empty());
        QVERIFY(edit.create(RecordType::City, obj({{"key", "next"}, {"name", "Next"}})));
        QVERIFY(*kb->reader().value()->idOf(RecordType::City, QStringLiteral("next")).value() > id);
        QVERIFY(HistoryService(*kb).history(RecordType::City, QStringLiteral("next")).value().versions.size() == 1);
    }

    void historyDiffAndRevert()
    {
        auto kb = sampleKb();
        EditService edit(*kb);
        HistoryService history(*kb);
        auto first = kb->reader().value()->get(RecordType::Practice, QStringLiteral("six-plus")).value().value(QStringLiteral("revision")).toInteger();
        auto second = edit.edit(RecordType::Practice, QStringLiteral("six-plus"),
                                {fieldEdit(QStringLiteral("status=ongoing")), fieldEdit(QStringLiteral("success_factors-=leadership"))});
        QVERIFY2(second, qPrintable(second.error()));
        auto third = edit.edit(RecordType::Practice, QStringLiteral("6+ and Two-for-One"), {fieldEdit(QStringLiteral("title=Six plus"))});
        QVERIFY2(third, qPrintable(third.error()));

        auto h = history.history(RecordType::Practice, QStringLiteral("six-plus"));
        QVERIFY2(h, qPrintable(h.error()));
        QCOMPARE(h.value().versions.size(), 3);
        QCOMPARE(h.value().versions.at(0).revision, first);
        QCOMPARE(h.value().versions.at(1).revision, second.value().revision);
        QVERIFY(h.value().versions.at(2).current);
        const QList<FieldChange> changes = h.value().versions.at(1).changes;
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, QStringLiteral("status"));
        QCOMPARE(changes.at(0).before.toString(), QStringLiteral("completed"));
        QCOMPARE(changes.at(0).after.toString(), QStringLiteral("ongoing"));
        QCOMPARE(changes.at(1).field, QStringLiteral("success_factors"));
        QCOMPARE(changes.at(1).removed, QJsonArray{"leadership"});
        QVERIFY(changes.at(1).after.isUndefined());

        auto diff = history.diff(RecordType::Practice, QStringLiteral("six-plus"), first, third.value().revision);
        QVERIFY(diff);
        QCOMPARE(diff.value().size(), 3);

        // Going back is a new edit; a stale expected revision is refused naming when it changed.
        auto stale = history.revert(RecordType::Practice, QStringLiteral("six-plus"), first, second.value().revision);
        QVERIFY(!stale);
        QCOMPARE(stale.errorKind(), ErrorKind::Conflict);
        QVERIFY2(stale.error().contains(QLatin1String("changed since")), qPrintable(stale.error()));
        auto reverted = history.revert(RecordType::Practice, QStringLiteral("six-plus"), first, third.value().revision);
        QVERIFY2(reverted, qPrintable(reverted.error()));
        QVERIFY(reverted.value().revision > third.value().revision);
        QCOMPARE(test::withoutStamps(kb->reader().value()->get(RecordType::Practice, QStringLiteral("six-plus")).value()),
                 test::withoutStamps(h.value().versions.at(0).record));
        QCOMPARE(history.history(RecordType::Practice, QStringLiteral("six-plus")).value().versions.size(), 4);
        QVERIFY(find(*kb, QStringLiteral("\"Two-for-One\"")).contains(QStringLiteral("six-plus")));
        QVERIFY(!find(*kb, QStringLiteral("title:six")).contains(QStringLiteral("six-plus")));
        QVERIFY(!history.revert(RecordType::Practice, QStringLiteral("six-plus"), 999999));

        // A record in the trash keeps its history; it is restored before going back.
        QVERIFY(edit.remove(RecordType::Practice, QStringLiteral("six-plus")));
        auto trashed = history.history(RecordType::Practice, QStringLiteral("six-plus"));
        QVERIFY2(trashed, qPrintable(trashed.error()));
        QVERIFY(trashed.value().inTrash);
        QCOMPARE(trashed.value().versions.size(), 4);
        QVERIFY(!history.revert(RecordType::Practice, QStringLiteral("six-plus"), first));
        verifySearchMatchesStore(*kb);
    }

    void fieldEditsAndRefusals()
    {
        auto kb = sampleKb();
        EditService edit(*kb);
        const auto practice = [&] { return kb->reader().value()->get(RecordType::Practice, QStringLiteral("six-plus")).value(); };
        QVERIFY(edit.create(RecordType::Taxonomy, obj({{"key", "housing"}, {"vocabulary", "theme"}, {"term", "Housing"}})));
        auto saved = edit.edit(RecordType::Practice, QStringLiteral("six-plus"),
                               {fieldEdit(QStringLiteral("themes+=Housing")), fieldEdit(QStringLiteral("cities+=Eskilstuna")),
                                fieldEdit(QStringLiteral("start_year=2012")), fieldEdit(QStringLiteral("countries+=SE")),
                                fieldEdit(QStringLiteral("outcomes-={\"unit\": \"EUR\"}")),
                                fieldEdit(QStringLiteral("funding=[{\"amount\": 1, \"currency\": \"EUR\"}]"))});
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(practice().value(QStringLiteral("themes")).toArray(), (QJsonArray{"people-helping-people", "housing"}));
        QCOMPARE(practice().value(QStringLiteral("cities")).toArray(), (QJsonArray{"bologna", "eskilstuna"}));
        QCOMPARE(practice().value(QStringLiteral("start_year")).toInteger(), 2012);
        QCOMPARE(practice().value(QStringLiteral("countries")).toArray(), (QJsonArray{"IT", "SE"}));
        QCOMPARE(practice().value(QStringLiteral("outcomes")).toArray().size(), 1);
        QCOMPARE(practice().value(QStringLiteral("funding")).toArray().first().toObject().value(QStringLiteral("amount")).toInteger(), 1);
        QVERIFY(edit.edit(RecordType::Practice, QStringLiteral("six-plus"), {fieldEdit(QStringLiteral("status="))}));
        QVERIFY(!practice().contains(QStringLiteral("status")));
        auto revision = practice().value(QStringLiteral("revision")).toInteger();

        // Each refusal is one sentence naming the field, and nothing is written.
        const QList<std::pair<QString, QString>> refusals{
            {QStringLiteral("colour=red"), QStringLiteral("no field \"colour\"")},
            {QStringLiteral("start_year=soon"), QStringLiteral("whole number")},
            {QStringLiteral("status=sleeping"), QStringLiteral("status")},
            {QStringLiteral("cities+=Atlantis"), QStringLiteral("city \"Atlantis\", which does not exist")},
            {QStringLiteral("themes-=leadership"), QStringLiteral("does not hold")},
            {QStringLiteral("themes-=housing-first"), QStringLiteral("term \"housing-first\", which does not exist")},
            {QStringLiteral("funding={oops"), QStringLiteral("JSON")},
            {QStringLiteral("title="), QStringLiteral("cannot be cleared")},
            {QStringLiteral("revision=3"), QStringLiteral("store keeps")},
            {QStringLiteral("themes+=leadership"), QStringLiteral("success factor term")},
        };
        for (const auto &[assignment, expected] : refusals) {
            auto refused = edit.edit(RecordType::Practice, QStringLiteral("six-plus"), {fieldEdit(QStringLiteral("summary=changed")), fieldEdit(assignment)});
            QVERIFY2(!refused, qPrintable(assignment));
            QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
            QVERIFY2(!refused.error().contains(QLatin1Char('\n')), qPrintable(refused.error()));
            QCOMPARE(practice().value(QStringLiteral("revision")).toInteger(), revision);
            QVERIFY(!practice().contains(QStringLiteral("summary")));
        }
        // A document the practice cites that was deleted since does not block editing it; a new
        // citation of a missing document is refused.
        QVERIFY(edit.edit(RecordType::Network, QStringLiteral("eurotowns"), {fieldEdit(QStringLiteral("acronym=ET"))}));
        QVERIFY(edit.remove(RecordType::Document, QStringLiteral("study")));
        QVERIFY(edit.edit(RecordType::Network, QStringLiteral("eurotowns"), {fieldEdit(QStringLiteral("acronym=ETN"))}));
        auto dangling = edit.edit(RecordType::Practice, QStringLiteral("six-plus"),
                                  {fieldEdit(QStringLiteral("sources=[{\"document\": \"study\", \"section\": \"1\"}]"))});
        QVERIFY(!dangling);
        QVERIFY2(dangling.error().contains(QLatin1String("document \"study\", which does not exist")), qPrintable(dangling.error()));
        QVERIFY(!FieldEdit::parse(QStringLiteral("no equals sign")));
        QVERIFY(!FieldEdit::parse(QStringLiteral("themes+=")));

        // A bulk edit is one write: all records or none.
        auto bulk = edit.editMany(RecordType::Practice, {QStringLiteral("six-plus"), QStringLiteral("two-for-one-copy")},
                                  {fieldEdit(QStringLiteral("themes+=housing"))});
        QVERIFY2(bulk, qPrintable(bulk.error()));
        QCOMPARE(kb->reader().value()->get(RecordType::Practice, QStringLiteral("two-for-one-copy")).value().value(QStringLiteral("themes")).toArray(),
                 QJsonArray{"housing"});
        const qint64 before = kb->reader().value()->revision().value();
        QVERIFY(!edit.editMany(RecordType::Practice, {QStringLiteral("six-plus"), QStringLiteral("two-for-one-copy")},
                               {fieldEdit(QStringLiteral("themes-=people-helping-people"))}));
        QCOMPARE(kb->reader().value()->revision().value(), before);
        verifySearchMatchesStore(*kb);
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
