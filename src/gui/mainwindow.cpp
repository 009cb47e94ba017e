#include "mainwindow.h"

#include "notice.h"

#include "app/about.h"
#include "app/browseservice.h"
#include "app/documentimportservice.h"
#include "app/editservice.h"
#include "app/historyservice.h"
#include "app/knowledgebase.h"
#include "app/recordpageservice.h"
#include "app/savedsearchservice.h"
#include "app/sessionhost.h"
#include "appearance.h"
#include "briefingdialog.h"
#include "bulkeditdialog.h"
#include "displaynames.h"
#include "documentlinksdialog.h"
#include "facetmodel.h"
#include "historydialog.h"
#include "languagemenu.h"
#include "listcolumns.h"
#include "networkfinderwidget.h"
#include "peerswidget.h"
#include "questionnairemenu.h"
#include "overviewwidget.h"
#include "recordchangecommand.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "responseform.h"
#include "resultdelegate.h"
#include "searchresultsmodel.h"
#include "trashdialog.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QUndoStack>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QLocale>
#include <QLineEdit>
#include <QSettings>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeWidgetItem>

namespace citykb {

namespace {

// "Working groups", translated
QString displayName(RecordType type)
{
    return DisplayNames::recordTypes(type);
}

constexpr int TypeRole = Qt::UserRole + 1;

// A record as the store keeps it, as an editor or an undo step needs it (not show()'s page
// with its links).
Result<QJsonObject> storedRecord(KnowledgeBase &kb, RecordType type, const QString &key)
{
    auto reader = kb.reader();
    if (!reader)
        return reader.fullError();
    return reader.value()->get(type, key);
}

} // namespace

MainWindow::MainWindow(SessionHost &host, const QString &kbDir, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_host(host), m_kbDir(kbDir)
{
    m_ui->setupUi(this);
    setWindowTitle(kbDir); // Qt adds the application's display name
    m_ui->navigationTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->navigationTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->navigationTree->header()->setStretchLastSection(false);
    m_overviewItem = new QTreeWidgetItem(m_ui->navigationTree, {tr("Overview")});
    m_finderItem = new QTreeWidgetItem(m_ui->navigationTree, {tr("Network finder")});
    m_typesItem = new QTreeWidgetItem(m_ui->navigationTree, {tr("Records")});
    m_typesItem->setFlags(Qt::ItemIsEnabled);
    m_typesItem->setExpanded(true);
    m_savedItem = new QTreeWidgetItem(m_ui->navigationTree, {tr("Saved searches")});
    m_savedItem->setFlags(Qt::ItemIsEnabled);
    m_savedItem->setExpanded(true);
    connect(m_ui->navigationTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { onNavigationClicked(item); });
    connect(m_ui->navigationTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { onNavigationClicked(item); });

    m_overview = new OverviewWidget(m_host, m_ui->overviewPage);
    m_ui->overviewLayout->addWidget(m_overview, 0, 0);
    connect(m_overview, &OverviewWidget::recordRequested, this, &MainWindow::openRecord);
    m_finder = new NetworkFinderWidget(m_host, this);
    m_ui->centreStack->addWidget(m_finder);
    connect(m_finder, &NetworkFinderWidget::recordRequested, this, &MainWindow::openRecord);
    m_peers = new PeersWidget(m_host, this);
    m_ui->centreStack->addWidget(m_peers);
    connect(m_peers, &PeersWidget::recordRequested, this, &MainWindow::openRecord);
    connect(m_ui->actionPeers, &QAction::triggered, this, &MainWindow::showPeers);
    connect(m_ui->actionNetworkFinder, &QAction::triggered, this, &MainWindow::showNetworkFinder);
    m_ui->centreStack->setCurrentWidget(m_ui->overviewPage);
    // The filters belong to a list or a search; elsewhere they would filter nothing.
    connect(m_ui->centreStack, &QStackedWidget::currentChanged, this, [this]() {
        QWidget *page = m_ui->centreStack->currentWidget();
        m_ui->facetView->setEnabled(page == m_ui->listPage || page == m_ui->searchPage);
    });
    m_ui->facetView->setEnabled(false);

    m_ui->detailBrowser->setHtml(tr("<p>Select a record to read it here.</p>"));
    // Until a record is opened, the overview has the room of the empty detail pane too.
    m_ui->detailBrowser->hide();
    connect(m_ui->detailBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (auto target = RecordPageService::linkTarget(url)) {
            m_pendingAnchor = {placeWord(target->type, target->key), target->section};
            openRecord(target->type, target->key);
        }
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionForward, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_ui->actionOverview, &QAction::triggered, this, &MainWindow::showOverview);
    connect(m_ui->actionQueryHelp, &QAction::triggered, this, &MainWindow::showQueryHelp);
    connect(m_ui->actionMoreLikeThis, &QAction::triggered, this, &MainWindow::showMoreLikeThis);

    // The search field, always at hand: Ctrl+F and Ctrl+K; results follow the typing.
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setPlaceholderText(tr("Search practices, networks, interviews… (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(360);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_searchField);
    auto focusSearch = [this]() {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    };
    connect(m_ui->actionFind, &QAction::triggered, this, focusSearch);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this), &QShortcut::activated, this, focusSearch);
    m_searchDelay.setSingleShot(true);
    // Short enough that results follow the last keystroke within 100 ms at 100,000 records
    // (docs/benchmarks.md, "The window"), long enough not to search every letter of a word.
    m_searchDelay.setInterval(50);
    // textChanged, not textEdited: a screen reader sets the text without key presses.
    connect(m_searchField, &QLineEdit::textChanged, this, [this]() {
        if (!m_settingText)
            m_searchDelay.start();
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this]() { search(m_searchField->text()); });
    connect(&m_searchDelay, &QTimer::timeout, this, [this]() {
        // While typing, the last word is matched as the start of words.
        m_typing = true;
        runView();
        m_typing = false;
    });

    // The list of a type, page by page.
    m_list = new RecordListModel(m_host, RecordType::Practice, this);
    m_ui->recordTable->setModel(m_list);
    m_ui->recordTable->verticalHeader()->hide();
    // One line per record, as in a mail client: more of a long list on screen.
    m_ui->recordTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->recordTable->horizontalHeader()->setStretchLastSection(true);
    m_columns = new ListColumns(m_ui->recordTable, m_list);
    m_columns->restore();
    m_ui->recordTable->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_ui->recordTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString key = current.data(RecordListModel::KeyRole).toString();
        if (!key.isEmpty() && m_type)
            openRecord(*m_type, key);
    });

