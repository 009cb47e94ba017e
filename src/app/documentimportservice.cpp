#include "documentimportservice.h"

#include "importservice.h"
#include "job.h"
#include "knowledgebase.h"

#include "core/outputfile.h"
#include "core/validation.h"
#include "ingest/bundlereader.h"
#include "ingest/documentreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QThread>

#include <spdlog/spdlog.h>
#include <atomic>
#include <deque>
#include <future>
#include <semaphore>

namespace citykb {

namespace {

// How far an import lets the search index lag behind the store before it hands it what was
// written: a second, or about 25 reports' worth of text (Xapian writes a batch of that size
// fastest: a larger one costs more per document, a smaller one more commits).
constexpr qint64 IndexFlushMs = 1000;
constexpr qint64 IndexFlushCharacters = 1000000;

std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("app");
    return logger ? logger : spdlog::default_logger();
}

const QString HeadingSeparator = QStringLiteral(" \u203a ");

// "sha256:<hex>" → "<hex>"; empty for anything else.
QString checksumHex(const QString &checksum)
{
    static const QRegularExpression sha(QStringLiteral("^sha256:([0-9a-f]{64})$"));
    const auto m = sha.match(checksum);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The extension a copy keeps, so that the desktop opens it with the right program.
QString safeSuffix(const QString &fileName)
{
    static const QRegularExpression suffix(QStringLiteral("^[a-z0-9]{1,10}$"));
    const QString s = QFileInfo(fileName).suffix().toLower();
    return suffix.match(s).hasMatch() ? s : QString();
}

QString storedName(const QString &hex, const QString &fileName)
{
    const QString suffix = safeSuffix(fileName);
    return suffix.isEmpty() ? hex : hex + QLatin1Char('.') + suffix;
}

// The kind a document most likely is, from its title and opening words; "report" otherwise.
QString guessKind(const ingest::ExtractedDocument &document)
{
    const QString title = document.title.toLower();
    QString opening;
    for (const ingest::ExtractedSection &s : document.sections) {
        opening += s.headingPath.join(QLatin1Char(' ')) + QLatin1Char(' ') + s.text.left(1500) + QLatin1Char(' ');
        if (opening.size() > 1500)
            break;
    }
    opening = opening.left(1500).toLower();
    // Compiled once: the import guesses the kind of every document it reads.
    static const QRegularExpression transcript(QStringLiteral("\\btranscript|\\binterview\\b|\\bentretien\\b|\\bprotokoll"));
    static const QRegularExpression call(QStringLiteral("\\bcall for\\b|\\bappel à\\b|\\baufruf\\b"));
    static const QRegularExpression workPlan(QStringLiteral(
        "\\bwork ?plan\\b|\\barbeitsplan|\\barbeitsprogramm|\\bplan de travail\\b|\\bprogramme de travail\\b"));
    static const QRegularExpression conference(QStringLiteral("\\bconference\\b|\\bkonferenz|\\bconférence\\b|\\bconferencia\\b"));
    static const QRegularExpression study(QStringLiteral("\\bstudy\\b|\\bstudie\\b|\\bétude\\b|\\bestudio\\b"));
    if (transcript.match(title).hasMatch())
        return QStringLiteral("transcript");
    if (call.match(title).hasMatch())
        return QStringLiteral("call");
    for (const QString &text : {title, opening}) {
        if (workPlan.match(text).hasMatch())
            return QStringLiteral("work plan");
        if (conference.match(text).hasMatch())
            return QStringLiteral("conference report");
        if (study.match(text).hasMatch())
            return QStringLiteral("study");
    }
    if (document.format == QLatin1String("html"))
        return QStringLiteral("web page");
    return QStringLiteral("report");
}

// A date of the data model from a reader's ISO 8601 date ("2018-02-12T10:00:00" → "2018-02-12").
QString modelDate(const QString &date)
{
    for (int length : {10, 7, 4}) {
        const QString part = date.left(length);
        if (part.size() == length && isPartialDate(part))
            return part;
    }
    return {};
}

// Copies `from` into `target` through a temporary file beside it, hashing what it copies.
// Returns the SHA-256 in hex; the target holds the copy only when the whole file got there.
Result<QString> copyHashing(const QString &from, const QString &target)
{
    using R = Result<QString>;
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(from), in.errorString()));
    auto temp = temporarySibling(target);
    if (!temp)
        return temp.fullError();
    QFile out(temp.value());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool ok = out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QByteArray chunk;
    while (ok && !in.atEnd()) {
        chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            break;
        hash.addData(chunk);
        ok = out.write(chunk) == chunk.size();
    }
    const bool readFailed = in.error() != QFile::NoError;
    out.close();
    if (!ok || readFailed) {
        QFile::remove(temp.value());
        return R::failure(QStringLiteral("%1 could not be copied into the KB: %2.")
                              .arg(QDir::toNativeSeparators(from), readFailed ? in.errorString() : out.errorString()),
                          ErrorKind::Unavailable);
    }
    if (Status s = replaceWith(temp.value(), target); !s)
        return s.fullError();
    return QString::fromLatin1(hash.result().toHex());
}

