// Document import (issue 11): one document in one write with its original file, re-import a
// no-op, the seed records filled in, nothing left by a failure, links with their places,
// relinking and links by hand, facets, the record page, German and French inflections found,
// a run of mixed files read several at once coming out as when read one by one, and the five
// seed files through the CLI.
#include "app/documentimportservice.h"
#include "app/documentlinkservice.h"
#include "app/editservice.h"
#include "app/indexkeeper.h"
#include "app/job.h"
#include "app/recordpageservice.h"
#include "ingest/documentreader.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[k, v] : list)
        o.insert(k, v);
    return o;
}

// Records a document can link to.
QList<std::pair<RecordType, QJsonObject>> linkTargets()
{
    return {
        {RecordType::Network, obj({{"key", "eukn"}, {"name", "European Urban Knowledge Network"}, {"acronym", "EUKN"}})},
        {RecordType::Network, obj({{"key", "sic"}, {"name", "Social Innovation Community"}, {"acronym", "SIC"}})},
        {RecordType::Network, obj({{"key", "eurocities"}, {"name", "Eurocities"}})},
        {RecordType::City, obj({{"key", "bologna"}, {"name", "Bologna"}, {"country", "IT"}})},
        {RecordType::City, obj({{"key", "wien"}, {"name", "Wien"}, {"country", "AT"}})},
        {RecordType::WorkingGroup, obj({{"key", "smart-social-inclusion"}, {"name", "Smart Social Inclusion"}, {"network", "eurocities"}})},
        {RecordType::Practice, obj({{"key", "supporting-people"}, {"title", "Supporting People"}})},
    };
}

ingest::ExtractedSection section(QStringList path, QString text, int page = 0)
{
    return ingest::ExtractedSection{std::move(path), std::move(text), page};
}

// A document as a reader would hand it over, and a file that stands for its original.
struct Fixture
{
    ingest::ExtractedDocument document;
    QString file;
};

Fixture makeDocument(const QString &folder, const QString &name, const QString &language, const QString &title,
                     const QList<ingest::ExtractedSection> &sections)
{
    Fixture f;
    f.file = QDir(folder).filePath(name);
    QFile out(f.file);
    out.open(QIODevice::WriteOnly);
    QByteArray bytes = title.toUtf8();
    for (const auto &s : sections)
        bytes += "\n\n" + s.headingPath.join(QLatin1Char(' ')).toUtf8() + "\n" + s.text.toUtf8();
    out.write(bytes);
    out.close();
    f.document.format = QStringLiteral("pdf");
    f.document.title = title;
    f.document.language = language;
    f.document.date = QStringLiteral("2019-05-04T10:00:00");
    f.document.author = QStringLiteral("EUROCITIES");
    f.document.checksum = QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    f.document.sections = sections;
    return f;
}

Fixture englishReport(const QString &folder)
{
    return makeDocument(folder, QStringLiteral("report.pdf"), QStringLiteral("en"), QStringLiteral("Networks in practice"),
                        {section({QStringLiteral("1 Introduction")}, QStringLiteral("Sic transit gloria mundi, as the sic erat goes."), 1),
                         section({QStringLiteral("2 Networks"), QStringLiteral("2.4 European Urban Knowledge Network (EUKN)")},
                                 QStringLiteral("The European Urban Knowledge Network (EUKN) met the SIC in Bologna.\n"
                                                "EUKN again; the Social\nInnovation Community too."),
                                 3),
                         section({QStringLiteral("3 Practices")},
                                 QStringLiteral("Supporting People is a programme. Supporting people is an aim of "
                                                "the working group Smart Social Inclusion in Wien."),
                                 7)});
}

QStringList keysOf(const Result<SearchResults> &results)
{
    QStringList keys;
    if (!results)
        return {QStringLiteral("error: ") + results.error()};
    for (const SearchHit &h : results.value().hits)
        keys.append(h.key);
    return keys;
}

Result<SearchResults> find(KnowledgeBase &kb, const QString &text, bool autoCorrect = false)
{
    SearchQuery q;
    q.text = text;
    q.autoCorrect = autoCorrect;
    return SearchService(kb).search(q);
}

QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// A PDF of a few pages, each with a heading and lines that name `word`.
void writePdf(const QString &path, const QString &title, const QString &word, int pages)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(60, 100), QStringLiteral("%1 Part %1 of the %2 report").arg(page).arg(word));
        for (int line = 0; line < 12; ++line)
            painter.drawText(QPointF(60, 130 + 16 * line),
                             QStringLiteral("Line %1 on page %2 tells how %3 cooperates with Bologna.").arg(line + 1).arg(page).arg(word));
    }
    painter.end();
}

// The section texts a record keeps of what the reader extracted (empty blocks dropped).
QStringList keptTexts(const ingest::ExtractedDocument &document)
{
    QStringList texts;
    for (const ingest::ExtractedSection &s : document.sections) {
        if (!s.text.trimmed().isEmpty())
            texts.append(s.text.trimmed());
    }
    return texts;
}

QStringList storedTexts(const QJsonObject &record)
{
    QStringList texts;
    for (const QJsonValue &v : record.value(QStringLiteral("sections")).toArray()) {
        const QString text = v.toObject().value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

qint64 storeRevision(KnowledgeBase &kb)
{
    return kb.reader().value()->revision().value();
}

// Cancels when told to, after a number of reports.
class CancelAfter : public JobControl
{
public:
    explicit CancelAfter(int reports) : m_left(reports) {}
    bool report(qint64, qint64) override { return --m_left > 0; }
    bool isCancelled() const override { return m_left <= 0; }

private:
    int m_left;
};

} // namespace

class TestDocumentImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    QString fresh() { return m_tmp.filePath(QStringLiteral("case%1").arg(++m_n)); }

    std::unique_ptr<KnowledgeBase> emptyKb(const QString &dir, bool withTargets = true)
    {
        auto kb = KnowledgeBase::create(dir + QStringLiteral("/kb"), QString());
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        QDir().mkpath(dir + QStringLiteral("/in"));
        if (withTargets) {
            Status s = test::write(*kb.value()).importRecords(linkTargets());
            if (!s)
                qFatal("%s", qPrintable(s.error()));
        }
        return std::move(kb).value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void importsOneDocumentWithItsFileAndLinks()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        const Fixture f = englishReport(dir + QStringLiteral("/in"));
        auto imported = DocumentImportService(*kb).importDocument(f.document, f.file);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported.value().outcome, FileImport::Outcome::Imported);
        QCOMPARE(imported.value().key, QStringLiteral("networks-in-practice"));
        QCOMPARE(imported.value().sections, 3);
        // EUKN, SIC, Bologna, Supporting People, Smart Social Inclusion, Wien.
        QCOMPARE(imported.value().links, 6);

        const QJsonObject d = kb->reader().value()->get(RecordType::Document, QStringLiteral("networks-in-practice")).value();
        QCOMPARE(d.value(QStringLiteral("title")).toString(), QStringLiteral("Networks in practice"));
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
        QCOMPARE(d.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(d.value(QStringLiteral("date")).toString(), QStringLiteral("2019-05-04"));
        QCOMPARE(d.value(QStringLiteral("organisation")).toString(), QStringLiteral("EUROCITIES"));
        QCOMPARE(d.value(QStringLiteral("file_name")).toString(), QStringLiteral("report.pdf"));
        QCOMPARE(d.value(QStringLiteral("checksum")).toString(), f.document.checksum);
        const QJsonArray sections = d.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(1).toObject().value(QStringLiteral("heading")).toString(),
                 QStringLiteral("2 Networks \u203a 2.4 European Urban Knowledge Network (EUKN)"));
        QCOMPARE(sections.at(1).toObject().value(QStringLiteral("page")).toInt(), 3);
        QVERIFY(sections.at(2).toObject().value(QStringLiteral("text")).toString().startsWith(QLatin1String("Supporting People")));

        // The original is kept, named by its checksum, with its own bytes.
        const QString stored = DocumentImportService::storedFile(kb->dir(), d);
        QCOMPARE(stored, kb->dir() + QStringLiteral("/files/") + f.document.checksum.mid(7) + QStringLiteral(".pdf"));
        QCOMPARE(test::fileHash(stored), test::fileHash(f.file));
        QCOMPARE(filesIn(kb->dir() + QStringLiteral("/files")).size(), 1);

        // The links and their places: the first mention in each section; "Sic" and "sic" are
        // Latin, not the SIC; "Supporting people" is not the practice; the Social Innovation
        // Community across a line break is the SIC again, in the same section.
        QList<std::tuple<QString, QString, int, int>> links;
        for (const Mention &m : mentionsOf(d))
            links.append({recordTypeWord(m.type), m.key, m.section, m.offset});
        const QString text2 = sections.at(1).toObject().value(QStringLiteral("text")).toString();
        const QString text3 = sections.at(2).toObject().value(QStringLiteral("text")).toString();
        const QList<std::tuple<QString, QString, int, int>> expected{
            {QStringLiteral("networks"), QStringLiteral("eukn"), 2, int(text2.indexOf(QLatin1String("European")))},
            {QStringLiteral("networks"), QStringLiteral("sic"), 2, int(text2.indexOf(QLatin1String("SIC")))},
            {QStringLiteral("cities"), QStringLiteral("bologna"), 2, int(text2.indexOf(QLatin1String("Bologna")))},
            {QStringLiteral("practices"), QStringLiteral("supporting-people"), 3, 0},
            {QStringLiteral("working-groups"), QStringLiteral("smart-social-inclusion"), 3, int(text3.indexOf(QLatin1String("Smart")))},
            {QStringLiteral("cities"), QStringLiteral("wien"), 3, int(text3.indexOf(QLatin1String("Wien")))},
        };
        QCOMPARE(links, expected);

        // Facets: the document and its sections are found by what they mention.
        QCOMPARE(keysOf(find(*kb, QStringLiteral("network:EUKN type:documents"))), QStringList{QStringLiteral("networks-in-practice")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("gloria city:bologna"))), QStringList{QStringLiteral("networks-in-practice")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("city:wien -type:cities"))), QStringList{QStringLiteral("networks-in-practice")});
        verifyInStep(*kb);
    }

    void reimportChangesNothing()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        const Fixture f = englishReport(dir + QStringLiteral("/in"));
        QVERIFY(DocumentImportService(*kb).importDocument(f.document, f.file));
        const qint64 revision = storeRevision(*kb);
        const QStringList files = filesIn(kb->dir() + QStringLiteral("/files"));
        // The same bytes under another name are the same file.
        const QString copy = dir + QStringLiteral("/in/copy of report.pdf");
        QVERIFY(QFile::copy(f.file, copy));
        for (const QString &file : {f.file, copy}) {
            auto again = DocumentImportService(*kb).importDocument(f.document, file);
            QVERIFY2(again, qPrintable(again.error()));
            QCOMPARE(again.value().outcome, FileImport::Outcome::Unchanged);
            QCOMPARE(again.value().key, QStringLiteral("networks-in-practice"));
            QVERIFY(again.value().message.contains(QLatin1String("imported before")));
        }
        QCOMPARE(storeRevision(*kb), revision);
        QCOMPARE(filesIn(kb->dir() + QStringLiteral("/files")), files);
        QCOMPARE(kb->reader().value()->count(RecordType::Document).value(), 1);
    }

    void failureLeavesNothing()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        Fixture f = englishReport(dir + QStringLiteral("/in"));
        // The third section holds a NUL: the store refuses the record, and nothing of it stays.
        f.document.sections[2].text += QChar(0);
        const qint64 revision = storeRevision(*kb);
        const qint64 indexed = kb->index().info().value().documents;
        auto imported = DocumentImportService(*kb).importDocument(f.document, f.file);
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(QLatin1String("report.pdf")), qPrintable(imported.error()));
        QVERIFY(!imported.error().contains(QChar(0)));
        QCOMPARE(storeRevision(*kb), revision);
        QCOMPARE(kb->reader().value()->count(RecordType::Document).value(), 0);
        QCOMPARE(kb->index().info().value().documents, indexed);
        QCOMPARE(filesIn(kb->dir() + QStringLiteral("/files")), QStringList());

        // A file that changed after it was read is refused too.
        Fixture g = englishReport(dir + QStringLiteral("/in"));
        g.document.checksum = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
        auto changed = DocumentImportService(*kb).importDocument(g.document, g.file);
        QVERIFY(!changed);
        QVERIFY2(changed.error().contains(QLatin1String("changed while")), qPrintable(changed.error()));
        QCOMPARE(filesIn(kb->dir() + QStringLiteral("/files")), QStringList());
        QCOMPARE(storeRevision(*kb), revision);
    }

    void seededRecordIsFilledIn()
    {
        const QString dir = fresh();
        auto created = KnowledgeBase::create(dir, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(created, qPrintable(created.error()));
        KnowledgeBase &kb = *created.value();
        const qint64 documents = kb.reader().value()->count(RecordType::Document).value();
        const QString seed = qEnvironmentVariable("CITYKB_SEEDS") + QStringLiteral("/000_d86df4eaa83820c7.txt");
        auto extracted = ingest::readDocument(seed);
        QVERIFY2(extracted, qPrintable(extracted.error()));
        auto imported = DocumentImportService(kb).importDocument(extracted.value(), seed);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported.value().outcome, FileImport::Outcome::FilledIn);
        QCOMPARE(imported.value().key, QStringLiteral("smart-social-inclusion-work-plan-2020"));
        QCOMPARE(kb.reader().value()->count(RecordType::Document).value(), documents);
        const QJsonObject d = kb.reader().value()->get(RecordType::Document, imported.value().key).value();
        // The curated fields stay; the text comes in, linked to the seed's records.
        QCOMPARE(d.value(QStringLiteral("title")).toString(), QStringLiteral("Smart Social Inclusion - work plan 2020"));
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("work plan"));
        QVERIFY(d.value(QStringLiteral("sections")).toArray().size() > 3);
        QStringList linked;
        for (const Mention &m : mentionsOf(d))
            linked.append(m.key);
        for (const char *key : {"madrid", "zagreb", "eurocities"})
            QVERIFY2(linked.contains(QLatin1String(key)), qPrintable(linked.join(QLatin1Char(' '))));
        QCOMPARE(DocumentImportService(kb).importDocument(extracted.value(), seed).value().outcome, FileImport::Outcome::Unchanged);
        verifyInStep(kb);
    }

    void germanAndFrenchInflectionsAreFound()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        const QString in = dir + QStringLiteral("/in");
        const Fixture de = makeDocument(in, QStringLiteral("wohnen.pdf"), QStringLiteral("de"), QStringLiteral("Wohnen in Wien"),
                                        {section({QStringLiteral("Einleitung")}, QStringLiteral("Die Stadt Wien baut seit Jahren neue Sozialwohnungen für Familien.")),
                                         section({QStringLiteral("Ergebnisse")}, QStringLiteral("Die Mieten blieben niedrig."))});
        const Fixture fr = makeDocument(in, QStringLiteral("villes.pdf"), QStringLiteral("fr"), QStringLiteral("Les villes et l'Europe"),
                                        {section({QStringLiteral("Introduction")}, QStringLiteral("Les politiques européennes soutiennent les villes.")),
                                         section({QStringLiteral("Suite")}, QStringLiteral("Rien de plus."))});
        const Fixture en = englishReport(in);
        for (const Fixture *f : {&de, &fr, &en}) {
            auto imported = DocumentImportService(*kb).importDocument(f->document, f->file);
            QVERIFY2(imported, qPrintable(imported.error()));
        }
        // The German noun, singular and capitalised, finds the plural; the hit is its section.
        auto german = find(*kb, QStringLiteral("Sozialwohnung"));
        QCOMPARE(keysOf(german), QStringList{QStringLiteral("wohnen-in-wien")});
        QCOMPARE(german.value().hits.first().part, HitPart::Section);
        QCOMPARE(german.value().hits.first().partNumber, 1);
        QVERIFY2(german.value().hits.first().snippet.contains(QLatin1String("<b>Sozialwohnungen</b>")), qPrintable(german.value().hits.first().snippet));
        QVERIFY(!german.value().corrected);
        QCOMPARE(keysOf(find(*kb, QStringLiteral("européen"))), QStringList{QStringLiteral("les-villes-et-l-europe")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("politique européenne"))).value(0), QStringLiteral("les-villes-et-l-europe"));
        // Phrases, fields, operators and English stemming keep working beside them.
        QCOMPARE(keysOf(find(*kb, QStringLiteral("\"politiques européennes\""))), QStringList{QStringLiteral("les-villes-et-l-europe")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("Sozialwohnung AND Familie"))), QStringList{QStringLiteral("wohnen-in-wien")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("Sozialwohnung -Familien"))), QStringList());
        QCOMPARE(keysOf(find(*kb, QStringLiteral("title:wohnen"))), QStringList{QStringLiteral("wohnen-in-wien")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("Sozialwohnung city:wien"))), QStringList{QStringLiteral("wohnen-in-wien")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("programmes"))), QStringList{QStringLiteral("networks-in-practice")});
        // A misspelt German word is still corrected from the KB's words.
        auto misspelt = find(*kb, QStringLiteral("Sozialwohnungan"), true);
        QVERIFY(misspelt);
        QCOMPARE(misspelt.value().suggestion, QStringLiteral("sozialwohnungen"));

        // The languages survive a rebuild of the index.
        QVERIFY(MaintenanceService(*kb).reindex());
        QCOMPARE(keysOf(find(*kb, QStringLiteral("Sozialwohnung"))), QStringList{QStringLiteral("wohnen-in-wien")});
        QCOMPARE(keysOf(find(*kb, QStringLiteral("européen"))), QStringList{QStringLiteral("les-villes-et-l-europe")});
    }

    void relinkFindsNewRecordsAndKeepsCuratorsChoices()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        Fixture f = englishReport(dir + QStringLiteral("/in"));
        f.document.sections.append(section({QStringLiteral("4 Later")}, QStringLiteral("A study visit to Zagreb followed.")));
        QVERIFY(DocumentImportService(*kb).importDocument(f.document, f.file));
        const QString key = QStringLiteral("networks-in-practice");
        DocumentLinkService links(*kb);
        auto before = links.relink();
        QVERIFY2(before, qPrintable(before.error()));
        QCOMPARE(before.value().changed, 0);
        QCOMPARE(before.value().links, 6);

        QVERIFY(EditService(*kb).create(RecordType::City, obj({{"key", "zagreb"}, {"name", "Zagreb"}, {"country", "HR"}})));
        const qint64 revision = storeRevision(*kb);
        auto after = links.relink();
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after.value().changed, 1);
        QCOMPARE(after.value().links, 7);
        QCOMPARE(storeRevision(*kb), revision + 1); // one write
        const QList<Mention> mentions = links.mentions(key).value();
        const auto zagreb = std::find_if(mentions.begin(), mentions.end(), [](const Mention &m) { return m.key == QLatin1String("zagreb"); });
        QVERIFY(zagreb != mentions.end());
        QCOMPARE(zagreb->section, 4);
        QCOMPARE(zagreb->offset, 17);
        QCOMPARE(keysOf(find(*kb, QStringLiteral("visit city:zagreb"))), QStringList{key});

        // A curator unlinks Bologna: linking again does not bring it back; linking it by hand does.
        QVERIFY(links.removeLink(key, RecordType::City, QStringLiteral("Bologna")));
        QVERIFY(links.relink());
        auto isLinked = [&](const QString &target) {
            const QList<Mention> now = links.mentions(key).value();
            return std::any_of(now.begin(), now.end(), [&](const Mention &m) { return m.key == target && m.isLink(); });
        };
        QVERIFY(!isLinked(QStringLiteral("bologna")));
        QCOMPARE(keysOf(find(*kb, QStringLiteral("gloria city:bologna"))), QStringList());
        QVERIFY(links.addLink(key, RecordType::City, QStringLiteral("bologna"), 1));
        QVERIFY(isLinked(QStringLiteral("bologna")));
        QVERIFY(links.relink());
        QVERIFY(isLinked(QStringLiteral("bologna")));
        // A link by hand to a record the text never names, and its removal.
        QVERIFY(links.addLink(key, RecordType::Network, QStringLiteral("eurocities")));
        QVERIFY(isLinked(QStringLiteral("eurocities")));
        QVERIFY(links.removeLink(key, RecordType::Network, QStringLiteral("eurocities")));
        QVERIFY(!isLinked(QStringLiteral("eurocities")));
        // What cannot be linked is refused in one sentence.
        const Status noSection = links.addLink(key, RecordType::City, QStringLiteral("wien"), 9);
        QVERIFY(!noSection);
        QVERIFY2(noSection.error().contains(QLatin1String("no section 9")), qPrintable(noSection.error()));
        QVERIFY(!links.addLink(key, RecordType::Event, QStringLiteral("x")));
        QCOMPARE(links.removeLink(key, RecordType::Network, QStringLiteral("eurocities")).errorKind(), ErrorKind::NotFound);
        verifyInStep(*kb);
    }

    void recordPageListsTheLinks()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        const Fixture f = englishReport(dir + QStringLiteral("/in"));
        QVERIFY(DocumentImportService(*kb).importDocument(f.document, f.file));
        auto page = RecordPageService(*kb).page(RecordType::Document, QStringLiteral("networks-in-practice"));
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page.value().html.contains(QLatin1String("<h2>Mentions</h2>")));
        QVERIFY(page.value().html.contains(QLatin1String("<a name=\"section-2\"></a>")));
        bool network = false;
        bool jump = false;
        for (const PageLink &l : page.value().links) {
            network = network || (l.type == RecordType::Network && l.key == QLatin1String("eukn") && l.relation == QLatin1String("Mentions"));
            jump = jump || (l.type == RecordType::Document && l.section == QLatin1String("section-2") && l.relation == QLatin1String("Mentions"));
        }
        QVERIFY(network);
        QVERIFY(jump);
        const auto target = RecordPageService::linkTarget(RecordPageService::linkUrl(RecordType::Document, QStringLiteral("networks-in-practice"),
                                                                                     QStringLiteral("section-2")));
        QVERIFY(target);
        QCOMPARE(target->section, QStringLiteral("section-2"));
    }

    void manyFilesGoOnPastBadOnesAndCancel()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        const QString in = dir + QStringLiteral("/in");
        auto put = [&](const QString &name, const QByteArray &bytes) {
            QFile f(QDir(in).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        put(QStringLiteral("a.txt"), "Bologna and EUKN\n\nA second block about Wien.\n");
        put(QStringLiteral("b.txt"), "");
        put(QStringLiteral("c.docx"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        put(QStringLiteral("d.txt"), "Another note.\n");
        put(QStringLiteral(".hidden.txt"), "Not imported.\n");
        put(QStringLiteral("e.json"), "{\"format\": \"citykb-bundle\", \"version\": 1, \"records\": {\"cities\": [{\"key\": \"utopia\", \"name\": \"Utopia\"}]}}");
        ImportReport report = DocumentImportService(*kb).importPaths({in, dir + QStringLiteral("/missing.txt")});
        QCOMPARE(report.files.size(), 6);
        QCOMPARE(report.wentIn(), 3);
        QCOMPARE(report.failed(), 3);
        QCOMPARE(report.summary(), QStringLiteral("3 of 6 files were imported; 3 failed."));
        for (const FileImport &f : report.files) {
            if (f.outcome != FileImport::Outcome::Failed)
                continue;
            QVERIFY2(f.message.endsWith(QLatin1Char('.')) && !f.message.contains(QLatin1Char('\n')), qPrintable(f.message));
        }
        // The bundle went first, so the documents link to what it brought.
        const auto bundle = std::find_if(report.files.begin(), report.files.end(), [](const FileImport &f) { return f.bundle; });
        QVERIFY(bundle != report.files.end());
        QCOMPARE(bundle->records.inserted, 1);
        QCOMPARE(kb->reader().value()->count(RecordType::Document).value(), 2);

        // Cancelled after the first file: that one stays, the rest are left.
        const QString other = fresh();
        auto kb2 = emptyKb(other);
        for (const char *name : {"1.txt", "2.txt", "3.txt"}) {
            QFile f(QDir(other + QStringLiteral("/in")).filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Note ") + name);
        }
        CancelAfter control(1);
        const ImportReport cancelled = DocumentImportService(*kb2).importPaths({other + QStringLiteral("/in")}, &control);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.wentIn(), 1);
        QCOMPARE(kb2->reader().value()->count(RecordType::Document).value(), 1);
        auto shared = std::make_shared<ImportReport>();
        CancelAfter never(100);
        QVERIFY(DocumentImportService::job({other + QStringLiteral("/in")}, shared)(*kb2, never));
        QCOMPARE(shared->unchanged(), 1);
        QCOMPARE(shared->wentIn(), 2);
    }

    // Files are read several at once ahead of their writing, and the index makes its documents
    // on a second thread: what goes in must be what reading each file alone gives, in order,
    // the index in step, and a bad file among them still only fails itself.
    void manyMixedFilesReadTogetherComeOutAsAlone()
    {
        const QString dir = fresh();
        auto kb = emptyKb(dir);
        const QString in = dir + QStringLiteral("/in");
        QStringList words;
        for (int i = 0; i < 24; ++i) {
            const QString word = QStringLiteral("Zorblat%1").arg(QChar(u'a' + i));
            words.append(word);
            const QString base = QDir(in).filePath(QStringLiteral("%1-doc").arg(i, 2, 10, QLatin1Char('0')));
            if (i % 3 == 0) {
                writePdf(base + QStringLiteral(".pdf"), QStringLiteral("Report %1").arg(word), word, 3);
                continue;
            }
            QFile f(base + (i % 3 == 1 ? QStringLiteral(".html") : QStringLiteral(".txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QString body;
            for (int s = 1; s <= 4; ++s)
                body += QStringLiteral("%1 Chapter %1 about %2\n\nThe city of Bologna and EUKN worked with %2 on housing, chapter %1.\n\n").arg(s).arg(word);
            if (i % 3 == 1)
                f.write(QStringLiteral("<html><head><title>Page %1</title></head><body><h1>%1</h1><p>%2</p><h2>More</h2><p>%1 again.</p></body></html>")
                            .arg(word, QStringLiteral("Eurocities met in Wien about ") + word).toUtf8());
            else
                f.write(body.toUtf8());
        }
        QFile bad(QDir(in).filePath(QStringLiteral("10-bad.pdf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("%PDF-1.4 this is not a PDF at all");
        bad.close();

        const ImportReport report = DocumentImportService(*kb).importPaths({in});
        QCOMPARE(report.files.size(), 25);
        QCOMPARE(report.wentIn(), 24);
        QCOMPARE(report.failed(), 1);
        auto reader = kb->reader().value();
        for (const FileImport &f : report.files) {
            if (!f.wentIn()) {
                QVERIFY(f.file.endsWith(QStringLiteral("10-bad.pdf")));
                continue;
            }
            const auto alone = ingest::readDocument(f.file);
            QVERIFY2(alone, qPrintable(alone.error()));
            const auto record = reader->get(RecordType::Document, f.key);
            QVERIFY(record);
            QCOMPARE(storedTexts(record.value()), keptTexts(alone.value()));
            QCOMPARE(record.value().value(QStringLiteral("language")).toString(), alone.value().language);
        }
        // In order: the report lists the files as the folder sorts them.
        for (qsizetype i = 1; i < report.files.size(); ++i)
            QVERIFY(report.files.at(i - 1).file < report.files.at(i).file);
        verifyInStep(*kb);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const auto found = find(*kb, words.at(i));
            QVERIFY2(found && found.value().total >= 1, qPrintable(words.at(i)));
            const auto imported = std::find_if(report.files.begin(), report.files.end(), [&](const FileImport &f) {
                return f.file.contains(QStringLiteral("/%1-doc").arg(i, 2, 10, QLatin1Char('0')));
            });
            QVERIFY(imported != report.files.end());
            QCOMPARE(keysOf(found).value(0), imported->key);
        }
    }

    void fiveSeedFilesThroughTheCli()
    {
        const QString dir = fresh();
        const QString kbDir = dir + QStringLiteral("/kb");
        const QString seeds = dir + QStringLiteral("/seeds");
        QVERIFY(QDir().mkpath(seeds));
        const QStringList names{QStringLiteral("000_d86df4eaa83820c7.txt"), QStringLiteral("001_0aeac98cd8d5014d.txt"),
                                QStringLiteral("002_53723598b53d50a0.txt"), QStringLiteral("003_8600fe8dca6d8775.txt"),
                                QStringLiteral("004_3aeda420b948b059.txt")};
        for (const QString &name : names)
            QVERIFY(QFile::copy(qEnvironmentVariable("CITYKB_SEEDS") + QLatin1Char('/') + name, QDir(seeds).filePath(name)));
        auto cli = [&](const QStringList &args) {
            QProcess p;
            p.start(qEnvironmentVariable("CITYKB_CLI"), QStringList{QStringLiteral("--kb"), kbDir} + args);
            p.waitForFinished(120000);
            return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
        };
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--empty")}).first, 0);
        const auto [code, imported] = cli({QStringLiteral("import"), seeds, QStringLiteral("--json")});
        QCOMPARE(code, 0);
        QCOMPARE(imported.value(QStringLiteral("imported")).toInt(), 5);
        const QJsonArray entries = imported.value(QStringLiteral("imports")).toArray();
        QCOMPARE(entries.size(), 5);
        // A word from deep inside each file finds its document, in the section that holds it.
        const QStringList words{QStringLiteral("Pactwa"), QStringLiteral("Samsun"), QStringLiteral("transversal"),
                                QStringLiteral("Krakow"), QStringLiteral("transdisciplinary")};
        // What each seed's own structure gives:
        // 000 the work plan: its headline with the group's focus, the three objectives under "The
        //     work plan for 2020" and "WG meetings in 2020" (unnumbered headings): 5.
        // 001 a news item of eleven paragraphs under one headline: 1, there is nothing to split.
        // 002 the study: its cover, 1.1-1.4, 2.1-2.11, 3 and the seven questionnaires: 24.
        // 003 the report: seven unnumbered chapter titles, 3.1 ... 5.5 and four boxes: 29.
        // 004 a short call, one heading-less block of five paragraphs: 1.
        const QList<int> sections{5, 1, 24, 29, 1};
        const QStringList titles{QStringLiteral("Smart Social Inclusion"), QStringLiteral("SIC Conference on Social Innovation in Cities and Regions"),
                                 QStringLiteral("How to promote the \u2018people helping people\u2019 approach within existing EU city networks?"),
                                 QStringLiteral("Cities for Active Inclusion: investing in an inclusive society"),
                                 QStringLiteral("WP 11 \u2013 Assessing socially innovative policies and actions: policy and action labs for "
                                                "macro-level welfare policies")};
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
            QCOMPARE(entry.value(QStringLiteral("sections")).toInt(), sections.at(i));
            QCOMPARE(entry.value(QStringLiteral("title")).toString(), titles.at(i));
            const QString key = entry.value(QStringLiteral("key")).toString();
            const auto [found, results] = cli({QStringLiteral("search"), words.at(i), QStringLiteral("--type"), QStringLiteral("documents"),
                                               QStringLiteral("--json")});
            QCOMPARE(found, 0);
            const QJsonObject hit = results.value(QStringLiteral("hits")).toArray().first().toObject();
            QCOMPARE(hit.value(QStringLiteral("key")).toString(), key);
            QCOMPARE(hit.value(QStringLiteral("part")).toString(), QStringLiteral("section"));
            const int number = hit.value(QStringLiteral("section")).toInt();
            const auto [shown, document] = cli({QStringLiteral("show"), QStringLiteral("documents"), key, QStringLiteral("--json")});
            QCOMPARE(shown, 0);
            const QString text = document.value(QStringLiteral("sections")).toArray().at(number - 1).toObject().value(QStringLiteral("text")).toString();
            QVERIFY2(text.contains(words.at(i), Qt::CaseInsensitive), qPrintable(words.at(i)));
        }
        // Again: every file is there already; the exit status is still success.
        const auto [again, report] = cli({QStringLiteral("import"), seeds, QStringLiteral("--json")});
        QCOMPARE(again, 0);
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 5);
        QCOMPARE(cli({QStringLiteral("relink"), QStringLiteral("--json")}).first, 0);
    }

private:
    static void verifyInStep(KnowledgeBase &kb)
    {
        auto report = MaintenanceService(kb).check();
        QVERIFY(report);
        QVERIFY2(report.value().healthy(), qPrintable((report.value().storeProblems + report.value().indexProblems).join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
