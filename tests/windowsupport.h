#pragma once

// The window tests' start: a KB made from the seed dataset and opened through a SessionHost,
// and a main window on it.
#include "app/sessionhost.h"
#include "gui/mainwindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace citykb::test {

// Creates a KB seeded from $CITYKB_DATA in `dir` and opens it, with the settings an earlier run
// left (columns, theme, a remembered form) cleared. Null with `problem` set when it fails.
inline std::unique_ptr<SessionHost> openSeededSession(const QString &dir, QString &problem)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto host = std::make_unique<SessionHost>();
    QSignalSpy opened(host.get(), &SessionHost::opened);
    host->open(dir, SessionHost::OpenMode::Create, qEnvironmentVariable("CITYKB_DATA"));
    if (!opened.wait(60000)) {
        problem = QStringLiteral("the KB in %1 did not open within a minute").arg(dir);
        return nullptr;
    }
    const Status status = opened.first().first().value<Status>();
    if (!status) {
        problem = status.error();
        return nullptr;
    }
    return host;
}

// The main window on `host`, 1280×800, shown; null when it is not exposed.
inline std::unique_ptr<MainWindow> showMainWindow(SessionHost &host, const QString &dir)
{
    auto window = std::make_unique<MainWindow>(host, dir);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// A seeded KB and the main window on it for a whole test class: start() in initTestCase,
// stop() in cleanupTestCase.
struct SeededWindow
{
    QTemporaryDir dir;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;

    // Empty when both are up, else why not.
    QString start()
    {
        const QString kb = dir.filePath(QStringLiteral("kb"));
        QString problem;
        host = openSeededSession(kb, problem);
        if (!host)
            return problem;
        window = showMainWindow(*host, kb);
        return window ? QString() : QStringLiteral("the main window was not shown");
    }
    // The window goes before the session it shows.
    void stop()
    {
        window.reset();
        host.reset();
    }
};

// The visible child of `parent` of type T, if any: a closed dialog lingers until its deferred
// deletion.
template <typename T>
T *visibleChild(const QObject &parent)
{
    for (T *child : parent.findChildren<T *>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace citykb::test
