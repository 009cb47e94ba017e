#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <vector>

namespace citykb {

namespace {

// The compiled translations are embedded under this prefix (src/app/CMakeLists.txt).
const QString EmbeddedDir = QStringLiteral(":/i18n");

struct Installed
{
    QMutex mutex;
    QString language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// "de_DE.UTF-8", "de-AT", "DE" -> "de".
QString languagePart(const QString &name)
{
    QString code = name.trimmed().toLower();
    const qsizetype end = code.indexOf(QRegularExpression(QStringLiteral("[^a-z]")));
    if (end >= 0)
        code.truncate(end);
    return code;
}

// The embedded translation of `language`, or nullptr.
std::unique_ptr<QTranslator> embedded(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral("citykb_%1").arg(language), EmbeddedDir))
        return nullptr;
    return translator;
}

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr")) return QStringLiteral("Français");
    if (language == QLatin1String("en")) return QStringLiteral("English");
    return language;
}

QString Translations::choose(const QString &requested)
{
    if (const QString code = languagePart(requested); languages().contains(code))
        return code;
    // QLocale reads LANGUAGE (a list, first choice first), else LC_ALL, LC_MESSAGES and LANG.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = languagePart(name);
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> Translations::load(const QString &language)
{
    if (language == QLatin1String("en") || !languages().contains(language))
        return nullptr;
    return embedded(language);
}

QString Translations::install(const QString &requested)
{
    const QString language = choose(requested);
    Installed &state = installed();
    QMutexLocker lock(&state.mutex);
    for (const auto &translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators.clear();

    std::vector<std::unique_ptr<QTranslator>> chosen;
    // English has one too: its plural forms ("1 record", "2 records").
    if (auto own = embedded(language))
        chosen.push_back(std::move(own));
    // Qt's own words (the buttons of standard dialogs, the context menu of a text field), when
    // the system has them (Debian: qt6-translations-l10n).
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        chosen.push_back(std::move(qt));
    for (const auto &translator : chosen)
        QCoreApplication::installTranslator(translator.get());
    state.translators = std::move(chosen);
    state.language = language;

    // Numbers and dates in the language shown, unless the system's locale speaks it already
    // (and then keeps its own country's conventions).
    if (languagePart(QLocale::system().name()) != language)
        QLocale::setDefault(QLocale(language));
    else
        QLocale::setDefault(QLocale::system());
    return language;
}

QString Translations::current()
{
    Installed &state = installed();
    QMutexLocker lock(&state.mutex);
    return state.language;
}

} // namespace citykb
