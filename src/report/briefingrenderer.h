#pragma once

#include "briefing.h"
#include "briefingstyle.h"
#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPainter;

namespace citykb {

enum class BriefingFormat { Pdf, Html, Markdown };

// "pdf", "html", "md".
QString briefingFormatWord(BriefingFormat format);
std::optional<BriefingFormat> briefingFormatFromWord(const QString &word);
// The format a file name's ending asks for ("x.md" → Markdown); nullopt when it says none.
std::optional<BriefingFormat> briefingFormatFromFileName(const QString &fileName);

// The briefing as a whole HTML page (briefing.html with briefing.css; charts as inline SVG).
Result<QString> renderBriefingHtml(const Briefing &briefing, const BriefingStyle &style);
// The briefing as Markdown (briefing.md; charts as tables of their figures).
Result<QString> renderBriefingMarkdown(const Briefing &briefing, const BriefingStyle &style);

// A briefing laid out on pages: the title page, the contents with page numbers, then the
// sections, with a running header and page numbers. The PDF is written from it, and a preview
// paints its pages. Text is laid out once for the PDF's resolution, so the preview shows the
// same line and page breaks as the file. Needs a QGuiApplication (fonts); may be used on any
// one thread at a time.
class BriefingPages
{
public:
    static Result<std::unique_ptr<BriefingPages>> layout(const Briefing &briefing, const BriefingStyle &style);
    ~BriefingPages();
    BriefingPages(const BriefingPages &) = delete;
    BriefingPages &operator=(const BriefingPages &) = delete;

    int pageCount() const;
    QSizeF pageSizePoints() const;
    // The page (0: the title page) where a section starts: its id, "sources" for the references.
    int pageOfSection(const QString &sectionId) const;

    // Paints page `index` scaled to fill `target` (in the painter's coordinates).
    void paintPage(QPainter &painter, int index, const QRectF &target) const;
    // Page `index` as an image, `dpi` dots per inch, on white.
    QImage pageImage(int index, double dpi) const;

    // The PDF: A4 (or the page size of page.json), PDF/A-1b, fonts embedded, the contents and
    // the citations as links, bookmarks for the sections, title, subject, author, creator and date.
    Result<QByteArray> pdf() const;

private:
    BriefingPages();
    struct Private;
    std::unique_ptr<Private> d;
};

// Renders the briefing in `format` and writes it to `file` through a temporary file renamed into
// place: the file is complete or untouched. Refuses a target that is no regular file or one of
// `protectedPaths` (the KB's own files).
Status writeBriefing(const Briefing &briefing, const BriefingStyle &style, BriefingFormat format, const QString &file,
                     const QStringList &protectedPaths);

} // namespace citykb
