#include "briefingrenderer.h"

#include "briefingchart.h"
#include "core/outputfile.h"
#include "pdffinisher.h"
#include "texttemplate.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QVariantList>
#include <QVariantMap>

#include <cmath>
#include <mutex>

namespace citykb {

namespace {

// The resolution the PDF is laid out and written at (QPdfWriter's own default).
constexpr int pdfResolution = 1200;
// Charts in HTML: the width of an A4 text column, in points.
constexpr double htmlChartWidth = 480;
const QString chartImagePrefix = QStringLiteral("citykb-chart:");

QString sectionAnchor(const QString &id)
{
    return QStringLiteral("sec-") + id;
}

QString referenceAnchor(int number)
{
    return QStringLiteral("ref-%1").arg(number);
}

QString referencesAnchor()
{
    return QStringLiteral("sources");
}

// The briefing's date as its builder wrote it in the briefing's language, else in English.
QString shownDate(const Briefing &b)
{
    if (!b.dateText.isEmpty())
        return b.dateText;
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(b.created.date(), QStringLiteral("d MMMM yyyy"));
}

QVariantMap textData(const BriefingText &text)
{
    QVariantList cites;
    for (qsizetype i = 0; i < text.cites.size(); ++i) {
        const int n = text.cites.at(i);
        cites.append(QVariantMap{{QStringLiteral("n"), n},
                                 {QStringLiteral("anchor"), referenceAnchor(n)},
                                 {QStringLiteral("last"), i + 1 == text.cites.size()}});
    }
    return {{QStringLiteral("text"), text.text}, {QStringLiteral("cites"), cites}, {QStringLiteral("hasCites"), !cites.isEmpty()}};
}

enum class Target { Html, Pdf, Markdown };

QString chartFigure(double value)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (std::floor(value) == value && std::fabs(value) < 1e12)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 1);
}

