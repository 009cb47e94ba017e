#include "app/logging.h"
#include "app/translations.h"
#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// "export briefing" lays text out with fonts, which takes a QGuiApplication; every other command
// runs without one.
bool needsFonts(int argc, char *argv[])
{
    bool exportSeen = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            exportSeen = true;
        else if (exportSeen && std::strcmp(argv[i], "briefing") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Logging first, so that what Qt says while starting goes to the log, not to stderr.
    citykb::initLogging();
    // One sentence on stderr per failure; CITYKB_VERBOSE=1 adds the log's warnings.
    citykb::setStderrLogLevel(qEnvironmentVariableIntValue("CITYKB_VERBOSE") != 0);
    std::unique_ptr<QCoreApplication> app;
    // QGuiApplication takes its own options (-platform, -reverse, --style ...) out of the
    // arguments it is given; it gets the program's name only, so that none of the user's goes.
    int guiArgc = 1;
    if (needsFonts(argc, argv)) {
        // The CLI never shows a window: Qt's offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(guiArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("citykb"));
    // The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    citykb::Translations::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Qt would quietly turn invalid UTF-8 into U+FFFD; a name or path so mangled must not be used.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(QByteArrayView(argv[i]));
        if (decoder.hasError()) {
            err << QCoreApplication::translate("Cli", "Argument %1 is not valid UTF-8.").arg(i) << Qt::endl;
            return citykb::ExitBadInput;
        }
        arguments.append(decoded);
    }
    return citykb::runCli(arguments, out, err);
}
