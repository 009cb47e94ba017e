// The network finder and peers (issue 9) on the seed KB: who may join which network or working
// group and why, at what fee, with what coming events; and which cities worked on the same
// themes, target groups, success factors and instruments.
#include "app/networkfinderservice.h"
#include "app/peersservice.h"
#include "testsupport.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citykb;

namespace {

const NetworkMatch *matchOf(const QList<NetworkMatch> &matches, const QString &key)
{
    for (const NetworkMatch &match : matches)
        if (match.key == key)
            return &match;
    return nullptr;
}

const EligibilityCheck *checkOf(const NetworkMatch &match, EligibilityCheck::Rule rule)
{
    for (const EligibilityCheck &check : match.checks)
        if (check.rule == rule)
            return &check;
    return nullptr;
}

QStringList eventKeys(const NetworkMatch &match)
{
    QStringList keys;
    for (const ComingEvent &event : match.events)
        keys.append(event.key);
    return keys;
}

QStringList cityKeys(const QList<Peer> &peers)
{
    QStringList keys;
    for (const Peer &peer : peers)
        keys.append(peer.cityKey);
    return keys;
}

const Peer *peerOf(const QList<Peer> &peers, const QString &city)
{
    for (const Peer &peer : peers)
        if (peer.cityKey == city)
            return &peer;
    return nullptr;
}

int rankOf(Eligibility e)
{
    return e == Eligibility::Eligible ? 0 : e == Eligibility::Unclear ? 1 : 2;
}

} // namespace

