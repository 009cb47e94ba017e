#include "officereader.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace citykb::ingest {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;
constexpr int maxZipEntries = 100000;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(mebibyte), 'f', bytes < 10 * mebibyte ? 1 : 0);
}

// The parts of a ZIP file, read one at a time within a budget of uncompressed bytes.
class ZipParts
{
public:
    ZipParts(QIODevice *device, QString name, const ReadLimits &limits)
        : m_name(std::move(name)), m_budget(limits.maxUncompressedSize), m_maxRatio(limits.maxCompressionRatio),
          m_zip(std::make_unique<QuaZip>(device))
    {
    }

    Status open()
    {
        if (!m_zip->open(QuaZip::mdUnzip))
            return Status::failure(QStringLiteral("%1 is a damaged ZIP archive that cannot be opened.").arg(m_name));
        if (m_zip->getEntriesCount() > maxZipEntries)
            return Status::failure(QStringLiteral("%1 holds more than %2 files, which no document does; it was not read.")
                                       .arg(m_name).arg(maxZipEntries));
        return {};
    }

    bool contains(const QString &part) { return m_zip->setCurrentFile(part, QuaZip::csSensitive); }

    // The part's bytes; nullopt in the value when the archive has no such part.
    Result<std::optional<QByteArray>> read(const QString &part)
    {
        using R = Result<std::optional<QByteArray>>;
        if (!m_zip->setCurrentFile(part, QuaZip::csSensitive))
            return std::optional<QByteArray>();
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return R::failure(QStringLiteral("%1 is a damaged ZIP archive: %2 cannot be read.").arg(m_name, part));
        if (info.flags & 1)
            return R::failure(QStringLiteral("%1 is protected by a password; remove the protection and import it again.").arg(m_name));
        if (qint64(info.uncompressedSize) > m_budget)
            return R::failure(tooLarge(part));
        if (Status s = checkRatio(part, qint64(info.uncompressedSize), qint64(info.compressedSize)); !s)
            return s.fullError();
        QuaZipFile file(m_zip.get());
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("%1 is a damaged ZIP archive: %2 cannot be unpacked.").arg(m_name, part));
        // The sizes in the archive's directory can lie; count what actually comes out.
        QByteArray out;
        out.reserve(qsizetype(std::min<qint64>(qint64(info.uncompressedSize), 16 * mebibyte)));
        char chunk[64 * 1024];
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0)
                return R::failure(QStringLiteral("%1 is a damaged ZIP archive: %2 cannot be unpacked.").arg(m_name, part));
            if (n == 0)
                break;
            if (out.size() + n > m_budget)
                return R::failure(tooLarge(part));
            out.append(chunk, qsizetype(n));
            if (Status s = checkRatio(part, out.size(), qint64(info.compressedSize)); !s)
                return s.fullError();
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return R::failure(QStringLiteral("%1 is a damaged ZIP archive: %2 fails its checksum.").arg(m_name, part));
        m_budget -= out.size();
        return std::optional<QByteArray>(std::move(out));
    }

private:
    QString tooLarge(const QString &part) const
    {
        return QStringLiteral("%1 unpacks to more than %2 MB (in %3), more than a document may; it was not read.")
            .arg(m_name, megabytes(m_budget), part);
    }

    Status checkRatio(const QString &part, qint64 uncompressed, qint64 compressed) const
    {
        if (uncompressed > mebibyte && uncompressed > m_maxRatio * std::max<qint64>(compressed, 1)) {
            return Status::failure(QStringLiteral("%1 unpacks %2 from %3 KB to over %4 MB, a ratio only a zip bomb has; it was not read.")
                                       .arg(m_name, part)
                                       .arg((compressed + 1023) / 1024)
                                       .arg(megabytes(uncompressed)));
        }
        return {};
    }

    QString m_name;
    qint64 m_budget;
    qint64 m_maxRatio;
    std::unique_ptr<QuaZip> m_zip;
};

