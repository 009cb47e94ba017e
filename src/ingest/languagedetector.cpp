#include "languagedetector.h"

// CLD2's header uses FILE without including <cstdio>.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

namespace citykb::ingest {

QString detectLanguage(const QString &text)
{
    // A few hundred kilobytes tell the language of any document; more only costs time.
    constexpr qsizetype sample = 256 * 1024;
    const QByteArray utf8 = text.left(sample).toUtf8();
    int letters = 0;
    for (const QChar c : QStringView(text).left(sample)) {
        if (c.isLetter() && ++letters >= 20)
            break;
    }
    if (letters < 20)
        return {};
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
