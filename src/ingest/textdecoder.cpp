#include "textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace citykb::ingest {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five bytes it leaves undefined
// keep their Latin-1 (control) meaning, as browsers do.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *p = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *p++ = QChar(b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

QByteArray detectCharset(const QByteArray &bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    constexpr qsizetype sample = 4 * 1024 * 1024; // enough to tell; detection is linear
    if (uchardet_handle_data(detector.get(), bytes.constData(), std::size_t(std::min(bytes.size(), sample))) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toLower();
}

// Decodes bytes in a named charset; false when neither this file nor Qt knows the name.
bool decodeNamed(const QByteArray &charset, QByteArrayView bytes, DecodedText &out)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name == "utf-8" || name == "utf8" || name == "ascii" || name == "us-ascii") {
        out = {decodeWith(QStringConverter::Utf8, bytes), QStringLiteral("UTF-8")};
        return true;
    }
    // Files labelled Latin-1 that use 0x80-0x9F mean Windows-1252 by them (the WHATWG rule).
    if (name == "windows-1252" || name == "cp1252" || name == "iso-8859-1" || name == "latin1"
        || name == "iso8859-1" || name == "l1") {
        out = {fromWindows1252(bytes), name.startsWith("windows") || name == "cp1252" ? QStringLiteral("windows-1252")
                                                                                      : QStringLiteral("ISO-8859-1")};
        return true;
    }
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    out = {decoder.decode(bytes), QString::fromLatin1(name).toUpper()};
    return true;
}

} // namespace

qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xbf; // the range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}

QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(QStringLiteral(R"(<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(2048));
    const auto match = meta.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1().toLower() : QByteArray();
}

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return {decodeWith(QStringConverter::Utf8, view.sliced(3)), QStringLiteral("UTF-8")};
    if (view.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return {decodeWith(QStringConverter::Utf32LE, view.sliced(4)), QStringLiteral("UTF-32LE")};
    if (view.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return {decodeWith(QStringConverter::Utf32BE, view.sliced(4)), QStringLiteral("UTF-32BE")};
    if (view.startsWith("\xFF\xFE"))
        return {decodeWith(QStringConverter::Utf16LE, view.sliced(2)), QStringLiteral("UTF-16LE")};
    if (view.startsWith("\xFE\xFF"))
        return {decodeWith(QStringConverter::Utf16BE, view.sliced(2)), QStringLiteral("UTF-16BE")};

    DecodedText out;
    // A declared UTF-8 or UTF-16 is often wrong when the bytes say otherwise; trust the bytes.
    if (!declaredCharset.isEmpty() && !declaredCharset.startsWith("utf") && decodeNamed(declaredCharset, view, out))
        return out;
    if (invalidUtf8Offset(bytes) < 0)
        return {decodeWith(QStringConverter::Utf8, view), QStringLiteral("UTF-8")};
    const QByteArray detected = detectCharset(bytes);
    if (!detected.isEmpty() && decodeNamed(detected, view, out)) {
        // uchardet takes a Western text with Š or € for Windows-1250 as readily as for 1252;
        // when both read the bytes alike, the text is Windows-1252 (the far commoner one).
        if (out.encoding.startsWith(QLatin1String("WINDOWS-125")) || out.encoding.startsWith(QLatin1String("ISO-8859"))) {
            QString western = fromWindows1252(view);
            if (western == out.text)
                return {std::move(western), QStringLiteral("windows-1252")};
        }
        return out;
    }
    // Nothing could tell: Windows-1252 maps every byte to a character, so nothing is lost.
    return {fromWindows1252(view), QStringLiteral("windows-1252")};
}

} // namespace citykb::ingest
