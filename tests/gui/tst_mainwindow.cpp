// The main window on the offscreen platform: it opens a KB through the session host (off the
// GUI thread), shows its record counts and follows the change stream.
#include "app/editservice.h"
#include "app/sessionhost.h"
#include "gui/mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
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

        auto *table = window.findChild<QTableWidget *>(QStringLiteral("countsTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), int(allRecordTypes().size()));
        int practicesRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("Practices"))
                practicesRow = row;
        }
        QVERIFY(practicesRow >= 0);
        const int practices = table->item(practicesRow, 1)->text().toInt();
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
        QTRY_COMPARE(table->item(practicesRow, 1)->text(), QString::number(practices + 1));
        QCOMPARE(changed.size(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("revision")));

        // For a person to look at: CITYKB_SCREENSHOTS=DIR keeps a picture of the window.
        const QString shots = qEnvironmentVariable("CITYKB_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
