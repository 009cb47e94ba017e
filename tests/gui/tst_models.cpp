// The item models of the main window (issue 9): the record list read page by page through the
// session host and kept current by the change stream, the search results, and the facet
// browser with its chips. Every model runs under QAbstractItemModelTester.
#include "app/editservice.h"
#include "app/sessionhost.h"
#include "gui/facetmodel.h"
#include "gui/recordlistmodel.h"
#include "gui/searchresultsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace citykb;

namespace {

constexpr auto Tester = QAbstractItemModelTester::FailureReportingMode::QtTest;

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// Runs `work` on the host's readers and waits for its answer.
template<typename T>
Result<T> readThrough(SessionHost &host, std::function<Result<T>(KnowledgeBase &)> work)
{
    QObject context;
    std::optional<Result<T>> answer;
    host.read<T>(&context, std::move(work), [&answer](const Result<T> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return Result<T>::failure(QStringLiteral("The read did not answer."));
    return *answer;
}

Result<RecordPage> practices(SessionHost &host, const QList<Filter> &filters = {})
{
    return readThrough<RecordPage>(host, [filters](KnowledgeBase &kb) {
        PageQuery query;
        query.filters = filters;
        query.limit = 10000;
        return BrowseService(kb).page(RecordType::Practice, query);
    });
}

int columnOf(const RecordListModel &model, const QString &field)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.columnField(c) == field)
            return c;
    }
    return -1;
}

QStringList keysShown(const QAbstractItemModel &model, int role)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(role).toString());
    return keys;
}

