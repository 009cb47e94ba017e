// The briefing dialog on the offscreen platform: what it is opened on (a network's page, the
// practices chosen in the list, a search), its live preview built on a reader thread, the
// personal-data box, and the export as a job, read back with pdfinfo.
#include "app/sessionhost.h"
#include "gui/briefingdialog.h"
#include "gui/mainwindow.h"
#include "gui/recordlistmodel.h"
#include "gui/searchresultsmodel.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QRegularExpression>

using namespace citykb;

namespace {

constexpr int wait = 30000; // the machine is shared: builds and searches may take a while

// Every text of a briefing, one per line.
QString allText(Briefing briefing)
{
    QStringList texts;
    forEachText(briefing, [&texts](QString &text) { texts.append(text); });
    return texts.join(QLatin1Char('\n'));
}

// The share of pixels that are not near white: a painted page has text and rules on it.
double inkShare(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 200)
                ++ink;
        }
    }
    return double(ink) / double(qint64(rgb.width()) * rgb.height());
}

} // namespace

class TestBriefingDialog : public QObject
{
    Q_OBJECT

private:
    test::SeededWindow m_seeded;

    // The dialog the window opened last (a closed one lingers until its deferred deletion).
    BriefingDialog *openDialog() const { return test::visibleChild<BriefingDialog>(*m_seeded.window); }

    void closeDialogs()
    {
        for (BriefingDialog *dialog : m_seeded.window->findChildren<BriefingDialog *>())
            dialog->close();
        QTRY_VERIFY(!openDialog());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_seeded.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_seeded.stop(); }

