#include "validation.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <limits>

namespace citykb {

namespace {

const QSet<QString> &metaFields()
{
    // "revision" is the store's: a record read from it may be written back as it is.
    static const QSet<QString> names{QStringLiteral("key"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"), QStringLiteral("revision")};
    return names;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + printable(text) + QLatin1Char('"');
}

bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == static_cast<double>(static_cast<qint64>(d)) && d >= -9.0e15 && d <= 9.0e15;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// --- what a field's name says about its values (docs/data-model.md) ---
// date, start_date, end_date, members_as_of, runs_until: YYYY-MM-DD, YYYY-MM or YYYY. Fuzzy
// wordings ("spring 2018") go into date_text, which is free text.
bool isDateField(const QString &name)
{
    return name == QLatin1String("date") || name.endsWith(QLatin1String("_date"))
           || name == QLatin1String("members_as_of") || name == QLatin1String("runs_until");
}

bool isYearField(const QString &name)
{
    return name == QLatin1String("year") || name.endsWith(QLatin1String("_year"));
}

// Counts of people or members: whole numbers, never negative.
bool isCountField(const QString &name)
{
    return name == QLatin1String("population") || name.endsWith(QLatin1String("_count"));
}

// Numbers that count from 1: a question's number, an answer's question, a page, a version.
bool isOrdinalField(const QString &name)
{
    return name == QLatin1String("number") || name == QLatin1String("question")
           || name == QLatin1String("version") || name == QLatin1String("page");
}

// What is wrong with a text that must not reach the store, or nothing.
QString textProblem(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return QStringLiteral("a NUL character");
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c < 0xa0))
            return QStringLiteral("a control character");
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return QStringLiteral("a lone UTF-16 surrogate");
    }
    return {};
}

struct TextFault
{
    QString path;    // from the value checked down to the bad text: ".sources[2].section"
    QString problem;
    bool inName = false; // the bad text is a field name, not a value
};

std::optional<TextFault> findTextFault(const QJsonValue &value)
{
    if (value.isString()) {
        if (QString problem = textProblem(value.toString()); !problem.isEmpty())
            return TextFault{QString(), problem};
    } else if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto fault = findTextFault(items.at(i))) {
                fault->path.prepend(QStringLiteral("[%1]").arg(i));
                return fault;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (QString problem = textProblem(it.key()); !problem.isEmpty())
                return TextFault{QString(), problem, true};
            if (auto fault = findTextFault(it.value())) {
                fault->path.prepend(QLatin1Char('.') + printable(it.key()));
                return fault;
            }
        }
    }
    return std::nullopt;
}

// "target_group" → "a target group", "instrument" → "an instrument".
QString vocabularyWord(const QString &vocabulary)
{
    const QString word = QString(vocabulary).replace(QLatin1Char('_'), QLatin1Char(' '));
    const bool vowel = !word.isEmpty() && QStringLiteral("aeiou").contains(word.at(0));
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + word;
}

// --- nested JSON: sources, fees, respondents, work plans, ... (docs/data-model.md) ---
enum class Part {
    Text,       // a string that is not blank
    Key,        // the key of a record
    Amount,     // a number, 0 or more
    Number,     // any number (an indicator may fall below zero)
    Count,      // a whole number, 0 or more
    Year,       // a whole number from earliestYear to latestYear
    Ordinal,    // a whole number from 1
    Currency,   // an ISO 4217 code: three capital letters
    Country,    // an ISO 3166-1 alpha-2 code
    Texts,      // a list of texts
    Objectives, // a work plan's objectives
    Lines,      // lines of a source document: "647" or "647-649"
    Source,     // one source: { document, section, lines }
    Choice,     // one of the part's choices
};

struct PartSpec
{
    PartSpec(QString name, Part part, bool required = false, QStringList choices = {})
        : name(std::move(name)), part(part), required(required), choices(std::move(choices))
    {
    }

    QString name;
    Part part;
    bool required = false;
    QStringList choices; // for Choice
};

// A JSON field that is a list of objects, one object, or a list of plain values.
struct Shape
{
    enum Form { ObjectList, Object, ValueList } form;
    QList<PartSpec> parts; // the objects' fields, or for a ValueList the one kind of value
};

