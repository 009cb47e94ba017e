#include "languagedetector.h"

// CLD2's header uses FILE without including <cstdio>.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

namespace citykb::ingest {

namespace {

// Pieces from the start, the end and evenly between: some thousand characters tell CLD2 the
// language as surely as the whole text, which costs time in proportion to its length; spread
// out, they weigh the languages of a mixed text as the whole does.
QString sampleOf(QStringView text)
{
    constexpr qsizetype pieces = 8;
    constexpr qsizetype pieceSize = 2048;
    constexpr qsizetype wordSlack = 64; // how far a cut moves to fall between words
    if (text.size() <= pieces * pieceSize)
        return text.toString();
    QString sample;
    sample.reserve(pieces * (pieceSize + 1));
    for (qsizetype i = 0; i < pieces; ++i) {
        qsizetype from = i * (text.size() - pieceSize) / (pieces - 1);
        qsizetype to = from + pieceSize;
        for (qsizetype k = 0; k < wordSlack && from > 0 && !text.at(from - 1).isSpace(); ++k)
            ++from;
        for (qsizetype k = 0; k < wordSlack && to < text.size() && !text.at(to).isSpace(); ++k)
            --to;
        // Never half a surrogate pair (text without spaces, as in Chinese).
        if (text.at(from).isLowSurrogate())
            ++from;
        if (to < text.size() && text.at(to).isLowSurrogate())
            --to;
        sample += text.sliced(from, to - from);
        sample += QLatin1Char('\n');
    }
    return sample;
}

} // namespace

QString detectLanguage(const QString &text)
{
    const QString sample = sampleOf(text);
    int letters = 0;
    for (const QChar c : sample) {
        if (c.isLetter() && ++letters >= 20)
            break;
    }
    if (letters < 20)
        return {};
    const QByteArray utf8 = sample.toUtf8();
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), true, &reliable);
    if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
        return {};
    // CLD2 names a few languages with longer codes ("zh-Hant", "sr-ME"); keep the ISO 639-1 part.
    const QString code = QString::fromLatin1(CLD2::LanguageCode(language)).section(QLatin1Char('-'), 0, 0);
    if (code.size() != 2)
        return {};
    return code;
}

} // namespace citykb::ingest
