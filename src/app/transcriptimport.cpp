#include "transcriptimport.h"

#include "questionnaireservice.h"

#include "core/typedviews.h"
#include "core/validation.h"
#include "store/store.h"

#include <QJsonArray>
#include <QSet>

namespace citykb {

namespace {

QJsonArray sourcesOf(const QString &documentKey, const QString &section)
{
    QJsonObject source{{QStringLiteral("document"), documentKey}};
    if (!section.trimmed().isEmpty())
        source.insert(QStringLiteral("section"), section.simplified());
    return QJsonArray{source};
}

// The questionnaire of the KB that asks the transcript's questions, and for each of them the
// number of its question (0: it has none like it): the published version that matches most,
// the latest of those that match as well.
struct Chosen
{
    QuestionnaireView view;
    QList<int> numbers;
};

Result<std::optional<Chosen>> knownQuestionnaire(const Store &store, const Transcript &transcript)
{
    auto all = store.list(RecordType::Questionnaire);
    if (!all)
        return all.fullError();
    std::optional<Chosen> best;
    int bestMatched = 0;
    for (const QJsonObject &record : all.value()) {
        Chosen candidate{QuestionnaireView::from(record), {}};
        // Only published versions are answered; a draft may still change.
        if (candidate.view.status != QLatin1String("published"))
            continue;
        candidate.numbers = matchQuestions(transcript.questions, candidate.view.questions);
        const int matched = int(std::count_if(candidate.numbers.begin(), candidate.numbers.end(), [](int n) { return n > 0; }));
        // Most of the transcript's questions, and most of its own; when the transcript's
        // questions are guesses (any line that asks), most of its own only.
        if ((!transcript.questionsUncertain && matched * 5 < transcript.questions.size() * 4) || matched < 2
            || matched * 2 < candidate.view.questions.size())
            continue;
        auto rank = [](const Chosen &c, int m) { return std::pair(m, c.view.version); };
        if (!best || rank(candidate, matched) > rank(*best, bestMatched)) {
            best = candidate;
            bestMatched = matched;
        }
    }
    return best;
}

struct Subject
{
    RecordType type = RecordType::Network;
    QString key;
};

// The network (or else organisation) called `name`, by key, name or acronym.
Result<std::optional<Subject>> knownSubject(const Store &store, const QString &name)
{
    for (RecordType type : {RecordType::Network, RecordType::Organisation}) {
        for (const QString &wanted : {name, keyFromName(name)}) {
            auto key = store.findKey(type, wanted);
            if (!key)
                return key.fullError();
            if (key.value())
                return std::optional<Subject>(Subject{type, *key.value()});
        }
    }
    return std::optional<Subject>();
}

QString plural(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(n == 1 ? one : many));
}

} // namespace

QString TranscriptImport::summary() const
{
    if (questionnaire.isEmpty())
        return QStringLiteral("no questionnaire recognised, no responses created");
    return QStringLiteral("questionnaire \"%1\" (%2%3): %4 created, %5 there already")
        .arg(questionnaire, questionnaireCreated ? QStringLiteral("new, ") : QString(),
             plural(questions, "question", "questions"), plural(responsesCreated.size(), "response", "responses"))
        .arg(responsesFound.size());
}

