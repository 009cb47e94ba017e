// The main window on the offscreen platform: it opens a KB through the session host (off the
// GUI thread), shows its record counts and follows the change stream.
#include "app/editservice.h"
#include "app/knowledgebase.h"
#include "app/sessionhost.h"
#include "gui/appearance.h"
#include "gui/bulkeditdialog.h"
#include "gui/facetmodel.h"
#include "gui/historydialog.h"
#include "gui/listcolumns.h"
#include "gui/mainwindow.h"
#include "gui/networkfinderwidget.h"
#include "gui/peerswidget.h"
#include "gui/recordeditor.h"
#include "gui/recordlistmodel.h"
#include "gui/trashdialog.h"
#include "gui/searchresultsmodel.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QUndoStack>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QChartView>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRecordCountsAndFollowsChanges()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("kb"));
        SessionHost host;
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(dir, SessionHost::OpenMode::Create, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY(opened.wait(60000));
        QVERIFY2(opened.first().first().value<Status>().ok(), qPrintable(opened.first().first().value<Status>().error()));

        MainWindow window(host, dir);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        const QList<QTreeWidgetItem *> found = tree->findItems(QStringLiteral("Records"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTreeWidgetItem *records = found.first();
        QTRY_COMPARE(records->childCount(), int(allRecordTypes().size()));
        QTreeWidgetItem *practicesItem = nullptr;
        for (int row = 0; row < records->childCount(); ++row) {
            if (records->child(row)->text(0) == QLatin1String("Practices"))
                practicesItem = records->child(row);
        }
        QVERIFY(practicesItem);
        const int practices = practicesItem->text(1).toInt();
        QVERIFY(practices > 40);

        // A record saved through the session shows without any refresh: the change stream
        // brings it.
        QSignalSpy changed(&host, &SessionHost::changed);
        bool saved = false;
        host.write<SavedRecord>(
            &window,
            [](KnowledgeBase &kb) { return EditService(kb).create(RecordType::Practice, QJsonObject{{"key", "new-one"}, {"title", "New"}}); },
            [&saved](const Result<SavedRecord> &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        QTRY_COMPARE(practicesItem->text(1), QString::number(practices + 1));
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("revision")));

        // The overview charts what the KB holds.
        QTRY_COMPARE(window.findChildren<QChartView *>().size(), 4);
        QVERIFY(window.findChild<QChartView *>(QString(), Qt::FindChildrenRecursively)->chart()->series().size() == 1);

        // For a person to look at: CITYKB_SCREENSHOTS=DIR keeps a picture of the window.
        const QString shots = qEnvironmentVariable("CITYKB_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow.png")));
    }
};

// The window's daily use, on one seeded KB.
class TestWindowUse : public QObject
{
    Q_OBJECT

private:
    test::SeededWindow m_seeded;

    // The editor on screen (a closed one may linger until its deferred deletion).
    RecordEditor *openEditor() const { return test::visibleChild<RecordEditor>(*m_seeded.window); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_seeded.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_seeded.stop(); }

