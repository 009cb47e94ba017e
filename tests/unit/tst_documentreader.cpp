// Reading documents of every format into cleaned, sectioned text: made in the test (PDF with
// QPdfWriter or by hand, DOCX and ODT with QuaZip, HTML and encoded text as bytes) and the
// five real seed documents.

#include "ingest/documentreader.h"
#include "ingest/languagedetector.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace citykb;
using namespace citykb::ingest;

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; // ODT wants its mimetype first and uncompressed
};

QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("cannot create a ZIP in memory");
        for (const ZipEntry &e : entries) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name), nullptr, 0, e.stored ? 0 : Z_DEFLATED))
                qFatal("cannot add to a ZIP");
            file.write(e.data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

const QByteArray wordNamespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                                  "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

QByteArray wordParagraph(const QByteArray &style, const QByteArray &text)
{
    const QByteArray properties = style.isEmpty() ? QByteArray() : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return "<w:p>" + properties + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

QByteArray makeDocx(const QByteArray &body)
{
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + wordNamespaces
        + "><w:body>" + body + "</w:body></w:document>";
    // Style IDs in German, as Word writes them on a German system; the names stay English.
    const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + wordNamespaces + ">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"de-DE\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"berschrift1\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Verzeichnis1\"><w:name w:val=\"toc 1\"/></w:style>"
        "</w:styles>";
    const QByteArray core = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
        "<dc:title>Sozialwohnungen in Wien und München</dc:title><dc:creator>Anna Muster</dc:creator>"
        "<dcterms:created>2021-03-04T10:00:00Z</dcterms:created></cp:coreProperties>";
    return makeZip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                    {QStringLiteral("word/document.xml"), document},
                    {QStringLiteral("word/styles.xml"), styles},
                    {QStringLiteral("docProps/core.xml"), core}});
}

QByteArray makeOdt(const QByteArray &text, const QByteArray &meta)
{
    const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        "<office:body><office:text>" + text + "</office:text></office:body></office:document-content>";
    const QByteArray metaXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"><office:meta>" + meta + "</office:meta></office:document-meta>";
    return makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
                    {QStringLiteral("content.xml"), content},
                    {QStringLiteral("meta.xml"), metaXml}});
}

// A three-page report drawn with QPainter: a running header and a page number on each page.
QByteArray makePdf(const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    const QStringList pages[] = {
        {QStringLiteral("1 Introduction"), QStringLiteral("European cities cooperate in networks to share good practice"),
         QStringLiteral("on social inclusion, housing and employment for young people.")},
        {QStringLiteral("2 Methods"), QStringLiteral("The study is based on desk research and interviews with ten"),
         QStringLiteral("networks, among them Eurotowns, ERRIN and EUKN in The Hague.")},
        {QStringLiteral("3 Results"), QStringLiteral("Most networks advise against a new network: the theme is too"),
         QStringLiteral("general. Eskilstuna leads the task team on social inclusion.")},
    };
    int number = 1;
    for (const QStringList &lines : pages) {
        if (number > 1)
            writer.newPage();
        painter.drawText(QPointF(60, 40), QStringLiteral("Annual report of the city networks"));
        qreal y = 120;
        for (const QString &line : lines) {
            painter.drawText(QPointF(60, y), line);
            y += 16;
        }
        painter.drawText(QPointF(290, 800), QString::number(number++));
    }
    painter.end();
    return buffer.data();
}

