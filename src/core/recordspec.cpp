#include "recordspec.h"

#include <QHash>

namespace citykb {

namespace {

FieldSpec text(const QString &name, bool required = false, QStringList allowed = {})
{
    return FieldSpec{name, FieldKind::Text, name, required, std::nullopt, OnDelete::SetNull, allowed};
}

FieldSpec integer(const QString &name)
{
    return FieldSpec{name, FieldKind::Integer, name, false, std::nullopt, OnDelete::SetNull, {}};
}

FieldSpec number(const QString &name)
{
    return FieldSpec{name, FieldKind::Number, name, false, std::nullopt, OnDelete::SetNull, {}};
}

FieldSpec boolean(const QString &name)
{
    return FieldSpec{name, FieldKind::Boolean, name, false, std::nullopt, OnDelete::SetNull, {}};
}

FieldSpec json(const QString &name)
{
    return FieldSpec{name, FieldKind::Json, name, false, std::nullopt, OnDelete::SetNull, {}};
}

FieldSpec ref(const QString &name, RecordType target, bool required = false,
              OnDelete onDelete = OnDelete::SetNull)
{
    return FieldSpec{name, FieldKind::Ref, name + QStringLiteral("_id"), required, target, onDelete, {}};
}

ChildSpec keyList(const QString &name, const QString &table, const QString &parentColumn,
                  FieldSpec refField, const QString &fixedColumn = {}, const QString &fixedValue = {})
{
    return ChildSpec{name, table, parentColumn, {}, refField, fixedColumn, fixedValue, false};
}

ChildSpec objectList(const QString &name, const QString &table, const QString &parentColumn,
                     QList<FieldSpec> fields)
{
    return ChildSpec{name, table, parentColumn, std::move(fields), std::nullopt, {}, {}, false};
}

ChildSpec answerList()
{
    ChildSpec answers = objectList(QStringLiteral("answers"), QStringLiteral("answers"), QStringLiteral("response_id"),
                                   {integer(QStringLiteral("question")), text(QStringLiteral("text")),
                                    text(QStringLiteral("choice"))});
    answers.itemRevisions = true;
    return answers;
}

const QStringList statusOfPractice{QStringLiteral("ongoing"), QStringLiteral("completed"),
                                   QStringLiteral("pilot"), QStringLiteral("planned")};
const QStringList statusOfEvent{QStringLiteral("planned"), QStringLiteral("held"),
                                QStringLiteral("postponed"), QStringLiteral("cancelled")};
const QStringList vocabularies{QStringLiteral("theme"), QStringLiteral("target_group"),
                               QStringLiteral("success_factor"), QStringLiteral("challenge"),
                               QStringLiteral("inclusion_pillar"), QStringLiteral("instrument"),
                               QStringLiteral("policy_area")};
const QStringList questionKinds{QStringLiteral("free_text"), QStringLiteral("yes_no"),
                                QStringLiteral("yes_no_explain"), QStringLiteral("single_choice"),
                                QStringLiteral("multiple_choice"), QStringLiteral("contact_details"),
                                QStringLiteral("date"), QStringLiteral("number")};

// The lists of docs/data-model.md (and data/schema/citykb-data.schema.json).
const QStringList kindOfDocument{QStringLiteral("report"), QStringLiteral("study"), QStringLiteral("work plan"),
                                 QStringLiteral("conference report"), QStringLiteral("call"),
                                 QStringLiteral("transcript"), QStringLiteral("web page")};
const QStringList kindOfNetwork{QStringLiteral("city network"), QStringLiteral("regional network"),
                                QStringLiteral("member-state network"), QStringLiteral("online platform"),
                                QStringLiteral("coalition"), QStringLiteral("EU programme"),
                                QStringLiteral("EU institution"), QStringLiteral("partnership"),
                                QStringLiteral("research project"), QStringLiteral("foundation"),
                                QStringLiteral("federation"), QStringLiteral("community")};
const QStringList scopeOfNetwork{QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("national"),
                                 QStringLiteral("global")};
const QStringList kindOfOrganisation{QStringLiteral("region"), QStringLiteral("NGO"), QStringLiteral("university"),
                                     QStringLiteral("agency"), QStringLiteral("foundation"), QStringLiteral("EU body"),
                                     QStringLiteral("government"), QStringLiteral("company"),
                                     QStringLiteral("think tank")};
const QStringList kindOfWorkingGroup{QStringLiteral("working group"), QStringLiteral("task team"),
                                     QStringLiteral("thematic group"), QStringLiteral("partnership"),
                                     QStringLiteral("sub-network"), QStringLiteral("policy lab")};
const QStringList rolesInMembership{QStringLiteral("member"), QStringLiteral("partner city"),
                                    QStringLiteral("lead partner"), QStringLiteral("partner"), QStringLiteral("chair"),
                                    QStringLiteral("vice chair"), QStringLiteral("president"),
                                    QStringLiteral("associated"), QStringLiteral("founder"), QStringLiteral("lead")};
const QStringList relationsOfPractice{QStringLiteral("adapted from"), QStringLiteral("similar to"),
                                      QStringLiteral("part of")};
const QStringList kindOfEvent{QStringLiteral("conference"), QStringLiteral("working-group meeting"),
                              QStringLiteral("webinar"), QStringLiteral("forum meeting"), QStringLiteral("policy lab"),
                              QStringLiteral("study visit"), QStringLiteral("seminar"), QStringLiteral("online meeting"),
                              QStringLiteral("workshop"), QStringLiteral("summer school"), QStringLiteral("award")};
const QStringList modesOfResponse{QStringLiteral("phone"), QStringLiteral("in person"), QStringLiteral("video call"),
                                  QStringLiteral("e-mail"), QStringLiteral("skype")};

QList<FieldSpec> membershipFields()
{
    return {ref(QStringLiteral("network"), RecordType::Network),
            ref(QStringLiteral("working_group"), RecordType::WorkingGroup),
            text(QStringLiteral("role"), false, rolesInMembership), text(QStringLiteral("note"))};
}

QList<RecordSpec> buildSpecs()
{
    const FieldSpec sources = json(QStringLiteral("sources"));
    // Figures about a place or a network, each with its own source (docs/data-model.md).
    const FieldSpec indicators = json(QStringLiteral("indicators"));
    QList<RecordSpec> specs;

    specs.append({RecordType::Taxonomy, QStringLiteral("taxonomy"), QStringLiteral("term"),
                  QStringLiteral("taxonomy_terms"), QStringLiteral("term"),
                  {text(QStringLiteral("vocabulary"), true, vocabularies),
                   text(QStringLiteral("term"), true), json(QStringLiteral("synonyms")),
                   text(QStringLiteral("description")), sources},
                  {}});

    specs.append({RecordType::Document, QStringLiteral("documents"), QStringLiteral("document"),
                  QStringLiteral("documents"), QStringLiteral("title"),
                  {text(QStringLiteral("title"), true), text(QStringLiteral("kind"), false, kindOfDocument),
                   text(QStringLiteral("date")), text(QStringLiteral("organisation")),
                   text(QStringLiteral("language")), text(QStringLiteral("file_name")),
                   text(QStringLiteral("checksum")), text(QStringLiteral("summary")), sources,
                   json(QStringLiteral("mentions"))},
                  {objectList(QStringLiteral("sections"), QStringLiteral("document_sections"),
                              QStringLiteral("document_id"),
                              {text(QStringLiteral("heading")), integer(QStringLiteral("page")),
                               text(QStringLiteral("text"))})}});

    specs.append({RecordType::Network, QStringLiteral("networks"), QStringLiteral("network"),
                  QStringLiteral("networks"), QStringLiteral("name"),
                  {text(QStringLiteral("name"), true), text(QStringLiteral("acronym")),
                   text(QStringLiteral("kind"), false, kindOfNetwork), text(QStringLiteral("scope"), false, scopeOfNetwork),
                   text(QStringLiteral("country")), ref(QStringLiteral("parent"), RecordType::Network),
                   integer(QStringLiteral("founded_year")), text(QStringLiteral("founders")),
                   text(QStringLiteral("headquarters")), number(QStringLiteral("members_count")),
                   text(QStringLiteral("members_as_of")), text(QStringLiteral("members_note")),
                   json(QStringLiteral("eligibility")), json(QStringLiteral("fees")),
                   text(QStringLiteral("how_to_join")), text(QStringLiteral("new_group_rule")),
                   text(QStringLiteral("interview_mode")), text(QStringLiteral("website")),
                   text(QStringLiteral("description")), text(QStringLiteral("runs_until")), indicators, sources},
                  {}});

    specs.append({RecordType::Organisation, QStringLiteral("organisations"),
                  QStringLiteral("organisation"), QStringLiteral("organisations"),
                  QStringLiteral("name"),
                  {text(QStringLiteral("name"), true), text(QStringLiteral("acronym")),
                   text(QStringLiteral("kind"), false, kindOfOrganisation), text(QStringLiteral("country")),
                   ref(QStringLiteral("city"), RecordType::City), text(QStringLiteral("website")),
                   text(QStringLiteral("description")), indicators, sources},
                  {objectList(QStringLiteral("memberships"), QStringLiteral("memberships"),
                              QStringLiteral("organisation_id"), membershipFields())}});

    specs.append({RecordType::City, QStringLiteral("cities"), QStringLiteral("city"),
                  QStringLiteral("cities"), QStringLiteral("name"),
                  {text(QStringLiteral("name"), true), text(QStringLiteral("country")),
                   integer(QStringLiteral("population")), integer(QStringLiteral("population_year")),
                   text(QStringLiteral("region")), text(QStringLiteral("description")), indicators, sources},
                  {objectList(QStringLiteral("memberships"), QStringLiteral("memberships"),
                              QStringLiteral("city_id"), membershipFields())}});

    specs.append({RecordType::Forum, QStringLiteral("forums"), QStringLiteral("forum"),
                  QStringLiteral("forums"), QStringLiteral("name"),
                  {ref(QStringLiteral("network"), RecordType::Network, true, OnDelete::Restrict),
                   text(QStringLiteral("name"), true), text(QStringLiteral("chair")),
                   ref(QStringLiteral("chair_city"), RecordType::City),
                   text(QStringLiteral("description")), sources},
                  {}});

    specs.append({RecordType::WorkingGroup, QStringLiteral("working-groups"),
                  QStringLiteral("working-group"), QStringLiteral("working_groups"),
                  QStringLiteral("name"),
                  {ref(QStringLiteral("network"), RecordType::Network, true, OnDelete::Restrict),
                   ref(QStringLiteral("forum"), RecordType::Forum), text(QStringLiteral("name"), true),
                   text(QStringLiteral("kind"), false, kindOfWorkingGroup), text(QStringLiteral("focus")),
                   ref(QStringLiteral("lead_city"), RecordType::City), text(QStringLiteral("rules")),
                   text(QStringLiteral("eu_policy")), text(QStringLiteral("meeting_frequency")),
                   text(QStringLiteral("description")), json(QStringLiteral("work_plans")), sources},
                  {}});

    specs.append({RecordType::Person, QStringLiteral("people"), QStringLiteral("person"),
                  QStringLiteral("people"), QStringLiteral("name"),
                  {text(QStringLiteral("name"), true), text(QStringLiteral("role")),
                   text(QStringLiteral("organisation_name")),
                   ref(QStringLiteral("organisation"), RecordType::Organisation),
                   ref(QStringLiteral("network"), RecordType::Network),
                   ref(QStringLiteral("city"), RecordType::City),
                   ref(QStringLiteral("working_group"), RecordType::WorkingGroup), text(QStringLiteral("email")),
                   text(QStringLiteral("phone")), sources},
                  {}});

    const QString practiceId = QStringLiteral("practice_id");
    const QString terms = QStringLiteral("practice_terms");
    const QString vocabulary = QStringLiteral("vocabulary");
    const FieldSpec term = ref(QStringLiteral("term"), RecordType::Taxonomy);
    // practice_id is the parent column in practice_relations, so the related one gets its own.
    FieldSpec relatedPractice = ref(QStringLiteral("practice"), RecordType::Practice, true);
    relatedPractice.column = QStringLiteral("practice_ref_id");
    specs.append({RecordType::Practice, QStringLiteral("practices"), QStringLiteral("practice"),
                  QStringLiteral("practices"), QStringLiteral("title"),
                  {text(QStringLiteral("title"), true), json(QStringLiteral("countries")),
                   text(QStringLiteral("period")), integer(QStringLiteral("start_year")),
                   integer(QStringLiteral("end_year")),
                   text(QStringLiteral("status"), false, statusOfPractice),
                   text(QStringLiteral("summary")), text(QStringLiteral("innovation")),
                   json(QStringLiteral("partners")), json(QStringLiteral("funding")),
                   text(QStringLiteral("language")), sources},
                  {keyList(QStringLiteral("cities"), QStringLiteral("practice_cities"), practiceId,
                           ref(QStringLiteral("city"), RecordType::City)),
                   keyList(QStringLiteral("networks"), QStringLiteral("practice_networks"), practiceId,
                           ref(QStringLiteral("network"), RecordType::Network)),
                   keyList(QStringLiteral("organisations"), QStringLiteral("practice_organisations"),
                           practiceId, ref(QStringLiteral("organisation"), RecordType::Organisation)),
                   keyList(QStringLiteral("themes"), terms, practiceId, term, vocabulary,
                           QStringLiteral("theme")),
                   keyList(QStringLiteral("target_groups"), terms, practiceId, term, vocabulary,
                           QStringLiteral("target_group")),
                   keyList(QStringLiteral("success_factors"), terms, practiceId, term, vocabulary,
                           QStringLiteral("success_factor")),
                   keyList(QStringLiteral("instruments"), terms, practiceId, term, vocabulary,
                           QStringLiteral("instrument")),
                   objectList(QStringLiteral("outcomes"), QStringLiteral("practice_outcomes"), practiceId,
                              {text(QStringLiteral("name"), true), number(QStringLiteral("value")),
                               text(QStringLiteral("unit")), integer(QStringLiteral("year")),
                               text(QStringLiteral("note"))}),
                   objectList(QStringLiteral("related"), QStringLiteral("practice_relations"), practiceId,
                              {relatedPractice, text(QStringLiteral("relation"), false, relationsOfPractice)})}});

    specs.append({RecordType::Event, QStringLiteral("events"), QStringLiteral("event"),
                  QStringLiteral("events"), QStringLiteral("title"),
                  {text(QStringLiteral("title"), true), text(QStringLiteral("kind"), false, kindOfEvent),
                   text(QStringLiteral("date_text")), text(QStringLiteral("start_date")),
                   text(QStringLiteral("end_date")), text(QStringLiteral("place")),
                   ref(QStringLiteral("city"), RecordType::City),
                   ref(QStringLiteral("network"), RecordType::Network),
                   ref(QStringLiteral("working_group"), RecordType::WorkingGroup),
                   text(QStringLiteral("status"), false, statusOfEvent),
                   integer(QStringLiteral("participants_count")), json(QStringLiteral("participants")),
                   json(QStringLiteral("organisers")), text(QStringLiteral("host")),
                   json(QStringLiteral("key_messages")), text(QStringLiteral("summary")), sources},
                  {keyList(QStringLiteral("practices"), QStringLiteral("event_practices"),
                           QStringLiteral("event_id"), ref(QStringLiteral("practice"), RecordType::Practice))}});

    specs.append({RecordType::Questionnaire, QStringLiteral("questionnaires"),
                  QStringLiteral("questionnaire"), QStringLiteral("questionnaires"),
                  QStringLiteral("title"),
                  {text(QStringLiteral("title"), true), integer(QStringLiteral("version")),
                   text(QStringLiteral("status"), false, {QStringLiteral("draft"), QStringLiteral("published")}),
                   text(QStringLiteral("purpose")), text(QStringLiteral("introduction")),
                   ref(QStringLiteral("previous_version"), RecordType::Questionnaire), sources},
                  {objectList(QStringLiteral("questions"), QStringLiteral("questions"),
                              QStringLiteral("questionnaire_id"),
                              {integer(QStringLiteral("number")), text(QStringLiteral("text"), true),
                               text(QStringLiteral("kind"), true, questionKinds),
                               boolean(QStringLiteral("required")), text(QStringLiteral("help")),
                               json(QStringLiteral("choices"))})}});

    specs.append({RecordType::Response, QStringLiteral("responses"), QStringLiteral("response"),
                  QStringLiteral("responses"), QStringLiteral("title"),
                  {ref(QStringLiteral("questionnaire"), RecordType::Questionnaire, true, OnDelete::Restrict),
                   text(QStringLiteral("title")),
                   ref(QStringLiteral("subject_network"), RecordType::Network),
                   ref(QStringLiteral("subject_organisation"), RecordType::Organisation),
                   json(QStringLiteral("respondents")), text(QStringLiteral("interviewer")),
                   text(QStringLiteral("date")), text(QStringLiteral("mode"), false, modesOfResponse),
                   text(QStringLiteral("status"), false, {QStringLiteral("draft"), QStringLiteral("complete")}),
                   text(QStringLiteral("notes")), sources},
                  {answerList()}});

    specs.append({RecordType::Recommendation, QStringLiteral("recommendations"),
                  QStringLiteral("recommendation"), QStringLiteral("recommendations"),
                  QStringLiteral("title"),
                  {ref(QStringLiteral("document"), RecordType::Document), integer(QStringLiteral("number")),
                   text(QStringLiteral("title")), text(QStringLiteral("text"), true),
                   text(QStringLiteral("audience")), json(QStringLiteral("actions")), sources},
                  {keyList(QStringLiteral("networks"), QStringLiteral("recommendation_networks"),
                           QStringLiteral("recommendation_id"), ref(QStringLiteral("network"), RecordType::Network)),
                   keyList(QStringLiteral("events"), QStringLiteral("recommendation_events"),
                           QStringLiteral("recommendation_id"), ref(QStringLiteral("event"), RecordType::Event))}});
    return specs;
}

const QList<RecordSpec> &specs()
{
    static const QList<RecordSpec> all = buildSpecs();
    return all;
}

QString normalisedWord(const QString &word)
{
    return word.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

const FieldSpec *RecordSpec::field(const QString &name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const ChildSpec *RecordSpec::child(const QString &name) const
{
    for (const ChildSpec &c : children) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const QList<RecordType> &allRecordTypes()
{
    static const QList<RecordType> types = [] {
        QList<RecordType> t;
        for (const RecordSpec &s : specs())
            t.append(s.type);
        return t;
    }();
    return types;
}

const QList<RecordType> &loadOrder()
{
    // specs() is already written in an order where required references point backwards.
    return allRecordTypes();
}

const RecordSpec &specFor(RecordType type)
{
    return specs().at(static_cast<int>(type));
}

std::optional<RecordType> recordTypeFromWord(const QString &word)
{
    const QString w = normalisedWord(word);
    for (const RecordSpec &s : specs()) {
        if (w == s.word || w == s.singular)
            return s.type;
    }
    if (w == QLatin1String("person"))
        return RecordType::Person;
    if (w == QLatin1String("terms") || w == QLatin1String("taxonomies"))
        return RecordType::Taxonomy;
    return std::nullopt;
}

QString recordTypeWord(RecordType type)
{
    return specFor(type).word;
}

QStringList recordTypeWords()
{
    QStringList words;
    for (const RecordSpec &s : specs())
        words.append(s.word);
    return words;
}

} // namespace citykb