// The briefing as the data the templates read (docs/user-guide.md lists the names).
QVariantMap briefingData(const Briefing &b, const BriefingStyle &style, Target target)
{
    QVariantList sections;
    int chartIndex = 0;
    for (qsizetype s = 0; s < b.sections.size(); ++s) {
        const BriefingSection &section = b.sections.at(s);
        QVariantList blocks;
        for (const BriefingBlock &block : section.blocks) {
            QVariantMap data = textData(block.text);
            data.insert(QStringLiteral("anchor"), block.anchor);
            switch (block.kind) {
            case BriefingBlock::Kind::Paragraph: data.insert(QStringLiteral("isParagraph"), true); break;
            case BriefingBlock::Kind::Note: data.insert(QStringLiteral("isNote"), true); break;
            case BriefingBlock::Kind::Heading:
                data.insert(QStringLiteral("isHeading"), true);
                data.insert(block.level <= 3 ? QStringLiteral("isH3") : QStringLiteral("isH4"), true);
                break;
            case BriefingBlock::Kind::Facts: {
                QVariantList facts;
                for (const BriefingFact &fact : block.facts) {
                    QVariantMap f = textData(fact.value);
                    f.insert(QStringLiteral("label"), fact.label);
                    facts.append(f);
                }
                data.insert(QStringLiteral("isFacts"), true);
                data.insert(QStringLiteral("facts"), facts);
                break;
            }
            case BriefingBlock::Kind::List: {
                QVariantList items;
                for (const BriefingText &item : block.items)
                    items.append(textData(item));
                data.insert(QStringLiteral("isList"), true);
                data.insert(QStringLiteral("items"), items);
                break;
            }
            case BriefingBlock::Kind::Table: {
                const BriefingTable &t = block.table;
                QVariantList columns;
                for (qsizetype c = 0; c < t.columns.size(); ++c) {
                    const bool numeric = t.numeric.value(c, false);
                    columns.append(QVariantMap{{QStringLiteral("title"), t.columns.at(c)},
                                               {QStringLiteral("numeric"), numeric},
                                               {QStringLiteral("align"), numeric ? QStringLiteral("right") : QStringLiteral("left")},
                                               {QStringLiteral("rule"), numeric ? QStringLiteral("---:") : QStringLiteral("---")}});
                }
                QVariantList rows;
                for (const QList<BriefingText> &row : t.rows) {
                    QVariantList cells;
                    for (qsizetype c = 0; c < row.size(); ++c) {
                        QVariantMap cell = textData(row.at(c));
                        const bool numeric = t.numeric.value(c, false);
                        cell.insert(QStringLiteral("numeric"), numeric);
                        cell.insert(QStringLiteral("align"), numeric ? QStringLiteral("right") : QStringLiteral("left"));
                        cells.append(cell);
                    }
                    rows.append(QVariantMap{{QStringLiteral("cells"), cells}});
                }
                data.insert(QStringLiteral("isTable"), true);
                data.insert(QStringLiteral("table"), QVariantMap{{QStringLiteral("columns"), columns},
                                                                 {QStringLiteral("rows"), rows},
                                                                 {QStringLiteral("caption"), t.caption}});
                break;
            }
            case BriefingBlock::Kind::Chart: {
                const BriefingChart &c = block.chart;
                QVariantList bars;
                for (const auto &[label, value] : c.bars)
                    bars.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), chartFigure(value)}});
                QVariantMap chart{{QStringLiteral("title"), c.title},
                                  {QStringLiteral("unit"), c.unit},
                                  {QStringLiteral("bars"), bars},
                                  {QStringLiteral("image"), QString(chartImagePrefix + QString::number(chartIndex))}};
                if (target == Target::Html)
                    chart.insert(QStringLiteral("svg"), briefingChartSvg(c, style.page(), htmlChartWidth));
                ++chartIndex;
                data.insert(QStringLiteral("isChart"), true);
                data.insert(QStringLiteral("chart"), chart);
                break;
            }
            }
            blocks.append(data);
        }
        sections.append(QVariantMap{{QStringLiteral("id"), section.id},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("number"), int(s) + 1},
                                    {QStringLiteral("anchor"), sectionAnchor(section.id)},
                                    {QStringLiteral("blocks"), blocks}});
    }
    QVariantList references;
    for (const BriefingReference &r : b.references) {
        references.append(QVariantMap{{QStringLiteral("n"), r.number},
                                      {QStringLiteral("anchor"), referenceAnchor(r.number)},
                                      {QStringLiteral("document"), r.document},
                                      {QStringLiteral("section"), r.section},
                                      {QStringLiteral("detail"), r.detail}});
    }
    QVariantMap labels;
    for (auto it = b.labels.begin(); it != b.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    QVariantMap data{{QStringLiteral("title"), b.title},
                     {QStringLiteral("subtitle"), b.subtitle},
                     {QStringLiteral("scope"), b.scope},
                     {QStringLiteral("scopeDescription"), b.scopeDescription},
                     {QStringLiteral("date"), shownDate(b)},
                     {QStringLiteral("text"), labels},
                     {QStringLiteral("dateIso"), b.created.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("kbName"), b.kbName},
                     {QStringLiteral("author"), b.author},
                     {QStringLiteral("subject"), b.subject},
                     {QStringLiteral("language"), b.language},
                     {QStringLiteral("personalData"), b.personalData},
                     {QStringLiteral("sections"), sections},
                     {QStringLiteral("references"), references},
                     {QStringLiteral("referencesTitle"), b.referencesTitle},
                     {QStringLiteral("referencesAnchor"), referencesAnchor()},
                     {QStringLiteral("hasReferences"), !b.references.isEmpty()},
                     {QStringLiteral("accent"), style.page().accent.name()},
                     {QStringLiteral("forPdf"), target == Target::Pdf},
                     {QStringLiteral("forHtml"), target == Target::Html}};
    return data;
}

TextTemplate::Partials partialsOf(const BriefingStyle &style)
{
    return [&style](const QString &name) { return style.file(name); };
}

Result<QString> renderFile(const BriefingStyle &style, const QString &name, const QVariantMap &data, TextTemplate::Escape escape)
{
    const std::optional<QString> source = style.file(name);
    if (!source)
        return Result<QString>::failure(QStringLiteral("The briefing template %1 is not there.").arg(name));
    return TextTemplate::render(name, *source, data, escape, partialsOf(style));
}

// ---------------------------------------------------------------- PDF

// The DejaVu fonts of fonts-dejavu-core, made known to Qt once, so that the PDF embeds them
// whatever the platform's font configuration says.
void loadFonts()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        for (const char *name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                                 "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"}) {
            const QString path = dir + QLatin1String(name);
            if (QFileInfo::exists(path))
                QFontDatabase::addApplicationFont(path);
        }
    });
}

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;

