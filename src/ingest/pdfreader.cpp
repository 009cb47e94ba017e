#include "pdfreader.h"

#include "sectionsplitter.h"
#include "textcleaner.h"

#include <poppler-qt6.h>

#include <QVariant>

namespace citykb::ingest {

namespace {

void flattenOutline(const QList<Poppler::OutlineItem> &items, int level, QList<OutlineEntry> &out, int maxEntries)
{
    for (const Poppler::OutlineItem &item : items) {
        if (out.size() >= maxEntries)
            return;
        const auto destination = item.destination();
        const int page = destination ? destination->pageNumber() : 0;
        // An entry without a page inside the document cannot place a section.
        if (page >= 1)
            out.append({level, item.name(), page});
        if (item.hasChildren() && level < 10)
            flattenOutline(item.children(), level + 1, out, maxEntries);
    }
}

} // namespace

Result<RawDocument> readPdf(const QByteArray &bytes, const QString &name, const ReadLimits &limits, int *pageCount)
{
    using R = Result<RawDocument>;
    // Poppler reports each syntax problem it repairs; the reader says what matters in one
    // sentence. Set once: the function is global and readers may run on several threads.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet)

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return R::failure(QStringLiteral("%1 is a damaged PDF that cannot be opened.").arg(name));
    if (pdf->isLocked())
        return R::failure(QStringLiteral("%1 is protected by a password; remove the protection and import it again.").arg(name));
    const int pages = pdf->numPages();
    if (pages <= 0)
        return R::failure(QStringLiteral("%1 is a damaged PDF: it has no pages.").arg(name));
    if (pages > limits.maxPages)
        return R::failure(QStringLiteral("%1 has %2 pages, more than the %3 a document may have; it was not read.")
                              .arg(name).arg(pages).arg(limits.maxPages));
    if (pageCount)
        *pageCount = pages;

    QString text;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            text += QLatin1Char('\f');
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (page)
            text += page->text(QRectF());
        if (text.size() > limits.maxTextLength)
            return R::failure(QStringLiteral("%1 holds more than %2 million characters of text, more than a document may; it was not read.")
                                  .arg(name).arg(limits.maxTextLength / 1000000));
    }

    RawDocument doc;
    doc.title = pdf->title().simplified();
    doc.author = pdf->author().simplified();
    if (const QDateTime created = pdf->creationDate(); created.isValid())
        doc.date = created.date().toString(Qt::ISODate);

    const CleanedText cleaned = cleanText(text);
    if (!cleaned.runningLines.isEmpty())
        doc.titleCandidate = cleaned.runningLines.first();
    QList<OutlineEntry> outline;
    flattenOutline(pdf->outline(), 1, outline, limits.maxSections);
    doc.blocks = outline.isEmpty() ? splitNumberedHeadings(cleaned.text) : splitAtOutline(cleaned.text, outline);
    return doc;
}

} // namespace citykb::ingest
