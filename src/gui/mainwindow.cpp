#include "mainwindow.h"

#include "app/browseservice.h"
#include "app/sessionhost.h"
#include "overviewwidget.h"
#include "ui_mainwindow.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTreeWidgetItem>

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

constexpr int TypeRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(SessionHost &host, const QString &kbDir, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_host(host), m_kbDir(kbDir)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("CityKB — %1").arg(kbDir));
    m_ui->navigationTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->navigationTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->navigationTree->header()->setStretchLastSection(false);
    m_typesItem = new QTreeWidgetItem(m_ui->navigationTree, {tr("Records")});
    m_typesItem->setFlags(Qt::ItemIsEnabled);
    m_typesItem->setExpanded(true);

    m_overview = new OverviewWidget(m_host, m_ui->overviewPage);
    m_ui->overviewLayout->addWidget(m_overview, 0, 0);
    m_ui->centreStack->setCurrentWidget(m_ui->overviewPage);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 2);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_host, &SessionHost::changed, this, &MainWindow::refreshCounts);
    connect(&m_host, &SessionHost::reset, this, &MainWindow::refreshCounts);
    refreshCounts();
    m_overview->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshCounts()
{
    m_host.read<KbStats>(
        this, [](KnowledgeBase &kb) { return BrowseService(kb).stats(); },
        [this](const Result<KbStats> &stats) {
            if (!stats) {
                m_ui->statusBar->showMessage(stats.error());
                return;
            }
            showCounts(stats.value());
        });
}

void MainWindow::showCounts(const KbStats &stats)
{
    qint64 total = 0;
    for (const auto &[type, count] : stats.counts) {
        total += count;
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < m_typesItem->childCount(); ++i) {
            if (m_typesItem->child(i)->data(0, TypeRole).toInt() == int(type))
                item = m_typesItem->child(i);
        }
        if (!item) {
            item = new QTreeWidgetItem(m_typesItem, {displayName(type)});
            item->setData(0, TypeRole, int(type));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(1, QString::number(count));
    }
    m_ui->statusBar->showMessage(tr("%1 — %n record(s), store revision %2", nullptr, int(total)).arg(m_kbDir).arg(stats.storeRevision));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CityKB"),
                       tr("<h3>CityKB %1</h3><p>The knowledge base of European city networks: networks, working groups, "
                          "cities, good practices, events, interviews and source documents, searchable in one place.</p>"
                          "<p>Built with Qt %2. Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace citykb
