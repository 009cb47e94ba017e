// The search index on its own: documents built from records, idempotent updates, the query
// language, bad queries, synonyms, facets, spelling, rebuild, and readers on several threads.
#include "search/indexentry.h"
#include "search/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace citykb;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}

struct Fixture
{
    QList<std::pair<RecordType, QJsonObject>> records;
    qint64 id(int i) const { return i + 1; }
};

Fixture fixture()
{
    Fixture f;
    f.records = {
        {RecordType::Taxonomy, json("{'key':'people-helping-people','vocabulary':'theme','term':'people helping people',"
                                    "'synonyms':['people-powered public services','social action']}")},
        {RecordType::Network, json("{'key':'errin','name':'European Regions Research and Innovation Network','acronym':'ERRIN',"
                                   "'description':'Brussels-based platform of regional stakeholders.'}")},
        {RecordType::City, json("{'key':'bologna','name':'Bologna','country':'IT','population':390000}")},
        {RecordType::City, json("{'key':'the-hague','name':'The Hague','country':'NL'}")},
        {RecordType::Practice, json("{'key':'oldham-fund','title':'Co-operative Oldham Fund','summary':'A fund that drives social action "
                                    "and community initiatives in Oldham.','status':'ongoing','start_year':2011,'end_year':2013,"
                                    "'themes':['people-helping-people']}")},
        {RecordType::Practice, json("{'key':'bologna-school','title':'Bologna projects against dropping out of school',"
                                    "'summary':'Apprenticeship and tutoring for pupils of migrant origin.','cities':['bologna'],"
                                    "'networks':['errin'],'status':'completed','start_year':2009,'end_year':2010,"
                                    "'outcomes':[{'name':'students who moved up a year','value':58,'unit':'%'}]}")},
        {RecordType::Practice, json("{'key':'hague-volunteers','title':'Volunteer desk','summary':'Residents helping neighbours: "
                                    "people helping people in daily life.','cities':['the-hague'],'status':'pilot'}")},
    };
    return f;
}

std::optional<QJsonObject> lookupIn(const Fixture &f, RecordType type, const QString &key)
{
    for (const auto &[t, r] : f.records) {
        if (t == type && r.value(QLatin1String("key")).toString() == key)
            return r;
    }
    return std::nullopt;
}

QList<RecordUpdate> updatesOf(const Fixture &f)
{
    QList<RecordUpdate> updates;
    RecordLookup lookup = [&f](RecordType t, const QString &k) { return lookupIn(f, t, k); };
    for (int i = 0; i < f.records.size(); ++i) {
        const auto &[type, record] = f.records.at(i);
        RecordUpdate u;
        u.type = type;
        u.id = f.id(i);
        u.entries = buildIndexEntries(type, u.id, record, lookup);
        u.vocabulary = buildVocabulary(type, record);
        updates.append(u);
    }
    return updates;
}

