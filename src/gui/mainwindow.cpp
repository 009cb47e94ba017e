#include "mainwindow.h"

#include "app/browseservice.h"
#include "app/sessionhost.h"
#include "ui_mainwindow.h"

#include <QHeaderView>
#include <QTableWidgetItem>

namespace citykb {

namespace {

// "working-groups" → "Working groups"
QString displayName(RecordType type)
{
    QString word = specFor(type).word;
    word.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

} // namespace

MainWindow::MainWindow(SessionHost &host, const QString &kbDir, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_host(host)
{
    m_ui->setupUi(this);
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->countsTable->verticalHeader()->hide();
    m_ui->kbLabel->setText(tr("Knowledge base: %1").arg(kbDir));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(&m_host, &SessionHost::changed, this, &MainWindow::refreshCounts);
    connect(&m_host, &SessionHost::reset, this, &MainWindow::refreshCounts);
    refreshCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshCounts()
{
    m_host.read<KbStats>(
        this, [](KnowledgeBase &kb) { return BrowseService(kb).stats(); },
        [this](const Result<KbStats> &stats) {
            if (!stats) {
                m_ui->countsTable->setRowCount(0);
                m_ui->statusBar->showMessage(stats.error());
                return;
            }
            showCounts(stats.value());
        });
}

void MainWindow::showCounts(const KbStats &stats)
{
    m_ui->countsTable->setRowCount(int(stats.counts.size()));
    int row = 0;
    for (const auto &[type, count] : stats.counts) {
        auto *name = new QTableWidgetItem(displayName(type));
        auto *number = new QTableWidgetItem(QString::number(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->countsTable->setItem(row, 0, name);
        m_ui->countsTable->setItem(row, 1, number);
        ++row;
    }
    m_ui->statusBar->showMessage(tr("Store revision %1").arg(stats.storeRevision));
}

} // namespace citykb
