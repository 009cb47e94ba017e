// The search index on its own: documents built from records, idempotent updates, the query
// language, bad queries, synonyms, facets, spelling, rebuild, and readers on several threads.
#include "search/indexentry.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
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

// A message a user reads: one sentence on one line, without Xapian's internals.
bool isOneSentence(const QString &m)
{
    static const QStringList internals{QStringLiteral("Xapian::"), QStringLiteral("DatabaseCorruptError"), QStringLiteral("DatabaseError"),
                                       QStringLiteral("DatabaseOpeningError"), QStringLiteral("reading block"), QStringLiteral("<expression>"),
                                       QStringLiteral("kept changing")};
    if (m.isEmpty() || m.contains(QLatin1Char('\n')) || !m.endsWith(QLatin1Char('.')) || m.size() > 400)
        return false;
    for (const QString &i : internals) {
        if (m.contains(i))
            return false;
    }
    return true;
}

// A practice with generated words, so that an index spans many blocks.
QJsonObject generatedPractice(int i)
{
    static const QStringList words{QStringLiteral("school"), QStringLiteral("housing"), QStringLiteral("energy"), QStringLiteral("mobility"),
                                   QStringLiteral("youth"), QStringLiteral("care"), QStringLiteral("culture"), QStringLiteral("water"),
                                   QStringLiteral("market"), QStringLiteral("garden"), QStringLiteral("library"), QStringLiteral("bicycle")};
    QStringList text;
    for (int w = 0; w < 120; ++w)
        text.append(words.at((i * 7 + w * 13 + w * w) % words.size()) + QString::number((i + w) % 97));
    QJsonObject practice;
    practice.insert(QStringLiteral("key"), QStringLiteral("generated-%1").arg(i));
    practice.insert(QStringLiteral("title"), QStringLiteral("Generated practice %1").arg(i));
    practice.insert(QStringLiteral("summary"), text.join(QLatin1Char(' ')));
    return practice;
}

// A complete index of the fixture (and `generated` more practices) in `dir`.
bool buildIndex(const QString &dir, int generated = 0)
{
    auto index = SearchIndex::open(dir, SearchIndex::Mode::ReadWrite);
    if (!index)
        return false;
    QList<RecordUpdate> updates = updatesOf(fixture());
    for (int i = 0; i < generated; ++i) {
        RecordUpdate u;
        u.type = RecordType::Practice;
        u.id = 1000 + i;
        u.entries = buildIndexEntries(RecordType::Practice, u.id, generatedPractice(i), {});
        updates.append(u);
    }
    return bool(index.value()->apply(updates, 7, QStringLiteral("7")));
}

bool overwrite(const QString &file, qint64 offset, qint64 size)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    QByteArray noise(size, '\0');
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    return f.write(noise) == size;
}

// The ways an index folder gets damaged (tests of damagedIndex).
enum class Damage { Remove, Truncate, Empty, Random, NewerFormat, FolderIsFile };

} // namespace

Q_DECLARE_METATYPE(Damage)

namespace {

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

