// The response form on the offscreen platform: an editor per question kind, Ctrl+Enter, autosave
// within a second, completion with missing answers, saving on close, two forms on one response,
// conflicts, and reopening where it was.
#include "app/knowledgebase.h"
#include "app/questionnaireservice.h"
#include "app/sessionhost.h"
#include "gui/answerfield.h"
#include "gui/mainwindow.h"
#include "gui/responseform.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

class TestResponseForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<SessionHost> m_host;
    std::unique_ptr<QWidget> m_window; // stands in for the main window
    QString m_questionnaire;

    QString kbDir() const { return m_tmp.filePath(QStringLiteral("kb")); }

    // A new response (a draft) to the questionnaire with every kind of question.
    QString newResponse()
    {
        QString key;
        bool done = false;
        m_host->write<ResponseView>(
            m_window.get(),
            [q = m_questionnaire](KnowledgeBase &kb) {
                ResponseDetails details;
                details.subjectNetwork = QStringLiteral("eurotowns");
                return QuestionnaireService(kb).createResponse(q, details);
            },
            [&](const Result<ResponseView> &r) {
                done = true;
                if (r)
                    key = r.value().key;
                else
                    qWarning("%s", qPrintable(r.error()));
            });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return {};
        return key;
    }

    // The response as the store has it now.
    ResponseView stored(const QString &key)
    {
        ResponseView view;
        bool done = false;
        m_host->read<ResponseView>(
            m_window.get(), [key](KnowledgeBase &kb) { return QuestionnaireService(kb).response(key); },
            [&](const Result<ResponseView> &r) {
                if (r)
                    view = r.value();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("the response was not read within 30 s");
        return view;
    }

    QString storedText(const QString &key, int question)
    {
        const ResponseView view = stored(key);
        const Answer *a = view.answer(question);
        return a ? a->text : QString();
    }

    ResponseForm *openForm(const QString &key, int focus = 0)
    {
        ResponseForm *form = ResponseForm::open(*m_host, kbDir(), key, m_window.get(), focus);
        if (!QTest::qWaitFor([form] { return form->isLoaded(); }, 30000))
            return nullptr;
        form->activateWindow();
        if (!QTest::qWaitForWindowActive(form))
            return nullptr;
        return form;
    }

    QString storedChoice(const QString &key, int question)
    {
        const ResponseView view = stored(key);
        const Answer *a = view.answer(question);
        return a ? a->choice : QString();
    }

    static QByteArray focusName()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? QByteArray(w->metaObject()->className()) + ' ' + w->accessibleName().toUtf8() : QByteArray("no focus");
    }

    static QPlainTextEdit *textOf(AnswerField *field) { return field->findChild<QPlainTextEdit *>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_host = test::openSeededSession(kbDir(), problem);
        QVERIFY2(m_host, qPrintable(problem));
        m_window = std::make_unique<QWidget>();
        m_window->show();

        QuestionnaireView draft;
        draft.title = QStringLiteral("Every kind");
        const QList<std::tuple<QString, bool, QString, QStringList>> kinds{
            {QStringLiteral("free_text"), true, QStringLiteral("Describe it in your own words."), {}},
            {QStringLiteral("yes_no"), true, {}, {}},
            {QStringLiteral("yes_no_explain"), false, {}, {}},
            {QStringLiteral("single_choice"), false, {}, {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")}},
            {QStringLiteral("multiple_choice"), false, {}, {QStringLiteral("youth"), QStringLiteral("ageing")}},
            {QStringLiteral("contact_details"), true, {}, {}},
            {QStringLiteral("date"), false, {}, {}},
            {QStringLiteral("number"), false, {}, {}},
            {QStringLiteral("free_text"), false, {}, {}},
        };
        for (const auto &[kind, required, help, choices] : kinds) {
            Question q;
            q.text = QStringLiteral("A %1 question?").arg(kind);
            q.kind = kind;
            q.required = required;
            q.help = help;
            q.choices = choices;
            draft.questions.append(q);
        }
        bool done = false;
        m_host->write<QuestionnaireView>(
            m_window.get(),
            [draft](KnowledgeBase &kb) -> Result<QuestionnaireView> {
                QuestionnaireService service(kb);
                auto made = service.createQuestionnaire(draft);
                if (!made)
                    return made;
                return service.publish(made.value().key);
            },
            [&](const Result<QuestionnaireView> &r) {
                done = true;
                QVERIFY2(r.ok(), qPrintable(r.error()));
                m_questionnaire = r.value().key;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!m_questionnaire.isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_host.reset();
    }

    // Each kind gets its editor; help text shows; required questions say so.
    void editorsPerKind()
    {
        const QString key = newResponse();
        QVERIFY(!key.isEmpty());
        ResponseForm *form = openForm(key);
        QVERIFY(form);
        auto count = [](AnswerField *f, auto *type) { return f->findChildren<std::remove_pointer_t<decltype(type)> *>().size(); };
        AnswerField *freeText = form->field(1);
        QVERIFY(freeText);
        QCOMPARE(count(freeText, static_cast<QPlainTextEdit *>(nullptr)), 1);
        QCOMPARE(count(freeText, static_cast<QRadioButton *>(nullptr)), 0);
        QVERIFY(textOf(freeText)->tabChangesFocus());
        bool help = false;
        bool required = false;
        for (QLabel *label : freeText->findChildren<QLabel *>()) {
            help = help || label->text() == QLatin1String("Describe it in your own words.");
            required = required || label->text().contains(QLatin1String("(required)"));
        }
        QVERIFY(help);
        QVERIFY(required);
        QCOMPARE(count(form->field(2), static_cast<QRadioButton *>(nullptr)), 2);
        QCOMPARE(count(form->field(2), static_cast<QPlainTextEdit *>(nullptr)), 0);
        QCOMPARE(count(form->field(3), static_cast<QRadioButton *>(nullptr)), 2);
        QCOMPARE(count(form->field(3), static_cast<QPlainTextEdit *>(nullptr)), 1);
        QCOMPARE(count(form->field(4), static_cast<QRadioButton *>(nullptr)), 3);
        QCOMPARE(count(form->field(5), static_cast<QCheckBox *>(nullptr)), 2);
        QCOMPARE(count(form->field(6), static_cast<QPlainTextEdit *>(nullptr)), 1);
        QCOMPARE(count(form->field(7), static_cast<QLineEdit *>(nullptr)), 1);
        QCOMPARE(count(form->field(8), static_cast<QLineEdit *>(nullptr)), 1);
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (form->field(3)->owns(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }

        // Choices are stored as the store names them: several one per line.
        form->field(5)->findChildren<QCheckBox *>().at(0)->click();
        form->field(5)->findChildren<QCheckBox *>().at(1)->click();
        form->field(2)->findChildren<QRadioButton *>().at(1)->click();
        QTRY_COMPARE_WITH_TIMEOUT(storedChoice(key, 5), QStringLiteral("youth\nageing"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(storedChoice(key, 2), QStringLiteral("no"), 5000);
        form->close();
    }

    // Tab moves through the questions; Ctrl+Enter jumps to the next unanswered one.
    void keyboardOnly()
    {
        const QString key = newResponse();
        ResponseForm *form = openForm(key, 1);
        QVERIFY(form);
        QPlainTextEdit *first = textOf(form->field(1));
        QTRY_VERIFY2(first->hasFocus(), focusName().constData());
        QTest::keyClicks(first, QStringLiteral("An answer"));
        QTest::keyClick(first, Qt::Key_Tab);
        QTest::qWait(100);
        QTRY_VERIFY2(form->field(2)->findChildren<QRadioButton *>().at(0)->hasFocus(), focusName().constData());
        QCOMPARE(form->currentQuestion(), 2);
        // Question 2 answered by keyboard (space checks the radio button with the focus).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(form->field(2)->findChildren<QRadioButton *>().at(0)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        // Question 3 is the next without an answer.
        QTRY_COMPARE(form->currentQuestion(), 3);
        textOf(form->field(3))->setPlainText(QStringLiteral("explained"));
        // From question 3: 4 to 9 are empty; from the last, it wraps round to the first empty one.
        textOf(form->field(9))->setFocus();
        QTRY_COMPARE(form->currentQuestion(), 9);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::ControlModifier);
        QTRY_COMPARE(form->currentQuestion(), 4);
        QVERIFY(form->field(4)->findChildren<QRadioButton *>().at(0)->hasFocus());
        form->close();
    }

    // An edit is in the store within a second of the last keystroke, and within a second of
    // the first while typing goes on without a pause.
    void autosaveWithinASecond()
    {
        const QString key = newResponse();
        ResponseForm *form = openForm(key, 1);
        QVERIFY(form);
        QPlainTextEdit *edit = textOf(form->field(1));
        QTest::keyClicks(edit, QStringLiteral("Typed and then a pause"));
        QElapsedTimer sinceLastKey;
        sinceLastKey.start();
        QTRY_COMPARE_WITH_TIMEOUT(storedText(key, 1), QStringLiteral("Typed and then a pause"), 5000);
        QVERIFY2(sinceLastKey.elapsed() < 1000, qPrintable(QString::number(sinceLastKey.elapsed())));
        QTRY_VERIFY(form->findChild<QLabel *>(QStringLiteral("saveState"))->text().startsWith(QLatin1String("Saved at")));

        // Typing without a pause longer than the quiet time for three seconds: saves come anyway.
        QSignalSpy saved(form, &ResponseForm::saved);
        QElapsedTimer typing;
        typing.start();
        QList<qint64> savedAt;
        connect(form, &ResponseForm::saved, this, [&savedAt, &typing]() { savedAt.append(typing.elapsed()); });
        while (typing.elapsed() < 3000) {
            QTest::keyClick(edit, Qt::Key_A);
            QTest::qWait(100);
        }
        QVERIFY(!savedAt.isEmpty());
        QVERIFY2(savedAt.first() < 1000, qPrintable(QString::number(savedAt.first())));
        for (qsizetype i = 1; i < savedAt.size(); ++i)
            QVERIFY2(savedAt.at(i) - savedAt.at(i - 1) < 1000, qPrintable(QString::number(savedAt.at(i) - savedAt.at(i - 1))));
        QTRY_COMPARE_WITH_TIMEOUT(storedText(key, 1), edit->toPlainText(), 5000);
        form->close();
    }

    // Complete names the missing required answers and goes to the first; then it completes.
    void completeNamesMissingAnswers()
    {
        const QString key = newResponse();
        ResponseForm *form = openForm(key, 1);
        QVERIFY(form);
        textOf(form->field(1))->setPlainText(QStringLiteral("first"));
        auto *message = form->findChild<QLabel *>(QStringLiteral("messageLabel"));
        form->findChild<QPushButton *>(QStringLiteral("completeButton"))->click();
        QCOMPARE(message->text(), QStringLiteral("The response cannot be marked complete: questions %1 are required and have no answer.")
                                      .arg(QLocale().createSeparatedList({QStringLiteral("2"), QStringLiteral("6")})));
        QTRY_VERIFY(form->field(2)->findChildren<QRadioButton *>().at(0)->hasFocus());
        QCOMPARE(stored(key).status, QStringLiteral("draft"));

        form->field(2)->findChildren<QRadioButton *>().at(0)->click();
        textOf(form->field(6))->setPlainText(QStringLiteral("someone@example.org"));
        form->findChild<QPushButton *>(QStringLiteral("completeButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stored(key).status, QStringLiteral("complete"), 10000);
        QTRY_COMPARE(form->findChild<QLabel *>(QStringLiteral("statusValue"))->text(), QStringLiteral("Complete"));
        QVERIFY(!form->findChild<QPushButton *>(QStringLiteral("completeButton"))->isEnabled());

        form->findChild<QPushButton *>(QStringLiteral("reopenButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stored(key).status, QStringLiteral("draft"), 10000);
        form->close();
    }

    // Closing the form right after typing writes what was typed first.
    void closingSavesFirst()
    {
        const QString key = newResponse();
        ResponseForm *form = openForm(key, 1);
        QVERIFY(form);
        QTest::keyClicks(textOf(form->field(1)), QStringLiteral("typed just before closing"));
        QTest::keyClicks(form->field(7)->findChild<QLineEdit *>(), QStringLiteral("2026-11-22"));
        QVERIFY(form->hasPendingSaves());
        form->close();
        QCOMPARE(storedText(key, 1), QStringLiteral("typed just before closing"));
        QCOMPARE(storedText(key, 7), QStringLiteral("2026-11-22"));

        // The main window closing closes (and saves) the form as well.
        form = openForm(key, 1);
        QVERIFY(form);
        QTest::keyClicks(textOf(form->field(9)), QStringLiteral("then the window closed"));
        QPointer<ResponseForm> guard(form);
        m_window->close();
        QTRY_VERIFY(!guard || !guard->isVisible());
        QCOMPARE(storedText(key, 9), QStringLiteral("then the window closed"));
        m_window->show();
    }

    // Two forms on one response answering different questions both keep their answers; each
    // shows what the other saved; the same answer changed in both is a conflict, not an overwrite.
    void twoFormsOnOneResponse()
    {
        const QString key = newResponse();
        ResponseForm *a = openForm(key, 1);
        ResponseForm *b = openForm(key, 9);
        QVERIFY(a && b);
        for (int round = 0; round < 5; ++round) {
            QTest::keyClicks(textOf(a->field(1)), QStringLiteral("a%1 ").arg(round));
            QTest::keyClicks(textOf(b->field(9)), QStringLiteral("b%1 ").arg(round));
            QTest::qWait(150);
        }
        QTRY_COMPARE_WITH_TIMEOUT(storedText(key, 1), QStringLiteral("a0 a1 a2 a3 a4 "), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(storedText(key, 9), QStringLiteral("b0 b1 b2 b3 b4 "), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(b->field(1))->toPlainText(), QStringLiteral("a0 a1 a2 a3 a4 "), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(a->field(9))->toPlainText(), QStringLiteral("b0 b1 b2 b3 b4 "), 5000);

        // Both change question 3 before either has saved: the first write wins, the second
        // form shows the conflict and keeps its text until the user chooses.
        QTest::keyClicks(textOf(a->field(3)), QStringLiteral("from a"));
        QTest::keyClicks(textOf(b->field(3)), QStringLiteral("from b"));
        QTRY_VERIFY_WITH_TIMEOUT(b->field(3)->hasConflict(), 5000);
        QCOMPARE(storedText(key, 3), QStringLiteral("from a"));
        QCOMPARE(textOf(b->field(3))->toPlainText(), QStringLiteral("from b"));
        QTest::qWait(1500);
        QCOMPARE(storedText(key, 3), QStringLiteral("from a"));
        QPushButton *keep = nullptr;
        for (QPushButton *button : b->field(3)->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Keep My Text"))
                keep = button;
        }
        QVERIFY(keep);
        keep->click();
        QTRY_COMPARE_WITH_TIMEOUT(storedText(key, 3), QStringLiteral("from b"), 5000);
        QVERIFY(!b->field(3)->hasConflict());
        QTRY_COMPARE_WITH_TIMEOUT(textOf(a->field(3))->toPlainText(), QStringLiteral("from b"), 5000);
        a->close();
        b->close();
        QCOMPARE(storedText(key, 1), QStringLiteral("a0 a1 a2 a3 a4 "));
        QCOMPARE(storedText(key, 9), QStringLiteral("b0 b1 b2 b3 b4 "));
    }

    // The window reopens the form on the response and question that had the focus; a form
    // the user closed is not reopened.
    void reopensWhereItWas()
    {
        const QString key = newResponse();
        ResponseForm *form = openForm(key, 1);
        QVERIFY(form);
        textOf(form->field(6))->setFocus();
        QTRY_COMPARE(form->currentQuestion(), 6);
        {
            QSettings settings;
            QCOMPARE(settings.value(QStringLiteral("responseForm/response")).toString(), key);
            QCOMPARE(settings.value(QStringLiteral("responseForm/question")).toInt(), 6);
        }
        // As after a crash: the window opens the KB again with the form's settings in place.
        auto window = std::make_unique<QWidget>();
        window->show();
        ResponseForm::restoreLast(*m_host, kbDir(), window.get());
        QTRY_VERIFY(window->findChild<ResponseForm *>());
        ResponseForm *again = window->findChild<ResponseForm *>();
        QTRY_VERIFY_WITH_TIMEOUT(again->isLoaded(), 30000);
        QCOMPARE(again->responseKey(), key);
        QCOMPARE(again->currentQuestion(), 6);
        again->close();
        form->close();
        QVERIFY(QSettings().value(QStringLiteral("responseForm/response")).toString().isEmpty());
        auto third = std::make_unique<QWidget>();
        ResponseForm::restoreLast(*m_host, kbDir(), third.get());
        QTest::qWait(200);
        QVERIFY(!third->findChild<ResponseForm *>());

        // A remembered response that is gone shows why and is forgotten.
        {
            QSettings settings;
            settings.setValue(QStringLiteral("responseForm/kb"), QDir(kbDir()).absolutePath());
            settings.setValue(QStringLiteral("responseForm/response"), QStringLiteral("no-such-response"));
        }
        ResponseForm::restoreLast(*m_host, kbDir(), third.get());
        QTRY_VERIFY(third->findChild<ResponseForm *>());
        auto *message = third->findChild<ResponseForm *>()->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("no-such-response")), 30000);
        QVERIFY(QSettings().value(QStringLiteral("responseForm/response")).toString().isEmpty());
    }

    // The main window: New Response on a questionnaire's page, Fill In on a response's page.
    void openedFromTheWindow()
    {
        MainWindow window(*m_host, kbDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *newResponse = window.findChild<QAction *>(QStringLiteral("actionNewResponse"));
        auto *fillIn = window.findChild<QAction *>(QStringLiteral("actionFillInResponse"));
        QVERIFY(newResponse && fillIn);
        QVERIFY(!newResponse->isEnabled() && !fillIn->isEnabled());

        window.openRecord(RecordType::Questionnaire, m_questionnaire);
        QTRY_VERIFY_WITH_TIMEOUT(newResponse->isEnabled(), 30000);
        QVERIFY(!fillIn->isEnabled());
        newResponse->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ResponseForm *>() && window.findChild<ResponseForm *>()->isLoaded(), 30000);
        ResponseForm *made = window.findChild<ResponseForm *>();
        QCOMPARE(stored(made->responseKey()).questionnaire, m_questionnaire);
        QCOMPARE(stored(made->responseKey()).status, QStringLiteral("draft"));
        made->close();

        window.openRecord(RecordType::Response, QStringLiteral("change-questionnaire-citymart"));
        QTRY_VERIFY_WITH_TIMEOUT(fillIn->isEnabled(), 30000);
        QVERIFY(!newResponse->isEnabled());
        fillIn->trigger();
        ResponseForm *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((form = [&window]() -> ResponseForm * {
                                     for (ResponseForm *f : window.findChildren<ResponseForm *>()) {
                                         if (f->isVisible() && f->responseKey() == QLatin1String("change-questionnaire-citymart") && f->isLoaded())
                                             return f;
                                     }
                                     return nullptr;
                                 }()) != nullptr,
                                 30000);
        // Continue: the focus goes to the first question the interview left blank.
        QCOMPARE(form->currentQuestion(), 6);
        QCOMPARE(textOf(form->field(2))->toPlainText().left(20), QStringLiteral("Citymart is a platfo"));
        form->close();
    }
};

QTEST_MAIN(TestResponseForm)
#include "tst_responseform.moc"