QStringView attribute(const QXmlStreamReader &xml, QLatin1StringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}

// Reads to the next token, refusing DTDs: Office files never have one, and entity
// definitions are how XML bombs work.
bool nextToken(QXmlStreamReader &xml)
{
    if (xml.atEnd())
        return false;
    xml.readNext();
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(QStringLiteral("a document type declaration"));
        return false;
    }
    return !xml.hasError();
}

Status xmlStatus(const QXmlStreamReader &xml, const QString &name, const QString &kind, const QString &part)
{
    if (!xml.hasError())
        return {};
    return Status::failure(QStringLiteral("%1 is a damaged %2 file: %3 is not well-formed XML (line %4).")
                               .arg(name, kind, part)
                               .arg(xml.lineNumber()));
}

QString isoDate(const QString &text)
{
    static const QRegularExpression date(QStringLiteral(R"(^\s*(\d{4}-\d{2}-\d{2}))"));
    const auto m = date.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString languageOf(QStringView tag)
{
    const QString code = tag.toString().section(QLatin1Char('-'), 0, 0).toLower();
    return code.size() == 2 ? code : QString();
}

struct Paragraph
{
    QString text;
    int level = 0;     // heading level, 0 for body text
    bool title = false;
    bool skip = false; // a table-of-contents line
    bool inList = false; // a list item or a table cell
};

class TextBudget
{
public:
    explicit TextBudget(qint64 max) : m_left(max) {}
    bool take(qsizetype n)
    {
        m_left -= n;
        return m_left >= 0;
    }

private:
    qint64 m_left;
};

QString tooMuchText(const QString &name, qint64 max)
{
    return QStringLiteral("%1 holds more than %2 million characters of text, more than a document may; it was not read.")
        .arg(name)
        .arg(max / 1000000);
}

void emitParagraph(RawDocument &doc, const Paragraph &p)
{
    const QString text = p.text.trimmed();
    if (p.skip || text.isEmpty())
        return;
    if (p.title && doc.titleCandidate.isEmpty())
        doc.titleCandidate = text.simplified();
    doc.blocks.append({p.level, text, 0, p.inList});
}

struct WordStyle
{
    QString name;
    QString basedOn;
    int outlineLevel = 0;
};

struct StyleKind
{
    int level = 0;
    bool title = false;
    bool toc = false;
    bool list = false; // "List Paragraph", "List Bullet": numbered or bulleted by the style
};

StyleKind kindOfStyle(const QHash<QString, WordStyle> &styles, const QString &id)
{
    static const QRegularExpression heading(QStringLiteral(R"(^heading\s*([1-9])$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression toc(QStringLiteral(R"(^toc\s*(?:[1-9]|heading)?$)"), QRegularExpression::CaseInsensitiveOption);
    QString current = id;
    for (int depth = 0; depth < 10 && !current.isEmpty(); ++depth) {
        const auto it = styles.constFind(current);
        // Built-in style names are stored in English whatever the language of the style IDs.
        const QString name = it != styles.cend() ? it->name : current;
        if (const auto m = heading.match(name); m.hasMatch())
            return {m.captured(1).toInt(), false, false};
        if (name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
            return {0, true, false};
        if (toc.match(name).hasMatch())
            return {0, false, true};
        if (name.startsWith(QLatin1String("list"), Qt::CaseInsensitive))
            return {0, false, false, true};
        if (it == styles.cend())
            break;
        if (it->outlineLevel >= 1 && it->outlineLevel <= 9)
            return {it->outlineLevel, false, false};
        current = it->basedOn;
    }
    return {};
}

Result<QHash<QString, WordStyle>> parseWordStyles(const QByteArray &xmlBytes, const QString &name, QString &language)
{
    QHash<QString, WordStyle> styles;
    QXmlStreamReader xml(xmlBytes);
    QString id;
    WordStyle style;
    bool inDefaults = false;
    while (nextToken(xml)) {
        if (xml.isStartElement()) {
            const QStringView n = xml.name();
            if (n == QLatin1String("docDefaults")) {
                inDefaults = true;
            } else if (n == QLatin1String("lang") && inDefaults && language.isEmpty()) {
                language = languageOf(attribute(xml, QLatin1String("val")));
            } else if (n == QLatin1String("style")) {
                id = attribute(xml, QLatin1String("type")) == QLatin1String("paragraph") ? attribute(xml, QLatin1String("styleId")).toString()
                                                                                         : QString();
                style = WordStyle{};
            } else if (!id.isEmpty() && n == QLatin1String("name")) {
                style.name = attribute(xml, QLatin1String("val")).toString();
            } else if (!id.isEmpty() && n == QLatin1String("basedOn")) {
                style.basedOn = attribute(xml, QLatin1String("val")).toString();
            } else if (!id.isEmpty() && n == QLatin1String("outlineLvl")) {
                style.outlineLevel = attribute(xml, QLatin1String("val")).toInt() + 1;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("docDefaults")) {
                inDefaults = false;
            } else if (xml.name() == QLatin1String("style") && !id.isEmpty()) {
                styles.insert(id, style);
                id.clear();
            }
        }
    }
    if (Status s = xmlStatus(xml, name, QStringLiteral("DOCX"), QStringLiteral("word/styles.xml")); !s)
        return s.fullError();
    return styles;
}

// Title, author and date from a Dublin Core part (DOCX core.xml, ODT meta.xml).
Status parseMetadata(const QByteArray &xmlBytes, RawDocument &doc, const QString &name, const QString &kind, const QString &part)
{
    QXmlStreamReader xml(xmlBytes);
    QString creator, initialCreator, created, date;
    while (nextToken(xml)) {
        if (!xml.isStartElement())
            continue;
        const QString n = xml.name().toString();
        if (n != QLatin1String("title") && n != QLatin1String("creator") && n != QLatin1String("initial-creator")
            && n != QLatin1String("created") && n != QLatin1String("creation-date") && n != QLatin1String("date")
            && n != QLatin1String("language"))
            continue;
        const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        if (n == QLatin1String("title"))
            doc.title = value;
        else if (n == QLatin1String("creator"))
            creator = value;
        else if (n == QLatin1String("initial-creator"))
            initialCreator = value;
        else if (n == QLatin1String("created") || n == QLatin1String("creation-date"))
            created = isoDate(value);
        else if (n == QLatin1String("date"))
            date = isoDate(value);
        else if (doc.languageHint.isEmpty())
            doc.languageHint = languageOf(value);
    }
    if (Status s = xmlStatus(xml, name, kind, part); !s)
        return s;
    doc.author = initialCreator.isEmpty() ? creator : initialCreator;
    doc.date = created.isEmpty() ? date : created;
    return {};
}

} // namespace

Result<DocumentFormat> identifyZipDocument(QIODevice *device, const QString &name)
{
    using R = Result<DocumentFormat>;
    ReadLimits small; // only the few bytes of the mimetype part are read
    small.maxUncompressedSize = 4096;
    ZipParts zip(device, name, small);
    if (Status s = zip.open(); !s)
        return s.fullError();
    if (zip.contains(QStringLiteral("word/document.xml")))
        return DocumentFormat::Docx;
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return R::failure(QStringLiteral("%1 is an Excel workbook, not a text document CityKB can import.").arg(name));
    if (zip.contains(QStringLiteral("ppt/presentation.xml")))
        return R::failure(QStringLiteral("%1 is a PowerPoint presentation, not a text document CityKB can import.").arg(name));
    const auto mimetype = zip.read(QStringLiteral("mimetype"));
    const QByteArray type = mimetype && mimetype.value() ? mimetype.value()->trimmed() : QByteArray();
    if (type.startsWith("application/vnd.oasis.opendocument.text"))
        return DocumentFormat::Odt;
    if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
        return R::failure(QStringLiteral("%1 is an OpenDocument spreadsheet, not a text document CityKB can import.").arg(name));
    if (type.startsWith("application/vnd.oasis.opendocument.presentation"))
        return R::failure(QStringLiteral("%1 is an OpenDocument presentation, not a text document CityKB can import.").arg(name));
    return R::failure(QStringLiteral("%1 is a ZIP archive but neither a Word (DOCX) nor an OpenDocument (ODT) text.").arg(name));
}

Result<DocumentFormat> identifyZipDocument(const QByteArray &bytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    return identifyZipDocument(&buffer, name);
}

Result<RawDocument> parseDocxXml(const QByteArray &documentXml, const QByteArray &stylesXml, const QByteArray &coreXml,
                                 const QString &name, qint64 maxTextLength)
{
    RawDocument doc;
    QHash<QString, WordStyle> styles;
    if (!stylesXml.isEmpty()) {
        auto parsed = parseWordStyles(stylesXml, name, doc.languageHint);
        if (!parsed)
            return parsed.fullError();
        styles = std::move(parsed).value();
    }
    if (!coreXml.isEmpty()) {
        if (Status s = parseMetadata(coreXml, doc, name, QStringLiteral("DOCX"), QStringLiteral("docProps/core.xml")); !s)
            return s.fullError();
    }

    QXmlStreamReader xml(documentXml);
    QList<Paragraph> open; // text boxes put paragraphs inside paragraphs
    TextBudget budget(maxTextLength);
    bool inParagraphProperties = false;
    int cells = 0; // table cells the reader is in
    while (nextToken(xml)) {
        if (xml.isStartElement()) {
            const QStringView n = xml.name();
            if (n == QLatin1String("p")) {
                open.append(Paragraph{});
                open.last().inList = cells > 0;
            } else if (n == QLatin1String("tc")) {
                ++cells;
            } else if (open.isEmpty()) {
                continue;
            } else if (n == QLatin1String("pPr")) {
                inParagraphProperties = true;
            } else if (n == QLatin1String("pStyle") && inParagraphProperties) {
                const StyleKind kind = kindOfStyle(styles, attribute(xml, QLatin1String("val")).toString());
                open.last().level = kind.level;
                open.last().title = kind.title;
                open.last().skip = kind.toc;
                open.last().inList = open.last().inList || kind.list;
            } else if (n == QLatin1String("numPr") && inParagraphProperties) {
                open.last().inList = true;
            } else if (n == QLatin1String("outlineLvl") && inParagraphProperties) {
                const int level = attribute(xml, QLatin1String("val")).toInt() + 1;
                if (level >= 1 && level <= 9)
                    open.last().level = level;
            } else if (n == QLatin1String("t")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!budget.take(text.size()))
                    return Result<RawDocument>::failure(tooMuchText(name, maxTextLength));
                open.last().text += text;
            } else if (n == QLatin1String("tab") && !inParagraphProperties) {
                open.last().text += QLatin1Char(' ');
            } else if (n == QLatin1String("br") || n == QLatin1String("cr")) {
                open.last().text += QLatin1Char('\n');
            } else if (n == QLatin1String("noBreakHyphen")) {
                open.last().text += QLatin1Char('-');
            } else if (n == QLatin1String("Fallback")) {
                xml.skipCurrentElement(); // the same content again for older readers
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("pPr")) {
                inParagraphProperties = false;
            } else if (xml.name() == QLatin1String("tc")) {
                cells = std::max(0, cells - 1);
            } else if (xml.name() == QLatin1String("p") && !open.isEmpty()) {
                emitParagraph(doc, open.takeLast());
            }
        }
    }
    if (Status s = xmlStatus(xml, name, QStringLiteral("DOCX"), QStringLiteral("word/document.xml")); !s)
        return s.fullError();
    return doc;
}

Result<RawDocument> parseOdtXml(const QByteArray &contentXml, const QByteArray &metaXml, const QString &name,
                                qint64 maxTextLength)
{
    RawDocument doc;
    if (!metaXml.isEmpty()) {
        if (Status s = parseMetadata(metaXml, doc, name, QStringLiteral("ODT"), QStringLiteral("meta.xml")); !s)
            return s.fullError();
    }
    QXmlStreamReader xml(contentXml);
    QList<Paragraph> open;
    TextBudget budget(maxTextLength);
    int lists = 0; // lists and table cells the reader is in
    while (nextToken(xml)) {
        if (xml.isStartElement()) {
            const QStringView n = xml.name();
            if (n == QLatin1String("list") || n == QLatin1String("table-cell"))
                ++lists;
            if (n == QLatin1String("note") || n == QLatin1String("annotation") || n == QLatin1String("tracked-changes")
                || n == QLatin1String("index-body") || n == QLatin1String("index-title")) {
                xml.skipCurrentElement();
            } else if (n == QLatin1String("h")) {
                const int level = attribute(xml, QLatin1String("outline-level")).toInt();
                open.append(Paragraph{{}, std::clamp(level, 1, 10)});
            } else if (n == QLatin1String("p")) {
                Paragraph p;
                p.title = attribute(xml, QLatin1String("style-name")) == QLatin1String("Title");
                p.inList = lists > 0;
                open.append(p);
            } else if (open.isEmpty()) {
                continue;
            } else if (n == QLatin1String("s")) {
                const int count = std::clamp(attribute(xml, QLatin1String("c")).toInt(), 1, 100);
                open.last().text += QString(count, QLatin1Char(' '));
            } else if (n == QLatin1String("tab")) {
                open.last().text += QLatin1Char(' ');
            } else if (n == QLatin1String("line-break")) {
                open.last().text += QLatin1Char('\n');
            }
        } else if (xml.isCharacters() && !open.isEmpty()) {
            const QStringView text = xml.text();
            if (!budget.take(text.size()))
                return Result<RawDocument>::failure(tooMuchText(name, maxTextLength));
            open.last().text += text;
        } else if (xml.isEndElement() && (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")) && !open.isEmpty()) {
            emitParagraph(doc, open.takeLast());
        } else if (xml.isEndElement() && (xml.name() == QLatin1String("list") || xml.name() == QLatin1String("table-cell"))) {
            lists = std::max(0, lists - 1);
        }
    }
    if (Status s = xmlStatus(xml, name, QStringLiteral("ODT"), QStringLiteral("content.xml")); !s)
        return s.fullError();
    return doc;
}

Result<RawDocument> readDocx(const QByteArray &bytes, const QString &name, const ReadLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    ZipParts zip(&buffer, name, limits);
    if (Status s = zip.open(); !s)
        return s.fullError();
    auto document = zip.read(QStringLiteral("word/document.xml"));
    if (!document)
        return document.fullError();
    if (!document.value())
        return Result<RawDocument>::failure(QStringLiteral("%1 is not a Word document: it has no word/document.xml.").arg(name));
    auto styles = zip.read(QStringLiteral("word/styles.xml"));
    if (!styles)
        return styles.fullError();
    auto core = zip.read(QStringLiteral("docProps/core.xml"));
    if (!core)
        return core.fullError();
    return parseDocxXml(*document.value(), styles.value().value_or(QByteArray()), core.value().value_or(QByteArray()), name,
                        limits.maxTextLength);
}

Result<RawDocument> readOdt(const QByteArray &bytes, const QString &name, const ReadLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    ZipParts zip(&buffer, name, limits);
    if (Status s = zip.open(); !s)
        return s.fullError();
    auto content = zip.read(QStringLiteral("content.xml"));
    if (!content)
        return content.fullError();
    if (!content.value())
        return Result<RawDocument>::failure(QStringLiteral("%1 is a damaged ODT file: it has no content.xml.").arg(name));
    auto meta = zip.read(QStringLiteral("meta.xml"));
    if (!meta)
        return meta.fullError();
    return parseOdtXml(*content.value(), meta.value().value_or(QByteArray()), name, limits.maxTextLength);
}

} // namespace citykb::ingest
