#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace citykb {

// How the application looks: its icons (SVG, sharp at any scale) and its palette, which
// follows the system unless the user chose light or dark (View > Appearance), kept in
// QSettings under "appearance/theme".
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    enum class Theme { System, Light, Dark };

    // Sets the application's icon and applies the theme the user chose last; call once the
    // QApplication exists.
    static void initialise();
    // One of the application's icons by name ("go-back", "find", "citykb", ...).
    static QIcon icon(const QString &name);
    static Theme theme();
    // Applies the theme to the running application and remembers it.
    static void setTheme(Theme theme);
    // Whether the palette in use is a dark one (light text on a dark window).
    static bool isDark();

private:
    static void apply(Theme theme);
};

} // namespace citykb