class TestFinders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<KnowledgeBase> m_kb;

    FinderQuery town(const QString &country, std::optional<qint64> population, MemberKind kind = MemberKind::City)
    {
        FinderQuery q;
        q.country = country;
        q.population = population;
        q.memberKind = kind;
        q.today = QDate(2026, 11, 22);
        return q;
    }

    QList<NetworkMatch> find(const FinderQuery &q)
    {
        auto matches = NetworkFinderService(*m_kb).find(q);
        if (!matches)
            qFatal("the finder failed: %s", qPrintable(matches.error()));
        return matches.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("kb")), qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
        m_kb = std::move(kb).value();
    }

    // The scenario: a Dutch town of 60,000 inhabitants.
    void townOf60000()
    {
        const QList<NetworkMatch> matches = find(town(QStringLiteral("NL"), 60000));

        const NetworkMatch *eurotowns = matchOf(matches, QStringLiteral("eurotowns"));
        QVERIFY(eurotowns);
        QCOMPARE(eurotowns->eligibility, Eligibility::Eligible);
        QVERIFY(eurotowns->fee);
        QCOMPARE(*eurotowns->fee->amount, 3500.0);
        QCOMPARE(eurotowns->fee->currency, QStringLiteral("EUR"));
        QCOMPARE(eurotowns->fee->period, QStringLiteral("annual"));
        QCOMPARE(describeFee(*eurotowns->fee), QStringLiteral("3,500 EUR (annual)"));
        QVERIFY(eurotowns->feeConditions.contains(QStringLiteral("The first year is free of charge.")));
        QVERIFY2(eurotowns->feeConditions.filter(QStringLiteral("50% of travel and accommodation costs")).size() == 1,
                 qPrintable(eurotowns->feeConditions.join(QLatin1Char('|'))));
        QVERIFY(eurotowns->howToJoin.contains(QStringLiteral("first year is free")));
        const EligibilityCheck *size = checkOf(*eurotowns, EligibilityCheck::Rule::Population);
        QVERIFY(size);
        QCOMPARE(size->outcome, Eligibility::Eligible);
        QCOMPARE(size->text, QStringLiteral("It takes members of 50,000 to 250,000 inhabitants, and 60,000 is within that range."));
        QCOMPARE(checkOf(*eurotowns, EligibilityCheck::Rule::Country)->text,
                 QStringLiteral("It is for European members, and Netherlands is in Europe."));

        const NetworkMatch *eurocities = matchOf(matches, QStringLiteral("eurocities"));
        QVERIFY(eurocities);
        QCOMPARE(eurocities->eligibility, Eligibility::NotEligible);
        QCOMPARE(checkOf(*eurocities, EligibilityCheck::Rule::Population)->text,
                 QStringLiteral("It takes members of at least 250,000 inhabitants, and 60,000 is fewer."));
        QVERIFY2(eurocities->summary.contains(QStringLiteral("250,000")), qPrintable(eurocities->summary));
        QVERIFY(eurocities->otherRoute.startsWith(QStringLiteral("Smaller cities and urban networks can join as associated members")));
        // Its fee rows are split by class: the associated members' row is the one that applies.
        QCOMPARE(eurocities->fees.size(), 2);
        QVERIFY(!eurocities->fees.at(0).applies);
        QVERIFY(eurocities->fees.at(1).conditions.startsWith(QStringLiteral("Associated members")));
        QVERIFY(eurocities->fees.at(1).applies);
        QVERIFY(!eurocities->fee);

        // Its working groups follow it, with their own rules.
        const NetworkMatch *smart = matchOf(matches, QStringLiteral("smart-social-inclusion"));
        QVERIFY(smart);
        QCOMPARE(smart->type, RecordType::WorkingGroup);
        QCOMPARE(smart->networkKey, QStringLiteral("eurocities"));
        QCOMPARE(smart->eligibility, Eligibility::NotEligible);
        QCOMPARE(smart->summary, QStringLiteral("The rules of Eurocities apply. It takes members of at least 250,000 inhabitants, "
                                                 "and 60,000 is fewer. Associated membership is another way in."));
        QVERIFY(smart->rules.contains(QStringLiteral("at least 4 interested cities")));
        const NetworkMatch *taskTeam = matchOf(matches, QStringLiteral("eurotowns-social-inclusion-task-team"));
        QVERIFY(taskTeam);
        QCOMPARE(taskTeam->eligibility, Eligibility::Eligible);
        QVERIFY(taskTeam->fee);
        QCOMPARE(*taskTeam->fee->amount, 3500.0);

        // Eligible first, then unclear, then not eligible; by name within each.
        for (qsizetype i = 1; i < matches.size(); ++i) {
            const NetworkMatch &a = matches.at(i - 1);
            const NetworkMatch &b = matches.at(i);
            QVERIFY(rankOf(a.eligibility) <= rankOf(b.eligibility));
            if (a.eligibility == b.eligibility)
                QVERIFY2(a.name.compare(b.name, Qt::CaseInsensitive) <= 0, qPrintable(a.name + QStringLiteral(" / ") + b.name));
        }
        // Every network and every working group is there.
        QCOMPARE(qint64(matches.size()), m_kb->reader().value()->count(RecordType::Network).value()
                                             + m_kb->reader().value()->count(RecordType::WorkingGroup).value());
    }

    void largeCity()
    {
        const QList<NetworkMatch> matches = find(town(QStringLiteral("DE"), 500000));
        const NetworkMatch *eurocities = matchOf(matches, QStringLiteral("eurocities"));
        QCOMPARE(eurocities->eligibility, Eligibility::Eligible);
        QVERIFY(eurocities->otherRoute.isEmpty());
        QVERIFY(eurocities->fees.at(0).applies);
        QVERIFY(!eurocities->fees.at(1).applies);
        QCOMPARE(checkOf(*eurocities, EligibilityCheck::Rule::Population)->outcome, Eligibility::Eligible);

        const NetworkMatch *eurotowns = matchOf(matches, QStringLiteral("eurotowns"));
        QCOMPARE(eurotowns->eligibility, Eligibility::NotEligible);
        QCOMPARE(eurotowns->summary, QStringLiteral("It takes members of 50,000 to 250,000 inhabitants, and 500,000 is more."));
    }

    void countryAndScope()
    {
        // Norway is in Europe, not in the EU.
        QList<NetworkMatch> matches = find(town(QStringLiteral("NO"), 60000));
        const NetworkMatch *urbact = matchOf(matches, QStringLiteral("urbact"));
        QCOMPARE(urbact->eligibility, Eligibility::NotEligible);
        QCOMPARE(urbact->summary, QStringLiteral("It is for members in the EU, and Norway is not an EU member state."));
        QCOMPARE(matchOf(matches, QStringLiteral("eurotowns"))->eligibility, Eligibility::Eligible);

        // A national network is for its own country only.
        QCOMPARE(matchOf(matches, QStringLiteral("ccin"))->summary, QStringLiteral("It is a national network of United Kingdom only."));
        matches = find(town(QStringLiteral("uk"), 60000)); // the EU's abbreviation
        QCOMPARE(matchOf(matches, QStringLiteral("ccin"))->eligibility, Eligibility::Eligible);

        matches = find(town(QStringLiteral("KR"), 60000));
        QCOMPARE(matchOf(matches, QStringLiteral("eurotowns"))->summary,
                 QStringLiteral("It is for European members, and South Korea is not a European country."));
        QCOMPARE(matchOf(matches, QStringLiteral("citymart"))->eligibility, Eligibility::Eligible);

        // Whether Turkey counts as European the data cannot tell.
        matches = find(town(QStringLiteral("TR"), 60000));
        QCOMPARE(matchOf(matches, QStringLiteral("eurotowns"))->eligibility, Eligibility::Unclear);
    }

    void memberKinds()
    {
        QList<NetworkMatch> matches = find(town(QStringLiteral("NL"), {}, MemberKind::Region));
        QCOMPARE(matchOf(matches, QStringLiteral("errin"))->eligibility, Eligibility::Eligible);
        const NetworkMatch *eurotowns = matchOf(matches, QStringLiteral("eurotowns"));
        QCOMPARE(eurotowns->eligibility, Eligibility::NotEligible);
        QCOMPARE(eurotowns->summary, QStringLiteral("Its members are towns and cities, so a region cannot join as a member."));
        // A region's size is not checked once its kind is refused.
        QVERIFY(!checkOf(*eurotowns, EligibilityCheck::Rule::Population));

        matches = find(town(QStringLiteral("NL"), 60000));
        const NetworkMatch *errin = matchOf(matches, QStringLiteral("errin"));
        QCOMPARE(errin->eligibility, Eligibility::NotEligible);
        QVERIFY(errin->eligibilityNote.contains(QStringLiteral("other actors from those regions")));
        QCOMPARE(matchOf(matches, QStringLiteral("enoll"))->eligibility, Eligibility::NotEligible);
        QCOMPARE(matchOf(matches, QStringLiteral("eukn"))->eligibility, Eligibility::NotEligible);

        matches = find(town(QStringLiteral("NL"), {}, MemberKind::Organisation));
        QCOMPARE(matchOf(matches, QStringLiteral("eukn"))->eligibility, Eligibility::Eligible);

        for (MemberKind kind : allMemberKinds())
            QCOMPARE(memberKindFromWord(memberKindWord(kind)), kind);
        QCOMPARE(memberKindFromWord(QStringLiteral("National government")), MemberKind::NationalGovernment);
        QVERIFY(!memberKindFromWord(QStringLiteral("village")));
    }

    // What the data cannot tell stays Unclear, never a guessed yes.
    void unclear()
    {
        QList<NetworkMatch> matches = find(town(QStringLiteral("NL"), {}));
        const NetworkMatch *eurotowns = matchOf(matches, QStringLiteral("eurotowns"));
        QCOMPARE(eurotowns->eligibility, Eligibility::Unclear);
        QCOMPARE(eurotowns->summary, QStringLiteral("It takes members of 50,000 to 250,000 inhabitants; enter the population to check."));
        // Without a population the finder cannot pick between fee rows split by size, but
        // Eurotowns has one recurring fee.
        QVERIFY(eurotowns->fee);

        // No eligibility in the KB at all.
        const NetworkMatch *reves = matchOf(matches, QStringLiteral("reves"));
        QCOMPARE(reves->eligibility, Eligibility::Unclear);
        QCOMPARE(reves->summary, QStringLiteral("The KB holds no rules on who may join it."));
        // ... but a network that has ended is closed whatever else the KB lacks.
        const NetworkMatch *sic = matchOf(matches, QStringLiteral("sic"));
        QCOMPARE(sic->eligibility, Eligibility::NotEligible);
        QCOMPARE(sic->summary, QStringLiteral("It ran until 2019."));
        // No scope.
        const NetworkMatch *polis = matchOf(matches, QStringLiteral("social-polis"));
        QCOMPARE(polis->eligibility, Eligibility::Unclear);
        QCOMPARE(polis->summary, QStringLiteral("The KB does not say where its members may come from."));

        // Only a note, no member type: Unclear even in its own country.
        matches = find(town(QStringLiteral("US"), 60000));
        const NetworkMatch *service = matchOf(matches, QStringLiteral("cities-of-service"));
        QCOMPARE(service->eligibility, Eligibility::Unclear);
        QCOMPARE(service->summary, QStringLiteral("The KB does not say what kind of member it takes."));

        // No country: scope rules cannot be checked, except a global one.
        matches = find(town(QString(), 60000));
        QCOMPARE(matchOf(matches, QStringLiteral("eurotowns"))->eligibility, Eligibility::Unclear);
        QCOMPARE(matchOf(matches, QStringLiteral("citymart"))->eligibility, Eligibility::Eligible);
        // Citymart's two fee rows both apply: no single fee is picked, both are listed.
        QCOMPARE(matchOf(matches, QStringLiteral("citymart"))->fees.size(), 2);
        QVERIFY(!matchOf(matches, QStringLiteral("citymart"))->fee);
    }

    void comingEvents()
    {
        FinderQuery q = town(QStringLiteral("NL"), 60000);
        q.today = QDate(2020, 7, 1);
        QList<NetworkMatch> matches = find(q);
        // Planned and postponed events, by date; held ones are left out.
        const NetworkMatch *smart = matchOf(matches, QStringLiteral("smart-social-inclusion"));
        // (The two of June 2020 by title.)
        QCOMPARE(eventKeys(*smart), (QStringList{QStringLiteral("smart-social-inclusion-webinar-social-impact-bonds-2020"),
                                                 QStringLiteral("smart-social-inclusion-madrid-2020"),
                                                 QStringLiteral("smart-social-inclusion-zagreb-2020")}));
        QCOMPARE(smart->events.at(1).status, QStringLiteral("postponed"));
        QVERIFY(smart->events.at(1).datePassed);
        QVERIFY(!smart->events.at(2).datePassed);
        QCOMPARE(smart->events.at(2).dateText, QStringLiteral("November 2020, during the Social Affairs Forum"));
        // A network's events include its working groups'; undated ones come last.
        const NetworkMatch *eurotowns = matchOf(matches, QStringLiteral("eurotowns"));
        QCOMPARE(eventKeys(*eurotowns), (QStringList{QStringLiteral("eurotowns-social-inclusion-task-team-detmold-2018"),
                                                     QStringLiteral("eurotowns-executive-council-halmstad")}));
        QCOMPARE(eventKeys(*matchOf(matches, QStringLiteral("eurotowns-social-inclusion-task-team"))),
                 QStringList{QStringLiteral("eurotowns-social-inclusion-task-team-detmold-2018")});

        // An event dated after today counts even without a status; a held or cancelled one never.
        const QJsonArray sources{QJsonObject{{"document", "change-people-helping-people-study"}, {"section", "2.2 Eurotowns"}}};
        auto written = m_kb->write([&](Store &store) {
            for (const QJsonObject &event :
                 {QJsonObject{{"key", "eurotowns-future"}, {"title", "A Eurotowns meeting"}, {"network", "eurotowns"},
                              {"start_date", "2027-03"}, {"sources", sources}},
                  QJsonObject{{"key", "eurotowns-future-cancelled"}, {"title", "A cancelled Eurotowns meeting"},
                              {"network", "eurotowns"}, {"start_date", "2027-04-02"}, {"status", "cancelled"}, {"sources", sources}}})
                if (auto id = store.create(RecordType::Event, event); !id)
                    return Status(id.fullError());
            return Status();
        });
        QVERIFY2(written, qPrintable(written.error()));
        matches = find(town(QStringLiteral("NL"), 60000));
        QCOMPARE(eventKeys(*matchOf(matches, QStringLiteral("eurotowns"))),
                 (QStringList{QStringLiteral("eurotowns-social-inclusion-task-team-detmold-2018"), QStringLiteral("eurotowns-future"),
                              QStringLiteral("eurotowns-executive-council-halmstad")}));
        QVERIFY(!matchOf(matches, QStringLiteral("eurotowns"))->events.at(1).datePassed);
    }

    void theme()
    {
        FinderQuery q = town(QStringLiteral("NL"), 60000);
        q.theme = QStringLiteral("Youth");
        const QList<NetworkMatch> matches = find(q);
        const NetworkMatch *eurotowns = matchOf(matches, QStringLiteral("eurotowns"));
        // Three Eurotowns practices carry the theme "youth".
        QVERIFY2(eurotowns->themeEvidence.contains(QStringLiteral("3 practices on youth came through it.")),
                 qPrintable(eurotowns->themeEvidence.join(QLatin1Char('|'))));
        QVERIFY(eurotowns->relevance > 0);
        // Within each verdict, the more relevant first.
        for (qsizetype i = 1; i < matches.size(); ++i)
            if (matches.at(i - 1).eligibility == matches.at(i).eligibility)
                QVERIFY(matches.at(i - 1).relevance >= matches.at(i).relevance);
        QCOMPARE(matches.first().key, QStringLiteral("eurotowns"));

        q.theme = QStringLiteral("no such theme");
        auto missing = NetworkFinderService(*m_kb).find(q);
        QVERIFY(!missing);
        QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
        QCOMPARE(missing.error(), QStringLiteral("There is no term called \"no such theme\"."));
    }

    void badQueries()
    {
        auto bad = NetworkFinderService(*m_kb).find(town(QStringLiteral("Netherlands"), 60000));
        QVERIFY(!bad);
        QCOMPARE(bad.errorKind(), ErrorKind::BadInput);
        QCOMPARE(bad.error(), QStringLiteral("The country must be a two-letter ISO 3166 code such as NL or DE."));
        QVERIFY(!NetworkFinderService(*m_kb).find(town(QStringLiteral("QQ"), 60000)));
        bad = NetworkFinderService(*m_kb).find(town(QStringLiteral("NL"), 0));
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("The population must be a whole number of inhabitants above zero."));
    }

    // Shapes the seed does not have: a member type the finder cannot read, fee rows split by size.
    void otherShapes()
    {
        const QJsonArray sources{QJsonObject{{"document", "change-people-helping-people-study"}, {"section", "2.2 Eurotowns"}}};
        const QJsonArray fees{QJsonObject{{"amount", 1000}, {"currency", "EUR"}, {"period", "annual"},
                                          {"conditions", "Cities of more than 100.000 inhabitants."}},
                              QJsonObject{{"amount", 500}, {"currency", "EUR"}, {"period", "annual"},
                                          {"conditions", "Cities of up to 100.000 inhabitants."}}};
        auto written = m_kb->write([&](Store &store) {
            for (const QJsonObject &network :
                 {QJsonObject{{"key", "test-innovators"}, {"name", "Test innovators"}, {"scope", "Europe"},
                              {"eligibility", QJsonObject{{"member_type", "social innovators"}}}, {"sources", sources}},
                  QJsonObject{{"key", "test-sized"}, {"name", "Test sized"}, {"scope", "global"},
                              {"eligibility", QJsonObject{{"member_type", "cities"}}}, {"fees", fees}, {"sources", sources}}})
                if (auto id = store.create(RecordType::Network, network); !id)
                    return Status(id.fullError());
            return Status();
        });
        QVERIFY2(written, qPrintable(written.error()));

        QList<NetworkMatch> matches = find(town(QStringLiteral("NL"), 60000));
        const NetworkMatch *innovators = matchOf(matches, QStringLiteral("test-innovators"));
        QCOMPARE(innovators->eligibility, Eligibility::Unclear);
        QCOMPARE(innovators->summary,
                 QStringLiteral("Its members are described as \"social innovators\", which the finder cannot match to a city."));
        const NetworkMatch *sized = matchOf(matches, QStringLiteral("test-sized"));
        QCOMPARE(sized->eligibility, Eligibility::Eligible);
        QVERIFY(sized->fee);
        QCOMPARE(*sized->fee->amount, 500.0);
        QVERIFY(!sized->fees.at(0).applies);

        matches = find(town(QStringLiteral("NL"), 400000));
        QCOMPARE(*matchOf(matches, QStringLiteral("test-sized"))->fee->amount, 1000.0);
        // Without a population both rows may apply, so neither is picked.
        matches = find(town(QStringLiteral("NL"), {}));
        QVERIFY(!matchOf(matches, QStringLiteral("test-sized"))->fee);
        QCOMPARE(matchOf(matches, QStringLiteral("test-sized"))->fees.size(), 2);
    }

    void peersOfBologna()
    {
        auto result = PeersService(*m_kb).peersOfCity(QStringLiteral("Bologna"), 100);
        QVERIFY2(result, qPrintable(result.error()));
        const QList<Peer> peers = result.value();
        QVERIFY(peers.size() >= 5);
        QVERIFY(!cityKeys(peers).contains(QStringLiteral("bologna")));
        for (qsizetype i = 0; i < peers.size(); ++i) {
            const Peer &peer = peers.at(i);
            QVERIFY(peer.score > 0 && peer.score <= 1);
            if (i > 0)
                QVERIFY(peers.at(i - 1).score >= peer.score);
            QVERIFY(!peer.sharedTerms.isEmpty());
            QVERIFY(!peer.practices.isEmpty());
            QStringList shared;
            for (const SharedTerm &term : peer.sharedTerms)
                shared.append(term.key);
            for (const PeerPractice &practice : peer.practices)
                for (const QString &term : practice.sharedTerms)
                    QVERIFY(shared.contains(term));
        }

        // Rotterdam: twelve shared terms of weight 30 (themes and target groups 3, success factors
        // 2, instruments 1), its truancy initiatives sharing education, youth and prevention with
        // Bologna's school projects; Bologna's terms weigh 41, Rotterdam's 58: 30 / (41 + 58 - 30).
        QCOMPARE(peers.first().cityKey, QStringLiteral("rotterdam"));
        QCOMPARE(peers.first().score, 30.0 / 69.0);
        QCOMPARE(peers.first().sharedTerms.size(), 12);
        QVERIFY(peers.first().sharedChallenges.isEmpty()); // the KB holds no figures about Rotterdam

        // Stockholm: ten shared terms of weight 24; Stockholm's weigh 48: 24 / (41 + 48 - 24).
        const Peer &stockholm = peers.at(1);
        QCOMPARE(stockholm.cityKey, QStringLiteral("stockholm"));
        QCOMPARE(stockholm.cityName, QStringLiteral("Stockholm"));
        QCOMPARE(stockholm.country, QStringLiteral("SE"));
        QCOMPARE(stockholm.score, 24.0 / 65.0);
        QCOMPARE(stockholm.sharedTerms.size(), 10);
        QCOMPARE(stockholm.sharedTerms.first().vocabulary, QStringLiteral("theme"));
        QCOMPARE(stockholm.practices.first().key, QStringLiteral("jobbtorg-stockholm"));
        QCOMPARE(stockholm.sharedNetworks.size(), 1);
        QCOMPARE(stockholm.sharedNetworks.first().key, QStringLiteral("cities-for-active-inclusion"));
        QCOMPARE(stockholm.sharedNetworks.first().name, QStringLiteral("Cities for Active Inclusion"));
        QCOMPARE(stockholm.sharedNetworks.first().peerRole, QStringLiteral("partner city"));
        // Both cities' youth unemployment figures bear on the same challenge: Stockholm's is shown.
        QCOMPARE(stockholm.sharedChallenges.size(), 1);
        QCOMPARE(stockholm.sharedChallenges.first().key, QStringLiteral("increasing-numbers-and-new-groups-at-risk"));
        QCOMPARE(stockholm.sharedChallenges.first().indicators.size(), 1);
        const PeerIndicator &youth = stockholm.sharedChallenges.first().indicators.first();
        QCOMPARE(youth.name, QStringLiteral("youth unemployment"));
        QCOMPARE(*youth.value, 21.0);
        QCOMPARE(youth.unit, QStringLiteral("%"));
        QCOMPARE(youth.year, 2011);
        // Copenhagen's figures bear on two challenges; only the one Bologna's figures share is shown.
        const Peer *copenhagen = peerOf(peers, QStringLiteral("copenhagen"));
        QVERIFY(copenhagen);
        QCOMPARE(copenhagen->sharedChallenges.size(), 1);
        QCOMPARE(copenhagen->sharedChallenges.first().indicators.size(), 2);

        // A smaller limit gives the same first peers.
        for (int limit = 1; limit <= 6; ++limit) {
            auto top = PeersService(*m_kb).peersOfCity(QStringLiteral("bologna"), limit);
            QVERIFY(top);
            QCOMPARE(cityKeys(top.value()), cityKeys(peers).mid(0, limit));
        }
    }

    void peersOfAPractice()
    {
        auto result = PeersService(*m_kb).peersOfPractice(QStringLiteral("bologna-copaps-farm-contract"), 5);
        QVERIFY2(result, qPrintable(result.error()));
        const QList<Peer> peers = result.value();
        QCOMPARE(peers.size(), 5);
        QVERIFY(!cityKeys(peers).contains(QStringLiteral("bologna")));
        // Lille shares all 7 of the practice's terms (weight 16); its own weigh 32: 16 / 32.
        QCOMPARE(peers.first().cityKey, QStringLiteral("lille-metropole-roubaix"));
        QCOMPARE(peers.first().score, 0.5);
        QCOMPARE(peers.first().sharedTerms.size(), 7);
        QCOMPARE(peers.first().practices.first().key, QStringLiteral("social-clauses-in-city-procurement"));

        const Peer *barcelona = peerOf(peers, QStringLiteral("barcelona"));
        QVERIFY(barcelona);
        QStringList terms;
        for (const SharedTerm &term : barcelona->sharedTerms)
            terms.append(term.term);
        QVERIFY2(terms.contains(QStringLiteral("social economy")), qPrintable(terms.join(QLatin1Char('|'))));
        QCOMPARE(barcelona->sharedNetworks.size(), 1);
        QCOMPARE(barcelona->sharedNetworks.first().key, QStringLiteral("cities-for-active-inclusion"));

        // The practice's own city is never its peer, even through a practice they share.
        auto joint = PeersService(*m_kb).peersOfPractice(QStringLiteral("social-clauses-in-city-procurement"), 50);
        QVERIFY(joint);
        for (const char *own : {"barcelona", "birmingham", "bologna", "brno", "rotterdam", "lille-metropole-roubaix"})
            QVERIFY(!cityKeys(joint.value()).contains(QString::fromLatin1(own)));
    }

    void peersFailures()
    {
        auto missing = PeersService(*m_kb).peersOfCity(QStringLiteral("Atlantis"), 5);
        QVERIFY(!missing);
        QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
        QCOMPARE(missing.error(), QStringLiteral("There is no city called \"Atlantis\"."));
        missing = PeersService(*m_kb).peersOfPractice(QStringLiteral("no-such-practice"), 5);
        QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
        auto none = PeersService(*m_kb).peersOfCity(QStringLiteral("bologna"), 0);
        QVERIFY(!none);
        QCOMPARE(none.error(), QStringLiteral("Ask for at least one peer."));
        // A city without practices has no peers to show.
        auto lonely = PeersService(*m_kb).peersOfCity(QStringLiteral("samsun"), 5);
        QVERIFY(lonely);
        QVERIFY(lonely.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFinders)
#include "tst_finders.moc"
