#pragma once

#include <QString>
#include <QStringList>

#include <QList>

namespace citykb::ingest {

// One section of a document as its own structure gives it: the headings above it (outermost
// first, empty for text before the first heading), its cleaned text and, for paged formats,
// the page it starts on.
struct ExtractedSection
{
    QStringList headingPath;
    QString text;
    int page = 0; // 1-based; 0 when the format has no pages
};

// What a reader got out of one file, cleaned and split, before anything touches the store.
struct ExtractedDocument
{
    QString format;   // "text", "markdown", "html", "pdf", "docx" or "odt"
    QString title;    // from metadata, else the first heading or line
    QString language; // ISO 639-1 code detected from the text ("" when it cannot be told)
    QString encoding; // the source's character encoding, for formats that do not fix it
    QString author;   // from metadata, when the file has any
    QString date;     // ISO 8601 date from metadata, when the file has one
    QString checksum; // "sha256:" + hex of the original file's bytes
    int pages = 0;    // the number of pages of a PDF; 0 for formats without pages
    QList<ExtractedSection> sections;
};

} // namespace citykb::ingest
