#include "indexentry.h"

#include "core/personaldata.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace citykb {

QStringList facetFields()
{
    return {QStringLiteral("type"),    QStringLiteral("network"),     QStringLiteral("working-group"),
            QStringLiteral("city"),    QStringLiteral("country"),     QStringLiteral("theme"),
            QStringLiteral("target-group"), QStringLiteral("success-factor"), QStringLiteral("instrument"),
            QStringLiteral("status"),  QStringLiteral("year")};
}

QString slugOf(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool dash = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // drop accents: "Málaga" → "malaga"
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            dash = false;
            out += c;
        } else {
            dash = true;
        }
    }
    return out;
}

QString facetFieldOfVocabulary(const QString &vocabulary)
{
    if (vocabulary == QLatin1String("theme")) return QStringLiteral("theme");
    if (vocabulary == QLatin1String("target_group")) return QStringLiteral("target-group");
    if (vocabulary == QLatin1String("success_factor")) return QStringLiteral("success-factor");
    if (vocabulary == QLatin1String("instrument")) return QStringLiteral("instrument");
    return {};
}

namespace {

QString str(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    return {};
}

QJsonArray arr(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toArray();
}

std::optional<int> yearOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    const QString s = v.toString();
    static const QRegularExpression year(QStringLiteral("^(\\d{4})"));
    const auto m = year.match(s);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

QString joinNonEmpty(const QStringList &parts, const QString &sep);

// Collects the parts of an entry as it is built.
class Builder
{
public:
    Builder(RecordType type, qint64 id, const QJsonObject &record, const RecordLookup &lookup)
        : m_record(record), m_lookup(lookup)
    {
        m_entry.type = type;
        m_entry.id = id;
        m_entry.key = record.value(QLatin1String("key")).toString();
        m_entry.language = record.value(QLatin1String("language")).toString();
    }

    void title(const QString &t)
    {
        if (t.isEmpty())
            return;
        if (m_entry.title.isEmpty())
            m_entry.title = t;
        m_entry.texts.append({t, 4});
        m_entry.titleText += t + QLatin1Char('\n');
    }
    void body(const QString &t, int weight = 1)
    {
        if (t.trimmed().isEmpty())
            return;
        m_entry.texts.append({t, weight});
        m_entry.snippetText += t + QLatin1Char('\n');
    }
    // Words that should find the record but that a snippet need not show (names of linked records).
    void hidden(const QString &t, int weight = 1)
    {
        if (!t.trimmed().isEmpty())
            m_entry.texts.append({t, weight});
    }
    void field(const char *name, int weight = 1) { body(str(m_record, name), weight); }
    void textArray(const char *name)
    {
        for (const QJsonValue &v : arr(m_record, name))
            body(v.toString());
    }
    void facet(const QString &field, const QString &value)
    {
        if (value.isEmpty())
            return;
        const std::pair<QString, QString> f{field, value};
        if (!m_entry.facets.contains(f))
            m_entry.facets.append(f);
    }
    void years(std::optional<int> from, std::optional<int> to)
    {
        if (!from && !to)
            return;
        int a = from.value_or(*to);
        int b = to.value_or(a);
        if (b < a)
            std::swap(a, b);
        m_entry.startYear = a;
        m_entry.endYear = b;
        // A year term for every year of the span (bounded), so year:2012 finds a 2009-2013 practice.
        for (int y = a; y <= b && y - a < 60; ++y)
            facet(QStringLiteral("year"), QString::number(y));
    }

