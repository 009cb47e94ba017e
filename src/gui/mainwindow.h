#pragma once

#include "core/recordspec.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QTreeWidgetItem;

namespace citykb {

class OverviewWidget;
class SessionHost;
struct KbStats;

// The main window: a side bar (record types with counts), the centre (an overview of what
// the KB holds, lists, search results) and a detail pane. It reads through the session host,
// never on its own thread, and follows the change stream.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SessionHost &host, const QString &kbDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks for the record counts again; they show when the reader answers.
    void refreshCounts();

private:
    void showCounts(const KbStats &stats);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    SessionHost &m_host;
    QString m_kbDir;
    OverviewWidget *m_overview = nullptr;
    QTreeWidgetItem *m_typesItem = nullptr;
};

} // namespace citykb
