#include "displaynames.h"

#include "app/recordpageservice.h"

#include <QHash>
#include <QStringList>

namespace citykb {

namespace {

// The words of the spec's fields (src/core/recordspec.cpp), marked for lupdate: field names are
// data, so lupdate cannot find them at the call. tst_translations checks that every field of
// every spec is here.
const QHash<QString, const char *> &fieldWords()
{
    static const QHash<QString, const char *> words{
        {"acronym", QT_TRANSLATE_NOOP("DisplayNames", "Acronym")},
        {"actions", QT_TRANSLATE_NOOP("DisplayNames", "Actions")},
        {"answers", QT_TRANSLATE_NOOP("DisplayNames", "Answers")},
        {"audience", QT_TRANSLATE_NOOP("DisplayNames", "Audience")},
        {"chair", QT_TRANSLATE_NOOP("DisplayNames", "Chair")},
        {"chair_city", QT_TRANSLATE_NOOP("DisplayNames", "Chair city")},
        {"checksum", QT_TRANSLATE_NOOP("DisplayNames", "Checksum")},
        {"choice", QT_TRANSLATE_NOOP("DisplayNames", "Choice")},
        {"choices", QT_TRANSLATE_NOOP("DisplayNames", "Choices")},
        {"cities", QT_TRANSLATE_NOOP("DisplayNames", "Cities")},
        {"city", QT_TRANSLATE_NOOP("DisplayNames", "City")},
        {"countries", QT_TRANSLATE_NOOP("DisplayNames", "Countries")},
        {"country", QT_TRANSLATE_NOOP("DisplayNames", "Country")},
        {"date", QT_TRANSLATE_NOOP("DisplayNames", "Date")},
        {"date_text", QT_TRANSLATE_NOOP("DisplayNames", "Date text")},
        {"description", QT_TRANSLATE_NOOP("DisplayNames", "Description")},
        {"document", QT_TRANSLATE_NOOP("DisplayNames", "Document")},
        {"eligibility", QT_TRANSLATE_NOOP("DisplayNames", "Eligibility")},
        {"email", QT_TRANSLATE_NOOP("DisplayNames", "Email")},
        {"end_date", QT_TRANSLATE_NOOP("DisplayNames", "End date")},
        {"end_year", QT_TRANSLATE_NOOP("DisplayNames", "End year")},
        {"eu_policy", QT_TRANSLATE_NOOP("DisplayNames", "EU policy")},
        {"events", QT_TRANSLATE_NOOP("DisplayNames", "Events")},
        {"fees", QT_TRANSLATE_NOOP("DisplayNames", "Fees")},
        {"file_name", QT_TRANSLATE_NOOP("DisplayNames", "File name")},
        {"focus", QT_TRANSLATE_NOOP("DisplayNames", "Focus")},
        {"forum", QT_TRANSLATE_NOOP("DisplayNames", "Forum")},
        {"founded_year", QT_TRANSLATE_NOOP("DisplayNames", "Founded year")},
        {"founders", QT_TRANSLATE_NOOP("DisplayNames", "Founders")},
        {"funding", QT_TRANSLATE_NOOP("DisplayNames", "Funding")},
        {"heading", QT_TRANSLATE_NOOP("DisplayNames", "Heading")},
        {"headquarters", QT_TRANSLATE_NOOP("DisplayNames", "Headquarters")},
        {"help", QT_TRANSLATE_NOOP("DisplayNames", "Help")},
        {"host", QT_TRANSLATE_NOOP("DisplayNames", "Host")},
        {"how_to_join", QT_TRANSLATE_NOOP("DisplayNames", "How to join")},
        {"id", QT_TRANSLATE_NOOP("DisplayNames", "ID")},
        {"indicators", QT_TRANSLATE_NOOP("DisplayNames", "Indicators")},
        {"innovation", QT_TRANSLATE_NOOP("DisplayNames", "Innovation")},
        {"instruments", QT_TRANSLATE_NOOP("DisplayNames", "Instruments")},
        {"interview_mode", QT_TRANSLATE_NOOP("DisplayNames", "Interview mode")},
        {"interviewer", QT_TRANSLATE_NOOP("DisplayNames", "Interviewer")},
        {"introduction", QT_TRANSLATE_NOOP("DisplayNames", "Introduction")},
        {"key", QT_TRANSLATE_NOOP("DisplayNames", "Key")},
        {"key_messages", QT_TRANSLATE_NOOP("DisplayNames", "Key messages")},
        {"kind", QT_TRANSLATE_NOOP("DisplayNames", "Kind")},
        {"language", QT_TRANSLATE_NOOP("DisplayNames", "Language")},
        {"lead_city", QT_TRANSLATE_NOOP("DisplayNames", "Lead city")},
        {"meeting_frequency", QT_TRANSLATE_NOOP("DisplayNames", "Meeting frequency")},
        {"members_as_of", QT_TRANSLATE_NOOP("DisplayNames", "Members as of")},
        {"members_count", QT_TRANSLATE_NOOP("DisplayNames", "Members count")},
        {"members_note", QT_TRANSLATE_NOOP("DisplayNames", "Members note")},
        {"memberships", QT_TRANSLATE_NOOP("DisplayNames", "Memberships")},
        {"mentions", QT_TRANSLATE_NOOP("DisplayNames", "Mentions")},
        {"mode", QT_TRANSLATE_NOOP("DisplayNames", "Mode")},
        {"name", QT_TRANSLATE_NOOP("DisplayNames", "Name")},
        {"network", QT_TRANSLATE_NOOP("DisplayNames", "Network")},
        {"networks", QT_TRANSLATE_NOOP("DisplayNames", "Networks")},
        {"new_group_rule", QT_TRANSLATE_NOOP("DisplayNames", "New group rule")},
        {"note", QT_TRANSLATE_NOOP("DisplayNames", "Note")},
        {"notes", QT_TRANSLATE_NOOP("DisplayNames", "Notes")},
        {"number", QT_TRANSLATE_NOOP("DisplayNames", "Number")},
        {"organisation", QT_TRANSLATE_NOOP("DisplayNames", "Organisation")},
        {"organisation_name", QT_TRANSLATE_NOOP("DisplayNames", "Organisation name")},
        {"organisations", QT_TRANSLATE_NOOP("DisplayNames", "Organisations")},
        {"organisers", QT_TRANSLATE_NOOP("DisplayNames", "Organisers")},
        {"outcomes", QT_TRANSLATE_NOOP("DisplayNames", "Outcomes")},
        {"page", QT_TRANSLATE_NOOP("DisplayNames", "Page")},
        {"parent", QT_TRANSLATE_NOOP("DisplayNames", "Parent")},
        {"participants", QT_TRANSLATE_NOOP("DisplayNames", "Participants")},
        {"participants_count", QT_TRANSLATE_NOOP("DisplayNames", "Participants count")},
        {"partners", QT_TRANSLATE_NOOP("DisplayNames", "Partners")},
        {"period", QT_TRANSLATE_NOOP("DisplayNames", "Period")},
        {"phone", QT_TRANSLATE_NOOP("DisplayNames", "Phone")},
        {"place", QT_TRANSLATE_NOOP("DisplayNames", "Place")},
        {"population", QT_TRANSLATE_NOOP("DisplayNames", "Population")},
        {"population_year", QT_TRANSLATE_NOOP("DisplayNames", "Population year")},
        {"practice", QT_TRANSLATE_NOOP("DisplayNames", "Practice")},
        {"practices", QT_TRANSLATE_NOOP("DisplayNames", "Practices")},
        {"previous_version", QT_TRANSLATE_NOOP("DisplayNames", "Previous version")},
        {"purpose", QT_TRANSLATE_NOOP("DisplayNames", "Purpose")},
        {"question", QT_TRANSLATE_NOOP("DisplayNames", "Question")},
        {"questionnaire", QT_TRANSLATE_NOOP("DisplayNames", "Questionnaire")},
        {"questions", QT_TRANSLATE_NOOP("DisplayNames", "Questions")},
        {"region", QT_TRANSLATE_NOOP("DisplayNames", "Region")},
        {"related", QT_TRANSLATE_NOOP("DisplayNames", "Related")},
        {"relation", QT_TRANSLATE_NOOP("DisplayNames", "Relation")},
        {"required", QT_TRANSLATE_NOOP("DisplayNames", "Required")},
        {"respondents", QT_TRANSLATE_NOOP("DisplayNames", "Respondents")},
        {"role", QT_TRANSLATE_NOOP("DisplayNames", "Role")},
        {"rules", QT_TRANSLATE_NOOP("DisplayNames", "Rules")},
        {"runs_until", QT_TRANSLATE_NOOP("DisplayNames", "Runs until")},
        {"scope", QT_TRANSLATE_NOOP("DisplayNames", "Scope")},
        {"sections", QT_TRANSLATE_NOOP("DisplayNames", "Sections")},
        {"sources", QT_TRANSLATE_NOOP("DisplayNames", "Sources")},
        {"start_date", QT_TRANSLATE_NOOP("DisplayNames", "Start date")},
        {"start_year", QT_TRANSLATE_NOOP("DisplayNames", "Start year")},
        {"status", QT_TRANSLATE_NOOP("DisplayNames", "Status")},
        {"subject_network", QT_TRANSLATE_NOOP("DisplayNames", "Subject network")},
        {"subject_organisation", QT_TRANSLATE_NOOP("DisplayNames", "Subject organisation")},
        {"success_factors", QT_TRANSLATE_NOOP("DisplayNames", "Success factors")},
        {"summary", QT_TRANSLATE_NOOP("DisplayNames", "Summary")},
        {"synonyms", QT_TRANSLATE_NOOP("DisplayNames", "Synonyms")},
        {"target_groups", QT_TRANSLATE_NOOP("DisplayNames", "Target groups")},
        {"term", QT_TRANSLATE_NOOP("DisplayNames", "Term")},
        {"text", QT_TRANSLATE_NOOP("DisplayNames", "Text")},
        {"themes", QT_TRANSLATE_NOOP("DisplayNames", "Themes")},
        {"title", QT_TRANSLATE_NOOP("DisplayNames", "Title")},
        {"unit", QT_TRANSLATE_NOOP("DisplayNames", "Unit")},
        {"value", QT_TRANSLATE_NOOP("DisplayNames", "Value")},
        {"version", QT_TRANSLATE_NOOP("DisplayNames", "Version")},
        {"vocabulary", QT_TRANSLATE_NOOP("DisplayNames", "Vocabulary")},
        {"website", QT_TRANSLATE_NOOP("DisplayNames", "Website")},
        {"work_plans", QT_TRANSLATE_NOOP("DisplayNames", "Work plans")},
        {"working_group", QT_TRANSLATE_NOOP("DisplayNames", "Working group")},
        {"year", QT_TRANSLATE_NOOP("DisplayNames", "Year")},
    };
    return words;
}

} // namespace

QString DisplayNames::field(const QString &fieldName)
{
    if (const char *word = fieldWords().value(fieldName))
        return tr(word);
    // A field the table does not know yet: its name made readable ("start_year" → "Start year").
    QStringList words = fieldName.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words) {
        // Abbreviations stay in capitals.
        if (word == QLatin1String("eu") || word == QLatin1String("id"))
            word = word.toUpper();
    }
    QString text = words.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool DisplayNames::knowsField(const QString &fieldName)
{
    return fieldWords().contains(fieldName);
}

QString DisplayNames::recordTypes(RecordType type, bool heading)
{
    switch (type) {
    case RecordType::Taxonomy: return heading ? tr("Taxonomy", "record type, plural, heading") : tr("taxonomy terms", "record type, plural, in a count");
    case RecordType::Document: return heading ? tr("Documents", "record type, plural, heading") : tr("documents", "record type, plural, in a count");
    case RecordType::Network: return heading ? tr("Networks", "record type, plural, heading") : tr("networks", "record type, plural, in a count");
    case RecordType::Organisation: return heading ? tr("Organisations", "record type, plural, heading") : tr("organisations", "record type, plural, in a count");
    case RecordType::City: return heading ? tr("Cities", "record type, plural, heading") : tr("cities", "record type, plural, in a count");
    case RecordType::Forum: return heading ? tr("Forums", "record type, plural, heading") : tr("forums", "record type, plural, in a count");
    case RecordType::WorkingGroup: return heading ? tr("Working groups", "record type, plural, heading") : tr("working groups", "record type, plural, in a count");
    case RecordType::Person: return heading ? tr("People", "record type, plural, heading") : tr("people", "record type, plural, in a count");
    case RecordType::Practice: return heading ? tr("Practices", "record type, plural, heading") : tr("practices", "record type, plural, in a count");
    case RecordType::Event: return heading ? tr("Events", "record type, plural, heading") : tr("events", "record type, plural, in a count");
    case RecordType::Questionnaire: return heading ? tr("Questionnaires", "record type, plural, heading") : tr("questionnaires", "record type, plural, in a count");
    case RecordType::Response: return heading ? tr("Responses", "record type, plural, heading") : tr("responses", "record type, plural, in a count");
    case RecordType::Recommendation: return heading ? tr("Recommendations", "record type, plural, heading") : tr("recommendations", "record type, plural, in a count");
    }
    return specFor(type).word;
}

QString DisplayNames::recordType(RecordType type)
{
    return recordTypeName(type);
}

QString DisplayNames::facetField(const QString &field)
{
    if (field == QLatin1String("type"))
        return tr("Type");
    if (field == QLatin1String("network"))
        return tr("Network");
    if (field == QLatin1String("working-group"))
        return tr("Working group");
    if (field == QLatin1String("city"))
        return tr("City");
    if (field == QLatin1String("country"))
        return tr("Country");
    if (field == QLatin1String("theme"))
        return tr("Theme");
    if (field == QLatin1String("target-group"))
        return tr("Target group");
    if (field == QLatin1String("success-factor"))
        return tr("Success factor");
    if (field == QLatin1String("instrument"))
        return tr("Instrument");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("year"))
        return tr("Year");
    return DisplayNames::field(QString(field).replace(QLatin1Char('-'), QLatin1Char('_')));
}

} // namespace citykb
