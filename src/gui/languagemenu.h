#pragma once

#include <QMenu>
#include <QString>

namespace citykb {

// View > Language: System, English, Deutsch, Français. The choice is kept in QSettings under
// "ui/language" ("" for the system's language) and takes effect when CityKB starts again,
// which the menu says when the user picks another language.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The language chosen here: a code of Translations::languages(), or empty for the system's.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &language);

private:
    void choose(const QString &language);
};

} // namespace citykb
