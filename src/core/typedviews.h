#pragma once

#include "recordspec.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

// A field name used in code, with the record type (and list) it belongs to, so that a test
// can prove every name is in its spec: a misspelt field must never quietly read as "".
struct FieldName
{
    RecordType type;
    const char *list; // the ChildSpec's name for a field of a list item, else nullptr
    const char *name;

    QLatin1String latin1() const { return QLatin1String(name); }
};

namespace fields {
inline constexpr FieldName key{RecordType::Practice, nullptr, "key"}; // every record has a key
inline constexpr FieldName revision{RecordType::Practice, nullptr, "revision"};
namespace questionnaire {
inline constexpr FieldName title{RecordType::Questionnaire, nullptr, "title"};
inline constexpr FieldName version{RecordType::Questionnaire, nullptr, "version"};
inline constexpr FieldName status{RecordType::Questionnaire, nullptr, "status"};
inline constexpr FieldName purpose{RecordType::Questionnaire, nullptr, "purpose"};
inline constexpr FieldName introduction{RecordType::Questionnaire, nullptr, "introduction"};
inline constexpr FieldName previousVersion{RecordType::Questionnaire, nullptr, "previous_version"};
inline constexpr FieldName questions{RecordType::Questionnaire, nullptr, "questions"};
inline constexpr FieldName number{RecordType::Questionnaire, "questions", "number"};
inline constexpr FieldName text{RecordType::Questionnaire, "questions", "text"};
inline constexpr FieldName kind{RecordType::Questionnaire, "questions", "kind"};
inline constexpr FieldName required{RecordType::Questionnaire, "questions", "required"};
inline constexpr FieldName help{RecordType::Questionnaire, "questions", "help"};
inline constexpr FieldName choices{RecordType::Questionnaire, "questions", "choices"};
} // namespace questionnaire
namespace response {
inline constexpr FieldName questionnaire{RecordType::Response, nullptr, "questionnaire"};
inline constexpr FieldName title{RecordType::Response, nullptr, "title"};
inline constexpr FieldName subjectNetwork{RecordType::Response, nullptr, "subject_network"};
inline constexpr FieldName subjectOrganisation{RecordType::Response, nullptr, "subject_organisation"};
inline constexpr FieldName respondents{RecordType::Response, nullptr, "respondents"};
inline constexpr FieldName interviewer{RecordType::Response, nullptr, "interviewer"};
inline constexpr FieldName date{RecordType::Response, nullptr, "date"};
inline constexpr FieldName mode{RecordType::Response, nullptr, "mode"};
inline constexpr FieldName status{RecordType::Response, nullptr, "status"};
inline constexpr FieldName notes{RecordType::Response, nullptr, "notes"};
inline constexpr FieldName answers{RecordType::Response, nullptr, "answers"};
inline constexpr FieldName question{RecordType::Response, "answers", "question"};
inline constexpr FieldName text{RecordType::Response, "answers", "text"};
inline constexpr FieldName choice{RecordType::Response, "answers", "choice"};
} // namespace response
namespace document {
inline constexpr FieldName title{RecordType::Document, nullptr, "title"};
inline constexpr FieldName kind{RecordType::Document, nullptr, "kind"};
inline constexpr FieldName date{RecordType::Document, nullptr, "date"};
inline constexpr FieldName language{RecordType::Document, nullptr, "language"};
inline constexpr FieldName sections{RecordType::Document, nullptr, "sections"};
inline constexpr FieldName heading{RecordType::Document, "sections", "heading"};
inline constexpr FieldName page{RecordType::Document, "sections", "page"};
inline constexpr FieldName text{RecordType::Document, "sections", "text"};
} // namespace document
namespace practice {
inline constexpr FieldName title{RecordType::Practice, nullptr, "title"};
inline constexpr FieldName outcomes{RecordType::Practice, nullptr, "outcomes"};
inline constexpr FieldName name{RecordType::Practice, "outcomes", "name"};
inline constexpr FieldName value{RecordType::Practice, "outcomes", "value"};
inline constexpr FieldName unit{RecordType::Practice, "outcomes", "unit"};
inline constexpr FieldName year{RecordType::Practice, "outcomes", "year"};
inline constexpr FieldName note{RecordType::Practice, "outcomes", "note"};
} // namespace practice
} // namespace fields

// Every FieldName above, for the test that holds them to their specs.
const QList<FieldName> &namedFields();
// Whether the name is a field (or list) of its type's spec, or a field of the named list.
bool fieldInSpec(const FieldName &field);
// The value of a named field; asserts in debug builds that the name is in its spec.
QJsonValue fieldValue(const QJsonObject &object, const FieldName &field);

// --- typed views over the JSON records, for the types with behaviour ---

struct Question
{
    // The question's identity within its questionnaire and the versions made from it: answers
    // refer to it, it never changes when questions are reordered, and a number is never given
    // to another question. The order of the list is the order they are asked in.
    int number = 0;
    QString text;
    QString kind; // free_text, yes_no, yes_no_explain, single_choice, multiple_choice, ...
    bool required = false;
    QString help;
    QStringList choices;
};

struct QuestionnaireView
{
    QString key;
    qint64 revision = 0;
    QString title;
    int version = 0;
    QString status;
    QString purpose;
    QString introduction;
    QString previousVersion; // the key of the version this one was made from; empty for a first
    QList<Question> questions; // in their order

    static QuestionnaireView from(const QJsonObject &record);
    const Question *question(int number) const;
    // Where the question with this number is asked (0 for the first), or -1.
    int position(int number) const;
    // The record in the data model's shape (docs/data-model.md); no revision.
    QJsonObject toRecord() const;
};

struct Answer
{
    int question = 0;
    QString text;
    QString choice;
    qint64 revision = 0; // of this answer alone: answers are saved one by one

    bool isEmpty() const { return text.trimmed().isEmpty() && choice.trimmed().isEmpty(); }
};

// Someone who answered an interview; `person` is the key of their record, when they have one.
struct Respondent
{
    QString name;
    QString role;
    QString organisation;
    QString person;

    bool operator==(const Respondent &) const = default;
};

struct ResponseView
{
    QString key;
    qint64 revision = 0;
    QString questionnaire;
    QString title;
    QString subjectNetwork;
    QString subjectOrganisation;
    QList<Respondent> respondents;
    QString interviewer;
    QString date;
    QString mode;
    QString status;
    QString notes;
    QList<Answer> answers;

    static ResponseView from(const QJsonObject &record);
    const Answer *answer(int question) const;
    // The required questions of `questionnaire` this response leaves unanswered, by number.
    QList<int> missingRequired(const QuestionnaireView &questionnaire) const;
};

struct Section
{
    QString heading;
    int page = 0; // 0: unknown
    QString text;
};

struct DocumentView
{
    QString key;
    QString title;
    QString kind;
    QString date;
    QString language;
    QList<Section> sections;

    static DocumentView from(const QJsonObject &record);
};

// A practice's outcome figure: "58% of 1,153 students moved up a year".
struct Outcome
{
    QString name;
    std::optional<double> value;
    QString unit;
    int year = 0; // 0: not given
    QString note;
};

QList<Outcome> practiceOutcomes(const QJsonObject &practice);

} // namespace citykb