QStringList keys(const SearchResults &r)
{
    QStringList k;
    for (const SearchHit &h : r.hits)
        k.append(h.key);
    return k;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    Fixture m_fixture = fixture();
    std::unique_ptr<SearchIndex> m_index;
    SearchIndex::RecordFetcher m_fetch;

    Result<SearchResults> search(const QString &text, int limit = 10)
    {
        SearchQuery q;
        q.text = text;
        q.limit = limit;
        return m_index->search(q, m_fetch);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        auto index = SearchIndex::open(m_tmp.filePath(QStringLiteral("index")), SearchIndex::Mode::ReadWrite);
        QVERIFY2(index, qPrintable(index.error()));
        m_index = std::move(index).value();
        QVERIFY(m_index->apply(updatesOf(m_fixture), 7, QStringLiteral("7:practice:7:insert:hague-volunteers")));
        m_fetch = [this](RecordType type, qint64 id) -> std::optional<QJsonObject> {
            if (id < 1 || id > m_fixture.records.size() || m_fixture.records.at(id - 1).first != type)
                return std::nullopt;
            return m_fixture.records.at(id - 1).second;
        };
    }

    void entriesOfResponses()
    {
        const QJsonObject questionnaire = json("{'key':'q','title':'Q','questions':[{'number':3,'text':'Do you deal with social design?','kind':'free_text'}]}");
        const QJsonObject response = json("{'key':'r','questionnaire':'q','title':'Interview','answers':[{'question':3,'text':'Yes, in workshops.'}]}");
        const auto entries = buildIndexEntries(RecordType::Response, 5, response, [&](RecordType t, const QString &k) -> std::optional<QJsonObject> {
            if (t == RecordType::Questionnaire && k == QLatin1String("q"))
                return questionnaire;
            return std::nullopt;
        });
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).part, HitPart::Answer);
        QCOMPARE(entries.at(1).partNumber, 3);
        QVERIFY(entries.at(1).context.startsWith(QStringLiteral("Question 3: Do you deal")));
    }

    // E-mail addresses and phone numbers, in a person's fields or inside any text, are neither
    // terms of the index nor shown in a snippet, a title or a context.
    void personalDataIsNeitherIndexedNorShown()
    {
        Fixture f;
        f.records = {
            {RecordType::Person, json("{'key':'anna-k','name':'Anna K.','role':'Housing officer (mobile 0612345678)',"
                                      "'email':'krasnowski@wohnbau-muenster.example','phone':'+49 251 492 0000'}")},
            {RecordType::Questionnaire, json("{'key':'q','title':'Q','questions':[{'number':1,'text':'How can we reach you?'},"
                                             "{'number':2,'text':'Whom do you work with?'}]}")},
            {RecordType::Response, json("{'key':'r','questionnaire':'q','title':'Interview 0171/1234567',"
                                        "'answers':[{'question':1,'text':'müller@münchen.de, 0171/1234567'},"
                                        "{'question':2,'text':'Workshops with residents; ring 020 7946 0958 or 07700 900123.'}]}")},
            {RecordType::Practice, json("{'key':'desk','title':'Volunteer desk','summary':'Ask Jan at jan.devries@denhaag.example "
                                        "or 06-1234-5678 since 2014-2020.'}")},
        };
        const QList<RecordUpdate> updates = updatesOf(f);
        const QStringList personal{QStringLiteral("krasnowski"), QStringLiteral("wohnbau"), QStringLiteral("müller"),
                                   QStringLiteral("münchen"), QStringLiteral("devries"), QStringLiteral("denhaag"),
                                   QStringLiteral("0612345678"), QStringLiteral("0171"), QStringLiteral("1234567"),
                                   QStringLiteral("7946"), QStringLiteral("0958"), QStringLiteral("07700"),
                                   QStringLiteral("900123"), QStringLiteral("1234"), QStringLiteral("5678"),
                                   QStringLiteral("492"), QStringLiteral("@")};
        for (const RecordUpdate &u : updates) {
            for (const IndexEntry &e : u.entries) {
                QStringList shown{e.titleText, e.snippetText, e.title, e.context};
                for (const IndexEntry::Text &t : e.texts)
                    shown.append(t.text);
                for (const QString &text : shown) {
                    for (const QString &value : personal)
                        QVERIFY2(!text.contains(value, Qt::CaseInsensitive), qPrintable(text));
                }
                // No mark becomes a term either.
                QVERIFY2(!e.titleText.contains(QLatin1String("withheld")), qPrintable(e.titleText));
                for (const IndexEntry::Text &t : e.texts)
                    QVERIFY2(!t.text.contains(QLatin1String("withheld")), qPrintable(t.text));
            }
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = SearchIndex::open(dir.filePath(QStringLiteral("index")), SearchIndex::Mode::ReadWrite);
        QVERIFY2(opened, qPrintable(opened.error()));
        std::unique_ptr<SearchIndex> index = std::move(opened).value();
        QVERIFY(index->apply(updates, 4, QStringLiteral("4:practice:4:insert:desk")));
        SearchIndex::RecordFetcher fetch = [&f](RecordType type, qint64 id) -> std::optional<QJsonObject> {
            if (id < 1 || id > f.records.size() || f.records.at(id - 1).first != type)
                return std::nullopt;
            return f.records.at(id - 1).second;
        };
        auto find = [&](const QString &text) {
            SearchQuery q;
            q.text = text;
            return index->search(q, fetch);
        };
        for (const QString &value : personal.mid(0, personal.size() - 1)
                 + QStringList{QStringLiteral("krasnowski@wohnbau-muenster.example"), QStringLiteral("\"020 7946 0958\""),
                               QStringLiteral("06-1234-5678"), QStringLiteral("withheld"), QStringLiteral("phone")}) {
            auto r = find(value);
            QVERIFY2(r, qPrintable(r.error()));
            QVERIFY2(r.value().hits.isEmpty(), qPrintable(value + QLatin1String(" found ") + keys(r.value()).join(QLatin1Char(','))));
            QVERIFY2(!r.value().suggestion.contains(value, Qt::CaseInsensitive), qPrintable(r.value().suggestion));
        }

        // What is no personal data still finds the records, and their snippets show the marks.
        auto answer = find(QStringLiteral("workshops residents"));
        QVERIFY2(answer, qPrintable(answer.error()));
        QCOMPARE(keys(answer.value()), QStringList{QStringLiteral("r")});
        const SearchHit &hit = answer.value().hits.first();
        QVERIFY2(hit.snippet.contains(QLatin1String("[phone withheld] or [phone withheld]")), qPrintable(hit.snippet));
        QCOMPARE(hit.title, QStringLiteral("Interview [phone withheld]"));
        auto practice = find(QStringLiteral("volunteer desk"));
        QVERIFY(practice);
        QCOMPARE(keys(practice.value()), QStringList{QStringLiteral("desk")});
        QVERIFY2(practice.value().hits.first().snippet.contains(QLatin1String("[e-mail withheld] or [phone withheld] since 2014-2020")),
                 qPrintable(practice.value().hits.first().snippet));
        auto person = find(QStringLiteral("housing officer"));
        QVERIFY(person);
        QCOMPARE(keys(person.value()), QStringList{QStringLiteral("anna-k")});
        QVERIFY2(person.value().hits.first().snippet.contains(QLatin1String("(mobile [phone withheld])")),
                 qPrintable(person.value().hits.first().snippet));
        QVERIFY(keys(find(QStringLiteral("2014")).value()).contains(QStringLiteral("desk"))); // figures stay searchable
    }

    void stateAndIdempotence()
    {
        auto state = m_index->state();
        QVERIFY(state);
        QCOMPARE(state.value().revision, 7);
        QCOMPARE(state.value().format, SearchIndex::formatVersion());
        auto before = m_index->info();
        QVERIFY(before);
        // Applying the same records again gives the same index (one id term per document).
        QVERIFY(m_index->apply(updatesOf(m_fixture), 7, state.value().lastChange));
        auto after = m_index->info();
        QVERIFY(after);
        QCOMPARE(after.value().documents, before.value().documents);
        QCOMPARE(after.value().documents, qint64(m_fixture.records.size()));
    }

    void wordsTitlesAndSnippets()
    {
        auto r = search(QStringLiteral("oldham"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(keys(r.value()).value(0), QStringLiteral("oldham-fund"));
        QVERIFY2(r.value().hits.first().snippet.contains(QStringLiteral("<b>Oldham</b>")), qPrintable(r.value().hits.first().snippet));
    }

    void synonyms()
    {
        // "social action" is a synonym of the theme "people helping people".
        auto r = search(QStringLiteral("social action"));
        QVERIFY(r);
        QVERIFY(keys(r.value()).contains(QStringLiteral("hague-volunteers")));
        auto r2 = search(QStringLiteral("people-powered public services"));
        QVERIFY(r2);
        QVERIFY(keys(r2.value()).contains(QStringLiteral("oldham-fund")));
        QVERIFY(keys(r2.value()).contains(QStringLiteral("hague-volunteers")));
        // Acronyms and names of networks find each other.
        auto r3 = search(QStringLiteral("ERRIN"));
        QVERIFY(r3);
        QVERIFY(keys(r3.value()).contains(QStringLiteral("bologna-school")));
    }

    void fieldQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("city key") << "city:bologna" << QStringList{QStringLiteral("bologna"), QStringLiteral("bologna-school")};
        QTest::newRow("city name") << "city:\"The Hague\" type:practices" << QStringList{QStringLiteral("hague-volunteers")};
        QTest::newRow("network acronym") << "network:ERRIN type:practice" << QStringList{QStringLiteral("bologna-school")};
        QTest::newRow("network name") << "network:\"European Regions Research and Innovation Network\" type:practice"
                                      << QStringList{QStringLiteral("bologna-school")};
        QTest::newRow("theme synonym") << "theme:\"social action\"" << QStringList{QStringLiteral("oldham-fund"), QStringLiteral("people-helping-people")};
        QTest::newRow("year range") << "year:2012..2013" << QStringList{QStringLiteral("oldham-fund")};
        QTest::newRow("year single") << "year:2010 type:practice" << QStringList{QStringLiteral("bologna-school")};
        QTest::newRow("status") << "status:pilot" << QStringList{QStringLiteral("hague-volunteers")};
        QTest::newRow("country") << "country:NL" << QStringList{QStringLiteral("the-hague"), QStringLiteral("hague-volunteers")};
        QTest::newRow("excluded") << "type:practice -city:bologna -status:pilot" << QStringList{QStringLiteral("oldham-fund")};
        QTest::newRow("population") << "population:100000..500000" << QStringList{QStringLiteral("bologna")};
        QTest::newRow("title") << "title:volunteer" << QStringList{QStringLiteral("hague-volunteers")};
    }

    void fieldQueries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        auto r = search(query, 50);
        QVERIFY2(r, qPrintable(r.error()));
        QStringList got = keys(r.value());
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void facetCounts()
    {
        auto r = search(QStringLiteral("type:practice"));
        QVERIFY(r);
        QCOMPARE(r.value().total, 3);
        QMap<QString, QMap<QString, qint64>> facets;
        QMap<QString, QString> labels;
        for (const auto &[field, values] : r.value().facets) {
            for (const FacetCount &v : values) {
                facets[field][v.value] = v.count;
                if (!v.label.isEmpty())
                    labels[v.value] = v.label;
            }
        }
        QCOMPARE(facets[QStringLiteral("type")][QStringLiteral("practices")], 3);
        QCOMPARE(facets[QStringLiteral("city")][QStringLiteral("bologna")], 1);
        QCOMPARE(facets[QStringLiteral("status")][QStringLiteral("pilot")], 1);
        QCOMPARE(facets[QStringLiteral("year")][QStringLiteral("2012")], 1);
        QCOMPARE(labels[QStringLiteral("the-hague")], QStringLiteral("The Hague"));
        QCOMPARE(labels[QStringLiteral("errin")], QStringLiteral("ERRIN"));
    }

    void spellingAndPartial()
    {
        auto r = search(QStringLiteral("oldhamm fnd"));
        QVERIFY(r);
        QCOMPARE(r.value().suggestion, QStringLiteral("oldham fund"));
        QVERIFY(r.value().corrected);
        QCOMPARE(keys(r.value()).value(0), QStringLiteral("oldham-fund"));
        SearchQuery q;
        q.text = QStringLiteral("volunt");
        q.partial = true;
        auto p = m_index->search(q, m_fetch);
        QVERIFY(p);
        QVERIFY(keys(p.value()).contains(QStringLiteral("hague-volunteers")));
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << "\"people helping";
        QTest::newRow("unbalanced bracket") << "(oldham OR fund";
        QTest::newRow("closing bracket") << "oldham)";
        QTest::newRow("lone AND") << "AND";
        QTest::newRow("lone OR twice") << "OR OR";
        QTest::newRow("lone NOT") << "NOT";
        QTest::newRow("lone minus") << "-";
        QTest::newRow("lone plus") << "+";
        QTest::newRow("lone star") << "*";
        QTest::newRow("stars") << "a*b**c*";
        QTest::newRow("empty phrase") << "\"\"";
        QTest::newRow("field without value") << "city:";
        QTest::newRow("unknown type") << "type:spaceship";
        QTest::newRow("bad year") << "year:soon";
        QTest::newRow("reversed years") << "year:2013..2011";
        QTest::newRow("near") << "oldham NEAR/ fund";
        QTest::newRow("brackets only") << "(((((";
        QTest::newRow("range junk") << "population:..";
        QTest::newRow("replacement chars") << QString::fromUtf8("\xff\xfe oldham \xc3");
        QTest::newRow("lone surrogate") << (QStringLiteral("fund ") + QChar(0xd800) + QStringLiteral(" oldham"));
        QTest::newRow("control chars") << QStringLiteral("old\x01ham\x7f fund");
        QTest::newRow("10000 characters") << QString(10000, QLatin1Char('x'));
        QString paste;
        while (paste.size() < 10000)
            paste += QStringLiteral("The Co-operative (Oldham) \"Fund\" AND OR NOT drives social action; ");
        QTest::newRow("10000-character paste") << paste;
        QTest::newRow("long word") << QString(300, QChar(0x00e9));
    }

    void badQueries()
    {
        QFETCH(QString, query);
        auto r = search(query);
        if (r) {
            // Never an empty screen without a reason.
            QVERIFY2(!r.value().hits.isEmpty() || !r.value().notices.isEmpty(), qPrintable(query.left(80)));
        } else {
            // One sentence.
            QVERIFY(!r.error().isEmpty());
            QVERIFY2(!r.error().contains(QLatin1Char('\n')), qPrintable(r.error()));
            QVERIFY2(r.error().endsWith(QLatin1Char('.')), qPrintable(r.error()));
            QVERIFY2(r.error().size() < 400, qPrintable(r.error()));
        }
    }

    void longTermsAreHashed()
    {
        Fixture f;
        const QString longKey = QString(230, QLatin1Char('k'));
        QJsonObject practice = json("{'title':'Long status','status':'x'}");
        practice.insert(QStringLiteral("key"), QStringLiteral("long-status"));
        practice.insert(QStringLiteral("status"), QString(300, QChar(0x00e9)));
        practice.insert(QStringLiteral("cities"), QJsonArray{longKey});
        practice.insert(QStringLiteral("summary"), QString(QString(500, QLatin1Char('z')) + QStringLiteral(" ordinary words")));
        RecordUpdate u;
        u.type = RecordType::Practice;
        u.id = 99;
        u.entries = buildIndexEntries(RecordType::Practice, 99, practice, {});
        QVERIFY(m_index->apply({u}, 8, QStringLiteral("8")));
        auto r = search(QStringLiteral("city:") + longKey);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(keys(r.value()), QStringList{QStringLiteral("long-status")});
        RecordUpdate gone = u;
        gone.removed = true;
        gone.entries.clear();
        QVERIFY(m_index->apply({gone}, 9, QStringLiteral("9")));
        auto r2 = search(QStringLiteral("city:") + longKey);
        QVERIFY(r2);
        QVERIFY(r2.value().hits.isEmpty());
    }

    void similar()
    {
        auto r = m_index->similar(RecordType::Practice, 5, RecordType::Practice, 5, m_fetch); // oldham-fund
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!keys(r.value()).contains(QStringLiteral("oldham-fund")));
        QVERIFY(keys(r.value()).contains(QStringLiteral("hague-volunteers")));
        QVERIFY(!m_index->similar(RecordType::Practice, 12345, std::nullopt, 5, m_fetch));
    }

    void readersOnThreadsWhileWriting()
    {
        std::atomic<bool> stop{false};
        std::atomic<int> failures{0};
        std::atomic<int> searches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back([&, t] {
                while (!stop.load()) {
                    SearchQuery q;
                    q.text = t == 0 ? QStringLiteral("oldham") : t == 1 ? QStringLiteral("type:practice") : QStringLiteral("people helping people");
                    auto r = m_index->search(q, m_fetch);
                    if (!r || r.value().hits.isEmpty())
                        ++failures;
                    ++searches;
                }
                m_index->releaseThreadReader();
            });
        }
        auto state = m_index->state();
        QVERIFY(state);
        for (int i = 0; i < 30; ++i)
            QVERIFY(m_index->apply(updatesOf(m_fixture), state.value().revision + i + 1, QStringLiteral("x")));
        stop = true;
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(searches.load() > 0);
    }

    void rebuildSwapsInANewIndex()
    {
        auto before = m_index->info();
        QVERIFY(before);
        const QList<RecordUpdate> updates = updatesOf(m_fixture);
        SearchIndex::Producer produce = [&](int worker, int workers, const SearchIndex::RecordSink &sink) -> Status {
            for (qsizetype i = worker; i < updates.size(); i += workers) {
                RecordUpdate u = updates.at(i);
                if (Status s = sink(std::move(u)); !s)
                    return s;
            }
            return {};
        };
        // A reader on another thread keeps working across the swap.
        std::atomic<bool> stop{false};
        std::atomic<int> failures{0};
        std::thread reader([&] {
            while (!stop.load()) {
                SearchQuery q;
                q.text = QStringLiteral("oldham");
                auto r = m_index->search(q, m_fetch);
                if (!r || r.value().hits.isEmpty())
                    ++failures;
            }
        });
        QVERIFY(m_index->rebuild(produce, 2, 100, QStringLiteral("100:x")));
        QVERIFY(m_index->rebuild(produce, 1, 101, QStringLiteral("101:x")));
        stop = true;
        reader.join();
        QCOMPARE(failures.load(), 0);
        auto after = m_index->info();
        QVERIFY(after);
        QCOMPARE(after.value().revision, 101);
        QCOMPARE(after.value().documents, qint64(m_fixture.records.size()));
        auto r = search(QStringLiteral("oldhamm"));
        QVERIFY(r);
        QCOMPARE(r.value().suggestion, QStringLiteral("oldham")); // spelling survives a rebuild
        // A cancelled rebuild keeps the old index.
        SearchIndex::Producer failing = [](int, int, const SearchIndex::RecordSink &) -> Status {
            return Status::failure(QStringLiteral("Stopped."));
        };
        QVERIFY(!m_index->rebuild(failing, 2, 200, QStringLiteral("200")));
        auto kept = m_index->state();
        QVERIFY(kept);
        QCOMPARE(kept.value().revision, 101);
    }

    void readOnlyMissingIndex()
    {
        auto index = SearchIndex::open(m_tmp.filePath(QStringLiteral("nothing-here")), SearchIndex::Mode::ReadOnly);
        QVERIFY(index);
        QVERIFY(!index.value()->exists());
        SearchQuery q;
        q.text = QStringLiteral("oldham");
        auto r = index.value()->search(q, {});
        QVERIFY(!r);
        QVERIFY(r.error().contains(QStringLiteral("reindex")));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