// Why `path` cannot be imported before reading it, or empty.
QString notImportable(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("There is no file %1.").arg(QDir::toNativeSeparators(path));
    if (const QString kind = nonRegularFileKind(path); !kind.isEmpty())
        return QStringLiteral("%1 is %2, not a file to import.").arg(QDir::toNativeSeparators(path), kind);
    return {};
}

// A JSON bundle: a .json file (no document format is JSON, so a broken bundle gets a JSON
// error rather than being read as text), or by its content, whatever the name: "{" or "["
// first (after a byte order mark and blanks) and the bundle format named near the start.
// Everything else is a document.
bool isBundle(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = f.read(4096);
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    head = head.trimmed();
    if (!head.startsWith('{') && !head.startsWith('['))
        return false;
    return looksLikeBundle(path);
}

FileImport failure(const QString &file, const QString &message, ErrorKind kind = ErrorKind::BadInput)
{
    FileImport r;
    r.file = file;
    r.outcome = FileImport::Outcome::Failed;
    r.message = message;
    r.errorKind = kind;
    return r;
}

} // namespace

int ImportReport::wentIn() const
{
    return int(std::count_if(files.begin(), files.end(), [](const FileImport &f) { return f.wentIn(); }));
}

int ImportReport::unchanged() const
{
    return int(std::count_if(files.begin(), files.end(), [](const FileImport &f) { return f.outcome == FileImport::Outcome::Unchanged; }));
}

int ImportReport::failed() const
{
    return int(std::count_if(files.begin(), files.end(), [](const FileImport &f) { return f.outcome == FileImport::Outcome::Failed; }));
}

QString ImportReport::summary() const
{
    QString text = QStringLiteral("%1 of %2 file%3 %4 imported").arg(wentIn()).arg(files.size())
                       .arg(files.size() == 1 ? QString() : QStringLiteral("s"),
                            wentIn() == 1 ? QStringLiteral("was") : QStringLiteral("were"));
    QStringList rest;
    if (unchanged() > 0)
        rest.append(QStringLiteral("%1 %2 there already").arg(unchanged()).arg(unchanged() == 1 ? QStringLiteral("was") : QStringLiteral("were")));
    if (failed() > 0)
        rest.append(QStringLiteral("%1 failed").arg(failed()));
    if (cancelled)
        rest.append(QStringLiteral("the rest were left when the import was cancelled"));
    if (!rest.isEmpty())
        text += QStringLiteral("; ") + rest.join(QStringLiteral(", "));
    return text + QLatin1Char('.');
}

QString DocumentImportService::filesDirName()
{
    return QStringLiteral("files");
}