    // Search results with their snippets, and the facets of the current view.
    m_results = new SearchResultsModel(m_host, this);
    m_facets = new FacetModel(this);
    m_results->setFacetModel(m_facets);
    m_ui->resultsView->setModel(m_results);
    m_ui->resultsView->setItemDelegate(new ResultDelegate(m_ui->resultsView));
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            openRecord(RecordType(current.data(SearchResultsModel::RecordTypeRole).toInt()),
                       current.data(SearchResultsModel::KeyRole).toString());
    });
    connect(m_results, &SearchResultsModel::resultsChanged, this, &MainWindow::showResultsHeader);
    // The facet fields open, so that their values and counts show at once.
    connect(m_facets, &QAbstractItemModel::rowsInserted, m_ui->facetView, [this](const QModelIndex &parent) {
        if (parent.isValid() && !parent.parent().isValid())
            m_ui->facetView->expand(parent);
    });
    connect(m_facets, &QAbstractItemModel::modelReset, m_ui->facetView, [this]() { m_ui->facetView->expandToDepth(0); });

    m_ui->facetView->setModel(m_facets);
    m_ui->facetView->header()->setStretchLastSection(false);
    m_ui->facetView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->facetView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->facetView, &QTreeView::clicked, this, [this](const QModelIndex &index) { m_facets->toggle(index); });
    connect(m_ui->facetView, &QTreeView::activated, this, [this](const QModelIndex &index) { m_facets->toggle(index); });
    connect(m_facets, &FacetModel::filtersChanged, this, &MainWindow::runView);
    connect(m_facets->chips(), &QAbstractItemModel::modelReset, this, &MainWindow::rebuildChips);
    connect(m_ui->resultsHeader, &QLabel::linkActivated, this, [this](const QString &link) {
        // The one link of the header is "did you mean".
        search(link);
    });
    connect(m_overview, &OverviewWidget::filterRequested, this,
            [this](RecordType type, const QString &field, const QString &value) {
                showType(type);
                m_facets->setState(field, value, FacetModel::State::Included);
            });

    connect(m_ui->actionSaveSearch, &QAction::triggered, this, [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the search:"), QLineEdit::Normal,
                                                   m_searchField->text().trimmed(), &ok);
        if (ok)
            saveSearch(name);
    });
    connect(&m_host, &SessionHost::reset, this, &MainWindow::refreshSavedSearches);
    refreshSavedSearches();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 2);

    setUpAppearance();
    m_ui->menuView->addMenu(new LanguageMenu(this));
    setUpEditing();
    setUpBriefings();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // A bulk import announces thousands of changes: the counts are read once it pauses.
    m_countsDelay.setSingleShot(true);
    m_countsDelay.setInterval(200);
    connect(&m_countsDelay, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connect(&m_host, &SessionHost::changed, &m_countsDelay, qOverload<>(&QTimer::start));
    // The open page follows changes to its record and to the records it links to.
    m_pageDelay.setSingleShot(true);
    m_pageDelay.setInterval(200);
    connect(&m_pageDelay, &QTimer::timeout, this, [this]() {
        if (m_historyIndex >= 0)
            showPage(m_history.at(m_historyIndex), KeepScroll::Yes);
    });
    connect(&m_host, &SessionHost::changed, this, [this](const Change &change) {
        if (m_openRecords.contains(placeWord(change.type, change.key)))
            m_pageDelay.start();
    });
    connect(&m_host, &SessionHost::reset, &m_pageDelay, qOverload<>(&QTimer::start));
    connect(&m_host, &SessionHost::reset, this, &MainWindow::refreshCounts);
    refreshCounts();
    ResponseForm::restoreLast(m_host, m_kbDir, this); // the form open when the window last closed
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
        QTreeWidgetItem *item = typeItem(type);
        if (!item) {
            item = new QTreeWidgetItem(m_typesItem, {displayName(type)});
            item->setData(0, TypeRole, int(type));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(1, QLocale().toString(count));
    }
    m_ui->statusBar->showMessage(tr("%1 — %2 records, store revision %3").arg(m_kbDir, QLocale().toString(total)).arg(stats.storeRevision));
}

