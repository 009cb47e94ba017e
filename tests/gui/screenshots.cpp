// Pictures of the window's main views on a freshly seeded KB, for docs/user-guide.md. Run by
// scripts/screenshots.sh (offscreen); each picture is taken once its view has filled. With
// --language LANG, the window speaks LANG and only the overview and the practice list with a
// practice open are taken, as overview-LANG.png and practices-LANG.png.
#include "app/sessionhost.h"
#include "app/translations.h"
#include "gui/appearance.h"
#include "gui/briefingdialog.h"
#include "gui/mainwindow.h"
#include "gui/networkfinderwidget.h"
#include "gui/peerswidget.h"
#include "gui/questionnaireeditor.h"
#include "gui/recordeditor.h"
#include "gui/responseform.h"
#include "gui/workplaneditor.h"
#include "gui/responsecomparisonview.h"
#include "gui/searchresultsmodel.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QScrollArea>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <cstdio>
#include <cstring>
#include <functional>

using namespace citykb;

namespace {

// Says what went wrong; returns the exit code of a failed run.
int fail(const QString &message)
{
    std::fprintf(stderr, "citykb-screenshots: %s\n", qPrintable(message));
    return 1;
}

// Waits until `ready` holds, then lets the window paint and saves it as `name` in `outDir`.
bool shoot(MainWindow &window, const QString &outDir, const QString &name, const std::function<bool()> &ready)
{
    if (!QTest::qWaitFor(ready, 60000)) {
        fail(QStringLiteral("the view for %1 did not fill within a minute.").arg(name));
        return false;
    }
    QTest::qWait(400); // the charts animate and the delegates lay out on the next turns
    const QString path = QDir(outDir).filePath(name);
    if (!window.grab().save(path)) {
        fail(QStringLiteral("could not write %1.").arg(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool translated = argc == 4 && std::strcmp(argv[2], "--language") == 0;
    if (argc != 2 && !translated) {
        std::fprintf(stderr, "usage: citykb-screenshots OUTPUT_DIR [--language LANG]\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString language = translated ? Translations::install(QString::fromLocal8Bit(argv[3])) : Translations::install(QStringLiteral("en"));
    if (!QDir().mkpath(outDir))
        return fail(QStringLiteral("could not create %1.").arg(outDir));
    // The window remembers its layout; the pictures must not read or change a user's settings.
    QStandardPaths::setTestModeEnabled(true);

    // A fixed folder: the window's title and status bar show it, and the pictures stay the same.
    const QString kbDir = QDir::temp().filePath(QStringLiteral("citykb-screenshots/kb"));
    QDir(kbDir).removeRecursively();
    SessionHost host;
    bool opened = false;
    Status openStatus;
    QObject::connect(&host, &SessionHost::opened, &app, [&](const Status &status) {
        opened = true;
        openStatus = status;
    });
    host.open(kbDir, SessionHost::OpenMode::Create, QStringLiteral(CITYKB_SOURCE_DATA_DIR));
    if (!QTest::qWaitFor([&] { return opened; }, 120000))
        return fail(QStringLiteral("the seed KB did not open within two minutes."));
    if (!openStatus.ok())
        return fail(openStatus.error());

    MainWindow window(host, kbDir);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window did not show."));

    auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
    auto *resultsView = window.findChild<QListView *>(QStringLiteral("resultsView"));
    auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    auto *finder = window.findChild<NetworkFinderWidget *>();
    if (!table || !resultsView || !detail || !finder)
        return fail(QStringLiteral("the window lacks a view the pictures need."));
    auto *results = qobject_cast<SearchResultsModel *>(resultsView->model());

    if (translated) {
        const QString suffix = QLatin1Char('-') + language + QStringLiteral(".png");
        bool ok = shoot(window, outDir, QStringLiteral("overview") + suffix,
                        [&] { return window.findChildren<QChartView *>().size() == 4; });
        window.showType(RecordType::Practice);
        window.openRecord(RecordType::Practice, QStringLiteral("birmingham-apprenticeship-scheme"));
        ok = ok && shoot(window, outDir, QStringLiteral("practices") + suffix, [&] {
            return table->isVisible() && table->model()->rowCount() > 20
                   && detail->toPlainText().contains(QLatin1String("Apprenticeship"));
        });
        return ok ? 0 : 1;
    }

    bool ok = shoot(window, outDir, QStringLiteral("overview.png"),
                    [&] { return window.findChildren<QChartView *>().size() == 4; });

    window.showType(RecordType::Practice);
    ok = ok && shoot(window, outDir, QStringLiteral("practices.png"), [&] {
        return table->isVisible() && table->model()->rowCount() > 20
               && !table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("…"));
    });

    window.showOverview(); // the search then spans every type
    window.search(QStringLiteral("youth employment"));
    ok = ok && shoot(window, outDir, QStringLiteral("search.png"), [&] {
        return results && resultsView->isVisible() && !results->isSearching() && results->rowCount() > 0;
    });

    window.openRecord(RecordType::Network, QStringLiteral("eurotowns"));
    ok = ok && shoot(window, outDir, QStringLiteral("network.png"),
                     [&] { return detail->toPlainText().contains(QLatin1String("Eurotowns")); });

    // The briefing dialog on the network (as its page's context menu opens it), at the width
    // of the key facts.
    BriefingDialog *briefing = BriefingDialog::showFor(host, BriefingScope::network(QStringLiteral("Eurotowns")), &window);
    briefing->resize(1200, 900);
    ok = ok && QTest::qWaitFor([&] { return briefing->pageCount() > 2 && !briefing->isPreviewBuilding(); }, 60000);
    briefing->findChild<QComboBox *>(QStringLiteral("zoomCombo"))->setCurrentIndex(1); // fit width
    briefing->showPage(2);
    ok = ok && QTest::qWaitFor([&] { return briefing->currentPage() == 2 && !briefing->isPreviewBuilding(); }, 60000);
    QTest::qWait(500);
    {
        const QString path = QDir(outDir).filePath(QStringLiteral("briefing-dialog.png"));
        ok = ok && briefing->grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    briefing->close();

    window.showNetworkFinder();
    bool found = false;
    QObject::connect(finder, &NetworkFinderWidget::finished, &app, [&found] { found = true; });
    finder->find(QStringLiteral("NL"), 60000, QStringLiteral("city"));
    ok = ok && shoot(window, outDir, QStringLiteral("networkfinder.png"), [&] { return found; });

    auto *peers = window.findChild<PeersWidget *>();
    auto *peersTree = window.findChild<QTreeWidget *>(QStringLiteral("peersTree"));
    window.openRecord(RecordType::City, QStringLiteral("bologna"));
    ok = ok && peers && peersTree && QTest::qWaitFor([&] { return detail->toPlainText().contains(QLatin1String("Bologna")); }, 60000);
    window.showPeers();
    ok = ok && shoot(window, outDir, QStringLiteral("peers.png"), [&] { return peersTree->topLevelItemCount() > 0; });

    // The forms of a practice, a network and a working group (Edit > Edit Record).
    const QList<std::tuple<RecordType, QString, QString>> forms{
        {RecordType::Practice, QStringLiteral("birmingham-apprenticeship-scheme"), QStringLiteral("form-practice.png")},
        {RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("form-network.png")},
        {RecordType::WorkingGroup, QStringLiteral("smart-social-inclusion"), QStringLiteral("form-working-group.png")},
    };
    for (const auto &[type, key, name] : forms) {
        window.editRecord(type, key);
        RecordEditor *editor = nullptr;
        ok = ok && QTest::qWaitFor([&] {
                 for (RecordEditor *e : window.findChildren<RecordEditor *>()) {
                     if (e->isVisible() && e->isLoaded())
                         editor = e;
                 }
                 return editor != nullptr;
             }, 60000);
        if (!editor)
            return fail(QStringLiteral("the form for %1 did not fill.").arg(key));
        editor->resize(760, 900);
        // The hand-made parts: a network's eligibility and fees, a working group's work plan
        // with its second objective's actions.
        auto *area = editor->findChild<QScrollArea *>(QStringLiteral("fieldsArea"));
        if (type == RecordType::Network && area) {
            area->widget()->adjustSize();
            area->ensureWidgetVisible(editor->findChild<QWidget *>(QStringLiteral("field_fees")), 0, 0);
            area->ensureWidgetVisible(editor->findChild<QWidget *>(QStringLiteral("field_eligibility")), 0, 0);
        } else if (type == RecordType::WorkingGroup && area) {
            if (auto *plans = editor->findChild<WorkPlanEditor *>())
                plans->choose(0, 1);
            area->widget()->adjustSize();
            area->ensureWidgetVisible(editor->findChild<QWidget *>(QStringLiteral("field_work_plans")), 0, 0);
        }
        QTest::qWait(300);
        const QString path = QDir(outDir).filePath(name);
        ok = ok && editor->grab().save(path);
        std::printf("%s\n", qPrintable(path));
        editor->reject();
        QTest::qWait(100);
    }

    // The response form of a seed interview (Edit > Fill In / Continue Response).
    ResponseForm *form = ResponseForm::open(host, kbDir, QStringLiteral("change-questionnaire-citymart"), &window, 6);
    ok = ok && QTest::qWaitFor([form] { return form->isLoaded(); }, 60000);
    if (ok) {
        form->resize(760, 900);
        QTest::qWait(300);
        const QString path = QDir(outDir).filePath(QStringLiteral("response-form.png"));
        ok = form->grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    form->close();
    // The questionnaire editor and the comparison of the six interviews (Questionnaires menu).
    const QString study = QStringLiteral("change-people-powered-public-services");
    {
        QuestionnaireEditor editor(host, study, &window);
        editor.resize(1100, 760);
        editor.show();
        ok = ok && QTest::qWaitFor([&] { return editor.isLoaded(); }, 60000);
        editor.setCurrentPosition(3);
        QTest::qWait(300);
        const QString path = QDir(outDir).filePath(QStringLiteral("questionnaire-editor.png"));
        ok = ok && editor.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    {
        ResponseComparisonView view(host, study, &window);
        view.resize(1280, 820);
        view.show();
        ok = ok && QTest::qWaitFor([&] { return view.isLoaded(); }, 60000);
        // The contact details (question 1) stay out of the picture.
        view.setQuestionFilter({2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        ok = ok && QTest::qWaitFor([&] { return view.comparison().questions.size() == 10; }, 60000);
        if (auto *answers = view.findChild<QTableWidget *>(QStringLiteral("answerTable")))
            answers->setCurrentCell(1, 3); // a long answer, in full in the pane
        QTest::qWait(600); // the chart animates
        const QString path = QDir(outDir).filePath(QStringLiteral("responses-compare.png"));
        ok = ok && view.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }

    // The same window in the dark theme (View > Appearance > Dark).
    Appearance::setTheme(Appearance::Theme::Dark);
    window.showType(RecordType::Practice);
    window.openRecord(RecordType::Practice, QStringLiteral("birmingham-apprenticeship-scheme"));
    ok = ok && shoot(window, outDir, QStringLiteral("practices-dark.png"), [&] {
        return table->isVisible() && detail->toPlainText().contains(QLatin1String("Apprenticeship"));
    });

    return ok ? 0 : 1;
}
