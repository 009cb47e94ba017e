// Questionnaires (issue 12), without the window: templates and their versions, comparing
// versions, reordering, responses and their answers (two writers, search, completion), and
// the comparison the export and the window share.
#include "app/editservice.h"
#include "app/questionnaireservice.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

Question question(int number, const QString &text, const QString &kind, bool required = false, QStringList choices = {})
{
    Question q;
    q.number = number;
    q.text = text;
    q.kind = kind;
    q.required = required;
    q.choices = std::move(choices);
    return q;
}

QuestionnaireView interviewTemplate()
{
    QuestionnaireView q;
    q.title = QStringLiteral("Networks and volunteering");
    q.purpose = QStringLiteral("How networks take up volunteering in public services.");
    q.introduction = QStringLiteral("Thank you for your time.");
    q.questions = {question(0, QStringLiteral("Your name and contact details:"), QStringLiteral("contact_details"), true),
                   question(0, QStringLiteral("Does your network work on volunteering?"), QStringLiteral("yes_no"), true),
                   question(0, QStringLiteral("Which themes matter most?"), QStringLiteral("multiple_choice"), false,
                            {QStringLiteral("youth"), QStringLiteral("ageing"), QStringLiteral("health")}),
                   question(0, QStringLiteral("When was the last meeting on it?"), QStringLiteral("date")),
                   question(0, QStringLiteral("How many cities take part?"), QStringLiteral("number"))};
    return q;
}

AnswerWrite answer(const QString &response, int question, const QString &text, const QString &choice = {},
                   std::optional<qint64> expected = std::nullopt)
{
    QJsonObject a;
    if (!text.isEmpty())
        a.insert(QStringLiteral("text"), text);
    if (!choice.isEmpty())
        a.insert(QStringLiteral("choice"), choice);
    return AnswerWrite{response, question, a, expected};
}

} // namespace

