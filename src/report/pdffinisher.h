#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace citykb {

// A place in a PDF: a page (0 = first) and how far down it, in PDF points from the page's bottom.
struct PdfDestination
{
    int page = 0;
    double top = 0;
};

struct PdfOutlineEntry
{
    QString title;
    QString anchor; // a key of PdfFinish::anchors
    int level = 1;  // 1: top level; 2: below the last entry of level 1
};

// What Qt's PDF writer cannot do (Qt 6.4's QPdfWriter has no outline, no internal links, and
// only title and creator as metadata), done afterwards with qpdf's library.
struct PdfFinish
{
    // Named places; a link Qt wrote as a URI "#name" becomes a jump to anchors["name"], and a
    // link to a name not listed is removed (it would lead nowhere).
    QHash<QString, PdfDestination> anchors;
    QList<PdfOutlineEntry> outline; // the bookmarks, in order
    QString title;
    QString subject;
    QString author;
    QString creator;
    QString producer;
    QStringList keywords;
    QString language; // BCP 47, "en"
    QDateTime created;
};

// Takes the PDF Qt wrote (PDF/A-1b) and returns it with its internal links turned into jumps,
// the outline, the document information and the matching XMP metadata (PDF/A-1b identification
// kept), written without object streams as PDF 1.4 allows.
Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfFinish &finish);

} // namespace citykb