// Draws the charts inside the laid-out text, as vectors with the painter of the page.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QList<BriefingChart> charts, BriefingPageStyle style, double width, double unitsPerPoint)
        : m_charts(std::move(charts)), m_style(std::move(style)), m_width(width), m_unitsPerPoint(unitsPerPoint)
    {
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const BriefingChart chart = m_charts.value(format.property(chartIndexProperty).toInt());
        return QSizeF(m_width, briefingChartHeight(chart) * m_unitsPerPoint);
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.property(chartIndexProperty).toInt();
        if (index >= 0 && index < m_charts.size())
            paintBriefingChart(*painter, rect, m_unitsPerPoint, m_charts.at(index), m_style);
    }

private:
    QList<BriefingChart> m_charts;
    BriefingPageStyle m_style;
    double m_width;
    double m_unitsPerPoint;
};

QList<BriefingChart> chartsOf(const Briefing &b)
{
    QList<BriefingChart> charts;
    for (const BriefingSection &section : b.sections) {
        for (const BriefingBlock &block : section.blocks) {
            if (block.kind == BriefingBlock::Kind::Chart)
                charts.append(block.chart);
        }
    }
    return charts;
}

} // namespace

QString briefingFormatWord(BriefingFormat format)
{
    switch (format) {
    case BriefingFormat::Pdf: return QStringLiteral("pdf");
    case BriefingFormat::Html: return QStringLiteral("html");
    case BriefingFormat::Markdown: return QStringLiteral("md");
    }
    return {};
}

std::optional<BriefingFormat> briefingFormatFromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("pdf"))
        return BriefingFormat::Pdf;
    if (w == QLatin1String("html") || w == QLatin1String("htm"))
        return BriefingFormat::Html;
    if (w == QLatin1String("md") || w == QLatin1String("markdown"))
        return BriefingFormat::Markdown;
    return std::nullopt;
}

std::optional<BriefingFormat> briefingFormatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    return suffix.isEmpty() ? std::nullopt : briefingFormatFromWord(suffix);
}

Result<QString> renderBriefingHtml(const Briefing &briefing, const BriefingStyle &style)
{
    QVariantMap data = briefingData(briefing, style, Target::Html);
    auto css = renderFile(style, QStringLiteral("briefing.css"), data, TextTemplate::Escape::None);
    if (!css)
        return css;
    data.insert(QStringLiteral("css"), css.value());
    return renderFile(style, QStringLiteral("briefing.html"), data, TextTemplate::Escape::Html);
}

Result<QString> renderBriefingMarkdown(const Briefing &briefing, const BriefingStyle &style)
{
    return renderFile(style, QStringLiteral("briefing.md"), briefingData(briefing, style, Target::Markdown),
                      TextTemplate::Escape::Markdown);
}

// ---------------------------------------------------------------- pages

struct BriefingPages::Private
{
    Briefing briefing;
    BriefingPageStyle page;
    QBuffer metricsBuffer;
    std::unique_ptr<QPdfWriter> metrics; // the device text is laid out for; never painted on
    QSizeF pageSize;                     // in device units
    QRectF body;                         // the text area of a page, in device units
    std::unique_ptr<QTextDocument> title;
    std::unique_ptr<QTextDocument> toc;
    std::unique_ptr<QTextDocument> text;
    std::unique_ptr<ChartObject> charts;
    int tocPages = 1;
    int textPages = 1;
    QHash<QString, PdfDestination> anchors; // in PDF points
    QList<PdfOutlineEntry> outline;

    double unitsPerPoint() const { return double(pdfResolution) / 72.0; }
    double mm(double millimetres) const { return millimetres / 25.4 * pdfResolution; }

