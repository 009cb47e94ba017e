// Bundle import refuses what the data model does not allow (issue 8, "Accepted but should be
// refused"): each bad bundle is written to a file and imported into a KB made from the seed
// dataset; the import must fail with one sentence naming the record and the field, and the KB
// must be left as it was. A good bundle with the same kinds of values imports.
#include "app/knowledgebase.h"
#include "testsupport.h"
#include "core/validation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

// JSON written with single quotes, which read better inside C++ strings.
QByteArray quoted(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

QByteArray bundleOf(const QByteArray &records)
{
    return "{\"format\": \"citykb-bundle\", \"version\": 1, \"records\": {" + records + "}}";
}

// A bundle of one record of `type`; the record in single-quote JSON.
QByteArray one(const char *type, const char *record)
{
    return bundleOf("\"" + QByteArray(type) + "\": [" + quoted(record) + "]");
}

// A valid city to start from; "@" is replaced by the fields a row adds.
QByteArray city(const char *more)
{
    QByteArray record = quoted("{'key': 'testville', 'name': 'Testville', 'country': 'NL', 'population': 1000, "
                               "'sources': [{'document': 'change-people-helping-people-study', 'section': 'Intro'}]@}");
    return bundleOf("\"cities\": [" + record.replace("@", quoted(more)) + "]");
}

// Why `message` is not one clean sentence, or nothing.
QString sentenceProblem(const QString &message)
{
    if (message.isEmpty())
        return QStringLiteral("empty message");
    if (!message.endsWith(QLatin1Char('.')))
        return QStringLiteral("does not end with a full stop");
    if (message.size() > 600)
        return QStringLiteral("longer than 600 characters");
    if (message.contains(QRegularExpression(QStringLiteral("[.!?]\\s+[A-Z]"))))
        return QStringLiteral("more than one sentence");
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QChar c = message.at(i);
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            return QStringLiteral("a control character or NUL");
        if (c.isHighSurrogate() && i + 1 < message.size() && message.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return QStringLiteral("a lone surrogate");
    }
    for (const char *sql : {"constraint", "SQL", "INSERT", "UPDATE ", "SELECT"}) {
        if (message.contains(QLatin1String(sql), Qt::CaseInsensitive))
            return QStringLiteral("SQL words");
    }
    return {};
}

} // namespace

