#include "languagemenu.h"

#include "app/translations.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace citykb {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(this);
    const QString chosen = chosenLanguage();
    // The languages are named in their own language, so that anyone finds theirs.
    QList<std::pair<QString, QString>> entries{{QString(), tr("System")}};
    for (const QString &language : Translations::languages())
        entries.append({language, Translations::nativeName(language)});
    for (const auto &[language, label] : entries) {
        QAction *action = addAction(label);
        action->setObjectName(language.isEmpty() ? QStringLiteral("actionLanguageSystem") : QStringLiteral("actionLanguage_") + language);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language]() { choose(language); });
    }
}

QString LanguageMenu::chosenLanguage()
{
    const QString language = QSettings().value(LanguageKey).toString();
    return Translations::languages().contains(language) ? language : QString();
}

void LanguageMenu::setChosenLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, Translations::languages().contains(language) ? language : QString());
}

void LanguageMenu::choose(const QString &language)
{
    if (language == chosenLanguage())
        return;
    setChosenLanguage(language);
    if (Translations::choose(language) == Translations::current())
        return;
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("CityKB will speak %1 when you start it again.")
                                 .arg(Translations::nativeName(Translations::choose(language))));
}

} // namespace citykb
