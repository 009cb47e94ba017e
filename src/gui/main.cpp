#include "app/about.h"
#include "app/knowledgebase.h"
#include "app/logging.h"
#include "app/translations.h"
#include "appearance.h"
#include "kbopener.h"
#include "responseform.h"
#include "languagemenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citykb"));
    QApplication::setApplicationDisplayName(QStringLiteral("CityKB"));
    QApplication::setApplicationVersion(citykb::applicationVersion());
    // Wayland desktops match the window to its menu entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("eu.citykb.CityKB"));
    citykb::initLogging();
    // The language chosen under View > Language, else the system's.
    citykb::Translations::install(citykb::LanguageMenu::chosenLanguage());
    citykb::Appearance::initialise();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Main", "CityKB: the knowledge base of European city networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption kbOption(QStringLiteral("kb"), QCoreApplication::translate("Main", "The KB folder (default: $CITYKB_HOME or %1).")
                                                          .arg(citykb::KnowledgeBase::defaultDir()),
                                QCoreApplication::translate("Main", "DIR"));
    parser.addOption(kbOption);
    QCommandLineOption responseOption(QStringLiteral("open-response"),
                                      QStringLiteral("Opens the form of this response (by key, title or id) once the KB is open."),
                                      QStringLiteral("KEY"));
    parser.addOption(responseOption);
    parser.process(app);
    const QString dir = parser.isSet(kbOption) ? parser.value(kbOption) : citykb::KnowledgeBase::defaultDir();

    // The KB opens on the session's thread; the window shows when it is open.
    citykb::SessionHost host;
    citykb::KbOpener opener(host, citykb::KnowledgeBase::seedDataDir());
    QObject::connect(&opener, &citykb::KbOpener::abandoned, &app, [&app]() { app.exit(3); });
    if (parser.isSet(responseOption)) {
        // After the opener's own handler, which has made the window by then.
        QObject::connect(&host, &citykb::SessionHost::opened, &app, [&opener, &host, dir, key = parser.value(responseOption)](
                                                                        const citykb::Status &status) {
            if (!status || !opener.window())
                return;
            // After the window has reopened the form it had (ResponseForm::restoreLast), if any.
            citykb::MainWindow *window = opener.window();
            QTimer::singleShot(0, window, [&host, window, dir, key]() {
                for (const citykb::ResponseForm *form : window->findChildren<citykb::ResponseForm *>()) {
                    if (form->responseKey() == key)
                        return;
                }
                citykb::ResponseForm::open(host, dir, key, window);
            });
        });
    }
    opener.open(dir, citykb::SessionHost::OpenMode::OpenOrCreate);
    return app.exec();
}