class TestBundleValidation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<KnowledgeBase> m_kb;
    int m_n = 0;

    std::unique_ptr<KnowledgeBase> seeded()
    {
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n)), KnowledgeBase::seedDataDir());
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        return std::move(kb).value();
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(QStringLiteral("bundle%1.json").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        // The whole seed dataset passes every check.
        m_kb = seeded();
        QVERIFY(BrowseService(*m_kb).stats().value().storeRevision > 300);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected"); // each must be in the message

        // Dates, and the stamps of a bundle.
        QTest::newRow("month 13") << one("events", "{'key': 'e1', 'title': 'E', 'start_date': '2020-13-45'}")
                                  << QStringList{"event \"e1\"", "start_date", "2020-13-45"};
        QTest::newRow("30 February") << one("documents", "{'key': 'd1', 'title': 'D', 'date': '2021-02-30'}")
                                     << QStringList{"document \"d1\"", ".date"};
        QTest::newRow("day without month") << one("responses", "{'key': 'r1', 'questionnaire': 'change-people-powered-public-services', 'date': '12/03/2018'}")
                                           << QStringList{"response \"r1\"", ".date"};
        QTest::newRow("month 0") << one("networks", "{'key': 'n1', 'name': 'N', 'members_as_of': '2018-00'}")
                                 << QStringList{"network \"n1\"", "members_as_of"};
        QTest::newRow("runs until words") << one("networks", "{'key': 'n1', 'name': 'N', 'runs_until': 'the end of time'}")
                                          << QStringList{"network \"n1\"", "runs_until"};
        QTest::newRow("year 0999") << one("events", "{'key': 'e1', 'title': 'E', 'end_date': '0999-01-01'}")
                                   << QStringList{"event \"e1\"", "end_date"};
        QTest::newRow("created yesterday") << city(", 'created_at': 'yesterday'") << QStringList{"city \"testville\"", "created_at"};
        QTest::newRow("updated without zone") << city(", 'updated_at': '2026-11-21 23:41:49'")
                                              << QStringList{"city \"testville\"", "updated_at"};
        QTest::newRow("created at hour 25") << city(", 'created_at': '2026-11-21T25:00:00Z'") << QStringList{"city \"testville\"", "created_at"};
        QTest::newRow("ends before it starts") << one("events", "{'key': 'e1', 'title': 'E', 'start_date': '2018-03-07', 'end_date': '2018-03-01'}")
                                               << QStringList{"event \"e1\"", "end_date", "start_date"};

        // Countries.
        QTest::newRow("country XX") << city(", 'region': 'R'").replace("\"NL\"", "\"XX\"") << QStringList{"city \"testville\"", "country"};
        QTest::newRow("country UK") << city("").replace("\"NL\"", "\"UK\"") << QStringList{"city \"testville\"", "country", "GB"};
        QTest::newRow("country gb") << one("organisations", "{'key': 'o1', 'name': 'O', 'country': 'gb'}")
                                    << QStringList{"organisation \"o1\"", "country"};
        QTest::newRow("country EL") << one("networks", "{'key': 'n1', 'name': 'N', 'country': 'EL'}")
                                    << QStringList{"network \"n1\"", "country", "GR"};
        QTest::newRow("countries ZZ") << one("practices", "{'key': 'p1', 'title': 'P', 'countries': ['NL', 'ZZ']}")
                                      << QStringList{"practice \"p1\"", "countries[1]"};
        QTest::newRow("countries twice") << one("practices", "{'key': 'p1', 'title': 'P', 'countries': ['NL', 'NL']}")
                                         << QStringList{"practice \"p1\"", "countries"};

        // Counts and years.
        QTest::newRow("negative population") << city("").replace("1000", "-5") << QStringList{"city \"testville\"", "population"};
        QTest::newRow("half a person") << city("").replace("1000", "1000.5") << QStringList{"city \"testville\"", "population", "1000.5"};
        QTest::newRow("population as text") << city("").replace("1000", "\"1000\"") << QStringList{"city \"testville\"", "population"};
        QTest::newRow("population year 20200") << city(", 'population_year': 20200") << QStringList{"city \"testville\"", "population_year"};
        QTest::newRow("members 12.5") << one("networks", "{'key': 'n1', 'name': 'N', 'members_count': 12.5}")
                                      << QStringList{"network \"n1\"", "members_count"};
        QTest::newRow("members -1") << one("networks", "{'key': 'n1', 'name': 'N', 'members_count': -1}")
                                    << QStringList{"network \"n1\"", "members_count"};
        QTest::newRow("founded in 99") << one("networks", "{'key': 'n1', 'name': 'N', 'founded_year': 99}")
                                       << QStringList{"network \"n1\"", "founded_year"};
        QTest::newRow("eligibility -1") << one("networks", "{'key': 'n1', 'name': 'N', 'eligibility': {'population_min': -1}}")
                                        << QStringList{"network \"n1\"", "eligibility.population_min"};
        QTest::newRow("start in 3000") << one("practices", "{'key': 'p1', 'title': 'P', 'start_year': 3000}")
                                       << QStringList{"practice \"p1\"", "start_year"};
        QTest::newRow("end before start") << one("practices", "{'key': 'p1', 'title': 'P', 'start_year': 2015, 'end_year': 2010}")
                                          << QStringList{"practice \"p1\"", "end_year"};
        QTest::newRow("outcome in year 1") << one("practices", "{'key': 'p1', 'title': 'P', 'outcomes': [{'name': 'x', 'year': 1}]}")
                                           << QStringList{"practice \"p1\"", "outcomes[0].year"};
        QTest::newRow("participants -3") << one("events", "{'key': 'e1', 'title': 'E', 'participants_count': -3}")
                                         << QStringList{"event \"e1\"", "participants_count"};
        QTest::newRow("question 0") << one("questionnaires", "{'key': 'q1', 'title': 'Q', 'questions': [{'number': 0, 'text': 'T', 'kind': 'yes_no'}]}")
                                    << QStringList{"questionnaire \"q1\"", "questions[0].number"};
        QTest::newRow("work plan year 20") << one("working-groups", "{'key': 'w1', 'name': 'W', 'network': 'eurocities', 'work_plans': [{'year': 20}]}")
                                           << QStringList{"working-group \"w1\"", "work_plans[0].year"};

        // Vocabularies, top-level and in lists.
        QTest::newRow("role overlord") << city(", 'memberships': [{'network': 'eurocities', 'role': 'overlord'}]")
                                       << QStringList{"city \"testville\"", "memberships[0].role"};
        QTest::newRow("question kind essay") << one("questionnaires", "{'key': 'q1', 'title': 'Q', 'questions': [{'number': 1, 'text': 'T', 'kind': 'essay'}]}")
                                             << QStringList{"questionnaire \"q1\"", "questions[0].kind"};
        QTest::newRow("network kind") << one("networks", "{'key': 'n1', 'name': 'N', 'kind': 'club'}") << QStringList{"network \"n1\"", "kind"};
        QTest::newRow("network scope") << one("networks", "{'key': 'n1', 'name': 'N', 'scope': 'galactic'}") << QStringList{"network \"n1\"", "scope"};
        QTest::newRow("organisation kind") << one("organisations", "{'key': 'o1', 'name': 'O', 'kind': 'guild'}")
                                           << QStringList{"organisation \"o1\"", "kind"};
        QTest::newRow("document kind") << one("documents", "{'key': 'd1', 'title': 'D', 'kind': 'novel'}") << QStringList{"document \"d1\"", "kind"};
        QTest::newRow("event kind") << one("events", "{'key': 'e1', 'title': 'E', 'kind': 'party'}") << QStringList{"event \"e1\"", "kind"};
        QTest::newRow("working-group kind") << one("working-groups", "{'key': 'w1', 'name': 'W', 'network': 'eurocities', 'kind': 'club'}")
                                            << QStringList{"working-group \"w1\"", "kind"};
        QTest::newRow("response mode") << one("responses", "{'key': 'r1', 'questionnaire': 'change-people-powered-public-services', 'mode': 'telepathy'}")
                                       << QStringList{"response \"r1\"", "mode"};
        QTest::newRow("relation") << one("practices", "{'key': 'p1', 'title': 'P', 'related': [{'practice': 'co-operative-oldham-fund', 'relation': 'inspired by'}]}")
                                  << QStringList{"practice \"p1\"", "related[0].relation"};
        QTest::newRow("vocabulary") << one("taxonomy", "{'key': 't1', 'vocabulary': 'colour', 'term': 'Red'}") << QStringList{"term \"t1\"", "vocabulary"};

        // Taxonomy keys of the wrong vocabulary, stored or in the same bundle.
        QTest::newRow("target group in themes") << one("practices", "{'key': 'p1', 'title': 'P', 'themes': ['single-parents']}")
                                                << QStringList{"practice \"p1\"", "themes[0]", "single-parents", "a target group term"};
        QTest::newRow("theme in target groups") << one("practices", "{'key': 'p1', 'title': 'P', 'target_groups': ['social-inclusion', 'poverty']}")
                                                << QStringList{"practice \"p1\"", "target_groups[0]"};
        QTest::newRow("term of this bundle") << bundleOf(quoted("'practices': [{'key': 'p1', 'title': 'P', 'success_factors': ['t1']}], "
                                                                "'taxonomy': [{'key': 't1', 'vocabulary': 'instrument', 'term': 'T'}]"))
                                             << QStringList{"practice \"p1\"", "success_factors[0]", "an instrument term"};
        QTest::newRow("term renamed into another vocabulary")
            << one("taxonomy", "{'key': 'poverty', 'vocabulary': 'challenge', 'term': 'Poverty'}")
            << QStringList{"term \"poverty\"", "vocabulary", "practice", "themes"};
        QTest::newRow("questionnaire drops answered questions")
            << one("questionnaires", "{'key': 'change-people-powered-public-services', 'title': 'Q', "
                                     "'questions': [{'number': 1, 'text': 'A', 'kind': 'yes_no'}]}")
            << QStringList{"questionnaire \"change-people-powered-public-services\"", "questions", "response"};

        // References across records.
        QTest::newRow("source cites no document") << city("").replace("change-people-helping-people-study", "lost-manuscript")
                                                  << QStringList{"city \"testville\"", "sources[0].document", "lost-manuscript"};
        QTest::newRow("respondent not a person") << one("responses", "{'key': 'r1', 'questionnaire': 'change-people-powered-public-services', "
                                                                     "'respondents': [{'name': 'X', 'person': 'nobody-at-all'}]}")
                                                 << QStringList{"response \"r1\"", "respondents[0].person"};
        QTest::newRow("answer to question 99") << one("responses", "{'key': 'r1', 'questionnaire': 'change-people-powered-public-services', "
                                                                   "'answers': [{'question': 1, 'text': 'A'}, {'question': 99, 'text': 'B'}]}")
                                               << QStringList{"response \"r1\"", "answers[1].question", "99"};
        QTest::newRow("question answered twice") << one("responses", "{'key': 'r1', 'questionnaire': 'change-people-powered-public-services', "
                                                                     "'answers': [{'question': 2, 'text': 'A'}, {'question': 2, 'text': 'B'}]}")
                                                 << QStringList{"response \"r1\"", "answers[1].question"};
        QTest::newRow("two questions 3") << one("questionnaires", "{'key': 'q1', 'title': 'Q', 'questions': [{'number': 3, 'text': 'A', 'kind': 'yes_no'}, "
                                                                  "{'number': 3, 'text': 'B', 'kind': 'yes_no'}]}")
                                         << QStringList{"questionnaire \"q1\"", "questions[1].number"};
        QTest::newRow("a city twice") << one("practices", "{'key': 'p1', 'title': 'P', 'cities': ['eindhoven', 'aarhus', 'eindhoven']}")
                                      << QStringList{"practice \"p1\"", "cities", "eindhoven"};
        QTest::newRow("membership of both") << city(", 'memberships': [{'network': 'eurocities', 'working_group': 'smart-social-inclusion', 'role': 'member'}]")
                                            << QStringList{"city \"testville\"", "memberships[0]", "working_group"};
        QTest::newRow("membership of nothing") << city(", 'memberships': [{'role': 'member'}]")
                                               << QStringList{"city \"testville\"", "memberships[0]", "network"};

        // Names and titles.
        QTest::newRow("empty name") << city("").replace("\"Testville\"", "\"\"") << QStringList{"city \"testville\"", "name"};
        QTest::newRow("blank name") << city("").replace("\"Testville\"", "\"  \\t \"") << QStringList{"city \"testville\"", "name"};
        QTest::newRow("blank title") << one("practices", "{'key': 'p1', 'title': ' \\n '}") << QStringList{"practice \"p1\"", "title"};
        QTest::newRow("blank term") << one("taxonomy", "{'key': 't1', 'vocabulary': 'theme', 'term': ''}") << QStringList{"term \"t1\"", "term"};
        QTest::newRow("blank outcome") << one("practices", "{'key': 'p1', 'title': 'P', 'outcomes': [{'name': ' '}]}")
                                       << QStringList{"practice \"p1\"", "outcomes[0].name"};
        QTest::newRow("blank section") << city("").replace("\"Intro\"", "\"\"") << QStringList{"city \"testville\"", "sources[0].section"};

        // Text that is not text.
        QTest::newRow("lone high surrogate") << city("").replace("Testville\"", "Test\\ud800ville\"")
                                             << QStringList{"city \"testville\"", "name", "surrogate"};
        QTest::newRow("lone low surrogate") << city(", 'description': 'x\\udc00'") << QStringList{"city \"testville\"", "description", "surrogate"};
        QTest::newRow("escaped NUL") << city(", 'description': 'a\\u0000b'") << QStringList{"city \"testville\"", "description", "NUL"};
        QTest::newRow("raw NUL") << city(", 'region': 'a@b'").replace("a@b", QByteArray("a\0b", 3))
                                 << QStringList{"city \"testville\"", "region", "NUL"};
        QTest::newRow("control character") << city(", 'region': 'a\\u001bb'") << QStringList{"city \"testville\"", "region", "control"};
        QTest::newRow("NUL deep in a list") << city("").replace("\"Intro\"", "\"In\\u0000tro\"")
                                            << QStringList{"city \"testville\"", "sources[0].section", "NUL"};
        QTest::newRow("NUL in a field name") << city(", 'reg\\u0000ion': 'R'") << QStringList{"city \"testville\"", "field name", "NUL"};
        QTest::newRow("invalid UTF-8") << city(", 'region': 'R@'").replace("R@", "R\xff\xfe") << QStringList{"offset", "UTF-8"};
        QTest::newRow("overlong UTF-8") << city(", 'region': 'R@'").replace("R@", "R\xc0\xaf") << QStringList{"offset", "UTF-8"};
        QTest::newRow("UTF-8 surrogate") << city(", 'region': 'R@'").replace("R@", "R\xed\xa0\x80") << QStringList{"offset", "UTF-8"};

        // Keys twice in one object, however they are spelled.
        QTest::newRow("name twice") << city(", 'name': 'Other'") << QStringList{"\"name\" twice", "records.cities[0]", "line"};
        QTest::newRow("escaped twin") << city(", 'n\\u0061me': 'Other'") << QStringList{"\"name\" twice", "records.cities[0]"};
        QTest::newRow("records twice") << bundleOf("\"cities\": []}, \"records\": {\"cities\": []")
                                       << QStringList{"\"records\" twice", "top-level"};
        QTest::newRow("source field twice") << city("").replace("\"section\": \"Intro\"", "\"section\": \"Intro\", \"section\": \"B\"")
                                            << QStringList{"\"section\" twice", "records.cities[0].sources[0]"};

        // Shapes of nested lists.
        QTest::newRow("source without section") << city("").replace(", \"section\": \"Intro\"", "")
                                                << QStringList{"city \"testville\"", "sources[0]", "section"};
        QTest::newRow("unknown source field") << city("").replace("\"section\"", "\"page\": 3, \"section\"")
                                              << QStringList{"city \"testville\"", "sources[0]", "page"};
        QTest::newRow("currency") << one("networks", "{'key': 'n1', 'name': 'N', 'fees': [{'amount': 10, 'currency': 'euro'}]}")
                                  << QStringList{"network \"n1\"", "fees[0].currency"};
        QTest::newRow("blank synonym") << one("taxonomy", "{'key': 't1', 'vocabulary': 'theme', 'term': 'T', 'synonyms': ['a', '']}")
                                       << QStringList{"term \"t1\"", "synonyms[1]"};

        // Files no one should have to parse.
        QByteArray deep = city(", 'description': @");
        deep.replace("@", QByteArray(QByteArray(10000, '[') + QByteArray(10000, ']')));
        QTest::newRow("10,000 levels deep") << deep << QStringList{"1024 levels"};
        QByteArray huge = city(", 'description': '@'");
        huge.replace("@", QByteArray(50 * 1024 * 1024, 'x'));
        QTest::newRow("50 MB string") << huge << QStringList{"city \"testville\"", "description", "longer than"};
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        auto before = BrowseService(*m_kb).stats();
        QVERIFY(before.ok());
        const QString file = writeFile(content);
        auto result = importOne(*m_kb, file);
        QVERIFY2(!result.ok(), "the bundle was imported");
        const QString message = result.error();
        const QString problem = sentenceProblem(message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(": ") + printable(message, 600)));
        for (const QString &part : expected)
            QVERIFY2(message.contains(part), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(part, message)));
        auto after = BrowseService(*m_kb).stats();
        QVERIFY(after.ok());
        QCOMPARE(after.value().storeRevision, before.value().storeRevision);
        QVERIFY(after.value().counts == before.value().counts);
    }

    // The same kinds of values, written right, are taken: the checks refuse only what is wrong.
    void goodBundleImports()
    {
        auto kb = seeded();
        const QByteArray content = bundleOf(quoted(
            "'cities': [{'key': 'testville', 'name': 'Testville', 'country': 'GB', 'population': 0, 'population_year': 2018, "
            "  'created_at': '2026-11-21T23:41:49Z', 'updated_at': '2026-11-22T08:00:00.123+01:00', "
            "  'description': 'Tabs\\tand\\nlines, accents \\u00e9 and an emoji \\ud83d\\ude00.', "
            "  'memberships': [{'network': 'eurocities', 'role': 'partner city'}, {'working_group': 'smart-social-inclusion', 'role': 'lead'}], "
            "  'sources': [{'document': 'manual', 'section': '1'}]}], "
            "'documents': [{'key': 'manual', 'title': 'Manual', 'kind': 'report', 'date': '2020-02-29', 'language': 'en'}], "
            "'taxonomy': [{'key': 'new-group', 'vocabulary': 'target_group', 'term': 'New group', 'synonyms': ['newcomers']}], "
            "'events': [{'key': 'e1', 'title': 'E', 'kind': 'workshop', 'date_text': 'spring 2018', 'start_date': '2018', "
            "  'end_date': '2018-06-30', 'participants_count': 0}, "
            "  {'key': 'e2', 'title': 'E2', 'start_date': '2018-03-07', 'end_date': '2018-03'}], "
            "'practices': [{'key': 'p1', 'title': 'P', 'countries': ['GB', 'NL'], 'start_year': 2010, 'end_year': 2010, "
            "  'themes': ['poverty', 'social-inclusion'], 'target_groups': ['single-parents', 'new-group'], "
            "  'outcomes': [{'name': 'jobs', 'value': -3.5, 'year': 2011}], "
            "  'related': [{'practice': 'co-operative-oldham-fund', 'relation': 'adapted from'}]}], "
            "'networks': [{'key': 'n1', 'name': 'N', 'kind': 'coalition', 'scope': 'EU', 'members_count': 12, "
            "  'members_as_of': '2018-02', 'runs_until': '2019', 'founded_year': 1986, "
            "  'fees': [{'amount': 3500, 'currency': 'EUR', 'period': 'annual'}], 'eligibility': {'population_min': 50000}}], "
            "'questionnaires': [{'key': 'q1', 'title': 'Q', 'version': 1, 'questions': [{'number': 1, 'text': 'A?', 'kind': 'yes_no'}, "
            "  {'number': 2, 'text': 'B?', 'kind': 'single_choice', 'choices': ['x', 'y']}]}], "
            "'responses': [{'key': 'r1', 'questionnaire': 'q1', 'mode': 'video call', 'date': '2018-02', "
            "  'answers': [{'question': 1, 'choice': 'yes'}, {'question': 2, 'choice': 'x'}]}, "
            "  {'key': 'r2', 'questionnaire': 'change-people-powered-public-services', 'respondents': [{'name': 'T', 'person': 'twan-de-bruijn'}], "
            "  'answers': [{'question': 11, 'text': 'T'}]}]"));
        auto result = importOne(*kb, writeFile(content));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value().inserted, 10);
    }

    // A whole KB goes out as a bundle and back into an empty one: stamps, shapes and links
    // as the program writes them pass the checks.
    void exportedSeedImports()
    {
        const QString file = m_tmp.filePath(QStringLiteral("seed-bundle.json"));
        QVERIFY(ExportService(*m_kb).exportBundle(file, ExportService::PersonalData::Include).ok());
        auto empty = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("empty")), QString());
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        auto result = importOne(*empty.value(), file);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(BrowseService(*empty.value()).stats().value().counts == BrowseService(*m_kb).stats().value().counts);
    }
};

QTEST_GUILESS_MAIN(TestBundleValidation)
#include "tst_bundlevalidation.moc"
