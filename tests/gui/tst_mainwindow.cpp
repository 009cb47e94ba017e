// The main window on the offscreen platform: it opens a KB and shows its record counts.
#include "app/knowledgebase.h"
#include "gui/mainwindow.h"

#include <QApplication>
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
    void showsRecordCounts()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir tmp;
        auto kb = KnowledgeBase::create(tmp.filePath(QStringLiteral("kb")), qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb.ok(), qPrintable(kb.error()));
        MainWindow window(*kb.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *table = window.findChild<QTableWidget *>(QStringLiteral("countsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(allRecordTypes().size()));
        int practicesRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("Practices"))
                practicesRow = row;
        }
        QVERIFY(practicesRow >= 0);
        const qint64 practices = kb.value()->store().count(RecordType::Practice).value();
        QCOMPARE(table->item(practicesRow, 1)->text(), QString::number(practices));

        // A record added elsewhere shows after a refresh.
        QVERIFY(kb.value()->store().create(RecordType::Practice, QJsonObject{{"key", "new-one"}, {"title", "New"}}).ok());
        window.refreshCounts();
        QTRY_COMPARE(table->item(practicesRow, 1)->text(), QString::number(practices + 1));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("revision")));

        // For a person to look at: CITYKB_SCREENSHOTS=DIR keeps a picture of the window.
        const QString shots = qEnvironmentVariable("CITYKB_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