    // While the user types: a common word or a field may still become something else.
    void partialQueries()
    {
        SearchQuery q;
        q.partial = true;
        q.text = QStringLiteral("the");
        auto r = m_index->search(q, m_fetch);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(keys(r.value()).contains(QStringLiteral("the-hague")));
        q.text = QStringLiteral("oldham city:");
        r = m_index->search(q, m_fetch);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(keys(r.value()), QStringList{QStringLiteral("oldham-fund")});
        q.partial = false;
        r = m_index->search(q, m_fetch);
        QVERIFY(!r);
        q.text = QStringLiteral("the");
        QVERIFY(!m_index->search(q, m_fetch));
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

    void queryMessages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("error");   // the exact error; empty: the search succeeds
        QTest::addColumn<QString>("notice");  // a notice the results must carry; empty: none expected
        QTest::addColumn<bool>("checkHits");
        QTest::addColumn<QStringList>("hits"); // sorted

        const QString fields = QStringLiteral("type, network, working-group, city, country, theme, target-group, success-factor, "
                                              "instrument, status, year, title, population");
        const QStringList none;
        const QStringList practices{QStringLiteral("bologna-school"), QStringLiteral("hague-volunteers"), QStringLiteral("oldham-fund")};
        auto add = [](const char *name, const QString &query, const QString &error, const QString &notice = {}) {
            QTest::newRow(name) << query << 0 << error << notice << false << QStringList();
        };
        auto hits = [](const char *name, const QString &query, const QStringList &expected, const QString &notice = {}, int offset = 0) {
            QTest::newRow(name) << query << offset << QString() << notice << true << expected;
        };

        // Fields.
        add("unknown field", QStringLiteral("foo:bar"), QStringLiteral("There is no field \"foo\"; fields are: %1.").arg(fields));
        add("misspelt field", QStringLiteral("citty:Bologna"),
            QStringLiteral("There is no field \"citty\"; fields are: %1 (did you mean city?).").arg(fields));
        add("misspelt excluded field", QStringLiteral("oldham -contry:NL"),
            QStringLiteral("There is no field \"contry\"; fields are: %1 (did you mean country?).").arg(fields));
        add("field without value", QStringLiteral("city:"),
            QStringLiteral("The field city has no value; write it right after the colon, such as city:Bologna."));
        add("space after colon", QStringLiteral("city: Bologna"),
            QStringLiteral("The field city has no value; write it right after the colon, such as city:Bologna."));
        add("empty quoted value", QStringLiteral("theme:\"\""),
            QStringLiteral("The field theme has no value; write it right after the colon, such as theme:\"social action\"."));
        hits("prose with a colon", QStringLiteral("Note: oldham"), {QStringLiteral("oldham-fund")});
        hits("capitalised field", QStringLiteral("Title:volunteer"), {QStringLiteral("hague-volunteers")});
        hits("address", QStringLiteral("https://oldham.example.org"), none, QStringLiteral("Nothing in the KB matches \"https://oldham.example.org\"."));

        // Ranges.
        add("population words", QStringLiteral("population:abc..def"),
            QStringLiteral("The population range \"abc..def\" is not a range of whole numbers such as 100000..500000."));
        add("population open both ends", QStringLiteral("population:.."),
            QStringLiteral("The population range \"..\" is not a range of whole numbers such as 100000..500000."));
        add("population single", QStringLiteral("population:390000"),
            QStringLiteral("\"population:390000\" is not a range; write it as population:100000..500000, population:100000.. or "
                           "population:..500000."));
        add("population reversed", QStringLiteral("population:500000..100000"),
            QStringLiteral("The population range \"500000..100000\" ends before it starts."));
        hits("population open end", QStringLiteral("population:300000.."), {QStringLiteral("bologna")});
        add("year letters", QStringLiteral("year:20x1..2013"),
            QStringLiteral("\"year:20x1..2013\" is not a year or a range of years such as year:2011..2013."));
        add("year reversed", QStringLiteral("year:2013..2011"), QStringLiteral("The year range \"2013..2011\" ends before it starts."));
        add("year span", QStringLiteral("year:1000..3000"), QStringLiteral("The year range \"1000..3000\" spans more than 200 years; narrow it."));

        // Length.
        add("2001 characters", QString(2001, QLatin1Char('x')), QStringLiteral("The query is 2001 characters long; the limit is 2000 characters."));
        QString many;
        while (many.size() < 1990)
            many += QStringLiteral("oldham ");
        hits("many words", many.trimmed(), {QStringLiteral("oldham-fund")},
             QStringLiteral("The query has %1 words; only the first 64 were searched.").arg(many.trimmed().count(QLatin1Char(' ')) + 1));

        // Nothing to search for.
        add("lone AND", QStringLiteral("AND"),
            QStringLiteral("There is nothing to search for in \"AND\": it holds only operators, which need words to work on."));
        add("operators only", QStringLiteral("NOT OR"),
            QStringLiteral("There is nothing to search for in \"NOT OR\": it holds only operators, which need words to work on."));
        add("stop words", QStringLiteral("the of and"),
            QStringLiteral("There is nothing to search for in \"the of and\": its words are too common to be indexed."));
        add("lone minus", QStringLiteral("-"), QStringLiteral("There is nothing to search for in \"-\": it holds no words."));
        add("brackets", QStringLiteral("((("), QStringLiteral("There is nothing to search for in \"(((\": it holds no words."));
        add("lone star", QStringLiteral("*"), QStringLiteral("A lone * matches nothing; put it at the end of the start of a word, such as volunt*."));
        hits("filter and stop words", QStringLiteral("type:practice the"), practices,
             QStringLiteral("\"the\" holds no word worth searching for; only the filters were applied."));

        // Syntax.
        hits("dangling AND", QStringLiteral("oldham AND"), {QStringLiteral("oldham-fund")},
             QStringLiteral("The query could not be read as search syntax (AND needs words on both sides); its words were searched as "
                            "plain words instead."));
        hits("unclosed bracket", QStringLiteral("(oldham OR fund"), {QStringLiteral("oldham-fund")});
        hits("unclosed quote", QStringLiteral("\"co-operative oldham"), {QStringLiteral("oldham-fund")});
        hits("only excluded", QStringLiteral("-oldham"),
             {QStringLiteral("bologna"), QStringLiteral("bologna-school"), QStringLiteral("errin"), QStringLiteral("hague-volunteers"),
              QStringLiteral("people-helping-people"), QStringLiteral("the-hague")});
        hits("excluded beside a filter", QStringLiteral("type:practice -oldham -\"dropping out\""), {QStringLiteral("hague-volunteers")});

        // Characters.
        hits("control character", QStringLiteral("oldham\x01"), {QStringLiteral("oldham-fund")},
             QStringLiteral("The query held control characters or invalid text (such as a lone UTF-16 surrogate); they were read as spaces."));
        hits("lone surrogate", QStringLiteral("oldham ") + QChar(0xdc00), {QStringLiteral("oldham-fund")},
             QStringLiteral("The query held control characters or invalid text (such as a lone UTF-16 surrogate); they were read as spaces."));

        // Offsets.
        hits("offset past one result", QStringLiteral("oldham"), none, QStringLiteral("There is 1 result; offset 100 is past the last one."), 100);
        hits("offset past three", QStringLiteral("type:practice"), none, QStringLiteral("There are 3 results; offset 3 is past the last one."), 3);
        QTest::newRow("offset on the last") << QStringLiteral("type:practice") << 2 << QString() << QString() << false << QStringList();
    }

