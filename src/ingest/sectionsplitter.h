#pragma once

#include "extracteddocument.h"
#include "rawdocument.h"

#include <QList>
#include <QString>

namespace citykb::ingest {

// Cuts text as cleanText leaves it into body and heading blocks at its numbered headings
// ("2.4 European Urban Knowledge Network (EUKN)", "1. WHY WE CHECKED ...", "3.2.1 ...",
// "01: Filled in questionnaire"); the depth of the number is the heading level. A line is taken
// for a heading only when it is short, does not end like a sentence, is no table-of-contents
// entry and no item of a numbered list, and its number follows the previous heading's
// plausibly (1.2 after 1.1, 2 or 3.1 after 1.2; not 1 after 4, not 58 or 2018). Where these
// do not give the top level (no numbered headings, or only 1.1-style ones whose chapter
// numbers the extraction lost), headings without numbers are taken too: a short capitalised
// line between paragraphs that heads a paragraph, list or sub-heading ("The work plan for
// 2020", "Success factors for active inclusion initiatives"), and labelled series ("Objective
// 1 - ...", "Objective 2 - ..."); see docs/architecture.md. Pages are counted from the '\f'
// lines; 0 throughout when there are none. Pure.
QList<DocumentBlock> splitNumberedHeadings(const QString &cleanedText);

// An entry of a PDF's outline (bookmarks), flattened in document order.
struct OutlineEntry
{
    int level = 1;
    QString title;
    int page = 1; // 1-based
};

// Cuts paged cleaned text at the places an outline points to: at the entry's title where it
// is found on its page or the next, else at the start of its page. Pure.
QList<DocumentBlock> splitAtOutline(const QString &cleanedText, const QList<OutlineEntry> &outline);

// Forms sections from blocks: each heading opens a section whose path is the headings above
// it; body text before the first heading makes a section with an empty path. Sections without
// text are left out. Past maxSections, headings are kept as text of the last section. Pure.
QList<ExtractedSection> sectionsFromBlocks(const QList<DocumentBlock> &blocks, int maxSections);

} // namespace citykb::ingest