// Where a fact comes from: the document, the section (its heading as printed) and, to point
// closer, the lines of the document's text.
const QList<PartSpec> &sourceParts()
{
    static const QList<PartSpec> parts{{QStringLiteral("document"), Part::Key, true},
                                       {QStringLiteral("section"), Part::Text, true},
                                       {QStringLiteral("lines"), Part::Lines}};
    return parts;
}

const QHash<QString, Shape> &shapes()
{
    using P = PartSpec;
    static const QHash<QString, Shape> all{
        {QStringLiteral("sources"), {Shape::ObjectList, sourceParts()}},
        {QStringLiteral("indicators"),
         {Shape::ObjectList, {P{QStringLiteral("name"), Part::Text, true}, P{QStringLiteral("value"), Part::Number},
                              P{QStringLiteral("unit"), Part::Text}, P{QStringLiteral("year"), Part::Year},
                              P{QStringLiteral("period"), Part::Text}, P{QStringLiteral("note"), Part::Text},
                              P{QStringLiteral("challenge"), Part::Key}, P{QStringLiteral("source"), Part::Source, true}}}},
        {QStringLiteral("respondents"),
         {Shape::ObjectList, {P{QStringLiteral("name"), Part::Text}, P{QStringLiteral("role"), Part::Text},
                              P{QStringLiteral("organisation"), Part::Text}, P{QStringLiteral("person"), Part::Key}}}},
        {QStringLiteral("fees"),
         {Shape::ObjectList, {P{QStringLiteral("amount"), Part::Amount}, P{QStringLiteral("currency"), Part::Currency},
                              P{QStringLiteral("period"), Part::Text}, P{QStringLiteral("conditions"), Part::Text}}}},
        {QStringLiteral("funding"),
         {Shape::ObjectList, {P{QStringLiteral("amount"), Part::Amount}, P{QStringLiteral("currency"), Part::Currency},
                              P{QStringLiteral("source"), Part::Text}, P{QStringLiteral("note"), Part::Text}}}},
        {QStringLiteral("actions"),
         {Shape::ObjectList, {P{QStringLiteral("who"), Part::Text}, P{QStringLiteral("what"), Part::Text},
                              P{QStringLiteral("where"), Part::Text}, P{QStringLiteral("when"), Part::Text}}}},
        {QStringLiteral("work_plans"),
         {Shape::ObjectList, {P{QStringLiteral("year"), Part::Year, true}, P{QStringLiteral("objectives"), Part::Objectives}}}},
        {QStringLiteral("eligibility"),
         {Shape::Object, {P{QStringLiteral("member_type"), Part::Text}, P{QStringLiteral("population_min"), Part::Count},
                          P{QStringLiteral("population_max"), Part::Count}, P{QStringLiteral("note"), Part::Text}}}},
        // A document's links to what it mentions: section (from 1) and offset (UTF-16 code units
        // into the section's text) say where; origin "added" marks a link a curator made,
        // "removed" one a curator took away (linking again keeps both).
        {QStringLiteral("mentions"),
         {Shape::ObjectList,
          {P{QStringLiteral("type"), Part::Choice, true,
             {QStringLiteral("networks"), QStringLiteral("cities"), QStringLiteral("working-groups"), QStringLiteral("practices")}},
           P{QStringLiteral("key"), Part::Key, true}, P{QStringLiteral("section"), Part::Ordinal},
           P{QStringLiteral("offset"), Part::Count},
           P{QStringLiteral("origin"), Part::Choice, false, {QStringLiteral("added"), QStringLiteral("removed")}}}}},
        {QStringLiteral("countries"), {Shape::ValueList, {P{QString(), Part::Country}}}},
        {QStringLiteral("synonyms"), {Shape::ValueList, {P{QString(), Part::Text}}}},
        {QStringLiteral("partners"), {Shape::ValueList, {P{QString(), Part::Text}}}},
        {QStringLiteral("participants"), {Shape::ValueList, {P{QString(), Part::Text}}}},
        {QStringLiteral("organisers"), {Shape::ValueList, {P{QString(), Part::Text}}}},
        {QStringLiteral("key_messages"), {Shape::ValueList, {P{QString(), Part::Text}}}},
        {QStringLiteral("choices"), {Shape::ValueList, {P{QString(), Part::Text}}}},
    };
    return all;
}

