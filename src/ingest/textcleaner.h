#pragma once

#include <QString>
#include <QStringList>

namespace citykb::ingest {

// Text as cleanText leaves it: paragraphs separated by one blank line, a list item or a line
// that ends a short line of its own (a heading, an address line) on a line of its own, and a
// line holding only '\f' wherever a page ended.
struct CleanedText
{
    QString text;
    // Running headers and footers that were taken out, page numbers removed, in the order
    // first seen. A running line is often the document's title.
    QStringList runningLines;
};

// Cleans text extracted from PDFs and web pages (pages separated by '\f', as pdftotext and
// Poppler give them): joins lines broken mid-sentence, undoes hyphenation at line ends (keeping
// the hyphen of compounds the document writes with one), drops bullet glyphs, page numbers,
// running headers and footers, navigation lines ("Back to top"), Markdown-style emphasis and
// links, control characters, and collapses runs of blank lines and spaces. Pure; never fails.
CleanedText cleanText(const QString &raw);

// Cleans one paragraph of a format that keeps paragraphs whole (HTML, DOCX, ODT, Markdown):
// control characters, odd spaces and bullet glyphs out, whitespace collapsed, blank lines
// dropped; line breaks inside the paragraph stay.
QString cleanParagraph(const QString &text);

} // namespace citykb::ingest
