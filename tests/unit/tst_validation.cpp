// Record validation and keys, without a store.
#include "core/personaldata.h"
#include "core/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace citykb;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        QVERIFY(isValidKey(QStringLiteral("eurotowns")));
        QVERIFY(isValidKey(QStringLiteral("co-operative-oldham-fund")));
        QVERIFY(!isValidKey(QStringLiteral("Eurotowns")));
        QVERIFY(!isValidKey(QStringLiteral("a--b")));
        QVERIFY(!isValidKey(QStringLiteral("-a")));
        QVERIFY(!isValidKey(QString()));
        QVERIFY(!isValidKey(QString(81, QLatin1Char('a'))));
        QCOMPARE(keyFromName(QStringLiteral("Co-operative Oldham Fund (COF)")), QStringLiteral("co-operative-oldham-fund-cof"));
        QCOMPARE(keyFromName(QStringLiteral("Örebro")), QStringLiteral("orebro"));
        QCOMPARE(keyFromName(QStringLiteral("???")), QStringLiteral("record"));
        QVERIFY(isValidKey(keyFromName(QString(300, QLatin1Char('x')))));
    }

    void typeWords()
    {
        QCOMPARE(recordTypeFromWord(QStringLiteral("working-groups")), RecordType::WorkingGroup);
        QCOMPARE(recordTypeFromWord(QStringLiteral("Working_Group")), RecordType::WorkingGroup);
        QCOMPARE(recordTypeFromWord(QStringLiteral("person")), RecordType::Person);
        QCOMPARE(recordTypeFromWord(QStringLiteral("people")), RecordType::Person);
        QVERIFY(!recordTypeFromWord(QStringLiteral("unicorns")));
        for (RecordType type : allRecordTypes())
            QCOMPARE(recordTypeFromWord(recordTypeWord(type)), type);
    }

    void records()
    {
        QVERIFY(validateRecord(RecordType::City, QJsonObject{{"key", "bologna"}, {"name", "Bologna"}, {"population", 380000}}).ok());
        QVERIFY(!validateRecord(RecordType::City, QJsonObject{{"key", "bologna"}}).ok());
        QVERIFY(!validateRecord(RecordType::City, QJsonObject{{"key", "bologna"}, {"name", "B"}, {"population", 1.5}}).ok());
        QVERIFY(!validateRecord(RecordType::City, QJsonObject{{"key", "bologna"}, {"name", "B"}, {"memberships", "eurocities"}}).ok());
        QVERIFY(!validateRecord(RecordType::City, QJsonObject{{"key", "bologna"}, {"name", "B"},
                                                             {"memberships", QJsonArray{QJsonObject{{"network", "Not a key"}}}}}).ok());
        QVERIFY(!validateRecord(RecordType::Practice, QJsonObject{{"key", "p"}, {"title", "P"}, {"cities", QJsonArray{1}}}).ok());
        QVERIFY(!validateRecord(RecordType::Questionnaire, QJsonObject{{"key", "q"}, {"title", "Q"},
                                                                       {"questions", QJsonArray{QJsonObject{{"text", "?"}, {"kind", "essay"}}}}}).ok());
        const Status s = validateRecord(RecordType::City, QJsonObject{{"key", "bologna"}, {"name", "B"}, {"mayor", "x"}});
        QVERIFY(s.error().contains(QLatin1String("mayor")));
    }

    void valueFormats()
    {
        QVERIFY(isCountryCode(QStringLiteral("GB")));
        QVERIFY(isCountryCode(QStringLiteral("GR")));
        QVERIFY(isCountryCode(QStringLiteral("KR")));
        QVERIFY(!isCountryCode(QStringLiteral("UK")));
        QVERIFY(!isCountryCode(QStringLiteral("EL")));
        QVERIFY(!isCountryCode(QStringLiteral("gb")));
        QVERIFY(!isCountryCode(QStringLiteral("GBR")));

        QVERIFY(isPartialDate(QStringLiteral("2018")));
        QVERIFY(isPartialDate(QStringLiteral("2018-02")));
        QVERIFY(isPartialDate(QStringLiteral("2020-02-29")));
        QVERIFY(!isPartialDate(QStringLiteral("2021-02-29")));
        QVERIFY(!isPartialDate(QStringLiteral("2020-13-45")));
        QVERIFY(!isPartialDate(QStringLiteral("2018-2")));
        QVERIFY(!isPartialDate(QStringLiteral("spring 2018")));
        QVERIFY(!isPartialDate(QStringLiteral("0999")));
        QVERIFY(!isPartialDate(QString::fromUtf8("٢٠١٨"))); // digits, but not ASCII ones

        QVERIFY(isTimestamp(QStringLiteral("2026-11-21T23:41:49Z")));
        QVERIFY(isTimestamp(QStringLiteral("2026-11-21T23:41:49.5+01:00")));
        QVERIFY(!isTimestamp(QStringLiteral("2026-11-21T23:41:49"))); // no zone
        QVERIFY(!isTimestamp(QStringLiteral("2026-11-21")));
        QVERIFY(!isTimestamp(QStringLiteral("2026-11-31T00:00:00Z")));
        QVERIFY(!isTimestamp(QStringLiteral("yesterday")));
    }

    void printableText()
    {
        const QString nasty = QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0xd800) + QChar(0x1b) + QStringLiteral("c");
        QCOMPARE(printable(nasty), QStringLiteral("a?b??c"));
        // A surrogate pair is never cut in half, and a cut is shown.
        const QString emoji = QStringLiteral("ab") + QString::fromUtf8("\xF0\x9F\x98\x80");
        QCOMPARE(printable(emoji, 3), QStringLiteral("ab\u2026"));
        QCOMPARE(printable(emoji, 4), emoji);
    }

    void recordRules_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty: valid
        const auto row = [](const char *name, RecordType type, const char *json, const char *field) {
            QTest::newRow(name) << int(type) << QByteArray(json).replace('\'', '"') << QString::fromLatin1(field);
        };
        row("good city", RecordType::City, "{'key': 'c', 'name': 'C', 'country': 'NL', 'population': 0, 'population_year': 2020}", "");
        row("negative population", RecordType::City, "{'key': 'c', 'name': 'C', 'population': -1}", "population");
        row("blank name", RecordType::City, "{'key': 'c', 'name': ' '}", "name");
        row("blank optional text is kept", RecordType::City, "{'key': 'c', 'name': 'C', 'region': ''}", "");
        row("fuzzy date text", RecordType::Event, "{'key': 'e', 'title': 'E', 'date_text': 'spring 2018', 'start_date': '2018'}", "");
        row("fuzzy start date", RecordType::Event, "{'key': 'e', 'title': 'E', 'start_date': 'spring 2018'}", "start_date");
        row("same question twice", RecordType::Response, "{'key': 'r', 'questionnaire': 'q', 'answers': [{'question': 1}, {'question': 1}]}", "answers[1].question");
        row("stamp", RecordType::City, "{'key': 'c', 'name': 'C', 'created_at': '2020-13-01T00:00:00Z'}", "created_at");
        row("language", RecordType::Practice, "{'key': 'p', 'title': 'P', 'language': 'English'}", "language");
        row("objective actions", RecordType::WorkingGroup,
            "{'key': 'w', 'name': 'W', 'network': 'n', 'work_plans': [{'year': 2020, 'objectives': [{'title': 'T', 'actions': ['a', 3]}]}]}",
            "objectives[0].actions[1]");
        row("objective title", RecordType::WorkingGroup,
            "{'key': 'w', 'name': 'W', 'network': 'n', 'work_plans': [{'year': 2020, 'objectives': [{'number': 1}]}]}",
            "objectives[0]");
        row("negative fee", RecordType::Network, "{'key': 'n', 'name': 'N', 'fees': [{'amount': -10}]}", "fees[0].amount");
        row("population range upside down", RecordType::Network,
            "{'key': 'n', 'name': 'N', 'eligibility': {'population_min': 250000, 'population_max': 50000}}",
            "eligibility.population_max");
        row("population range of one size", RecordType::Network,
            "{'key': 'n', 'name': 'N', 'eligibility': {'population_min': 50000, 'population_max': 50000}}", "");
    }

    void recordRules()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Status s = validateRecord(RecordType(type), QJsonDocument::fromJson(json).object());
        if (field.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(s.error()));
        } else {
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(field), qPrintable(s.error()));
            QVERIFY2(s.error().endsWith(QLatin1Char('.')), qPrintable(s.error()));
        }
    }

    void links()
    {
        LinkLookup lookup;
        lookup.exists = [](RecordType type, const QString &key) -> Result<bool> {
            return type == RecordType::Document && key == QLatin1String("study");
        };
        lookup.termVocabulary = [](const QString &key) -> Result<std::optional<QString>> {
            if (key == QLatin1String("youth"))
                return std::optional<QString>(QStringLiteral("target_group"));
            if (key == QLatin1String("poverty"))
                return std::optional<QString>(QStringLiteral("theme"));
            return std::optional<QString>();
        };
        lookup.questionNumbers = [](const QString &key) -> Result<std::optional<QSet<qint64>>> {
            if (key == QLatin1String("q"))
                return std::optional<QSet<qint64>>(QSet<qint64>{1, 2});
            return std::optional<QSet<qint64>>();
        };
        const QJsonObject good{{"key", "p"}, {"title", "P"}, {"themes", QJsonArray{"poverty", "unknown-term"}},
                               {"target_groups", QJsonArray{"youth"}},
                               {"sources", QJsonArray{QJsonObject{{"document", "study"}, {"section", "1"}}}}};
        QVERIFY(validateLinks(RecordType::Practice, good, lookup).ok());
        QJsonObject wrong = good;
        wrong.insert(QStringLiteral("themes"), QJsonArray{"poverty", "youth"});
        QVERIFY(validateLinks(RecordType::Practice, wrong, lookup).error().contains(QLatin1String("themes[1]")));
        QJsonObject uncited = good;
        uncited.insert(QStringLiteral("sources"), QJsonArray{QJsonObject{{"document", "lost"}, {"section", "1"}}});
        QVERIFY(validateLinks(RecordType::Practice, uncited, lookup).error().contains(QLatin1String("sources[0].document")));
        const QJsonObject answers{{"key", "r"}, {"questionnaire", "q"},
                                  {"answers", QJsonArray{QJsonObject{{"question", 2}}, QJsonObject{{"question", 3}}}}};
        QVERIFY(validateLinks(RecordType::Response, answers, lookup).error().contains(QLatin1String("answers[1].question")));
        // A questionnaire that does not exist is the store's to report.
        QJsonObject elsewhere = answers;
        elsewhere.insert(QStringLiteral("questionnaire"), QStringLiteral("other"));
        QVERIFY(validateLinks(RecordType::Response, elsewhere, lookup).ok());
    }

    // A city's indicators (issue 15): a named figure with its own source, lines that point into
    // the document, and a challenge that is a challenge term.
    void indicators()
    {
        const QJsonObject source{{"document", "study"}, {"section", "4.2"}, {"lines", "653-662"}};
        const QJsonObject figure{{"name", "youth unemployment"}, {"value", 29}, {"unit", "%"}, {"year", 2011},
                                 {"challenge", "at-risk"}, {"source", source}};
        const QJsonObject city{{"key", "bologna"}, {"name", "Bologna"}, {"indicators", QJsonArray{figure}},
                               {"sources", QJsonArray{source}}};
        QVERIFY2(validateRecord(RecordType::City, city).ok(), qPrintable(validateRecord(RecordType::City, city).error()));

        auto withIndicator = [&](const char *field, const QJsonValue &value) {
            QJsonObject changed = figure;
            if (value.isUndefined())
                changed.remove(QLatin1String(field));
            else
                changed.insert(QLatin1String(field), value);
            QJsonObject record = city;
            record.insert(QStringLiteral("indicators"), QJsonArray{changed});
            return validateRecord(RecordType::City, record);
        };
        QCOMPARE(withIndicator("source", QJsonValue(QJsonValue::Undefined)).error(), QStringLiteral("city \"bologna\".indicators[0] needs a \"source\"."));
        QVERIFY(withIndicator("value", -3.5).ok()); // a change may fall below zero
        QVERIFY(withIndicator("value", QStringLiteral("29%")).error().contains(QLatin1String("indicators[0].value must be a number")));
        QVERIFY(withIndicator("year", 20111).error().contains(QLatin1String("indicators[0].year")));
        QVERIFY(withIndicator("rank", 1).error().contains(QLatin1String("unknown field \"rank\"")));
        QJsonObject badLines = source;
        badLines.insert(QStringLiteral("lines"), QStringLiteral("662-653"));
        QCOMPARE(withIndicator("source", badLines).error(),
                 QStringLiteral("city \"bologna\".indicators[0].source.lines must be a line or a range of lines such as \"647-649\", not \"662-653\"."));
        QJsonObject record = city;
        record.insert(QStringLiteral("sources"), QJsonArray{QJsonObject{{"document", "study"}, {"section", "4.2"}, {"lines", "0"}}});
        QVERIFY(validateRecord(RecordType::City, record).error().contains(QLatin1String("sources[0].lines")));
        // Networks and organisations hold figures too; a person may belong to a working group.
        QVERIFY(validateRecord(RecordType::Network, QJsonObject{{"key", "n"}, {"name", "N"}, {"indicators", QJsonArray{figure}}}).ok());
        QVERIFY(validateRecord(RecordType::Organisation, QJsonObject{{"key", "o"}, {"name", "O"}, {"indicators", QJsonArray{figure}}}).ok());
        QVERIFY(validateRecord(RecordType::Person, QJsonObject{{"key", "p"}, {"name", "P"}, {"working_group", "smart"}}).ok());

        LinkLookup lookup;
        lookup.exists = [](RecordType type, const QString &key) -> Result<bool> {
            return type == RecordType::Document && key == QLatin1String("study");
        };
        lookup.termVocabulary = [](const QString &key) -> Result<std::optional<QString>> {
            if (key == QLatin1String("at-risk"))
                return std::optional<QString>(QStringLiteral("challenge"));
            if (key == QLatin1String("youth"))
                return std::optional<QString>(QStringLiteral("theme"));
            return std::optional<QString>();
        };
        lookup.questionNumbers = [](const QString &) -> Result<std::optional<QSet<qint64>>> { return std::optional<QSet<qint64>>(); };
        QVERIFY(validateLinks(RecordType::City, city, lookup).ok());
        auto linked = [&](const char *field, const QJsonValue &value) {
            QJsonObject changed = figure;
            changed.insert(QLatin1String(field), value);
            QJsonObject r = city;
            r.insert(QStringLiteral("indicators"), QJsonArray{changed});
            return validateLinks(RecordType::City, r, lookup);
        };
        QCOMPARE(linked("challenge", QStringLiteral("youth")).error(),
                 QStringLiteral("city \"bologna\".indicators[0].challenge is \"youth\", a theme term, where a challenge term belongs."));
        QVERIFY(linked("challenge", QStringLiteral("nowhere")).error().contains(QLatin1String("does not exist")));
        QVERIFY(linked("source", QJsonObject{{"document", "lost"}, {"section", "1"}}).error().contains(QLatin1String("indicators[0].source.document")));
    }

    void personalDataIsWithheld()
    {
        PersonalDataFilter filter;
        filter.addKnownValue(QStringLiteral("+31 650252939"));
        filter.addKnownValue(QStringLiteral("-")); // too short to be a value worth hunting
        QCOMPARE(filter.filterText(QStringLiteral("phone +32 2 503 25 30, e-mail richard.tuffs@errin.eu; more")),
                 QStringLiteral("phone [phone withheld], e-mail [e-mail withheld]; more"));
        QCOMPARE(filter.filterText(QStringLiteral("Tel 0034 637499339 or (34) 675 782 411.")),
                 QStringLiteral("Tel [phone withheld] or [phone withheld]."));
        QCOMPARE(filter.filterText(QStringLiteral("call +31 650252939")), QStringLiteral("call [phone withheld]"));
        // Figures, years and ranges are not phone numbers.
        const QString figures = QStringLiteral("2009-2013 (2016), grants of 180,000 and 100 800, +5% in 2011 - 2012; 1 153 students");
        QCOMPARE(filter.filterText(figures), figures);
        const QString budget = QStringLiteral("A budget of EUR 2 000 000 000 for the period (2014) 2015-2020, 1.000.000.000 in all");
        QCOMPARE(filter.filterText(budget), budget);

        const QJsonObject person{{"key", "a-b"}, {"name", "A B"}, {"email", "a@b.org"}, {"phone", "+31 644 199 675"},
                                 {"role", "Director (a@b.org)"}};
        const QJsonObject filtered = filter.filter(RecordType::Person, person);
        QVERIFY(!filtered.contains(QStringLiteral("email")));
        QVERIFY(!filtered.contains(QStringLiteral("phone")));
        QCOMPARE(filtered.value(QStringLiteral("role")).toString(), QStringLiteral("Director ([e-mail withheld])"));
        QCOMPARE(filtered.value(QStringLiteral("key")).toString(), QStringLiteral("a-b"));
        // References stay exact, whatever they look like, so that a filtered bundle imports.
        const QJsonObject event{{"key", "e"}, {"title", "E"}, {"city", "town-0034-63749933"}, {"practices", QJsonArray{"p-0034-637499339"}}};
        QCOMPARE(filter.filter(RecordType::Event, event), event);
        const QJsonObject response{{"key", "r"}, {"answers", QJsonArray{QJsonObject{{"question", 1}, {"text", "x@y.eu"}}}}};
        QCOMPARE(filter.filter(RecordType::Response, response).value(QStringLiteral("answers")).toArray().first()
                     .toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("[e-mail withheld]"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