const QList<PartSpec> &objectiveParts()
{
    static const QList<PartSpec> parts{{QStringLiteral("number"), Part::Ordinal}, {QStringLiteral("title"), Part::Text, true},
                                       {QStringLiteral("actions"), Part::Texts},
                                       {QStringLiteral("eu_policy"), Part::Text}};
    return parts;
}

Status checkCountry(const QString &code, const QString &name)
{
    if (isCountryCode(code))
        return {};
    // EL and UK are the EU's own codes for Greece and the United Kingdom, "exceptionally
    // reserved" in ISO 3166-1 but not assigned. The seed data writes GB (and would write GR):
    // accepting both spellings would split one country's records between two codes, so the
    // message names the code to use instead.
    QString hint;
    if (code == QLatin1String("UK"))
        hint = QStringLiteral(" (the United Kingdom is \"GB\")");
    else if (code == QLatin1String("EL"))
        hint = QStringLiteral(" (Greece is \"GR\")");
    else if (isCountryCode(code.toUpper()))
        hint = QStringLiteral(" (in capitals: \"%1\")").arg(code.toUpper());
    return Status::failure(QStringLiteral("%1 must be an ISO 3166-1 alpha-2 country code such as \"NL\", not %2%3.")
                               .arg(name, quoted(code), hint));
}

Status checkWhole(const QJsonValue &value, const QString &name, qint64 min, qint64 max, const QString &range)
{
    if (!isWholeNumber(value))
        return Status::failure(QStringLiteral("%1 must be a whole number, not %2.").arg(name, jsonTypeName(value)));
    const qint64 n = value.toInteger();
    if (n < min || n > max)
        return Status::failure(QStringLiteral("%1 must be %2, not %3.").arg(name, range).arg(n));
    return {};
}

Status checkYear(const QJsonValue &value, const QString &name)
{
    return checkWhole(value, name, earliestYear, latestYear,
                      QStringLiteral("a year from %1 to %2").arg(earliestYear).arg(latestYear));
}

Status checkCount(const QJsonValue &value, const QString &name)
{
    return checkWhole(value, name, 0, std::numeric_limits<qint64>::max(), QStringLiteral("0 or more"));
}

Status checkOrdinal(const QJsonValue &value, const QString &name)
{
    return checkWhole(value, name, 1, std::numeric_limits<qint64>::max(), QStringLiteral("1 or more"));
}

Status checkText(const QJsonValue &value, const QString &name)
{
    if (!value.isString())
        return Status::failure(QStringLiteral("%1 must be a string, not %2.").arg(name, jsonTypeName(value)));
    if (value.toString().size() > maxFieldLength)
        return Status::failure(QStringLiteral("%1 is longer than %2 characters.").arg(name).arg(maxFieldLength));
    return {};
}

Status checkNonBlank(const QJsonValue &value, const QString &name)
{
    if (Status s = checkText(value, name); !s)
        return s;
    if (isBlank(value.toString()))
        return Status::failure(QStringLiteral("%1 must not be empty.").arg(name));
    return {};
}

Status checkParts(const QList<PartSpec> &parts, const QJsonValue &value, const QString &name);

Status checkTextList(const QJsonValue &value, const QString &name)
{
    if (!value.isArray())
        return Status::failure(QStringLiteral("%1 must be an array of texts.").arg(name));
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (Status s = checkNonBlank(items.at(i), QStringLiteral("%1[%2]").arg(name).arg(i)); !s)
            return s;
    }
    return {};
}

