// The questionnaire windows on the offscreen platform (issue 12): the template editor (kinds,
// reorder by keys and by drag, undo and redo, save, publish, a new version, comparing versions),
// the comparison of the seed study's six responses, and the export dialog.
#include "app/knowledgebase.h"
#include "app/questionnaireservice.h"
#include "app/sessionhost.h"
#include "gui/mainwindow.h"
#include "gui/questionnaireeditor.h"
#include "gui/questionnairemenu.h"
#include "gui/responsecomparisonview.h"
#include "gui/responseexportdialog.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace citykb;

namespace {

constexpr int Wait = 30000; // the machine is shared: answers from the session may take a while
const QString seedQuestionnaire = QStringLiteral("change-people-powered-public-services");

// Rows of an RFC 4180 text: line breaks inside quoted cells do not end a row.
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QStringList wordings(const QuestionnaireView &q)
{
    QStringList list;
    for (const Question &question : q.questions)
        list.append(question.text);
    return list;
}

} // namespace

class TestQuestionnaireWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<SessionHost> m_host;

    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // Adds a question after the selected one with this wording and kind, through the widgets.
    void addQuestion(QuestionnaireEditor &editor, const QString &wording, const QString &kind)
    {
        QTest::mouseClick(child<QPushButton>(&editor, "addButton"), Qt::LeftButton);
        auto *wordingEdit = child<QPlainTextEdit>(&editor, "wordingEdit");
        QVERIFY(wordingEdit->hasFocus());
        QTest::keyClicks(wordingEdit, wording);
        auto *kindBox = child<QComboBox>(&editor, "kindBox");
        kindBox->setCurrentIndex(kindBox->findData(kind));
        QCOMPARE(editor.edited().questions.at(editor.currentPosition()).kind, kind);
    }

    // The questionnaire as the store holds it.
    QuestionnaireView stored(const QString &key)
    {
        std::optional<Result<QuestionnaireView>> read;
        m_host->read<QuestionnaireView>(
            this, [key](KnowledgeBase &kb) { return QuestionnaireService(kb).questionnaire(key); },
            [&read](const Result<QuestionnaireView> &q) { read = q; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, Wait) || !read->ok())
            return {};
        return read->value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_host = test::openSeededSession(m_tmp.filePath(QStringLiteral("kb")), problem);
        QVERIFY2(m_host, qPrintable(problem));
    }

    void cleanupTestCase() { m_host.reset(); }

    // A template made, reordered, undone and redone, saved, published, edited into version 2
    // and compared with version 1.
    void editorMakesPublishesAndVersionsATemplate()
    {
        QuestionnaireEditor editor(*m_host, {});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.isLoaded());
        auto *title = child<QLineEdit>(&editor, "titleEdit");
        auto *list = child<QListWidget>(&editor, "questionList");
        auto *saveButton = child<QPushButton>(&editor, "saveButton");
        auto *publishButton = child<QPushButton>(&editor, "publishButton");
        auto *problems = child<QLabel>(&editor, "problemLabel");
        QVERIFY(editor.saveProblems().contains(QStringLiteral("The questionnaire needs a title.")));
        QVERIFY(!saveButton->isEnabled());

        QTest::keyClicks(title, QStringLiteral("Member survey"));
        QCOMPARE(editor.edited().title, QStringLiteral("Member survey"));
        addQuestion(editor, QStringLiteral("What does your network do?"), QStringLiteral("free_text"));
        QTest::mouseClick(child<QCheckBox>(&editor, "requiredBox"), Qt::LeftButton);
        QVERIFY(editor.edited().questions.first().required);
        addQuestion(editor, QStringLiteral("Do you run working groups?"), QStringLiteral("yes_no"));
        addQuestion(editor, QStringLiteral("Which themes do you work on?"), QStringLiteral("multiple_choice"));
        // Inline validation: a choice question without choices cannot be published.
        QVERIFY(problems->text().contains(QLatin1String("Question 3 needs two choices or more")));
        QVERIFY(!publishButton->isEnabled());
        QVERIFY(saveButton->isEnabled());
        QVERIFY(!list->item(2)->icon().isNull());
        auto *choices = child<QPlainTextEdit>(&editor, "choicesEdit");
        QTest::keyClicks(choices, QStringLiteral("Housing"));
        QTest::keyClick(choices, Qt::Key_Return);
        QTest::keyClicks(choices, QStringLiteral("Mobility"));
        QTest::keyClick(choices, Qt::Key_Return);
        QTest::keyClicks(choices, QStringLiteral("Energy"));
        QCOMPARE(editor.edited().questions.at(2).choices, (QStringList{"Housing", "Mobility", "Energy"}));
        QVERIFY(publishButton->isEnabled());
        QVERIFY(list->item(2)->icon().isNull());
        addQuestion(editor, QStringLiteral("When was the network founded?"), QStringLiteral("date"));
        addQuestion(editor, QStringLiteral("Who is your contact?"), QStringLiteral("contact_details"));
        QTest::keyClicks(child<QLineEdit>(&editor, "helpEdit"), QStringLiteral("Name, e-mail and phone"));
        QCOMPARE(editor.edited().questions.size(), 5);
        QCOMPARE(editor.edited().questions.at(4).help, QStringLiteral("Name, e-mail and phone"));

        // Reorder by keys: the date question goes up one place (Alt+Up), then back (Alt+Down).
        editor.setCurrentPosition(3);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(editor.edited().questions.at(2).text, QStringLiteral("When was the network founded?"));
        QCOMPARE(editor.currentPosition(), 2);
        QVERIFY(list->item(2)->text().startsWith(QLatin1String("3. When was the network founded?")));
        const int steps = editor.undoStack()->count();

        // Undo (Ctrl+Z) takes the move back, redo (Ctrl+Shift+Z) makes it again.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.edited().questions.at(3).text, QStringLiteral("When was the network founded?"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.edited().questions.at(2).text, QStringLiteral("When was the network founded?"));
        QCOMPARE(editor.undoStack()->count(), steps);
        // Also while a text field has the focus: the title's typing is one step of the editor's.
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral(" 2024"));
        QCOMPARE(editor.edited().title, QStringLiteral("Member survey 2024"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.edited().title, QStringLiteral("Member survey"));
        QCOMPARE(title->text(), QStringLiteral("Member survey"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(title->text(), QStringLiteral("Member survey 2024"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);

        // A drop moves the list's rows: the template follows, as an undoable step.
        QVERIFY(list->model()->moveRow(QModelIndex(), 0, QModelIndex(), 2));
        QTRY_COMPARE(editor.edited().questions.at(1).text, QStringLiteral("What does your network do?"));
        editor.undoStack()->undo();
        QCOMPARE(editor.edited().questions.at(0).text, QStringLiteral("What does your network do?"));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toInt(), editor.edited().questions.at(0).number);

        // Save: version 1, a draft, with numbers from the store.
        QSignalSpy saved(&editor, &QuestionnaireEditor::saved);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, Wait);
        const QString v1 = editor.stored().key;
        QCOMPARE(v1, QStringLiteral("member-survey"));
        QCOMPARE(editor.stored().version, 1);
        QCOMPARE(editor.stored().status, QStringLiteral("draft"));
        QVERIFY(!editor.hasUnsavedChanges());
        QVERIFY(!saveButton->isEnabled());
        const QuestionnaireView first = stored(v1);
        QCOMPARE(wordings(first), wordings(editor.edited()));
        QCOMPARE(first.questions.at(1).choices, (QStringList{"yes", "no"})); // yes/no gets its two
        QCOMPARE(first.questions.at(4).kind, QStringLiteral("contact_details"));
        for (const Question &q : first.questions)
            QVERIFY(q.number > 0);

        // Publish freezes it.
        QSignalSpy published(&editor, &QuestionnaireEditor::published);
        editor.publish();
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, Wait);
        QCOMPARE(stored(v1).status, QStringLiteral("published"));
        auto *banner = child<QLabel>(&editor, "versionBanner");
        QVERIFY2(banner->text().contains(QLatin1String("makes version 2")), qPrintable(banner->text()));

        // Editing the published version makes version 2: reword, remove, add, move.
        editor.setCurrentPosition(0);
        auto *wording = child<QPlainTextEdit>(&editor, "wordingEdit");
        wording->moveCursor(QTextCursor::End);
        QTest::keyClicks(wording, QStringLiteral(" Please describe it."));
        editor.removeQuestion(2); // the date question
        editor.setCurrentPosition(editor.edited().questions.size() - 1);
        addQuestion(editor, QStringLiteral("How many members does it have?"), QStringLiteral("number"));
        editor.moveQuestion(1, 0); // the yes/no question first
        QVERIFY(editor.hasUnsavedChanges());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, Wait);
        const QString v2 = editor.stored().key;
        QVERIFY(v2 != v1);
        QCOMPARE(editor.stored().version, 2);
        QCOMPARE(editor.stored().status, QStringLiteral("draft"));
        QCOMPARE(stored(v1).questions.size(), 5); // version 1 stays as it was
        QCOMPARE(stored(v1).questions.first().text, QStringLiteral("What does your network do?"));
        QCOMPARE(stored(v2).questions.size(), 5);
        QCOMPARE(stored(v2).questions.first().text, QStringLiteral("Do you run working groups?"));
        QCOMPARE(child<QListWidget>(&editor, "versionList")->count(), 2);
        // A question kept its number into version 2; the new one has a number never used.
        QCOMPARE(stored(v2).questions.first().number, first.questions.at(1).number);
        int highest = 0;
        for (const Question &q : first.questions)
            highest = std::max(highest, q.number);
        QCOMPARE(stored(v2).questions.last().number, highest + 1);

        // Compare versions: readable sentences for each kind of change.
        QSignalSpy compared(&editor, &QuestionnaireEditor::compared);
        QTest::mouseClick(child<QPushButton>(&editor, "compareButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, Wait);
        const QString text = child<QTextBrowser>(&editor, "comparisonBrowser")->toPlainText();
        QVERIFY2(text.contains(QLatin1String("From version 1 to version 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Removed question 3: “When was the network founded?”")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Added as question 5: “How many members does it have?” (number)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("reworded: was “What does your network do?”")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("moved from place")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("3 questions asked as before.")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("{"))); // no raw data
    }

    // Closing with unsaved changes asks first; the template is not lost silently.
    void editorOpensTheLatestVersionOfTheSeed()
    {
        QuestionnaireEditor editor(*m_host, seedQuestionnaire);
        editor.show();
        QTRY_VERIFY_WITH_TIMEOUT(editor.isLoaded(), Wait);
        QCOMPARE(editor.edited().questions.size(), 11);
        QCOMPARE(editor.stored().status, QStringLiteral("published"));
        QCOMPARE(child<QListWidget>(&editor, "questionList")->count(), 11);
        QVERIFY(child<QLabel>(&editor, "versionBanner")->text().contains(QLatin1String("published and frozen")));
        QVERIFY(!child<QPushButton>(&editor, "saveButton")->isEnabled());
    }

    // The seed study's six responses side by side, counted, filtered, turned round.
    void comparisonCountsTheSeedResponses()
    {
        ResponseComparisonView view(*m_host, seedQuestionnaire);
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), Wait);
        QCOMPARE(view.comparison().responses.size(), 6);
        auto *table = child<QTableWidget>(&view, "answerTable");
        QCOMPARE(table->rowCount(), 11);
        QCOMPARE(table->columnCount(), 6 + 2);
        // Question 4 (familiar with the approach?): five yes, one no; question 10: two and two.
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("yes 5 · no 1"));
        QCOMPARE(table->item(9, 1)->text(), QStringLiteral("yes 2 · no 2"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("6 of 6 answered"));
        // A long answer: wrapped in the cell, in full in its tooltip and in the pane below.
        QTableWidgetItem *longest = nullptr;
        for (int column = 2; column < table->columnCount(); ++column) {
            if (!longest || table->item(1, column)->text().size() > longest->text().size())
                longest = table->item(1, column);
        }
        QVERIFY(longest->text().size() > 200);
        QVERIFY(table->wordWrap());
        QVERIFY(longest->toolTip().contains(longest->text().left(100).toHtmlEscaped()));
        table->setCurrentItem(longest);
        QVERIFY(child<QTextBrowser>(&view, "answerDetail")->toPlainText().contains(longest->text().left(100)));

        // The chart: one bar per counted question, split into yes and no.
        QChart *chart = view.chart();
        QCOMPARE(chart->series().size(), 1);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("yes"));
        // Counted: 3, 4, 8 and 10 (yes/no questions), drawn bottom-up so that 3 stands on top;
        // question 4 is the third bar from the bottom.
        QCOMPARE(series->barSets().at(0)->count(), 4);
        QCOMPARE(series->barSets().at(0)->at(2), 5.0);
        QCOMPARE(series->barSets().at(1)->at(2), 1.0);
        QCOMPARE(series->barSets().at(0)->at(0), 2.0); // question 10: two yes
        QCOMPARE(series->barSets().at(1)->at(0), 2.0); // and two no

        // Two networks only: their counts.
        QSignalSpy loaded(&view, &ResponseComparisonView::loaded);
        view.setSubjectFilter({QStringLiteral("eurotowns"), QStringLiteral("errin")});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1 && view.comparison().responses.size() == 2, Wait);
        QCOMPARE(table->columnCount(), 2 + 2);
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("yes 1 · no 1"));
        // And two questions only.
        view.setQuestionFilter({4, 10});
        QTRY_VERIFY_WITH_TIMEOUT(view.comparison().questions.size() == 2, Wait);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("yes 1 · no 1"));

        // The other way round: responses down, questions across, the counts on top.
        view.setOrientation(ResponseComparisonView::Orientation::ResponsesDown);
        QCOMPARE(table->rowCount(), 2 + 1);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("yes 1 · no 1"));
        QVERIFY(child<QCheckBox>(&view, "swapBox")->isChecked());

        // The filter list unchecked by hand shows nothing rather than everything.
        loaded.clear();
        view.setSubjectFilter({QStringLiteral("no-such-network")});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && view.comparison().responses.isEmpty(), Wait);
        view.setSubjectFilter({});
        view.setQuestionFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(view.comparison().responses.size() == 6 && view.comparison().questions.size() == 11, Wait);
    }

    // The export dialog writes a CSV with a row per response, without personal data by default.
    void exportDialogWritesTheRows()
    {
        ResponseExportDialog dialog(*m_host, seedQuestionnaire, QStringLiteral("People-powered public services"));
        dialog.show();
        auto *personal = child<QCheckBox>(&dialog, "personalDataBox");
        QVERIFY(!personal->isChecked());
        const QString file = m_tmp.filePath(QStringLiteral("responses.csv"));
        dialog.setFile(m_tmp.filePath(QStringLiteral("responses.json")));
        dialog.setFormat(TableFormat::Xlsx);
        QCOMPARE(child<QLineEdit>(&dialog, "fileEdit")->text(), m_tmp.filePath(QStringLiteral("responses.xlsx")));
        dialog.setFormat(TableFormat::Csv);
        QCOMPARE(child<QLineEdit>(&dialog, "fileEdit")->text(), file); // the extension follows the format
        QSignalSpy finished(&dialog, &ResponseExportDialog::finished);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("Exported 6 responses")));
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QLatin1String("without e-mail addresses")));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = csvRows(QString::fromUtf8(csv.readAll()));
        QCOMPARE(rows.size(), 1 + 6);
        QString all;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), rows.first().size());
            all += row.join(QLatin1Char('|'));
        }
        for (const char *network : {"Eurotowns", "ERRIN", "EUKN", "Citymart", "ENoLL", "Eurocities"})
            QVERIFY2(all.contains(QLatin1String(network)), network);
        QVERIFY(!all.contains(QRegularExpression(QStringLiteral("[\\w.]+@[\\w-]+\\.[a-z]{2,}"))));

        // A folder that does not exist: a clear message, no file.
        finished.clear();
        dialog.setFile(m_tmp.filePath(QStringLiteral("missing/responses.csv")));
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().startsWith(QLatin1String("The export failed: ")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("missing/responses.csv"))));
    }

    // The window's Questionnaires menu acts on the questionnaire it shows.
    void windowMenuOpensTheViews()
    {
        MainWindow window(*m_host, m_tmp.filePath(QStringLiteral("kb")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QuestionnaireMenu *>();
        QVERIFY(menu);
        window.openRecord(RecordType::Questionnaire, seedQuestionnaire);
        window.findChild<QAction *>(QStringLiteral("actionCompareResponses"))->trigger();
        ResponseComparisonView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = window.findChild<ResponseComparisonView *>()) != nullptr, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), Wait);
        QCOMPARE(view->comparison().responses.size(), 6);
        view->close();
        // Edit > Edit Record on a questionnaire opens the template editor, not the plain form.
        window.editRecord(RecordType::Questionnaire, seedQuestionnaire);
        QuestionnaireEditor *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window.findChild<QuestionnaireEditor *>()) != nullptr, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), Wait);
        QCOMPARE(editor->stored().key, seedQuestionnaire);
        editor->close();
        window.findChild<QAction *>(QStringLiteral("actionExportResponses"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ResponseExportDialog *>() != nullptr, Wait);
    }
};

QTEST_MAIN(TestQuestionnaireWindow)
#include "tst_questionnairewindow.moc"