    // File > Export Briefing on a network's page is a briefing on that network, and its preview
    // shows the pages, one at a time.
    void openedOnANetworkPreviewsItsPages()
    {
        m_seeded.window->openRecord(RecordType::Network, QStringLiteral("eurotowns"));
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Eurotowns")), wait);
        auto *action = m_seeded.window->findChild<QAction *>(QStringLiteral("actionExportBriefing"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        action->trigger();
        BriefingDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->scope().toString(), QStringLiteral("network:Eurotowns"));
        QVERIFY(!dialog->personalData());
        QCOMPARE(dialog->format(), BriefingFormat::Pdf);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog->pageImage().isNull(), wait);
        QVERIFY2(dialog->previewError().isEmpty(), qPrintable(dialog->previewError()));
        QVERIFY(dialog->pageCount() > 1);
        QCOMPARE(dialog->currentPage(), 0);
        QVERIFY(dialog->previewBriefing());
        QCOMPARE(dialog->previewBriefing()->title, QStringLiteral("Eurotowns"));
        const QImage title = dialog->pageImage();
        QVERIFY2(inkShare(title) > 0.002, qPrintable(QString::number(inkShare(title))));
        QVERIFY(inkShare(title) < 0.5);
        // The page fits the preview: A4's proportions, no larger than the view.
        QVERIFY(qAbs(double(title.height()) / title.width() - 297.0 / 210.0) < 0.02);

        auto *next = dialog->findChild<QToolButton *>(QStringLiteral("nextButton"));
        QVERIFY(next && next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog->currentPage(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pageImage() != title, wait);
        QVERIFY(inkShare(dialog->pageImage()) > 0.002);
        closeDialogs();
    }

    // The box for e-mail addresses and phone numbers is off; ticking it rebuilds the preview
    // with them.
    void personalDataOnlyWhenTicked()
    {
        BriefingDialog dialog(*m_seeded.host, BriefingScope::network(QStringLiteral("Eurotowns")));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewBriefing() && !dialog.isPreviewBuilding(), wait);
        const QString without = allText(*dialog.previewBriefing());
        QVERIFY(without.contains(QStringLiteral("Leonie Hulshof")));
        QVERIFY(!without.contains(QStringLiteral("let.hulshof@schiedam.nl")));

        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("personalDataCheck"));
        QVERIFY(box && !box->isChecked());
        QCOMPARE(box->accessibleName(), QStringLiteral("Include personal data (e-mail addresses, phone numbers)"));
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(dialog.personalData());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewBriefing() && dialog.previewBriefing()->personalData && !dialog.isPreviewBuilding(), wait);
        QVERIFY(allText(*dialog.previewBriefing()).contains(QStringLiteral("let.hulshof@schiedam.nl")));

        dialog.setPersonalData(false);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewBriefing() && !dialog.previewBriefing()->personalData && !dialog.isPreviewBuilding(), wait);
        QVERIFY(!allText(*dialog.previewBriefing()).contains(QLatin1Char('@')));
    }

    // A build overtaken by a newer one is dropped: the preview is of the last scope asked.
    void anOlderBuildIsDropped()
    {
        BriefingDialog dialog(*m_seeded.host, BriefingScope::city(QStringLiteral("Bologna")));
        QSignalSpy changed(&dialog, &BriefingDialog::previewChanged);
        dialog.setScope(BriefingScope::workingGroup(QStringLiteral("Smart Social Inclusion")));
        dialog.setScope(BriefingScope::network(QStringLiteral("Eurotowns")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewBriefing() && !dialog.isPreviewBuilding(), wait);
        QCOMPARE(dialog.previewBriefing()->title, QStringLiteral("Eurotowns"));
        m_seeded.host->waitForIdle();
        QTest::qWait(200); // a late result of Bologna would arrive by now
        QCOMPARE(dialog.previewBriefing()->title, QStringLiteral("Eurotowns"));
        QVERIFY(!changed.isEmpty());
    }

    // HTML and Markdown show their text.
    void textFormatsShowTheirText()
    {
        BriefingDialog dialog(*m_seeded.host, BriefingScope::city(QStringLiteral("Bologna")));
        dialog.setFormat(BriefingFormat::Markdown);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewText().startsWith(QLatin1String("# Bologna")), wait);
        QCOMPARE(dialog.pageCount(), 0);
        dialog.setFormat(BriefingFormat::Html);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewText().contains(QLatin1String("<html")), wait);
        QVERIFY(dialog.previewText().contains(QLatin1String("Bologna")));
    }

    // A scope the KB has nothing on says so, and nothing can be exported.
    void aScopeWithoutDataSaysSo()
    {
        BriefingDialog dialog(*m_seeded.host, BriefingScope::network(QStringLiteral("Atlantis Cities")));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.previewError().isEmpty(), wait);
        QVERIFY2(dialog.previewError().contains(QLatin1String("Atlantis Cities")), qPrintable(dialog.previewError()));
        QCOMPARE(dialog.pageCount(), 0);
        QVERIFY(!dialog.previewBriefing());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("previewMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), dialog.previewError());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

        // An emptied name asks for one.
        dialog.setScope(BriefingScope::network({}));
        QTRY_COMPARE(dialog.previewError(), QStringLiteral("Type the name of a network."));
    }

    // The export runs as a job and writes a PDF a real reader takes; an unwritable path gets a
    // clear message and no file.
    void exportsAPdf()
    {
        BriefingDialog dialog(*m_seeded.host, BriefingScope::network(QStringLiteral("Eurotowns")));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.pageCount() > 1, wait);
        QSignalSpy finished(&dialog, &BriefingDialog::exportFinished);
        const QString file = m_seeded.dir.filePath(QStringLiteral("eurotowns.pdf"));
        dialog.exportTo(file);
        QVERIFY(dialog.isExporting());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("stopButton"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), wait);
        const Status status = finished.first().first().value<Status>();
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(!dialog.isExporting());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("eurotowns.pdf")));

        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        QVERIFY(info.waitForFinished(wait));
        QCOMPARE(info.exitCode(), 0);
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Title:\\s+Eurotowns"))), qPrintable(out));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), dialog.pageCount());

        finished.clear();
        const QString nowhere = m_seeded.dir.filePath(QStringLiteral("no-such-folder/eurotowns.pdf"));
        dialog.exportTo(nowhere);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), wait);
        const Status failed = finished.first().first().value<Status>();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("no-such-folder")), qPrintable(failed.error()));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), failed.error());
        QVERIFY(!QFile::exists(nowhere));
    }

    // The practices chosen in the list, through its context menu, are briefed by their ids.
    void openedOnSelectedPractices()
    {
        m_seeded.window->showType(RecordType::Practice);
        auto *table = m_seeded.window->findChild<QTableView *>(QStringLiteral("recordTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 2 && table->model()->index(1, 0).data(RecordListModel::IdRole).isValid(), wait);
        table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString first = QString::number(table->model()->index(0, 0).data(RecordListModel::IdRole).toLongLong());
        const QString third = QString::number(table->model()->index(2, 0).data(RecordListModel::IdRole).toLongLong());

        Q_EMIT table->customContextMenuRequested(QPoint(10, 10));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = test::visibleChild<QMenu>(*table)));
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Export Briefing on the 2 Selected Practices…"));
        menu->actions().first()->trigger();
        menu->close();
        BriefingDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->scope().toString(), QStringLiteral("practices:%1,%2").arg(first, third));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->previewBriefing() || !dialog->previewError().isEmpty(), wait);
        QVERIFY2(dialog->previewError().isEmpty(), qPrintable(dialog->previewError()));
        closeDialogs();

        // File > Export Briefing says the same while the selection is in view.
        m_seeded.window->findChild<QAction *>(QStringLiteral("actionExportBriefing"))->trigger();
        QVERIFY(openDialog());
        QCOMPARE(openDialog()->scope().toString(), QStringLiteral("practices:%1,%2").arg(first, third));
        closeDialogs();
    }

    // A search is briefed with its text (and its filters).
    void openedOnASearch()
    {
        m_seeded.window->showOverview();
        m_seeded.window->search(QStringLiteral("youth employment"));
        auto *results = m_seeded.window->findChild<QListView *>(QStringLiteral("resultsView"));
        auto *model = qobject_cast<SearchResultsModel *>(results->model());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isSearching(), wait);
        m_seeded.window->findChild<QAction *>(QStringLiteral("actionExportBriefing"))->trigger();
        BriefingDialog *dialog = openDialog();
        QVERIFY(dialog);
        // The network's page still open beside the results does not hide the search.
        QCOMPARE(dialog->scope().toString(), QStringLiteral("query:youth employment"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pageCount() > 1, wait);
        QVERIFY(dialog->previewBriefing()->title.contains(QLatin1String("youth employment")));
        closeDialogs();

        // In the record page beside the results, it is the open network's briefing.
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        m_seeded.window->activateWindow();
        browser->setFocus();
        QTRY_VERIFY(browser->hasFocus());
        QVERIFY(browser->toPlainText().contains(QLatin1String("Eurotowns")));
        m_seeded.window->findChild<QAction *>(QStringLiteral("actionExportBriefing"))->trigger();
        QVERIFY(openDialog());
        QCOMPARE(openDialog()->scope().toString(), QStringLiteral("network:Eurotowns"));
        closeDialogs();
    }

    // Facet values and record pages give their own scopes.
    void scopesOfFacetsAndRecords()
    {
        QCOMPARE(BriefingDialog::scopeForFacet(QStringLiteral("theme"), QStringLiteral("youth-employment"))->toString(),
                 QStringLiteral("theme:youth-employment"));
        QCOMPARE(BriefingDialog::scopeForFacet(QStringLiteral("success-factor"), QStringLiteral("partnership"))->toString(),
                 QStringLiteral("theme:partnership"));
        QCOMPARE(BriefingDialog::scopeForFacet(QStringLiteral("city"), QStringLiteral("bologna"))->toString(), QStringLiteral("city:bologna"));
        QVERIFY(!BriefingDialog::scopeForFacet(QStringLiteral("year"), QStringLiteral("2016")));
        QVERIFY(!BriefingDialog::scopeForFacet(QStringLiteral("theme"), QString()));
        QCOMPARE(BriefingDialog::scopeForRecord(RecordType::WorkingGroup, QStringLiteral("Smart Social Inclusion"))->toString(),
                 QStringLiteral("working-group:Smart Social Inclusion"));
        QVERIFY(!BriefingDialog::scopeForRecord(RecordType::Person, QStringLiteral("Leonie Hulshof")));
    }
};

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