Status checkPart(const PartSpec &spec, const QJsonValue &value, const QString &name)
{
    switch (spec.part) {
    case Part::Text: return checkNonBlank(value, name);
    case Part::Key:
        if (!value.isString() || !isValidKey(value.toString()))
            return Status::failure(QStringLiteral("%1 must be the key of a record, not %2.")
                                       .arg(name, value.isString() ? quoted(value.toString()) : jsonTypeName(value)));
        return {};
    case Part::Amount:
        if (!value.isDouble() || value.toDouble() < 0)
            return Status::failure(QStringLiteral("%1 must be a number of 0 or more, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case Part::Number:
        if (!value.isDouble())
            return Status::failure(QStringLiteral("%1 must be a number, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case Part::Lines: {
        static const QRegularExpression lines(QStringLiteral("^([1-9][0-9]{0,6})(?:-([1-9][0-9]{0,6}))?$"));
        const QRegularExpressionMatch m = value.isString() ? lines.match(value.toString()) : QRegularExpressionMatch();
        if (!m.hasMatch() || (m.hasCaptured(2) && m.captured(2).toInt() < m.captured(1).toInt()))
            return Status::failure(QStringLiteral("%1 must be a line or a range of lines such as \"647-649\", not %2.")
                                       .arg(name, value.isString() ? quoted(value.toString()) : jsonTypeName(value)));
        return {};
    }
    case Part::Source: return checkParts(sourceParts(), value, name);
    case Part::Count: return checkCount(value, name);
    case Part::Year: return checkYear(value, name);
    case Part::Ordinal: return checkOrdinal(value, name);
    case Part::Currency: {
        static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
        if (!value.isString() || !currency.match(value.toString()).hasMatch())
            return Status::failure(QStringLiteral("%1 must be a currency code of three capital letters such as \"EUR\", not %2.")
                                       .arg(name, value.isString() ? quoted(value.toString()) : jsonTypeName(value)));
        return {};
    }
    case Part::Country:
        if (!value.isString())
            return Status::failure(QStringLiteral("%1 must be a country code, not %2.").arg(name, jsonTypeName(value)));
        return checkCountry(value.toString(), name);
    case Part::Texts: return checkTextList(value, name);
    case Part::Objectives: {
        if (!value.isArray())
            return Status::failure(QStringLiteral("%1 must be an array.").arg(name));
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (Status s = checkParts(objectiveParts(), items.at(i), QStringLiteral("%1[%2]").arg(name).arg(i)); !s)
                return s;
        }
        return {};
    }
    case Part::Choice:
        if (!value.isString() || !spec.choices.contains(value.toString()))
            return Status::failure(QStringLiteral("%1 must be one of %2, not %3.")
                                       .arg(name, spec.choices.join(QStringLiteral(", ")),
                                            value.isString() ? quoted(value.toString()) : jsonTypeName(value)));
        return {};
    }
    return {};
}

// One object of known fields.
Status checkParts(const QList<PartSpec> &parts, const QJsonValue &value, const QString &name)
{
    if (!value.isObject())
        return Status::failure(QStringLiteral("%1 must be an object, not %2.").arg(name, jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto known = std::find_if(parts.begin(), parts.end(), [&](const PartSpec &p) { return p.name == it.key(); });
        if (known == parts.end())
            return Status::failure(QStringLiteral("%1 has an unknown field %2.").arg(name, quoted(it.key())));
        if (Status s = checkPart(*known, it.value(), name + QLatin1Char('.') + it.key()); !s)
            return s;
    }
    for (const PartSpec &p : parts) {
        if (p.required && !object.contains(p.name))
            return Status::failure(QStringLiteral("%1 needs a \"%2\".").arg(name, p.name));
    }
    return {};
}

Status checkShape(const Shape &shape, const QJsonValue &value, const QString &name)
{
    if (shape.form == Shape::Object)
        return checkParts(shape.parts, value, name);
    if (!value.isArray())
        return Status::failure(QStringLiteral("%1 must be an array, not %2.").arg(name, jsonTypeName(value)));
    const QJsonArray items = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemName = QStringLiteral("%1[%2]").arg(name).arg(i);
        if (shape.form == Shape::ObjectList) {
            if (Status s = checkParts(shape.parts, items.at(i), itemName); !s)
                return s;
            continue;
        }
        if (Status s = checkPart(shape.parts.first(), items.at(i), itemName); !s)
            return s;
        if (shape.parts.first().part == Part::Country) {
            if (seen.contains(items.at(i).toString()))
                return Status::failure(QStringLiteral("%1 lists %2 twice.").arg(name, quoted(items.at(i).toString())));
            seen.insert(items.at(i).toString());
        }
    }
    return {};
}

// A field's value: its JSON type, then what its name and spec say it holds.
Status checkValue(const FieldSpec &field, const QJsonValue &value, const QString &where, bool mustHaveText)
{
    const QString name = where + QLatin1Char('.') + field.name;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Ref: {
        if (Status s = checkText(value, name); !s)
            return s;
        const QString text = value.toString();
        if (field.kind == FieldKind::Ref && !isValidKey(text))
            return Status::failure(QStringLiteral("%1 must be the key of a record, not %2.").arg(name, quoted(text)));
        if (mustHaveText && isBlank(text))
            return Status::failure(QStringLiteral("%1 must not be empty.").arg(name));
        if (!field.allowed.isEmpty() && !field.allowed.contains(text))
            return Status::failure(QStringLiteral("%1 must be one of %2, not %3.")
                                       .arg(name, field.allowed.join(QStringLiteral(", ")), quoted(text)));
        if (isDateField(field.name) && !isPartialDate(text))
            return Status::failure(QStringLiteral("%1 must be a real date written YYYY-MM-DD, YYYY-MM or YYYY, not %2.")
                                       .arg(name, quoted(text)));
        if (field.name == QLatin1String("country"))
            return checkCountry(text, name);
        if (field.name == QLatin1String("language")) {
            static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
            if (!language.match(text).hasMatch())
                return Status::failure(QStringLiteral("%1 must be an ISO 639-1 language code such as \"en\", not %2.")
                                           .arg(name, quoted(text)));
        }
        return {};
    }
    case FieldKind::Integer:
    case FieldKind::Number:
        if (isYearField(field.name))
            return checkYear(value, name);
        if (isCountField(field.name))
            return checkCount(value, name);
        if (isOrdinalField(field.name))
            return checkOrdinal(value, name);
        if (field.kind == FieldKind::Integer && !isWholeNumber(value))
            return Status::failure(QStringLiteral("%1 must be a whole number, not %2.").arg(name, jsonTypeName(value)));
        if (!value.isDouble())
            return Status::failure(QStringLiteral("%1 must be a number, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case FieldKind::Boolean:
        if (!value.isBool())
            return Status::failure(QStringLiteral("%1 must be true or false, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case FieldKind::Json:
        if (const auto shape = shapes().constFind(field.name); shape != shapes().cend())
            return checkShape(*shape, value, name);
        if (!value.isArray() && !value.isObject())
            return Status::failure(QStringLiteral("%1 must be an array or an object, not %2.").arg(name, jsonTypeName(value)));
        return {};
    }
    return {};
}

Status checkObject(const QList<FieldSpec> &fields, const QJsonObject &object, const QString &where,
                   bool allowMeta, const QString &titleField = {})
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowMeta && metaFields().contains(it.key()))
            continue;
        // An answer read from the store carries its own revision too.
        if (it.key() == QLatin1String("revision"))
            continue;
        bool known = false;
        for (const FieldSpec &f : fields)
            known = known || f.name == it.key();
        if (!known)
            return Status::failure(QStringLiteral("%1 has an unknown field %2.").arg(where, quoted(it.key())));
    }
    for (const FieldSpec &f : fields) {
        const QJsonValue v = object.value(f.name);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return Status::failure(QStringLiteral("%1 needs a \"%2\".").arg(where, f.name));
            continue;
        }
        if (Status s = checkValue(f, v, where, f.required || f.name == titleField); !s)
            return s;
    }
    return {};
}

// What must hold between the fields and list items of one record.
Status checkWithinRecord(RecordType type, const QJsonObject &record, const QString &where)
{
    const RecordSpec &spec = specFor(type);
    if (type == RecordType::Practice && record.contains(QStringLiteral("start_year")) && record.contains(QStringLiteral("end_year"))
        && record.value(QStringLiteral("end_year")).toInteger() < record.value(QStringLiteral("start_year")).toInteger())
        return Status::failure(QStringLiteral("%1.end_year %2 is before its start_year %3.")
                                   .arg(where)
                                   .arg(record.value(QStringLiteral("end_year")).toInteger())
                                   .arg(record.value(QStringLiteral("start_year")).toInteger()));
    if (type == RecordType::Network) {
        // Who may join: a population range that holds no town is a typing mistake.
        const QJsonObject e = record.value(QStringLiteral("eligibility")).toObject();
        if (e.contains(QStringLiteral("population_min")) && e.contains(QStringLiteral("population_max"))
            && e.value(QStringLiteral("population_max")).toInteger() < e.value(QStringLiteral("population_min")).toInteger())
            return Status::failure(QStringLiteral("%1.eligibility.population_max %2 is below its population_min %3.")
                                       .arg(where)
                                       .arg(e.value(QStringLiteral("population_max")).toInteger())
                                       .arg(e.value(QStringLiteral("population_min")).toInteger()));
    }
    if (type == RecordType::Event) {
        const QString start = record.value(QStringLiteral("start_date")).toString();
        const QString end = record.value(QStringLiteral("end_date")).toString();
        // "2018-03" ends no earlier than "2018-03-07": compare at the coarser of the two.
        const qsizetype common = std::min(start.size(), end.size());
        if (!start.isEmpty() && !end.isEmpty() && end.left(common) < start.left(common))
            return Status::failure(QStringLiteral("%1.end_date %2 is before its start_date %3.").arg(where, end, start));
    }
    if (type == RecordType::Document) {
        // A link's place must be in the document: a section it has, an offset only within one.
        const qsizetype sections = record.value(QStringLiteral("sections")).toArray().size();
        const QJsonArray mentions = record.value(QStringLiteral("mentions")).toArray();
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            const QJsonObject m = mentions.at(i).toObject();
            if (m.contains(QStringLiteral("section")) && m.value(QStringLiteral("section")).toInteger() > sections)
                return Status::failure(QStringLiteral("%1.mentions[%2].section is %3, but the document has %4 section(s).")
                                           .arg(where)
                                           .arg(i)
                                           .arg(m.value(QStringLiteral("section")).toInteger())
                                           .arg(sections));
            if (m.contains(QStringLiteral("offset")) && !m.contains(QStringLiteral("section")))
                return Status::failure(QStringLiteral("%1.mentions[%2] has an offset but no section.").arg(where).arg(i));
        }
    }
    for (const ChildSpec &child : spec.children) {
        const QJsonArray items = record.value(child.name).toArray();
        if (child.flatRef) {
            QSet<QString> seen;
            for (const QJsonValue &item : items) {
                if (seen.contains(item.toString()))
                    return Status::failure(QStringLiteral("%1.%2 lists %3 twice.").arg(where, child.name, quoted(item.toString())));
                seen.insert(item.toString());
            }
        } else if (child.name == QLatin1String("memberships")) {
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject m = items.at(i).toObject();
                if (m.contains(QStringLiteral("network")) == m.contains(QStringLiteral("working_group")))
                    return Status::failure(QStringLiteral("%1.memberships[%2] must name either a \"network\" or a \"working_group\", "
                                                          "exactly one of the two.")
                                               .arg(where)
                                               .arg(i));
            }
        } else if (child.name == QLatin1String("questions") || child.name == QLatin1String("answers")) {
            // A question has one number in its questionnaire, and a response answers it once.
            const QString numberField = child.name == QLatin1String("questions") ? QStringLiteral("number") : QStringLiteral("question");
            QHash<qint64, qsizetype> first;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonValue n = items.at(i).toObject().value(numberField);
                if (n.isUndefined() || n.isNull())
                    continue;
                if (const auto earlier = first.constFind(n.toInteger()); earlier != first.cend())
                    return Status::failure(QStringLiteral("%1.%2[%3].%4 is %5, as in %2[%6]: %7.")
                                               .arg(where, child.name)
                                               .arg(i)
                                               .arg(numberField)
                                               .arg(n.toInteger())
                                               .arg(*earlier)
                                               .arg(child.name == QLatin1String("questions")
                                                        ? QStringLiteral("two questions cannot have the same number")
                                                        : QStringLiteral("a question is answered once")));
                first.insert(n.toInteger(), i);
            }
        }
    }
    return {};
}

} // namespace

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return !key.isEmpty() && key.size() <= 80 && pattern.match(key).hasMatch();
}

