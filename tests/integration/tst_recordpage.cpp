// Record pages (the detail pane, later the briefings): the facts in plain words, every related
// record as a citykb:// link that leads to a record, figures as tables, user text escaped, and
// personal data only on a person's page and in the interview where it was given.
#include "app/editservice.h"
#include "app/recordpageservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// The records of one data/ folder, read straight from the seed files.
QList<QJsonObject> seedRecords(const QString &folder)
{
    QList<QJsonObject> records;
    const QDir dir(QDir(qEnvironmentVariable("CITYKB_DATA")).filePath(folder));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
            records.append(value.toObject());
    }
    return records;
}

QString href(RecordType type, const QString &key)
{
    return QStringLiteral("href=\"%1\"").arg(RecordPageService::linkUrl(type, key).toString(QUrl::FullyEncoded));
}

bool hasLink(const RecordPageView &view, RecordType type, const QString &key)
{
    return std::any_of(view.links.begin(), view.links.end(),
                       [&](const PageLink &link) { return link.type == type && link.key == key; });
}

QString unescaped(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// The part of a page from a heading to the end of the element that follows it.
QString sectionOf(const QString &html, const QString &heading, const QString &end)
{
    const qsizetype start = html.indexOf(QStringLiteral("<h2>%1</h2>").arg(heading));
    if (start < 0)
        return {};
    const qsizetype stop = html.indexOf(end, start);
    return html.mid(start, stop < 0 ? -1 : stop - start);
}

} // namespace

class TestRecordPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<KnowledgeBase> m_kb;

    RecordPageView pageOf(RecordType type, const QString &key, const QLocale &locale = english)
    {
        auto view = RecordPageService(*m_kb, locale).page(type, key);
        if (!view)
            qWarning("%s", qPrintable(view.error()));
        return view ? view.value() : RecordPageView{};
    }

    // Every page of every record of `kb`: it is made, each citykb:// link in it leads to a record
    // that exists, its links list is exactly the page's links, nothing unescaped slips in, and no
    // person's e-mail or phone shows outside their own page and the interviews.
    void checkEveryPage(KnowledgeBase &kb, int &pages, int &links)
    {
        auto reader = kb.reader();
        QVERIFY(reader);
        const Store &store = *reader.value();
        QStringList personal;
        auto people = store.list(RecordType::Person);
        QVERIFY(people);
        for (const QJsonObject &person : people.value()) {
            for (const char *field : {"email", "phone"}) {
                if (const QString value = person.value(QLatin1String(field)).toString(); !value.isEmpty())
                    personal.append(value);
            }
        }
        static const QRegularExpression anchor(QStringLiteral("<a href=\"([^\"]*)\""));
        RecordPageService service(kb, english);
        for (RecordType type : allRecordTypes()) {
            PageQuery all;
            all.limit = 100000;
            auto rows = store.listPage(type, all);
            QVERIFY(rows);
            for (const RecordSummary &row : rows.value().rows) {
                const QString where = QStringLiteral("%1/%2").arg(recordTypeWord(type), row.key);
                auto view = service.page(type, row.key);
                QVERIFY2(view, qPrintable(where + QStringLiteral(": ") + view.error()));
                QCOMPARE(view.value().key, row.key);
                QVERIFY2(!view.value().title.isEmpty(), qPrintable(where));
                const QString &html = view.value().html;
                QVERIFY2(html.startsWith(QStringLiteral("<h1>")), qPrintable(where));
                QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(where));
                ++pages;

                QSet<QString> inHtml;
                for (auto it = anchor.globalMatch(html); it.hasNext();) {
                    const QUrl url(unescaped(it.next().captured(1)));
                    if (url.scheme() != RecordPageService::linkScheme()) {
                        QVERIFY2(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"),
                                 qPrintable(where + QStringLiteral(": ") + url.toString()));
                        continue;
                    }
                    const auto target = RecordPageService::linkTarget(url);
                    QVERIFY2(target, qPrintable(where + QStringLiteral(": ") + url.toString()));
                    auto id = store.idOf(target->type, target->key);
                    QVERIFY(id);
                    QVERIFY2(id.value().has_value(), qPrintable(where + QStringLiteral(" links to a missing record: ") + url.toString()));
                    inHtml.insert(QStringLiteral("%1/%2#%3").arg(recordTypeWord(target->type), target->key, target->section));
                    ++links;
                }
                QSet<QString> listed;
                for (const PageLink &link : view.value().links) {
                    QVERIFY2(!link.title.isEmpty() && !link.relation.isEmpty(), qPrintable(where + QStringLiteral(" ") + link.key));
                    listed.insert(QStringLiteral("%1/%2#%3").arg(recordTypeWord(link.type), link.key, link.section));
                }
                QCOMPARE(listed, inHtml);

                if (type != RecordType::Person && type != RecordType::Response) {
                    for (const QString &value : personal)
                        QVERIFY2(!html.contains(value.toHtmlEscaped()), qPrintable(where + QStringLiteral(" shows ") + value));
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("CITYKB_DATA"), "CITYKB_DATA names the seed dataset (ctest sets it).");
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("seeded")), qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
        m_kb = std::move(kb).value();
    }

    void networkInPlainWords()
    {
        const RecordPageView view = pageOf(RecordType::Network, QStringLiteral("Eurotowns"));
        QCOMPARE(view.key, QStringLiteral("eurotowns"));
        QCOMPARE(view.title, QStringLiteral("Eurotowns"));
        QVERIFY(view.revision > 0);
        const QString &html = view.html;
        // data/networks/networks.json: population_min 50000, population_max 250000; a fee of 3500 EUR, annual.
        QVERIFY2(html.contains(QStringLiteral("Towns and cities of 50,000 to 250,000 inhabitants may join as members.")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<b>3,500 EUR a year</b>: From the 2nd year.")));
        QVERIFY(html.contains(QStringLiteral("<b>First year</b>: Free of charge")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"http://eurotowns.org/\">")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"left\" valign=\"top\">Founded</th><td>1991</td>")));

        // Every member city of the seed data, as a link, and as a link of the page.
        int members = 0;
        for (const QJsonObject &city : seedRecords(QStringLiteral("cities"))) {
            for (const QJsonValue &m : city.value(QLatin1String("memberships")).toArray()) {
                if (m.toObject().value(QLatin1String("network")).toString() != QLatin1String("eurotowns"))
                    continue;
                const QString key = city.value(QLatin1String("key")).toString();
                QVERIFY2(html.contains(href(RecordType::City, key)), qPrintable(key));
                QVERIFY2(hasLink(view, RecordType::City, key), qPrintable(key));
                ++members;
            }
        }
        QCOMPARE(members, 7);
        QVERIFY(html.contains(QStringLiteral("<b>Members:</b> <a href=\"citykb://cities/eskilstuna\">Eskilstuna</a>")));

        // The interview about it, and its people by name only.
        QVERIFY(html.contains(href(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns"))
                              + QStringLiteral(">CHANGE! questionnaire: Eurotowns</a>")));
        QVERIFY(html.contains(href(RecordType::Person, QStringLiteral("leonie-hulshof"))));
        QVERIFY(html.contains(QStringLiteral("Leonie Hulshof</a> \u2014 Director European Affairs")));
        QVERIFY(!html.contains(QStringLiteral("let.hulshof@schiedam.nl")));
        QVERIFY(!html.contains(QStringLiteral("644 199 675")));

        // Events still to come before those held; sources link into the document's sections.
        const qsizetype coming = html.indexOf(href(RecordType::Event, QStringLiteral("eurotowns-social-inclusion-task-team-detmold-2018")));
        const qsizetype held = html.indexOf(href(RecordType::Event, QStringLiteral("eurotowns-follow-up-hastings")));
        QVERIFY(coming > 0 && held > coming);
        QVERIFY(html.contains(QStringLiteral("href=\"citykb://documents/change-people-helping-people-study#2.2%20Eurotowns\">2.2 Eurotowns</a>")));
        const auto source = std::find_if(view.links.begin(), view.links.end(), [](const PageLink &l) {
            return l.type == RecordType::Document && l.section == QLatin1String("2.2 Eurotowns");
        });
        QVERIFY(source != view.links.end());
        QCOMPARE(source->relation, QStringLiteral("Sources"));
    }

    void numbersFollowTheLocale()
    {
        QVERIFY(pageOf(RecordType::Network, QStringLiteral("eurotowns"), QLocale::c()).html.contains(QStringLiteral("of 50,000 to 250,000 inhabitants")));
        const QString german = pageOf(RecordType::Network, QStringLiteral("eurotowns"), QLocale(QLocale::German, QLocale::Germany)).html;
        QVERIFY(german.contains(QStringLiteral("of 50.000 to 250.000 inhabitants")));
        QVERIFY(german.contains(QStringLiteral("3.500 EUR")));
    }

    void practiceOutcomesAsTable()
    {
        const RecordPageView view = pageOf(RecordType::Practice, QStringLiteral("bologna-6-plus-and-two-for-one"));
        const QString table = sectionOf(view.html, QStringLiteral("Outcomes"), QStringLiteral("</table>"));
        QVERIFY2(table.contains(QStringLiteral("<table")), qPrintable(view.html));
        // data/practices/cities-for-active-inclusion.json: 1153 participating students, 58% and 28% of them.
        QVERIFY(table.contains(QStringLiteral("<td>Participating students</td><td align=\"right\">1,153</td>")));
        QVERIFY(table.contains(QStringLiteral("<td>Students who moved up a year</td><td align=\"right\">58%</td><td></td><td>of 1 153 participating students</td>")));
        QVERIFY(table.contains(QStringLiteral("<td align=\"right\">28%</td>")));
        QVERIFY(view.html.contains(href(RecordType::City, QStringLiteral("bologna"))));

        const QString decimals = pageOf(RecordType::Practice, QStringLiteral("barcelona-home-care-sroi")).html;
        QVERIFY(sectionOf(decimals, QStringLiteral("Outcomes"), QStringLiteral("</table>")).contains(QStringLiteral("<td align=\"right\">3.13 EUR</td>")));
        const QString millions = pageOf(RecordType::Practice, QStringLiteral("birmingham-supporting-people")).html;
        QVERIFY(sectionOf(millions, QStringLiteral("Outcomes"), QStringLiteral("</table>")).contains(QStringLiteral("<td align=\"right\">126.5 million EUR</td>")));
    }

    void practiceLinksItsWorld()
    {
        const RecordPageView view = pageOf(RecordType::Practice, QStringLiteral("eskilstuna-volunteering-policy"));
        const QJsonObject record = [] {
            for (const QJsonObject &p : seedRecords(QStringLiteral("practices"))) {
                if (p.value(QLatin1String("key")).toString() == QLatin1String("eskilstuna-volunteering-policy"))
                    return p;
            }
            return QJsonObject();
        }();
        QVERIFY(!record.isEmpty());
        const std::pair<const char *, RecordType> lists[] = {{"cities", RecordType::City}, {"networks", RecordType::Network},
                                                             {"themes", RecordType::Taxonomy}, {"target_groups", RecordType::Taxonomy},
                                                             {"success_factors", RecordType::Taxonomy}};
        int named = 0;
        for (const auto &[list, type] : lists) {
            for (const QJsonValue &key : record.value(QLatin1String(list)).toArray()) {
                QVERIFY2(view.html.contains(href(type, key.toString())), qPrintable(key.toString()));
                ++named;
            }
        }
        QVERIFY(named >= 3);
        // It came through Eurotowns, whose interview is linked as one around it.
        QVERIFY(view.html.contains(href(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns"))));
    }

    void personalDataOnlyWhereGiven()
    {
        const QString person = pageOf(RecordType::Person, QStringLiteral("leonie-hulshof")).html;
        QVERIFY(person.contains(QStringLiteral("<th align=\"left\" valign=\"top\">E-mail</th><td>let.hulshof@schiedam.nl</td>")));
        QVERIFY(person.contains(QStringLiteral("+31 644 199 675")));
        QVERIFY(person.contains(href(RecordType::Network, QStringLiteral("eurotowns"))));

        const QString interview = pageOf(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns")).html;
        QVERIFY(interview.contains(QStringLiteral("let.hulshof@schiedam.nl")));
        QVERIFY(interview.contains(href(RecordType::Person, QStringLiteral("leonie-hulshof"))));

        const QString network = pageOf(RecordType::Network, QStringLiteral("eurotowns")).html;
        QVERIFY(!network.contains(QStringLiteral("let.hulshof@schiedam.nl")));
        QVERIFY(!network.contains(QStringLiteral("schiedam.nl")));
    }

    void interviewQuestionByQuestion()
    {
        const RecordPageView view = pageOf(RecordType::Response, QStringLiteral("change-questionnaire-eurotowns"));
        QVERIFY(view.html.contains(href(RecordType::Questionnaire, QStringLiteral("change-people-powered-public-services"))));
        QVERIFY(view.html.contains(href(RecordType::Network, QStringLiteral("eurotowns"))));
        auto questionnaire = m_kb->reader().value()->get(RecordType::Questionnaire, QStringLiteral("change-people-powered-public-services"));
        QVERIFY(questionnaire);
        const QJsonArray questions = questionnaire.value().value(QLatin1String("questions")).toArray();
        QVERIFY(!questions.isEmpty());
        qsizetype last = -1;
        for (const QJsonValue &q : questions) {
            const QJsonObject question = q.toObject();
            const QString heading = QStringLiteral("<h3>%1. %2</h3>")
                                        .arg(question.value(QLatin1String("number")).toInteger())
                                        .arg(question.value(QLatin1String("text")).toString().toHtmlEscaped());
            const qsizetype at = view.html.indexOf(heading);
            QVERIFY2(at > last, qPrintable(heading));
            last = at;
        }
        // Question 4 was answered "yes"; question 6 was left blank.
        QVERIFY(view.html.contains(QStringLiteral("<p><b>Yes</b></p>")));
        QVERIFY(view.html.contains(QStringLiteral("<p><i>Not answered.</i></p>")));
    }

    void workingGroupPlansAndEvents()
    {
        const QString html = pageOf(RecordType::WorkingGroup, QStringLiteral("smart-social-inclusion")).html;
        QVERIFY(html.contains(QStringLiteral("<h2>Work plan 2020</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h3>Objective 1: Promoting social economy and private investments in social aims</h3>")));
        QVERIFY(html.contains(href(RecordType::Forum, QStringLiteral("eurocities-social-affairs-forum"))));
        QVERIFY(html.contains(href(RecordType::Network, QStringLiteral("eurocities"))));
        const qsizetype madrid = html.indexOf(href(RecordType::Event, QStringLiteral("smart-social-inclusion-madrid-2020")));
        QVERIFY(madrid > 0);
        QVERIFY(html.indexOf(QStringLiteral("<b>(postponed)</b>"), madrid) > madrid);
    }

    void eventDatesInWords()
    {
        // data/events: the dates as the document words them, with the exact dates unless the words hold them.
        const QString utrecht = pageOf(RecordType::Event, QStringLiteral("eurocities-social-affairs-forum-utrecht-2018")).html;
        QVERIFY(utrecht.contains(QStringLiteral("<td>7-8th of March, 2018 <small>(7 March 2018 to 8 March 2018)</small></td>")));
        QVERIFY(utrecht.contains(href(RecordType::City, QStringLiteral("utrecht"))));
        const QString madrid = pageOf(RecordType::Event, QStringLiteral("smart-social-inclusion-madrid-2020")).html;
        QVERIFY(madrid.contains(QStringLiteral("<td>June 2020 (objective 1 of the work plan places it in spring)</td>")));
        QVERIFY(madrid.contains(QStringLiteral("<th align=\"left\" valign=\"top\">Status</th><td>postponed</td>")));
    }

    void cityMembershipsAndPopulation()
    {
        const RecordPageView view = pageOf(RecordType::City, QStringLiteral("eskilstuna"));
        QVERIFY(view.html.contains(href(RecordType::Network, QStringLiteral("eurotowns"))));
        const QString memberships = sectionOf(view.html, QStringLiteral("Memberships"), QStringLiteral("</ul>"));
        QVERIFY2(memberships.contains(QStringLiteral("Eurotowns</a> \u2014 member")), qPrintable(memberships));
        QVERIFY(view.html.contains(href(RecordType::Practice, QStringLiteral("eskilstuna-volunteering-policy"))));
    }

    void userTextIsEscaped()
    {
        QTemporaryDir dir;
        auto created = KnowledgeBase::create(dir.filePath(QStringLiteral("kb")), QString());
        QVERIFY2(created, qPrintable(created.error()));
        KnowledgeBase &kb = *created.value();
        EditService edit(kb);
        const QJsonObject network{
            {"key", "evil"},
            {"name", "<script>alert(1)</script> Towns & Cities"},
            {"description", "a < b & \"c\" > d <b>bold</b>; write to jane.doe@example.org"},
            {"eligibility", QJsonObject{{"member_type", "<i>towns</i> & villages"}, {"population_min", 1000}}},
            {"fees", QJsonArray{QJsonObject{{"amount", 10}, {"currency", "EUR"}, {"period", "<annual>"}, {"conditions", "%1 & %2"}}}},
            {"website", "javascript:alert(1)"}};
        auto saved = edit.create(RecordType::Network, network);
        QVERIFY2(saved, qPrintable(saved.error()));
        auto city = edit.create(RecordType::City, QJsonObject{{"key", "x"}, {"name", "X & <Y>"},
                                                              {"memberships", QJsonArray{QJsonObject{{"network", "evil"}, {"role", "chair"}, {"note", "<b>n</b> & m"}}}}});
        QVERIFY2(city, qPrintable(city.error()));

        auto view = RecordPageService(kb, english).page(RecordType::Network, QStringLiteral("evil"));
        QVERIFY2(view, qPrintable(view.error()));
        const QString &html = view.value().html;
        QCOMPARE(view.value().title, network.value(QLatin1String("name")).toString());
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Towns &amp; Cities</h1>")));
        QVERIFY(html.contains(QStringLiteral("a &lt; b &amp; &quot;c&quot; &gt; d &lt;b&gt;bold&lt;/b&gt;; write to [e-mail withheld]")));
        QVERIFY(!html.contains(QStringLiteral("jane.doe")));
        QVERIFY(html.contains(QStringLiteral("&lt;i&gt;towns&lt;/i&gt; &amp; villages with at least 1,000 inhabitants may join as members.")));
        QVERIFY(html.contains(QStringLiteral("<b>10 EUR (&lt;annual&gt;)</b>: %1 &amp; %2")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(html.contains(QStringLiteral("javascript:alert(1)")));
        QVERIFY(html.contains(QStringLiteral("<b>Chair:</b> <a href=\"citykb://cities/x\">X &amp; &lt;Y&gt;</a>")));
        auto cityView = RecordPageService(kb, english).page(RecordType::City, QStringLiteral("x"));
        QVERIFY2(cityView, qPrintable(cityView.error()));
        QVERIFY(cityView.value().html.contains(QStringLiteral("<h1>X &amp; &lt;Y&gt;</h1>")));
        QVERIFY(cityView.value().html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; Towns &amp; Cities</a> \u2014 chair <small>&lt;b&gt;n&lt;/b&gt; &amp; m</small>")));
    }

    void everyLinkOfEverySeedPageLeadsToARecord()
    {
        int pages = 0;
        int links = 0;
        checkEveryPage(*m_kb, pages, links);
        if (QTest::currentTestFailed())
            return;
        auto stats = BrowseService(*m_kb).stats();
        QVERIFY(stats);
        qint64 records = 0;
        for (const auto &[type, n] : stats.value().counts) {
            QVERIFY2(n > 0, qPrintable(recordTypeWord(type)));
            records += n;
        }
        QCOMPARE(pages, int(records));
        QVERIFY(links > records);
    }

    // The sample graph has what the seed lacks (a document's sections): its pages link up too.
    void everyLinkOfTheSampleGraphLeadsToARecord()
    {
        QTemporaryDir dir;
        auto created = KnowledgeBase::create(dir.filePath(QStringLiteral("kb")), QString());
        QVERIFY2(created, qPrintable(created.error()));
        KnowledgeBase &kb = *created.value();
        QVERIFY(test::write(kb).importRecords(test::sampleGraph()));
        int pages = 0;
        int links = 0;
        checkEveryPage(kb, pages, links);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pages, int(test::sampleGraph().size()));

        auto view = RecordPageService(kb, english).page(RecordType::Document, QStringLiteral("study"));
        QVERIFY(view);
        QVERIFY(view.value().html.contains(QStringLiteral("<a name=\"1. Why\"></a>1. Why <small>(page 2)</small>")));
        QVERIFY(view.value().html.contains(QStringLiteral("href=\"citykb://documents/study#1.%20Why\"")));
        // The recommendation has no title: it is named by its number, on its page and in links to it.
        QVERIFY(view.value().html.contains(QStringLiteral("<a href=\"citykb://recommendations/rec-1\">Recommendation 1</a>")));
        auto recommendation = RecordPageService(kb, english).page(RecordType::Recommendation, QStringLiteral("rec-1"));
        QVERIFY(recommendation);
        QCOMPARE(recommendation.value().title, QStringLiteral("Recommendation 1"));
        auto practice = RecordPageService(kb, english).page(RecordType::Practice, QStringLiteral("six-plus"));
        QVERIFY(practice);
        QVERIFY(practice.value().html.contains(QStringLiteral("<a href=\"citykb://practices/two-for-one-copy\">A copy</a> was adapted from this practice")));
        QVERIFY(practice.value().html.contains(QStringLiteral("<b>180,000 GBP</b>")));
        auto copy = RecordPageService(kb, english).page(RecordType::Practice, QStringLiteral("two-for-one-copy"));
        QVERIFY(copy);
        QVERIFY(copy.value().html.contains(QStringLiteral("Adapted from <a href=\"citykb://practices/six-plus\">6+ and Two-for-One</a>")));
    }

    void linksRoundTrip()
    {
        const QString section = QStringLiteral("2.2 Eurotowns # 50% \u00fcber \"x\"");
        const QUrl url = RecordPageService::linkUrl(RecordType::WorkingGroup, QStringLiteral("social-inclusion"), section);
        QCOMPARE(url.scheme(), QStringLiteral("citykb"));
        const auto target = RecordPageService::linkTarget(QUrl(url.toString(QUrl::FullyEncoded)));
        QVERIFY(target);
        QCOMPARE(target->type, RecordType::WorkingGroup);
        QCOMPARE(target->key, QStringLiteral("social-inclusion"));
        QCOMPARE(target->section, section);
        QCOMPARE(RecordPageService::linkUrl(RecordType::City, QStringLiteral("bologna")).toString(), QStringLiteral("citykb://cities/bologna"));
        QVERIFY(!RecordPageService::linkTarget(QUrl(QStringLiteral("https://cities/bologna"))));
        QVERIFY(!RecordPageService::linkTarget(QUrl(QStringLiteral("citykb://nonsense/bologna"))));
        QVERIFY(!RecordPageService::linkTarget(QUrl(QStringLiteral("citykb://cities/"))));
        QVERIFY(!RecordPageService::linkTarget(QUrl(QStringLiteral("citykb://cities/a/b"))));
    }

    void missingRecordIsNotFound()
    {
        auto view = RecordPageService(*m_kb).page(RecordType::Network, QStringLiteral("no-such-network"));
        QVERIFY(!view);
        QCOMPARE(view.errorKind(), ErrorKind::NotFound);
        QVERIFY(view.error().contains(QStringLiteral("no-such-network")));
        auto practice = RecordPageService(*m_kb).page(RecordType::Practice, QStringLiteral("99999999"));
        QVERIFY(!practice);
        QCOMPARE(practice.errorKind(), ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRecordPage)
#include "tst_recordpage.moc"