QString DocumentImportService::storedFile(const QString &kbDir, const QJsonObject &document)
{
    const QString hex = checksumHex(document.value(QStringLiteral("checksum")).toString());
    if (hex.isEmpty())
        return {};
    const QString path = QDir(kbDir).filePath(filesDirName() + QLatin1Char('/')
                                              + storedName(hex, document.value(QStringLiteral("file_name")).toString()));
    return QFileInfo(path).isFile() ? path : QString();
}

Result<const MentionFinder *> DocumentImportService::finder()
{
    if (!m_finder) {
        auto reader = m_kb.reader();
        if (!reader)
            return reader.fullError();
        auto built = MentionFinder::fromStore(*reader.value());
        if (!built)
            return built.fullError();
        m_finder = std::move(built).value();
    }
    return &*m_finder;
}

struct DocumentImportService::Prepared
{
    ingest::ExtractedDocument document;
    std::optional<Transcript> transcript; // the filled-in questionnaires it holds
    QString kind;                         // guessed from its title and opening words
    QList<QJsonObject> sections;          // as the record keeps them; empty: no text to import
    QStringList texts;                    // their texts, for finding mentions
    std::optional<QList<Mention>> mentions; // found already when the names were at hand
};

DocumentImportService::Prepared DocumentImportService::prepare(const ingest::ExtractedDocument &document, const MentionFinder *names)
{
    Prepared p;
    p.document = document;
    p.transcript = readTranscript(document.sections);
    p.kind = guessKind(document);
    for (const ingest::ExtractedSection &s : document.sections) {
        QStringList path;
        for (const QString &h : s.headingPath) {
            if (!h.trimmed().isEmpty())
                path.append(h.simplified());
        }
        const QString text = s.text.trimmed();
        if (text.isEmpty() && path.isEmpty())
            continue;
        QJsonObject section;
        if (!path.isEmpty())
            section.insert(QStringLiteral("heading"), path.join(HeadingSeparator));
        if (s.page > 0)
            section.insert(QStringLiteral("page"), s.page);
        if (!text.isEmpty())
            section.insert(QStringLiteral("text"), text);
        p.sections.append(section);
        p.texts.append(text);
    }
    if (names)
        p.mentions = names->find(p.texts);
    return p;
}

Result<FileImport> DocumentImportService::importDocument(const ingest::ExtractedDocument &document, const QString &originalFile)
{
    return importPrepared(prepare(document, nullptr), originalFile);
}