QString keyFromName(const QString &name)
{
    // Fold accents (Örebro → orebro), then keep letters and digits, one hyphen between runs.
    const QString folded = name.normalized(QString::NormalizationForm_KD);
    QString key;
    bool pendingHyphen = false;
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !key.isEmpty())
                key.append(QLatin1Char('-'));
            pendingHyphen = false;
            key.append(c.toLower());
        } else {
            pendingHyphen = true;
        }
    }
    key.truncate(80);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("record") : key;
}

bool isCountryCode(const QString &code)
{
    // The 249 officially assigned ISO 3166-1 alpha-2 codes.
    static const QSet<QString> codes = [] {
        const QString all = QStringLiteral(
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
            "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
            "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
            "DE DJ DK DM DO DZ "
            "EC EE EG EH ER ES ET "
            "FI FJ FK FM FO FR "
            "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
            "HK HM HN HR HT HU "
            "ID IE IL IM IN IO IQ IR IS IT "
            "JE JM JO JP "
            "KE KG KH KI KM KN KP KR KW KY KZ "
            "LA LB LC LI LK LR LS LT LU LV LY "
            "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
            "NA NC NE NF NG NI NL NO NP NR NU NZ "
            "OM "
            "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
            "QA "
            "RE RO RS RU RW "
            "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
            "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
            "UA UG UM US UY UZ "
            "VA VC VE VG VI VN VU "
            "WF WS "
            "YE YT "
            "ZA ZM ZW");
        const QStringList list = all.split(QLatin1Char(' '));
        return QSet<QString>(list.begin(), list.end());
    }();
    return codes.contains(code);
}

