#include "app/logging.h"
#include "cli.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citykb"));
    citykb::initLogging();
    // One sentence on stderr per failure; CITYKB_VERBOSE=1 adds the log's warnings.
    citykb::setStderrLogLevel(qEnvironmentVariableIntValue("CITYKB_VERBOSE") != 0);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Qt would quietly turn invalid UTF-8 into U+FFFD; a name or path so mangled must not be used.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(QByteArrayView(argv[i]));
        if (decoder.hasError()) {
            err << QStringLiteral("Argument %1 is not valid UTF-8.").arg(i) << Qt::endl;
            return citykb::ExitBadInput;
        }
        arguments.append(decoded);
    }
    return citykb::runCli(arguments, out, err);
}