Result<TranscriptImport> importTranscript(Store &store, const Transcript &transcript, const QString &documentKey,
                                          const QString &documentTitle)
{
    using R = Result<TranscriptImport>;
    TranscriptImport result;
    auto known = knownQuestionnaire(store, transcript);
    if (!known)
        return known.fullError();
    QuestionnaireView questionnaire;
    QList<AnswerTarget> targets;
    if (known.value()) {
        questionnaire = known.value()->view;
        const QList<int> &numbers = known.value()->numbers;
        QSet<int> reached;
        for (qsizetype i = 0; i < transcript.questions.size(); ++i) {
            const TranscriptQuestion &q = transcript.questions.at(i);
            // A guess that is no question of the questionnaire is a line of some answer.
            if (transcript.questionsUncertain && numbers.at(i) == 0)
                continue;
            const Question *theirs = questionnaire.question(numbers.at(i));
            AnswerTarget target{numbers.at(i), theirs ? theirs->kind : q.kind, {q.text}};
            if (theirs && theirs->text != q.text)
                target.texts.append(theirs->text);
            targets.append(target);
            reached.insert(numbers.at(i));
        }
        // Questions the document's empty questionnaire lacks may still be in its copies.
        for (const Question &q : questionnaire.questions) {
            if (!reached.contains(q.number))
                targets.append(AnswerTarget{q.number, q.kind, {q.text}});
        }
    } else if (transcript.questionsUncertain) {
        result.unplaced.append(QStringLiteral("The filled-in questionnaire \"%1\" has neither question numbers nor an empty "
                                              "questionnaire to tell its questions from its answers, and the KB has no questionnaire "
                                              "asking the same; it was kept as document text only.")
                                   .arg(transcript.copies.first().heading));
        return result;
    } else {
        questionnaire.title = transcript.title.isEmpty() ? QStringLiteral("Questionnaire of %1").arg(documentTitle.left(150))
                                                         : transcript.title;
        questionnaire.version = 1;
        questionnaire.status = QStringLiteral("published"); // it has been answered
        questionnaire.introduction = transcript.introduction;
        QSet<int> numbers;
        for (const TranscriptQuestion &q : transcript.questions)
            numbers.insert(q.number);
        const bool printed = numbers.size() == transcript.questions.size() && !numbers.contains(0);
        for (qsizetype i = 0; i < transcript.questions.size(); ++i) {
            const TranscriptQuestion &q = transcript.questions.at(i);
            Question question;
            question.number = printed ? q.number : int(i + 1);
            question.text = q.text;
            question.kind = q.kind;
            question.choices = q.choices;
            questionnaire.questions.append(question);
            targets.append(AnswerTarget{question.number, q.kind, {q.text}});
        }
        auto key = unusedKey(store, RecordType::Questionnaire, questionnaire.title);
        if (!key)
            return key.fullError();
        questionnaire.key = key.value();
        QJsonObject record = questionnaire.toRecord();
        record.insert(QStringLiteral("sources"),
                      sourcesOf(documentKey, transcript.templateHeading.isEmpty() ? transcript.copies.first().heading
                                                                                  : transcript.templateHeading));
        if (auto created = store.create(RecordType::Questionnaire, record); !created)
            return created.fullError();
        result.questionnaireCreated = true;
    }
    result.questionnaire = questionnaire.key;
    result.questions = int(questionnaire.questions.size());

    auto existing = store.list(RecordType::Response, {Filter{QStringLiteral("questionnaire"), questionnaire.key}});
    if (!existing)
        return existing.fullError();
    QHash<QString, QString> answered; // "networks/KEY" → the response's key
    for (const QJsonObject &r : existing.value()) {
        const ResponseView view = ResponseView::from(r);
        if (!view.subjectNetwork.isEmpty())
            answered.insert(QStringLiteral("networks/") + view.subjectNetwork, view.key);
        if (!view.subjectOrganisation.isEmpty())
            answered.insert(QStringLiteral("organisations/") + view.subjectOrganisation, view.key);
    }

    for (const TranscriptCopy &copy : transcript.copies) {
        auto subject = knownSubject(store, copy.subject);
        if (!subject)
            return subject.fullError();
        if (!subject.value()) {
            auto key = unusedKey(store, RecordType::Network, copy.subject);
            if (!key)
                return key.fullError();
            const QJsonObject network{{QStringLiteral("key"), key.value()},
                                      {QStringLiteral("name"), copy.subject},
                                      {QStringLiteral("sources"), sourcesOf(documentKey, copy.heading)}};
            if (auto created = store.create(RecordType::Network, network); !created)
                return created.fullError();
            result.networksCreated.append(key.value());
            subject = std::optional<Subject>(Subject{RecordType::Network, key.value()});
        }
        const Subject &s = *subject.value();
        const QString slot = specFor(s.type).word + QLatin1Char('/') + s.key;
        if (answered.contains(slot)) {
            const QString there = answered.value(slot);
            if (result.responsesCreated.contains(there))
                result.unplaced.append(QStringLiteral("The document holds a second filled-in questionnaire for %1 (\"%2\"); it was "
                                                      "left out, as the response \"%3\" holds the first.")
                                           .arg(copy.subject, copy.heading, there));
            else if (!result.responsesFound.contains(there))
                result.responsesFound.append(there);
            continue;
        }

        const PlacedCopy placed = placeAnswers(transcript, copy, targets);
        ResponseView response;
        response.questionnaire = questionnaire.key;
        response.title = QStringLiteral("%1: %2").arg(questionnaire.title.left(150), copy.subject);
        for (const PlacedAnswer &a : placed.answers)
            response.answers.append(Answer{a.question, a.text, a.choice, 0});
        response.status = response.missingRequired(questionnaire).isEmpty() ? QStringLiteral("complete") : QStringLiteral("draft");
        auto key = unusedKey(store, RecordType::Response, response.title);
        if (!key)
            return key.fullError();
        QJsonObject record{{QStringLiteral("key"), key.value()},
                           {QStringLiteral("questionnaire"), questionnaire.key},
                           {QStringLiteral("title"), response.title},
                           {QStringLiteral("status"), response.status},
                           {QStringLiteral("sources"), sourcesOf(documentKey, copy.heading)}};
        record.insert(s.type == RecordType::Network ? QStringLiteral("subject_network") : QStringLiteral("subject_organisation"), s.key);
        if (!copy.date.isEmpty())
            record.insert(QStringLiteral("date"), copy.date);
        if (!copy.mode.isEmpty())
            record.insert(QStringLiteral("mode"), copy.mode);
        if (!copy.interviewer.isEmpty())
            record.insert(QStringLiteral("interviewer"), copy.interviewer);
        if (!placed.unplaced.isEmpty()) {
            record.insert(QStringLiteral("notes"),
                          QString(QStringLiteral("Imported text that matched no question:\n\n") + placed.unplaced.join(QStringLiteral("\n\n"))));
            result.unplaced.append(QStringLiteral("%1: %2 of \"%3\" matched no question and %4 in the notes of the response \"%5\".")
                                       .arg(copy.subject, plural(placed.unplaced.size(), "passage", "passages"), copy.heading,
                                            placed.unplaced.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"), key.value()));
        }
        QJsonArray answers;
        for (const Answer &a : response.answers) {
            QJsonObject answer{{QStringLiteral("question"), a.question}, {QStringLiteral("text"), a.text}};
            if (!a.choice.isEmpty())
                answer.insert(QStringLiteral("choice"), a.choice);
            answers.append(answer);
        }
        if (!answers.isEmpty())
            record.insert(QStringLiteral("answers"), answers);
        if (auto created = store.create(RecordType::Response, record); !created)
            return R::failure(QStringLiteral("The response for %1 could not be written: %2").arg(copy.subject, created.error()),
                              created.errorKind());
        answered.insert(slot, key.value());
        result.responsesCreated.append(key.value());
    }
    return result;
}

} // namespace citykb
