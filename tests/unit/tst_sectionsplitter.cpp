// Sections from numbered headings, from headings without numbers, from a PDF outline and from
// heading blocks.

#include "ingest/sectionsplitter.h"
#include "ingest/textcleaner.h"
#include "ingest/textdecoder.h"

#include <QtTest>

using namespace citykb::ingest;

namespace {

QStringList headings(const QList<DocumentBlock> &blocks)
{
    QStringList out;
    for (const DocumentBlock &b : blocks) {
        if (b.headingLevel > 0)
            out.append(QString::number(b.headingLevel) + QLatin1Char(' ') + b.text);
    }
    return out;
}

QList<QStringList> paths(const QList<ExtractedSection> &sections)
{
    QList<QStringList> out;
    for (const ExtractedSection &s : sections)
        out.append(s.headingPath);
    return out;
}

// The headings found in text as cleanText leaves it.
QStringList headingsOfCleaned(const QString &raw)
{
    return headings(splitNumberedHeadings(cleanText(raw).text));
}

QString seedText(const QString &name)
{
    QFile file(qEnvironmentVariable("CITYKB_SEEDS") + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return decodeText(file.readAll()).text;
}

const QString paragraph = QStringLiteral("The partner cities met twice a year to compare what their services achieved for people.");

} // namespace

class TestSectionSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberedHeadingsMakeSectionsWithPaths()
    {
        const QString text = QStringLiteral("A study of city networks\n\n"
                                            "1. WHY WE CHECKED EUROPEAN NETWORKS\n\n1.1. Introduction\n\nNine partner cities.\n\n"
                                            "1.2 The methodology\n\nDesk research and interviews.\n\n"
                                            "2. NETWORKS INTERVIEWED\n\n2.1 Eurocities\n\nThe largest network.\n\n"
                                            "2.4 European Urban Knowledge Network (EUKN)\n\n"
                                            "EUKN works with National Focal Points.\n\n2.4.1 Policy labs\n\nIn France and Germany.\n\n"
                                            "2.5 CITYMART\n\nAn online platform.");
        const auto blocks = splitNumberedHeadings(text);
        QCOMPARE(headings(blocks), (QStringList{QStringLiteral("1 1. WHY WE CHECKED EUROPEAN NETWORKS"), QStringLiteral("2 1.1. Introduction"),
                                                QStringLiteral("2 1.2 The methodology"), QStringLiteral("1 2. NETWORKS INTERVIEWED"),
                                                QStringLiteral("2 2.1 Eurocities"), QStringLiteral("2 2.4 European Urban Knowledge Network (EUKN)"),
                                                QStringLiteral("3 2.4.1 Policy labs"), QStringLiteral("2 2.5 CITYMART")}));
        const auto sections = sectionsFromBlocks(blocks, 100);
        QCOMPARE(sections.size(), 7);
        QCOMPARE(sections.at(0).headingPath, QStringList());
        QCOMPARE(sections.at(0).text, QStringLiteral("A study of city networks"));
        QCOMPARE(sections.at(1).headingPath, (QStringList{QStringLiteral("1. WHY WE CHECKED EUROPEAN NETWORKS"), QStringLiteral("1.1. Introduction")}));
        QCOMPARE(sections.at(4).headingPath.last(), QStringLiteral("2.4 European Urban Knowledge Network (EUKN)"));
        QCOMPARE(sections.at(4).text, QStringLiteral("EUKN works with National Focal Points."));
        QCOMPARE(sections.at(5).headingPath,
                 (QStringList{QStringLiteral("2. NETWORKS INTERVIEWED"), QStringLiteral("2.4 European Urban Knowledge Network (EUKN)"),
                              QStringLiteral("2.4.1 Policy labs")}));
        QCOMPARE(sections.at(6).headingPath, (QStringList{QStringLiteral("2. NETWORKS INTERVIEWED"), QStringLiteral("2.5 CITYMART")}));
    }

    void listItemsFiguresAndDatesAreNoHeadings()
    {
        const QString text = QStringLiteral("1. Introduction\n\nThe following networks were interviewed:\n\n"
                                            "1. Eurocities (network of major European cities)\n"
                                            "2. Eurotowns (towns with populations between 50,000 and 250,000)\n"
                                            "3. Errin Network\n\n"
                                            "58% of 1,153 students moved up a year\n\n"
                                            "2018 the group met in Madrid\n\n"
                                            "12 February 2018\n\n"
                                            "2. The objectives are clear.\n\n"
                                            "3 For full details see the website.\n\n"
                                            "7 Further information on Jobbtorg can be found at: http://bit.ly/JKFuhA\n\n"
                                            "2 Results");
        QCOMPARE(headings(splitNumberedHeadings(text)), (QStringList{QStringLiteral("1 1. Introduction"), QStringLiteral("1 2 Results")}));
    }