// A two-page PDF with an outline (bookmarks), written object by object with a correct xref.
QByteArray makePdfWithOutline()
{
    const auto stream = [](const QByteArray &content) -> QByteArray {
        return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    };
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R /Outlines 7 0 R /PageMode /UseOutlines >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 10 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream("BT /F1 12 Tf 72 770 Td (Background of the study) Tj 0 -20 Td (The network was founded in Brussels in 2001.) Tj ET"),
        "<< /Type /Outlines /First 8 0 R /Last 9 0 R /Count 2 >>",
        "<< /Title (Background of the study) /Parent 7 0 R /Next 9 0 R /Dest [3 0 R /XYZ 0 842 0] >>",
        "<< /Title (Findings) /Parent 7 0 R /Prev 8 0 R /Dest [4 0 R /XYZ 0 842 0] >>",
        stream("BT /F1 12 Tf 72 770 Td (Findings) Tj 0 -20 Td (Cities shared good practice in Bologna and Krakow.) Tj ET"),
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Windows-1252 bytes of text (what an old Windows editor saves).
QByteArray windows1252(const QString &text)
{
    static const QHash<char16_t, char> high = {{0x20AC, '\x80'}, {0x201E, '\x84'}, {0x2026, '\x85'}, {0x0160, '\x8A'},
                                               {0x2018, '\x91'}, {0x2019, '\x92'}, {0x201C, '\x93'}, {0x201D, '\x94'},
                                               {0x2013, '\x96'}, {0x2014, '\x97'}, {0x0161, '\x9A'}, {0x017D, '\x8E'}};
    QByteArray out;
    for (const QChar c : text)
        out += high.contains(c.unicode()) ? high.value(c.unicode()) : char(c.toLatin1());
    return out;
}

QString allText(const ExtractedDocument &doc)
{
    QStringList parts;
    for (const ExtractedSection &s : doc.sections)
        parts.append(s.headingPath.join(QLatin1Char('|')) + QLatin1Char('\n') + s.text);
    return parts.join(QLatin1String("\n\n"));
}

const ExtractedSection *sectionEndingWith(const ExtractedDocument &doc, const QString &heading)
{
    for (const ExtractedSection &s : doc.sections) {
        if (!s.headingPath.isEmpty() && s.headingPath.last() == heading)
            return &s;
    }
    return nullptr;
}

QString seedsDir()
{
    const QString fromEnv = qEnvironmentVariable("CITYKB_SEEDS");
    return fromEnv.isEmpty() ? QStringLiteral(CITYKB_TEST_DATA "/../../../shared/seeds") : fromEnv;
}

const QString english = QStringLiteral(
    "European cities cooperate in networks to share good practice on social inclusion. The working group meets twice a "
    "year and invites experts from the member cities to present what they learned. ");

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        const QString sample = QStringLiteral("Caf\u00e9 cr\u00e8me \u00e0 Malm\u00f6 and \u0160ibenik cost 3500 \u20ac \u2018per year\u2019.");
        QTest::newRow("UTF-8") << sample.toUtf8() << sample << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample << QStringLiteral("UTF-8");
        QByteArray le("\xFF\xFE"), be("\xFE\xFF");
        for (const QChar c : sample) {
            le += char(c.unicode() & 0xff);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xff);
        }
        QTest::newRow("UTF-16LE with BOM") << le << sample << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16BE with BOM") << be << sample << QStringLiteral("UTF-16BE");
        const QString cp = QStringLiteral(
            "The fee is 3500 \u20ac per year for \u201ccities\u201d of \u0160ibenik\u2019s size \u2013 the \u2018first\u2019 year is free. "
            "Members meet in \u0160ibenik, Zagreb and Split; travel costs of up to 6000 \u20ac are reimbursed\u2026");
        QTest::newRow("Windows-1252") << windows1252(cp) << cp << QStringLiteral("windows-1252");
        const QString latin1 = QStringLiteral("Le caf\u00e9 de la gare \u00e0 Li\u00e8ge re\u00e7oit des \u00e9l\u00e8ves "
                                              "pendant l'\u00e9t\u00e9, et la cr\u00e8me br\u00fbl\u00e9e est fran\u00e7aise.");
        QTest::newRow("Latin-1") << latin1.toLatin1() << latin1 << QString();
    }

    void textEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const auto doc = readDocumentBytes(bytes, QStringLiteral("note.txt"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("text"));
        QCOMPARE(doc->sections.size(), 1);
        QCOMPARE(doc->sections.first().text, text);
        if (!encoding.isEmpty())
            QCOMPARE(doc->encoding, encoding);
        else // Latin-1 text without 0x80-0x9F is Windows-1252 text too; both names are right
            QVERIFY2(doc->encoding == QLatin1String("ISO-8859-1") || doc->encoding == QLatin1String("windows-1252"), qPrintable(doc->encoding));
    }

    void invalidUtf8NeverCrashes()
    {
        const QByteArray bytes = "Hello \xc3\x28 world \xe2\x82 end \xf0\x9f\x98 more text \xed\xa0\x80 about \xc0\xaf cities.";
        const auto doc = readDocumentBytes(bytes, QStringLiteral("broken.txt"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->sections.first().text.contains(QLatin1String("world")));
        QVERIFY(doc->sections.first().text.contains(QLatin1String("cities.")));
    }

    void languagesAreDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << english << "en";
        QTest::newRow("de") << "Die Stadt baut neue Sozialwohnungen für Familien mit geringem Einkommen. Die Gemeinde finanziert den Bau mit Mitteln des Landes und des Bundes." << "de";
        QTest::newRow("fr") << "Les villes européennes coopèrent dans des réseaux pour partager leurs bonnes pratiques. Les rencontres ont lieu deux fois par an." << "fr";
        QTest::newRow("es") << "Las ciudades europeas cooperan en redes para compartir buenas prácticas de inclusión social. El grupo se reúne dos veces al año." << "es";
        QTest::newRow("it") << "Le città europee collaborano in reti per condividere buone pratiche di inclusione sociale. Il gruppo si riunisce due volte all'anno." << "it";
        QTest::newRow("nl") << "Europese steden werken samen in netwerken om goede praktijken van sociale inclusie te delen. De groep komt twee keer per jaar bijeen." << "nl";
        QTest::newRow("pt") << "As cidades europeias cooperam em redes para partilhar boas práticas de inclusão social. O grupo reúne-se duas vezes por ano." << "pt";
        QTest::newRow("sv") << "Europeiska städer samarbetar i nätverk för att dela goda exempel på social inkludering. Gruppen träffas två gånger om året." << "sv";
        QTest::newRow("da") << "Europæiske byer samarbejder i netværk for at dele gode eksempler på social inklusion. Gruppen mødes to gange om året." << "da";
        QTest::newRow("fi") << "Euroopan kaupungit tekevät yhteistyötä verkostoissa jakaakseen hyviä käytäntöjä sosiaalisesta osallisuudesta. Ryhmä kokoontuu kahdesti vuodessa." << "fi";
        QTest::newRow("hu") << "Az európai városok hálózatokban működnek együtt, hogy megosszák a társadalmi befogadás jó gyakorlatait. A csoport évente kétszer ülésezik." << "hu";
        QTest::newRow("ro") << "Orașele europene cooperează în rețele pentru a împărtăși bune practici de incluziune socială. Grupul se întrunește de două ori pe an." << "ro";
        QTest::newRow("too short") << "Bologna" << "";
    }

    void languagesAreDetected()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(detectLanguage(text), language);
    }

    // Of a long text only pieces are read: they must reach its end, and the language of most of
    // the text wins over the one it starts in.
    void longTextsAreSampledThroughout()
    {
        const QString german = QStringLiteral("Die Stadt baut neue Sozialwohnungen für Familien mit geringem Einkommen. "
                                              "Die Gemeinde finanziert den Bau mit Mitteln des Landes und des Bundes.\n");
        QString figures;
        for (int i = 0; figures.size() < 40000; ++i)
            figures += QStringLiteral("%1 %2 %3\n").arg(i).arg(i * 7 % 1000).arg(i * 13 % 997);
        QCOMPARE(detectLanguage(figures + german.repeated(20)), QStringLiteral("de"));
        QCOMPARE(detectLanguage(english.repeated(40) + german.repeated(300)), QStringLiteral("de"));
    }

    void markdownHeadingsMakeSections()
    {
        const QByteArray md = "# Social housing in Vienna\n\n" + english.toUtf8()
            + "\n\n## Funding\n\nThe city **funds** [housing](https://example.org) from its own budget.\n\n- item one\n- item two\n\n"
              "### Details\n\n```\nrent = 7.5 EUR/m2\n```\n\n## Results\n\nTwo thousand flats were built.\n";
        const auto doc = readDocumentBytes(md, QStringLiteral("plan.md"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("markdown"));
        QCOMPARE(doc->title, QStringLiteral("Social housing in Vienna"));
        QCOMPARE(doc->language, QStringLiteral("en"));
        QCOMPARE(doc->sections.size(), 4);
        QCOMPARE(doc->sections.at(1).headingPath, (QStringList{QStringLiteral("Social housing in Vienna"), QStringLiteral("Funding")}));
        QCOMPARE(doc->sections.at(1).text, QStringLiteral("The city funds housing from its own budget.\n\nitem one\n\nitem two"));
        QCOMPARE(doc->sections.at(2).headingPath.last(), QStringLiteral("Details"));
        QCOMPARE(doc->sections.at(2).text, QStringLiteral("rent = 7.5 EUR/m2"));
        QCOMPARE(doc->sections.at(3).headingPath, (QStringList{QStringLiteral("Social housing in Vienna"), QStringLiteral("Results")}));
        // Told by content as well: a .txt whose first line is a # heading.
        QCOMPARE(readDocumentBytes(md, QStringLiteral("plan.txt"))->format, QStringLiteral("markdown"));
    }

    void htmlDropsChromeAndKeepsHeadings()
    {
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Rapport sur les villes</title>"
            "<meta name=\"author\" content=\"Claire Martin\"><meta name=\"date\" content=\"2020-06-01\">"
            "<style>body { color: red }</style><script>var secret = 'script text';</script></head><body>"
            "<header><nav>Accueil | Contact</nav><p>Banni\u00e8re du site</p></header><aside>Publicit\u00e9</aside>"
            "<main><article><header><h1>Les villes europ\u00e9ennes</h1></header>"
            "<p>Les villes europ\u00e9ennes coop\u00e8rent dans des r\u00e9seaux pour partager leurs bonnes pratiques "
            "d'inclusion sociale. Les rencontres ont lieu deux fois par an dans une ville membre.</p>"
            "<h2>Logement social</h2><p>Le logement social est une priorit\u00e9 des villes.<br>Deuxi\u00e8me ligne</p>"
            "<ul><li>Vienne</li><li>Munich</li></ul><h3>Financement</h3><p>La cotisation est de 3500 \u20ac par an.</p>"
            "<div hidden>Cach\u00e9</div><p aria-hidden=\"true\">Invisible</p><div role=\"navigation\">Menu</div>"
            "</article></main><footer>\u00a9 2020 Mentions l\u00e9gales</footer><script>document.write('late')</script>"
            "</body></html>");
        const auto doc = readDocumentBytes(windows1252(html), QStringLiteral("page.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("html"));
        QCOMPARE(doc->title, QStringLiteral("Rapport sur les villes"));
        QCOMPARE(doc->author, QStringLiteral("Claire Martin"));
        QCOMPARE(doc->date, QStringLiteral("2020-06-01"));
        QCOMPARE(doc->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(doc->language, QStringLiteral("fr"));
        QCOMPARE(doc->sections.size(), 3);
        QCOMPARE(doc->sections.at(0).headingPath, QStringList{QStringLiteral("Les villes europ\u00e9ennes")});
        QVERIFY(doc->sections.at(0).text.startsWith(QStringLiteral("Les villes europ\u00e9ennes coop\u00e8rent")));
        QCOMPARE(doc->sections.at(1).headingPath.last(), QStringLiteral("Logement social"));
        QCOMPARE(doc->sections.at(1).text,
                 QStringLiteral("Le logement social est une priorit\u00e9 des villes.\nDeuxi\u00e8me ligne\n\nVienne\n\nMunich"));
        QCOMPARE(doc->sections.at(2).headingPath,
                 (QStringList{QStringLiteral("Les villes europ\u00e9ennes"), QStringLiteral("Logement social"), QStringLiteral("Financement")}));
        QCOMPARE(doc->sections.at(2).text, QStringLiteral("La cotisation est de 3500 \u20ac par an."));
        const QString all = allText(doc.value());
        for (const char *gone : {"script text", "Accueil", "Banni", "Publicit", "Cach", "Invisible", "Menu", "Mentions", "late", "color"})
            QVERIFY2(!all.contains(QLatin1String(gone)), gone);
    }

    void pdfTextPagesMetadataAndNumberedHeadings()
    {
        const QByteArray pdf = makePdf(QStringLiteral("Annual report 2019"));
        const auto doc = readDocumentBytes(pdf, QStringLiteral("report.pdf"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("pdf"));
        QCOMPARE(doc->title, QStringLiteral("Annual report 2019"));
        QCOMPARE(doc->pages, 3);
        QCOMPARE(doc->language, QStringLiteral("en"));
        QCOMPARE(doc->sections.size(), 3);
        const QStringList headings{QStringLiteral("1 Introduction"), QStringLiteral("2 Methods"), QStringLiteral("3 Results")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(doc->sections.at(i).headingPath, QStringList{headings.at(i)});
            QCOMPARE(doc->sections.at(i).page, i + 1);
        }
        QCOMPARE(doc->sections.at(1).text, QStringLiteral("The study is based on desk research and interviews with ten networks, "
                                                          "among them Eurotowns, ERRIN and EUKN in The Hague."));
        const QString all = allText(doc.value());
        QVERIFY(!all.contains(QLatin1String("Annual report of the city networks")));
        static const QRegularExpression loneNumber(QStringLiteral(R"(^\d+$)"), QRegularExpression::MultilineOption);
        QVERIFY(!all.contains(loneNumber));
        QCOMPARE(doc->checksum, QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    }

    void pdfWithoutTitleTakesItsRunningHeader()
    {
        const auto doc = readDocumentBytes(makePdf(QString()), QStringLiteral("report.pdf"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->title, QStringLiteral("Annual report of the city networks"));
    }

    void pdfOutlineMakesSections()
    {
        const auto doc = readDocumentBytes(makePdfWithOutline(), QStringLiteral("outline.pdf"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->pages, 2);
        QCOMPARE(doc->sections.size(), 2);
        QCOMPARE(doc->sections.at(0).headingPath, QStringList{QStringLiteral("Background of the study")});
        QCOMPARE(doc->sections.at(0).text, QStringLiteral("The network was founded in Brussels in 2001."));
        QCOMPARE(doc->sections.at(0).page, 1);
        QCOMPARE(doc->sections.at(1).headingPath, QStringList{QStringLiteral("Findings")});
        QCOMPARE(doc->sections.at(1).text, QStringLiteral("Cities shared good practice in Bologna and Krakow."));
        QCOMPARE(doc->sections.at(1).page, 2);
        QCOMPARE(doc->title, QStringLiteral("Background of the study"));
    }

    void pdfProtectedOrDamagedIsRefused()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makePdf(QStringLiteral("Secret report")));
        f.close();
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        QVERIFY2(!qpdf.isEmpty(), "qpdf is missing: run scripts/deps.sh");
        QCOMPARE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("user-secret"), QStringLiteral("owner-secret"),
                                          QStringLiteral("256"), QStringLiteral("--"), plain, locked}),
                 0);
        const auto protectedDoc = readDocument(locked);
        QVERIFY(!protectedDoc.ok());
        QCOMPARE(protectedDoc.error(), locked + QStringLiteral(" is protected by a password; remove the protection and import it again."));

        const auto garbage = readDocumentBytes(QByteArray("%PDF-1.7\n") + QByteArray(3000, 'x'), QStringLiteral("broken.pdf"));
        QVERIFY(!garbage.ok());
        QVERIFY2(garbage.error().startsWith(QLatin1String("broken.pdf is a damaged PDF")), qPrintable(garbage.error()));
        const auto truncated = readDocumentBytes(makePdf(QStringLiteral("x")).left(300), QStringLiteral("cut.pdf"));
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().startsWith(QLatin1String("cut.pdf is a damaged PDF")), qPrintable(truncated.error()));
    }

    void docxStylesMetadataAndText()
    {
        const QByteArray german = "Die Stadt baut neue Sozialwohnungen für Familien mit geringem Einkommen, und die Gemeinde "
                                  "verwaltet sie gemeinsam mit den Genossenschaften der Stadt.";
        const QByteArray body = wordParagraph("Titel", "Sozialer Wohnungsbau in Europa")
            + wordParagraph("Verzeichnis1", "1 Einleitung 3")
            + wordParagraph("berschrift1", "1 Einleitung")
            + "<w:p><w:r><w:t xml:space=\"preserve\">" + german + " Sie bauen </w:t></w:r><w:r><w:tab/><w:t>weiter.</w:t></w:r></w:p>"
            + wordParagraph("berschrift2", "1.1 Finanzierung")
            + "<w:p><w:r><w:t>Die Gemeinde finanziert</w:t></w:r><w:r><w:delText>gelöscht</w:delText></w:r>"
              "<w:r><w:t xml:space=\"preserve\"> den Bau mit Mitteln des Landes.</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>2 Ergebnisse</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Wien</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>München</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>Textfeld Inhalt</w:t></w:r></w:p>"
              "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Textfeld Inhalt</w:t></w:r></w:p>"
              "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Mehr über Wohnungen.</w:t></w:r></w:p>";
        const auto doc = readDocumentBytes(makeDocx(body), QStringLiteral("wohnen.docx"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("docx"));
        QCOMPARE(doc->title, QStringLiteral("Sozialwohnungen in Wien und München"));
        QCOMPARE(doc->author, QStringLiteral("Anna Muster"));
        QCOMPARE(doc->date, QStringLiteral("2021-03-04"));
        QCOMPARE(doc->language, QStringLiteral("de"));
        QCOMPARE(doc->sections.size(), 4);
        QCOMPARE(doc->sections.at(0).headingPath, QStringList());
        QCOMPARE(doc->sections.at(0).text, QStringLiteral("Sozialer Wohnungsbau in Europa"));
        QCOMPARE(doc->sections.at(1).headingPath, QStringList{QStringLiteral("1 Einleitung")});
        QCOMPARE(doc->sections.at(1).text, QString::fromUtf8(german) + QStringLiteral(" Sie bauen weiter."));
        QCOMPARE(doc->sections.at(2).headingPath, (QStringList{QStringLiteral("1 Einleitung"), QStringLiteral("1.1 Finanzierung")}));
        QCOMPARE(doc->sections.at(2).text, QStringLiteral("Die Gemeinde finanziert den Bau mit Mitteln des Landes."));
        QCOMPARE(doc->sections.at(3).headingPath, QStringList{QStringLiteral("2 Ergebnisse")});
        QCOMPARE(doc->sections.at(3).text, QStringLiteral("Wien\n\nMünchen\n\nTextfeld Inhalt\n\nMehr über Wohnungen."));
        QVERIFY(!allText(doc.value()).contains(QLatin1String("Einleitung 3")));
    }

    void docxWithoutHeadingStylesGetsHeadingsFromItsText()
    {
        const QByteArray paragraph = "The partner cities met twice a year to compare what their social services achieved for people.";
        const QByteArray item = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>";
        const QByteArray body = wordParagraph({}, "Smart Social Inclusion") + wordParagraph({}, paragraph)
            + wordParagraph({}, "The work plan for 2020") + wordParagraph({}, paragraph)
            + item + "Madrid</w:t></w:r></w:p>" + item + "Zagreb</w:t></w:r></w:p>" + wordParagraph({}, paragraph)
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Wien</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>München</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + wordParagraph({}, paragraph);
        const auto doc = readDocumentBytes(makeDocx(body), QStringLiteral("plan.docx"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->sections.size(), 2);
        QCOMPARE(doc->sections.at(0).headingPath, QStringList{QStringLiteral("Smart Social Inclusion")});
        QCOMPARE(doc->sections.at(1).headingPath, QStringList{QStringLiteral("The work plan for 2020")});
        QVERIFY(doc->sections.at(1).text.contains(QLatin1String("Madrid\nZagreb")));
        QVERIFY(doc->sections.at(1).text.contains(QStringLiteral("Wien\nMünchen")));
    }

    void odtOutlineLevelsAndMetadata()
    {
        const QByteArray text =
            "<text:table-of-content><text:index-body><text:p>Introduction ... 1</text:p></text:index-body></text:table-of-content>"
            "<text:p text:style-name=\"Title\">Les villes européennes</text:p>"
            "<text:h text:outline-level=\"1\">Introduction</text:h>"
            "<text:p>Les villes<text:s text:c=\"3\"/>européennes coopèrent<text:note><text:note-citation>1</text:note-citation>"
            "<text:note-body><text:p>Une note.</text:p></text:note-body></text:note> dans des réseaux pour partager leurs bonnes "
            "pratiques d'inclusion sociale.</text:p>"
            "<text:h text:outline-level=\"2\">Les réseaux</text:h>"
            "<text:list><text:list-item><text:p>Eurocities</text:p></text:list-item></text:list>"
            "<text:p>Ligne un<text:line-break/>ligne deux</text:p>"
            "<office:annotation><text:p>Commentaire</text:p></office:annotation>";
        const QByteArray meta = "<meta:initial-creator>Jean Dupont</meta:initial-creator>"
                                "<meta:creation-date>2019-05-06T09:30:00</meta:creation-date>";
        const auto doc = readDocumentBytes(makeOdt(text, meta), QStringLiteral("villes.odt"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("odt"));
        QCOMPARE(doc->title, QStringLiteral("Les villes européennes"));
        QCOMPARE(doc->author, QStringLiteral("Jean Dupont"));
        QCOMPARE(doc->date, QStringLiteral("2019-05-06"));
        QCOMPARE(doc->language, QStringLiteral("fr"));
        QCOMPARE(doc->sections.size(), 3);
        QCOMPARE(doc->sections.at(1).headingPath, QStringList{QStringLiteral("Introduction")});
        QCOMPARE(doc->sections.at(1).text,
                 QStringLiteral("Les villes européennes coopèrent dans des réseaux pour partager leurs bonnes pratiques d'inclusion sociale."));
        QCOMPARE(doc->sections.at(2).headingPath, (QStringList{QStringLiteral("Introduction"), QStringLiteral("Les réseaux")}));
        QCOMPARE(doc->sections.at(2).text, QStringLiteral("Eurocities\n\nLigne un\nligne deux"));
        const QString all = allText(doc.value());
        for (const char *gone : {"Une note", "Commentaire", "... 1"})
            QVERIFY2(!all.contains(QLatin1String(gone)), gone);
    }

    void zipBombsAreRefused()
    {
        // 64 MB of one letter packs into a few dozen kilobytes.
        const QByteArray bomb = makeDocx("<w:p><w:r><w:t>" + QByteArray(64 * 1024 * 1024, 'a') + "</w:t></w:r></w:p>");
        QVERIFY(bomb.size() < 1024 * 1024);
        const auto doc = readDocumentBytes(bomb, QStringLiteral("bomb.docx"));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().startsWith(QLatin1String("bomb.docx unpacks word/document.xml from")), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(QLatin1String("zip bomb")), qPrintable(doc.error()));

        // Text that compresses normally but unpacks past the size limit.
        QByteArray words;
        QRandomGenerator random(7);
        while (words.size() < 3 * 1024 * 1024)
            words += QByteArray::number(random.generate()) + ' ';
        ReadLimits limits;
        limits.maxUncompressedSize = 2 * 1024 * 1024;
        const auto large = readDocumentBytes(makeDocx("<w:p><w:r><w:t>" + words + "</w:t></w:r></w:p>"), QStringLiteral("large.docx"), limits);
        QVERIFY(!large.ok());
        QCOMPARE(large.error(), QStringLiteral("large.docx unpacks to more than 2.0 MB (in word/document.xml), more than a document may; it was not read."));
    }

    void misleadingEmptyAndBinaryFilesAreRefused()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(200, '\0');
        auto doc = readDocumentBytes(png, QStringLiteral("report.docx"));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error(), QStringLiteral("report.docx is a PNG image, not a DOCX document as its name says."));
        QCOMPARE(readDocumentBytes(png, QStringLiteral("photo")).error(), QStringLiteral("photo is a PNG image, not a document CityKB can import."));
        QCOMPARE(readDocumentBytes(QByteArray(), QStringLiteral("empty.txt")).error(), QStringLiteral("empty.txt is empty."));

        QByteArray garbage;
        QRandomGenerator random(42);
        for (int i = 0; i < 4096; ++i)
            garbage += char(random.bounded(256));
        QCOMPARE(readDocumentBytes(garbage, QStringLiteral("data.bin")).error(),
                 QStringLiteral("data.bin is binary data, not a document CityKB can import."));

        const QByteArray zip = makeZip({{QStringLiteral("readme.txt"), "hello"}});
        QCOMPARE(readDocumentBytes(zip, QStringLiteral("files.zip")).error(),
                 QStringLiteral("files.zip is a ZIP archive but neither a Word (DOCX) nor an OpenDocument (ODT) text."));
        QCOMPARE(readDocumentBytes(QByteArray("PK\x03\x04") + QByteArray(100, 'z'), QStringLiteral("bad.docx")).error(),
                 QStringLiteral("bad.docx is a damaged ZIP archive that cannot be opened."));
        QCOMPARE(readDocumentBytes("   \n\n \t\n", QStringLiteral("blank.txt")).error(), QStringLiteral("blank.txt has no text to import."));
        QCOMPARE(readDocumentBytes("{\"format\": \"citykb-bundle\"}", QStringLiteral("data.json")).error(),
                 QStringLiteral("data.json is a JSON file, not a document; only CityKB bundles are imported from JSON."));
    }

    void hugeTextFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray page;
        while (page.size() < 64 * 1024)
            page += english.toUtf8();
        f.write(page);
        QVERIFY(f.resize(100LL * 1024 * 1024)); // sparse: the test does not write 100 MB
        f.close();
        const auto doc = readDocument(path);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error(), path + QStringLiteral(" is 100 MB, more than the 32 MB a text document may have; it was not read."));
    }

    void missingFilesAndFolders()
    {
        QTemporaryDir dir;
        QCOMPARE(readDocument(dir.filePath(QStringLiteral("nothing.pdf"))).error(),
                 QStringLiteral("There is no file %1.").arg(dir.filePath(QStringLiteral("nothing.pdf"))));
        QCOMPARE(readDocument(dir.path()).error(), QStringLiteral("%1 is a folder, not a file.").arg(dir.path()));
    }

    void documentFilesAreToldFromBundlesAndImages()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write a test file");
            f.write(bytes);
            return dir.filePath(name);
        };
        const QString bundle = write(QStringLiteral("bundle.json"), "{\n  \"format\": \"citykb-bundle\", \"version\": 1, \"records\": {}\n}\n");
        const QString text = write(QStringLiteral("notes.txt"), english.toUtf8());
        const QString pdf = write(QStringLiteral("report.pdf"), makePdf(QStringLiteral("Report")));
        const QString docx = write(QStringLiteral("plan.docx"), makeDocx(wordParagraph({}, "Text")));
        const QString odt = write(QStringLiteral("plan.odt"), makeOdt("<text:p>Texte</text:p>", {}));
        const QString image = write(QStringLiteral("image.docx"), QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, '\0'));
        const QString page = write(QStringLiteral("page.htm"), "<p>Hello <b>there</b></p>");
        QVERIFY(!isDocumentFile(bundle));
        QVERIFY(!isDocumentFile(image));
        QVERIFY(!isDocumentFile(dir.path()));
        QVERIFY(isDocumentFile(text));
        QCOMPARE(sniffDocumentFormat(text).value(), DocumentFormat::Text);
        QCOMPARE(sniffDocumentFormat(pdf).value(), DocumentFormat::Pdf);
        QCOMPARE(sniffDocumentFormat(docx).value(), DocumentFormat::Docx);
        QCOMPARE(sniffDocumentFormat(odt).value(), DocumentFormat::Odt);
        QCOMPARE(sniffDocumentFormat(page).value(), DocumentFormat::Html);
        QCOMPARE(readDocument(odt)->sections.first().text, QStringLiteral("Texte"));
    }

    void seedDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("minSections");
        QTest::addColumn<QString>("heading");   // a section that must be there
        QTest::addColumn<QString>("inSection"); // words from deep inside it
        QTest::addColumn<QStringList>("words"); // words from deep inside the document
        QTest::addColumn<QStringList>("gone");  // page furniture and navigation that must go
        QTest::newRow("work plan") << "000_d86df4eaa83820c7.txt" << "Smart Social Inclusion" << 1 << QString() << QString()
                                   << QStringList{"Zagreb, November, during the Social Affairs Forum.", "Patricia Couti",
                                                  "Organise a working group meeting in Madrid (spring) on social impact bonds"}
                                   << QStringList{"-          Exchange"};
        QTest::newRow("conference") << "001_0aeac98cd8d5014d.txt" << "SIC Conference on Social Innovation in Cities and Regions" << 1
                                    << QString() << QString()
                                    << QStringList{"Diversity policy of the Belgian city of Mechelen", "Region Örebro county", "97 participants"}
                                    << QStringList{"Back to top", "\u2022"};
        QTest::newRow("study") << "002_53723598b53d50a0.txt"
                               << "How to promote the \u2018people helping people\u2019 approach within existing EU city networks?" << 20
                               << "2.4 European Urban Knowledge Network (EUKN)" << "EUKN works with National Focal Points"
                               << QStringList{"an annual fee of \u20ac 3500 applies", "Co-operative Oldham Fund", "decidim.barcelona"}
                               << QStringList{"[WeEindhoven](#)", "**Knowledge:**"};
        QTest::newRow("report") << "003_8600fe8dca6d8775.txt" << "Cities for Active Inclusion: investing in an inclusive society" << 15
                                << "3.1 Coordinating and integrating policies and services" << "Stockholm\u2019s Jobbtorg"
                                << QStringList{"Lille Metropole-Roubaix", "help 75% of people on sickness benefits",
                                               "increasing numbers and emerging new groups of people at risk of social exclusion and labour market exclusion"}
                                << QStringList{"investing in an inclusive society", "7Cities"};
        QTest::newRow("work package") << "004_3aeda420b948b059.txt"
                                      << "WP 11 \u2013 Assessing socially innovative policies and actions: policy and action labs for macro-level welfare policies"
                                      << 1 << QString() << QString() << QStringList{"SOCIAL POLIS, Eurocities, EUKN and URBACT", "Kazepov, 2010"}
                                      << QStringList{};
    }

    void seedDocuments()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(int, minSections);
        QFETCH(QString, heading);
        QFETCH(QString, inSection);
        QFETCH(QStringList, words);
        QFETCH(QStringList, gone);
        const QString path = QDir(seedsDir()).filePath(file);
        QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("the seed documents are not at %1").arg(seedsDir())));
        const auto doc = readDocument(path);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->format, QStringLiteral("text"));
        QCOMPARE(doc->title, title);
        QCOMPARE(doc->language, QStringLiteral("en"));
        QCOMPARE(doc->encoding, QStringLiteral("UTF-8"));
        QVERIFY2(doc->sections.size() >= minSections, qPrintable(QString::number(doc->sections.size())));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(doc->checksum, QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        const QString all = allText(doc.value());
        for (const QString &w : std::as_const(words))
            QVERIFY2(all.contains(w), qPrintable(w));
        for (const QString &g : std::as_const(gone))
            QVERIFY2(!all.contains(g), qPrintable(g));
        if (!heading.isEmpty()) {
            const ExtractedSection *section = sectionEndingWith(doc.value(), heading);
            QVERIFY2(section, qPrintable(heading));
            QVERIFY2(section->text.contains(inSection), qPrintable(section->text.left(300)));
        }
        for (const ExtractedSection &s : doc->sections) {
            QVERIFY(!s.text.contains(QLatin1String("\n\n\n")));
            QVERIFY(!s.text.contains(QLatin1Char('\f')));
        }
    }

    void seedStudyKeepsItsQuestionnairesApart()
    {
        const auto doc = readDocument(QDir(seedsDir()).filePath(QStringLiteral("002_53723598b53d50a0.txt")));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QStringList questionnaires;
        for (const ExtractedSection &s : doc->sections) {
            if (s.headingPath.size() == 2 && s.headingPath.first().startsWith(QLatin1String("4. LIST OF APPENDICES")))
                questionnaires.append(s.headingPath.last());
        }
        QCOMPARE(questionnaires, (QStringList{"00: Questionnaire and project background", "01: Filled in questionnaire: Eurotowns",
                                              "02: Filled in questionnaire: ERRIN", "03: Filled in questionnaire: EUKN",
                                              "04: Filled in questionnaire: CITYMART", "05: Filled in questionnaire: ENOLL",
                                              "06: Filled in questionnaire: Eurocities"}));
        const ExtractedSection *eurotowns = sectionEndingWith(doc.value(), QStringLiteral("01: Filled in questionnaire: Eurotowns"));
        QVERIFY(eurotowns->text.contains(QLatin1String("Municipality of Schiedam")));
        QVERIFY(eurotowns->text.contains(QLatin1String("9. How can other cities join to your organisation/network?")));
    }
};

QTEST_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
