#pragma once

#include <QList>
#include <QString>

namespace citykb::ingest {

// One piece of a document as a reader finds it, before sections are formed: a heading (with
// its level) or a run of body text, with the page it is on for paged formats.
struct DocumentBlock
{
    int headingLevel = 0; // 1 for the outermost heading, 0 for body text
    QString text;
    int page = 0;
    bool inList = false; // a list item or table cell (DOCX, ODT), not a paragraph of its own
};

// What a reader hands on: the blocks in reading order and what the file says about itself.
struct RawDocument
{
    QString title;          // from the file's metadata
    QString titleCandidate; // the reader's best guess when there is no metadata title
    QString author;
    QString date;           // ISO 8601 date
    QString encoding;
    QString languageHint;   // a language the file declares (HTML lang, Word's w:lang)
    QList<DocumentBlock> blocks;
};

} // namespace citykb::ingest