    void numbersMustFollowPlausibly()
    {
        // Back to 1 after 4 is a list; a jump from 1 to 9 is a footnote or a figure.
        const QString text = QStringLiteral("1.1 Background\n\ntext\n\n3.1 Coordinating services\n\ntext\n\n"
                                            "9.1 Something else\n\ntext\n\n1.2 Going back\n\ntext\n\n3.2 Focusing on areas\n\ntext");
        QCOMPARE(headings(splitNumberedHeadings(text)), (QStringList{QStringLiteral("2 1.1 Background"), QStringLiteral("2 3.1 Coordinating services"),
                                                                     QStringLiteral("2 3.2 Focusing on areas")}));
    }

    void tableOfContentsEntriesAreNoHeadings()
    {
        const QString text = QStringLiteral("TABLE OF CONTENT\n\n1. WHY we CHECKED European networks\t2\n1.1. Introduction\t2\n"
                                            "2. NETWORKS INTERVIEWED\t10\n\n1. WHY WE CHECKED EUROPEAN NETWORKS\n\n1.1. Introduction\n\ntext");
        QCOMPARE(headings(splitNumberedHeadings(text)),
                 (QStringList{QStringLiteral("1 1. WHY WE CHECKED EUROPEAN NETWORKS"), QStringLiteral("2 1.1. Introduction")}));
    }

    void appendixNumbersNestUnderTheCurrentHeading()
    {
        const QString text = QStringLiteral("3. RECOMMENDATIONS\n\nDo not launch a new network.\n\n4. LIST OF APPENDICES\n\n00: Questionnaire and project background\n\ntext\n\n"
                                            "01: Filled in questionnaire: Eurotowns\n\n1. Your name and contact details (e-mail, phone):\n\nL. Hulshof\n\n"
                                            "02: Filled in questionnaire: ERRIN\n\ntext\n\n05: Not next in line\n\ntext");
        const auto sections = sectionsFromBlocks(splitNumberedHeadings(text), 100);
        QCOMPARE(paths(sections), (QList<QStringList>{
                                      {QStringLiteral("3. RECOMMENDATIONS")},
                                      {QStringLiteral("4. LIST OF APPENDICES"), QStringLiteral("00: Questionnaire and project background")},
                                      {QStringLiteral("4. LIST OF APPENDICES"), QStringLiteral("01: Filled in questionnaire: Eurotowns")},
                                      {QStringLiteral("4. LIST OF APPENDICES"), QStringLiteral("02: Filled in questionnaire: ERRIN")},
                                  }));
        QVERIFY(sections.at(2).text.contains(QLatin1String("1. Your name and contact details")));
        QVERIFY(sections.at(3).text.contains(QLatin1String("05: Not next in line")));
    }

    void unnumberedHeadingsStandBetweenParagraphs()
    {
        const QString text = QStringLiteral("Executive summary\n\n%1\n\nThe work plan for 2020\n\n%1\nWG meetings in 2020:\n"
                                            "1. Madrid, in June.\n2. Zagreb, in November.\n\n"
                                            "Where the money goes\n%1\n\n\u201cPeople helping people\u201d\n\n%1")
                                 .arg(paragraph);
        QCOMPARE(headings(splitNumberedHeadings(text)),
                 (QStringList{QStringLiteral("1 Executive summary"), QStringLiteral("1 The work plan for 2020"),
                              QStringLiteral("1 WG meetings in 2020"), QStringLiteral("1 Where the money goes"),
                              QStringLiteral("1 \u201cPeople helping people\u201d")}));
        const auto sections = sectionsFromBlocks(splitNumberedHeadings(text), 100);
        QCOMPARE(sections.size(), 5);
        QCOMPARE(sections.at(2).text, QStringLiteral("1. Madrid, in June.\n2. Zagreb, in November."));
    }