    std::unique_ptr<QTextDocument> newDocument(const QString &css) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(metrics.get());
        doc->setUndoRedoEnabled(false);
        QFont font(page.fontFamily);
        font.setPointSizeF(9.5);
        doc->setDefaultFont(font);
        doc->setDefaultStyleSheet(css);
        doc->setDocumentMargin(0);
        doc->setPageSize(body.size());
        return doc;
    }

    // Headings must not end a page: one whose next text would start on the next page (or in its
    // last two lines) moves there itself.
    void keepHeadingsWithText(QTextDocument &doc) const
    {
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        const double height = body.height();
        const double room = 2 * 14 * unitsPerPoint();
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            const double pageTop = std::floor(rect.top() / height) * height;
            if (rect.top() - pageTop < unitsPerPoint())
                continue; // already at the top of a page
            QTextBlock next = block.next();
            while (next.isValid() && next.blockFormat().headingLevel() > 0)
                next = next.next();
            if (!next.isValid())
                continue;
            const QRectF nextRect = layout->blockBoundingRect(next);
            const double needed = std::min(nextRect.height(), room);
            if (nextRect.top() + needed <= pageTop + height)
                continue;
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            relayoutFrom(doc, block.position());
        }
    }

    // Qt lays a long document out lazily and, after an edit, stops where the layout looks as
    // before, which leaves the never-laid-out rest empty. Marking everything from the edit on
    // dirty and asking for the page count lays all of it out.
    static void relayoutFrom(QTextDocument &doc, int position)
    {
        doc.markContentsDirty(position, doc.characterCount() - position);
        doc.pageCount();
    }

    // Chart placeholders (<img src="citykb-chart:N">) become chart objects.
    void placeCharts(QTextDocument &doc)
    {
        doc.documentLayout()->registerHandler(chartObjectType, charts.get());
        QList<std::pair<int, int>> places; // position, chart index
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                if (!format.isImageFormat())
                    continue;
                const QString name = format.toImageFormat().name();
                if (name.startsWith(chartImagePrefix))
                    places.append({fragment.position(), name.mid(chartImagePrefix.size()).toInt()});
            }
        }
        // From the end, so that earlier positions stay valid.
        for (auto it = places.crbegin(); it != places.crend(); ++it) {
            QTextCursor cursor(&doc);
            cursor.setPosition(it->first);
            cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setObjectType(chartObjectType);
            format.setProperty(chartIndexProperty, it->second);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        }
        relayoutFrom(doc, 0);
    }

    // Every named place of the text (<a name="...">), with the page it landed on.
    void collectAnchors()
    {
        QAbstractTextDocumentLayout *layout = text->documentLayout();
        const double height = body.height();
        const double toPoints = 72.0 / pdfResolution;
        for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
            const QRectF rect = layout->blockBoundingRect(block);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QStringList names = fragment.charFormat().anchorNames();
                if (names.isEmpty())
                    continue;
                double y = rect.top();
                if (const QTextLayout *lines = block.layout()) {
                    const QTextLine line = lines->lineForTextPosition(fragment.position() - block.position());
                    if (line.isValid())
                        y += line.y();
                }
                const int pageInText = std::max(0, int(std::floor(y / height)));
                const double yInPage = y - pageInText * height;
                PdfDestination destination{1 + tocPages + pageInText, (pageSize.height() - body.top() - yInPage) * toPoints};
                for (const QString &name : names)
                    anchors.insert(name, destination);
            }
        }
    }

    QString pageText(const QString &pattern, int index) const
    {
        const QVariantMap data{{QStringLiteral("title"), briefing.title},
                               {QStringLiteral("subtitle"), briefing.subtitle},
                               {QStringLiteral("date"), shownDate(briefing)},
                               {QStringLiteral("kbName"), briefing.kbName},
                               {QStringLiteral("pageOfPages"), briefing.labels.value(QStringLiteral("pageOfPages"), QStringLiteral("Page %1 of %2"))
                                                                   .arg(index + 1).arg(1 + tocPages + textPages)},
                               {QStringLiteral("page"), index + 1},
                               {QStringLiteral("pages"), 1 + tocPages + textPages}};
        auto text = TextTemplate::render(QStringLiteral("page.json"), pattern, data, TextTemplate::Escape::None);
        return text ? text.value() : QString();
    }

    QFont pageFont(double points, bool bold) const
    {
        QFont font(page.fontFamily);
        font.setPixelSize(std::max(1, int(std::lround(points * unitsPerPoint()))));
        font.setBold(bold);
        return font;
    }

    void paintHeaderAndFooter(QPainter &painter, int index) const
    {
        const QFont font = pageFont(page.headerFontPt, false);
        painter.setFont(font);
        const double lineHeight = page.headerFontPt * 1.6 * unitsPerPoint();
        const QRectF header(body.left(), body.top() - mm(6) - lineHeight, body.width(), lineHeight);
        const QFontMetricsF metrics(font);
        const QString right = pageText(page.headerRight, index);
        const double rightWidth = metrics.horizontalAdvance(right);
        painter.setPen(page.muted);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, right);
        painter.drawText(QRectF(header.left(), header.top(), header.width() - rightWidth - mm(4), header.height()),
                         Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(pageText(page.header, index), Qt::ElideRight, header.width() - rightWidth - mm(4)));
        QPen rule(page.accent);
        rule.setWidthF(0.6 * unitsPerPoint());
        painter.setPen(rule);
        painter.drawLine(QPointF(body.left(), body.top() - mm(4)), QPointF(body.right(), body.top() - mm(4)));
        painter.setPen(page.muted);
        const QRectF footer(body.left(), body.bottom() + mm(6), body.width(), lineHeight);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, pageText(page.footer, index));
    }

    static void paintDocumentPage(QPainter &painter, QTextDocument &doc, int pageInDoc, const QRectF &area)
    {
        painter.save();
        painter.translate(area.left(), area.top() - pageInDoc * area.height());
        const QRectF clip(0, pageInDoc * area.height(), area.width(), area.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }

    void paint(QPainter &painter, int index) const
    {
        if (index == 0) {
            // The title page: a band of the accent colour, then the title page's template.
            painter.fillRect(QRectF(0, 0, pageSize.width(), mm(14)), page.accent);
            QRectF area = body;
            area.setTop(body.top() + mm(page.titleTopMm));
            paintDocumentPage(painter, *title, 0, QRectF(area.topLeft(), body.size()));
            return;
        }
        paintHeaderAndFooter(painter, index);
        if (index <= tocPages)
            paintDocumentPage(painter, *toc, index - 1, body);
        else
            paintDocumentPage(painter, *text, index - 1 - tocPages, body);
    }
};