    // A reference to another record: a facet value, and its name as (unshown) text.
    void ref(const QString &facetField, RecordType target, const QString &key, int weight = 1)
    {
        if (key.isEmpty())
            return;
        if (!facetField.isEmpty())
            facet(facetField, key);
        if (!m_lookup)
            return;
        const auto other = m_lookup(target, key);
        if (!other)
            return;
        const RecordSpec &spec = specFor(target);
        if (target == RecordType::City && !facetField.isEmpty())
            country(other->value(QLatin1String("country")).toString()); // a practice in Bologna is in Italy
        hidden(other->value(spec.titleField).toString(), weight);
        hidden(other->value(QLatin1String("acronym")).toString(), weight);
    }
    void refs(const QString &facetField, RecordType target, const char *listName)
    {
        for (const QJsonValue &v : arr(m_record, listName))
            ref(facetField, target, v.toString());
    }
    void taxonomy(const char *listName, const QString &facetField)
    {
        refs(facetField, RecordType::Taxonomy, listName);
    }
    void memberships()
    {
        for (const QJsonValue &v : arr(m_record, "memberships")) {
            const QJsonObject m = v.toObject();
            ref(QStringLiteral("network"), RecordType::Network, m.value(QLatin1String("network")).toString());
            ref(QStringLiteral("working-group"), RecordType::WorkingGroup, m.value(QLatin1String("working_group")).toString());
            hidden(m.value(QLatin1String("note")).toString());
        }
    }
    // Figures about a city, an organisation or a network: "29% youth unemployment 2011", and the
    // challenge they bear on as unshown words.
    void indicators()
    {
        for (const QJsonValue &v : arr(m_record, "indicators")) {
            const QJsonObject indicator = v.toObject();
            const QString unit = str(indicator, "unit");
            const QString value = str(indicator, "value");
            const QString figure = unit == QLatin1String("%") && !value.isEmpty() ? value + unit : joinNonEmpty({value, unit}, QStringLiteral(" "));
            body(joinNonEmpty({figure, str(indicator, "name"), str(indicator, "year"), str(indicator, "period"), str(indicator, "note")},
                              QStringLiteral(" ")));
            ref(QString(), RecordType::Taxonomy, str(indicator, "challenge"));
        }
    }
    void country(const QString &code)
    {
        if (!code.isEmpty())
            facet(QStringLiteral("country"), code.toLower());
    }

    IndexEntry &entry() { return m_entry; }
    const QJsonObject &record() const { return m_record; }
    const RecordLookup &lookup() const { return m_lookup; }

private:
    const QJsonObject &m_record;
    const RecordLookup &m_lookup;
    IndexEntry m_entry;
};

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(sep);
}

// E-mail addresses and phone numbers in any text (an answer with contact details, a
// practice's text) are personal data: nothing of them becomes a term, and a snippet, a title
// or a context shows "[phone withheld]" in their place.
void withholdPersonalData(IndexEntry &entry)
{
    static const PersonalDataFilter filter;
    using Replacement = PersonalDataFilter::Replacement;
    for (IndexEntry::Text &t : entry.texts)
        t.text = filter.filterText(t.text, Replacement::Blank);
    entry.titleText = filter.filterText(entry.titleText, Replacement::Blank);
    entry.snippetText = filter.filterText(entry.snippetText);
    entry.title = filter.filterText(entry.title);
    entry.context = filter.filterText(entry.context);
}

QString shorten(const QString &text, int max)
{
    const QString s = text.simplified();
    if (s.size() <= max)
        return s;
    return s.left(max - 1).trimmed() + QChar(0x2026);
}

} // namespace