bool isPartialDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    return year >= earliestYear && year <= latestYear && QDate(year, month, day).isValid();
}

bool isTimestamp(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]{1,9})?(?:Z|[+-]([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    if (year < earliestYear || year > latestYear || !QDate(year, m.captured(2).toInt(), m.captured(3).toInt()).isValid())
        return false;
    if (!QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()).isValid())
        return false;
    return !m.hasCaptured(7) || (m.captured(7).toInt() <= 14 && m.captured(8).toInt() < 60);
}

QString printable(const QString &text, qsizetype max)
{
    QString out;
    const qsizetype size = text.size();
    qsizetype i = 0;
    for (; i < size && out.size() < max; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            if (out.size() + 2 > max)
                break;
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                   || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out.append(QLatin1Char('?')); // never echo control characters to a terminal
        } else {
            out.append(c);
        }
    }
    if (i < size)
        out.append(QChar(0x2026)); // …
    return out;
}

QString describeRecord(RecordType type, const QJsonObject &record)
{
    const QString key = record.value(QStringLiteral("key")).toString();
    return key.isEmpty() ? specFor(type).singular
                         : QStringLiteral("%1 \"%2\"").arg(specFor(type).singular, printable(key));
}

Status validateRecord(RecordType type, const QJsonObject &record)
{
    const RecordSpec &spec = specFor(type);
    const QString where = describeRecord(type, record);
    const QJsonValue key = record.value(QStringLiteral("key"));
    if (!key.isString() || !isValidKey(key.toString()))
        return Status::failure(QStringLiteral("%1 needs a key of lowercase letters, digits and single hyphens (at most 80).")
                                   .arg(where));
    // First, so that no later message quotes a NUL or half a character.
    if (auto fault = findTextFault(record)) {
        if (fault->inName)
            return Status::failure(QStringLiteral("%1%2 has a field name with %3.").arg(where, fault->path, fault->problem));
        return Status::failure(QStringLiteral("%1%2 holds %3, which text must not contain.").arg(where, fault->path, fault->problem));
    }
    for (const QString &stamp : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        const QJsonValue v = record.value(stamp);
        if (v.isUndefined())
            continue;
        if (!v.isString() || !isTimestamp(v.toString()))
            return Status::failure(QStringLiteral("%1.%2 must be a date and time such as \"2026-11-21T23:41:49Z\", not %3.")
                                       .arg(where, stamp, v.isString() ? quoted(v.toString()) : jsonTypeName(v)));
    }

    QList<FieldSpec> topFields = spec.fields;
    for (const ChildSpec &child : spec.children)
        topFields.append(FieldSpec{child.name, FieldKind::Json, {}, false, std::nullopt, OnDelete::SetNull, {}});
    if (Status s = checkObject(topFields, record, where, true, spec.titleField); !s)
        return s;

    for (const ChildSpec &child : spec.children) {
        const QJsonValue list = record.value(child.name);
        if (list.isUndefined() || list.isNull())
            continue;
        if (!list.isArray())
            return Status::failure(QStringLiteral("%1.%2 must be an array.").arg(where, child.name));
        const QJsonArray items = list.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemWhere = QStringLiteral("%1.%2[%3]").arg(where, child.name).arg(i);
            if (child.flatRef) {
                if (!items.at(i).isString() || !isValidKey(items.at(i).toString()))
                    return Status::failure(QStringLiteral("%1 must be the key of a record.").arg(itemWhere));
            } else {
                if (!items.at(i).isObject())
                    return Status::failure(QStringLiteral("%1 must be an object.").arg(itemWhere));
                if (Status s = checkObject(child.fields, items.at(i).toObject(), itemWhere, false); !s)
                    return s;
            }
        }
    }
    return checkWithinRecord(type, record, where);
}