BriefingPages::BriefingPages() : d(std::make_unique<Private>()) {}

BriefingPages::~BriefingPages() = default;

Result<std::unique_ptr<BriefingPages>> BriefingPages::layout(const Briefing &briefing, const BriefingStyle &style)
{
    loadFonts();
    std::unique_ptr<BriefingPages> pages(new BriefingPages());
    Private &p = *pages->d;
    p.briefing = briefing;
    p.page = style.page();
    p.metricsBuffer.open(QIODevice::WriteOnly);
    p.metrics = std::make_unique<QPdfWriter>(&p.metricsBuffer);
    p.metrics->setResolution(pdfResolution);
    p.metrics->setPageLayout(QPageLayout(QPageSize(p.page.pageSize), QPageLayout::Portrait, QMarginsF()));
    const QSizeF points = QPageSize(p.page.pageSize).size(QPageSize::Point);
    p.pageSize = points * p.unitsPerPoint();
    const QMarginsF m = p.page.marginsMm;
    p.body = QRectF(p.mm(m.left()), p.mm(m.top()), p.pageSize.width() - p.mm(m.left() + m.right()),
                    p.pageSize.height() - p.mm(m.top() + m.bottom()));

    QVariantMap data = briefingData(briefing, style, Target::Pdf);
    auto styleSheet = renderFile(style, QStringLiteral("pdf.css"), data, TextTemplate::Escape::None);
    if (!styleSheet)
        return styleSheet.fullError();
    const QString css = styleSheet.value();

    auto textHtml = renderFile(style, QStringLiteral("pdf-body.html"), data, TextTemplate::Escape::Html);
    if (!textHtml)
        return textHtml.fullError();
    p.charts = std::make_unique<ChartObject>(chartsOf(briefing), p.page, p.body.width(), p.unitsPerPoint());
    p.text = p.newDocument(css);
    p.text->setHtml(textHtml.value());
    p.placeCharts(*p.text);
    p.keepHeadingsWithText(*p.text);
    p.textPages = std::max(1, p.text->pageCount());

    auto titleHtml = renderFile(style, QStringLiteral("pdf-title.html"), data, TextTemplate::Escape::Html);
    if (!titleHtml)
        return titleHtml.fullError();
    p.title = p.newDocument(css);
    p.title->setHtml(titleHtml.value());

    // The contents: laid out once to learn how many pages they take, then with the numbers.
    auto contents = [&](bool final) -> Result<QString> {
        QVariantList entries;
        auto entry = [&](const QString &title, const QString &anchor) {
            QVariant page = QStringLiteral("00");
            if (final)
                page = p.anchors.contains(anchor) ? QVariant(p.anchors.value(anchor).page + 1) : QVariant(QString());
            entries.append(QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("anchor"), anchor}, {QStringLiteral("page"), page}});
        };
        for (const BriefingSection &section : briefing.sections)
            entry(section.title, sectionAnchor(section.id));
        if (!briefing.references.isEmpty())
            entry(briefing.referencesTitle, referencesAnchor());
        QVariantMap tocData = data;
        tocData.insert(QStringLiteral("entries"), entries);
        return renderFile(style, QStringLiteral("pdf-toc.html"), tocData, TextTemplate::Escape::Html);
    };
    auto draft = contents(false);
    if (!draft)
        return draft.fullError();
    p.toc = p.newDocument(css);
    p.toc->setHtml(draft.value());
    p.tocPages = std::max(1, p.toc->pageCount());
    p.collectAnchors();
    auto final = contents(true);
    if (!final)
        return final.fullError();
    p.toc->setHtml(final.value());

    for (const BriefingSection &section : briefing.sections) {
        p.outline.append(PdfOutlineEntry{section.title, sectionAnchor(section.id), 1});
        for (const BriefingBlock &block : section.blocks) {
            if (block.kind == BriefingBlock::Kind::Heading && block.level <= 3 && !block.anchor.isEmpty())
                p.outline.append(PdfOutlineEntry{block.text.text, block.anchor, 2});
        }
    }
    if (!briefing.references.isEmpty())
        p.outline.append(PdfOutlineEntry{briefing.referencesTitle, referencesAnchor(), 1});
    return pages;
}