QList<IndexEntry> buildIndexEntries(RecordType type, qint64 id, const QJsonObject &r, const RecordLookup &lookup)
{
    Builder b(type, id, r, lookup);
    QList<IndexEntry> parts;
    const QString network = QStringLiteral("network");
    const QString city = QStringLiteral("city");
    const QString wg = QStringLiteral("working-group");
    const QString status = QStringLiteral("status");

    switch (type) {
    case RecordType::Taxonomy: {
        b.title(str(r, "term"));
        for (const QJsonValue &s : arr(r, "synonyms"))
            b.body(s.toString());
        b.field("description");
        b.hidden(str(r, "vocabulary").replace(QLatin1Char('_'), QLatin1Char(' ')));
        const QString f = facetFieldOfVocabulary(str(r, "vocabulary"));
        if (!f.isEmpty())
            b.facet(f, b.entry().key);
        break;
    }
    case RecordType::Document: {
        b.title(str(r, "title"));
        b.field("summary");
        b.field("organisation");
        b.hidden(str(r, "kind"));
        b.years(yearOf(r.value(QLatin1String("date"))), std::nullopt);
        b.entry().date = str(r, "date");
        // The records it mentions are facets of the document and its sections (a network and
        // a city filter it as they filter a practice), and their names find it.
        QSet<QString> linked;
        for (const QJsonValue &v : arr(r, "mentions")) {
            const QJsonObject m = v.toObject();
            const QString key = str(m, "key");
            const QString word = str(m, "type");
            if (str(m, "origin") == QLatin1String("removed") || key.isEmpty() || linked.contains(word + QLatin1Char('/') + key))
                continue;
            linked.insert(word + QLatin1Char('/') + key);
            const auto target = recordTypeFromWord(word);
            if (target == RecordType::Network)
                b.ref(network, RecordType::Network, key);
            else if (target == RecordType::City)
                b.ref(city, RecordType::City, key);
            else if (target == RecordType::WorkingGroup)
                b.ref(wg, RecordType::WorkingGroup, key);
            else if (target == RecordType::Practice)
                b.ref(QString(), RecordType::Practice, key);
        }
        const QJsonArray sections = arr(r, "sections");
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QJsonObject s = sections.at(i).toObject();
            IndexEntry part;
            part.type = type;
            part.id = id;
            part.key = b.entry().key;
            part.title = b.entry().title;
            part.part = HitPart::Section;
            part.partNumber = int(i) + 1;
            part.language = b.entry().language;
            const QString heading = s.value(QLatin1String("heading")).toString();
            const QString text = s.value(QLatin1String("text")).toString();
            const int page = s.value(QLatin1String("page")).toInt();
            part.context = heading.isEmpty() ? QStringLiteral("Section %1").arg(i + 1) : QStringLiteral("Section: %1").arg(shorten(heading, 120));
            if (page > 0)
                part.context += QStringLiteral(" (page %1)").arg(page);
            part.texts.append({heading, 2});
            part.texts.append({text, 1});
            part.texts.append({part.title, 1});
            part.snippetText = text;
            part.date = b.entry().date;
            parts.append(part);
        }
        break;
    }
    case RecordType::Network: {
        b.title(str(r, "name"));
        b.title(str(r, "acronym"));
        b.facet(network, b.entry().key);
        b.field("description");
        b.field("kind");
        b.field("scope");
        b.field("founders");
        b.field("headquarters");
        b.field("members_note");
        b.field("how_to_join");
        b.field("new_group_rule");
        const QJsonObject el = r.value(QLatin1String("eligibility")).toObject();
        b.body(str(el, "member_type"));
        b.body(str(el, "note"));
        for (const QJsonValue &f : arr(r, "fees")) {
            const QJsonObject fee = f.toObject();
            b.body(joinNonEmpty({str(fee, "amount"), str(fee, "currency"), str(fee, "period"), str(fee, "conditions")}, QStringLiteral(" ")));
        }
        b.hidden(str(r, "interview_mode"));
        b.country(str(r, "country"));
        b.ref(QString(), RecordType::Network, str(r, "parent"));
        b.indicators();
        b.years(r.value(QLatin1String("founded_year")).isDouble() ? std::optional<int>(r.value(QLatin1String("founded_year")).toInt()) : std::nullopt, std::nullopt);
        break;
    }
    case RecordType::Organisation:
        b.title(str(r, "name"));
        b.title(str(r, "acronym"));
        b.field("description");
        b.field("kind");
        b.country(str(r, "country"));
        b.ref(city, RecordType::City, str(r, "city"));
        b.memberships();
        b.indicators();
        break;
    case RecordType::City: {
        b.title(str(r, "name"));
        b.facet(city, b.entry().key);
        b.field("description");
        b.field("region");
        b.country(str(r, "country"));
        b.memberships();
        b.indicators();
        if (r.value(QLatin1String("population")).isDouble())
            b.entry().population = r.value(QLatin1String("population")).toDouble();
        break;
    }
    case RecordType::Forum:
        b.title(str(r, "name"));
        b.field("description");
        b.field("chair");
        b.ref(network, RecordType::Network, str(r, "network"));
        b.ref(city, RecordType::City, str(r, "chair_city"));
        break;
    case RecordType::WorkingGroup: {
        b.title(str(r, "name"));
        b.facet(wg, b.entry().key);
        b.field("focus", 2);
        b.field("description");
        b.field("rules");
        b.field("eu_policy");
        b.field("meeting_frequency");
        b.hidden(str(r, "kind"));
        b.ref(network, RecordType::Network, str(r, "network"));
        b.ref(QString(), RecordType::Forum, str(r, "forum"));
        b.ref(city, RecordType::City, str(r, "lead_city"));
        std::optional<int> first, last;
        for (const QJsonValue &p : arr(r, "work_plans")) {
            const QJsonObject plan = p.toObject();
            if (auto y = yearOf(plan.value(QLatin1String("year")))) {
                first = first ? std::min(*first, *y) : *y;
                last = last ? std::max(*last, *y) : *y;
            }
            for (const QJsonValue &o : arr(plan, "objectives")) {
                const QJsonObject objective = o.toObject();
                b.body(str(objective, "title"));
                b.body(str(objective, "eu_policy"));
                for (const QJsonValue &a : arr(objective, "actions"))
                    b.body(a.toString());
            }
        }
        b.years(first, last);
        break;
    }
    case RecordType::Person:
        // E-mail and phone are personal data: shown in the app, never indexed (and
        // withholdPersonalData() takes any that a role or a name holds).
        b.title(str(r, "name"));
        b.field("role");
        b.field("organisation_name");
        b.ref(QString(), RecordType::Organisation, str(r, "organisation"));
        b.ref(network, RecordType::Network, str(r, "network"));
        b.ref(city, RecordType::City, str(r, "city"));
        b.ref(wg, RecordType::WorkingGroup, str(r, "working_group"));
        break;
    case RecordType::Practice: {
        b.title(str(r, "title"));
        b.field("summary");
        b.field("innovation");
        b.field("period");
        b.textArray("partners");
        for (const QJsonValue &f : arr(r, "funding")) {
            const QJsonObject fund = f.toObject();
            b.body(joinNonEmpty({str(fund, "amount"), str(fund, "currency"), str(fund, "source"), str(fund, "note")}, QStringLiteral(" ")));
        }
        for (const QJsonValue &o : arr(r, "outcomes")) {
            const QJsonObject out = o.toObject();
            const QString unit = str(out, "unit");
            const QString figure = unit == QLatin1String("%") ? str(out, "value") + unit : joinNonEmpty({str(out, "value"), unit}, QStringLiteral(" "));
            b.body(joinNonEmpty({figure, str(out, "name"), str(out, "note"), str(out, "year")}, QStringLiteral(" ")));
        }
        b.refs(city, RecordType::City, "cities");
        b.refs(network, RecordType::Network, "networks");
        b.refs(QString(), RecordType::Organisation, "organisations");
        b.taxonomy("themes", QStringLiteral("theme"));
        b.taxonomy("target_groups", QStringLiteral("target-group"));
        b.taxonomy("success_factors", QStringLiteral("success-factor"));
        b.taxonomy("instruments", QStringLiteral("instrument"));
        for (const QJsonValue &c : arr(r, "countries"))
            b.country(c.toString());
        b.facet(status, str(r, "status"));
        auto yearField = [&](const char *name) -> std::optional<int> {
            const QJsonValue v = r.value(QLatin1String(name));
            return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
        };
        b.years(yearField("start_year"), yearField("end_year"));
        break;
    }
    case RecordType::Event: {
        b.title(str(r, "title"));
        b.field("summary");
        b.field("date_text");
        b.field("place");
        b.field("host");
        b.textArray("key_messages");
        b.textArray("organisers");
        b.textArray("participants");
        b.hidden(str(r, "kind"));
        b.ref(city, RecordType::City, str(r, "city"));
        b.ref(network, RecordType::Network, str(r, "network"));
        b.ref(wg, RecordType::WorkingGroup, str(r, "working_group"));
        b.refs(QString(), RecordType::Practice, "practices");
        b.facet(status, str(r, "status"));
        b.years(yearOf(r.value(QLatin1String("start_date"))), yearOf(r.value(QLatin1String("end_date"))));
        b.entry().date = str(r, "start_date");
        break;
    }
    case RecordType::Questionnaire:
        b.title(str(r, "title"));
        b.field("purpose");
        b.field("introduction");
        for (const QJsonValue &q : arr(r, "questions")) {
            const QJsonObject question = q.toObject();
            b.body(str(question, "text"));
            b.body(str(question, "help"));
        }
        b.facet(status, str(r, "status"));
        break;
    case RecordType::Response: {
        QString title = str(r, "title");
        const QString subject = str(r, "subject_network");
        QString subjectName;
        if (lookup && !subject.isEmpty()) {
            if (auto n = lookup(RecordType::Network, subject))
                subjectName = n->value(QLatin1String("name")).toString();
        }
        if (title.isEmpty())
            title = QStringLiteral("Response: %1").arg(subjectName.isEmpty() ? b.entry().key : subjectName);
        b.title(title);
        b.ref(network, RecordType::Network, subject, 2);
        b.ref(QString(), RecordType::Organisation, str(r, "subject_organisation"), 2);
        b.field("notes");
        b.field("interviewer");
        for (const QJsonValue &p : arr(r, "respondents")) {
            const QJsonObject person = p.toObject();
            b.body(joinNonEmpty({str(person, "name"), str(person, "role"), str(person, "organisation")}, QStringLiteral(", ")));
        }
        b.hidden(str(r, "mode"));
        b.facet(status, str(r, "status"));
        b.years(yearOf(r.value(QLatin1String("date"))), std::nullopt);
        b.entry().date = str(r, "date");
        std::optional<QJsonObject> questionnaire;
        if (lookup)
            questionnaire = lookup(RecordType::Questionnaire, str(r, "questionnaire"));
        auto questionText = [&](int number) {
            if (!questionnaire)
                return QString();
            for (const QJsonValue &q : arr(*questionnaire, "questions")) {
                if (q.toObject().value(QLatin1String("number")).toInt() == number)
                    return q.toObject().value(QLatin1String("text")).toString();
            }
            return QString();
        };
        for (const QJsonValue &a : arr(r, "answers")) {
            const QJsonObject answer = a.toObject();
            const QString text = joinNonEmpty({str(answer, "choice"), str(answer, "text")}, QStringLiteral(": "));
            // The record's own document holds every answer too, so that words spread over
            // several answers still find the interview.
            b.body(text);
            if (text.trimmed().isEmpty())
                continue;
            const int number = answer.value(QLatin1String("question")).toInt();
            IndexEntry part;
            part.type = type;
            part.id = id;
            part.key = b.entry().key;
            part.title = title;
            part.part = HitPart::Answer;
            part.partNumber = number;
            const QString question = questionText(number);
            part.context = question.isEmpty() ? QStringLiteral("Question %1").arg(number)
                                              : QStringLiteral("Question %1: %2").arg(number).arg(shorten(question, 140));
            part.texts.append({title, 2});
            part.texts.append({subjectName, 2});
            part.texts.append({question, 1});
            part.texts.append({text, 1});
            part.snippetText = text;
            part.language = b.entry().language;
            if (!subject.isEmpty())
                part.facets.append({network, subject});
            parts.append(part);
        }
        break;
    }
    case RecordType::Recommendation: {
        QString title = str(r, "title");
        if (title.isEmpty())
            title = QStringLiteral("Recommendation %1").arg(str(r, "number"));
        b.title(title);
        b.field("text");
        b.field("audience");
        for (const QJsonValue &a : arr(r, "actions")) {
            const QJsonObject action = a.toObject();
            b.body(joinNonEmpty({str(action, "who"), str(action, "what"), str(action, "where"), str(action, "when")}, QStringLiteral("; ")));
        }
        b.ref(QString(), RecordType::Document, str(r, "document"));
        b.refs(network, RecordType::Network, "networks");
        b.refs(QString(), RecordType::Event, "events");
        break;
    }
    }

    QList<IndexEntry> all;
    all.append(b.entry());
    withholdPersonalData(all.first());
    // Sections and answers share the record's facets, so filters find them too.
    for (IndexEntry &p : parts) {
        for (const auto &f : b.entry().facets) {
            if (!p.facets.contains(f))
                p.facets.append(f);
        }
        p.startYear = b.entry().startYear;
        p.endYear = b.entry().endYear;
        withholdPersonalData(p);
        all.append(std::move(p));
    }
    return all;
}

