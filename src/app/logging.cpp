#include "logging.h"

#include <QDir>
#include <QMutex>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace citykb {

namespace {

const std::vector<std::string> &moduleNames()
{
    static const std::vector<std::string> names{"store", "search", "ingest", "report", "app", "cli", "gui", "qt"};
    return names;
}

QMutex &loggingMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<spdlog::sinks::sink> &stderrSink()
{
    static std::shared_ptr<spdlog::sinks::sink> sink;
    return sink;
}

std::shared_ptr<spdlog::sinks::sink> &fileSink()
{
    static std::shared_ptr<spdlog::sinks::sink> sink;
    return sink;
}

QString &attachedFolder()
{
    static QString folder;
    return folder;
}

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    auto logger = spdlog::get("qt");
    if (!logger)
        return;
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: logger->debug(text); break;
    case QtInfoMsg: logger->info(text); break;
    case QtWarningMsg: logger->warn(text); break;
    case QtCriticalMsg: logger->error(text); break;
    case QtFatalMsg: logger->critical(text); break;
    }
}

void rebuildLoggers()
{
    std::vector<spdlog::sink_ptr> sinks{stderrSink()};
    if (fileSink())
        sinks.push_back(fileSink());
    for (const std::string &name : moduleNames()) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    spdlog::set_default_logger(spdlog::get("app"));
}

} // namespace

void initLogging()
{
    QMutexLocker lock(&loggingMutex());
    if (stderrSink())
        return;
    auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>(spdlog::color_mode::automatic);
    sink->set_level(spdlog::level::warn);
    sink->set_pattern("citykb: %l: %v");
    stderrSink() = sink;
    rebuildLoggers();
    qInstallMessageHandler(qtMessageToSpdlog);
}

void attachLogFolder(const QString &kbDir)
{
    initLogging();
    QMutexLocker lock(&loggingMutex());
    const QString folder = QDir(kbDir).filePath(QStringLiteral("logs"));
    if (attachedFolder() == folder)
        return;
    try {
        QDir().mkpath(folder);
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(folder).filePath(QStringLiteral("citykb.log")).toStdString(), 2 * 1024 * 1024, 5);
        sink->set_level(spdlog::level::info);
        sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%n] %v");
        fileSink() = sink;
        attachedFolder() = folder;
        rebuildLoggers();
    } catch (const spdlog::spdlog_ex &e) {
        spdlog::get("app")->info("no log file in {}: {}", folder.toStdString(), e.what());
    }
}

void detachLogFolder(const QString &kbDir)
{
    QMutexLocker lock(&loggingMutex());
    if (attachedFolder() != QDir(kbDir).filePath(QStringLiteral("logs")))
        return;
    fileSink().reset();
    attachedFolder().clear();
    rebuildLoggers();
}

void setStderrLogLevel(bool on)
{
    initLogging();
    QMutexLocker lock(&loggingMutex());
    stderrSink()->set_level(on ? spdlog::level::warn : spdlog::level::off);
}

} // namespace citykb
