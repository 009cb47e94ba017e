#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace citykb {

// The languages CityKB speaks (docs/architecture.md, "Translations"): English, the language of
// the sources, and the translations compiled from resources/translations/*.ts and embedded in
// the programs. Both programs install one language at start: the one asked for, else the first
// of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that CityKB speaks, else
// English. Qt's own translations (qtbase_*.qm, for the standard dialogs) are loaded with it when
// the system has them.
class Translations
{
public:
    // The language codes CityKB speaks: "en", "de", "fr".
    static QStringList languages();
    // The name of a language in that language ("Deutsch" for "de").
    static QString nativeName(const QString &language);
    // The language `requested` names when CityKB speaks it, else the system's choice as above.
    // `requested` is a code or a locale name ("de", "fr_FR", "de-AT"); empty means the system.
    static QString choose(const QString &requested = {});
    // Installs the translators of choose(requested) on the application, replacing those an
    // earlier call installed, and makes the language's locale the default for numbers and
    // dates when it differs from the system's language. Returns the language installed.
    static QString install(const QString &requested = {});
    // The language install() installed last; "en" before any.
    static QString current();
    // CityKB's own translator for `language`, or nullptr for English and for languages CityKB
    // does not speak.
    static std::unique_ptr<QTranslator> load(const QString &language);
};

} // namespace citykb
