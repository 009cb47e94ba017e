// Sections from numbered headings, from a PDF outline and from heading blocks.

#include "ingest/sectionsplitter.h"

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