    void unnumberedHeadingRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // the headings there are
        const QString p = paragraph;
        const QStringList none;
        QTest::newRow("a sentence") << QStringLiteral("%1\n\nThe cities agreed.\n\n%1").arg(p) << none;
        QTest::newRow("a question") << QStringLiteral("%1\n\nHow do you want to achieve it?\n\n%1").arg(p) << none;
        QTest::newRow("a lead-in to a list") << QStringLiteral("%1\n\nThe main focus of the WG is on:\n1. Change.\n2. Data.").arg(p) << none;
        QTest::newRow("a long lead-in") << QStringLiteral("%1\n\nSome points raised during the whole conference:\n1. Change.").arg(p) << none;
        QTest::newRow("too many words") << QStringLiteral("%1\n\nCities and regions together with civil society and universities and think tanks in Europe\n\n%1").arg(p) << none;
        QTest::newRow("too long") << QStringLiteral("%1\n\n%2\n\n%1").arg(p, QStringLiteral("Supercalifragilistic ").repeated(5)) << none;
        QTest::newRow("lower case") << QStringLiteral("%1\n\nsocial innovation in cities\n\n%1").arg(p) << none;
        QTest::newRow("a broken line") << QStringLiteral("The partner cities met twice a year in\nBrussels and Vienna\n\n%1").arg(p) << none;
        QTest::newRow("a name and a role") << QStringLiteral("%1\n\nKris Luijsterburg\nAdviser International Affairs\n\nvice chair\n\nTomasz Pactwa").arg(p) << none;
        QTest::newRow("nothing after it") << QStringLiteral("%1\n\nFor more information, please contact").arg(p) << none;
        QTest::newRow("a heading after it") << QStringLiteral("%1\n\nPartners\n\nFunding and budget\n\n%1").arg(p)
                                             << QStringList{QStringLiteral("1 Funding and budget")};
        QTest::newRow("a bare label before it") << QStringLiteral("%1\n\nBox 1\nFunding and budget\n\n%1").arg(p)
                                                  << QStringList{QStringLiteral("1 Funding and budget")};
        QTest::newRow("out of its series") << QStringLiteral("%1\n\nObjective 7 - Not next in line\n\n%1").arg(p) << none;
        QTest::newRow("a short line after it") << QStringLiteral("%1\n\nEUROCITIES staff contact\n\nPatricia Couti\nBrussels office").arg(p) << none;
        QTest::newRow("a date") << QStringLiteral("%1\n\nFebruary 2018\n\n%1").arg(p) << none;
        QTest::newRow("an address") << QStringLiteral("%1\n\nSee www.urbact.eu/change\n\n%1").arg(p) << none;
        QTest::newRow("a running header") << QStringLiteral("Cities for Active Inclusion\n\n%1\n\nCities for Active Inclusion\n\n%1\n\n"
                                                             "Cities for Active Inclusion\n\n%1").arg(p) << none;
        QTest::newRow("a caption") << QStringLiteral("%1\n\nTable 1: Partner cities and their population\n\n%1").arg(p) << none;
        QTest::newRow("a list item") << QStringLiteral("%1\n\n- Create synergies between forums\n- Collaborate with experts\n\n%1").arg(p) << none;
        QTest::newRow("numbers give the top level") << QStringLiteral("1. Introduction\n\n%1\n\nWhere the money goes\n\n%1\n\n2. Results\n\n%1").arg(p)
                                                     << QStringList{QStringLiteral("1 1. Introduction"), QStringLiteral("1 2. Results")};
    }

    void unnumberedHeadingRule()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(headingsOfCleaned(text), expected);
    }

    void chapterTitlesAboveNumberedSubheadings()
    {
        // Seed 003's shape: the chapter numbers were lost, "1.1" and "3.1" kept; a box inside 1.1.
        const QString text = QStringLiteral("Executive summary\n\n%1\n\nThe added value of the strategy\n\n1.1 The added value for cities\n\n%1\n\n"
                                            "The strategy in short\n\n%1\n\n1.2 Further opportunities\n\n%1\n\n"
                                            "The role of cities in implementing the European Active\nInclusion Strategy\n\n%1\n\n"
                                            "Success factors\n\n%1\n\n3.1 Coordinating services\n\n%1")
                                 .arg(paragraph);
        const auto sections = sectionsFromBlocks(splitNumberedHeadings(text), 100);
        QCOMPARE(paths(sections), (QList<QStringList>{
                                      {QStringLiteral("Executive summary")},
                                      {QStringLiteral("The added value of the strategy"), QStringLiteral("1.1 The added value for cities")},
                                      {QStringLiteral("The added value of the strategy"), QStringLiteral("1.1 The added value for cities"),
                                       QStringLiteral("The strategy in short")},
                                      {QStringLiteral("The added value of the strategy"), QStringLiteral("1.2 Further opportunities")},
                                      {QStringLiteral("The role of cities in implementing the European Active Inclusion Strategy")},
                                      {QStringLiteral("Success factors")},
                                      {QStringLiteral("Success factors"), QStringLiteral("3.1 Coordinating services")},
                                  }));
    }

    void labelledHeadingsFormSeries()
    {
        const QString text = QStringLiteral("Objective 1 - Jobs\nObjective 2 - Housing\nObjective 3 - Care\n\n"
                                            "The work plan for 2020\nObjective 1 - Promoting social economy\nHow do you want to achieve it?\n"
                                            "Create synergies between forums\n"
                                            "EU policy to follow: EU Action plan on social economy\n"
                                            "Objective 2 \u2013 Building capacity for cities to deal and benefit of disruptive technologies in order to enable social change\n"
                                            "%1\nObjective 7 - Not next in line\n%1\nTable 3 - A caption\n%1\nWP 11 \u2013 Work package\n%1")
                                 .arg(paragraph);
        const auto sections = sectionsFromBlocks(splitNumberedHeadings(text), 100);
        QCOMPARE(paths(sections), (QList<QStringList>{
                                      {}, // the contents list
                                      {QStringLiteral("The work plan for 2020"), QStringLiteral("Objective 1 - Promoting social economy")},
                                      {QStringLiteral("The work plan for 2020"),
                                       QStringLiteral("Objective 2 \u2013 Building capacity for cities to deal and benefit of disruptive "
                                                      "technologies in order to enable social change")},
                                  }));
        QVERIFY(sections.at(1).text.contains(QLatin1String("EU policy to follow")));
        for (const char *stays : {"Objective 7 - Not next in line", "Table 3 - A caption", "WP 11"})
            QVERIFY2(sections.at(2).text.contains(QLatin1String(stays)), stays);
    }

    void cleanedTextKeepsHeadingsApart()
    {
        // Lines that are whole paragraphs: the long line before a heading is not a broken one.
        const QString raw = QStringLiteral("Smart Social Inclusion\n\n\n%1 %1\n"
                                           "The work plan for 2020\u00a0\n"
                                           "Objective 1 -\u00a0Promoting social economy and private investments in social aims\n"
                                           "How do you want to achieve it?\n"
                                           "-          Exchange of good practice: a working group meeting in Madrid (spring) on social impact bonds, with %1\n"
                                           "WG meetings in 2020:\n1. WG meeting in Madrid, in June.\n2. Webinar in June.\n")
                                .arg(paragraph);
        QCOMPARE(headingsOfCleaned(raw), (QStringList{QStringLiteral("1 Smart Social Inclusion"), QStringLiteral("1 The work plan for 2020"),
                                                      QStringLiteral("2 Objective 1 - Promoting social economy and private investments in social aims"),
                                                      QStringLiteral("1 WG meetings in 2020")}));
    }

    void seedDocumentsGetTheirHeadings()
    {
        const QString workPlan = seedText(QStringLiteral("000_d86df4eaa83820c7.txt"));
        QVERIFY2(!workPlan.isEmpty(), "the seed documents are not in CITYKB_SEEDS");
        const auto sections = sectionsFromBlocks(splitNumberedHeadings(cleanText(workPlan).text), 100);
        QStringList found;
        for (const ExtractedSection &s : sections)
            found.append(s.headingPath.join(QLatin1String(" > ")));
        QCOMPARE(found, (QStringList{QStringLiteral("Smart Social Inclusion"),
                                     QStringLiteral("The work plan for 2020 > Objective 1 - Promoting social economy and private investments in social aims"),
                                     QStringLiteral("The work plan for 2020 > Objective 2 - Building capacity for cities to deal and benefit of "
                                                    "disruptive technologies in order to enable social change"),
                                     QStringLiteral("The work plan for 2020 > Objective 3 \u2013 Build capacities of the working group on policy "
                                                    "and further development its activity"),
                                     QStringLiteral("WG meetings in 2020")}));
        QVERIFY(sections.last().text.contains(QLatin1String("Zagreb, November")));
        QVERIFY(sections.last().text.contains(QLatin1String("Patricia Couti")));

        QStringList chapters;
        for (const QString &h : headingsOfCleaned(seedText(QStringLiteral("003_8600fe8dca6d8775.txt")))) {
            if (h.startsWith(QLatin1String("1 ")))
                chapters.append(h.mid(2));
        }
        QCOMPARE(chapters, (QStringList{QStringLiteral("Executive summary"), QStringLiteral("Introduction"),
                                        QStringLiteral("The added value of the European Active Inclusion Strategy"),
                                        QStringLiteral("The role of cities in implementing the European Active Inclusion Strategy"),
                                        QStringLiteral("Success factors for active inclusion initiatives"),
                                        QStringLiteral("Challenges to implementing active inclusion policies"),
                                        QStringLiteral("Conclusions and policy recommendations")}));

        // The news item and the call are one piece of text each; the news item's headline heads it.
        QCOMPARE(headingsOfCleaned(seedText(QStringLiteral("001_0aeac98cd8d5014d.txt"))),
                 QStringList{QStringLiteral("1 SIC Conference on Social Innovation in Cities and Regions")});
        QCOMPARE(headingsOfCleaned(seedText(QStringLiteral("004_3aeda420b948b059.txt"))), QStringList());
    }

    void pagesAreCountedFromPageMarks()
    {
        const QString text = QStringLiteral("Title page\n\n\f\n\n1 Introduction\n\nFirst.\n\n\f\n\nStill first.\n\n2 Results\n\nSecond.");
        const auto sections = sectionsFromBlocks(splitNumberedHeadings(text), 100);
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0).page, 1);
        QCOMPARE(sections.at(1).page, 2);
        QCOMPARE(sections.at(1).text, QStringLiteral("First.\n\nStill first."));
        QCOMPARE(sections.at(2).page, 3);
        QCOMPARE(splitNumberedHeadings(QStringLiteral("No pages here.")).value(0).page, 0);
    }

    void outlineSplitsAtTheTitlesOnTheirPages()
    {
        const QString text = QStringLiteral("Cover text\n\n\f\n\nIntroduction\n\nWhy cities network.\n\nMethods used\n\nInterviews.\n\n\f\n\n"
                                            "Findings on page three.");
        const QList<OutlineEntry> outline{{1, QStringLiteral("Introduction"), 2},
                                          {2, QStringLiteral("Methods used"), 2},
                                          {1, QStringLiteral("Results"), 3}}; // not in the text: its page starts it
        const auto sections = sectionsFromBlocks(splitAtOutline(text, outline), 100);
        QCOMPARE(paths(sections), (QList<QStringList>{{}, {QStringLiteral("Introduction")},
                                                      {QStringLiteral("Introduction"), QStringLiteral("Methods used")},
                                                      {QStringLiteral("Results")}}));
        QCOMPARE(sections.at(0).text, QStringLiteral("Cover text"));
        QCOMPARE(sections.at(1).text, QStringLiteral("Why cities network."));
        QCOMPARE(sections.at(1).page, 2);
        QCOMPARE(sections.at(2).text, QStringLiteral("Interviews."));
        QCOMPARE(sections.at(3).text, QStringLiteral("Findings on page three."));
        QCOMPARE(sections.at(3).page, 3);
    }

    void headingLevelsFormPaths()
    {
        const QList<DocumentBlock> blocks{{1, QStringLiteral("Report"), 0},  {0, QStringLiteral("intro"), 0},
                                          {2, QStringLiteral("Part A"), 0},  {3, QStringLiteral("A.1"), 0},
                                          {0, QStringLiteral("a1 text"), 0}, {2, QStringLiteral("Part B"), 0},
                                          {0, QStringLiteral("b text"), 0},  {4, QStringLiteral("Deep"), 0},
                                          {0, QStringLiteral("deep text"), 0}};
        const auto sections = sectionsFromBlocks(blocks, 100);
        QCOMPARE(paths(sections), (QList<QStringList>{{QStringLiteral("Report")},
                                                      {QStringLiteral("Report"), QStringLiteral("Part A"), QStringLiteral("A.1")},
                                                      {QStringLiteral("Report"), QStringLiteral("Part B")},
                                                      {QStringLiteral("Report"), QStringLiteral("Part B"), QStringLiteral("Deep")}}));
    }

    void sectionsStopAtTheLimitAndKeepTheText()
    {
        QList<DocumentBlock> blocks;
        for (int i = 1; i <= 10; ++i) {
            blocks.append({1, QStringLiteral("Heading %1").arg(i), 0});
            blocks.append({0, QStringLiteral("text %1").arg(i), 0});
        }
        const auto sections = sectionsFromBlocks(blocks, 3);
        QCOMPARE(sections.size(), 3);
        QVERIFY(sections.last().text.contains(QLatin1String("Heading 10")));
        QVERIFY(sections.last().text.contains(QLatin1String("text 10")));
    }
};

QTEST_GUILESS_MAIN(TestSectionSplitter)
#include "tst_sectionsplitter.moc"
