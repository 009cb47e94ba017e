// The default KB: what a new user first sees. Checks the seed dataset's promises of
// issue 3 through the app, as a user would look them up. (tests/data/check_seed_data.py
// checks the files themselves: schema, references, facts traced to the documents.)
#include "app/knowledgebase.h"
#include "app/indexkeeper.h"
#include "app/recordpageservice.h"
#include "app/searchservice.h"
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

    // The hits of a search as "type/key", best first.
    QStringList hits(const QString &text, int limit = 10)
    {
        SearchQuery query;
        query.text = text;
        query.limit = limit;
        query.snippets = false;
        query.facetCounts = false;
        auto results = SearchService(*m_kb).search(query);
        if (!results)
            qFatal("%s", qPrintable(results.error()));
        QStringList found;
        for (const SearchHit &hit : results.value().hits)
            found.append(recordTypeWord(hit.type) + QLatin1Char('/') + hit.key);
        return found;
    }

    // The indicator of a record with this name and year, or an empty object.
    static QJsonObject indicator(const QJsonObject &record, const QString &name, int year)
    {
        for (const QJsonValue &v : record.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() == name && o.value(QStringLiteral("year")).toInt() == year)
                return o;
        }
        return {};
    }

    static QStringList linkedKeys(const QJsonObject &record, const QString &typeWord)
    {
        QStringList keys;
        for (const QJsonValue &v : record.value(QStringLiteral("links")).toObject().value(typeWord).toArray())
            keys.append(v.toObject().value(QStringLiteral("key")).toString());
        return keys;
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
        // The five seed documents are the ones a record may cite; the WP 11 call is known, not held.
        QSet<QString> documents;
        for (const QJsonObject &d : all(RecordType::Document)) {
            if (d.contains(QStringLiteral("file_name")))
                documents.insert(d.value(QStringLiteral("key")).toString());
        }
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
        // Housing, Urban Poverty and Inclusion of Migrants and Refugees (section 2.7), and the four
        // EUKN names: land use, nature based solutions, climate change, energy efficiency.
        QCOMPARE(countOf(QStringLiteral("urban-agenda")), 7);
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

    // Issue 15: the context figures of Cities for Active Inclusion belong to their places as
    // indicators, each with its own source, and a search finds them by what they measure.
    void contextFiguresAreIndicatorsOfTheirPlaces()
    {
        QCOMPARE(hits(QStringLiteral("youth unemployment Bologna")).value(0), QStringLiteral("cities/bologna"));
        const QJsonObject bolognaYouth = indicator(one(RecordType::City, QStringLiteral("Bologna")), QStringLiteral("youth unemployment"), 2011);
        QCOMPARE(bolognaYouth.value(QStringLiteral("value")).toDouble(), 29.0);
        QCOMPARE(bolognaYouth.value(QStringLiteral("unit")).toString(), QStringLiteral("%"));
        QCOMPARE(bolognaYouth.value(QStringLiteral("challenge")).toString(), QStringLiteral("increasing-numbers-and-new-groups-at-risk"));
        const QJsonObject source = bolognaYouth.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("document")).toString(), QStringLiteral("cities-for-active-inclusion-report"));
        QVERIFY(source.value(QStringLiteral("section")).toString().startsWith(QLatin1String("4.2 ")));
        QCOMPARE(source.value(QStringLiteral("lines")).toString(), QStringLiteral("653-662"));
        // The city's page shows its figures as a table, each with its source.
        auto page = RecordPageService(*m_kb, QLocale::c()).page(RecordType::City, QStringLiteral("bologna"));
        QVERIFY2(page, qPrintable(page.error()));
        const QString html = page.value().html;
        QVERIFY(html.contains(QLatin1String("<h2>Indicators</h2>")));
        QVERIFY(html.contains(QLatin1String("<tr><td>Youth unemployment<br/><small>")));
        QVERIFY(html.contains(QLatin1String("<td align=\"right\">29%</td><td>2011</td>")));
        QVERIFY(html.contains(QLatin1String("(lines 653-662)")));
        bool challengeLink = false;
        for (const PageLink &link : page.value().links)
            challengeLink = challengeLink || (link.type == RecordType::Taxonomy && link.key == QLatin1String("increasing-numbers-and-new-groups-at-risk"));
        QVERIFY(challengeLink);

        // The other four cities of the report's youth unemployment figures for 2011.
        const QStringList youth = hits(QStringLiteral("youth unemployment 2011"), 20);
        const std::pair<const char *, double> cities[] = {{"barcelona", 25}, {"lille-metropole-roubaix", 25}, {"stockholm", 21}, {"sofia", 16}};
        for (const auto &[key, value] : cities) {
            const QString city = QString::fromLatin1(key);
            QVERIFY2(youth.contains(QStringLiteral("cities/") + city), qPrintable(city + QLatin1Char(' ') + youth.join(QLatin1Char(' '))));
            QCOMPARE(indicator(one(RecordType::City, city), QStringLiteral("youth unemployment"), 2011).value(QStringLiteral("value")).toDouble(), value);
        }

        QVERIFY(hits(QStringLiteral("poverty social exclusion EU27")).contains(QStringLiteral("organisations/european-union")));
        QCOMPARE(indicator(one(RecordType::Organisation, QStringLiteral("European Union")), QStringLiteral("people at risk of poverty and social exclusion"), 2011)
                     .value(QStringLiteral("value")).toDouble(), 24.2);

        QCOMPARE(hits(QStringLiteral("Ladywood children poverty")).value(0), QStringLiteral("cities/birmingham"));
        QCOMPARE(indicator(one(RecordType::City, QStringLiteral("birmingham")), QStringLiteral("children living in poverty in the Ladywood neighbourhood"), 2012)
                     .value(QStringLiteral("value")).toDouble(), 45.0);

        // Sofia's practice for single mothers may come first; the city with the figures follows close.
        QVERIFY(hits(QStringLiteral("single mothers Sofia")).mid(0, 3).contains(QStringLiteral("cities/sofia")));
        const QJsonObject sofia = one(RecordType::City, QStringLiteral("sofia"));
        QCOMPARE(indicator(sofia, QStringLiteral("children born to or raised by single mothers"), 2001).value(QStringLiteral("value")).toDouble(), 18.5);
        QCOMPARE(indicator(sofia, QStringLiteral("children born to or raised by single mothers"), 2010).value(QStringLiteral("value")).toDouble(), 54.1);

        QCOMPARE(hits(QStringLiteral("unemployed young graduates Copenhagen")).value(0), QStringLiteral("cities/copenhagen"));
        const QJsonObject copenhagen = one(RecordType::City, QStringLiteral("copenhagen"));
        QCOMPARE(indicator(copenhagen, QStringLiteral("unemployed young graduates"), 2008).value(QStringLiteral("value")).toDouble(), 6.0);
        QCOMPARE(indicator(copenhagen, QStringLiteral("unemployed young graduates"), 2013).value(QStringLiteral("value")).toDouble(), 14.5);
        QVERIFY(hits(QStringLiteral("job interviews unemployment benefits")).contains(QStringLiteral("cities/copenhagen")));
        bool jobInterviews = false;
        for (const QJsonValue &v : copenhagen.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString().startsWith(QLatin1String("job interviews held within four weeks"))) {
                jobInterviews = true;
                QCOMPARE(o.value(QStringLiteral("challenge")).toString(), QStringLiteral("insufficient-public-sector-coordination"));
                QVERIFY(!o.contains(QStringLiteral("value"))); // the report defines the indicator, it gives no figure
            }
        }
        QVERIFY(jobInterviews);
    }

    void missingFactsOfTheAudit()
    {
        QVERIFY(hits(QStringLiteral("Integrating Cities")).contains(QStringLiteral("practices/integrating-cities")));
        QCOMPARE(one(RecordType::Practice, QStringLiteral("integrating-cities")).value(QStringLiteral("networks")).toArray().first().toString(),
                 QStringLiteral("eurocities"));

        for (const char *name : {"Land use", "Nature based solutions", "Climate change", "Energy efficiency"}) {
            const QString key = QStringLiteral("urban-agenda-") + QString::fromLatin1(name).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
            QVERIFY2(hits(QString::fromLatin1(name) + QStringLiteral(" partnership")).contains(QStringLiteral("working-groups/") + key), name);
            const QJsonObject group = one(RecordType::WorkingGroup, key);
            QCOMPARE(group.value(QStringLiteral("network")).toString(), QStringLiteral("urban-agenda"));
            QCOMPARE(group.value(QStringLiteral("kind")).toString(), QStringLiteral("partnership"));
        }

        QCOMPARE(hits(QStringLiteral("call for promising socially innovative initiatives")).value(0),
                 QStringLiteral("documents/wp11-call-for-socially-innovative-initiatives"));
        QCOMPARE(one(RecordType::Document, QStringLiteral("wp11-call-for-socially-innovative-initiatives")).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("call"));

        const std::pair<const char *, const char *> sic[] = {{"Social Innovation Declaration", "sic-social-innovation-declaration"},
                                                             {"Policy Roundtables", "sic-policy-roundtables"},
                                                             {"Social Learning Relays", "sic-social-learning-relays"}};
        for (const auto &[query, key] : sic) {
            QVERIFY2(hits(QString::fromLatin1(query)).contains(QStringLiteral("events/") + QString::fromLatin1(key)), query);
            const QJsonObject event = one(RecordType::Event, QString::fromLatin1(key));
            QCOMPARE(event.value(QStringLiteral("network")).toString(), QStringLiteral("sic"));
            QCOMPARE(event.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        }

        QCOMPARE(hits(QStringLiteral("ENoLL summer school")).value(0), QStringLiteral("events/enoll-summer-school"));
        QCOMPARE(one(RecordType::Event, QStringLiteral("enoll-summer-school")).value(QStringLiteral("kind")).toString(), QStringLiteral("summer school"));

        QCOMPARE(hits(QStringLiteral("truancy Rotterdam")).value(0), QStringLiteral("practices/rotterdam-truancy-initiatives"));
        QCOMPARE(one(RecordType::Practice, QStringLiteral("rotterdam-truancy-initiatives")).value(QStringLiteral("cities")).toArray().first().toString(),
                 QStringLiteral("rotterdam"));

        // The working group's vice chair and staff contact are people linked to it.
        const QStringList people = linkedKeys(one(RecordType::WorkingGroup, QStringLiteral("smart-social-inclusion")), QStringLiteral("people"));
        QVERIFY2(people.contains(QStringLiteral("tomasz-pactwa")) && people.contains(QStringLiteral("patricia-couti")), qPrintable(people.join(QLatin1Char(' '))));
        const QJsonObject viceChair = one(RecordType::Person, QStringLiteral("Tomasz Pactwa"));
        QCOMPARE(viceChair.value(QStringLiteral("working_group")).toString(), QStringLiteral("smart-social-inclusion"));
        QVERIFY(viceChair.value(QStringLiteral("role")).toString().startsWith(QLatin1String("Vice chair")));
        QVERIFY(hits(QStringLiteral("vice chair Smart Social Inclusion")).contains(QStringLiteral("people/tomasz-pactwa")));
        QVERIFY(hits(QStringLiteral("staff contact Smart Social Inclusion")).contains(QStringLiteral("people/patricia-couti")));
        auto page = RecordPageService(*m_kb, QLocale::c()).page(RecordType::WorkingGroup, QStringLiteral("smart-social-inclusion"));
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page.value().html.contains(QLatin1String("<h2>People</h2>")));
        QVERIFY(page.value().html.contains(QStringLiteral("Tomasz Pactwa</a> \u2014 Vice chair")));
    }

    void figuresFromProseAreStructured()
    {
        auto funding = [&](const QString &practice) {
            return one(RecordType::Practice, practice).value(QStringLiteral("funding")).toArray().first().toObject();
        };
        QCOMPARE(funding(QStringLiteral("birmingham-supporting-people")).value(QStringLiteral("amount")).toDouble(), 60000000.0);
        QCOMPARE(funding(QStringLiteral("birmingham-supporting-people")).value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(funding(QStringLiteral("birmingham-job-fund")).value(QStringLiteral("amount")).toDouble(), 2000000.0);
        QCOMPARE(funding(QStringLiteral("birmingham-job-fund")).value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
        QCOMPARE(one(RecordType::Network, QStringLiteral("ccin")).value(QStringLiteral("members_count")).toInt(), 22);
        bool partnerCities = false;
        for (const QJsonValue &v : one(RecordType::Network, QStringLiteral("Eurocities")).value(QStringLiteral("indicators")).toArray())
            partnerCities = partnerCities || (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("partner cities")
                                              && v.toObject().value(QStringLiteral("value")).toInt() == 45);
        QVERIFY(partnerCities);
        QVERIFY(hits(QStringLiteral("Eurocities partner cities")).contains(QStringLiteral("networks/eurocities")));
    }

    // What the audit found the sources do not say is gone.
    void claimsTheSourcesDoNotMake()
    {
        QVERIFY(!one(RecordType::City, QStringLiteral("Eskilstuna")).value(QStringLiteral("description")).toString().contains(QLatin1String("led the")));
        for (const QJsonValue &a : one(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns")).value(QStringLiteral("answers")).toArray())
            QVERIFY(!a.toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("building leisure")));
        for (const char *network : {"eurocities", "errin", "eukn", "citymart", "enoll"})
            QVERIFY2(!one(RecordType::Network, QString::fromLatin1(network)).contains(QStringLiteral("members_as_of")), network);
        QVERIFY(!one(RecordType::Practice, QStringLiteral("stevenage-local-community-budget-scheme")).contains(QStringLiteral("status")));
        QVERIFY(!one(RecordType::Network, QStringLiteral("enoll")).value(QStringLiteral("description")).toString().contains(QLatin1String("supports the 'Small giant'")));
        // Each SIC conference case says what its source says about it, in its own summary.
        QSet<QString> summaries;
        const QList<QJsonObject> presented = all(RecordType::Practice, {{QStringLiteral("network"), QStringLiteral("sic")}});
        for (const QJsonObject &p : presented)
            summaries.insert(p.value(QStringLiteral("summary")).toString());
        QCOMPARE(summaries.size(), presented.size());
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
