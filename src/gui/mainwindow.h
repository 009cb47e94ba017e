#pragma once

#include "core/recordspec.h"
#include "store/store.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QAction;
class QLineEdit;
class QUndoStack;
class QTreeWidgetItem;

namespace citykb {

class FacetModel;
class ListColumns;
class NetworkFinderWidget;
class PeersWidget;
class QuestionnaireMenu;
class RecordListModel;
class SearchResultsModel;
class OverviewWidget;
class SessionHost;
struct BriefingScope;
struct FieldEdit;
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
    // Shows a record's page in the detail pane; it joins the back/forward history.
    void openRecord(RecordType type, const QString &key);
    void goBack();
    void goForward();
    void showOverview();
    void showNetworkFinder();
    // Lists the records most like the open one, of any type.
    void showMoreLikeThis();
    // Lists the peers of the open city or practice.
    void showPeers();
    // Lists the records of a type (and its facets), dropping the search text and filters.
    void showType(RecordType type);
    // Searches for `text` within the current type and filters.
    void search(const QString &text);
    // Saves the current search, its type and its filters under `name` in the KB.
    void saveSearch(const QString &name);
    void refreshSavedSearches();
    // Opens the form of a record (`key` empty: a new one of `type`); saving it is an undoable step.
    void editRecord(RecordType type, const QString &key);
    // Moves the rows chosen in the list (or else the open record) to the trash, undoably.
    void deleteSelected();
    void showRecordHistory();
    // Opens the links of the open document, to add or remove one (each an undoable step).
    void editDocumentLinks();
    // Adds `change.value` to (or removes it from) a list of each record, as one undoable step.
    void bulkEdit(RecordType type, const QStringList &keys, const FieldEdit &change);
    // Imports documents and bundles as a job with progress and cancel.
    void importFiles(const QStringList &paths);
    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Place
    {
        RecordType type;
        QString key;
    };
    void showCounts(const KbStats &stats);
    enum class KeepScroll { No, Yes };
    // Shows the record's page in the detail pane; a page shown again after a change keeps its
    // scroll position.
    void showPage(const Place &place, KeepScroll keepScroll = KeepScroll::No);
    static QString placeWord(RecordType type, const QString &key);
    void updateHistoryActions();
    void onNavigationClicked(QTreeWidgetItem *item);
    QTreeWidgetItem *typeItem(RecordType type) const;
    void highlightNavigation(QTreeWidgetItem *item);
    // Shows the list or the search results for the current type, text and filters.
    void runView();
    void showResultsHeader();
    void rebuildChips();
    void openSavedSearch(const QString &name);
    // Sets the search field without starting a search of its own.
    void setSearchText(const QString &text);
    void showAbout();
    void setUpAppearance();
    void setUpEditing();
    // Saves what the editor made of `before` (read at `revision`; empty: a new record) and
    // pushes the step on the undo stack; `overwrite` saves over a change made meanwhile.
    void saveEdited(RecordType type, const QJsonObject &before, qint64 revision, const std::optional<QJsonObject> &after,
                    bool overwrite = false);
    void resolveConflict(RecordType type, const QJsonObject &before, qint64 revision, const QJsonObject &mine, const QString &why);
    void deleteRecords(const QList<std::pair<RecordType, QString>> &records, bool cascade);
    void showQueryHelp();
    // Briefings (issue 13) on the open record, the practices chosen in the list, the search;
    // briefingScopeHere() picks the one in view for File > Export Briefing.
    void setUpBriefings();
    std::optional<BriefingScope> openRecordScope() const;
    std::optional<BriefingScope> selectedPracticesScope() const;
    std::optional<BriefingScope> searchScope() const;
    BriefingScope briefingScopeHere() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    SessionHost &m_host;
    QString m_kbDir;
    OverviewWidget *m_overview = nullptr;
    NetworkFinderWidget *m_finder = nullptr;
    PeersWidget *m_peers = nullptr;
    QuestionnaireMenu *m_questionnaires = nullptr;
    QString m_openTitle; // of the record in the detail pane
    QTreeWidgetItem *m_overviewItem = nullptr;
    QTreeWidgetItem *m_finderItem = nullptr;
    QTreeWidgetItem *m_typesItem = nullptr;
    QTreeWidgetItem *m_savedItem = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTimer m_searchDelay;
    QTimer m_countsDelay;
    QTimer m_pageDelay;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_newResponse = nullptr; // on a questionnaire's page
    QAction *m_fillIn = nullptr;      // on a response's page
    QAction *m_documentLinksAction = nullptr;
    std::pair<QString, QString> m_pendingAnchor; // "type/key" and the section a followed link points into
    QSet<QString> m_openRecords; // "type/key" of the open page's record and of those it links to
    QList<SavedSearch> m_savedSearches; // as the side bar lists them
    RecordListModel *m_list = nullptr;
    ListColumns *m_columns = nullptr;
    SearchResultsModel *m_results = nullptr;
    FacetModel *m_facets = nullptr;
    std::optional<RecordType> m_type; // the type in view; none: every type
    bool m_typing = false;            // the search runs from the keystroke timer
    bool m_settingText = false;       // the window itself sets the search field
    QList<Place> m_history;
    qsizetype m_historyIndex = -1;
    quint64 m_pageGeneration = 0;
};

} // namespace citykb
