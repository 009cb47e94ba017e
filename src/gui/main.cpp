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

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("citykb"));
    QCoreApplication::setApplicationVersion(citykb::applicationVersion());
    // The language chosen under View > Language, else the system's.
    citykb::Translations::install(citykb::LanguageMenu::chosenLanguage());
}

struct Options
{
    QCommandLineOption kb;
    QCommandLineOption openResponse;
};

Options describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("Main", "CityKB: the knowledge base of European city networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(QStringLiteral("kb"),
                           QCoreApplication::translate("Main", "The KB folder (default: $CITYKB_HOME or %1).").arg(citykb::KnowledgeBase::defaultDir()),
                           QCoreApplication::translate("Main", "DIR")),
        QCommandLineOption(QStringLiteral("open-response"),
                           QCoreApplication::translate("Main", "Opens the form of this response (by key, title or id) once the KB is open."),
                           QCoreApplication::translate("Main", "KEY")),
    };
    parser.addOption(options.kb);
    parser.addOption(options.openResponse);
    return options;
}

// --help and --version only print: they must work without a display (a terminal over ssh,
// help2man writing the man page).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("CityKB"));
    // Wayland desktops match the window to its menu entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("eu.citykb.CityKB"));
    citykb::initLogging();
    citykb::Appearance::initialise();

    QCommandLineParser parser;
    const Options options = describeOptions(parser);
    parser.process(app);
    const QString dir = parser.isSet(options.kb) ? parser.value(options.kb) : citykb::KnowledgeBase::defaultDir();

    // The KB opens on the session's thread; the window shows when it is open.
    citykb::SessionHost host;
    citykb::KbOpener opener(host, citykb::KnowledgeBase::seedDataDir());
    QObject::connect(&opener, &citykb::KbOpener::abandoned, &app, [&app]() { app.exit(3); });
    if (parser.isSet(options.openResponse)) {
        // After the opener's own handler, which has made the window by then.
        QObject::connect(&host, &citykb::SessionHost::opened, &app, [&opener, &host, dir, key = parser.value(options.openResponse)](
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
