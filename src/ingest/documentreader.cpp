#include "documentreader.h"

#include "htmlreader.h"
#include "languagedetector.h"
#include "markdownreader.h"
#include "officereader.h"
#include "pdfreader.h"
#include "sectionsplitter.h"
#include "textcleaner.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace citykb::ingest {

namespace {

constexpr qsizetype headSize = 64 * 1024;
constexpr qint64 mebibyte = 1024 * 1024;

enum class Family { Text, Pdf, Zip };

struct Signature
{
    QByteArrayView magic;
    qsizetype offset;
    const char *what;
};

// File types people drop by mistake, named so that the message says what the file is.
QString binaryKind(QByteArrayView head)
{
    static const Signature signatures[] = {
        {"\x89PNG\r\n\x1a\n", 0, "a PNG image"},
        {"\xFF\xD8\xFF", 0, "a JPEG image"},
        {"GIF87a", 0, "a GIF image"},
        {"GIF89a", 0, "a GIF image"},
        {QByteArrayView("II*\0", 4), 0, "a TIFF image"},
        {QByteArrayView("MM\0*", 4), 0, "a TIFF image"},
        {"WEBP", 8, "a WebP image"},
        {"BM", 0, "a bitmap image"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0, "an old binary Office file (DOC, XLS or PPT)"},
        {"{\\rtf", 0, "an RTF file"},
        {"%!PS", 0, "a PostScript file"},
        {"\x1F\x8B", 0, "a gzip archive"},
        {"7z\xBC\xAF\x27\x1C", 0, "a 7-Zip archive"},
        {"Rar!", 0, "a RAR archive"},
        {"\x7F" "ELF", 0, "a program"},
        {"MZ", 0, "a Windows program"},
        {"ID3", 0, "an MP3 audio file"},
        {"OggS", 0, "an Ogg media file"},
        {"ftyp", 4, "a video or audio file"},
        {QByteArrayView("SQLite format 3\0", 16), 0, "an SQLite database"},
    };
    for (const Signature &s : signatures) {
        if (head.size() >= s.offset + s.magic.size() && head.sliced(s.offset, s.magic.size()) == s.magic)
            return QString::fromLatin1(s.what);
    }
    return {};
}

bool hasTextBom(QByteArrayView head)
{
    return head.startsWith("\xEF\xBB\xBF") || head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")
        || head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4));
}

// Text has no NUL bytes and few control characters; anything else is some binary format.
bool looksBinary(QByteArrayView head)
{
    qsizetype controls = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b)
            ++controls;
    }
    return controls * 100 > head.size();
}

QString suffixOf(const QString &name)
{
    return QFileInfo(name).suffix().toLower();
}

QString displayName(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("The document") : QDir::toNativeSeparators(name);
}