int BriefingPages::pageCount() const
{
    return 1 + d->tocPages + d->textPages;
}

QSizeF BriefingPages::pageSizePoints() const
{
    return QPageSize(d->page.pageSize).size(QPageSize::Point);
}

int BriefingPages::pageOfSection(const QString &sectionId) const
{
    const QString anchor = sectionId == referencesAnchor() ? sectionId : sectionAnchor(sectionId);
    return d->anchors.contains(anchor) ? d->anchors.value(anchor).page : -1;
}

void BriefingPages::paintPage(QPainter &painter, int index, const QRectF &target) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / d->pageSize.width(), target.height() / d->pageSize.height());
    d->paint(painter, index);
    painter.restore();
}

QImage BriefingPages::pageImage(int index, double dpi) const
{
    const QSizeF size = pageSizePoints() * dpi / 72.0;
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, index, QRectF(QPointF(0, 0), QSizeF(image.size())));
    return image;
}

Result<QByteArray> BriefingPages::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(d->page.pageSize), QPageLayout::Portrait, QMarginsF()));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(d->briefing.title);
        writer.setCreator(QStringLiteral("CityKB"));
        QPainter painter(&writer);
        if (!painter.isActive())
            return Result<QByteArray>::failure(QStringLiteral("Qt could not start writing the PDF."));
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            d->paint(painter, i);
        }
        painter.end();
    }
    PdfFinish finish;
    finish.anchors = d->anchors;
    finish.outline = d->outline;
    finish.title = d->briefing.subtitle.isEmpty() ? d->briefing.title
                                                  : QStringLiteral("%1: %2").arg(d->briefing.title, d->briefing.subtitle);
    finish.subject = d->briefing.subject;
    finish.author = d->briefing.author;
    finish.creator = QStringLiteral("CityKB");
    finish.producer = QStringLiteral("CityKB with Qt %1 and qpdf").arg(QLatin1String(qVersion()));
    finish.keywords = d->briefing.keywords;
    finish.language = d->briefing.language;
    finish.created = d->briefing.created;
    return finishPdf(buffer.data(), finish);
}

Status writeBriefing(const Briefing &briefing, const BriefingStyle &style, BriefingFormat format, const QString &file,
                     const QStringList &protectedPaths)
{
    if (Status s = checkOutputPath(file, protectedPaths); !s)
        return s;
    QByteArray bytes;
    switch (format) {
    case BriefingFormat::Pdf: {
        auto pages = BriefingPages::layout(briefing, style);
        if (!pages)
            return Status(pages.fullError());
        auto pdf = pages.value()->pdf();
        if (!pdf)
            return Status(pdf.fullError());
        bytes = pdf.value();
        break;
    }
    case BriefingFormat::Html: {
        auto html = renderBriefingHtml(briefing, style);
        if (!html)
            return Status(html.fullError());
        bytes = html.value().toUtf8();
        break;
    }
    case BriefingFormat::Markdown: {
        auto md = renderBriefingMarkdown(briefing, style);
        if (!md)
            return Status(md.fullError());
        bytes = md.value().toUtf8();
        break;
    }
    }
    auto temp = temporarySibling(file);
    if (!temp)
        return Status(temp.fullError());
    QFile out(temp.value());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size() || !out.flush()) {
        const QString why = out.errorString();
        out.close();
        QFile::remove(temp.value());
        return Status::failure(QStringLiteral("Cannot write the briefing to %1: %2.").arg(file, why));
    }
    out.close();
    return replaceWith(temp.value(), file);
}

} // namespace citykb

#include "briefingrenderer.moc"