QModelIndex facetValue(const FacetModel &facets, const QString &field, const QString &value)
{
    for (int f = 0; f < facets.rowCount(); ++f) {
        const QModelIndex parent = facets.index(f, 0);
        if (parent.data(FacetModel::FieldRole).toString() != field)
            continue;
        for (int row = 0; row < facets.rowCount(parent); ++row) {
            const QModelIndex index = facets.index(row, 0, parent);
            if (index.data(FacetModel::ValueRole).toString() == value)
                return index;
        }
    }
    return {};
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_seeded;
    int m_n = 0;

    // A copy of the seeded KB (store and index) made once in initTestCase.
    QString freshKb()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n));
        return copyTree(m_seeded, dir) ? dir : QString();
    }

    static bool open(SessionHost &host, const QString &dir)
    {
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(dir, SessionHost::OpenMode::OpenExisting);
        if (!opened.wait(120000))
            return false;
        const Status status = opened.first().first().value<Status>();
        if (!status)
            qWarning("%s", qPrintable(status.error()));
        return status.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seeded = m_tmp.filePath(QStringLiteral("seeded"));
        auto kb = KnowledgeBase::create(m_seeded, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
    }

    void recordListShowsSortsAndFilters()
    {
        SessionHost host;
        QVERIFY(open(host, freshKb()));
        auto all = practices(host);
        QVERIFY2(all, qPrintable(all.error()));
        const QList<RecordSummary> &rows = all.value().rows;
        const int count = int(all.value().total);
        QVERIFY(count > 40);

        RecordListModel model(host, RecordType::Practice);
        QAbstractItemModelTester tester(&model, Tester);
        QTRY_COMPARE(model.rowCount(), count);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
        const int startYear = columnOf(model, QStringLiteral("start_year"));
        QVERIFY(startYear > 0);
        QCOMPARE(model.headerData(startYear, Qt::Horizontal).toString(), QStringLiteral("Start year"));
        QCOMPARE(columnOf(model, QStringLiteral("countries")), -1); // a list: not a column

        // Title order, the first and last rows as the store has them.
        QTRY_COMPARE(model.index(0, 0).data().toString(), rows.first().title);
        QCOMPARE(model.index(0, 0).data(RecordListModel::KeyRole).toString(), rows.first().key);
        QCOMPARE(model.index(0, 0).data(RecordListModel::IdRole).toLongLong(), rows.first().id);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), rows.first().title);
        QCOMPARE(model.index(count - 1, 0).data().toString(), rows.last().title);

        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.sortKey(), QStringLiteral("-title"));
        QTRY_COMPARE(model.index(0, 0).data().toString(), rows.last().title);
        QCOMPARE(model.index(count - 1, 0).data().toString(), rows.first().title);

        qint64 latest = 0;
        for (const RecordSummary &row : rows)
            latest = std::max(latest, qint64(row.fields.value(QStringLiteral("start_year")).toDouble()));
        QVERIFY(latest > 2000);
        model.sort(startYear, Qt::DescendingOrder);
        QTRY_COMPARE(model.index(0, startYear).data().toLongLong(), latest);

        const QList<Filter> bologna{Filter{QStringLiteral("city"), QStringLiteral("Bologna")}};
        auto inBologna = practices(host, bologna);
        QVERIFY(inBologna);
        QVERIFY(inBologna.value().total > 0 && inBologna.value().total < count);
        QStringList expected;
        for (const RecordSummary &row : inBologna.value().rows)
            expected.append(row.key);
        model.sort(0, Qt::AscendingOrder);
        model.setFilters(bologna);
        QTRY_COMPARE(model.rowCount(), int(inBologna.value().total));
        QTRY_COMPARE(keysShown(model, RecordListModel::KeyRole), expected);

        // Another type: its own columns; references show keys and cannot be sorted by.
        model.setType(RecordType::Event);
        QVERIFY(model.filters().isEmpty());
        const int city = columnOf(model, QStringLiteral("city"));
        QVERIFY(city > 0);
        QVERIFY(!model.canSort(city));
        QVERIFY(model.canSort(0));
        auto events = readThrough<qint64>(host, [](KnowledgeBase &kb) -> Result<qint64> {
            auto page = BrowseService(kb).page(RecordType::Event, PageQuery{{}, {}, 0, 0});
            return page ? Result<qint64>(page.value().total) : Result<qint64>(page.fullError());
        });
        QVERIFY(events && events.value() > 0);
        QTRY_COMPARE(model.rowCount(), int(events.value()));
    }

    void recordListFollowsTheChangeStream()
    {
        SessionHost host;
        QVERIFY(open(host, freshKb()));
        auto all = practices(host);
        QVERIFY(all);
        const int count = int(all.value().total);

        RecordListModel model(host, RecordType::Practice);
        QAbstractItemModelTester tester(&model, Tester);
        QTRY_COMPARE(model.rowCount(), count);
        QTRY_VERIFY(!model.isLoading());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // What row 0 shows at the moment its new version is asked for: the old one, not a
        // placeholder (no flicker to empty).
        QStringList shownWhileReloading;
        connect(&model, &RecordListModel::pageRequested, &model,
                [&] { shownWhileReloading.append(model.index(0, 0).data().toString()); });

        QObject context;
        bool saved = false;
        host.write<SavedRecord>(
            &context,
            [](KnowledgeBase &kb) {
                return EditService(kb).create(RecordType::Practice, QJsonObject{{"key", "aaa-new"}, {"title", "Aaa new practice"}});
            },
            [&saved](const Result<SavedRecord> &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        QTRY_COMPARE(model.rowCount(), count + 1);
        QTRY_COMPARE(model.index(0, 0).data(RecordListModel::KeyRole).toString(), QStringLiteral("aaa-new"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!shownWhileReloading.isEmpty());
        QVERIFY2(!shownWhileReloading.contains(QStringLiteral("…")), qPrintable(shownWhileReloading.join(QLatin1Char('|'))));
        QCOMPARE(shownWhileReloading.first(), all.value().rows.first().title);

        // A run of writes (an import, a script) announces one change after another; the list
        // waits for them to pause and reloads once, not once per record.
        QTRY_VERIFY(!model.isLoading());
        QSignalSpy requested(&model, &RecordListModel::pageRequested);
        QSignalSpy changes(&host, &SessionHost::changed);
        QElapsedTimer clock;
        clock.start();
        int written = 0;
        for (int i = 0; i < 10; ++i) {
            host.write<SavedRecord>(
                &context,
                [i](KnowledgeBase &kb) {
                    return EditService(kb).create(RecordType::Practice, QJsonObject{{"key", QStringLiteral("run-%1").arg(i)},
                                                                                    {"title", QStringLiteral("Run %1").arg(i)}});
                },
                [&written](const Result<SavedRecord> &r) { written += r.ok() ? 1 : 0; });
        }
        QTRY_COMPARE(written, 10);
        QTRY_COMPARE(changes.size(), 10);
        const qint64 spread = clock.elapsed();
        QTRY_COMPARE(model.rowCount(), count + 11);
        QTest::qWait(2 * RecordListModel::ReloadDelayMs); // room for reloads that should not come
        QCOMPARE(resets.size(), 0);
        // One reload when the ten changes came within a second (the writes take a few ms each),
        // else one per second at most.
        QVERIFY2(requested.size() <= 1 + spread / RecordListModel::MaxReloadDelayMs,
                 qPrintable(QStringLiteral("%1 requests for changes over %2 ms").arg(requested.size()).arg(spread)));
    }

    void recordListLoadsOnlyThePagesItNeeds()
    {
        // 20,000 practices written straight into a store; the index is built when it opens.
        const QString dir = m_tmp.filePath(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(dir));
        {
            auto store = Store::create(QDir(dir).filePath(KnowledgeBase::storeFileName()));
            QVERIFY2(store, qPrintable(store.error()));
            QList<std::pair<RecordType, QJsonObject>> records;
            for (int i = 0; i < 20000; ++i) {
                const QString n = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
                QJsonObject record;
                record.insert(QStringLiteral("key"), QString(QStringLiteral("p-") + n));
                record.insert(QStringLiteral("title"), QString(QStringLiteral("Practice ") + n));
                record.insert(QStringLiteral("start_year"), 1990 + i % 30);
                records.append({RecordType::Practice, record});
            }
            auto imported = store.value()->importRecords(records);
            QVERIFY2(imported, qPrintable(imported.error()));
        }
        SessionHost host;
        QVERIFY(open(host, dir));

        RecordListModel model(host, RecordType::Practice);
        QAbstractItemModelTester tester(&model, Tester);
        QSignalSpy requested(&model, &RecordListModel::pageRequested);
        auto pagesAsked = [&requested] {
            QList<int> pages;
            for (const QList<QVariant> &args : requested)
                pages.append(args.first().toInt());
            return pages;
        };
        QTRY_COMPARE(model.rowCount(), 20000);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(pagesAsked(), QList<int>{0});

        // The last row: a placeholder first, then its page, and only its page.
        QCOMPARE(model.index(19999, 0).data().toString(), QStringLiteral("…"));
        QVERIFY(!model.index(19999, 0).data(RecordListModel::KeyRole).isValid());
        QTRY_COMPARE(model.index(19999, 0).data().toString(), QStringLiteral("Practice 19999"));
        QCOMPARE(model.index(19999, 0).data(RecordListModel::KeyRole).toString(), QStringLiteral("p-19999"));
        QCOMPARE(pagesAsked(), (QList<int>{0, 99}));

        // Many asks for rows of one page before it arrives: one request.
        for (int i = 0; i < 100; ++i)
            model.index(15000 + i % 7, i % model.columnCount()).data();
        QTRY_COMPARE(model.index(15000, 0).data().toString(), QStringLiteral("Practice 15000"));
        QCOMPARE(pagesAsked(), (QList<int>{0, 99, 75}));

        // A view scrolled to the middle asks for the pages it shows, not those it passed.
        QTableView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollTo(model.index(10000, 0), QAbstractItemView::PositionAtCenter);
        const int top = view.rowAt(0);
        const int bottom = view.rowAt(view.viewport()->height() - 1);
        QVERIFY(top > 9900 && bottom < 10100);
        QTRY_COMPARE(model.index(top, 0).data().toString(), QStringLiteral("Practice %1").arg(top, 5, 10, QLatin1Char('0')));
        QTRY_COMPARE(model.index(bottom, 0).data().toString(), QStringLiteral("Practice %1").arg(bottom, 5, 10, QLatin1Char('0')));
        const QList<int> asked = pagesAsked();
        QVERIFY2(asked.size() <= 5, qPrintable(QString::number(asked.size())));
        for (int page : asked.mid(3))
            QVERIFY(page == top / RecordListModel::PageSize || page == bottom / RecordListModel::PageSize);
    }

    void searchResults()
    {
        SessionHost host;
        QVERIFY(open(host, freshKb()));
        SearchResultsModel results(host);
        QAbstractItemModelTester tester(&results, Tester);
        QStringList arrived; // what each resultsChanged() showed
        connect(&results, &SearchResultsModel::resultsChanged, &results, [&] { arrived.append(results.searchedFor()); });
        auto run = [&](const QString &text, std::optional<RecordType> type = std::nullopt) {
            SearchQuery query;
            query.text = text;
            query.type = type;
            results.search(query);
        };

        run(QStringLiteral("school"));
        QVERIFY(results.isSearching());
        QTRY_VERIFY(!results.isSearching());
        QVERIFY(results.rowCount() > 3);
        QVERIFY(results.total() >= results.rowCount());
        QVERIFY(results.whyNothing().isEmpty());
        QVERIFY(results.error().isEmpty());
        const QModelIndex first = results.index(0, 0);
        QVERIFY(!first.data(SearchResultsModel::TitleRole).toString().isEmpty());
        QCOMPARE(first.data(Qt::DisplayRole), first.data(SearchResultsModel::TitleRole));
        QVERIFY(recordTypeWords().contains(first.data(SearchResultsModel::TypeWordRole).toString()));
        QVERIFY(!first.data(SearchResultsModel::KeyRole).toString().isEmpty());
        QVERIFY(first.data(SearchResultsModel::IdRole).toLongLong() > 0);
        QVERIFY(first.data(SearchResultsModel::ScoreRole).toDouble() > 0);
        QVERIFY2(first.data(SearchResultsModel::SnippetRole).toString().contains(QLatin1String("<b>")),
                 qPrintable(first.data(SearchResultsModel::SnippetRole).toString()));
        QCOMPARE(first.data(SearchResultsModel::SourceRole).toString(),
                 first.data(SearchResultsModel::TypeNameRole).toString() + QStringLiteral(": ") + first.data(SearchResultsModel::TitleRole).toString());
        QCOMPARE(results.facets().isEmpty(), false);

        // An unknown word: "did you mean", and the results of the correction.
        run(QStringLiteral("scholl"));
        QTRY_VERIFY(!results.isSearching());
        QCOMPARE(results.suggestion(), QStringLiteral("school"));
        QVERIFY(results.corrected());
        QVERIFY(results.rowCount() > 0);

        // Nothing found: a sentence saying why.
        run(QStringLiteral("xqzzyv"));
        QTRY_VERIFY(!results.isSearching());
        QCOMPARE(results.rowCount(), 0);
        QVERIFY2(results.whyNothing().contains(QLatin1String("\"xqzzyv\"")), qPrintable(results.whyNothing()));
        run(QStringLiteral("citty:bologna"));
        QTRY_VERIFY(!results.isSearching());
        QCOMPARE(results.rowCount(), 0);
        QVERIFY(!results.error().isEmpty());
        QCOMPARE(results.whyNothing(), results.error());
        QVERIFY2(results.error().contains(QLatin1String("citty")), qPrintable(results.error()));

        // Where a hit comes from: an interview's question.
        run(QStringLiteral("how can other cities join"), RecordType::Response);
        QTRY_VERIFY(!results.isSearching());
        QVERIFY(results.rowCount() > 0);
        const QString source = results.index(0, 0).data(SearchResultsModel::SourceRole).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^Interview: .+, question \\d+: .+")).match(source).hasMatch(), qPrintable(source));

        // Two searches in a row: the second's results stay, the first's answer is dropped.
        arrived.clear();
        run(QStringLiteral("school"));
        run(QStringLiteral("Bologna"));
        QTRY_VERIFY(!results.isSearching());
        QTest::qWait(200);
        QCOMPARE(results.searchedFor(), QStringLiteral("Bologna"));
        QVERIFY(!arrived.isEmpty());
        QVERIFY2(!arrived.contains(QStringLiteral("school")), qPrintable(arrived.join(QLatin1Char('|'))));
        QVERIFY(keysShown(results, SearchResultsModel::KeyRole).contains(QStringLiteral("bologna")));
    }

    void sourcesOfDocumentSections()
    {
        SearchHit hit;
        hit.type = RecordType::Document;
        hit.title = QStringLiteral("A study");
        hit.part = HitPart::Section;
        hit.partNumber = 7;
        hit.context = QStringLiteral("Section: 2.4 Fees (page 12)");
        QCOMPARE(SearchResultsModel::source(hit), QStringLiteral("Document: A study, section 2.4 Fees (page 12)"));
        hit.context = QStringLiteral("Section 7");
        QCOMPARE(SearchResultsModel::source(hit), QStringLiteral("Document: A study, section 7"));
        hit.context = QStringLiteral("Section 7 (page 3)");
        QCOMPARE(SearchResultsModel::source(hit), QStringLiteral("Document: A study, section 7 (page 3)"));
        hit.type = RecordType::Response;
        hit.title = QStringLiteral("CHANGE! questionnaire: Eurotowns");
        hit.part = HitPart::Answer;
        hit.partNumber = 3;
        hit.context = QStringLiteral("Question 3: Does your organisation deal with it?");
        QCOMPARE(SearchResultsModel::source(hit),
                 QStringLiteral("Interview: CHANGE! questionnaire: Eurotowns, question 3: Does your organisation deal with it?"));
    }

    void facetsIncludeAndExclude()
    {
        SessionHost host;
        QVERIFY(open(host, freshKb()));
        FacetModel facets;
        QAbstractItemModelTester facetTester(&facets, Tester);
        QAbstractItemModelTester chipTester(facets.chips(), Tester);
        SearchResultsModel results(host);
        results.setFacetModel(&facets);
        auto run = [&] {
            SearchQuery query;
            query.text = QStringLiteral("school");
            query.limit = 100;
            facets.applyTo(query);
            results.search(query);
        };
        connect(&facets, &FacetModel::filtersChanged, &results, run);
        QSignalSpy filtersChanged(&facets, &FacetModel::filtersChanged);

        QCOMPARE(facets.rowCount(), int(FacetModel::fields().size()));
        QCOMPARE(facets.index(0, 0).data().toString(), QStringLiteral("Theme"));
        run();
        QTRY_VERIFY(!results.isSearching());
        QVERIFY(results.totalExact());
        const qint64 all = results.total();
        QStringList allKeys = keysShown(results, SearchResultsModel::KeyRole);
        QCOMPARE(allKeys.size(), int(all));

        QModelIndex bologna = facetValue(facets, QStringLiteral("city"), QStringLiteral("bologna"));
        QVERIFY(bologna.isValid());
        QCOMPARE(bologna.data().toString(), QStringLiteral("Bologna"));
        const qint64 inBologna = bologna.data(FacetModel::CountRole).toLongLong();
        QVERIFY(inBologna > 0 && inBologna < all);
        QCOMPARE(bologna.siblingAtColumn(1).data().toLongLong(), inBologna);
        QCOMPARE(bologna.data(FacetModel::StateRole).toInt(), int(FacetModel::State::Neutral));
        QVERIFY(allKeys.contains(QStringLiteral("bologna")));

        // First click: only Bologna.
        QVERIFY(facets.toggle(bologna));
        QCOMPARE(filtersChanged.size(), 1);
        QCOMPARE(facets.activeFilters().size(), 1);
        QCOMPARE(facets.activeFilters().first().excluded, false);
        QCOMPARE(facets.includedFacets().size(), 1);
        QCOMPARE(facets.includedFacets().first().value, QStringLiteral("bologna"));
        QVERIFY(facets.exclusionText().isEmpty());
        QCOMPARE(facets.chips()->rowCount(), 1);
        QCOMPARE(facets.chips()->index(0, 0).data().toString(), QStringLiteral("City: Bologna"));
        QTRY_VERIFY(!results.isSearching());
        QCOMPARE(results.total(), inBologna);
        QVERIFY(keysShown(results, SearchResultsModel::KeyRole).contains(QStringLiteral("bologna")));
        bologna = facetValue(facets, QStringLiteral("city"), QStringLiteral("bologna"));
        QCOMPARE(bologna.data(FacetModel::StateRole).toInt(), int(FacetModel::State::Included));

        // Second click: everything but Bologna.
        QVERIFY(facets.toggle(bologna));
        QCOMPARE(facets.activeFilters().first().excluded, true);
        QVERIFY(facets.includedFacets().isEmpty());
        QCOMPARE(facets.exclusionText(), QStringLiteral("-city:bologna"));
        QCOMPARE(facets.chips()->index(0, 0).data().toString(), QStringLiteral("City: not Bologna"));
        QTRY_VERIFY(!results.isSearching());
        QVERIFY(results.totalExact());
        QCOMPARE(results.total(), all - inBologna);
        const QStringList withoutBologna = keysShown(results, SearchResultsModel::KeyRole);
        QVERIFY(!withoutBologna.contains(QStringLiteral("bologna")));
        for (const QString &key : withoutBologna)
            QVERIFY(allKeys.contains(key));
        // The excluded value stays in the browser (the results no longer hold it) to be cleared.
        bologna = facetValue(facets, QStringLiteral("city"), QStringLiteral("bologna"));
        QVERIFY(bologna.isValid());
        QCOMPARE(bologna.data(FacetModel::StateRole).toInt(), int(FacetModel::State::Excluded));
        QCOMPARE(bologna.data(FacetModel::CountRole).toLongLong(), 0);

        // Third click: back to all.
        QVERIFY(facets.toggle(bologna));
        QVERIFY(facets.activeFilters().isEmpty());
        QCOMPARE(facets.chips()->rowCount(), 0);
        QTRY_VERIFY(!results.isSearching());
        QCOMPARE(results.total(), all);

        // Two fields combine; a chip's remove() clears its filter.
        const QModelIndex theme = facets.index(0, 0);
        QVERIFY(facets.rowCount(theme) > 0);
        const QString firstTheme = facets.index(0, 0, theme).data(FacetModel::ValueRole).toString();
        QVERIFY(facets.toggle(facets.index(0, 0, theme)));
        QVERIFY(!facets.toggle(theme)); // a field is no value
        facets.setState(QStringLiteral("city"), QStringLiteral("bologna"), FacetModel::State::Excluded);
        QCOMPARE(facets.chips()->rowCount(), 2);
        QCOMPARE(facets.exclusionText(), QStringLiteral("-city:bologna"));
        QCOMPARE(facets.includedFacets().first().field, QStringLiteral("theme"));
        SearchQuery query;
        query.text = QStringLiteral("school");
        facets.applyTo(query);
        QCOMPARE(query.text, QStringLiteral("school -city:bologna"));
        QCOMPARE(query.facets.size(), 1);
        QCOMPARE(query.facets.first().value, firstTheme);
        filtersChanged.clear();
        facets.chips()->remove(1);
        QCOMPARE(filtersChanged.size(), 1);
        QCOMPARE(facets.state(QStringLiteral("city"), QStringLiteral("bologna")), FacetModel::State::Neutral);
        QCOMPARE(facets.chips()->rowCount(), 1);
        facets.clearFilters();
        QCOMPARE(facets.chips()->rowCount(), 0);
        QTRY_VERIFY(!results.isSearching());
        QCOMPARE(results.total(), all);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