    // Typing a query shows results with snippets; a misspelling gets "did you mean".
    void typeAQuery()
    {
        auto *field = m_seeded.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(field);
        QCOMPARE(field->accessibleName(), QStringLiteral("Search"));
        QTest::keySequence(m_seeded.window.get(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("youth employment"));
        auto *results = m_seeded.window->findChild<QListView *>(QStringLiteral("resultsView"));
        QTRY_VERIFY(results->model()->rowCount() > 0);
        QVERIFY(results->model()->index(0, 0).data(SearchResultsModel::SnippetRole).toString().contains(QLatin1String("<b>")));
        auto *header = m_seeded.window->findChild<QLabel *>(QStringLiteral("resultsHeader"));
        QTRY_VERIFY(header->text().contains(QLatin1String("result")));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("appreticeship"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY2(header->text().contains(QLatin1String("apprenticeship")), qPrintable(header->text()));
    }

    // A facet value clicked once keeps only its records, clicked again leaves them out.
    void clickAFacetTwice()
    {
        auto *field = m_seeded.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("social"));
        QTest::keyClick(field, Qt::Key_Return);
        auto *results = m_seeded.window->findChild<QListView *>(QStringLiteral("resultsView"));
        auto *model = qobject_cast<SearchResultsModel *>(results->model());
        QTRY_VERIFY(model->total() > 0 && !model->isSearching());
        const qint64 all = model->total();
        auto *facets = m_seeded.window->findChild<QTreeView *>(QStringLiteral("facetView"));
        auto *facetModel = qobject_cast<FacetModel *>(facets->model());
        QModelIndex city;
        QTRY_VERIFY((city = [&] {
                        for (int f = 0; f < facetModel->rowCount(); ++f) {
                            const QModelIndex field = facetModel->index(f, 0);
                            if (field.data(FacetModel::FieldRole).toString() == QLatin1String("city") && facetModel->rowCount(field) > 0)
                                return facetModel->index(0, 0, field);
                        }
                        return QModelIndex();
                    }())
                        .isValid());
        const qint64 inCity = city.data(FacetModel::CountRole).toLongLong();
        QVERIFY(inCity > 0 && inCity < all);
        facets->scrollTo(city);
        QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, facets->visualRect(city).center());
        QTRY_COMPARE(model->total(), inCity);
        QTRY_VERIFY(!m_seeded.window->findChild<QWidget *>(QStringLiteral("chipsBar"))->isHidden());
        QSet<QString> inTheCity;
        for (int row = 0; row < model->rowCount(); ++row)
            inTheCity.insert(model->index(row, 0).data(SearchResultsModel::KeyRole).toString());
        facets->scrollTo(city);
        QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, facets->visualRect(city).center());
        // Left out: fewer results, none of them from that city. (Counts are of index documents,
        // so an interview answer or a section may weigh in beside its record.)
        QTRY_VERIFY(model->total() < all && model->total() >= all - inCity - 10 && !model->isSearching());
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!inTheCity.contains(model->index(row, 0).data(SearchResultsModel::KeyRole).toString()));
    }

    // A search saved under a name is listed in the side bar and reopens with its filters.
    void saveAndReopenASearch()
    {
        auto *field = m_seeded.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = m_seeded.window->findChild<QListView *>(QStringLiteral("resultsView"));
        auto *model = qobject_cast<SearchResultsModel *>(results->model());
        auto *facetModel = qobject_cast<FacetModel *>(m_seeded.window->findChild<QTreeView *>(QStringLiteral("facetView"))->model());
        facetModel->clearFilters();
        m_seeded.window->search(QStringLiteral("housing"));
        facetModel->setState(QStringLiteral("country"), QStringLiteral("GB"), FacetModel::State::Included);
        QTRY_VERIFY(!model->isSearching() && model->total() > 0);
        const qint64 total = model->total();
        m_seeded.window->saveSearch(QStringLiteral("British housing"));
        auto *tree = m_seeded.window->findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QTreeWidgetItem *saved = tree->findItems(QStringLiteral("Saved searches"), Qt::MatchExactly).first();
        QTRY_COMPARE(saved->childCount(), 1);
        QCOMPARE(saved->child(0)->text(0), QStringLiteral("British housing"));

        m_seeded.window->showType(RecordType::City);
        QTRY_VERIFY(field->text().isEmpty() && facetModel->activeFilters().isEmpty());
        tree->setCurrentItem(saved->child(0));
        Q_EMIT tree->itemClicked(saved->child(0), 0);
        QTRY_COMPARE(field->text(), QStringLiteral("housing"));
        QTRY_COMPARE(facetModel->activeFilters().size(), 1);
        QTRY_VERIFY(!model->isSearching() && model->total() == total);
    }

    // Opening a record, following a link in its page, and going back.
    void openFollowAndGoBack()
    {
        m_seeded.window->openRecord(RecordType::Network, QStringLiteral("eurotowns"));
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QTRY_VERIFY(browser->toHtml().contains(QLatin1String("Eurotowns")));
        QVERIFY(browser->toHtml().contains(QLatin1String("citykb://cities/")));
        Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("citykb://networks/errin")));
        QTRY_VERIFY(browser->toHtml().contains(QLatin1String("ERRIN")));
        auto *back = m_seeded.window->findChild<QAction *>(QStringLiteral("actionBack"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QTRY_VERIFY(browser->toHtml().contains(QLatin1String("Eurotowns")) && !browser->toHtml().contains(QLatin1String("ERRIN</")));
        QVERIFY(m_seeded.window->findChild<QAction *>(QStringLiteral("actionForward"))->isEnabled());

        // More like this: records like Eurotowns, of any type, not Eurotowns itself.
        auto *more = m_seeded.window->findChild<QAction *>(QStringLiteral("actionMoreLikeThis"));
        QTRY_VERIFY(more->isEnabled());
        more->trigger();
        auto *results = m_seeded.window->findChild<QListView *>(QStringLiteral("resultsView"));
        auto *model = qobject_cast<SearchResultsModel *>(results->model());
        QTRY_VERIFY(!model->isSearching() && model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, 0).data(SearchResultsModel::KeyRole).toString() != QLatin1String("eurotowns"));
        QTRY_VERIFY(m_seeded.window->findChild<QLabel *>(QStringLiteral("resultsHeader"))->text().contains(QLatin1String("like")));
    }

    // Browsing a type lists it page by page; selecting a row opens the record.
    void browseAType()
    {
        m_seeded.window->showType(RecordType::Practice);
        auto *table = m_seeded.window->findChild<QTableView *>(QStringLiteral("recordTable"));
        QTRY_VERIFY(table->model()->rowCount() > 40);
        QTRY_VERIFY(!table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("…")));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        const QString title = table->model()->index(0, 0).data().toString();
        QTRY_VERIFY2(browser->toPlainText().contains(title), qPrintable(title));
    }

    // The practice list shows each practice's cities and themes; the user chooses the columns
    // (the header's menu), and the choice is kept for the type.
    void chooseColumns()
    {
        m_seeded.window->showType(RecordType::Practice);
        auto *table = m_seeded.window->findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *model = qobject_cast<RecordListModel *>(table->model());
        QVERIFY(model);
        auto *columns = m_seeded.window->findChild<ListColumns *>();
        QVERIFY(columns);
        QCOMPARE(columns->visibleFields(), ListColumns::defaultColumns(RecordType::Practice));
        int citiesColumn = -1;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->columnField(column) == QLatin1String("cities"))
                citiesColumn = column;
        }
        QVERIFY(citiesColumn > 0);
        QTRY_VERIFY(!model->index(0, 0).data().toString().startsWith(QStringLiteral("…")));
        bool birmingham = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == QLatin1String("Birmingham Apprenticeship Scheme"))
                birmingham = model->index(row, citiesColumn).data().toString() == QLatin1String("Birmingham");
        }
        QVERIFY(birmingham);

        columns->setFieldVisible(QStringLiteral("status"), false);
        columns->setFieldVisible(QStringLiteral("start_year"), true);
        QVERIFY(!columns->visibleFields().contains(QStringLiteral("status")));
        m_seeded.window->showType(RecordType::City);
        QCOMPARE(columns->visibleFields(), ListColumns::defaultColumns(RecordType::City));
        m_seeded.window->showType(RecordType::Practice);
        QVERIFY(!columns->visibleFields().contains(QStringLiteral("status")));
        QVERIFY(columns->visibleFields().contains(QStringLiteral("start_year")));
        // The side bar marks the list in view.
        auto *tree = m_seeded.window->findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Practices"));
        m_seeded.window->showOverview();
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Overview"));
    }

    // Peers of a city: other cities with what they have in common, their practices below.
    void peersOfACity()
    {
        auto *peersAction = m_seeded.window->findChild<QAction *>(QStringLiteral("actionPeers"));
        m_seeded.window->openRecord(RecordType::Network, QStringLiteral("eurotowns"));
        QTRY_VERIFY(!peersAction->isEnabled());
        m_seeded.window->openRecord(RecordType::City, QStringLiteral("bologna"));
        QTRY_VERIFY(peersAction->isEnabled());
        auto *peers = m_seeded.window->findChild<PeersWidget *>();
        QSignalSpy finished(peers, &PeersWidget::finished);
        peersAction->trigger();
        QVERIFY(finished.wait(30000));
        auto *tree = peers->findChild<QTreeWidget *>(QStringLiteral("peersTree"));
        QVERIFY(tree->topLevelItemCount() > 3);
        QTreeWidgetItem *first = tree->topLevelItem(0);
        QVERIFY(first->text(0) != QLatin1String("Bologna"));
        QVERIFY(!first->text(3).isEmpty()); // what the two have in common
        QVERIFY(first->childCount() > 0);   // and the practices that show it
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        const QString practice = first->child(0)->text(0);
        Q_EMIT tree->itemActivated(first->child(0), 0);
        QTRY_VERIFY2(browser->toPlainText().contains(practice), qPrintable(practice));
    }

    // A change made elsewhere (here: through the session, as another window would) shows in
    // the open page without a reload, to the record itself and to a record it links to.
    void openPageFollowsChanges()
    {
        m_seeded.window->openRecord(RecordType::Network, QStringLiteral("eurotowns"));
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QTRY_VERIFY(browser->toPlainText().contains(QLatin1String("Eurotowns")));
        auto rewrite = [this](RecordType type, const QString &key, const QString &field, const QString &value) {
            bool saved = false;
            m_seeded.host->write<SavedRecord>(
                m_seeded.window.get(),
                [=](KnowledgeBase &kb) -> Result<SavedRecord> {
                    auto reader = kb.reader();
                    if (!reader)
                        return reader.fullError();
                    auto record = reader.value()->get(type, key);
                    if (!record)
                        return record.fullError();
                    QJsonObject changed = record.value();
                    changed.insert(field, value);
                    return EditService(kb).update(type, key, changed);
                },
                [&saved](const Result<SavedRecord> &r) { saved = r.ok(); });
            QTRY_VERIFY(saved);
        };
        rewrite(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("description"),
                QStringLiteral("A description written in another window."));
        QTRY_VERIFY(browser->toPlainText().contains(QLatin1String("written in another window")));
        // A linked record renamed elsewhere: the link's text follows.
        QVERIFY(browser->toPlainText().contains(QLatin1String("Hasselt")));
        rewrite(RecordType::City, QStringLiteral("hasselt"), QStringLiteral("name"), QStringLiteral("Hasselt (renamed)"));
        QTRY_VERIFY(browser->toPlainText().contains(QLatin1String("Hasselt (renamed)")));
    }

    // Edit a record in its form, then undo and redo the edit; the page follows each step.
    void editUndoRedo()
    {
        m_seeded.window->showOverview();
        m_seeded.window->openRecord(RecordType::Network, QStringLiteral("eurotowns"));
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Eurotowns")), 30000);
        const QString before = browser->toPlainText();
        m_seeded.window->editRecord(RecordType::Network, QStringLiteral("eurotowns"));
        RecordEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor()) && editor->isLoaded(), 30000);
        auto *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY2(save->isEnabled(), qPrintable(editor->findChild<QLabel *>(QStringLiteral("problemLabel"))->text()));
        // Inline validation: a founding year that is no number keeps Save off and says why
        // under the field.
        QVERIFY(editor->setFieldValue(QStringLiteral("founded_year"), QStringLiteral("nineteen")));
        QVERIFY(!save->isEnabled());
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem_founded_year"));
        QVERIFY(problem);
        QVERIFY2(!problem->isHidden(), qPrintable(problem->text() + QStringLiteral("|") + editor->findChild<QLabel *>(QStringLiteral("problemLabel"))->text()));
        QVERIFY(editor->setFieldValue(QStringLiteral("founded_year"), 1991));
        QVERIFY(save->isEnabled());
        QVERIFY(editor->setFieldValue(QStringLiteral("description"), QStringLiteral("Edited in the form.")));
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Edited in the form.")), 30000);
        QUndoStack *undo = m_seeded.window->undoStack();
        QCOMPARE(undo->index(), 1);
        undo->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!browser->toPlainText().contains(QLatin1String("Edited in the form.")), 30000);
        undo->redo();
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Edited in the form.")), 30000);
        undo->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!browser->toPlainText().contains(QLatin1String("Edited in the form.")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(browser->toPlainText(), before, 30000);
    }

    // A new record from the form, its key made from its title; deleting it goes to the trash
    // and undo brings it back; the trash lists what was deleted.
    void createDeleteAndRestore()
    {
        m_seeded.window->showType(RecordType::City);
        m_seeded.window->editRecord(RecordType::City, QString());
        RecordEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor()) && editor->isLoaded(), 30000);
        auto *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // a city needs its name
        QVERIFY(editor->setFieldValue(QStringLiteral("name"), QStringLiteral("Testville")));
        QVERIFY(editor->setFieldValue(QStringLiteral("country"), QStringLiteral("NL")));
        QVERIFY2(editor->setFieldValue(QStringLiteral("population"), 61000), qPrintable(editor->findChild<QLabel *>(QStringLiteral("problemLabel"))->text()));
        QVERIFY(save->isEnabled());
        save->click();
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Testville")), 30000);
        QUndoStack *undo = m_seeded.window->undoStack();
        const int steps = undo->index(); // where the next step goes (undone steps above it go)

        m_seeded.window->showOverview(); // Delete then acts on the open record
        m_seeded.window->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(undo->index(), steps + 1, 30000);
        TrashDialog trash(*m_seeded.host, m_seeded.window.get());
        QSignalSpy refreshed(&trash, &TrashDialog::refreshed);
        QVERIFY(refreshed.wait(10000));
        auto *tree = trash.findChild<QTreeWidget *>(QStringLiteral("trashTree"));
        QVERIFY(!tree->findItems(QStringLiteral("Testville"), Qt::MatchExactly).isEmpty());
        undo->undo(); // back from the trash
        QTRY_VERIFY_WITH_TIMEOUT(tree->findItems(QStringLiteral("Testville"), Qt::MatchExactly).isEmpty(), 30000);
        m_seeded.window->openRecord(RecordType::City, QStringLiteral("testville"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Testville")), 30000);
    }

    // A theme added to two practices at once is one step; undo takes it off both.
    void bulkEditIsOneStep()
    {
        BulkEditDialog dialog(*m_seeded.host, RecordType::Practice, 2, m_seeded.window.get());
        QSignalSpy loaded(&dialog, &BulkEditDialog::choicesLoaded);
        QVERIFY(loaded.wait(10000));
        if (!dialog.choose(QStringLiteral("themes"), true, QStringLiteral("housing")))
            QVERIFY(loaded.wait(10000)); // the themes were being read
        QVERIFY(dialog.choose(QStringLiteral("themes"), true, QStringLiteral("housing")));
        const std::optional<FieldEdit> change = dialog.edit();
        QVERIFY(change);
        const QStringList keys{QStringLiteral("birmingham-job-fund"), QStringLiteral("brno-senior-academy")};
        QUndoStack *undo = m_seeded.window->undoStack();
        const int steps = undo->index(); // where the next step goes (undone steps above it go)
        m_seeded.window->bulkEdit(RecordType::Practice, keys, *change);
        QTRY_COMPARE_WITH_TIMEOUT(undo->index(), steps + 1, 30000);
        auto themesOf = [this](const QString &key) {
            QJsonArray themes;
            bool done = false;
            m_seeded.host->read<QJsonObject>(
                m_seeded.window.get(),
                [key](KnowledgeBase &kb) -> Result<QJsonObject> {
                    auto reader = kb.reader();
                    if (!reader)
                        return reader.fullError();
                    return reader.value()->get(RecordType::Practice, key);
                },
                [&](const Result<QJsonObject> &record) {
                    if (record)
                        themes = record.value().value(QStringLiteral("themes")).toArray();
                    done = true;
                });
            if (!QTest::qWaitFor([&] { return done; }, 10000))
                qWarning("the record was not read within 10 s");
            return themes;
        };
        for (const QString &key : keys)
            QVERIFY(themesOf(key).contains(QJsonValue(QStringLiteral("housing"))));
        undo->undo();
        for (const QString &key : keys)
            QTRY_VERIFY_WITH_TIMEOUT(!themesOf(key).contains(QJsonValue(QStringLiteral("housing"))), 30000);
        QVERIFY(themesOf(keys.first()).contains(QJsonValue(QStringLiteral("youth-employment"))));
    }

    // History lists the versions with what changed; going back to one is a new, undoable edit.
    void historyAndRevert()
    {
        m_seeded.window->openRecord(RecordType::Network, QStringLiteral("eurotowns"));
        HistoryDialog history(*m_seeded.host, RecordType::Network, QStringLiteral("eurotowns"), m_seeded.window.get());
        QSignalSpy loaded(&history, &HistoryDialog::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(history.versionCount() >= 3); // seeded, edited, edited back (editUndoRedo)
        auto *changes = history.findChild<QTreeWidget *>(QStringLiteral("changeTree"));
        history.selectVersion(1); // the edit before the last undo: its description
        QVERIFY(changes->topLevelItemCount() > 0);
        QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("Description"));
    }

    // Files dropped on the window (here: handed to importFiles) import as a job; the new
    // document is then found by search.
    void importADocument()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("notes.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Zwolle field visit\n\nThe quokkaberry pilot in Zwolle paired libraries with job centres.\n");
        file.close();
        QSignalSpy finished(m_seeded.window.get(), &MainWindow::importFinished);
        m_seeded.window->importFiles({path});
        QVERIFY(finished.wait(30000));
        m_seeded.window->showOverview();
        m_seeded.window->search(QStringLiteral("quokkaberry"));
        auto *results = m_seeded.window->findChild<QListView *>(QStringLiteral("resultsView"));
        auto *model = qobject_cast<SearchResultsModel *>(results->model());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isSearching() && model->rowCount() > 0, 30000);
    }

    // View > Appearance > Dark gives a dark palette; System goes back to the platform's.
    void darkTheme()
    {
        auto *dark = m_seeded.window->findChild<QAction *>(QStringLiteral("actionThemeDark"));
        auto *system = m_seeded.window->findChild<QAction *>(QStringLiteral("actionThemeSystem"));
        QVERIFY(system->isChecked());
        QVERIFY(!Appearance::isDark());
        dark->trigger();
        QVERIFY(Appearance::isDark());
        QCOMPARE(Appearance::theme(), Appearance::Theme::Dark);
        system->trigger();
        QVERIFY(!Appearance::isDark());
        QCOMPARE(Appearance::theme(), Appearance::Theme::System);
        QVERIFY(!Appearance::icon(QStringLiteral("find")).pixmap(QSize(48, 48)).isNull());
    }

    // The network finder for a town of 60,000: Eurotowns, with its fee.
    void networkFinder()
    {
        m_seeded.window->showNetworkFinder();
        auto *finder = m_seeded.window->findChild<NetworkFinderWidget *>();
        QVERIFY(finder);
        QSignalSpy finished(finder, &NetworkFinderWidget::finished);
        finder->find(QStringLiteral("NL"), 60000, QStringLiteral("city"));
        QVERIFY(finished.wait(30000));
        auto *results = finder->findChild<QTextBrowser *>(QStringLiteral("resultsBrowser"));
        const QString text = results->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Eurotowns")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("3,500")));
        QVERIFY(text.indexOf(QLatin1String("Eurotowns")) < text.indexOf(QLatin1String("Cannot join")));

        const QString shots = qEnvironmentVariable("CITYKB_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(m_seeded.window->grab().save(shots + QStringLiteral("/networkfinder.png")));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestMainWindow first;
    TestWindowUse second;
    return QTest::qExec(&first, argc, argv) | QTest::qExec(&second, argc, argv);
}
#include "tst_mainwindow.moc"
