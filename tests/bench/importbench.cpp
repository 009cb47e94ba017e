// Import benchmark (issue 11): documents/s and MB/s for plain text, HTML and PDF imported with
// DocumentImportService::importPaths into a fresh KB, beside Recoll's indexer (recollindex) on
// the same files in the same run.
//
//   citykb-importbench --docs 200 --out /tmp/citykb-importbench [--formats text,html,pdf]
//                      [--empty-kb] [--no-recoll]
//
// The corpus is made from the five seed documents ($CITYKB_SEEDS): N files per format, each a
// seed with its paragraphs rotated, a city swapped in and a reference line of its own, so no
// two files are the same (the import skips a file it has seen). HTML pages get a title, a
// navigation bar, headings and a footer; PDFs are printed with QTextDocument on QPdfWriter
// (wrapped lines, a page number at the bottom of each page). For each format: the files read
// by the readers alone (no KB), then importPaths into a new KB seeded from the dataset (so
// mentions are linked; --empty-kb for none) and that KB's whole index rebuilt from its store
// (what the index alone costs), then recollindex with a private configuration
// folder whose topdirs is the same folder. Prints a table (with the CPU time each engine spent
// per document, all its threads and processes) and writes OUT/importbench.json. Before the
// import, the readers' text goes through bare Xapian calls on one thread in CityKB's layout and
// in Recoll's (bareXapian), to tell what the index's layout costs from what CityKB adds. Not
// run by ctest except as a tiny smoke test without Recoll.
#include "app/documentimportservice.h"
#include "app/knowledgebase.h"
#include "app/maintenanceservice.h"
#include "ingest/documentreader.h"
#include "ingest/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextDocument>
#include <QTextStream>

#include <xapian.h> // the bare Xapian runs: the calls any Xapian program would make

#include <chrono>

#include <sys/resource.h>

using namespace citykb;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds used so far by this process (all threads) or by its finished children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    std::exit(1);
}

struct Options
{
    int docs = 200;
    QString outDir;
    QStringList formats{QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("pdf")};
    bool emptyKb = false;
    bool recoll = true;
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                fail(QStringLiteral("%1 needs a value.").arg(a));
            return args.at(++i);
        };
        if (a == QLatin1String("--docs"))
            o.docs = value().toInt();
        else if (a == QLatin1String("--out"))
            o.outDir = value();
        else if (a == QLatin1String("--formats"))
            o.formats = value().split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--empty-kb"))
            o.emptyKb = true;
        else if (a == QLatin1String("--no-recoll"))
            o.recoll = false;
        else
            fail(QStringLiteral("Unknown option %1; use --docs N --out DIR [--formats text,html,pdf] [--empty-kb] [--no-recoll].").arg(a));
    }
    if (o.docs < 1 || o.outDir.isEmpty())
        fail(QStringLiteral("Give --docs (at least 1) and --out DIR."));
    for (const QString &f : std::as_const(o.formats)) {
        if (f != QLatin1String("text") && f != QLatin1String("html") && f != QLatin1String("pdf"))
            fail(QStringLiteral("Unknown format %1; the formats are text, html and pdf.").arg(f));
    }
    return o;
}