void MainWindow::onNavigationClicked(QTreeWidgetItem *item)
{
    if (item == m_overviewItem)
        showOverview();
    else if (item == m_finderItem)
        showNetworkFinder();
    else if (item->parent() == m_typesItem)
        showType(RecordType(item->data(0, TypeRole).toInt()));
    else if (item->parent() == m_savedItem)
        openSavedSearch(item->text(0));
}

// A saved search keeps its excluded facet values with a leading "-" (keys never begin so).
void MainWindow::saveSearch(const QString &name)
{
    SavedSearch saved;
    saved.name = name;
    saved.query = m_searchField->text().trimmed();
    if (m_type)
        saved.type = specFor(*m_type).word;
    for (const FacetModel::ActiveFilter &f : m_facets->activeFilters())
        saved.facets.append(Filter{f.field, f.excluded ? QLatin1Char('-') + f.value : f.value});
    m_host.write<bool>(
        this, [saved](KnowledgeBase &kb) -> Result<bool> {
            if (Status s = SavedSearchService(kb).save(saved); !s)
                return s.fullError();
            return true;
        },
        [this](const Result<bool> &done) {
            if (!done) {
                showProblem(this, tr("Save Search"), done.error());
                return;
            }
            refreshSavedSearches();
        });
}

void MainWindow::refreshSavedSearches()
{
    m_host.read<QList<SavedSearch>>(
        this, [](KnowledgeBase &kb) { return SavedSearchService(kb).list(); },
        [this](const Result<QList<SavedSearch>> &searches) {
            qDeleteAll(m_savedItem->takeChildren());
            m_savedSearches.clear();
            if (!searches)
                return;
            m_savedSearches = searches.value();
            for (const SavedSearch &saved : m_savedSearches) {
                auto *item = new QTreeWidgetItem(m_savedItem, {saved.name});
                item->setToolTip(0, saved.query);
                item->setData(0, Qt::UserRole, QVariant::fromValue(saved.query));
            }
        });
}

void MainWindow::openSavedSearch(const QString &name)
{
    for (const SavedSearch &saved : std::as_const(m_savedSearches)) {
        if (saved.name != name)
            continue;
        m_type = recordTypeFromWord(saved.type);
        setSearchText(saved.query);
        // Each filter runs the view again; the newest search wins, so that costs little.
        m_facets->clearFilters();
        for (const Filter &f : saved.facets) {
            const bool excluded = f.value.startsWith(QLatin1Char('-'));
            m_facets->setState(f.field, excluded ? f.value.mid(1) : f.value,
                               excluded ? FacetModel::State::Excluded : FacetModel::State::Included);
        }
        runView();
        for (int i = 0; i < m_savedItem->childCount(); ++i) {
            if (m_savedItem->child(i)->text(0) == name)
                highlightNavigation(m_savedItem->child(i));
        }
        return;
    }
}

void MainWindow::showType(RecordType type)
{
    m_type = type;
    setSearchText({});
    m_facets->clearFilters(); // runs the view through filtersChanged when there were any
    runView();
}

void MainWindow::search(const QString &text)
{
    m_searchDelay.stop();
    setSearchText(text);
    runView();
}

void MainWindow::setSearchText(const QString &text)
{
    m_settingText = true;
    m_searchField->setText(text);
    m_settingText = false;
}

void MainWindow::runView()
{
    const QString text = m_searchField->text().trimmed();
    SearchQuery query;
    query.text = text;
    query.type = m_type;
    query.partial = m_typing;
    m_facets->applyTo(query);
    const bool browsing = text.isEmpty() && m_facets->activeFilters().isEmpty();
    if (browsing && !m_type) {
        showOverview();
        return;
    }
    highlightNavigation(m_type ? typeItem(*m_type) : nullptr);
    if (browsing) {
        // The plain list of the type; a search of the type alone brings its facet counts.
        if (m_list->type() != *m_type)
            m_list->setType(*m_type);
        m_ui->centreStack->setCurrentWidget(m_ui->listPage);
        query.limit = 0;
    } else {
        m_ui->centreStack->setCurrentWidget(m_ui->searchPage);
    }
    m_results->search(query);
}

void MainWindow::showMoreLikeThis()
{
    if (m_historyIndex < 0)
        return;
    const Place &place = m_history.at(m_historyIndex);
    m_ui->centreStack->setCurrentWidget(m_ui->searchPage);
    m_results->similar(place.type, place.key);
}

void MainWindow::showPeers()
{
    if (m_historyIndex < 0 || !PeersWidget::hasPeers(m_history.at(m_historyIndex).type))
        return;
    const Place &place = m_history.at(m_historyIndex);
    m_peers->showPeersOf(place.type, place.key, m_openTitle);
    m_ui->centreStack->setCurrentWidget(m_peers);
    m_ui->resultsHeader->clear();
    highlightNavigation(nullptr);
}