Result<Family> sniffFamily(QByteArrayView head, const QString &name)
{
    using R = Result<Family>;
    if (head.isEmpty())
        return R::failure(QStringLiteral("%1 is empty.").arg(name));
    if (head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-") >= 0)
        return Family::Pdf;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Family::Zip;
    if (hasTextBom(head))
        return Family::Text;
    if (const QString kind = binaryKind(head); !kind.isEmpty() || looksBinary(head)) {
        static const QStringList named = {QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("odt"),
                                          QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("txt"),
                                          QStringLiteral("md"),   QStringLiteral("markdown")};
        const QString what = kind.isEmpty() ? QStringLiteral("binary data") : kind;
        const QString suffix = suffixOf(name);
        if (named.contains(suffix))
            return R::failure(QStringLiteral("%1 is %2, not a %3 document as its name says.").arg(name, what, suffix.toUpper()));
        return R::failure(QStringLiteral("%1 is %2, not a document CityKB can import.").arg(name, what));
    }
    return Family::Text;
}

// HTML by its markup at the start (after comments and an XML declaration), or by its name
// when it holds tags.
bool looksLikeHtml(QStringView head, const QString &name)
{
    static const QRegularExpression leading(QStringLiteral(R"(^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b)"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral(R"(<(?:p|div|h[1-6]|title|body|html|br|span|a|table|ul|ol)\b[^>]*>)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QStringView start = head.left(4096);
    if (leading.match(start).hasMatch())
        return true;
    const QString suffix = suffixOf(name);
    return (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        && tags.match(start).hasMatch();
}

bool looksLikeJson(QStringView head)
{
    const QStringView trimmed = head.trimmed();
    return trimmed.startsWith(QLatin1Char('{'));
}

DocumentFormat textFormat(QStringView head, const QString &name)
{
    if (looksLikeHtml(head, name))
        return DocumentFormat::Html;
    const QString suffix = suffixOf(name);
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown")
        || suffix == QLatin1String("mkd") || looksLikeMarkdown(head))
        return DocumentFormat::Markdown;
    return DocumentFormat::Text;
}

QString headText(QByteArrayView head)
{
    // Enough to see markup: UTF-16 needs decoding, anything ASCII-based reads as Latin-1.
    if (hasTextBom(head))
        return decodeText(head.toByteArray()).text;
    return QString::fromLatin1(head);
}

QString tooLarge(const QString &name, qint64 size, qint64 limit, const QString &what)
{
    return QStringLiteral("%1 is %2 MB, more than the %3 MB %4 may have; it was not read.")
        .arg(name)
        .arg((size + mebibyte - 1) / mebibyte)
        .arg(limit / mebibyte)
        .arg(what);
}

// A metadata title that says something: not empty, not a file name, not a placeholder.
QString usableTitle(const QString &title)
{
    static const QRegularExpression wordPrefix(QStringLiteral(R"(^Microsoft (?:Word|PowerPoint) - )"));
    static const QRegularExpression fileName(QStringLiteral(R"(\.(?:docx?|pdf|odt|rtf|txt|html?|indd|qxd)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QStringList placeholders = {QStringLiteral("untitled"), QStringLiteral("title"), QStringLiteral("document"),
                                             QStringLiteral("untitled document"), QStringLiteral("no title"),
                                             QStringLiteral("presentation"), QStringLiteral("slide 1")};
    QString t = title.simplified();
    t.remove(wordPrefix);
    if (t.isEmpty() || fileName.match(t).hasMatch() || placeholders.contains(t.toLower()))
        return {};
    bool letters = false;
    for (const QChar c : std::as_const(t))
        letters = letters || c.isLetter();
    return letters ? t : QString();
}

QString clipTitle(const QString &title)
{
    constexpr qsizetype maxLength = 200;
    const QString t = title.simplified();
    if (t.size() <= maxLength)
        return t;
    const qsizetype cut = t.lastIndexOf(QLatin1Char(' '), maxLength);
    return t.left(cut > maxLength / 2 ? cut : maxLength) + QChar(0x2026);
}

QString chooseTitle(const RawDocument &raw, DocumentFormat format, const QList<ExtractedSection> &sections)
{
    if (const QString t = usableTitle(raw.title); !t.isEmpty())
        return clipTitle(t);
    if (const QString t = usableTitle(raw.titleCandidate); !t.isEmpty())
        return clipTitle(t);
    const ExtractedSection &first = sections.first();
    const bool structured = format != DocumentFormat::Text && format != DocumentFormat::Pdf;
    if (structured) {
        for (const DocumentBlock &block : raw.blocks) {
            if (block.headingLevel > 0)
                return clipTitle(block.text);
        }
    }
    if (!first.headingPath.isEmpty())
        return clipTitle(first.headingPath.first());
    return clipTitle(first.text.section(QLatin1Char('\n'), 0, 0));
}

RawDocument readPlainText(const QString &text)
{
    RawDocument raw;
    const CleanedText cleaned = cleanText(text);
    raw.blocks = splitNumberedHeadings(cleaned.text);
    if (!cleaned.runningLines.isEmpty())
        raw.titleCandidate = cleaned.runningLines.first();
    return raw;
}

Result<ExtractedDocument> finish(RawDocument raw, DocumentFormat format, const QByteArray &bytes, const QString &name,
                                 const ReadLimits &limits, int pages)
{
    if (format != DocumentFormat::Text && format != DocumentFormat::Pdf) {
        for (DocumentBlock &block : raw.blocks) {
            block.text = cleanParagraph(block.text);
            if (block.headingLevel > 0)
                block.text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
    }
    // A Word or OpenDocument text without heading styles: headings from its paragraphs as for
    // plain text, each paragraph standing alone, list items and table cells on lines of their own.
    const bool office = format == DocumentFormat::Docx || format == DocumentFormat::Odt;
    if (office && std::none_of(raw.blocks.cbegin(), raw.blocks.cend(), [](const DocumentBlock &b) { return b.headingLevel > 0; })) {
        QString text;
        for (const DocumentBlock &block : std::as_const(raw.blocks)) {
            if (block.text.isEmpty())
                continue;
            if (!text.isEmpty())
                text += block.inList ? QStringLiteral("\n") : QStringLiteral("\n\n");
            text += QString(block.text).remove(QLatin1Char('\f'));
        }
        raw.blocks = splitNumberedHeadings(text);
    }
    ExtractedDocument doc;
    doc.sections = sectionsFromBlocks(raw.blocks, std::max(1, limits.maxSections));
    if (doc.sections.isEmpty()) {
        if (format == DocumentFormat::Pdf)
            return Result<ExtractedDocument>::failure(
                QStringLiteral("%1 has no text to import: its pages hold only images (a scanned document needs OCR first).").arg(name));
        return Result<ExtractedDocument>::failure(QStringLiteral("%1 has no text to import.").arg(name));
    }
    doc.format = formatName(format);
    doc.title = chooseTitle(raw, format, doc.sections);
    doc.author = raw.author;
    doc.date = raw.date;
    doc.encoding = raw.encoding;
    doc.pages = pages;

    QString sample;
    constexpr qsizetype sampleSize = 256 * 1024;
    for (const ExtractedSection &section : std::as_const(doc.sections)) {
        if (sample.size() >= sampleSize)
            break;
        sample += section.text + QLatin1Char('\n');
    }
    doc.language = detectLanguage(sample);
    if (doc.language.isEmpty())
        doc.language = raw.languageHint;
    doc.checksum = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return doc;
}

} // namespace

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Text: return QStringLiteral("text");
    case DocumentFormat::Markdown: return QStringLiteral("markdown");
    case DocumentFormat::Html: return QStringLiteral("html");
    case DocumentFormat::Pdf: return QStringLiteral("pdf");
    case DocumentFormat::Docx: return QStringLiteral("docx");
    case DocumentFormat::Odt: return QStringLiteral("odt");
    }
    return {};
}

Result<ExtractedDocument> readDocumentBytes(const QByteArray &bytes, const QString &nameHint, const ReadLimits &limits)
{
    using R = Result<ExtractedDocument>;
    const QString name = displayName(nameHint);
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), headSize));
    const auto family = sniffFamily(head, name);
    if (!family)
        return family.fullError();

    if (family.value() == Family::Pdf || family.value() == Family::Zip) {
        if (bytes.size() > limits.maxFileSize)
            return R::failure(tooLarge(name, bytes.size(), limits.maxFileSize, QStringLiteral("a document")));
        if (family.value() == Family::Pdf) {
            int pages = 0;
            auto raw = readPdf(bytes, name, limits, &pages);
            if (!raw)
                return raw.fullError();
            return finish(std::move(raw).value(), DocumentFormat::Pdf, bytes, name, limits, pages);
        }
        const auto format = identifyZipDocument(bytes, name);
        if (!format)
            return format.fullError();
        auto raw = format.value() == DocumentFormat::Docx ? readDocx(bytes, name, limits) : readOdt(bytes, name, limits);
        if (!raw)
            return raw.fullError();
        return finish(std::move(raw).value(), format.value(), bytes, name, limits, 0);
    }

    const QString start = headText(head);
    if (looksLikeJson(start))
        return R::failure(QStringLiteral("%1 is a JSON file, not a document; only CityKB bundles are imported from JSON.").arg(name));
    const DocumentFormat format = textFormat(start, name);
    if (format == DocumentFormat::Text && bytes.size() > limits.maxTextFileSize)
        return R::failure(tooLarge(name, bytes.size(), limits.maxTextFileSize, QStringLiteral("a text document")));
    if (format != DocumentFormat::Text && bytes.size() > limits.maxMarkupFileSize)
        return R::failure(tooLarge(name, bytes.size(), limits.maxMarkupFileSize,
                                   format == DocumentFormat::Html ? QStringLiteral("an HTML page") : QStringLiteral("a Markdown document")));

    const DecodedText decoded = decodeText(bytes, format == DocumentFormat::Html ? declaredHtmlCharset(bytes) : QByteArray());
    RawDocument raw;
    switch (format) {
    case DocumentFormat::Html: raw = parseHtml(decoded.text); break;
    case DocumentFormat::Markdown: raw = parseMarkdown(decoded.text); break;
    default: raw = readPlainText(decoded.text); break;
    }
    raw.encoding = decoded.encoding;
    return finish(std::move(raw), format, bytes, name, limits, 0);
}

