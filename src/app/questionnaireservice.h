#pragma once

#include "core/result.h"
#include "core/typedviews.h"
#include "store/store.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

class KnowledgeBase;

// A key for a new record of `type` made from `name`; "-2", "-3", ... when it is taken.
Result<QString> unusedKey(const Store &store, RecordType type, const QString &name);

// How one question differs between two versions of a questionnaire. Questions are the same
// question when they have the same number (numbers stay with their question when questions
// are reordered or reworded, docs/data-model.md).
struct QuestionChange
{
    enum class Kind { Same, Added, Removed, Changed };
    Kind kind = Kind::Same;
    int number = 0;
    int fromPosition = -1; // its place in the older version (0 for the first); -1 when added
    int toPosition = -1;   // its place in the newer version; -1 when removed
    bool moved = false;    // asked at another place relative to the questions both versions have
    std::optional<Question> before;
    std::optional<Question> after;
    QStringList fields;    // what changed: text, kind, required, help, choices
};

struct TextChange
{
    QString field; // title, purpose, introduction
    QString before;
    QString after;
};

// Two versions compared, question by question: the newer version's questions in its order,
// each question it dropped after the one it followed in the older version.
struct VersionComparison
{
    QuestionnaireView from;
    QuestionnaireView to;
    QList<TextChange> texts;
    QList<QuestionChange> questions;
};

// The fields of a response besides its answers. Only fields that are set are written; an empty
// text clears the field. Subjects are given by key, name or acronym.
struct ResponseDetails
{
    std::optional<QString> title;
    std::optional<QString> subjectNetwork;
    std::optional<QString> subjectOrganisation;
    std::optional<QList<Respondent>> respondents;
    std::optional<QString> interviewer;
    std::optional<QString> date; // YYYY-MM-DD, YYYY-MM or YYYY
    std::optional<QString> mode; // phone, in person, video call, e-mail, skype
    std::optional<QString> notes;
};

// Why a response cannot be completed yet.
struct CompletionCheck
{
    QList<int> missing;  // required questions without an answer, by number, in the order asked
    QStringList invalid; // one sentence per answer of the wrong form (a date that is none, ...)

    bool ok() const { return missing.isEmpty() && invalid.isEmpty(); }
};

// One response as the comparison shows it.
struct ComparedResponse
{
    ResponseView response;
    QString subject;  // the name of its network or organisation
    int version = 0;  // of the questionnaire version it answers
};

// One question across the responses.
struct ComparedQuestion
{
    Question question; // as the latest version that asks it words it
    int position = 0;  // where the latest version asks it (0 for the first); questions only older
                       // versions ask come after, numbered on
    bool current = true; // the latest version asks it
    QList<Answer> answers; // one per response, in their order; an empty one where there is none
    QMap<QString, int> choices; // yes/no and choice questions: how many chose each
    int answered = 0;
};

// The responses to every version of a questionnaire side by side: questions down, responses
// across (the comparison view, the export).
struct ResponseComparison
{
    QuestionnaireView questionnaire;   // the latest version
    QList<QuestionnaireView> versions; // the first first
    QList<ComparedResponse> responses; // by subject, then title
    QList<ComparedQuestion> questions; // in the order the latest version asks them
};

// Questionnaires (templates and their versions) and their responses (interviews), with answers
// saved one at a time, so that two windows on different questions of one response never
// overwrite each other (docs/architecture.md, "Questionnaires"). Reads are safe on any thread;
// everything that writes belongs to the session's thread.
//
// Versions: each version of a questionnaire is a record of its own. A draft is edited in place;
// publishing freezes it; editing a published version makes the next version, a draft that names
// the one it was made from (`previous_version`). A response keeps the version it answers; only
// published versions are answered.
class QuestionnaireService
{
public:
    explicit QuestionnaireService(KnowledgeBase &kb) : m_kb(kb) {}

    // --- reading ---
    Result<QuestionnaireView> questionnaire(const QString &idKeyOrName);
    Result<ResponseView> response(const QString &idKeyOrName);
    // Every version of the questionnaire, the first first.
    Result<QList<QuestionnaireView>> versions(const QString &idKeyOrName);
    // Compares two versions (or any two questionnaires), question by question.
    Result<VersionComparison> compareVersions(const QString &fromIdKeyOrName, const QString &toIdKeyOrName);
    // The responses to this version of a questionnaire (with `allVersions`, to every version of
    // it), by title.
    Result<QList<ResponseView>> responses(const QString &questionnaireIdKeyOrName, bool allVersions = false);
    // The responses to every version of the questionnaire, side by side; `subjects` (keys or
    // names of networks and organisations) and `questions` (numbers) keep only those when given.
    Result<ResponseComparison> compareResponses(const QString &questionnaireIdKeyOrName, const QStringList &subjects = {},
                                                const QList<int> &questions = {});
    // What keeps a response from being completed.
    Result<CompletionCheck> checkCompletion(const QString &responseIdKeyOrName);

    // --- templates ---
    // A new questionnaire: version 1, a draft. Questions numbered 0 get numbers; its key is made
    // from its title unless `draft.key` is given.
    Result<QuestionnaireView> createQuestionnaire(const QuestionnaireView &draft);
    // Saves `edited` (title, purpose, introduction, questions in their order) over the version
    // `edited.key`. A draft is changed in place; a published version is left as it is and the
    // edits become its next version, a draft with a key of its own, which is returned. Questions
    // numbered 0 are new and get a number no question of any version had; the others keep theirs.
    // With `expectedRevision`, a version saved meanwhile is a Conflict. Refused for a version
    // that has a later one (edit that one).
    Result<QuestionnaireView> saveQuestionnaire(const QuestionnaireView &edited, std::optional<qint64> expectedRevision = std::nullopt);
    // Publishes a draft: it needs a title and questions, each with its wording, choice
    // questions with two choices or more. From then on it is never changed.
    Result<QuestionnaireView> publish(const QString &idKeyOrName, std::optional<qint64> expectedRevision = std::nullopt);

    // --- responses ---
    // A new response (status draft) to a published version.
    Result<ResponseView> createResponse(const QString &questionnaireIdKeyOrName, const ResponseDetails &details);
    // Changes the fields `details` sets and nothing else: the answers stay as they are, with
    // their revisions.
    Result<ResponseView> updateResponse(const QString &responseIdKeyOrName, const ResponseDetails &details);
    // Saves one answer; returns the new revision of that answer. With an expected revision
    // (the answer's, as the editor read it), an answer saved meanwhile is a Conflict. Text is
    // kept as typed (half a date too: it is checked on completion); a choice must be one the
    // question offers (yes/no questions: yes or no; several choices one per line). A complete
    // response whose required answer is emptied goes back to draft.
    Result<qint64> saveAnswer(const AnswerWrite &answer);
    // Marks the response complete; refused, naming the questions, while a required answer is
    // missing or an answer is of the wrong form.
    Result<ResponseView> complete(const QString &responseIdKeyOrName);
    // Back to draft.
    Result<ResponseView> reopen(const QString &responseIdKeyOrName);

private:
    Result<QJsonObject> read(RecordType type, const QString &idKeyOrName);
    Result<ResponseView> setStatus(const QString &responseIdKeyOrName, const QString &status);
    KnowledgeBase &m_kb;
};

} // namespace citykb