    void queryMessages()
    {
        QFETCH(QString, query);
        QFETCH(int, offset);
        QFETCH(QString, error);
        QFETCH(QString, notice);
        QFETCH(bool, checkHits);
        QFETCH(QStringList, hits);
        SearchQuery q;
        q.text = query;
        q.offset = offset;
        q.limit = 50;
        auto r = m_index->search(q, m_fetch);
        if (!error.isEmpty()) {
            QVERIFY2(!r, qPrintable(QStringLiteral("no error for %1").arg(query.left(80))));
            QCOMPARE(r.error(), error);
            QCOMPARE(r.errorKind(), ErrorKind::BadInput);
            QVERIFY2(isOneSentence(r.error()), qPrintable(r.error()));
            return;
        }
        QVERIFY2(r, qPrintable(r.error()));
        for (const QString &n : r.value().notices)
            QVERIFY2(isOneSentence(n), qPrintable(n));
        if (notice.isEmpty())
            QVERIFY2(r.value().notices.isEmpty(), qPrintable(r.value().notices.join(QLatin1Char('|'))));
        else
            QVERIFY2(r.value().notices.contains(notice), qPrintable(r.value().notices.join(QLatin1Char('|'))));
        if (checkHits) {
            QStringList got = keys(r.value());
            got.sort();
            QCOMPARE(got, hits);
        }
        if (offset > 0 && r.value().hits.isEmpty())
            QVERIFY(r.value().total > 0); // the total is kept beside the notice
    }

