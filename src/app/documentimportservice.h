#pragma once

#include "app/mentionfinder.h"
#include "app/transcriptimport.h"
#include "core/result.h"
#include "ingest/extracteddocument.h"
#include "store/store.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace citykb {

class JobControl;
class KnowledgeBase;

// What importing one file came to.
struct FileImport
{
    enum class Outcome {
        Imported,  // a new document, or a bundle's records
        FilledIn,  // the KB's record of this file (same checksum, no sections yet) got its sections
        Unchanged, // the file was imported before: nothing changed
        Failed,
    };

    QString file;
    bool bundle = false;
    Outcome outcome = Outcome::Failed;
    QString message; // Failed: one sentence saying why; Unchanged: one sentence saying so
    ErrorKind errorKind = ErrorKind::BadInput; // Failed: Unavailable when the KB, not the file, failed
    // A document:
    QString key;
    QString title;
    QString language; // ISO 639-1, empty when unknown
    int sections = 0;
    int links = 0;
    // A bundle:
    ImportSummary records;
    // A document holding filled-in questionnaires (interview transcripts): the questionnaire and
    // responses made from it, in the same write as the document.
    std::optional<TranscriptImport> transcript;

    bool wentIn() const { return outcome == Outcome::Imported || outcome == Outcome::FilledIn; }
};

// What importing many files came to.
struct ImportReport
{
    QList<FileImport> files;
    bool cancelled = false;

    int wentIn() const;
    int unchanged() const;
    int failed() const;
    // "3 of 4 files were imported; 1 failed." (one sentence)
    QString summary() const;
};

// Brings documents into the KB (issue 11): one extracted document with its original file in
// one write, linked to the records it mentions, the file kept in the KB folder; many files and
// folders as a job that goes on past a bad file. Bundles among the files go to ImportService.
// Belongs to the session's thread.
class DocumentImportService
{
public:
    explicit DocumentImportService(KnowledgeBase &kb) : m_kb(kb) {}

    // Imports `document`, as a reader extracted it from `originalFile`, in one write: the
    // document record (title, kind, language, date, organisation, file name, checksum) with its
    // sections (heading path joined by " › ", page, text) and its mentions, and the original
    // file copied to files/ in the KB folder. A file imported before (same checksum) changes
    // nothing (Unchanged); a record of the seed data with that checksum and no sections gets
    // the sections (FilledIn). A document that holds filled-in questionnaires also brings them
    // in as a questionnaire and its responses (importTranscript), in the same write, when the
    // document goes in or is filled in. Any failure leaves nothing behind: no record, no file.
    Result<FileImport> importDocument(const ingest::ExtractedDocument &document, const QString &originalFile);

    // Imports files and folders (walked, hidden files skipped): a .json file, or any file that
    // starts with "{" or "[" and names the bundle format, is a bundle; every other file is a
    // document. Bundles go in first, together in one write (records of one may refer to another);
    // then each document in a write of its own, linked also to what the bundles brought. A bad
    // file gets one sentence and the rest go on. `control` gets progress after each file and
    // can cancel between files (what went in stays).
    ImportReport importPaths(const QStringList &paths, JobControl *control = nullptr);

    // importPaths as a job for SessionHost::startJob: the report lands in `*report`; the job
    // fails with the summary when a file failed, and is Cancelled when cancelled.
    static std::function<Status(KnowledgeBase &, JobControl &)> job(QStringList paths, std::shared_ptr<ImportReport> report);

    // The KB's copy of a document's original file (files/<sha256>.<ext> in the KB folder), or
    // empty when the KB has none.
    static QString storedFile(const QString &kbDir, const QJsonObject &document);
    // The folder in a KB that holds the original files.
    static QString filesDirName();

private:
    // A document made ready for writing: all that needs neither the store nor the index, so
    // that a run of many files does it on its reading threads.
    struct Prepared;
    static Prepared prepare(const ingest::ExtractedDocument &document, const MentionFinder *names);

    Result<const MentionFinder *> finder();
    // importDocument once the document is prepared.
    Result<FileImport> importPrepared(const Prepared &prepared, const QString &originalFile);

    KnowledgeBase &m_kb;
    // The names to link to, read once for a run; importPaths reads them again after bundles.
    std::optional<MentionFinder> m_finder;
};

} // namespace citykb
