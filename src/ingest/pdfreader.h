#pragma once

#include "documentreader.h"
#include "rawdocument.h"

#include <QByteArray>
#include <QString>

namespace citykb::ingest {

// Reads a PDF with Poppler: the text of each page in reading order, cleaned as one text with
// page breaks (so running headers, footers and page numbers go); sections from the outline
// (bookmarks) when there is one, else from numbered headings; title, author and creation
// date from the document information. A password-protected, damaged or text-less PDF, or one
// with more than limits.maxPages pages, is refused with a sentence saying so.
Result<RawDocument> readPdf(const QByteArray &bytes, const QString &name, const ReadLimits &limits, int *pageCount = nullptr);

} // namespace citykb::ingest