QStringList readSeeds()
{
    const QString dir = qEnvironmentVariable("CITYKB_SEEDS", QStringLiteral(CITYKB_SEEDS_DIR));
    QStringList texts;
    const QStringList names = QDir(dir).entryList({QStringLiteral("0*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("Cannot read the seed document %1.").arg(file.fileName()));
        texts.append(ingest::decodeText(file.readAll()).text);
    }
    if (texts.isEmpty())
        fail(QStringLiteral("There are no seed documents in %1; set CITYKB_SEEDS.").arg(dir));
    return texts;
}

// One variant of a seed: its first paragraph (the title) stays, the others are rotated, a city
// is swapped in and a reference line makes the file unique.
QStringList variant(const QStringList &seeds, int i)
{
    static const QStringList cities = {QStringLiteral("Ghent"),   QStringLiteral("Tampere"), QStringLiteral("Lyon"),
                                       QStringLiteral("Leipzig"), QStringLiteral("Porto"),   QStringLiteral("Gdańsk"),
                                       QStringLiteral("Utrecht"), QStringLiteral("Brno"),    QStringLiteral("Turin")};
    const QString &seed = seeds.at(i % seeds.size());
    QStringList paragraphs = seed.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    const QString title = paragraphs.takeFirst();
    if (!paragraphs.isEmpty()) {
        const qsizetype shift = (i / seeds.size()) % paragraphs.size();
        paragraphs = paragraphs.mid(shift) + paragraphs.mid(0, shift);
    }
    const QString city = cities.at(i % cities.size());
    for (QString &p : paragraphs)
        p.replace(QLatin1String("Brussels"), city);
    paragraphs.prepend(QStringLiteral("Reference CKB-%1, prepared for the city of %2.").arg(i).arg(city));
    paragraphs.prepend(title);
    return paragraphs;
}

QString htmlPage(const QStringList &paragraphs)
{
    const QString title = paragraphs.first().simplified().toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body { font-family: sans-serif; }</style></head>\n<body>\n"
                                  "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\n"
                                  "<main><h1>%1</h1>\n")
                       .arg(title);
    for (qsizetype k = 1; k < paragraphs.size(); ++k) {
        if (k % 6 == 0)
            html += QStringLiteral("<h2>Part %1</h2>\n").arg(k / 6);
        html += QStringLiteral("<p>") + paragraphs.at(k).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>\n"))
            + QStringLiteral("</p>\n");
    }
    return html + QStringLiteral("</main>\n<footer>© 2020 City network. All rights reserved.</footer>\n</body></html>\n");
}

void writePdf(const QString &path, const QStringList &paragraphs)
{
    QPdfWriter writer(path);
    writer.setTitle(paragraphs.first().simplified());
    writer.setCreator(QStringLiteral("citykb-importbench"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setPlainText(paragraphs.join(QStringLiteral("\n\n")));
    document.print(&writer); // wraps the lines and numbers the pages
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        fail(QStringLiteral("Cannot write %1.").arg(path));
}

struct Corpus
{
    QString dir;
    int files = 0;
    qint64 bytes = 0;
};

Corpus makeCorpus(const QString &format, const QString &dir, const QStringList &seeds, int docs)
{
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("Cannot make the folder %1.").arg(dir));
    Corpus corpus{dir, 0, 0};
    for (int i = 0; i < docs; ++i) {
        const QStringList paragraphs = variant(seeds, i);
        const QString base = QDir(dir).filePath(QStringLiteral("doc-%1").arg(i, 5, 10, QLatin1Char('0')));
        QString path;
        if (format == QLatin1String("text")) {
            path = base + QStringLiteral(".txt");
            writeFile(path, paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
        } else if (format == QLatin1String("html")) {
            path = base + QStringLiteral(".html");
            writeFile(path, htmlPage(paragraphs));
        } else {
            path = base + QStringLiteral(".pdf");
            writePdf(path, paragraphs);
        }
        corpus.bytes += QFileInfo(path).size();
        ++corpus.files;
    }
    return corpus;
}

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system time of all its threads (Recoll: of its processes)
    int documents = 0; // went in (CityKB) or indexed (Recoll)
    int failed = 0;
    qint64 sections = 0;
    QString note;
};

// The readers' output is kept for the bare Xapian runs.
Run readOnly(const Corpus &corpus, QList<ingest::ExtractedDocument> &read)
{
    Run run;
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    const QStringList names = QDir(corpus.dir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto doc = ingest::readDocument(QDir(corpus.dir).filePath(name));
        if (doc) {
            ++run.documents;
            run.sections += doc.value().sections.size();
            read.append(doc.value());
        } else {
            ++run.failed;
            run.note = doc.error();
        }
    }
    run.seconds = secondsSince(start);
    run.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuStart;
    return run;
}

// The import, then the KB's whole index rebuilt from its store (both cores, no reading or
// store writes): how much of the import's time the index alone needs.
// What Xapian alone costs for the readers' text, on one thread, in three layouts: as CityKB's
// index keeps it (one document per section, every word also stemmed: STEM_SOME, the English
// stopper, positions), one document per file stemmed the same way, and one document per file
// with the words as written only (Recoll's layout: it expands stems when it searches). Each
// with a commit every 25 files, CityKB's import batch. The bare calls are the point: no store,
// no facets or values, no spelling.
enum class BareLayout { Sections, Files, FilesUnstemmed };

Run bareXapian(const QList<ingest::ExtractedDocument> &documents, const QString &dir, BareLayout layout)
{
    QDir(dir).removeRecursively();
    Run run;
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    Xapian::WritableDatabase db(dir.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    Xapian::SimpleStopper stopper;
    for (const char *word : {"a", "an", "and", "in", "of", "on", "or", "the", "to", "for", "with", "is", "are", "by", "at"})
        stopper.add(word);
    if (layout != BareLayout::FilesUnstemmed) {
        generator.set_stemmer(Xapian::Stem("english"));
        generator.set_stopper(&stopper);
        generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    }
    int file = 0;
    for (const ingest::ExtractedDocument &document : documents) {
        Xapian::Document doc;
        generator.set_document(doc);
        for (const ingest::ExtractedSection &section : document.sections) {
            if (layout == BareLayout::Sections) {
                doc = Xapian::Document();
                generator.set_document(doc);
            }
            generator.index_text(section.headingPath.join(QLatin1Char(' ')).toStdString(), 2);
            generator.increase_termpos(100);
            generator.index_text(section.text.toStdString());
            generator.increase_termpos(100);
            if (layout == BareLayout::Sections) {
                generator.index_text(document.title.toStdString());
                db.add_document(doc);
                ++run.sections;
            }
        }
        if (layout != BareLayout::Sections) {
            generator.index_text(document.title.toStdString());
            db.add_document(doc);
        }
        if (++file % 25 == 0)
            db.commit();
        ++run.documents;
    }
    db.commit();
    run.seconds = secondsSince(start);
    run.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuStart;
    return run;
}

Run cityKbImport(const Corpus &corpus, const QString &kbDir, bool emptyKb, Run &reindexed)
{
    auto kb = KnowledgeBase::create(kbDir, emptyKb ? QString() : KnowledgeBase::seedDataDir());
    if (!kb)
        fail(QStringLiteral("Cannot create the KB in %1: %2").arg(kbDir, kb.error()));
    Run run;
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    const ImportReport report = DocumentImportService(*kb.value()).importPaths({corpus.dir});
    run.seconds = secondsSince(start);
    run.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuStart;
    run.documents = report.wentIn();
    run.failed = report.failed();
    for (const FileImport &f : report.files) {
        run.sections += f.sections;
        if (f.outcome == FileImport::Outcome::Failed && run.note.isEmpty())
            run.note = f.message;
    }
    const auto rebuildStart = Clock::now();
    const double rebuildCpuStart = cpuSeconds(RUSAGE_SELF);
    const auto rebuilt = MaintenanceService(*kb.value()).reindex();
    reindexed.seconds = secondsSince(rebuildStart);
    reindexed.cpuSeconds = cpuSeconds(RUSAGE_SELF) - rebuildCpuStart;
    if (!rebuilt)
        fail(QStringLiteral("Rebuilding the index of %1 failed: %2").arg(kbDir, rebuilt.error()));
    reindexed.documents = run.documents;
    reindexed.sections = run.sections;
    return run;
}

// Recoll's own count of what it indexed, from the status file recollindex leaves.
int recollCount(const QString &confDir, const QString &key)
{
    QFile status(QDir(confDir).filePath(QStringLiteral("idxstatus.txt")));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('=');
        if (parts.size() == 2 && parts.at(0).trimmed() == key.toLatin1())
            return parts.at(1).trimmed().toInt();
    }
    return -1;
}

Run recollIndex(const QString &recollindex, const Corpus &corpus, const QString &confDir)
{
    if (!QDir().mkpath(confDir))
        fail(QStringLiteral("Cannot make the folder %1.").arg(confDir));
    // Recoll's defaults, but for the folder, no spelling dictionary (aspell is not installed)
    // and English stemming, which is what CityKB's index does for these English documents.
    writeFile(QDir(confDir).filePath(QStringLiteral("recoll.conf")),
              QStringLiteral("topdirs = %1\nnoaspell = 1\nindexstemminglanguages = english\nloglevel = 1\n").arg(corpus.dir));
    Run run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds(RUSAGE_CHILDREN);
    process.start(recollindex, {QStringLiteral("-c"), confDir});
    if (!process.waitForFinished(-1))
        fail(QStringLiteral("recollindex did not run: %1.").arg(process.errorString()));
    run.seconds = secondsSince(start);
    run.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuStart; // its filters (pdftotext) included
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("recollindex failed with exit code %1: %2").arg(process.exitCode()).arg(QString::fromLocal8Bit(process.readAll()).left(500)));
    // Recoll counts the folder as a document too.
    run.documents = std::max(0, recollCount(confDir, QStringLiteral("docsdone")) - 1);
    run.failed = std::max(0, recollCount(confDir, QStringLiteral("fileerrors")));
    return run;
}

QJsonObject toJson(const Run &run, const Corpus &corpus)
{
    return QJsonObject{{QStringLiteral("seconds"), run.seconds},
                       {QStringLiteral("documents"), run.documents},
                       {QStringLiteral("failed"), run.failed},
                       {QStringLiteral("sections"), double(run.sections)},
                       {QStringLiteral("cpuSeconds"), run.cpuSeconds},
                       {QStringLiteral("docsPerSecond"), run.seconds > 0 ? corpus.files / run.seconds : 0.0},
                       {QStringLiteral("mbPerSecond"), run.seconds > 0 ? corpus.bytes / 1e6 / run.seconds : 0.0},
                       {QStringLiteral("note"), run.note}};
}

QString rates(const Run &run, const Corpus &corpus)
{
    if (run.seconds <= 0)
        return QStringLiteral("| - | - | - | - ");
    return QStringLiteral("| %1 | %2 | %3 | %4 ")
        .arg(run.seconds, 0, 'f', 2)
        .arg(corpus.files / run.seconds, 0, 'f', 1)
        .arg(corpus.bytes / 1e6 / run.seconds, 0, 'f', 2)
        .arg(1000 * run.cpuSeconds / corpus.files, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the PDFs, no window
    QGuiApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    const QString recollindex = options.recoll ? QStandardPaths::findExecutable(QStringLiteral("recollindex")) : QString();
    if (options.recoll && recollindex.isEmpty())
        fail(QStringLiteral("recollindex is not installed (Debian package recoll, scripts/deps.sh); use --no-recoll to leave it out."));

    const QDir outDir(options.outDir);
    if (!QDir().mkpath(options.outDir))
        fail(QStringLiteral("Cannot make the folder %1.").arg(options.outDir));
    for (const QString &sub : {QStringLiteral("corpus"), QStringLiteral("kb"), QStringLiteral("recoll")})
        QDir(outDir.filePath(sub)).removeRecursively(); // this program's own folders from an earlier run
    const QStringList seeds = readSeeds();

    out() << "citykb-importbench: " << options.docs << " documents per format, " << QSysInfo::prettyProductName() << ", "
          << QSysInfo::currentCpuArchitecture() << ", Qt " << qVersion() << ", KB " << (options.emptyKb ? "empty" : "seeded")
          << Qt::endl
          << Qt::endl
          << "| format | files | MB | engine | seconds | docs/s | MB/s | CPU ms/doc | sections | failed |" << Qt::endl
          << "|---|---|---|---|---|---|---|---|---|---|" << Qt::endl;

    QJsonArray results;
    Corpus total{outDir.filePath(QStringLiteral("corpus")), 0, 0};
    double cityKbSeconds = 0, recollSeconds = 0;
    for (const QString &format : options.formats) {
        const auto made = Clock::now();
        const Corpus corpus = makeCorpus(format, outDir.filePath(QStringLiteral("corpus/") + format), seeds, options.docs);
        const double makeSeconds = secondsSince(made);
        total.files += corpus.files;
        total.bytes += corpus.bytes;

        QList<ingest::ExtractedDocument> extracted;
        const Run read = readOnly(corpus, extracted);
        const QString bareDir = outDir.filePath(QStringLiteral("xapian"));
        const Run bareSections = bareXapian(extracted, bareDir, BareLayout::Sections);
        const Run bareFiles = bareXapian(extracted, bareDir, BareLayout::Files);
        const Run bareUnstemmed = bareXapian(extracted, bareDir, BareLayout::FilesUnstemmed);
        QDir(bareDir).removeRecursively();
        extracted.clear();
        Run reindexed;
        const Run imported = cityKbImport(corpus, outDir.filePath(QStringLiteral("kb/") + format), options.emptyKb, reindexed);
        Run indexed;
        if (!recollindex.isEmpty())
            indexed = recollIndex(recollindex, corpus, outDir.filePath(QStringLiteral("recoll/") + format));
        cityKbSeconds += imported.seconds;
        recollSeconds += indexed.seconds;

        const QString head = QStringLiteral("| %1 | %2 | %3 ").arg(format).arg(corpus.files).arg(corpus.bytes / 1e6, 0, 'f', 2);
        out() << head << "| readers only " << rates(read, corpus) << "| " << read.sections << " | " << read.failed << " |" << Qt::endl;
        out() << head << "| bare Xapian, a document per section, stemmed " << rates(bareSections, corpus) << "| " << bareSections.sections
              << " | 0 |" << Qt::endl;
        out() << head << "| bare Xapian, a document per file, stemmed " << rates(bareFiles, corpus) << "| - | 0 |" << Qt::endl;
        out() << head << "| bare Xapian, a document per file, as written " << rates(bareUnstemmed, corpus) << "| - | 0 |" << Qt::endl;
        out() << head << "| CityKB import " << rates(imported, corpus) << "| " << imported.sections << " | " << imported.failed << " |"
              << Qt::endl;
        out() << head << "| CityKB reindex after it " << rates(reindexed, corpus) << "| " << reindexed.sections << " | 0 |" << Qt::endl;
        if (!recollindex.isEmpty())
            out() << head << "| recollindex " << rates(indexed, corpus) << "| - | " << indexed.failed << " |" << Qt::endl;
        for (const Run *r : {&read, &imported})
            if (!r->note.isEmpty())
                QTextStream(stderr) << format << ": " << r->note << Qt::endl;
        if (!recollindex.isEmpty() && indexed.documents != corpus.files)
            QTextStream(stderr) << format << ": Recoll indexed " << indexed.documents << " of " << corpus.files << " files." << Qt::endl;
        if (imported.documents != corpus.files)
            fail(QStringLiteral("Only %1 of the %2 %3 files went in.").arg(imported.documents).arg(corpus.files).arg(format));

        QJsonObject result{{QStringLiteral("format"), format},
                           {QStringLiteral("files"), corpus.files},
                           {QStringLiteral("bytes"), double(corpus.bytes)},
                           {QStringLiteral("corpusSeconds"), makeSeconds},
                           {QStringLiteral("readersOnly"), toJson(read, corpus)},
                           {QStringLiteral("bareXapianSections"), toJson(bareSections, corpus)},
                           {QStringLiteral("bareXapianFiles"), toJson(bareFiles, corpus)},
                           {QStringLiteral("bareXapianFilesAsWritten"), toJson(bareUnstemmed, corpus)},
                           {QStringLiteral("cityKb"), toJson(imported, corpus)},
                           {QStringLiteral("cityKbReindex"), toJson(reindexed, corpus)}};
        if (!recollindex.isEmpty()) {
            result.insert(QStringLiteral("recoll"), toJson(indexed, corpus));
            result.insert(QStringLiteral("ratio"), indexed.seconds / imported.seconds); // > 1: CityKB faster
        }
        results.append(result);
    }

    out() << Qt::endl << "All formats: " << total.files << " files, " << QString::number(total.bytes / 1e6, 'f', 2) << " MB; CityKB "
          << QString::number(total.files / cityKbSeconds, 'f', 1) << " docs/s";
    if (!recollindex.isEmpty())
        out() << ", Recoll " << QString::number(total.files / recollSeconds, 'f', 1) << " docs/s; CityKB's rate is "
              << QString::number(recollSeconds / cityKbSeconds, 'f', 2) << "x Recoll's";
    out() << Qt::endl;

    QJsonObject report{{QStringLiteral("docsPerFormat"), options.docs},
                       {QStringLiteral("machine"), QString(QSysInfo::prettyProductName() + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture())},
                       {QStringLiteral("seededKb"), !options.emptyKb},
                       {QStringLiteral("results"), results}};
    QFile json(outDir.filePath(QStringLiteral("importbench.json")));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(report).toJson()) < 0)
        fail(QStringLiteral("Cannot write %1.").arg(json.fileName()));
    return 0;
}