Result<FileImport> DocumentImportService::importPrepared(const Prepared &prepared, const QString &originalFile)
{
    using R = Result<FileImport>;
    const QString shownFile = QDir::toNativeSeparators(originalFile);
    if (const QString problem = notImportable(originalFile); !problem.isEmpty())
        return R::failure(problem);
    const QString fileName = QFileInfo(originalFile).fileName();
    const ingest::ExtractedDocument &document = prepared.document;
    const std::optional<Transcript> &transcript = prepared.transcript;
    const QList<QJsonObject> &sections = prepared.sections;
    if (sections.isEmpty())
        return R::failure(QStringLiteral("%1 holds no text to import.").arg(shownFile));

    // The original goes into files/ first, named by its checksum; it stays only if the record
    // is written.
    const QString filesDir = QDir(m_kb.dir()).filePath(filesDirName());
    if (!QDir().mkpath(filesDir))
        return R::failure(QStringLiteral("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(filesDir)), ErrorKind::Unavailable);
    QString hex = checksumHex(document.checksum);
    const QString expected = hex;
    QString target;
    bool copied = false;
    if (hex.isEmpty() || !QFileInfo::exists(QDir(filesDir).filePath(storedName(hex, fileName)))) {
        // Named by the checksum the reader saw, else by a temporary name until it is known.
        target = QDir(filesDir).filePath(hex.isEmpty() ? QStringLiteral("incoming") : storedName(hex, fileName));
        auto copy = copyHashing(originalFile, target);
        if (!copy)
            return copy.fullError();
        hex = copy.value();
        copied = true;
        if (!expected.isEmpty() && hex != expected) {
            QFile::remove(target);
            return R::failure(QStringLiteral("%1 changed while it was being imported; import it again.").arg(shownFile));
        }
        const QString final = QDir(filesDir).filePath(storedName(hex, fileName));
        if (final != target && QFileInfo::exists(final)) {
            // The KB holds these very bytes already (the name is their checksum).
            QFile::remove(target);
            copied = false;
        } else if (final != target) {
            if (!QFile::rename(target, final)) {
                QFile::remove(target);
                return R::failure(QStringLiteral("The copy of %1 could not be put in %2.").arg(shownFile, QDir::toNativeSeparators(filesDir)),
                                  ErrorKind::Unavailable);
            }
            target = final;
        }
    }
    const QString checksum = QStringLiteral("sha256:") + hex;

    QList<Mention> mentions;
    if (prepared.mentions) {
        mentions = *prepared.mentions;
    } else {
        auto found = finder();
        if (!found) {
            if (copied)
                QFile::remove(target);
            return found.fullError();
        }
        mentions = found.value()->find(prepared.texts);
    }

    FileImport result;
    result.file = originalFile;
    QJsonArray sectionArray;
    for (const QJsonObject &s : sections)
        sectionArray.append(s);
    QString language = document.language.trimmed().toLower();
    if (!QRegularExpression(QStringLiteral("^[a-z]{2}$")).match(language).hasMatch())
        language.clear();

    auto written = m_kb.write([&](Store &store) -> Status {
        auto same = store.list(RecordType::Document, {Filter{QStringLiteral("checksum"), checksum}});
        if (!same)
            return Status(same.fullError());
        QJsonObject record;
        bool fillIn = false;
        for (const QJsonObject &existing : same.value()) {
            if (!existing.value(QStringLiteral("sections")).toArray().isEmpty()) {
                result.outcome = FileImport::Outcome::Unchanged;
                result.key = existing.value(QStringLiteral("key")).toString();
                result.title = existing.value(QStringLiteral("title")).toString();
                result.language = existing.value(QStringLiteral("language")).toString();
                result.sections = int(existing.value(QStringLiteral("sections")).toArray().size());
                result.links = linkCount(mentionsOf(existing));
                result.message = QStringLiteral("%1 was imported before, as the document \"%2\"; nothing changed.").arg(shownFile, result.key);
                return {};
            }
            record = existing;
            fillIn = true;
        }
        if (fillIn) {
            // The seed data's record of this file: its curated fields stay, the text comes in.
            record.remove(QStringLiteral("revision"));
            if (!record.contains(QStringLiteral("language")) && !language.isEmpty())
                record.insert(QStringLiteral("language"), language);
            if (!record.contains(QStringLiteral("file_name")))
                record.insert(QStringLiteral("file_name"), fileName);
        } else {
            QString title = document.title.simplified();
            if (title.isEmpty())
                title = QFileInfo(originalFile).completeBaseName();
            const QString base = keyFromName(title);
            QString key = base;
            for (int n = 2;; ++n) {
                auto id = store.idOf(RecordType::Document, key);
                if (!id)
                    return Status(id.fullError());
                if (!id.value())
                    break;
                const QString suffix = QStringLiteral("-%1").arg(n);
                key = base.left(80 - suffix.size()) + suffix;
            }
            record.insert(QStringLiteral("key"), key);
            record.insert(QStringLiteral("title"), title);
            record.insert(QStringLiteral("kind"), prepared.kind);
            if (const QString date = modelDate(document.date); !date.isEmpty())
                record.insert(QStringLiteral("date"), date);
            if (!document.author.trimmed().isEmpty())
                record.insert(QStringLiteral("organisation"), document.author.simplified());
            if (!language.isEmpty())
                record.insert(QStringLiteral("language"), language);
            record.insert(QStringLiteral("file_name"), fileName);
            record.insert(QStringLiteral("checksum"), checksum);
        }
        record.insert(QStringLiteral("sections"), sectionArray);
        record.insert(QStringLiteral("mentions"), mentionsToJson(MentionFinder::merge(mentionsOf(record), mentions)));
        const QString key = record.value(QStringLiteral("key")).toString();
        Status s = fillIn ? store.update(RecordType::Document, key, record) : Status::from(store.create(RecordType::Document, record));
        if (!s)
            return Status::failure(QStringLiteral("%1 could not be imported: %2").arg(shownFile, s.error()), s.errorKind());
        if (transcript) {
            auto answers = importTranscript(store, *transcript, key, record.value(QStringLiteral("title")).toString());
            if (!answers)
                return Status::failure(QStringLiteral("%1 could not be imported: %2").arg(shownFile, answers.error()), answers.errorKind());
            result.transcript = answers.value();
        }
        result.outcome = fillIn ? FileImport::Outcome::FilledIn : FileImport::Outcome::Imported;
        result.key = key;
        result.title = record.value(QStringLiteral("title")).toString();
        result.language = record.value(QStringLiteral("language")).toString();
        result.sections = int(sectionArray.size());
        result.links = linkCount(mentionsOf(record));
        return {};
    });
    if (!written || !result.wentIn()) {
        // Nothing was written (a failure, or a file the KB has): a copy made here goes too.
        if (copied)
            QFile::remove(target);
        if (!written)
            return written.fullError();
        return result;
    }
    log()->info("imported {} as document {}: {} sections, {} links", originalFile.toStdString(), result.key.toStdString(),
                result.sections, result.links);
    if (result.transcript)
        log()->info("{}: {}", result.key.toStdString(), result.transcript->summary().toStdString());
    return result;
}

namespace {

// Reads and prepares the documents of a run ahead of their writing, in order: a few at once,
// and no further ahead than a few files and a bounded amount of input, so that a long run of
// large files cannot fill the memory.
template <typename T>
class ReadAhead
{
public:
    using Read = std::function<Result<T>(const QString &file)>;

    ReadAhead(QStringList files, Read read) : m_files(std::move(files)), m_read(std::move(read)) { fill(); }
    // A run that stops early (cancelled) waits only for the files being read, not for those queued.
    ~ReadAhead() { m_stopping = true; }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next file's result; call it once per file.
    Result<T> next()
    {
        Pending pending = std::move(m_pending.front());
        m_pending.pop_front();
        Result<T> result = pending.result.get();
        m_bytesAhead -= pending.bytes;
        fill();
        return result;
    }

private:
    struct Pending
    {
        std::future<Result<T>> result;
        qint64 bytes = 0;
    };

    void fill()
    {
        while (m_nextFile < m_files.size() && m_pending.size() < MaxFiles && (m_pending.empty() || m_bytesAhead < MaxBytes)) {
            const QString file = m_files.at(m_nextFile++);
            Pending pending;
            pending.bytes = QFileInfo(file).size();
            m_bytesAhead += pending.bytes;
            pending.result = std::async(std::launch::async, [this, file] {
                m_turns.acquire();
                struct Release
                {
                    std::counting_semaphore<> &turns;
                    ~Release() { turns.release(); }
                } release{m_turns};
                if (m_stopping)
                    return Result<T>::failure(QStringLiteral("The import stopped before %1 was read.").arg(QDir::toNativeSeparators(file)));
                return m_read(file);
            });
            m_pending.push_back(std::move(pending));
        }
    }

    static constexpr std::size_t MaxFiles = 8;
    static constexpr qint64 MaxBytes = 64LL * 1024 * 1024;

    const QStringList m_files;
    const Read m_read;
    std::counting_semaphore<> m_turns{std::max(2, QThread::idealThreadCount())}; // files read at once
    std::atomic<bool> m_stopping{false};
    std::deque<Pending> m_pending; // after m_turns: its futures wait for their reads on destruction
    qsizetype m_nextFile = 0;
    qint64 m_bytesAhead = 0;
};

} // namespace

ImportReport DocumentImportService::importPaths(const QStringList &paths, JobControl *control)
{
    ImportReport report;
    QStringList bundles;
    QStringList documents;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inside;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!it.fileInfo().fileName().startsWith(QLatin1Char('.')))
                    inside.append(file);
            }
            inside.sort();
            if (inside.isEmpty())
                report.files.append(failure(path, QStringLiteral("The folder %1 holds no file to import.").arg(QDir::toNativeSeparators(path))));
            for (const QString &file : inside) {
                if (const QString problem = notImportable(file); !problem.isEmpty())
                    report.files.append(failure(file, problem));
                else
                    (isBundle(file) ? bundles : documents).append(file);
            }
            continue;
        }
        if (const QString problem = notImportable(path); !problem.isEmpty()) {
            report.files.append(failure(path, problem));
            continue;
        }
        (isBundle(path) ? bundles : documents).append(path);
    }
    const qint64 total = bundles.size() + documents.size();
    qint64 done = 0;
    if (!bundles.isEmpty()) {
        auto summaries = ImportService(m_kb).importFiles(bundles);
        for (qsizetype i = 0; i < bundles.size(); ++i) {
            FileImport f = summaries ? FileImport{} : failure(bundles.at(i), summaries.error(), summaries.errorKind());
            f.file = bundles.at(i);
            f.bundle = true;
            if (summaries) {
                f.outcome = FileImport::Outcome::Imported;
                f.records = summaries.value().at(i);
            }
            report.files.append(f);
        }
        m_finder.reset(); // the bundles may have brought records to link to
        done += bundles.size();
        if (control && !control->report(done, total))
            report.cancelled = true;
    }
    // Each document is its own store transaction, but the index takes them in batches, written
    // on a thread of its own while this one writes the next files (IndexBatch::startFlush).
    // Files are read and prepared ahead, several at once on threads of their own, and written
    // here in order: reading, recognising filled-in questionnaires and finding mentions keep the
    // other cores busy (docs/benchmarks.md, "Document import").
    KnowledgeBase::IndexBatch batch(m_kb);
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    qint64 charactersSinceFlush = 0;
    auto names = finder(); // when it fails, each file says why as it is written
    const MentionFinder *known = names ? names.value() : nullptr;
    ReadAhead<Prepared> reading(documents, [known](const QString &file) -> Result<Prepared> {
        auto document = ingest::readDocument(file);
        if (!document)
            return document.fullError();
        return prepare(document.value(), known);
    });
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString &file = documents.at(i);
        if (report.cancelled || (control && control->isCancelled())) {
            report.cancelled = true;
            break;
        }
        Result<Prepared> read = reading.next();
        Result<FileImport> imported = read ? importPrepared(read.value(), file) : Result<FileImport>(read.fullError());
        report.files.append(imported ? imported.value() : failure(file, imported.error(), imported.errorKind()));
        if (!imported)
            log()->info("importing {} failed: {}", file.toStdString(), imported.error().toStdString());
        if (imported && imported.value().wentIn()) {
            for (const QString &text : read.value().texts)
                charactersSinceFlush += text.size();
        }
        if (sinceFlush.elapsed() >= IndexFlushMs || charactersSinceFlush >= IndexFlushCharacters) {
            batch.startFlush();
            sinceFlush.restart();
            charactersSinceFlush = 0;
        }
        if (control && !control->report(++done, total))
            report.cancelled = true;
    }
    return report;
}

std::function<Status(KnowledgeBase &, JobControl &)> DocumentImportService::job(QStringList paths, std::shared_ptr<ImportReport> report)
{
    return [paths = std::move(paths), report = std::move(report)](KnowledgeBase &kb, JobControl &control) -> Status {
        *report = DocumentImportService(kb).importPaths(paths, &control);
        if (report->cancelled)
            return Status::failure(QStringLiteral("The import was cancelled: %1").arg(report->summary()), ErrorKind::Cancelled);
        if (report->failed() > 0)
            return Status::failure(report->summary());
        return {};
    };
}

} // namespace citykb
