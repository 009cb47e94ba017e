// The main window on the offscreen platform: it opens a KB through the session host (off the
// GUI thread), shows its record counts and follows the change stream.
#include "app/editservice.h"
#include "app/sessionhost.h"
#include "gui/mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QChartView>
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
        QTreeWidgetItem *records = tree->topLevelItem(0);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
