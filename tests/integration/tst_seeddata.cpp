// The default KB: what a new user first sees. Checks the seed dataset's promises of
// issue 3 through the app, as a user would look them up. (tests/data/check_seed_data.py
// checks the files themselves: schema, references, facts traced to the documents.)
#include "app/knowledgebase.h"
#include "app/indexkeeper.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

class TestSeedData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<KnowledgeBase> m_kb;

    QList<QJsonObject> all(RecordType type, const QList<Filter> &filters = {})
    {
        auto records = BrowseService(*m_kb).records(type, filters);
        if (!records)
            qFatal("%s", qPrintable(records.error()));
        return records.value();
    }

    QJsonObject one(RecordType type, const QString &keyOrName)
    {
        auto record = BrowseService(*m_kb).show(type, keyOrName);
        if (!record)
            qFatal("%s", qPrintable(record.error()));
        return record.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("kb")), qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb.ok(), qPrintable(kb.error()));
        m_kb = std::move(kb).value();
    }

    void everyRecordCitesADocument()
    {
        QSet<QString> documents;
        for (const QJsonObject &d : all(RecordType::Document))
            documents.insert(d.value(QStringLiteral("key")).toString());
        QCOMPARE(documents.size(), 5);
        for (RecordType type : allRecordTypes()) {
            for (const QJsonObject &r : all(type)) {
                const QString where = specFor(type).word + QLatin1Char('/') + r.value(QStringLiteral("key")).toString();
                if (type == RecordType::Document)
                    continue;
                const QJsonArray sources = r.value(QStringLiteral("sources")).toArray();
                QVERIFY2(!sources.isEmpty(), qPrintable(where));
                for (const QJsonValue &s : sources)
                    QVERIFY2(documents.contains(s.toObject().value(QStringLiteral("document")).toString()), qPrintable(where));
            }
        }
    }

    void theNetworksTheStudyInterviewed()
    {
        for (const QString &name : {QStringLiteral("Eurocities"), QStringLiteral("Eurotowns"), QStringLiteral("ERRIN"),
                                    QStringLiteral("EUKN"), QStringLiteral("Citymart"), QStringLiteral("ENoLL"),
                                    QStringLiteral("urban-agenda"), QStringLiteral("cities-of-service"), QStringLiteral("ccin"),
                                    QStringLiteral("SIC"), QStringLiteral("URBACT"), QStringLiteral("change"),
                                    QStringLiteral("cities-for-active-inclusion"), QStringLiteral("social-polis"),
                                    QStringLiteral("REVES")})
            QVERIFY2(BrowseService(*m_kb).resolveKey(RecordType::Network, name).ok(), qPrintable(name));
        QVERIFY(BrowseService(*m_kb).resolveKey(RecordType::Organisation, QStringLiteral("dg-innovation")).ok());
        QVERIFY(BrowseService(*m_kb).resolveKey(RecordType::Organisation, QStringLiteral("nesta")).ok());

        const QJsonObject eurotowns = one(RecordType::Network, QStringLiteral("Eurotowns"));
        QCOMPARE(eurotowns.value(QStringLiteral("founded_year")).toInt(), 1991);
        const QJsonObject eligibility = eurotowns.value(QStringLiteral("eligibility")).toObject();
        QCOMPARE(eligibility.value(QStringLiteral("population_min")).toInt(), 50000);
        QCOMPARE(eligibility.value(QStringLiteral("population_max")).toInt(), 250000);
        bool annualFee = false;
        for (const QJsonValue &fee : eurotowns.value(QStringLiteral("fees")).toArray())
            annualFee = annualFee || fee.toObject().value(QStringLiteral("amount")).toInt() == 3500;
        QVERIFY(annualFee);
        QCOMPARE(one(RecordType::Network, QStringLiteral("Eurocities")).value(QStringLiteral("founded_year")).toInt(), 1986);
    }

    void smartSocialInclusionHasItsWorkPlan()
    {
        const QJsonObject group = one(RecordType::WorkingGroup, QStringLiteral("smart-social-inclusion"));
        QCOMPARE(group.value(QStringLiteral("network")).toString(), QStringLiteral("eurocities"));
        QVERIFY(!group.value(QStringLiteral("forum")).toString().isEmpty());
        const QJsonArray plans = group.value(QStringLiteral("work_plans")).toArray();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().toObject().value(QStringLiteral("year")).toInt(), 2020);
        QCOMPARE(plans.first().toObject().value(QStringLiteral("objectives")).toArray().size(), 3);
        QVERIFY(group.value(QStringLiteral("eu_policy")).toString().contains(QLatin1String("social economy")));
        const QJsonArray events = group.value(QStringLiteral("links")).toObject().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3);
    }

    void workingGroupsOfEveryNetworkTheIssueNames()
    {
        auto countOf = [&](const QString &network) {
            return all(RecordType::WorkingGroup, {{QStringLiteral("network"), network}}).size();
        };
        QVERIFY(countOf(QStringLiteral("errin")) >= 3);
        QVERIFY(countOf(QStringLiteral("eurotowns")) >= 1);
        QVERIFY(countOf(QStringLiteral("eukn")) >= 1);
        QVERIFY(countOf(QStringLiteral("enoll")) >= 1);
        QCOMPARE(countOf(QStringLiteral("urban-agenda")), 3);
        QCOMPARE(countOf(QStringLiteral("sic")), 3);
    }

    void citiesForActiveInclusionPartners()
    {
        const QList<QJsonObject> partners = all(RecordType::City, {{QStringLiteral("network"), QStringLiteral("cities-for-active-inclusion")}});
        QVERIFY2(partners.size() >= 10, qPrintable(QString::number(partners.size())));
        const QJsonObject eindhoven = one(RecordType::City, QStringLiteral("Eindhoven"));
        bool leadPartner = false;
        for (const QJsonValue &m : eindhoven.value(QStringLiteral("memberships")).toArray())
            leadPartner = leadPartner || m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("lead partner");
        QVERIFY(leadPartner);
    }

    void practicesWithNumbersAsOutcomes()
    {
        const QList<QJsonObject> practices = all(RecordType::Practice);
        QVERIFY2(practices.size() >= 40, qPrintable(QString::number(practices.size())));
        for (const QString &key : {QStringLiteral("Jobbtorg"), QStringLiteral("Co-operative Oldham Fund")}) {
            auto found = BrowseService(*m_kb).records(RecordType::Practice, {});
            bool seen = false;
            for (const QJsonObject &p : found.value())
                seen = seen || p.value(QStringLiteral("title")).toString().contains(key, Qt::CaseInsensitive);
            QVERIFY2(seen, qPrintable(key));
        }
        // Where the documents give figures, they are outcome indicators with numeric values.
        auto outcomeValues = [&](const QString &key) {
            QList<double> values;
            for (const QJsonValue &o : one(RecordType::Practice, key).value(QStringLiteral("outcomes")).toArray())
                values.append(o.toObject().value(QStringLiteral("value")).toDouble());
            return values;
        };
        QVERIFY(outcomeValues(QStringLiteral("bologna-6-plus-and-two-for-one")).contains(58));
        QVERIFY(outcomeValues(QStringLiteral("barcelona-home-care-sroi")).contains(3.13));
        QVERIFY(outcomeValues(QStringLiteral("birmingham-supporting-people")).contains(126.5));
        QVERIFY(outcomeValues(QStringLiteral("birmingham-apprenticeship-scheme")).contains(166));
        // The eight cases presented at the SIC conference.
        const QList<QJsonObject> presented = all(RecordType::Practice, {{QStringLiteral("network"), QStringLiteral("sic")}});
        QVERIFY2(presented.size() >= 8, qPrintable(QString::number(presented.size())));
    }

    void questionnaireAndItsSixResponses()
    {
        const QList<QJsonObject> questionnaires = all(RecordType::Questionnaire);
        QCOMPARE(questionnaires.size(), 1);
        const QJsonArray questions = questionnaires.first().value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), 11);
        for (const QJsonValue &q : questions) {
            if (q.toObject().value(QStringLiteral("number")).toInt() == 4)
                QCOMPARE(q.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("yes_no"));
        }
        QSet<QString> subjects;
        for (const QJsonObject &r : all(RecordType::Response)) {
            subjects.insert(r.value(QStringLiteral("subject_network")).toString());
            QVERIFY(!r.value(QStringLiteral("answers")).toArray().isEmpty());
            QVERIFY(!r.value(QStringLiteral("mode")).toString().isEmpty());
        }
        QCOMPARE(subjects, (QSet<QString>{QStringLiteral("eurotowns"), QStringLiteral("errin"), QStringLiteral("eukn"),
                                          QStringLiteral("citymart"), QStringLiteral("enoll"), QStringLiteral("eurocities")}));
    }

    void eventsIncludeThePostponedOne()
    {
        const QList<QJsonObject> postponed = all(RecordType::Event, {{QStringLiteral("status"), QStringLiteral("postponed")}});
        QCOMPARE(postponed.size(), 1);
        QVERIFY(postponed.first().value(QStringLiteral("title")).toString().contains(QLatin1String("Madrid")));
        bool sicConference = false;
        for (const QJsonObject &e : all(RecordType::Event))
            sicConference = sicConference || (e.value(QStringLiteral("participants_count")).toInt() == 97);
        QVERIFY(sicConference);
    }

    void vocabularies()
    {
        auto vocabulary = [&](const QString &name) {
            return all(RecordType::Taxonomy, {{QStringLiteral("vocabulary"), name}}).size();
        };
        QCOMPARE(vocabulary(QStringLiteral("success_factor")), 9);
        QCOMPARE(vocabulary(QStringLiteral("challenge")), 3);
        QCOMPARE(vocabulary(QStringLiteral("inclusion_pillar")), 3);
        QVERIFY(vocabulary(QStringLiteral("target_group")) >= 10);
        QVERIFY(vocabulary(QStringLiteral("instrument")) >= 3);
        QVERIFY(vocabulary(QStringLiteral("theme")) >= 5);
        QVERIFY(all(RecordType::Recommendation).size() >= 5);
    }

    void peopleDataOnlyWhereTheDocumentsPrintIt()
    {
        // The seed documents print e-mail addresses for a few contacts only.
        int withEmail = 0;
        for (const QJsonObject &p : all(RecordType::Person))
            withEmail += p.contains(QStringLiteral("email")) ? 1 : 0;
        QVERIFY(withEmail > 0);
        QVERIFY(withEmail < all(RecordType::Person).size());
    }
};

QTEST_GUILESS_MAIN(TestSeedData)
#include "tst_seeddata.moc"