Status validateLinks(RecordType type, const QJsonObject &record, const LinkLookup &lookup)
{
    const RecordSpec &spec = specFor(type);
    const QString where = describeRecord(type, record);
    for (const ChildSpec &child : spec.children) {
        // Taxonomy lists keep their vocabulary in fixedValue: "themes" holds theme terms.
        if (!child.flatRef || child.flatRef->target != RecordType::Taxonomy || child.fixedColumn != QLatin1String("vocabulary"))
            continue;
        const QJsonArray items = record.value(child.name).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto vocabulary = lookup.termVocabulary(items.at(i).toString());
            if (!vocabulary)
                return Status(vocabulary.fullError());
            if (vocabulary.value() && *vocabulary.value() != child.fixedValue)
                return Status::failure(QStringLiteral("%1.%2[%3] is \"%4\", %5 term, where %6 term belongs.")
                                           .arg(where, child.name)
                                           .arg(i)
                                           .arg(items.at(i).toString(), vocabularyWord(*vocabulary.value()),
                                                vocabularyWord(child.fixedValue)));
        }
    }
    const auto mustExist = [&](const QString &list, const QString &field, RecordType target) -> Status {
        const QJsonArray items = record.value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue key = items.at(i).toObject().value(field);
            if (!key.isString())
                continue;
            auto exists = lookup.exists(target, key.toString());
            if (!exists)
                return Status(exists.fullError());
            if (!exists.value())
                return Status::failure(QStringLiteral("%1.%2[%3].%4 refers to %5 \"%6\", which does not exist.")
                                           .arg(where, list)
                                           .arg(i)
                                           .arg(field, specFor(target).singular, key.toString()));
        }
        return {};
    };
    if (Status s = mustExist(QStringLiteral("sources"), QStringLiteral("document"), RecordType::Document); !s)
        return s;
    if (Status s = mustExist(QStringLiteral("respondents"), QStringLiteral("person"), RecordType::Person); !s)
        return s;
    // An indicator cites its own source and may name the challenge it bears on.
    const QJsonArray indicators = record.value(QStringLiteral("indicators")).toArray();
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const QJsonObject indicator = indicators.at(i).toObject();
        const QString document = indicator.value(QStringLiteral("source")).toObject().value(QStringLiteral("document")).toString();
        if (!document.isEmpty()) {
            auto exists = lookup.exists(RecordType::Document, document);
            if (!exists)
                return Status(exists.fullError());
            if (!exists.value())
                return Status::failure(QStringLiteral("%1.indicators[%2].source.document refers to document \"%3\", which does not exist.")
                                           .arg(where)
                                           .arg(i)
                                           .arg(document));
        }
        const QString challenge = indicator.value(QStringLiteral("challenge")).toString();
        if (challenge.isEmpty())
            continue;
        auto vocabulary = lookup.termVocabulary(challenge);
        if (!vocabulary)
            return Status(vocabulary.fullError());
        if (!vocabulary.value())
            return Status::failure(QStringLiteral("%1.indicators[%2].challenge refers to taxonomy term \"%3\", which does not exist.")
                                       .arg(where)
                                       .arg(i)
                                       .arg(challenge));
        if (*vocabulary.value() != QLatin1String("challenge"))
            return Status::failure(QStringLiteral("%1.indicators[%2].challenge is \"%3\", %4 term, where a challenge term belongs.")
                                       .arg(where)
                                       .arg(i)
                                       .arg(challenge, vocabularyWord(*vocabulary.value())));
    }
    if (type == RecordType::Response) {
        const QString questionnaire = record.value(QStringLiteral("questionnaire")).toString();
        auto numbers = lookup.questionNumbers(questionnaire);
        if (!numbers)
            return Status(numbers.fullError());
        if (!numbers.value())
            return {}; // the store reports the missing questionnaire
        const QJsonArray answers = record.value(QStringLiteral("answers")).toArray();
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QJsonValue question = answers.at(i).toObject().value(QStringLiteral("question"));
            if (question.isDouble() && !numbers.value()->contains(question.toInteger()))
                return Status::failure(QStringLiteral("%1.answers[%2].question is %3, but questionnaire \"%4\" has no question %3.")
                                           .arg(where)
                                           .arg(i)
                                           .arg(question.toInteger())
                                           .arg(questionnaire));
        }
    }
    return {};
}

} // namespace citykb
