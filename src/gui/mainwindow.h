#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace citykb {

class KnowledgeBase;

// The main window. For now it shows which KB is open and how many records of each type it
// holds; browsing, search and questionnaires come with their own issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(KnowledgeBase &kb, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the record counts again from the KB.
    void refreshCounts();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    KnowledgeBase &m_kb;
};

} // namespace citykb