class TestQuestionnaires : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;
    QString m_seeded;

    QString freshKb()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n));
        QDir().mkpath(dir);
        for (const QString &name : QDir(m_seeded).entryList(QDir::Files))
            QFile::copy(QDir(m_seeded).filePath(name), QDir(dir).filePath(name));
        return dir;
    }

    std::unique_ptr<KnowledgeBase> open()
    {
        auto kb = KnowledgeBase::open(freshKb(), KnowledgeBase::Access::Write);
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        return std::move(kb).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seeded = m_tmp.filePath(QStringLiteral("seeded"));
        auto kb = KnowledgeBase::create(m_seeded, qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
    }

    // A new questionnaire is a draft numbered 1..n; a draft is edited in place; publishing checks
    // what a published version needs.
    void draftsAreEditedInPlaceAndPublishedWhenComplete()
    {
        auto kb = open();
        QuestionnaireService service(*kb);
        auto created = service.createQuestionnaire(interviewTemplate());
        QVERIFY2(created, qPrintable(created.error()));
        const QuestionnaireView &q = created.value();
        QCOMPARE(q.key, QStringLiteral("networks-and-volunteering"));
        QCOMPARE(q.version, 1);
        QCOMPARE(q.status, QStringLiteral("draft"));
        QCOMPARE(q.questions.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(q.questions.at(i).number, i + 1);
        QCOMPARE(q.questions.at(1).choices, (QStringList{QStringLiteral("yes"), QStringLiteral("no")})); // yes/no by default

        // Answering a draft is refused: it may still change.
        auto early = service.createResponse(q.key, ResponseDetails{});
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QLatin1String("is a draft")), qPrintable(early.error()));

        // A choice question with one choice cannot be published.
        QuestionnaireView edited = q;
        edited.questions[2].choices = {QStringLiteral("youth")};
        auto saved = service.saveQuestionnaire(edited, q.revision);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value().key, q.key); // in place
        QCOMPARE(saved.value().version, 1);
        auto refused = service.publish(q.key);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("two choices or more")), qPrintable(refused.error()));

        // A stale revision is a conflict; an empty question is refused by name.
        QCOMPARE(service.saveQuestionnaire(edited, q.revision).errorKind(), ErrorKind::Conflict);
        QuestionnaireView blank = saved.value();
        blank.questions.append(question(0, QStringLiteral("  "), QStringLiteral("free_text")));
        QCOMPARE(service.saveQuestionnaire(blank).error(),
                 QStringLiteral("Question 6 of \"Networks and volunteering\" needs its wording before it can be saved."));

        QuestionnaireView fixed = saved.value();
        fixed.questions[2].choices = {QStringLiteral("youth"), QStringLiteral("ageing")};
        QVERIFY(service.saveQuestionnaire(fixed, saved.value().revision));
        auto published = service.publish(q.key);
        QVERIFY2(published, qPrintable(published.error()));
        QCOMPARE(published.value().status, QStringLiteral("published"));
        QVERIFY(!service.publish(q.key)); // once
    }

    // Editing a published version makes the next one; responses keep theirs; questions keep
    // their numbers when reordered, and new ones get numbers no version used; versions compare
    // question by question.
    void editingAPublishedVersionMakesTheNextOne()
    {
        auto kb = open();
        QuestionnaireService service(*kb);
        auto v1 = service.createQuestionnaire(interviewTemplate());
        QVERIFY(v1);
        QVERIFY(service.publish(v1.value().key));
        auto response = service.createResponse(v1.value().key, ResponseDetails{{}, QStringLiteral("Eurotowns"), {}, {}, {}, {}, {}, {}});
        QVERIFY2(response, qPrintable(response.error()));
        QCOMPARE(response.value().title, QStringLiteral("Networks and volunteering: Eurotowns"));
        QVERIFY(service.saveAnswer(answer(response.value().key, 2, QStringLiteral("Yes, in the task teams."), QStringLiteral("yes"))));
        QVERIFY(service.saveAnswer(answer(response.value().key, 5, QStringLiteral("12"))));

        // The new version: question 5 moves to the top, question 4 goes, question 1 is reworded,
        // one question is new.
        QuestionnaireView edited = service.questionnaire(v1.value().key).value();
        Question moved = edited.questions.takeAt(4);
        edited.questions.prepend(moved);
        edited.questions.removeAt(4); // "When was the last meeting on it?" (number 4)
        edited.questions[1].text = QStringLiteral("Your name, role and contact details:");
        edited.questions.append(question(0, QStringLiteral("Anything else?"), QStringLiteral("free_text")));
        edited.title = QStringLiteral("Networks and volunteering (2019)");
        auto v2 = service.saveQuestionnaire(edited);
        QVERIFY2(v2, qPrintable(v2.error()));
        QCOMPARE(v2.value().key, QStringLiteral("networks-and-volunteering-v2"));
        QCOMPARE(v2.value().version, 2);
        QCOMPARE(v2.value().status, QStringLiteral("draft"));
        QCOMPARE(v2.value().previousVersion, v1.value().key);
        QList<int> numbers;
        for (const Question &q : v2.value().questions)
            numbers.append(q.number);
        QCOMPARE(numbers, (QList<int>{5, 1, 2, 3, 6}));

        // The published version is as it was, and its response still answers it.
        const QuestionnaireView first = service.questionnaire(v1.value().key).value();
        QCOMPARE(first.status, QStringLiteral("published"));
        QCOMPARE(first.questions.size(), 5);
        QCOMPARE(first.questions.at(0).text, QStringLiteral("Your name and contact details:"));
        QCOMPARE(service.response(response.value().key).value().questionnaire, v1.value().key);
        // Only the latest version is edited further.
        auto branch = service.saveQuestionnaire(first);
        QVERIFY(!branch);
        QVERIFY2(branch.error().contains(QLatin1String("has a later version, \"networks-and-volunteering-v2\"")), qPrintable(branch.error()));
        // A draft's edits stay in the draft.
        QuestionnaireView again = v2.value();
        again.questions.last().help = QStringLiteral("Free remarks.");
        auto v2b = service.saveQuestionnaire(again);
        QVERIFY(v2b);
        QCOMPARE(v2b.value().key, v2.value().key);
        QVERIFY(service.publish(v2.value().key));
        QuestionnaireView third = service.questionnaire(v2.value().key).value();
        third.questions.append(question(0, QStringLiteral("One more?"), QStringLiteral("free_text")));
        auto v3 = service.saveQuestionnaire(third);
        QVERIFY(v3);
        QCOMPARE(v3.value().key, QStringLiteral("networks-and-volunteering-v3"));
        QCOMPARE(v3.value().questions.last().number, 7); // 4 was removed in version 2 but stays used

        auto lineage = service.versions(QStringLiteral("networks-and-volunteering-v2"));
        QVERIFY(lineage);
        QStringList keys;
        for (const QuestionnaireView &v : lineage.value())
            keys.append(v.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("networks-and-volunteering"), QStringLiteral("networks-and-volunteering-v2"),
                                    QStringLiteral("networks-and-volunteering-v3")}));

        auto diff = service.compareVersions(v1.value().key, v2.value().key);
        QVERIFY2(diff, qPrintable(diff.error()));
        QCOMPARE(diff.value().texts.size(), 1);
        QCOMPARE(diff.value().texts.first().field, QStringLiteral("title"));
        QStringList seen;
        for (const QuestionChange &c : diff.value().questions) {
            const char *kind = c.kind == QuestionChange::Kind::Same      ? "same"
                               : c.kind == QuestionChange::Kind::Added   ? "added"
                               : c.kind == QuestionChange::Kind::Removed ? "removed"
                                                                          : "changed";
            seen.append(QStringLiteral("%1 %2%3%4").arg(c.number).arg(QLatin1String(kind), c.moved ? QStringLiteral(" moved") : QString(),
                                                        c.fields.isEmpty() ? QString() : QLatin1Char(' ') + c.fields.join(QLatin1Char(','))));
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("5 same moved"), QStringLiteral("1 changed text"), QStringLiteral("2 same"),
                                    QStringLiteral("3 same"), QStringLiteral("4 removed"), QStringLiteral("6 added")}));

        // A response to version 2 answers by the same numbers; the comparison puts both
        // responses' answers under the same questions, in the latest order.
        auto second = service.createResponse(v2.value().key, ResponseDetails{{}, QStringLiteral("ERRIN"), {}, {}, {}, {}, {}, {}});
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(service.saveAnswer(answer(second.value().key, 5, QStringLiteral("120"))));
        QVERIFY(service.saveAnswer(answer(second.value().key, 2, QStringLiteral("No."), QStringLiteral("no"))));
        auto compared = service.compareResponses(v1.value().key);
        QVERIFY2(compared, qPrintable(compared.error()));
        const ResponseComparison &c = compared.value();
        QCOMPARE(c.questionnaire.key, QStringLiteral("networks-and-volunteering-v3"));
        QCOMPARE(c.responses.size(), 2);
        QCOMPARE(c.responses.at(0).subject, QStringLiteral("European Regions Research and Innovation Network"));
        QCOMPARE(c.responses.at(0).version, 2);
        QCOMPARE(c.responses.at(1).subject, QStringLiteral("Eurotowns"));
        QCOMPARE(c.responses.at(1).version, 1);
        QCOMPARE(c.questions.first().question.number, 5);
        QCOMPARE(c.questions.first().answers.at(0).text, QStringLiteral("120"));
        QCOMPARE(c.questions.first().answers.at(1).text, QStringLiteral("12"));
        const ComparedQuestion &familiar = c.questions.at(2);
        QCOMPARE(familiar.question.number, 2);
        QCOMPARE(familiar.choices.value(QStringLiteral("yes")), 1);
        QCOMPARE(familiar.choices.value(QStringLiteral("no")), 1);
        QCOMPARE(familiar.answered, 2);
        QCOMPARE(c.questions.last().question.number, 4); // only version 1 asked it
        QVERIFY(!c.questions.last().current);
        // Filters by subject and question.
        auto filtered = service.compareResponses(v1.value().key, {QStringLiteral("eurotowns")}, {2});
        QVERIFY(filtered);
        QCOMPARE(filtered.value().responses.size(), 1);
        QCOMPARE(filtered.value().questions.size(), 1);
        QCOMPARE(filtered.value().questions.first().answers.first().choice, QStringLiteral("yes"));
    }

    // Details and answers of a response; completing needs every required answer and says
    // which are missing; a choice must be one the question offers.
    void responsesAreFilledInAndCompleted()
    {
        auto kb = open();
        QuestionnaireService service(*kb);
        auto q = service.createQuestionnaire(interviewTemplate());
        QVERIFY(q);
        QVERIFY(service.publish(q.value().key));
        ResponseDetails details;
        details.subjectNetwork = QStringLiteral("EUKN");
        details.interviewer = QStringLiteral("Twan de Bruijn");
        details.date = QStringLiteral("2018-01-24");
        details.mode = QStringLiteral("video call");
        details.respondents = QList<Respondent>{{QStringLiteral("Mart Grisel"), QStringLiteral("Director"), QStringLiteral("EUKN"),
                                                 QStringLiteral("Mart Grisel")}};
        auto r = service.createResponse(q.value().key, details);
        QVERIFY2(r, qPrintable(r.error()));
        const QString key = r.value().key;
        QCOMPARE(r.value().status, QStringLiteral("draft"));
        QCOMPARE(r.value().subjectNetwork, QStringLiteral("eukn"));
        QCOMPARE(r.value().respondents.first().person, QStringLiteral("mart-grisel"));

        ResponseDetails bad;
        bad.date = QStringLiteral("24/01/2018");
        QCOMPARE(service.updateResponse(key, bad).error(),
                 QStringLiteral("The date of an interview is written YYYY-MM-DD (or YYYY-MM, YYYY), not \"24/01/2018\"."));
        bad = {};
        bad.mode = QStringLiteral("carrier pigeon");
        QVERIFY(service.updateResponse(key, bad).error().startsWith(QLatin1String("\"carrier pigeon\" is not a mode of interview")));

        // Choices the question does not offer are refused; several choices one per line.
        QCOMPARE(service.saveAnswer(answer(key, 2, {}, QStringLiteral("maybe"))).error(),
                 QStringLiteral("\"maybe\" is not a choice of question 2 (\"Does your network work on volunteering?\"); it offers yes and no."));
        QVERIFY(!service.saveAnswer(answer(key, 1, {}, QStringLiteral("yes"))));
        QVERIFY(service.saveAnswer(answer(key, 3, {}, QStringLiteral("youth\nhealth"))));

        auto check = service.checkCompletion(key);
        QVERIFY(check);
        QCOMPARE(check.value().missing, (QList<int>{1, 2}));
        QCOMPARE(service.complete(key).error(),
                 QStringLiteral("The response \"%1\" cannot be completed: question 1 (\"Your name and contact details:\") and question 2 "
                                "(\"Does your network work on volunteering?\") are not answered.")
                     .arg(key));
        QVERIFY(service.saveAnswer(answer(key, 1, QStringLiteral("Mart Grisel, Director"))));
        QVERIFY(service.saveAnswer(answer(key, 2, QStringLiteral("Yes, through policy labs."), QStringLiteral("yes"))));
        // Half a date is kept as typed, and stops completion.
        QVERIFY(service.saveAnswer(answer(key, 4, QStringLiteral("Febr"))));
        auto halfDate = service.complete(key);
        QVERIFY(!halfDate);
        QVERIFY2(halfDate.error().contains(QLatin1String("should be a date such as 2018-03-12, not \"Febr\"")), qPrintable(halfDate.error()));
        QVERIFY(service.saveAnswer(answer(key, 4, QStringLiteral("2018-02"))));
        auto done = service.complete(key);
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(done.value().status, QStringLiteral("complete"));
        QCOMPARE(done.value().interviewer, QStringLiteral("Twan de Bruijn"));

        // Emptying a required answer takes it back to draft; reopen does so by hand.
        QVERIFY(service.saveAnswer(answer(key, 1, {})));
        QCOMPARE(service.response(key).value().status, QStringLiteral("draft"));
        QVERIFY(service.saveAnswer(answer(key, 1, QStringLiteral("Mart Grisel"))));
        QVERIFY(service.complete(key));
        QCOMPARE(service.reopen(key).value().status, QStringLiteral("draft"));
    }

    // Two windows on one response (two services on the one session): answers to different
    // questions both stay; a change of the response's details in between does not make
    // either window's next save a conflict; a stale save of the same answer is refused.
    void twoWritersOnDifferentQuestionsBothKeepTheirAnswers()
    {
        auto kb = open();
        QuestionnaireService windowA(*kb);
        QuestionnaireService windowB(*kb);
        const QString key = QStringLiteral("change-questionnaire-citymart");
        const ResponseView openedA = windowA.response(key).value();
        const ResponseView openedB = windowB.response(key).value();
        QVERIFY(!openedA.answer(6)); // Citymart left 6, 7 and 11 blank
        auto a1 = windowA.saveAnswer(answer(key, 6, QStringLiteral("Through the procurement desk."), {}, 0));
        QVERIFY2(a1, qPrintable(a1.error()));
        auto b1 = windowB.saveAnswer(answer(key, 7, QStringLiteral("A demonstration day."), {}, 0));
        QVERIFY2(b1, qPrintable(b1.error()));
        ResponseDetails notes;
        notes.notes = QStringLiteral("Second call planned.");
        QVERIFY(windowB.updateResponse(key, notes));
        // Each window goes on from the revision its last save returned.
        auto a2 = windowA.saveAnswer(answer(key, 6, QStringLiteral("Through the procurement desk and the app."), {}, a1.value()));
        QVERIFY2(a2, qPrintable(a2.error()));
        auto b2 = windowB.saveAnswer(answer(key, 7, QStringLiteral("A demonstration day online."), {}, b1.value()));
        QVERIFY2(b2, qPrintable(b2.error()));
        // Window B still holds answer 9 as it opened it; A changes it; B's save is refused.
        const qint64 nineB = openedB.answer(9)->revision;
        QVERIFY(windowA.saveAnswer(answer(key, 9, QStringLiteral("Membership for a fee."), {}, openedA.answer(9)->revision)));
        auto stale = windowB.saveAnswer(answer(key, 9, QStringLiteral("Overwritten?"), {}, nineB));
        QCOMPARE(stale.errorKind(), ErrorKind::Conflict);

        const ResponseView after = windowA.response(key).value();
        QCOMPARE(after.answer(6)->text, QStringLiteral("Through the procurement desk and the app."));
        QCOMPARE(after.answer(7)->text, QStringLiteral("A demonstration day online."));
        QCOMPARE(after.answer(9)->text, QStringLiteral("Membership for a fee."));
        QCOMPARE(after.notes, QStringLiteral("Second call planned."));
        QCOMPARE(after.answer(2)->text, openedA.answer(2)->text);
        QCOMPARE(after.answer(2)->revision, openedA.answer(2)->revision); // untouched answers keep theirs
    }

    // An answer is searchable as soon as it is saved, as a part of its response naming the
    // question it answers.
    void aSavedAnswerIsFoundWithItsQuestion()
    {
        auto kb = open();
        QuestionnaireService service(*kb);
        QVERIFY(service.saveAnswer(answer(QStringLiteral("change-questionnaire-eukn"), 7,
                                          QStringLiteral("A policy lab on quokkaville neighbourhoods."))));
        SearchQuery query;
        query.text = QStringLiteral("quokkaville");
        auto found = SearchService(*kb).search(query);
        QVERIFY2(found, qPrintable(found.error()));
        QVERIFY(!found.value().hits.isEmpty());
        const SearchHit &hit = found.value().hits.first();
        QCOMPARE(hit.type, RecordType::Response);
        QCOMPARE(hit.key, QStringLiteral("change-questionnaire-eukn"));
        QCOMPARE(hit.part, HitPart::Answer);
        QCOMPARE(hit.partNumber, 7);
        QVERIFY2(hit.context.startsWith(QLatin1String("Question 7: If the topic is already covered")), qPrintable(hit.context));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaires)
#include "tst_questionnaires.moc"
