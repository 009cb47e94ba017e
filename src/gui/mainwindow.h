#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace citykb {

class SessionHost;
struct KbStats;

// The main window. For now it shows which KB is open and how many records of each type it
// holds; browsing, search and questionnaires come with their own issues. It reads through the
// session host, never on its own thread, and follows the change stream.
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

    std::unique_ptr<Ui::MainWindow> m_ui;
    SessionHost &m_host;
};

} // namespace citykb
