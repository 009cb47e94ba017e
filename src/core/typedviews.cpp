#include "typedviews.h"

#include <QJsonArray>

namespace citykb {

const QList<FieldName> &namedFields()
{
    using namespace fields;
    static const QList<FieldName> all{
        key, revision,
        questionnaire::title, questionnaire::version, questionnaire::status, questionnaire::purpose,
        questionnaire::introduction, questionnaire::previousVersion, questionnaire::questions, questionnaire::number, questionnaire::text,
        questionnaire::kind, questionnaire::required, questionnaire::help, questionnaire::choices,
        response::questionnaire, response::title, response::subjectNetwork, response::subjectOrganisation,
        response::respondents, response::interviewer, response::date, response::mode, response::status, response::notes, response::answers,
        response::question, response::text, response::choice,
        document::title, document::kind, document::date, document::language, document::sections, document::heading,
        document::page, document::text,
        practice::title, practice::outcomes, practice::name, practice::value, practice::unit, practice::year,
        practice::note,
    };
    return all;
}

bool fieldInSpec(const FieldName &field)
{
    const RecordSpec &spec = specFor(field.type);
    const QString name = QString::fromLatin1(field.name);
    if (!field.list) {
        // Every record has a key and the revision of its last write.
        return name == QLatin1String("key") || name == QLatin1String("revision") || spec.field(name) || spec.child(name);
    }
    const ChildSpec *child = spec.child(QString::fromLatin1(field.list));
    if (!child)
        return false;
    for (const FieldSpec &f : child->fields) {
        if (f.name == name)
            return true;
    }
    return child->itemRevisions && name == QLatin1String("revision");
}

QJsonValue fieldValue(const QJsonObject &object, const FieldName &field)
{
    Q_ASSERT_X(fieldInSpec(field), "fieldValue", field.name);
    return object.value(field.latin1());
}

namespace {

QString textOf(const QJsonObject &o, const FieldName &f)
{
    return fieldValue(o, f).toString();
}

int intOf(const QJsonObject &o, const FieldName &f)
{
    return int(fieldValue(o, f).toInteger());
}

} // namespace

QuestionnaireView QuestionnaireView::from(const QJsonObject &record)
{
    namespace q = fields::questionnaire;
    QuestionnaireView view;
    view.key = textOf(record, fields::key);
    view.revision = fieldValue(record, fields::revision).toInteger();
    view.title = textOf(record, q::title);
    view.version = intOf(record, q::version);
    view.status = textOf(record, q::status);
    view.purpose = textOf(record, q::purpose);
    view.introduction = textOf(record, q::introduction);
    view.previousVersion = textOf(record, q::previousVersion);
    for (const QJsonValue &item : fieldValue(record, q::questions).toArray()) {
        const QJsonObject o = item.toObject();
        Question question;
        question.number = intOf(o, q::number);
        question.text = textOf(o, q::text);
        question.kind = textOf(o, q::kind);
        question.required = fieldValue(o, q::required).toBool();
        question.help = textOf(o, q::help);
        for (const QJsonValue &choice : fieldValue(o, q::choices).toArray())
            question.choices.append(choice.toString());
        view.questions.append(question);
    }
    return view;
}

const Question *QuestionnaireView::question(int number) const
{
    for (const Question &q : questions) {
        if (q.number == number)
            return &q;
    }
    return nullptr;
}

int QuestionnaireView::position(int number) const
{
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).number == number)
            return int(i);
    }
    return -1;
}

QJsonObject QuestionnaireView::toRecord() const
{
    namespace q = fields::questionnaire;
    QJsonObject record;
    auto setText = [](QJsonObject &o, const FieldName &f, const QString &value) {
        if (!value.trimmed().isEmpty())
            o.insert(f.latin1(), value);
    };
    setText(record, fields::key, key);
    setText(record, q::title, title);
    if (version > 0)
        record.insert(q::version.latin1(), version);
    setText(record, q::status, status);
    setText(record, q::purpose, purpose);
    setText(record, q::introduction, introduction);
    setText(record, q::previousVersion, previousVersion);
    QJsonArray list;
    for (const Question &question : questions) {
        QJsonObject o;
        o.insert(q::number.latin1(), question.number);
        o.insert(q::text.latin1(), question.text);
        o.insert(q::kind.latin1(), question.kind);
        o.insert(q::required.latin1(), question.required);
        setText(o, q::help, question.help);
        if (!question.choices.isEmpty())
            o.insert(q::choices.latin1(), QJsonArray::fromStringList(question.choices));
        list.append(o);
    }
    record.insert(q::questions.latin1(), list);
    return record;
}

ResponseView ResponseView::from(const QJsonObject &record)
{
    namespace r = fields::response;
    ResponseView view;
    view.key = textOf(record, fields::key);
    view.revision = fieldValue(record, fields::revision).toInteger();
    view.questionnaire = textOf(record, r::questionnaire);
    view.title = textOf(record, r::title);
    view.subjectNetwork = textOf(record, r::subjectNetwork);
    view.subjectOrganisation = textOf(record, r::subjectOrganisation);
    for (const QJsonValue &item : fieldValue(record, r::respondents).toArray()) {
        const QJsonObject o = item.toObject();
        view.respondents.append(Respondent{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("role")).toString(),
                                           o.value(QLatin1String("organisation")).toString(),
                                           o.value(QLatin1String("person")).toString()});
    }
    view.interviewer = textOf(record, r::interviewer);
    view.date = textOf(record, r::date);
    view.mode = textOf(record, r::mode);
    view.status = textOf(record, r::status);
    view.notes = textOf(record, r::notes);
    for (const QJsonValue &item : fieldValue(record, r::answers).toArray()) {
        const QJsonObject o = item.toObject();
        view.answers.append(Answer{intOf(o, r::question), textOf(o, r::text), textOf(o, r::choice),
                                   o.value(QLatin1String("revision")).toInteger()});
    }
    return view;
}

const Answer *ResponseView::answer(int question) const
{
    for (const Answer &a : answers) {
        if (a.question == question)
            return &a;
    }
    return nullptr;
}

QList<int> ResponseView::missingRequired(const QuestionnaireView &questionnaire) const
{
    QList<int> missing;
    for (const Question &q : questionnaire.questions) {
        const Answer *a = answer(q.number);
        if (q.required && (!a || a->isEmpty()))
            missing.append(q.number);
    }
    return missing;
}

DocumentView DocumentView::from(const QJsonObject &record)
{
    namespace d = fields::document;
    DocumentView view;
    view.key = textOf(record, fields::key);
    view.title = textOf(record, d::title);
    view.kind = textOf(record, d::kind);
    view.date = textOf(record, d::date);
    view.language = textOf(record, d::language);
    for (const QJsonValue &item : fieldValue(record, d::sections).toArray()) {
        const QJsonObject o = item.toObject();
        view.sections.append(Section{textOf(o, d::heading), intOf(o, d::page), textOf(o, d::text)});
    }
    return view;
}

QList<Outcome> practiceOutcomes(const QJsonObject &practice)
{
    namespace p = fields::practice;
    QList<Outcome> outcomes;
    for (const QJsonValue &item : fieldValue(practice, p::outcomes).toArray()) {
        const QJsonObject o = item.toObject();
        Outcome outcome;
        outcome.name = textOf(o, p::name);
        const QJsonValue value = fieldValue(o, p::value);
        if (value.isDouble())
            outcome.value = value.toDouble();
        outcome.unit = textOf(o, p::unit);
        outcome.year = intOf(o, p::year);
        outcome.note = textOf(o, p::note);
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace citykb
