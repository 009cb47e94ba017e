#pragma once

#include "core/result.h"
#include "extracteddocument.h"

#include <QByteArray>
#include <QString>

namespace citykb::ingest {

enum class DocumentFormat { Text, Markdown, Html, Pdf, Docx, Odt };

// "text", "markdown", "html", "pdf", "docx" or "odt", as ExtractedDocument::format holds it.
QString formatName(DocumentFormat format);

// Bounds on what one file may cost to read; past them a file is refused with the reason.
struct ReadLimits
{
    qint64 maxFileSize = 256LL * 1024 * 1024;        // PDF, DOCX and ODT files (read whole)
    qint64 maxTextFileSize = 32LL * 1024 * 1024;     // plain text (read whole, decoded, cleaned: about 15 bytes of memory a byte)
    qint64 maxMarkupFileSize = 16LL * 1024 * 1024;   // HTML and Markdown (parsed into a tree)
    qint64 maxUncompressedSize = 256LL * 1024 * 1024; // the parts read from one DOCX or ODT together
    qint64 maxCompressionRatio = 200;                 // uncompressed to compressed, per part over 1 MiB
    qint64 maxTextLength = 64LL * 1024 * 1024;        // characters of text taken from one document
    int maxPages = 20000;                             // pages of a PDF
    int maxSections = 20000;                          // later headings stay text of the last section
};

// Reads a document file: the format is told by its content (a PDF, DOCX or ODT signature,
// HTML markup, else text; Markdown by its name or its # headings), never by the name alone.
// The text comes out decoded, cleaned and split into sections, with title, language, author,
// date and the SHA-256 of the file. Fails with one sentence naming the file for a missing,
// empty, oversized, damaged, password-protected or unsupported file (a PNG named .docx, a
// zip bomb, binary garbage) and for a document with no text in it.
Result<ExtractedDocument> readDocument(const QString &path, const ReadLimits &limits = {});

// The same for bytes already in memory; nameHint names the file in messages and helps tell
// Markdown from plain text.
Result<ExtractedDocument> readDocumentBytes(const QByteArray &bytes, const QString &nameHint,
                                            const ReadLimits &limits = {});

// The format of a document file from its first bytes (and, for ZIP files, the archive's
// table of contents), or a sentence saying why it is none CityKB reads.
Result<DocumentFormat> sniffDocumentFormat(const QString &path);

// True when readDocument would take the file for a document: a PDF, DOCX, ODT, HTML,
// Markdown or text file that is not a JSON file (JSON goes to the bundle importer). Reads at
// most the first 64 KiB and, for ZIP files, the archive's table of contents.
bool isDocumentFile(const QString &path);

} // namespace citykb::ingest
