// The personal-data filter: phone numbers as people in European countries write them and
// e-mail addresses (Unicode ones too) are withheld, figures that look like numbers are kept.
#include "core/personaldata.h"

#include <QJsonArray>
#include <QTest>

using namespace citykb;

class TestPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phonesAreWithheld_data()
    {
        QTest::addColumn<QString>("number");
        const char *const numbers[][2] = {
            {"GB London", "020 7946 0958"},
            {"GB mobile", "07700 900123"},
            {"GB international", "+44 20 7946 0958"},
            {"GB international with (0)", "+44 (0)20 7946 0958"},
            {"GB bracketed area code", "(0161) 496 0000"},
            {"IE Dublin", "01 234 5678"},
            {"IE mobile", "087 123 4567"},
            {"NL mobile", "0612345678"},
            {"NL mobile dashed", "06-1234-5678"},
            {"NL Amsterdam", "020-1234567"},
            {"NL international", "+31 650252939"},
            {"NL international grouped", "+31 644 199 675"},
            {"BE Brussels international", "+32 2 503 25 30"},
            {"BE Brussels", "02 503 25 30"},
            {"BE mobile with slash and dots", "0475/12.34.56"},
            {"FR Paris", "01 23 45 67 89"},
            {"FR mobile with dots", "06.12.34.56.78"},
            {"FR international with (0)", "+33 (0)6 12 34 56 78"},
            {"DE mobile with slash", "0171/1234567"},
            {"DE Berlin", "030 12345678"},
            {"DE international", "+49 30 1234567"},
            {"DE bracketed area code", "(030) 1234567"},
            {"DE from abroad with 00", "0049 171 1234567"},
            {"AT mobile", "0664 1234567"},
            {"AT Vienna international", "+43 1 58801 0"},
            {"IT Rome", "06 1234 5678"},
            {"IT Milan", "02 1234567"},
            {"IT mobile", "347 123 4567"},
            {"IT mobile ungrouped", "3471234567"},
            {"ES from abroad with 00", "0034 637499339"},
            {"ES bracketed country code", "(34) 675 782 411"},
            {"ES Madrid in threes", "912 345 678"},
            {"ES mobile", "612 34 56 78"},
            {"ES international", "+34 91 123 45 67"},
            {"PT Lisbon", "+351 21 123 4567"},
            {"PT Lisbon in threes", "213 456 789"},
            {"DK Copenhagen", "33 12 34 56"},
            {"DK international", "+45 33 12 34 56"},
            {"SE Stockholm", "08-123 456 78"},
            {"SE mobile", "070-123 45 67"},
            {"FI Helsinki", "09 1234 5678"},
            {"FI mobile", "040 123 4567"},
            {"PL Krakow international", "+48 12 345 67 89"},
            {"PL mobile", "601 234 567"},
            {"CZ international", "+420 212 345 678"},
            {"GR Athens", "210 123 4567"},
            {"HU Budapest with trunk 06", "06 1 234 5678"},
            {"RO international", "+40 21 123 4567"},
            {"HR Zagreb", "01 2345 678"},
            {"SI Ljubljana international", "+386 1 234 56 78"},
        };
        for (const auto &[name, number] : numbers)
            QTest::newRow(name) << QString::fromUtf8(number);
    }

    void phonesAreWithheld()
    {
        QFETCH(QString, number);
        PersonalDataFilter filter;
        QCOMPARE(filter.filterText(QStringLiteral("Call %1 today.").arg(number)), QStringLiteral("Call [phone withheld] today."));
        QCOMPARE(filter.filterText(QStringLiteral("Tel.: %1").arg(number)), QStringLiteral("Tel.: [phone withheld]"));
        QCOMPARE(filter.filterText(QStringLiteral("(%1)").arg(number), PersonalDataFilter::Replacement::Blank).contains(number), false);
    }

    void emailsAreWithheld_data()
    {
        QTest::addColumn<QString>("address");
        const char *const addresses[][2] = {
            {"plain", "richard.tuffs@errin.eu"},
            {"capitals", "Director@enoll.org"},
            {"plus and digits", "a.b+news2020@city-of-york.gov.uk"},
            {"apostrophe", "mary.o'brien@dublincity.ie"},
            {"German umlauts", "müller@münchen.de"},
            {"German umlauts everywhere", "jürgen.schäfer@stadt-köln.de"},
            {"French accents", "françois.dupont@ville-lyon.fr"},
            {"Polish", "łukasz.wiśniewski@um.warszawa.pl"},
            {"Bulgarian Cyrillic", "иван@пример.бг"},
            {"Greek", "ελένη@δήμος.ελ"},
            {"punycode domain", "info@xn--mnchen-3ya.de"},
            {"decomposed accents", "jose\xcc\x81@ayuntamiento.es"},
            {"at in brackets", "name [at] city.eu"},
            {"at in parentheses", "info(at)eurocities.eu"},
            {"at and dot in brackets", "office [at] city [dot] eu"},
            {"full-width at", "contact\xef\xbc\xa0" "city.eu"},
        };
        for (const auto &[name, address] : addresses)
            QTest::newRow(name) << QString::fromUtf8(address);
    }

    void emailsAreWithheld()
    {
        QFETCH(QString, address);
        PersonalDataFilter filter;
        QCOMPARE(filter.filterText(QStringLiteral("Write to %1, please.").arg(address)),
                 QStringLiteral("Write to [e-mail withheld], please."));
        QCOMPARE(filter.filterText(QStringLiteral("E-mail: %1.").arg(address)), QStringLiteral("E-mail: [e-mail withheld]."));
    }

    // Figures, dates, identifiers: nothing personal, nothing withheld.
    void figuresAreKept_data()
    {
        QTest::addColumn<QString>("text");
        const char *const texts[][2] = {
            {"year", "Founded in 2011."},
            {"span of years", "The programme runs 2014-2020."},
            {"span of years with an en dash", "Funded 2014\xe2\x80\x93" "2020 by the ERDF."},
            {"span of years with spaces", "From 2011 - 2012 on."},
            {"bracketed year and span", "For the period (2014) 2015-2020."},
            {"list of years", "Reports of 2011 2012 2013 2014."},
            {"ISO date", "Signed on 2018-05-03."},
            {"European date", "Signed on 03.05.2018."},
            {"date with slashes", "Signed on 03/05/2018."},
            {"compact date", "Release 20180503."},
            {"students", "1,153 students took part."},
            {"price", "A ticket costs 3.13 EUR."},
            {"percentage", "58% moved up a year."},
            {"population with spaces", "A population of 1 350 000."},
            {"ten million with spaces", "About 12 500 000 visitors."},
            {"billion with spaces", "A budget of EUR 2 000 000 000 in all."},
            {"billion with dots", "1.000.000.000 in all."},
            {"amount with commas", "Grants of 12,500,000 in total."},
            {"amount with decimals", "Spent 1 234 567,50 EUR."},
            {"EU population in threes", "The EU has 447 706 209 inhabitants."},
            {"euros in threes", "Costs of \xe2\x82\xac 612 345 678 so far."},
            {"table row", "Members per year: 1 200 1 350 1 420 1 510 1 600"},
            {"ISBN", "ISBN 978-92-79-12345-6"},
            {"regulation number", "Regulation (EU) 2016/679 applies."},
            {"tonnes", "CO2 down by 40 000 tonnes."},
            {"decimal", "A ratio of 12345678.50 was reached."},
            {"version", "Version 2.13.1 of the tool."},
            {"times", "Open 10:30-12:00 and 14:00-18:00."},
            {"pages", "See pages 12-14 and 120-140."},
            {"grants in a list", "Grants of 180,000 and 100 800, +5% in 2011 - 2012; 1 153 students"},
            {"word glued to digits", "Project H2020123456789 started."},
            {"grant number", "Grant agreement No 101036594 under Horizon 2020."},
            {"IBAN", "IBAN DE89 3704 0044 0532 0130 00"},
            {"path of a web address", "See www.bologna.it/12345678 for more."},
            {"round figure in threes", "600 000 000"},
            {"figure in threes", "A total of 123 456 789 was spent."},
            {"eight digits", "Some 12345678 items were sold."},
            {"numbers of EU acts", "Decision 2019/1234/EU and Regulation 1303/2013 apply."},
            {"list of four-digit figures", "Members: 1200 1300 1400 1500."},
            {"country code before a web address", "Partners in Vienna (AT) www.wien.gv.at since 2012."},
        };
        for (const auto &[name, text] : texts)
            QTest::newRow(name) << QString::fromUtf8(text);
    }

    void figuresAreKept()
    {
        QFETCH(QString, text);
        PersonalDataFilter filter;
        QCOMPARE(filter.filterText(text), text);
        QVERIFY(filter.find(text).isEmpty());
    }

    // Nine digits without "+", "00" or a trunk "0" are a phone number only beside a word for one.
    void numbersWithoutPrefixNeedAWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filtered");
        QTest::newRow("Spanish") << QStringLiteral("Tel. 912 345 678") << QStringLiteral("Tel. [phone withheld]");
        QTest::newRow("Spanish, after No.") << QStringLiteral("Tel. No. 912 345 678") << QStringLiteral("Tel. No. [phone withheld]");
        QTest::newRow("Polish mobile") << QStringLiteral("tel. kom. 601 234 567") << QStringLiteral("tel. kom. [phone withheld]");
        QTest::newRow("Danish") << QStringLiteral("T: 33 12 34 56") << QStringLiteral("T: [phone withheld]");
        QTest::newRow("alone") << QStringLiteral("612 345 678") << QStringLiteral("[phone withheld]");
        QTest::newRow("figure") << QStringLiteral("A total of 912 345 678.") << QStringLiteral("A total of 912 345 678.");
        QTest::newRow("prefixed needs no word") << QStringLiteral("Ask 0612345678.") << QStringLiteral("Ask [phone withheld].");
    }

    void numbersWithoutPrefixNeedAWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, filtered);
        QCOMPARE(PersonalDataFilter().filterText(text), filtered);
    }

    void spansAndReplacements()
    {
        PersonalDataFilter filter;
        const QString text = QStringLiteral("Ask müller@münchen.de or 0171/1234567 (office 020 7946 0958 / 07700 900123).");
        const QList<PersonalDataFilter::Span> spans = filter.find(text);
        QCOMPARE(spans.size(), 4);
        QCOMPARE(text.mid(spans.at(0).start, spans.at(0).length), QStringLiteral("müller@münchen.de"));
        QCOMPARE(spans.at(0).kind, PersonalDataFilter::Kind::Email);
        QCOMPARE(text.mid(spans.at(1).start, spans.at(1).length), QStringLiteral("0171/1234567"));
        QCOMPARE(spans.at(1).kind, PersonalDataFilter::Kind::Phone);
        QCOMPARE(text.mid(spans.at(2).start, spans.at(2).length), QStringLiteral("020 7946 0958"));
        QCOMPARE(text.mid(spans.at(3).start, spans.at(3).length), QStringLiteral("07700 900123"));
        QCOMPARE(filter.filterText(text, PersonalDataFilter::Replacement::Blank), QStringLiteral("Ask   or   (office   /  )."));
        QCOMPARE(filter.filterText(text), QStringLiteral("Ask [e-mail withheld] or [phone withheld] (office [phone withheld] / [phone withheld])."));
    }

    void knownValuesAreWithheld()
    {
        PersonalDataFilter filter;
        // A person's phone field may hold what no pattern takes for a number.
        filter.addKnownValue(QStringLiteral("ext. 4711 at the desk"));
        filter.addKnownValue(QStringLiteral("n/a")); // too short to be worth hunting
        QCOMPARE(filter.filterText(QStringLiteral("Ring EXT. 4711 AT THE DESK, n/a.")), QStringLiteral("Ring [phone withheld], n/a."));
        QCOMPARE(filter.filterText(QStringLiteral("nothing here")), QStringLiteral("nothing here"));
    }

    void recordsLoseTheirPersonalData()
    {
        PersonalDataFilter filter;
        const QJsonObject person{{"key", "a-b"}, {"name", "Jürgen Müller"}, {"email", "müller@münchen.de"},
                                 {"phone", "0171/1234567"}, {"role", "Adviser (06-1234-5678)"}};
        const QJsonObject filtered = filter.filter(RecordType::Person, person);
        QVERIFY(!filtered.contains(QStringLiteral("email")));
        QVERIFY(!filtered.contains(QStringLiteral("phone")));
        QCOMPARE(filtered.value(QStringLiteral("role")).toString(), QStringLiteral("Adviser ([phone withheld])"));
        QCOMPARE(filtered.value(QStringLiteral("name")).toString(), QStringLiteral("Jürgen Müller"));
        const QJsonObject response{{"key", "r"}, {"respondents", QJsonArray{QJsonObject{{"name", "Eva"}, {"contact", "eva@stad.nl, 020-1234567"}}}}};
        QCOMPARE(filter.filter(RecordType::Response, response).value(QStringLiteral("respondents")).toArray().first().toObject()
                     .value(QStringLiteral("contact")).toString(),
                 QStringLiteral("[e-mail withheld], [phone withheld]"));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
