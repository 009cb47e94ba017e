#pragma once

#include "documentreader.h"
#include "rawdocument.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace citykb::ingest {

// DOCX or ODT when a ZIP archive holds a Word or OpenDocument text, else a sentence saying
// what the archive is instead (a spreadsheet, a presentation, a plain ZIP, a damaged one).
Result<DocumentFormat> identifyZipDocument(const QByteArray &bytes, const QString &name);
Result<DocumentFormat> identifyZipDocument(QIODevice *device, const QString &name);

// Reads word/document.xml, word/styles.xml and docProps/core.xml from a DOCX, or
// content.xml and meta.xml from an ODT, within the limits on uncompressed size and
// compression ratio, and hands them to the XML readers below.
Result<RawDocument> readDocx(const QByteArray &bytes, const QString &name, const ReadLimits &limits);
Result<RawDocument> readOdt(const QByteArray &bytes, const QString &name, const ReadLimits &limits);

// The XML of a DOCX: paragraphs in order, "heading N" styles (whatever language the style
// IDs are in) and outline levels as headings, the Title style as title candidate, tables of
// contents and deleted text left out; core.xml's title, creator and creation date.
Result<RawDocument> parseDocxXml(const QByteArray &documentXml, const QByteArray &stylesXml, const QByteArray &coreXml,
                                 const QString &name, qint64 maxTextLength);

// The XML of an ODT: text:h with its outline level as headings, text:p as paragraphs, notes,
// annotations, tracked deletions and indexes left out; meta.xml's title, creator and date.
Result<RawDocument> parseOdtXml(const QByteArray &contentXml, const QByteArray &metaXml, const QString &name,
                                qint64 maxTextLength);

} // namespace citykb::ingest