Result<ExtractedDocument> readDocument(const QString &path, const ReadLimits &limits)
{
    using R = Result<ExtractedDocument>;
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(QStringLiteral("There is no file %1.").arg(name));
    if (info.isDir())
        return R::failure(QStringLiteral("%1 is a folder, not a file.").arg(name));
    if (!info.isFile())
        return R::failure(QStringLiteral("%1 is not a regular file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("Cannot read %1: %2.").arg(name, file.errorString()));
    const QByteArray head = file.read(headSize);
    const auto family = sniffFamily(head, name);
    if (!family)
        return family.fullError();
    // Refuse before reading a file that is too large to read.
    const qint64 size = file.size();
    if (family.value() == Family::Text && size > std::max(limits.maxTextFileSize, limits.maxMarkupFileSize))
        return R::failure(tooLarge(name, size, std::max(limits.maxTextFileSize, limits.maxMarkupFileSize),
                                   QStringLiteral("a text document")));
    if (family.value() != Family::Text && size > limits.maxFileSize)
        return R::failure(tooLarge(name, size, limits.maxFileSize, QStringLiteral("a document")));
    QByteArray bytes = head;
    bytes += file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(QStringLiteral("Cannot read %1: %2.").arg(name, file.errorString()));
    return readDocumentBytes(bytes, path, limits);
}

Result<DocumentFormat> sniffDocumentFormat(const QString &path)
{
    using R = Result<DocumentFormat>;
    const QString name = displayName(path);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("Cannot read %1.").arg(name));
    const QByteArray head = file.read(headSize);
    const auto family = sniffFamily(head, name);
    if (!family)
        return family.fullError();
    switch (family.value()) {
    case Family::Pdf: return DocumentFormat::Pdf;
    case Family::Zip: file.seek(0); return identifyZipDocument(&file, name);
    case Family::Text: break;
    }
    const QString start = headText(head);
    if (looksLikeJson(start))
        return R::failure(QStringLiteral("%1 is a JSON file, not a document.").arg(name));
    return textFormat(start, name);
}

bool isDocumentFile(const QString &path)
{
    return sniffDocumentFormat(path).ok();
}

} // namespace citykb::ingest
