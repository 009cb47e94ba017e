#include "app/knowledgebase.h"
#include "app/logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citykb"));
    QApplication::setApplicationDisplayName(QStringLiteral("CityKB"));
    citykb::initLogging();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CityKB: the knowledge base of European city networks."));
    parser.addHelpOption();
    QCommandLineOption kbOption(QStringLiteral("kb"), QStringLiteral("The KB folder (default: $CITYKB_HOME or %1).")
                                                          .arg(citykb::KnowledgeBase::defaultDir()),
                                QStringLiteral("DIR"));
    parser.addOption(kbOption);
    parser.process(app);
    const QString dir = parser.isSet(kbOption) ? parser.value(kbOption) : citykb::KnowledgeBase::defaultDir();

    auto kb = citykb::KnowledgeBase::openOrCreate(dir, citykb::KnowledgeBase::seedDataDir());
    if (!kb) {
        QMessageBox::critical(nullptr, QStringLiteral("CityKB"), kb.error());
        return 3;
    }
    citykb::MainWindow window(*kb.value());
    window.show();
    return app.exec();
}