void MainWindow::showResultsHeader()
{
    QStringList parts;
    if (!m_results->similarTo().isEmpty() && m_results->error().isEmpty()) {
        m_ui->resultsHeader->setText(tr("Records like the one open: %1").arg(QLocale().toString(m_results->rowCount())));
        return;
    }
    const QString typeName = m_type ? DisplayNames::recordTypes(*m_type, false) : tr("records");
    if (m_ui->centreStack->currentWidget() == m_ui->listPage) {
        parts << QStringLiteral("%1 %2").arg(QLocale().toString(m_results->total()), typeName.toHtmlEscaped());
    } else if (!m_results->error().isEmpty() || m_results->rowCount() == 0) {
        parts << m_results->whyNothing().toHtmlEscaped();
    } else {
        const QString count = QLocale().toString(m_results->total());
        if (m_results->total() == 1)
            parts << tr("1 result");
        else
            parts << (m_results->totalExact() ? tr("%1 results").arg(count) : tr("About %1 results").arg(count));
    }
    if (!m_results->suggestion().isEmpty()) {
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(m_results->suggestion().toHtmlEscaped(),
                                                                          m_results->suggestion().toHtmlEscaped());
        parts << (m_results->corrected() ? tr("Showing results for %1.").arg(link) : tr("Did you mean %1?").arg(link));
    }
    for (const QString &notice : m_results->notices())
        parts << QStringLiteral("<small>%1</small>").arg(notice.toHtmlEscaped());
    m_ui->resultsHeader->setText(parts.join(QStringLiteral(" ")));
}