    void facetFilterMessages()
    {
        SearchQuery q;
        q.facets = {{QStringLiteral("citty"), QStringLiteral("bologna")}};
        auto r = m_index->search(q, m_fetch);
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("There is no field \"citty\"; fields are: type, network, working-group, city, country, theme, "
                                           "target-group, success-factor, instrument, status, year (did you mean city?)."));
        q.facets = {{QStringLiteral("city"), QString()}};
        r = m_index->search(q, m_fetch);
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("The field city has no value; write it right after the colon, such as city:Bologna."));
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
                    // What `check` and `stats` read, also beside the writer.
                    if (t == 2 && (!m_index->info() || !m_index->state() || !m_index->isWritable()))
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
                auto info = m_index->info();
                if (!info || info.value().documents == 0)
                    ++failures;
            }
            m_index->releaseThreadReader();
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

    void damagedIndex_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<QString>("why");
        QTest::newRow("no iamglass") << "iamglass" << Damage::Remove << "its file iamglass is missing";
        QTest::newRow("no postlist") << "postlist.glass" << Damage::Remove << "its file postlist.glass is missing";
        QTest::newRow("no termlist") << "termlist.glass" << Damage::Remove << "its file termlist.glass is missing";
        QTest::newRow("no position") << "position.glass" << Damage::Remove << "its file position.glass is missing";
        QTest::newRow("no spelling") << "spelling.glass" << Damage::Remove << "its file spelling.glass is missing";
        QTest::newRow("iamglass cut") << "iamglass" << Damage::Truncate << "its file iamglass is cut short";
        QTest::newRow("postlist cut") << "postlist.glass" << Damage::Truncate << "its file postlist.glass is cut short";
        QTest::newRow("position cut") << "position.glass" << Damage::Truncate << "its file position.glass is cut short";
        QTest::newRow("termlist empty") << "termlist.glass" << Damage::Empty << "its file termlist.glass is cut short";
        QTest::newRow("iamglass empty") << "iamglass" << Damage::Empty << "its file iamglass is not a Xapian version file";
        QTest::newRow("iamglass random") << "iamglass" << Damage::Random << "its file iamglass is not a Xapian version file";
        QTest::newRow("postlist random") << "postlist.glass" << Damage::Random << "its file postlist.glass is corrupt";
        QTest::newRow("termlist random") << "termlist.glass" << Damage::Random << "its file termlist.glass is corrupt";
        QTest::newRow("position random") << "position.glass" << Damage::Random << "its file position.glass is corrupt";
        QTest::newRow("spelling random") << "spelling.glass" << Damage::Random << "its file spelling.glass is corrupt";
        QTest::newRow("newer format") << "iamglass" << Damage::NewerFormat << "it was written by another version of Xapian";
        QTest::newRow("a file, not a folder") << "" << Damage::FolderIsFile << "it is a file, not a folder";
    }

    // Each damage: looksDamaged says how, and opening (either mode) fails with that one sentence.
    void damagedIndex()
    {
        QFETCH(QString, file);
        QFETCH(Damage, damage);
        QFETCH(QString, why);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("index"));
        QVERIFY(buildIndex(dir));
        QString found;
        QVERIFY(!SearchIndex::looksDamaged(dir, &found));
        QVERIFY(found.isEmpty());

        const QString path = dir + QLatin1Char('/') + file;
        QFile f(path);
        switch (damage) {
        case Damage::Remove:
            QVERIFY(f.remove());
            break;
        case Damage::Truncate:
            QVERIFY(f.resize(f.size() / 2 - 1));
            break;
        case Damage::Empty:
            QVERIFY(f.resize(0));
            break;
        case Damage::Random:
            QVERIFY(overwrite(path, 0, f.size()));
            break;
        case Damage::NewerFormat: {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(14));
            QCOMPARE(f.write("\x7f\x7f", 2), qint64(2));
            f.close();
            break;
        }
        case Damage::FolderIsFile: {
            QVERIFY(QDir(dir).removeRecursively());
            QFile plain(dir);
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("not an index\n");
            break;
        }
        }

        QVERIFY(SearchIndex::looksDamaged(dir, &found));
        QCOMPARE(found, why);
        const QString expected = QStringLiteral("The search index at %1 is damaged (%2); it is rebuilt from the store when the KB is next "
                                                "opened for writing or reindexed.")
                                     .arg(QDir::toNativeSeparators(dir), why);
        for (SearchIndex::Mode mode : {SearchIndex::Mode::ReadOnly, SearchIndex::Mode::ReadWrite}) {
            auto index = SearchIndex::open(dir, mode);
            QVERIFY(!index);
            QCOMPARE(index.error(), expected);
            QCOMPARE(index.errorKind(), ErrorKind::Unavailable);
            QVERIFY2(isOneSentence(index.error()), qPrintable(index.error()));
        }
        // Self-repair: set aside, and a new index opens in its place.
        auto aside = SearchIndex::setAsideDamaged(dir);
        QVERIFY2(aside, qPrintable(aside.error()));
        QVERIFY(QFileInfo::exists(aside.value()));
        QCOMPARE(SearchIndex::keptDamagedCopy(dir), aside.value());
        QVERIFY(buildIndex(dir));
        QVERIFY(!SearchIndex::looksDamaged(dir));
    }

    void notDamaged()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("index"));
        QString why = QStringLiteral("x");
        QVERIFY(!SearchIndex::looksDamaged(dir, &why)); // missing: no index yet
        QVERIFY(why.isEmpty());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(!SearchIndex::looksDamaged(dir)); // empty: no index yet
        auto empty = SearchIndex::open(dir, SearchIndex::Mode::ReadOnly);
        QVERIFY(empty);
        QVERIFY(!empty.value()->exists());
        // A new index that never had a document, and one with many blocks, thoroughly checked.
        QVERIFY(SearchIndex::open(dir, SearchIndex::Mode::ReadWrite));
        QVERIFY(!SearchIndex::looksDamaged(dir, nullptr, SearchIndex::Depth::Thorough));
        const QString big = tmp.filePath(QStringLiteral("big"));
        QVERIFY(buildIndex(big, 400));
        QVERIFY(!SearchIndex::looksDamaged(big, nullptr, SearchIndex::Depth::Thorough));
    }

    // Random bytes in a block that the quick look does not read: Xapian's check finds them.
    void thoroughCheckFindsABadBlock()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("index"));
        QVERIFY(buildIndex(dir, 400));
        const QString position = dir + QStringLiteral("/position.glass");
        const qint64 blocks = QFileInfo(position).size() / 8192;
        QVERIFY2(blocks > 8, qPrintable(QString::number(blocks)));
        QVERIFY(overwrite(position, (blocks / 2) * 8192, 8192));
        QVERIFY(!SearchIndex::looksDamaged(dir));
        QString why;
        QVERIFY(SearchIndex::looksDamaged(dir, &why, SearchIndex::Depth::Thorough));
        QCOMPARE(why, QStringLiteral("its file position.glass is corrupt"));
    }

    // Damage after opening: info() (what `check` reads) says so instead of reporting a healthy index.
    void damagedWhileOpen()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("index"));
        QVERIFY(buildIndex(dir));
        auto index = SearchIndex::open(dir, SearchIndex::Mode::ReadOnly);
        QVERIFY(index);
        QVERIFY(index.value()->info());
        auto unread = SearchIndex::open(dir, SearchIndex::Mode::ReadOnly);
        QVERIFY(unread);
        QVERIFY(QFile::remove(dir + QStringLiteral("/position.glass")));
        auto info = index.value()->info();
        QVERIFY(!info);
        QVERIFY2(info.error().contains(QStringLiteral("is damaged (its file position.glass is missing)")), qPrintable(info.error()));
        QVERIFY(isOneSentence(info.error()));
        // The index folder gone altogether, under an index that had not read it yet.
        QVERIFY(QDir(dir).removeRecursively());
        SearchQuery q;
        q.text = QStringLiteral("oldham");
        auto r = unread.value()->search(q, {});
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("The search index at %1 has gone; run \"citykb-cli reindex\" to build it again.")
                                .arg(QDir::toNativeSeparators(dir)));
    }

    void leftovers()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("index"));
        QVERIFY(buildIndex(dir));
        const QStringList gone{dir + QStringLiteral(".damaged-20240101-000000-000"), dir + QStringLiteral(".new"),
                               dir + QStringLiteral(".new.shard0"), dir + QStringLiteral(".new.shard3"), dir + QStringLiteral(".old")};
        const QString kept = dir + QStringLiteral(".damaged-20250101-000000-000");
        const QStringList unrelated{dir + QStringLiteral(".newer"), dir + QStringLiteral("-notes"), tmp.filePath(QStringLiteral("kb.sqlite"))};
        for (const QString &p : gone + QStringList{kept} + unrelated) {
            QVERIFY(QDir().mkpath(p));
            QFile junk(p + QStringLiteral("/junk"));
            QVERIFY(junk.open(QIODevice::WriteOnly));
        }
        QStringList found = SearchIndex::leftovers(dir);
        found.sort();
        QCOMPARE(found, gone);
        QCOMPARE(SearchIndex::keptDamagedCopy(dir), kept);
        QVERIFY(SearchIndex::removeLeftovers(dir));
        for (const QString &p : gone)
            QVERIFY2(!QFileInfo::exists(p), qPrintable(p));
        for (const QString &p : unrelated + QStringList{kept, dir})
            QVERIFY2(QFileInfo::exists(p), qPrintable(p));
        QVERIFY(SearchIndex::leftovers(dir).isEmpty());

        // Opening for writing removes what a killed rebuild left, not the damaged copy.
        QVERIFY(QDir().mkpath(dir + QStringLiteral(".new.shard1")));
        QVERIFY(QDir().mkpath(dir + QStringLiteral(".old")));
        QVERIFY(SearchIndex::open(dir, SearchIndex::Mode::ReadWrite));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral(".new.shard1")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral(".old")));
        QVERIFY(QFileInfo::exists(kept));

        // Setting a damaged index aside keeps only the newest damaged copy.
        auto aside = SearchIndex::setAsideDamaged(dir);
        QVERIFY(aside);
        QVERIFY(!QFileInfo::exists(kept));
        QCOMPARE(SearchIndex::keptDamagedCopy(dir), aside.value());
        QVERIFY(SearchIndex::leftovers(dir).isEmpty());
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
