// Record validation and keys, without a store.
#include "core/personaldata.h"
#include "core/validation.h"

#include <QJsonArray>
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