IndexVocabulary buildVocabulary(RecordType type, const QJsonObject &r)
{
    IndexVocabulary v;
    const QString key = r.value(QLatin1String("key")).toString();
    auto alias = [&](const QString &field, const QString &name) {
        const QString slug = slugOf(name);
        if (!slug.isEmpty() && slug != key)
            v.aliases.append({field + QLatin1Char(':') + slug, key});
    };
    auto label = [&](const QString &field, const QString &text) {
        if (!text.isEmpty())
            v.labels.append({field + QLatin1Char(':') + key, text});
    };
    switch (type) {
    case RecordType::Taxonomy: {
        const QString field = facetFieldOfVocabulary(r.value(QLatin1String("vocabulary")).toString());
        const QString term = r.value(QLatin1String("term")).toString();
        QStringList group{term};
        for (const QJsonValue &s : r.value(QLatin1String("synonyms")).toArray())
            group.append(s.toString());
        if (!field.isEmpty()) {
            label(field, term);
            for (const QString &name : group)
                alias(field, name);
        }
        group.removeDuplicates();
        if (group.size() > 1) {
            v.synonyms = group;
            if (!field.isEmpty())
                v.synonymFacet = field + QLatin1Char(':') + key;
        }
        break;
    }
    case RecordType::Network: {
        const QString name = r.value(QLatin1String("name")).toString();
        const QString acronym = r.value(QLatin1String("acronym")).toString();
        label(QStringLiteral("network"), acronym.isEmpty() ? name : acronym);
        alias(QStringLiteral("network"), name);
        alias(QStringLiteral("network"), acronym);
        if (!acronym.isEmpty() && acronym.compare(name, Qt::CaseInsensitive) != 0)
            v.synonyms = QStringList{name, acronym};
        break;
    }
    case RecordType::Organisation: {
        const QString name = r.value(QLatin1String("name")).toString();
        const QString acronym = r.value(QLatin1String("acronym")).toString();
        if (!acronym.isEmpty() && acronym.compare(name, Qt::CaseInsensitive) != 0)
            v.synonyms = QStringList{name, acronym};
        break;
    }
    case RecordType::City: {
        const QString name = r.value(QLatin1String("name")).toString();
        label(QStringLiteral("city"), name);
        alias(QStringLiteral("city"), name);
        break;
    }
    case RecordType::WorkingGroup: {
        const QString name = r.value(QLatin1String("name")).toString();
        label(QStringLiteral("working-group"), name);
        alias(QStringLiteral("working-group"), name);
        break;
    }
    default:
        break;
    }
    return v;
}

} // namespace citykb
