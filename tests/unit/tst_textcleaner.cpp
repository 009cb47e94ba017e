// The cleaning that extracted text needs before it is split and indexed.

#include "ingest/textcleaner.h"

#include <QtTest>

using namespace citykb::ingest;

namespace {

// A hard-wrapped paragraph as PDF extraction gives it: lines of about 90 characters.
const QString wrapped = QStringLiteral(
    "Identifying and disseminating best practice on how to involve the most vulnerable people in\n"
    "society and employment has inspired the municipalities taking part in the partnership. From\n"
    "initiatives that help older people feel safe in their communities, to providing parenting\n"
    "skills to disadvantaged families, through to peer mentoring for secondary school pupils of\n"
    "migrant origin, city authorities have designed and implemented a wide range of solutions.\n");

} // namespace

class TestTextCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsLinesBrokenMidSentence()
    {
        const QString text = cleanText(wrapped).text;
        QCOMPARE(text.count(QLatin1Char('\n')), 0);
        QVERIFY(text.contains(QLatin1String("vulnerable people in society and employment")));
        QVERIFY(text.contains(QLatin1String("parenting skills to disadvantaged")));
        QVERIFY(text.endsWith(QLatin1String("range of solutions.")));
    }

    void joinsAShortLineWhenTheSentenceGoesOnInLowerCase()
    {
        QCOMPARE(cleanText(QStringLiteral("The city council\nprovides housing.")).text,
                 QStringLiteral("The city council provides housing."));
    }

    void keepsShortLinesThatEndOnTheirOwn()
    {
        const QString contact = QStringLiteral("Mart Grisel, Director at the EUKN\nSchenkkade 50\n2595 AR The Hague\nThe Netherlands");
        QCOMPARE(cleanText(contact).text, contact);
    }

    void joinsASentenceAcrossABlankLine()
    {
        const QString text = wrapped + QStringLiteral("Bristol, Kirklees, Plymouth and Portsmouth each received grants to fund new initiatives that\n\n"
                                                      "mobilise citizens to make a difference.\n");
        QVERIFY(cleanText(text).text.contains(QLatin1String("initiatives that mobilise citizens")));
    }

    void undoesHyphenationAtLineEnds()
    {
        QCOMPARE(cleanText(QStringLiteral("The partnership promotes social inclu-\nsion in ten cities.")).text,
                 QStringLiteral("The partnership promotes social inclusion in ten cities."));
        // A word the document writes with a hyphen keeps it; so does a compound before a name.
        QCOMPARE(cleanText(QStringLiteral("They need long-term care and long-\nterm jobs.")).text,
                 QStringLiteral("They need long-term care and long-term jobs."));
        QCOMPARE(cleanText(QStringLiteral("Ten cities were involved: Krakow, Lille Metropole-\nRoubaix and Sofia.")).text,
                 QStringLiteral("Ten cities were involved: Krakow, Lille Metropole-Roubaix and Sofia."));
        // A word written joined elsewhere in the document loses the hyphen.
        QCOMPARE(cleanText(QStringLiteral("Cities cooperate. They co-\noperate again.")).text,
                 QStringLiteral("Cities cooperate. They cooperate again."));
        // Words outside ASCII and in capitals elsewhere count alike.
        QCOMPARE(cleanText(QStringLiteral("L’ÉCO-QUARTIER de Lyon est un éco-\nquartier modèle.")).text,
                 QStringLiteral("L’ÉCO-QUARTIER de Lyon est un éco-quartier modèle."));
        QCOMPARE(cleanText(QStringLiteral("Die groß-städtische Lage und die groß-\nstädtische Verwaltung.")).text,
                 QStringLiteral("Die groß-städtische Lage und die groß-städtische Verwaltung."));
    }

    void dropsBulletGlyphsAndKeepsItemsOnTheirOwnLines()
    {
        const QString text = QStringLiteral("The main challenges are:\n\u2022 financial constraints\n\uF0B7 new groups at risk\n"
                                            "  \u25AA a lack of coordination\n-          exchange of good practice");
        QCOMPARE(cleanText(text).text, QStringLiteral("The main challenges are:\nfinancial constraints\nnew groups at risk\n"
                                                      "a lack of coordination\nexchange of good practice"));
    }

    void takesIndentedLowerCaseLinesForItemsWhoseBulletWasLost()
    {
        const QString text = wrapped + QStringLiteral("\nThe factors for success are:\n    coordinating policies and services\n"
                                                      "    focusing on area-based initiatives\n    promoting social innovation\n");
        const QString out = cleanText(text).text;
        QVERIFY(out.contains(QLatin1String("are:\ncoordinating policies and services\nfocusing on area-based initiatives\npromoting social innovation")));
    }

    void removesRunningHeadersFootersAndPageNumbersOfPages()
    {
        const QStringList bodies{QStringLiteral("Bologna awarded a contract to a social farm."),
                                 QStringLiteral("Stockholm runs Jobbtorg for young people."),
                                 QStringLiteral("Sofia assists people to live independently."),
                                 QStringLiteral("Rotterdam South runs until 2030.")};
        QString text;
        for (int page = 1; page <= 4; ++page) {
            if (page > 1)
                text += QLatin1Char('\f');
            text += QStringLiteral("Cities for Active Inclusion 2013\n\n%1\n\n%2\n").arg(bodies.at(page - 1)).arg(page);
        }
        const CleanedText cleaned = cleanText(text);
        QVERIFY(!cleaned.text.contains(QLatin1String("Cities for Active Inclusion")));
        for (const QString &body : bodies)
            QVERIFY(cleaned.text.contains(body));
        QCOMPARE(cleaned.text.count(QLatin1Char('\f')), 3);
        static const QRegularExpression loneNumber(QStringLiteral(R"(^\d+$)"), QRegularExpression::MultilineOption);
        QVERIFY(!cleaned.text.contains(loneNumber));
        QCOMPARE(cleaned.runningLines, QStringList{QStringLiteral("Cities for Active Inclusion 2013")});
    }

    void removesLabelledPageNumbers()
    {
        const QString text = QStringLiteral("First page text.\n\nPage 1 of 2\fSecond page text.\n\n- 2 -");
        const QString out = cleanText(text).text;
        QVERIFY(!out.contains(QLatin1String("Page 1")));
        QVERIFY(!out.contains(QLatin1String("- 2 -")));
        QVERIFY(out.contains(QLatin1String("Second page text.")));
    }

    void removesRunningFootersOfTextWithoutPageBreaks()
    {
        // As in seed 003: the footer kept its page number, once glued to it.
        const QString text = QStringLiteral("The Jobbtorg centres host pilot projects.\n\n"
                                            "7Cities for Active Inclusion: investing in an inclusive society\n\n"
                                            "Stockholm runs Jobbtorg.\n\n"
                                            "16 Cities for Active Inclusion: investing in an inclusive society\n\n"
                                            "Rotterdam South runs until 2030.");
        const CleanedText cleaned = cleanText(text);
        QVERIFY(!cleaned.text.contains(QLatin1String("investing in an inclusive society")));
        QVERIFY(cleaned.text.contains(QLatin1String("Rotterdam South runs until 2030.")));
        QCOMPARE(cleaned.runningLines.value(0), QStringLiteral("Cities for Active Inclusion: investing in an inclusive society"));
    }

    void keepsRepeatedLinesWhoseNumberDoesNotRise()
    {
        // The same question in each filled-in questionnaire (seed 002) is content, not a footer.
        const QString question = QStringLiteral("1. Your name and contact details (e-mail, phone):");
        const QString text = question + QStringLiteral("\n\nAnna\n\n") + question + QStringLiteral("\n\nBert\n\n") + question;
        QCOMPARE(cleanText(text).text.count(question), 3);
    }

    void collapsesBlankLinesAndSpaces()
    {
        QCOMPARE(cleanText(QStringLiteral("First.\n\n\n\n\nSecond   has\t\tspaces.\n\n\n")).text,
                 QStringLiteral("First.\n\nSecond has spaces."));
    }

    void dropsNavigationLines()
    {
        QCOMPARE(cleanText(QStringLiteral("Back to top\n\nSIC Conference on Social Innovation\n\nSkip to content")).text,
                 QStringLiteral("SIC Conference on Social Innovation"));
    }

    void stripsMarkdownEmphasisAndLinks()
    {
        QCOMPARE(cleanText(QStringLiteral("How to promote the \u2018*people helping people*\u2019 approach?")).text,
                 QStringLiteral("How to promote the \u2018people helping people\u2019 approach?"));
        QCOMPARE(cleanText(QStringLiteral("Tested in the [WeEindhoven](#) model, see <https://urbact.eu/change>.")).text,
                 QStringLiteral("Tested in the WeEindhoven model, see https://urbact.eu/change."));
        QCOMPARE(cleanText(QStringLiteral("- **Knowledge:** the network brings knowledge together.")).text,
                 QStringLiteral("Knowledge: the network brings knowledge together."));
        QCOMPARE(cleanText(QStringLiteral("3 * 4 = 12 and 5 * 6 = 30.")).text, QStringLiteral("3 * 4 = 12 and 5 * 6 = 30."));
    }

    void keepsTableOfContentsEntriesApart()
    {
        const QString text = QStringLiteral("TABLE OF CONTENT\n\n1. WHY we CHECKED European networks\t2\n"
                                            "1.1. Introduction.....\t2\n2.4 European Urban Knowledge Network (EUKN)\t12\n"
                                            "2.5 CITYMART .......... 13");
        QCOMPARE(cleanText(text).text, QStringLiteral("TABLE OF CONTENT\n\n1. WHY we CHECKED European networks\t2\n"
                                                      "1.1. Introduction\t2\n2.4 European Urban Knowledge Network (EUKN)\t12\n"
                                                      "2.5 CITYMART\t13"));
    }

    void joinsASentenceAcrossAPageBreakAndMarksThePageAfterIt()
    {
        const QString text = wrapped + QStringLiteral("City authorities, if engaged and resourced, will make a critical\f"
                                                      "contribution to implementing the Social Investment Package.\n\nNext paragraph.");
        const QString out = cleanText(text).text;
        QVERIFY(out.contains(QLatin1String("a critical contribution to implementing")));
        QVERIFY(out.endsWith(QLatin1String("Investment Package.\n\n\f\n\nNext paragraph.")));
    }

    void removesControlCharactersAndOddSpaces()
    {
        QCOMPARE(cleanText(QStringLiteral("a\u00A0b\u0007c\u200Bd\r\ne\u00ADf")).text, QStringLiteral("a bcd ef"));
        QCOMPARE(cleanParagraph(QStringLiteral("  \u2022  One\u00A0item \n\n second\tline ")), QStringLiteral("One item\nsecond line"));
    }

    void survivesAwkwardInput()
    {
        QCOMPARE(cleanText(QString()).text, QString());
        QCOMPARE(cleanText(QStringLiteral("\f\f\f")).text, QStringLiteral("\f\n\n\f\n\n\f"));
        QCOMPARE(cleanText(QStringLiteral("-\n-\n\u2022\n*")).text, QStringLiteral("-\n-\n\n*"));
        const QString lone = QString(1, QChar(0xD800)) + QStringLiteral("x-\n");
        QVERIFY(!cleanText(lone).text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "tst_textcleaner.moc"
