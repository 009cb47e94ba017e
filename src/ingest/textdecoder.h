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

// True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
// U+10FFFF). A character cut off at the very end counts as well-formed when allowTruncatedEnd.
bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd = false);

// The charset an HTML document declares in its first 2048 bytes (<meta charset> or
// http-equiv Content-Type), lower-cased, or empty.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

} // namespace citykb::ingest
