#pragma once

#include <QByteArray>
#include <QString>

namespace citykb::ingest {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
};

// Decodes text whose encoding the bytes do not state: a byte order mark wins, then a charset
// the caller found declared (an HTML meta tag), then well-formed UTF-8, then what uchardet
// detects. Windows-1252 and Latin-1 are decoded here without ICU; other encodings uchardet
// names go through QStringDecoder when this Qt build knows them, else as Windows-1252.
// Never fails: bytes that do not decode become U+FFFD.
DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// The offset of the first byte that does not begin a well-formed UTF-8 character (no overlong
// forms, no encoded surrogates, nothing above U+10FFFF, nothing cut off at the end), or -1
// when all of it is UTF-8.
qsizetype invalidUtf8Offset(const QByteArray &bytes);

// The charset an HTML document declares in its first 2048 bytes (<meta charset> or
// http-equiv Content-Type), lower-cased, or empty.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

} // namespace citykb::ingest
