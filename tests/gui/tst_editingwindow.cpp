// Editing in the window (issue 10), on the offscreen platform: every record type created
// through its form, edited, deleted, restored from the trash, undone and redone, each step
// checked in the store; the hand-made parts of the forms (a network's fees and eligibility, a
// working group's work plans) round trip and say what is wrong before saving; an undo whose
// write fails leaves the undo stack where it was; a document's links added and removed by
// hand (undoable), and the "Mentioned in" part of the pages they lead to (issue 11).
#include "app/browseservice.h"
#include "app/editservice.h"
#include "app/knowledgebase.h"
#include "app/recordpageservice.h"
#include "app/sessionhost.h"
#include "core/validation.h"
#include "gui/documentlinksdialog.h"
#include "gui/eligibilityeditor.h"
#include "gui/feestable.h"
#include "gui/mainwindow.h"
#include "gui/recordeditor.h"
#include "gui/trashdialog.h"
#include "gui/workplaneditor.h"
#include "store/store.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace citykb;

namespace {

// JSON values compared as the store writes them: 12000 and 12000.0 are one number.
QByteArray canonical(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEditingWindow : public QObject
{
    Q_OBJECT

private:
    test::SeededWindow m_seeded;

    // Runs `work` on a reader and waits for its answer.
    template<typename T>
    Result<T> read(std::function<Result<T>(KnowledgeBase &)> work)
    {
        std::optional<Result<T>> answer;
        m_seeded.host->read<T>(m_seeded.window.get(), std::move(work), [&answer](const Result<T> &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Result<T>::failure(QStringLiteral("The reader did not answer within 30 s."));
        return *answer;
    }

    // Runs `work` on the session's thread (a change made "meanwhile", as another window would).
    Status write(std::function<Status(KnowledgeBase &)> work)
    {
        std::optional<Status> answer;
        m_seeded.host->write<bool>(
            m_seeded.window.get(),
            [work](KnowledgeBase &kb) -> Result<bool> {
                if (Status s = work(kb); !s)
                    return s.fullError();
                return true;
            },
            [&answer](const Result<bool> &r) { answer = Status::from(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Status::failure(QStringLiteral("The session did not answer within 30 s."));
        return *answer;
    }

    // The record as the store holds it; nothing when there is none.
    std::optional<QJsonObject> stored(RecordType type, const QString &key)
    {
        auto record = read<QJsonObject>([type, key](KnowledgeBase &kb) -> Result<QJsonObject> {
            auto reader = kb.reader();
            if (!reader)
                return reader.fullError();
            return reader.value()->get(type, key);
        });
        if (!record)
            return std::nullopt;
        return record.value();
    }

    QJsonValue storedField(RecordType type, const QString &key, const QString &field)
    {
        const std::optional<QJsonObject> record = stored(type, key);
        return record ? record->value(field) : QJsonValue(QJsonValue::Undefined);
    }

    bool inTrash(RecordType type, const QString &key)
    {
        auto entries = read<QList<TrashEntry>>([](KnowledgeBase &kb) -> Result<QList<TrashEntry>> {
            auto reader = kb.reader();
            if (!reader)
                return reader.fullError();
            return reader.value()->trash();
        });
        if (!entries)
            return false;
        return std::any_of(entries.value().begin(), entries.value().end(),
                           [&](const TrashEntry &e) { return e.type == type && e.key == key; });
    }

    QString pageText(RecordType type, const QString &key)
    {
        auto page = read<RecordPageView>([type, key](KnowledgeBase &kb) { return RecordPageService(kb).page(type, key); });
        return page ? page.value().html : page.error();
    }

    // The form on screen once it has read the record (a closed one may linger until deleted).
    RecordEditor *openEditor(RecordType type, const QString &key)
    {
        m_seeded.window->editRecord(type, key);
        RecordEditor *editor = nullptr;
        (void)QTest::qWaitFor([&] {
            for (RecordEditor *e : m_seeded.window->findChildren<RecordEditor *>()) {
                if (e->isVisible() && e->isLoaded())
                    editor = e;
            }
            return editor != nullptr;
        }, 30000);
        return editor;
    }

    static QPushButton *saveButton(RecordEditor *editor)
    {
        return editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    static QString problemOf(RecordEditor *editor)
    {
        return editor->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
    }

    // The problem boxes the window shows, visible ones only; `close` closes them.
    QStringList problemBoxes(bool close = false)
    {
        QStringList texts;
        for (QMessageBox *box : m_seeded.window->findChildren<QMessageBox *>()) {
            if (!box->isVisible())
                continue;
            texts.append(box->text());
            if (close)
                box->close();
        }
        return texts;
    }

    QUndoStack *undo() const { return m_seeded.window->undoStack(); }

    // The line a view opened to edit a cell (Add and Insert open one), once it is there.
    static QLineEdit *cellEditor(QAbstractItemView *view)
    {
        QLineEdit *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QLineEdit *line : view->viewport()->findChildren<QLineEdit *>()) {
                if (line->isVisible())
                    found = line;
            }
            return found != nullptr;
        }, 5000);
        return found;
    }

    // Types into the open cell editor and ends it with `key` (Return keeps, Escape drops).
    static bool typeIntoCell(QAbstractItemView *view, const QString &text, Qt::Key key)
    {
        QLineEdit *line = cellEditor(view);
        if (!line)
            return false;
        if (!text.isEmpty()) {
            line->selectAll();
            QTest::keyClicks(line, text);
        }
        const QPointer<QLineEdit> editing(line);
        QTest::keyClick(line, key);
        return QTest::qWaitFor([&] { return !editing || !editing->isVisible(); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_seeded.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_seeded.stop(); }

    // Create, undo and redo the create, edit, undo and redo the edit, delete, undo and redo the
    // delete, restore from the trash: for every record type, each step seen in the store.
    void everyRecordType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("editField");
        QTest::addColumn<QJsonValue>("editValue");
        auto row = [](RecordType type, const QJsonObject &fields, const QString &field, const QJsonValue &value) {
            QTest::newRow(qPrintable(recordTypeWord(type))) << int(type) << fields << field << value;
        };
        row(RecordType::Network, {{"name", "Testing Towns Network"}, {"kind", "city network"}, {"founded_year", 2001}},
            QStringLiteral("description"), QStringLiteral("A network made in the window test."));
        row(RecordType::WorkingGroup, {{"network", "eurocities"}, {"name", "Testing Working Group"}},
            QStringLiteral("focus"), QStringLiteral("Testing the forms."));
        row(RecordType::City, {{"name", "Testburg"}, {"country", "DE"}, {"population", 12000}},
            QStringLiteral("population_year"), 2021);
        row(RecordType::Organisation, {{"name", "Testing Agency"}, {"kind", "agency"}},
            QStringLiteral("description"), QStringLiteral("An agency made in the window test."));
        row(RecordType::Person, {{"name", "Tessa Tester"}, {"role", "Officer"}}, QStringLiteral("role"), QStringLiteral("Chair"));
        row(RecordType::Practice, {{"title", "Testing Practice Alpha"}, {"status", "pilot"}, {"start_year", 2019}},
            QStringLiteral("summary"), QStringLiteral("A practice made in the window test."));
        row(RecordType::Event, {{"title", "Testing Event Alpha"}, {"status", "planned"}, {"city", "bologna"}},
            QStringLiteral("summary"), QStringLiteral("An event made in the window test."));
        // Questionnaires are made and changed in their own editor, which keeps their versions
        // (tst_questionnairewindow), not in this form.
        row(RecordType::Response, {{"questionnaire", "change-people-powered-public-services"}, {"title", "Testing Interview"},
                                   {"subject_network", "eurotowns"}},
            QStringLiteral("notes"), QStringLiteral("Notes typed in the window test."));
        row(RecordType::Document, {{"title", "Testing Document"}, {"kind", "report"}},
            QStringLiteral("summary"), QStringLiteral("A document made in the window test."));
        row(RecordType::Recommendation, {{"title", "Testing Recommendation"}, {"text", "Test the forms."}},
            QStringLiteral("audience"), QStringLiteral("Testers"));
    }

    void everyRecordType()
    {
        QFETCH(int, type);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, editField);
        QFETCH(QJsonValue, editValue);
        const auto recordType = RecordType(type);
        const QString titleField = specFor(recordType).titleField;
        const QString key = keyFromName(fields.value(titleField).toString());
        QVERIFY(!stored(recordType, key));
        problemBoxes(true); // an earlier row's failure must not fail this one

        // Create through the form.
        m_seeded.window->showOverview();
        RecordEditor *editor = openEditor(recordType, QString());
        QVERIFY(editor);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            QVERIFY2(editor->setFieldValue(it.key(), it.value()), qPrintable(it.key()));
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(problemOf(editor)));
        const int steps = undo()->index();
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        std::optional<QJsonObject> created = stored(recordType, key);
        QVERIFY(created);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            QCOMPARE(canonical(created->value(it.key())), canonical(it.value()));

        // Undo the create: it goes to the trash; redo brings it back.
        undo()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!stored(recordType, key), 30000);
        QVERIFY(inTrash(recordType, key));
        undo()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(stored(recordType, key).has_value(), 30000);
        QCOMPARE(undo()->index(), steps + 1);

        // Edit through the form; undo and redo the edit.
        const QJsonValue before = storedField(recordType, key, editField);
        editor = openEditor(recordType, key);
        QVERIFY(editor);
        QVERIFY(editor->setFieldValue(editField, editValue));
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(problemOf(editor)));
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(recordType, key, editField)), canonical(editValue), 30000);
        undo()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(recordType, key, editField)), canonical(before), 30000);
        undo()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(recordType, key, editField)), canonical(editValue), 30000);
        // Undo and redo at once, before the undo's answer is back: the redo expects the
        // revision the undo leaves, not a stale one.
        undo()->undo();
        undo()->redo();
        m_seeded.host->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(recordType, key, editField)), canonical(editValue), 30000);
        QTest::qWait(100);
        QVERIFY2(problemBoxes().isEmpty(), qPrintable(problemBoxes().join(QLatin1Char(' '))));
        QCOMPARE(undo()->index(), steps + 2);

        // Delete the open record; undo and redo the delete.
        m_seeded.window->openRecord(recordType, key);
        m_seeded.window->showOverview(); // Delete then acts on the open record, not a list's rows
        m_seeded.window->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!stored(recordType, key), 30000);
        QVERIFY(inTrash(recordType, key));
        undo()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(stored(recordType, key).has_value(), 30000);
        QCOMPARE(canonical(storedField(recordType, key, editField)), canonical(editValue));
        undo()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(!stored(recordType, key), 30000);

        // Restore from the trash.
        TrashDialog trash(*m_seeded.host, m_seeded.window.get());
        QSignalSpy refreshed(&trash, &TrashDialog::refreshed);
        QVERIFY(refreshed.wait(30000));
        auto *tree = trash.findChild<QTreeWidget *>(QStringLiteral("trashTree"));
        const QList<QTreeWidgetItem *> items = tree->findItems(fields.value(titleField).toString(), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        tree->setCurrentItem(items.first());
        items.first()->setSelected(true);
        trash.restoreSelected();
        QTRY_VERIFY_WITH_TIMEOUT(stored(recordType, key).has_value(), 30000);
        QCOMPARE(canonical(storedField(recordType, key, editField)), canonical(editValue));
        QVERIFY(!inTrash(recordType, key));
        QVERIFY2(problemBoxes().isEmpty(), qPrintable(problemBoxes().join(QLatin1Char(' '))));
    }

    // Every seed network and working group, opened in its form and saved unchanged: the form
    // gives back exactly what the store holds, and nothing is written.
    void unchangedSeedRecordsWriteNothing()
    {
        for (RecordType type : {RecordType::Network, RecordType::WorkingGroup}) {
            auto keys = read<QStringList>([type](KnowledgeBase &kb) -> Result<QStringList> {
                PageQuery all;
                all.limit = 1000;
                auto page = BrowseService(kb).page(type, all);
                if (!page)
                    return page.fullError();
                QStringList keys;
                for (const RecordSummary &row : page.value().rows)
                    keys.append(row.key);
                return keys;
            });
            QVERIFY2(keys, qPrintable(keys.error()));
            QVERIFY(keys.value().size() > 5);
            for (const QString &key : keys.value()) {
                if (key.startsWith(QLatin1String("testing-")))
                    continue;
                RecordEditor *editor = openEditor(type, key);
                QVERIFY2(editor, qPrintable(key));
                const std::optional<QJsonObject> record = editor->record();
                QVERIFY2(record, qPrintable(key));
                QVERIFY2(RecordEditor::sameRecord(editor->original(), *record),
                         qPrintable(key + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(*record).toJson(QJsonDocument::Compact))));
                editor->reject();
            }
        }
        // Saved unchanged: no step, no new revision.
        const qint64 revision = storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("revision")).toInteger();
        const int steps = undo()->count();
        RecordEditor *editor = openEditor(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY(editor);
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(problemOf(editor)));
        saveButton(editor)->click();
        QTest::qWait(500);
        m_seeded.host->waitForIdle();
        QCOMPARE(storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("revision")).toInteger(), revision);
        QCOMPARE(undo()->count(), steps);
    }

    // A network's fees as a table: a negative amount and a bad currency are named under the
    // field before saving; a fee added from the keyboard is saved as the data model has it.
    void feesTable()
    {
        const QJsonValue seeded = storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("fees"));
        QCOMPARE(seeded.toArray().size(), 2);
        RecordEditor *editor = openEditor(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY(editor);
        auto *fees = editor->findChild<FeesTable *>();
        QVERIFY(fees);
        QCOMPARE(canonical(fees->fees()), canonical(seeded));
        auto *table = fees->findChild<QTableWidget *>(QStringLiteral("feeTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3500"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("first year"));

        // A negative fee.
        table->item(1, 0)->setText(QStringLiteral("-3500"));
        QVERIFY(fees->problem().contains(QLatin1String("Fee 2")));
        QTRY_VERIFY_WITH_TIMEOUT(!saveButton(editor)->isEnabled(), 5000);
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem_fees"));
        QVERIFY(problem);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QLatin1String("0 or more")), qPrintable(problem->text()));
        QCOMPARE(table->item(1, 0)->background().color(), QColor(0xf8, 0xd7, 0xda));
        table->item(1, 0)->setText(QStringLiteral("3500"));
        QTRY_VERIFY_WITH_TIMEOUT(saveButton(editor)->isEnabled(), 5000);
        QVERIFY(problem->isHidden());

        // A fee added with Insert, its amount typed into the cell, its currency first mistyped.
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(typeIntoCell(table, QStringLiteral("1200.5"), Qt::Key_Return));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("1200.5"));
        table->item(2, 1)->setText(QStringLiteral("eur"));
        table->item(2, 2)->setText(QStringLiteral("per year"));
        table->item(2, 3)->setText(QStringLiteral("Travel costs of one person reimbursed."));
        QVERIFY(fees->problem().contains(QLatin1String("three capital letters")));
        QTRY_VERIFY_WITH_TIMEOUT(!saveButton(editor)->isEnabled(), 5000);
        table->item(2, 1)->setText(QStringLiteral("EUR"));
        QTRY_VERIFY_WITH_TIMEOUT(saveButton(editor)->isEnabled(), 5000);
        // Delete takes the chosen row out; an empty row added is no fee.
        QTest::keyClick(table, Qt::Key_Insert);
        QVERIFY(typeIntoCell(table, QString(), Qt::Key_Escape));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(fees->fees().toArray().size(), 3);
        table->setCurrentCell(3, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 3);
        const int steps = undo()->index();
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        const QJsonArray saved = storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("fees")).toArray();
        QCOMPARE(saved.size(), 3);
        QCOMPARE(canonical(saved.at(2)), canonical(QJsonObject{{"amount", 1200.5}, {"currency", "EUR"}, {"period", "per year"},
                                                                {"conditions", "Travel costs of one person reimbursed."}}));
        QCOMPARE(canonical(saved.at(0)), canonical(seeded.toArray().at(0)));
        undo()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("fees"))),
                                  canonical(seeded), 30000);
    }

    // Eligibility: a population range whose "from" is above its "to" is named before saving.
    void eligibilityEditor()
    {
        const QJsonValue seeded = storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("eligibility"));
        RecordEditor *editor = openEditor(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY(editor);
        auto *eligibility = editor->findChild<EligibilityEditor *>();
        QVERIFY(eligibility);
        QCOMPARE(canonical(eligibility->eligibility()), canonical(seeded));
        auto *from = eligibility->findChild<QLineEdit *>(QStringLiteral("populationMinEdit"));
        auto *to = eligibility->findChild<QLineEdit *>(QStringLiteral("populationMaxEdit"));
        QCOMPARE(from->text(), QStringLiteral("50000"));
        QCOMPARE(to->text(), QStringLiteral("250000"));
        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("300000"));
        QVERIFY(eligibility->problem().contains(QLatin1String("above")));
        QTRY_VERIFY_WITH_TIMEOUT(!saveButton(editor)->isEnabled(), 5000);
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem_eligibility"));
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QLatin1String("above")));
        from->setText(QStringLiteral("many"));
        QVERIFY(eligibility->problem().contains(QLatin1String("whole number")));
        from->setText(QStringLiteral("60.000")); // as the documents group thousands
        QTRY_VERIFY_WITH_TIMEOUT(saveButton(editor)->isEnabled(), 5000);
        const int steps = undo()->index();
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        const QJsonObject saved = storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("eligibility")).toObject();
        QCOMPARE(saved.value(QStringLiteral("population_min")).toInteger(), 60000);
        QCOMPARE(saved.value(QStringLiteral("population_max")).toInteger(), 250000);
        QCOMPARE(saved.value(QStringLiteral("note")), seeded.toObject().value(QStringLiteral("note")));
        undo()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(RecordType::Network, QStringLiteral("eurotowns"), QStringLiteral("eligibility"))),
                                  canonical(seeded), 30000);
    }

    // Work plans by year: a year that is not a year and an objective without a title are named
    // before saving; a new year with an objective and its actions is saved as the data model has it.
    void workPlanEditor()
    {
        const QString group = QStringLiteral("smart-social-inclusion");
        const QJsonValue seeded = storedField(RecordType::WorkingGroup, group, QStringLiteral("work_plans"));
        QCOMPARE(seeded.toArray().size(), 1);
        RecordEditor *editor = openEditor(RecordType::WorkingGroup, group);
        QVERIFY(editor);
        auto *plans = editor->findChild<WorkPlanEditor *>();
        QVERIFY(plans);
        QCOMPARE(canonical(plans->workPlans()), canonical(seeded));
        auto *years = plans->findChild<QListWidget *>(QStringLiteral("yearList"));
        auto *objectives = plans->findChild<QTableWidget *>(QStringLiteral("objectiveTable"));
        auto *actions = plans->findChild<QPlainTextEdit *>(QStringLiteral("actionsEdit"));
        QCOMPARE(years->count(), 1);
        QCOMPARE(years->item(0)->text(), QStringLiteral("2020"));
        QCOMPARE(objectives->rowCount(), 3);
        plans->choose(0, 1);
        QVERIFY(actions->toPlainText().startsWith(QLatin1String("Exchange good practice at an autumn")));

        // A new year from the keyboard, first mistyped.
        years->setFocus();
        QTest::keyClick(years, Qt::Key_Insert);
        QCOMPARE(years->count(), 2);
        QCOMPARE(years->item(1)->text(), QStringLiteral("2021"));
        QVERIFY(typeIntoCell(years, QStringLiteral("20021"), Qt::Key_Return));
        QCOMPARE(years->item(1)->text(), QStringLiteral("20021"));
        QVERIFY(plans->problem().contains(QLatin1String("not a year")));
        QTRY_VERIFY_WITH_TIMEOUT(!saveButton(editor)->isEnabled(), 5000);
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem_work_plans"));
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QLatin1String("20021")));
        years->item(1)->setText(QStringLiteral("2021"));
        QTRY_VERIFY_WITH_TIMEOUT(saveButton(editor)->isEnabled(), 5000);

        // An objective without a title cannot be saved.
        plans->choose(1);
        plans->findChild<QPushButton *>(QStringLiteral("addObjectiveButton"))->click();
        QCOMPARE(objectives->rowCount(), 1);
        QCOMPARE(objectives->item(0, 0)->text(), QStringLiteral("1"));
        QVERIFY(typeIntoCell(objectives, QString(), Qt::Key_Escape)); // the title Add opened
        QVERIFY(plans->problem().contains(QLatin1String("title")));
        QTRY_VERIFY_WITH_TIMEOUT(!saveButton(editor)->isEnabled(), 5000);
        objectives->item(0, 1)->setText(QStringLiteral("Test the work plan form"));
        objectives->item(0, 2)->setText(QStringLiteral("European Pillar of Social Rights"));
        objectives->setCurrentCell(0, 1);
        actions->setPlainText(QStringLiteral("Meet in spring.\n\n  Report in autumn.  \n"));
        QTRY_VERIFY_WITH_TIMEOUT(saveButton(editor)->isEnabled(), 5000);
        const int steps = undo()->index();
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        const QJsonArray saved = storedField(RecordType::WorkingGroup, group, QStringLiteral("work_plans")).toArray();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(canonical(saved.at(0)), canonical(seeded.toArray().at(0)));
        const QJsonObject expected{{"year", 2021},
                                   {"objectives", QJsonArray{QJsonObject{{"number", 1},
                                                                         {"title", "Test the work plan form"},
                                                                         {"eu_policy", "European Pillar of Social Rights"},
                                                                         {"actions", QJsonArray{"Meet in spring.", "Report in autumn."}}}}}};
        QCOMPARE(canonical(saved.at(1)), canonical(expected));
        undo()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(canonical(storedField(RecordType::WorkingGroup, group, QStringLiteral("work_plans"))),
                                  canonical(seeded), 30000);
    }

    // An undo whose write fails (the record was saved meanwhile: a conflict) leaves the stack
    // where it was and says why; so does a redo of a record deleted meanwhile.
    void failedUndoAndRedoLeaveTheStack()
    {
        const QString key = QStringLiteral("elephant-path-initiative");
        RecordEditor *editor = openEditor(RecordType::Practice, key);
        QVERIFY(editor);
        QVERIFY(editor->setFieldValue(QStringLiteral("innovation"), QStringLiteral("Typed in the form.")));
        const int steps = undo()->index();
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);

        // Saved meanwhile by someone else.
        QVERIFY(write([key](KnowledgeBase &kb) {
                    return Status::from(EditService(kb).edit(RecordType::Practice, key,
                                                             {FieldEdit{QStringLiteral("innovation"), FieldEdit::Op::Set,
                                                                        QStringLiteral("Saved meanwhile.")}}));
                }).ok());
        undo()->undo();
        QCOMPARE(undo()->index(), steps); // Qt moves the stack at once; the answer puts it back
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(problemBoxes().join(QLatin1Char(' ')).contains(QLatin1String("could not be undone")), 30000);
        problemBoxes(true);
        QCOMPARE(storedField(RecordType::Practice, key, QStringLiteral("innovation")).toString(), QStringLiteral("Saved meanwhile."));
        QVERIFY(undo()->canUndo());
        QTest::qWait(300);
        QCOMPARE(undo()->index(), steps + 1); // and stays there

        // A redo of a record that was deleted meanwhile.
        editor = openEditor(RecordType::Practice, QStringLiteral("social-innovation-navarra"));
        QVERIFY(editor);
        QVERIFY(editor->setFieldValue(QStringLiteral("innovation"), QStringLiteral("Typed before the delete.")));
        saveButton(editor)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 2, 30000);
        undo()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(storedField(RecordType::Practice, QStringLiteral("social-innovation-navarra"), QStringLiteral("innovation"))
                                         != QJsonValue(QStringLiteral("Typed before the delete.")),
                                 30000);
        m_seeded.host->waitForIdle();
        QTest::qWait(200); // the answer of the undo reaches the window
        QVERIFY(write([](KnowledgeBase &kb) { return EditService(kb).remove(RecordType::Practice, QStringLiteral("social-innovation-navarra")); }).ok());
        QCOMPARE(undo()->index(), steps + 1);
        undo()->redo();
        QCOMPARE(undo()->index(), steps + 2);
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(problemBoxes().join(QLatin1Char(' ')).contains(QLatin1String("could not be redone")), 30000);
        problemBoxes(true);
        QVERIFY(!stored(RecordType::Practice, QStringLiteral("social-innovation-navarra")));
        QVERIFY(undo()->canRedo());
    }

    // A document's links: found in an imported document, added to a city picked from the list
    // in a section, removed, each step undone and redone; the pages of the records it links to
    // list it under "Mentioned in" with the section.
    void documentLinksAndMentionedIn()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("links.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Linking field notes\n\n## Small towns\n\nEurotowns brings towns of 50,000 to 250,000 people together.\n\n"
                   "## Larger places\n\nNothing here names a place yet.\n");
        file.close();
        QSignalSpy finished(m_seeded.window.get(), &MainWindow::importFinished);
        m_seeded.window->importFiles({path});
        QVERIFY(finished.wait(30000));
        auto key = read<QString>([](KnowledgeBase &kb) -> Result<QString> {
            auto reader = kb.reader();
            if (!reader)
                return reader.fullError();
            auto found = reader.value()->findKey(RecordType::Document, QStringLiteral("Linking field notes"));
            if (!found)
                return found.fullError();
            if (!*found)
                return Result<QString>::failure(QStringLiteral("No document is called \"Linking field notes\"."));
            return **found;
        });
        QVERIFY2(key, qPrintable(key.error()));
        const QString document = key.value();

        // Found in the text: the network's page says where.
        QString eurotowns = pageText(RecordType::Network, QStringLiteral("eurotowns"));
        QVERIFY2(eurotowns.contains(QLatin1String("Mentioned in")), qPrintable(eurotowns.right(800)));
        QVERIFY(eurotowns.contains(QLatin1String("Linking field notes")));
        QVERIFY(eurotowns.contains(QLatin1String("Small towns")));
        QVERIFY(!pageText(RecordType::City, QStringLiteral("bologna")).contains(QLatin1String("Linking field notes")));

        // The dialog, from the open document's page.
        m_seeded.window->openRecord(RecordType::Document, document);
        auto *browser = m_seeded.window->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Linking field notes")), 30000);
        auto *action = m_seeded.window->findChild<QAction *>(QStringLiteral("actionDocumentLinks"));
        QVERIFY(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
        action->trigger();
        DocumentLinksDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_seeded.window->findChild<DocumentLinksDialog *>()) != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->linkedRecords().contains(QStringLiteral("networks/eurotowns")), 30000);

        // A record must be picked from the list: typed text that names none is refused.
        auto *recordBox = dialog->findChild<QComboBox *>(QStringLiteral("recordBox"));
        recordBox->setEditText(QStringLiteral("bologna-that-is-not"));
        dialog->addChosen();
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());

        // Add a link to Bologna in the section "Larger places".
        auto *sectionBox = dialog->findChild<QComboBox *>(QStringLiteral("sectionBox"));
        const int larger = sectionBox->itemData(sectionBox->findText(QStringLiteral("Larger places"), Qt::MatchEndsWith)).toInt();
        QStringList sections;
        for (int i = 0; i < sectionBox->count(); ++i)
            sections.append(sectionBox->itemText(i));
        QVERIFY2(larger > 0, qPrintable(sections.join(QStringLiteral(" | "))));
        const int steps = undo()->index();
        QVERIFY(dialog->chooseRecord(RecordType::City, QStringLiteral("bologna"), larger));
        dialog->addChosen();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->linkedRecords().contains(QStringLiteral("cities/bologna")), 30000);
        auto linksOf = [this, document](const QString &target) {
            QStringList origins;
            for (const QJsonValue &m : storedField(RecordType::Document, document, QStringLiteral("mentions")).toArray()) {
                if (m.toObject().value(QStringLiteral("key")).toString() == target)
                    origins.append(m.toObject().value(QStringLiteral("origin")).toString(QStringLiteral("found")));
            }
            return origins;
        };
        QCOMPARE(linksOf(QStringLiteral("bologna")), QStringList{QStringLiteral("added")});
        QString bologna = pageText(RecordType::City, QStringLiteral("bologna"));
        QVERIFY(bologna.contains(QLatin1String("Mentioned in")));
        QVERIFY(bologna.contains(QLatin1String("Linking field notes")));
        QVERIFY(bologna.contains(QLatin1String("Larger places")));
        undo()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(linksOf(QStringLiteral("bologna")).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->linkedRecords().contains(QStringLiteral("cities/bologna")), 30000);
        QVERIFY(!pageText(RecordType::City, QStringLiteral("bologna")).contains(QLatin1String("Linking field notes")));
        undo()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(linksOf(QStringLiteral("bologna")), QStringList{QStringLiteral("added")}, 30000);

        // For a person to look at: CITYKB_SCREENSHOTS=DIR keeps a picture of the dialog.
        if (const QString shots = qEnvironmentVariable("CITYKB_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/document-links.png")));

        // Remove the link found in the text; undo brings it back.
        QVERIFY(dialog->chooseLink(RecordType::Network, QStringLiteral("eurotowns")));
        dialog->removeChosen();
        QTRY_COMPARE_WITH_TIMEOUT(undo()->index(), steps + 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(linksOf(QStringLiteral("eurotowns")), QStringList{QStringLiteral("removed")}, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->linkedRecords().contains(QStringLiteral("networks/eurotowns")), 30000);
        QVERIFY(!pageText(RecordType::Network, QStringLiteral("eurotowns")).contains(QLatin1String("Linking field notes")));
        undo()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(linksOf(QStringLiteral("eurotowns")), QStringList{QStringLiteral("found")}, 30000);
        QVERIFY(pageText(RecordType::Network, QStringLiteral("eurotowns")).contains(QLatin1String("Linking field notes")));

        // On the city's page in the window, "Mentioned in" links to the document.
        dialog->close();
        m_seeded.window->openRecord(RecordType::City, QStringLiteral("bologna"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QLatin1String("Mentioned in")), 30000);
        QVERIFY(browser->toHtml().contains(RecordPageService::linkUrl(RecordType::Document, document).toString()));
        QVERIFY(problemBoxes().isEmpty());
    }
};

QTEST_MAIN(TestEditingWindow)
#include "tst_editingwindow.moc"
