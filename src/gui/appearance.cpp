#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace citykb {

namespace {

const QString ThemeKey = QStringLiteral("appearance/theme");

QString themeWord(Appearance::Theme theme)
{
    switch (theme) {
    case Appearance::Theme::Light: return QStringLiteral("light");
    case Appearance::Theme::Dark: return QStringLiteral("dark");
    case Appearance::Theme::System: break;
    }
    return QStringLiteral("system");
}

// A dark palette for the Fusion style: every role set, disabled text dimmed, links light
// enough to read on the dark base.
QPalette darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(130, 130, 130);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 110, 110));
    palette.setColor(QPalette::Light, QColor(70, 70, 74));
    palette.setColor(QPalette::Midlight, QColor(58, 58, 62));
    palette.setColor(QPalette::Mid, QColor(38, 38, 40));
    palette.setColor(QPalette::Dark, QColor(22, 22, 24));
    palette.setColor(QPalette::Shadow, QColor(10, 10, 10));
    palette.setColor(QPalette::Highlight, QColor(42, 110, 187));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(110, 170, 240));
    palette.setColor(QPalette::LinkVisited, QColor(170, 140, 230));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 74));
    return palette;
}

} // namespace

void Appearance::initialise()
{
    QApplication::setWindowIcon(icon(QStringLiteral("citykb")));
    apply(theme());
}

QIcon Appearance::icon(const QString &name)
{
    static const bool loaded = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(loaded);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

Appearance::Theme Appearance::theme()
{
    const QString word = QSettings().value(ThemeKey).toString();
    if (word == QLatin1String("light"))
        return Theme::Light;
    if (word == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Appearance::setTheme(Theme theme)
{
    QSettings().setValue(ThemeKey, themeWord(theme));
    apply(theme);
}

void Appearance::apply(Theme theme)
{
    // The style and palette the platform gave, kept to go back to "System" later.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool Appearance::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace citykb
