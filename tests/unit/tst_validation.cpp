// Record validation and keys, without a store.
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
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