void MainWindow::rebuildChips()
{
    while (QLayoutItem *item = m_ui->chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    FilterChipsModel *chips = m_facets->chips();
    for (int row = 0; row < chips->rowCount(); ++row) {
        auto *chip = new QToolButton(m_ui->chipsBar);
        chip->setText(chips->index(row, 0).data().toString() + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(chips->index(row, 0).data().toString()));
        connect(chip, &QToolButton::clicked, this, [chips, row]() { chips->remove(row); });
        m_ui->chipsLayout->addWidget(chip);
    }
    m_ui->chipsLayout->addStretch(1);
    m_ui->chipsBar->setVisible(chips->rowCount() > 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showOverview()
{
    m_type.reset();
    m_ui->centreStack->setCurrentWidget(m_ui->overviewPage);
    m_ui->resultsHeader->clear();
    highlightNavigation(m_overviewItem);
}

void MainWindow::showNetworkFinder()
{
    m_ui->centreStack->setCurrentWidget(m_finder);
    m_ui->resultsHeader->clear();
    highlightNavigation(m_finderItem);
}

// The Edit menu: new, edit, delete, history, trash, and undo/redo of every step; File >
// Import and dropping files on the window.
void MainWindow::setUpEditing()
{
    m_undoStack = new QUndoStack(this);
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QAction *first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undo);
    m_ui->menuEdit->insertAction(first, redo);
    m_ui->menuEdit->insertSeparator(first);
    // A restore replaces the KB: the steps before it no longer apply.
    connect(&m_host, &SessionHost::reset, m_undoStack, &QUndoStack::clear);

    connect(m_ui->actionNewRecord, &QAction::triggered, this, [this]() { editRecord(m_type.value_or(RecordType::Practice), {}); });
    connect(m_ui->actionEditRecord, &QAction::triggered, this, [this]() {
        if (m_historyIndex >= 0)
            editRecord(m_history.at(m_historyIndex).type, m_history.at(m_historyIndex).key);
    });
    connect(m_ui->actionDeleteRecord, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showRecordHistory);
    // A document's links to the records it mentions, on the open document (issue 11).
    m_documentLinksAction = new QAction(tr("Document &Links…"), this);
    m_documentLinksAction->setObjectName(QStringLiteral("actionDocumentLinks"));
    m_ui->menuEdit->insertAction(m_ui->actionHistory, m_documentLinksAction);
    connect(m_documentLinksAction, &QAction::triggered, this, &MainWindow::editDocumentLinks);
    connect(m_ui->actionBulkEdit, &QAction::triggered, this, [this]() {
        if (!m_type || !BulkEditDialog::canBulkEdit(*m_type))
            return;
        QStringList keys;
        for (const QModelIndex &row : m_ui->recordTable->selectionModel()->selectedRows()) {
            if (const QString key = row.data(RecordListModel::KeyRole).toString(); !key.isEmpty())
                keys.append(key);
        }
        if (keys.isEmpty() || m_ui->centreStack->currentWidget() != m_ui->listPage) {
            m_ui->statusBar->showMessage(tr("Select the records to change in a list first."), 5000);
            return;
        }
        auto *dialog = new BulkEditDialog(m_host, *m_type, int(keys.size()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, keys, type = *m_type]() {
            if (const std::optional<FieldEdit> change = dialog->edit())
                bulkEdit(type, keys, *change);
        });
        dialog->open();
    });
    connect(m_ui->actionTrash, &QAction::triggered, this, [this]() {
        auto *trash = new TrashDialog(m_host, this);
        trash->setAttribute(Qt::WA_DeleteOnClose);
        trash->show();
    });
    connect(m_ui->actionImport, &QAction::triggered, this, [this]() {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Documents"), QString(),
            tr("Documents (*.pdf *.docx *.odt *.html *.htm *.md *.txt *.json);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    setAcceptDrops(true);
    // Questionnaires: a new response to the open questionnaire, the form of the open response.
    auto openPlace = [this](RecordType type) { return m_historyIndex >= 0 && m_history.at(m_historyIndex).type == type; };
    m_newResponse = m_ui->menuEdit->addAction(tr("New Res&ponse"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this, openPlace]() {
        if (openPlace(RecordType::Questionnaire))
            ResponseForm::startNew(m_host, m_kbDir, m_history.at(m_historyIndex).key, this);
    });
    m_fillIn = m_ui->menuEdit->addAction(tr("&Fill In / Continue Response"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this, openPlace]() {
        if (openPlace(RecordType::Response))
            ResponseForm::open(m_host, m_kbDir, m_history.at(m_historyIndex).key, this);
    });
    m_newResponse->setObjectName(QStringLiteral("actionNewResponse"));
    m_fillIn->setObjectName(QStringLiteral("actionFillInResponse"));
    m_newResponse->setEnabled(false);
    m_fillIn->setEnabled(false);
    m_ui->actionEditRecord->setEnabled(false);

    // Questionnaires: templates, the comparison of responses, their export (issue 12).
    m_questionnaires = new QuestionnaireMenu(m_host, [this]() -> std::optional<std::pair<RecordType, QString>> {
        if (m_historyIndex < 0)
            return std::nullopt;
        return std::pair(m_history.at(m_historyIndex).type, m_history.at(m_historyIndex).key);
    }, this);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_questionnaires);
    connect(m_questionnaires, &QuestionnaireMenu::recordRequested, this, &MainWindow::openRecord);
    m_ui->actionHistory->setEnabled(false);
    m_documentLinksAction->setEnabled(false);
}

void MainWindow::editDocumentLinks()
{
    if (m_historyIndex < 0 || m_history.at(m_historyIndex).type != RecordType::Document)
        return;
    auto *links = new DocumentLinksDialog(m_host, m_undoStack, m_history.at(m_historyIndex).key, this);
    links->setAttribute(Qt::WA_DeleteOnClose);
    links->show();
}

void MainWindow::setUpBriefings()
{
    connect(m_ui->actionExportBriefing, &QAction::triggered, this,
            [this]() { BriefingDialog::showFor(m_host, briefingScopeHere(), this); });
    BriefingDialog::offerOn(m_ui->detailBrowser, m_host, [this](const QPoint &) { return openRecordScope(); });
    BriefingDialog::offerOn(m_ui->recordTable, m_host, [this](const QPoint &) { return selectedPracticesScope(); });
    BriefingDialog::offerOn(m_ui->resultsView, m_host, [this](const QPoint &) { return searchScope(); });
    BriefingDialog::offerOn(m_ui->facetView, m_host, [this](const QPoint &pos) {
        const QModelIndex value = m_ui->facetView->indexAt(pos);
        return BriefingDialog::scopeForFacet(value.data(FacetModel::FieldRole).toString(), value.data(FacetModel::ValueRole).toString());
    });
}

std::optional<BriefingScope> MainWindow::openRecordScope() const
{
    if (m_historyIndex < 0)
        return std::nullopt;
    const Place &place = m_history.at(m_historyIndex);
    // The title is the open page's once that page has come (before, the key names it).
    const bool shown = m_openRecords.contains(placeWord(place.type, place.key));
    return BriefingDialog::scopeForRecord(place.type, shown ? m_openTitle : place.key);
}

std::optional<BriefingScope> MainWindow::selectedPracticesScope() const
{
    if (m_ui->centreStack->currentWidget() != m_ui->listPage || m_type != RecordType::Practice)
        return std::nullopt;
    QStringList ids;
    for (const QModelIndex &row : m_ui->recordTable->selectionModel()->selectedRows()) {
        if (const QVariant id = row.data(RecordListModel::IdRole); id.isValid())
            ids.append(QString::number(id.toLongLong()));
    }
    return ids.isEmpty() ? std::nullopt : std::optional(BriefingScope::selectedPractices(ids));
}

std::optional<BriefingScope> MainWindow::searchScope() const
{
    if (m_ui->centreStack->currentWidget() != m_ui->searchPage || !m_results->similarTo().isEmpty())
        return std::nullopt;
    SearchQuery query;
    query.text = m_searchField->text().trimmed();
    query.type = m_type;
    m_facets->applyTo(query);
    // A theme (or a network, a city) chosen alone in the facets is briefed as such.
    if (query.text.isEmpty() && query.facets.size() == 1 && !query.type)
        return BriefingDialog::scopeForFacet(query.facets.first().field, query.facets.first().value);
    if (query.text.isEmpty() && query.facets.isEmpty())
        return std::nullopt;
    return BriefingScope::search(query);
}

// The record page when the user is in it, else what the centre shows: the chosen practices, the
// search, and last the open record.
BriefingScope MainWindow::briefingScopeHere() const
{
    if (auto record = openRecordScope(); record && m_ui->detailBrowser->hasFocus())
        return *record;
    if (auto practices = selectedPracticesScope())
        return *practices;
    if (auto searched = searchScope())
        return *searched;
    if (auto record = openRecordScope())
        return *record;
    return BriefingScope::network({});
}

void MainWindow::editRecord(RecordType type, const QString &key)
{
    // A questionnaire has versions: its own editor saves a published one as the next version.
    if (type == RecordType::Questionnaire) {
        m_questionnaires->editQuestionnaire(key); // an empty key: a new one
        return;
    }
    auto *editor = new RecordEditor(m_host, type, key, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor]() { saveEdited(editor->type(), editor->original(),
                                                                             editor->originalRevision(), editor->record()); });
    editor->open();
}

void MainWindow::saveEdited(RecordType type, const QJsonObject &before, qint64 revision, const std::optional<QJsonObject> &after,
                            bool overwrite)
{
    if (!after)
        return;
    const bool isNew = before.isEmpty();
    const QString key = before.value(QStringLiteral("key")).toString();
    if (!isNew && RecordEditor::sameRecord(before, *after)) {
        m_ui->statusBar->showMessage(tr("Nothing changed, so nothing was saved."), 5000);
        return;
    }
    const std::optional<qint64> expected = overwrite || isNew ? std::nullopt : std::optional<qint64>(revision);
    m_host.write<SavedRecord>(
        this,
        [type, key, isNew, expected, record = *after](KnowledgeBase &kb) {
            return isNew ? EditService(kb).create(type, record) : EditService(kb).update(type, key, record, expected);
        },
        [this, type, before, revision, after, isNew](const Result<SavedRecord> &saved) {
            if (!saved && saved.errorKind() == ErrorKind::Conflict) {
                resolveConflict(type, before, revision, *after, saved.error());
                return;
            }
            if (!saved) {
                showProblem(this, tr("Save"), saved.error());
                return;
            }
            const QString title = after->value(specFor(type).titleField).toString();
            RecordChange change{type, saved.value().key, isNew ? std::nullopt : std::optional<QJsonObject>(before), *after,
                                saved.value().revision};
            m_undoStack->push(new RecordChangeCommand(m_host, this, m_undoStack, isNew ? tr("Create %1").arg(title) : tr("Edit %1").arg(title),
                                                      {change}));
            openRecord(type, saved.value().key);
        });
}

// Someone saved the record since the editor read it: show what each side holds, field by
// field, and let the user keep theirs or save over it. Nothing is overwritten silently.
void MainWindow::resolveConflict(RecordType type, const QJsonObject &before, qint64 revision, const QJsonObject &mine,
                                 const QString &why)
{
    const QString key = before.value(QStringLiteral("key")).toString();
    m_host.read<QJsonObject>(
        this, [type, key](KnowledgeBase &kb) { return storedRecord(kb, type, key); },
        [this, type, before, revision, mine, why](const Result<QJsonObject> &theirs) {
            QStringList lines;
            if (theirs) {
                for (const FieldChange &change : HistoryService::compare(theirs.value(), mine)) {
                    if (change.field == QLatin1String("revision") || change.field.endsWith(QLatin1String("_at")))
                        continue;
                    lines.append(tr("%1 — saved meanwhile: %2; yours: %3")
                                     .arg(DisplayNames::field(change.field),
                                          QString::fromUtf8(QJsonDocument(QJsonArray{change.before}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                                          QString::fromUtf8(QJsonDocument(QJsonArray{change.after}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
                }
            }
            QMessageBox box(QMessageBox::Warning, tr("Saved Meanwhile"), why, QMessageBox::NoButton, this);
            box.setInformativeText(tr("Keep the version saved meanwhile, or save yours over it?"));
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            QPushButton *saveMine = box.addButton(tr("Save Mine"), QMessageBox::DestructiveRole);
            box.addButton(tr("Keep Theirs"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() == saveMine)
                saveEdited(type, before, revision, mine, true);
        });
}

void MainWindow::deleteSelected()
{
    // The rows chosen in the list, or else the open record.
    QList<std::pair<RecordType, QString>> chosen;
    if (m_ui->centreStack->currentWidget() == m_ui->listPage && m_type) {
        for (const QModelIndex &row : m_ui->recordTable->selectionModel()->selectedRows()) {
            const QString key = row.data(RecordListModel::KeyRole).toString();
            if (!key.isEmpty())
                chosen.append({*m_type, key});
        }
    }
    if (chosen.isEmpty() && m_historyIndex >= 0)
        chosen.append({m_history.at(m_historyIndex).type, m_history.at(m_historyIndex).key});
    if (chosen.isEmpty())
        return;
    deleteRecords(chosen, false);
}

void MainWindow::deleteRecords(const QList<std::pair<RecordType, QString>> &records, bool cascade)
{
    m_host.write<QList<RecordChange>>(
        this,
        [records, cascade](KnowledgeBase &kb) -> Result<QList<RecordChange>> {
            QList<RecordChange> changes;
            for (const auto &[type, key] : records) {
                auto record = storedRecord(kb, type, key);
                if (!record)
                    return record.fullError();
                const QJsonObject before = record.value();
                if (Status s = EditService(kb).remove(type, key, cascade); !s)
                    return s.fullError();
                changes.append(RecordChange{type, key, before, std::nullopt, 0});
            }
            return changes;
        },
        [this, records, cascade](const Result<QList<RecordChange>> &changes) {
            if (!changes) {
                // A record that others belong to goes only with them, if the user says so.
                if (!cascade && changes.error().contains(QLatin1String("cascade"))
                    && QMessageBox::question(this, tr("Delete"),
                                             tr("%1\n\nMove them to the trash too?").arg(changes.error().section(QLatin1String(" Delete them first"), 0, 0)),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                           == QMessageBox::Yes)
                    deleteRecords(records, true);
                else if (cascade || !changes.error().contains(QLatin1String("cascade")))
                    showProblem(this, tr("Delete"), changes.error());
                return;
            }
            const QList<RecordChange> &done = changes.value();
            const QString text = done.size() == 1
                ? tr("Delete %1").arg(done.first().before->value(specFor(done.first().type).titleField).toString())
                : tr("Delete %1 records").arg(done.size());
            m_undoStack->push(new RecordChangeCommand(m_host, this, m_undoStack, text, done));
            m_ui->statusBar->showMessage(tr("Moved to the trash. Undo (Ctrl+Z) brings it back."), 5000);
        });
}

void MainWindow::bulkEdit(RecordType type, const QStringList &keys, const FieldEdit &change)
{
    m_host.write<QList<RecordChange>>(
        this,
        [type, keys, change](KnowledgeBase &kb) -> Result<QList<RecordChange>> {
            QList<RecordChange> changes;
            for (const QString &key : keys) {
                auto before = storedRecord(kb, type, key);
                if (!before)
                    return before.fullError();
                changes.append(RecordChange{type, key, before.value(), std::nullopt, 0});
            }
            auto saved = EditService(kb).editMany(type, keys, {change});
            if (!saved)
                return saved.fullError();
            for (qsizetype i = 0; i < changes.size(); ++i) {
                auto after = storedRecord(kb, type, changes.at(i).key);
                if (!after)
                    return after.fullError();
                changes[i].after = after.value();
                changes[i].revision = i < saved.value().size() ? saved.value().at(i).revision : 0;
            }
            return changes;
        },
        [this, change](const Result<QList<RecordChange>> &changes) {
            if (!changes) {
                showProblem(this, tr("Bulk Edit"), changes.error());
                return;
            }
            const QString what = DisplayNames::field(change.field).toLower();
            const QString text = change.op == FieldEdit::Op::Add ? tr("Add to %1 of %2 records").arg(what).arg(changes.value().size())
                                                                 : tr("Remove from %1 of %2 records").arg(what).arg(changes.value().size());
            m_undoStack->push(new RecordChangeCommand(m_host, this, m_undoStack, text, changes.value()));
            m_ui->statusBar->showMessage(text, 5000);
        });
}

void MainWindow::showRecordHistory()
{
    if (m_historyIndex < 0)
        return;
    const Place &place = m_history.at(m_historyIndex);
    auto *history = new HistoryDialog(m_host, place.type, place.key, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    connect(history, &HistoryDialog::revertRequested, this,
            [this](RecordType type, const QString &, const QJsonObject &current, qint64 revision, const QJsonObject &version) {
                QJsonObject record = version;
                for (const QString &stamp : {QStringLiteral("revision"), QStringLiteral("id"), QStringLiteral("created_at"),
                                             QStringLiteral("updated_at")})
                    record.remove(stamp);
                saveEdited(type, current, revision, record);
            });
    history->open();
}

void MainWindow::importFiles(const QStringList &paths)
{
    auto report = std::make_shared<ImportReport>();
    Job *job = m_host.startJob(tr("Importing"), SessionHost::JobPlace::Session, DocumentImportService::job(paths, report), this);
    auto *progress = new QProgressDialog(paths.size() == 1 ? tr("Importing 1 file…") : tr("Importing %1 files…").arg(paths.size()),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, job, &Job::cancel);
    connect(job, &Job::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(done));
    });
    connect(job, &Job::finished, this, [this, job, progress, report](const Status &status) {
        progress->close();
        job->deleteLater();
        m_ui->statusBar->showMessage(report->summary(), 10000);
        if (report->failed() > 0) {
            QStringList failures;
            for (const FileImport &file : report->files) {
                if (file.outcome == FileImport::Outcome::Failed)
                    failures.append(file.message);
            }
            QMessageBox box(QMessageBox::Warning, tr("Import"), report->summary(), QMessageBox::Ok, this);
            box.setDetailedText(failures.join(QLatin1Char('\n')));
            box.exec();
        } else if (!status && status.errorKind() != ErrorKind::Cancelled) {
            showProblem(this, tr("Import"), status.error());
        }
        Q_EMIT importFinished();
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

// Icons on the toolbar and in the menus, and the theme chosen under View > Appearance.
void MainWindow::setUpAppearance()
{
    const QList<std::pair<QAction *, const char *>> icons{
        {m_ui->actionBack, "go-back"},
        {m_ui->actionForward, "go-forward"},
        {m_ui->actionOverview, "overview"},
        {m_ui->actionFind, "find"},
        {m_ui->actionMoreLikeThis, "more-like-this"},
        {m_ui->actionPeers, "peers"},
        {m_ui->actionNetworkFinder, "network-finder"},
        {m_ui->actionSaveSearch, "save-search"},
        {m_ui->actionQueryHelp, "help"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(Appearance::icon(QString::fromLatin1(name)));
    m_ui->mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->mainToolBar->setIconSize(QSize(20, 20));
    m_ui->actionBack->setShortcuts(QKeySequence::Back);
    m_ui->actionForward->setShortcuts(QKeySequence::Forward);

    auto *themes = new QActionGroup(this);
    const QList<std::pair<QAction *, Appearance::Theme>> choices{
        {m_ui->actionThemeSystem, Appearance::Theme::System},
        {m_ui->actionThemeLight, Appearance::Theme::Light},
        {m_ui->actionThemeDark, Appearance::Theme::Dark},
    };
    for (const auto &[action, theme] : choices) {
        themes->addAction(action);
        action->setChecked(Appearance::theme() == theme);
        connect(action, &QAction::triggered, this, [this, theme = theme]() {
            Appearance::setTheme(theme);
            m_overview->refresh(); // the charts take their colours from the palette
        });
    }
}

QTreeWidgetItem *MainWindow::typeItem(RecordType type) const
{
    for (int i = 0; i < m_typesItem->childCount(); ++i) {
        if (m_typesItem->child(i)->data(0, TypeRole).toInt() == int(type))
            return m_typesItem->child(i);
    }
    return nullptr;
}

// The side bar marks what the centre shows, however the user got there (a chart, a link,
// a shortcut); nothing is marked for a search across every type.
void MainWindow::highlightNavigation(QTreeWidgetItem *item)
{
    QSignalBlocker block(m_ui->navigationTree);
    m_ui->navigationTree->setCurrentItem(item);
}

void MainWindow::openRecord(RecordType type, const QString &key)
{
    m_ui->detailBrowser->show();
    // A new place cuts the forward history, as in a browser.
    m_history.resize(m_historyIndex + 1);
    if (m_history.isEmpty() || m_history.last().type != type || m_history.last().key != key)
        m_history.append(Place{type, key});
    m_historyIndex = m_history.size() - 1;
    updateHistoryActions();
    showPage(m_history.at(m_historyIndex));
}

void MainWindow::goBack()
{
    if (m_historyIndex <= 0)
        return;
    --m_historyIndex;
    updateHistoryActions();
    showPage(m_history.at(m_historyIndex));
}

void MainWindow::goForward()
{
    if (m_historyIndex + 1 >= m_history.size())
        return;
    ++m_historyIndex;
    updateHistoryActions();
    showPage(m_history.at(m_historyIndex));
}

void MainWindow::updateHistoryActions()
{
    m_ui->actionBack->setEnabled(m_historyIndex > 0);
    m_ui->actionForward->setEnabled(m_historyIndex + 1 < m_history.size());
}

QString MainWindow::placeWord(RecordType type, const QString &key)
{
    return recordTypeWord(type) + QLatin1Char('/') + key;
}

void MainWindow::showPage(const Place &place, KeepScroll keepScroll)
{
    const quint64 generation = ++m_pageGeneration;
    m_host.read<RecordPageView>(
        this, [place](KnowledgeBase &kb) { return RecordPageService(kb).page(place.type, place.key); },
        [this, generation, keepScroll, type = place.type](const Result<RecordPageView> &page) {
            if (generation != m_pageGeneration)
                return; // the user has moved on
            if (!page) {
                m_ui->detailBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(page.error().toHtmlEscaped()));
                return;
            }
            const int scroll = m_ui->detailBrowser->verticalScrollBar()->value();
            m_ui->detailBrowser->setHtml(page.value().html);
            if (keepScroll == KeepScroll::Yes)
                m_ui->detailBrowser->verticalScrollBar()->setValue(scroll);
            m_openRecords = {placeWord(page.value().type, page.value().key)};
            for (const PageLink &link : page.value().links)
                m_openRecords.insert(placeWord(link.type, link.key));
            m_ui->actionMoreLikeThis->setEnabled(true);
            m_openTitle = page.value().title;
            m_ui->actionPeers->setEnabled(PeersWidget::hasPeers(type));
            m_ui->actionEditRecord->setEnabled(true);
            m_ui->actionHistory->setEnabled(true);
            m_newResponse->setEnabled(type == RecordType::Questionnaire);
            m_fillIn->setEnabled(type == RecordType::Response);
            m_documentLinksAction->setEnabled(type == RecordType::Document);
            // A link into a section (a source, a mention) scrolls to it.
            if (m_pendingAnchor.first == placeWord(page.value().type, page.value().key) && !m_pendingAnchor.second.isEmpty())
                m_ui->detailBrowser->scrollToAnchor(m_pendingAnchor.second);
            m_pendingAnchor = {};
            m_ui->detailBrowser->setAccessibleDescription(page.value().title);
        });
}

void MainWindow::showQueryHelp()
{
    QMessageBox::information(
        this, tr("Searching CityKB"),
        tr("<p>Type words to find records, document sections and interview answers that hold them. "
           "Results update while you type.</p>"
           "<ul><li><code>\"social action\"</code> finds the phrase;</li>"
           "<li><code>housing AND youth</code>, <code>housing OR homelessness</code>, <code>housing NOT london</code>, "
           "<code>+word</code>, <code>-word</code>;</li>"
           "<li><code>appren*</code> finds words that begin so;</li>"
           "<li><code>city:Bologna</code>, <code>network:Eurotowns</code>, <code>theme:housing</code>, "
           "<code>type:practices</code>, <code>year:2011..2013</code>; <code>-city:London</code> leaves out;</li>"
           "<li><code>title:word</code> searches titles only.</li></ul>"
           "<p>Synonyms from the vocabularies are found too: \"people helping people\" finds \"social action\". "
           "A misspelt word gets a \"did you mean\".</p>"));
}

void MainWindow::showAbout()
{
    QStringList versions;
    for (const auto &[name, version] : componentVersions())
        versions.append(QStringLiteral("%1 %2").arg(name, version));
    QMessageBox::about(this, tr("About CityKB"),
                       tr("<h3>CityKB %1</h3><p>The knowledge base of European city networks: networks, working groups, "
                          "cities, good practices, events, interviews and source documents, searchable in one place.</p>"
                          "<p>Built on %2.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(applicationVersion(), versions.join(QStringLiteral(", "))));
}

} // namespace citykb
