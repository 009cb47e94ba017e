#include "networkfinderservice.h"

#include "browseservice.h"
#include "core/validation.h"
#include "knowledgebase.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace citykb {

namespace {

// The translation context of the finder's sentences.
struct FinderText
{
    Q_DECLARE_TR_FUNCTIONS(FinderText)
};

using Rule = EligibilityCheck::Rule;

struct KindInfo
{
    MemberKind kind;
    const char *word;
    const char *label;
    const char *plural;
    // Words of an eligibility's member_type that admit this kind.
    const char *pattern;
};

const QList<KindInfo> &kindInfos()
{
    static const QList<KindInfo> infos{
        {MemberKind::City, "city", QT_TRANSLATE_NOOP("FinderText", "a city"), QT_TRANSLATE_NOOP("FinderText", "cities"),
         R"(\b(cit(y|ies)|towns?|municipal\w*|local (authorit\w*|governments?)|councils?)\b)"},
        {MemberKind::Region, "region", QT_TRANSLATE_NOOP("FinderText", "a region"), QT_TRANSLATE_NOOP("FinderText", "regions"),
         R"(\bregions?\b)"},
        {MemberKind::NationalGovernment, "national-government", QT_TRANSLATE_NOOP("FinderText", "a national government"),
         QT_TRANSLATE_NOOP("FinderText", "national governments"), R"(\b(national governments?|member states?|ministr(y|ies))\b)"},
        {MemberKind::Organisation, "organisation", QT_TRANSLATE_NOOP("FinderText", "an organisation"),
         QT_TRANSLATE_NOOP("FinderText", "organisations"),
         R"(\b(institutes?|organi[sz]ations?|ngos?|universit(y|ies)|agenc(y|ies)|foundations?|associations?|compan(y|ies)|enterprises?)\b)"},
        {MemberKind::LivingLab, "living-lab", QT_TRANSLATE_NOOP("FinderText", "a living lab"),
         QT_TRANSLATE_NOOP("FinderText", "living labs"), R"(\bliving labs?\b)"},
    };
    return infos;
}

const KindInfo &infoOf(MemberKind kind)
{
    for (const KindInfo &info : kindInfos())
        if (info.kind == kind)
            return info;
    Q_UNREACHABLE();
}

const QSet<QString> &euMemberStates()
{
    static const QSet<QString> codes{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                                     "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};
    return codes;
}

// European countries outside the EU; countries that span Europe and Asia are in neither list,
// so "European" stays Unclear for them.
const QSet<QString> &otherEuropeanCountries()
{
    static const QSet<QString> codes{"AD", "AL", "AX", "BA", "BY", "CH", "FO", "GB", "GG", "GI", "IM", "IS", "JE", "LI",
                                     "MC", "MD", "ME", "MK", "NO", "RS", "SJ", "SM", "UA", "VA"};
    return codes;
}
const QSet<QString> &transcontinentalCountries()
{
    static const QSet<QString> codes{"AM", "AZ", "GE", "KZ", "RU", "TR"};
    return codes;
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// A whole number as documents write it: 250.000, 250,000, 250 000 or 250000.
const QString numberPattern = QStringLiteral(R"((\d{1,3}(?:[., \x{00A0}]\d{3})+|\d+))");

qint64 parseNumber(QString text)
{
    static const QRegularExpression separators(QStringLiteral(R"([., \x{00A0}])"));
    return text.remove(separators).toLongLong();
}

struct PopulationBounds
{
    std::optional<qint64> min;
    std::optional<qint64> max;
    bool any() const { return min || max; }
    bool contains(qint64 n) const { return (!min || n >= *min) && (!max || n <= *max); }
};

// The population range a fee row's words give ("cities of 50.000 to 250.000 inhabitants").
PopulationBounds populationBoundsIn(const QString &text)
{
    const QString people = QStringLiteral(R"(\s*(?:inhabitants|residents))");
    static const QRegularExpression range(QStringLiteral("(?:between\\s+)?") + numberPattern
                                              + QStringLiteral(R"(\s*(?:-|–|to|and)\s*)") + numberPattern + people,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression atLeast(QStringLiteral(R"((?:at least|more than|over|above|from|minimum(?: of)?)\s+)")
                                                + numberPattern + people,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression atMost(QStringLiteral(R"((?:fewer than|less than|under|below|up to|maximum(?: of)?)\s+)")
                                               + numberPattern + people,
                                           QRegularExpression::CaseInsensitiveOption);
    PopulationBounds bounds;
    if (const auto m = range.match(text); m.hasMatch()) {
        bounds.min = parseNumber(m.captured(1));
        bounds.max = parseNumber(m.captured(2));
        return bounds;
    }
    if (const auto m = atLeast.match(text); m.hasMatch())
        bounds.min = parseNumber(m.captured(1));
    if (const auto m = atMost.match(text); m.hasMatch())
        bounds.max = parseNumber(m.captured(1));
    return bounds;
}

// A date field (YYYY, YYYY-MM or YYYY-MM-DD) as the days it covers.
struct DateSpan
{
    QDate first;
    QDate last;
};

std::optional<DateSpan> dateSpan(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (m.captured(2).isEmpty())
        return DateSpan{QDate(year, 1, 1), QDate(year, 12, 31)};
    const QDate month(year, m.captured(2).toInt(), 1);
    if (!month.isValid())
        return std::nullopt;
    if (m.captured(3).isEmpty())
        return DateSpan{month, month.addMonths(1).addDays(-1)};
    const QDate day(year, month.month(), m.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return DateSpan{day, day};
}

QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral(R"((?<=[.!?])\s+(?=\p{Lu}))"));
    QStringList sentences;
    for (const QString &s : text.split(boundary, Qt::SkipEmptyParts))
        sentences.append(s.trimmed());
    return sentences;
}

EligibilityCheck check(Rule rule, Eligibility outcome, const QString &text)
{
    return EligibilityCheck{rule, outcome, text};
}

// Where members may come from (the network's scope) against the query's country.
EligibilityCheck scopeCheck(const QJsonObject &network, const QString &country)
{
    const QString scope = network.value(QStringLiteral("scope")).toString();
    const QString name = countryName(country);
    if (scope.isEmpty())
        return check(Rule::Country, Eligibility::Unclear, FinderText::tr("The KB does not say where its members may come from."));
    if (scope == QLatin1String("global"))
        return check(Rule::Country, Eligibility::Eligible, FinderText::tr("It takes members from any country."));
    if (scope == QLatin1String("national")) {
        const QString own = network.value(QStringLiteral("country")).toString().toUpper();
        if (own.isEmpty())
            return check(Rule::Country, Eligibility::Unclear,
                         FinderText::tr("It is a national network, and the KB does not say of which country."));
        if (country.isEmpty())
            return check(Rule::Country, Eligibility::Unclear,
                         FinderText::tr("It is a national network of %1; enter the country to check.").arg(countryName(own)));
        if (own == country)
            return check(Rule::Country, Eligibility::Eligible,
                         FinderText::tr("It is a national network of %1, the country entered.").arg(name));
        return check(Rule::Country, Eligibility::NotEligible,
                     FinderText::tr("It is a national network of %1 only.").arg(countryName(own)));
    }
    if (scope == QLatin1String("EU")) {
        if (country.isEmpty())
            return check(Rule::Country, Eligibility::Unclear, FinderText::tr("It is for members in the EU; enter the country to check."));
        if (euMemberStates().contains(country))
            return check(Rule::Country, Eligibility::Eligible,
                         FinderText::tr("It is for members in the EU, and %1 is an EU member state.").arg(name));
        return check(Rule::Country, Eligibility::NotEligible,
                     FinderText::tr("It is for members in the EU, and %1 is not an EU member state.").arg(name));
    }
    if (scope == QLatin1String("Europe")) {
        if (country.isEmpty())
            return check(Rule::Country, Eligibility::Unclear, FinderText::tr("It is for European members; enter the country to check."));
        if (euMemberStates().contains(country) || otherEuropeanCountries().contains(country))
            return check(Rule::Country, Eligibility::Eligible,
                         FinderText::tr("It is for European members, and %1 is in Europe.").arg(name));
        if (transcontinentalCountries().contains(country))
            return check(Rule::Country, Eligibility::Unclear,
                         FinderText::tr("It is for European members; the KB cannot tell whether %1 counts as European.").arg(name));
        return check(Rule::Country, Eligibility::NotEligible,
                     FinderText::tr("It is for European members, and %1 is not a European country.").arg(name));
    }
    return check(Rule::Country, Eligibility::Unclear,
                 FinderText::tr("The KB gives its scope as \"%1\", which the finder cannot check.").arg(scope.left(80)));
}

EligibilityCheck memberTypeCheck(const QJsonObject &eligibility, MemberKind kind)
{
    const QString memberType = eligibility.value(QStringLiteral("member_type")).toString().trimmed();
    const QString label = FinderText::tr(infoOf(kind).label);
    if (memberType.isEmpty())
        return check(Rule::MemberType, Eligibility::Unclear, FinderText::tr("The KB does not say what kind of member it takes."));
    bool recognised = false;
    bool admitted = false;
    for (const KindInfo &info : kindInfos()) {
        const QRegularExpression words(QString::fromLatin1(info.pattern), QRegularExpression::CaseInsensitiveOption);
        if (!words.match(memberType).hasMatch())
            continue;
        recognised = true;
        admitted = admitted || info.kind == kind;
    }
    if (!recognised)
        return check(Rule::MemberType, Eligibility::Unclear,
                     FinderText::tr("Its members are described as \"%1\", which the finder cannot match to %2.").arg(memberType, label));
    if (admitted)
        return check(Rule::MemberType, Eligibility::Eligible,
                     FinderText::tr("Its members are %1, and %2 is one of them.").arg(memberType, label));
    return check(Rule::MemberType, Eligibility::NotEligible,
                 FinderText::tr("Its members are %1, so %2 cannot join as a member.").arg(memberType, label));
}

std::optional<EligibilityCheck> populationCheck(const QJsonObject &eligibility, std::optional<qint64> population)
{
    const QJsonValue minValue = eligibility.value(QStringLiteral("population_min"));
    const QJsonValue maxValue = eligibility.value(QStringLiteral("population_max"));
    if (minValue.isUndefined() && maxValue.isUndefined())
        return std::nullopt;
    // Validation keeps both whole numbers of 0 or more.
    PopulationBounds bounds;
    if (!minValue.isUndefined())
        bounds.min = minValue.toInteger();
    if (!maxValue.isUndefined())
        bounds.max = maxValue.toInteger();
    QString rule;
    if (bounds.min && bounds.max)
        rule = FinderText::tr("It takes members of %1 to %2 inhabitants").arg(count(*bounds.min), count(*bounds.max));
    else if (bounds.min)
        rule = FinderText::tr("It takes members of at least %1 inhabitants").arg(count(*bounds.min));
    else
        rule = FinderText::tr("It takes members of at most %1 inhabitants").arg(count(*bounds.max));
    if (!population)
        return check(Rule::Population, Eligibility::Unclear, FinderText::tr("%1; enter the population to check.").arg(rule));
    if (bounds.min && *population < *bounds.min)
        return check(Rule::Population, Eligibility::NotEligible, FinderText::tr("%1, and %2 is fewer.").arg(rule, count(*population)));
    if (bounds.max && *population > *bounds.max)
        return check(Rule::Population, Eligibility::NotEligible, FinderText::tr("%1, and %2 is more.").arg(rule, count(*population)));
    return check(Rule::Population, Eligibility::Eligible, FinderText::tr("%1, and %2 is within that range.").arg(rule, count(*population)));
}

std::optional<EligibilityCheck> periodCheck(const QJsonObject &network, const QDate &today)
{
    const QString until = network.value(QStringLiteral("runs_until")).toString();
    const auto span = dateSpan(until);
    if (!span)
        return std::nullopt;
    if (span->last < today)
        return check(Rule::Period, Eligibility::NotEligible, FinderText::tr("It ran until %1.").arg(until));
    return check(Rule::Period, Eligibility::Eligible, FinderText::tr("It runs until %1.").arg(until));
}

Eligibility combined(const QList<EligibilityCheck> &checks)
{
    Eligibility result = Eligibility::Eligible;
    for (const EligibilityCheck &c : checks) {
        if (c.outcome == Eligibility::NotEligible)
            return Eligibility::NotEligible;
        if (c.outcome == Eligibility::Unclear)
            result = Eligibility::Unclear;
    }
    return result;
}

bool isFirstYearFree(const FeeOption &fee)
{
    const QString text = (fee.period + QLatin1Char(' ') + fee.conditions).toLower();
    const bool firstYear = text.contains(QLatin1String("first year")) || text.contains(QLatin1String("1st year"));
    return firstYear && (text.contains(QLatin1String("free")) || (fee.amount && *fee.amount == 0));
}

enum class MemberClass { Any, Full, Associated };

MemberClass memberClassOf(const FeeOption &fee)
{
    const QString text = fee.conditions.toLower();
    if (text.contains(QLatin1String("associate")))
        return MemberClass::Associated;
    if (text.contains(QLatin1String("full member")))
        return MemberClass::Full;
    return MemberClass::Any;
}

// The fee rows, each marked whether it applies to the query, the one recurring fee when the
// rows leave exactly one, and the conditions in plain words.
void readFees(const QJsonObject &network, const FinderQuery &query, NetworkMatch &match)
{
    for (const QJsonValue &value : network.value(QStringLiteral("fees")).toArray()) {
        const QJsonObject row = value.toObject();
        FeeOption fee;
        if (row.value(QStringLiteral("amount")).isDouble())
            fee.amount = row.value(QStringLiteral("amount")).toDouble();
        fee.currency = row.value(QStringLiteral("currency")).toString();
        fee.period = row.value(QStringLiteral("period")).toString();
        fee.conditions = row.value(QStringLiteral("conditions")).toString();
        const PopulationBounds bounds = populationBoundsIn(fee.conditions);
        if (bounds.any() && query.population && !bounds.contains(*query.population))
            fee.applies = false;
        switch (memberClassOf(fee)) {
        case MemberClass::Full:
            fee.applies = fee.applies && match.eligibility != Eligibility::NotEligible;
            break;
        case MemberClass::Associated:
            fee.applies = fee.applies && match.eligibility != Eligibility::Eligible;
            break;
        case MemberClass::Any:
            break;
        }
        match.fees.append(fee);
    }

    QList<FeeOption> recurring;
    for (const FeeOption &fee : std::as_const(match.fees)) {
        if (!fee.applies)
            continue;
        if (isFirstYearFree(fee)) {
            match.feeConditions.append(FinderText::tr("The first year is free of charge."));
            continue;
        }
        if (fee.amount)
            recurring.append(fee);
    }
    if (recurring.size() == 1)
        match.fee = recurring.first();
    for (const FeeOption &fee : std::as_const(match.fees)) {
        if (!fee.applies)
            continue;
        for (const QString &sentence : sentencesOf(fee.conditions))
            if (sentence.contains(QLatin1String("reimburs"), Qt::CaseInsensitive))
                match.feeConditions.append(FinderText::tr("Costs reimbursed: %1").arg(sentence));
    }
}

// Eligibility, fees and how to join of one network.
NetworkMatch evaluateNetwork(const QJsonObject &network, const FinderQuery &query, const QDate &today)
{
    NetworkMatch match;
    match.type = RecordType::Network;
    match.key = network.value(QStringLiteral("key")).toString();
    match.name = network.value(QStringLiteral("name")).toString();
    match.acronym = network.value(QStringLiteral("acronym")).toString();
    match.kind = network.value(QStringLiteral("kind")).toString();
    match.howToJoin = network.value(QStringLiteral("how_to_join")).toString();
    match.newGroupRule = network.value(QStringLiteral("new_group_rule")).toString();
    match.website = network.value(QStringLiteral("website")).toString();

    match.checks.append(scopeCheck(network, query.country));
    const QJsonValue eligibilityValue = network.value(QStringLiteral("eligibility"));
    if (eligibilityValue.isObject()) {
        const QJsonObject eligibility = eligibilityValue.toObject();
        match.eligibilityNote = eligibility.value(QStringLiteral("note")).toString();
        const EligibilityCheck kind = memberTypeCheck(eligibility, query.memberKind);
        match.checks.append(kind);
        // A region's or an organisation's size says nothing once the kind is refused.
        if (kind.outcome != Eligibility::NotEligible)
            if (auto population = populationCheck(eligibility, query.population))
                match.checks.append(*population);
    } else {
        match.checks.append(check(Rule::Rules, Eligibility::Unclear, FinderText::tr("The KB holds no rules on who may join it.")));
    }
    if (auto period = periodCheck(network, today))
        match.checks.append(*period);
    match.eligibility = combined(match.checks);

    if (match.eligibility != Eligibility::Eligible) {
        for (const QString &text : {match.eligibilityNote, match.howToJoin}) {
            for (const QString &sentence : sentencesOf(text)) {
                if (match.otherRoute.isEmpty() && sentence.contains(QLatin1String("associate"), Qt::CaseInsensitive))
                    match.otherRoute = sentence;
            }
        }
    }

    if (match.eligibility == Eligibility::Eligible) {
        match.summary = FinderText::tr("It meets every rule the KB holds for it.");
    } else {
        for (const EligibilityCheck &c : std::as_const(match.checks)) {
            if (c.outcome == match.eligibility) {
                match.summary = c.text;
                break;
            }
        }
        if (match.eligibility == Eligibility::NotEligible && !match.otherRoute.isEmpty())
            match.summary = FinderText::tr("%1 Associated membership is another way in.").arg(match.summary);
    }
    readFees(network, query, match);
    return match;
}

// A working group follows its network's eligibility, fees and way in, plus its own rules.
NetworkMatch evaluateWorkingGroup(const QJsonObject &group, const NetworkMatch &network)
{
    NetworkMatch match = network;
    match.type = RecordType::WorkingGroup;
    match.key = group.value(QStringLiteral("key")).toString();
    match.name = group.value(QStringLiteral("name")).toString();
    match.acronym.clear();
    match.kind = group.value(QStringLiteral("kind")).toString();
    match.networkKey = network.key;
    match.networkName = network.name;
    match.rules = group.value(QStringLiteral("rules")).toString();
    match.events.clear();
    match.relevance = 0;
    match.themeEvidence.clear();
    match.summary = FinderText::tr("The rules of %1 apply. %2").arg(network.name, network.summary);
    return match;
}

struct Theme
{
    QString key;
    QString term;
    QString practiceList; // the practice list of the term's vocabulary ("themes"), empty if none
    QRegularExpression words;
};

Result<std::optional<Theme>> readTheme(const Store &store, const QString &wanted)
{
    if (wanted.trimmed().isEmpty())
        return std::optional<Theme>();
    auto key = resolveRecordKey(store, RecordType::Taxonomy, wanted);
    if (!key)
        return key.fullError();
    auto record = store.get(RecordType::Taxonomy, key.value());
    if (!record)
        return record.fullError();
    Theme theme;
    theme.key = key.value();
    theme.term = record.value().value(QStringLiteral("term")).toString();
    const QString vocabulary = record.value().value(QStringLiteral("vocabulary")).toString();
    for (const ChildSpec &child : specFor(RecordType::Practice).children)
        if (child.flatRef && child.flatRef->target == RecordType::Taxonomy && child.fixedValue == vocabulary)
            theme.practiceList = child.name;
    QStringList alternatives{QRegularExpression::escape(theme.term)};
    for (const QJsonValue &synonym : record.value().value(QStringLiteral("synonyms")).toArray())
        if (!synonym.toString().trimmed().isEmpty())
            alternatives.append(QRegularExpression::escape(synonym.toString().trimmed()));
    theme.words = QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(alternatives.join(QLatin1Char('|'))),
                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return std::optional<Theme>(theme);
}

// The texts of a record the theme is looked for in, with what to call each.
QList<std::pair<QString, QString>> themeTexts(const QJsonObject &record)
{
    QList<std::pair<QString, QString>> texts{
        {FinderText::tr("name"), record.value(QStringLiteral("name")).toString()},
        {FinderText::tr("description"), record.value(QStringLiteral("description")).toString()},
        {FinderText::tr("focus"), record.value(QStringLiteral("focus")).toString()},
        {FinderText::tr("EU policy"), record.value(QStringLiteral("eu_policy")).toString()},
    };
    QStringList plans;
    for (const QJsonValue &plan : record.value(QStringLiteral("work_plans")).toArray()) {
        for (const QJsonValue &objective : plan.toObject().value(QStringLiteral("objectives")).toArray()) {
            plans.append(objective.toObject().value(QStringLiteral("title")).toString());
            for (const QJsonValue &action : objective.toObject().value(QStringLiteral("actions")).toArray())
                plans.append(action.toString());
        }
    }
    texts.append({FinderText::tr("work plan"), plans.join(QLatin1Char('\n'))});
    return texts;
}

Status rankByTheme(const Store &store, const Theme &theme, const QJsonObject &record, NetworkMatch &match)
{
    if (match.type == RecordType::Network && !theme.practiceList.isEmpty()) {
        PageQuery query;
        query.filters = {{QStringLiteral("networks"), match.key}, {theme.practiceList, theme.key}};
        query.limit = 0;
        auto page = store.listPage(RecordType::Practice, query);
        if (!page)
            return page.fullError();
        const qint64 practices = page.value().total;
        if (practices == 1)
            match.themeEvidence.append(FinderText::tr("One practice on %1 came through it.").arg(theme.term));
        else if (practices > 1)
            match.themeEvidence.append(FinderText::tr("%1 practices on %2 came through it.").arg(count(practices), theme.term));
        match.relevance += int(std::min<qint64>(practices, INT_MAX / 4)) * 2;
    }
    for (const auto &[field, text] : themeTexts(record)) {
        if (text.isEmpty())
            continue;
        const auto m = theme.words.match(text);
        if (!m.hasMatch())
            continue;
        match.themeEvidence.append(FinderText::tr("Its %1 mentions \"%2\".").arg(field, m.captured(0)));
        match.relevance += 1;
    }
    return {};
}

// The coming events of every network and working group, by their keys.
Result<QHash<QString, QList<ComingEvent>>> comingEvents(const Store &store, const QDate &today)
{
    PageQuery query;
    query.limit = INT_MAX;
    auto page = store.listPage(RecordType::Event, query);
    if (!page)
        return page.fullError();
    QHash<QString, QList<ComingEvent>> events;
    for (const RecordSummary &row : page.value().rows) {
        const QJsonObject &f = row.fields;
        const QString status = f.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("held") || status == QLatin1String("cancelled"))
            continue;
        ComingEvent event;
        event.key = row.key;
        event.title = row.title;
        event.kind = f.value(QStringLiteral("kind")).toString();
        event.status = status;
        event.dateText = f.value(QStringLiteral("date_text")).toString();
        event.startDate = f.value(QStringLiteral("start_date")).toString();
        event.endDate = f.value(QStringLiteral("end_date")).toString();
        event.place = f.value(QStringLiteral("place")).toString();
        const auto start = dateSpan(event.startDate);
        const auto end = dateSpan(event.endDate);
        const QDate last = end ? end->last : start ? start->last : QDate();
        const bool planned = status == QLatin1String("planned") || status == QLatin1String("postponed");
        if (!planned && !(last.isValid() && last >= today))
            continue;
        event.datePassed = last.isValid() && last < today;
        const QString network = f.value(QStringLiteral("network")).toString();
        const QString group = f.value(QStringLiteral("working_group")).toString();
        if (!network.isEmpty())
            events[QStringLiteral("n:") + network].append(event);
        if (!group.isEmpty())
            events[QStringLiteral("g:") + group].append(event);
    }
    for (QList<ComingEvent> &list : events) {
        std::stable_sort(list.begin(), list.end(), [](const ComingEvent &a, const ComingEvent &b) {
            const auto spanA = dateSpan(a.startDate.isEmpty() ? a.endDate : a.startDate);
            const auto spanB = dateSpan(b.startDate.isEmpty() ? b.endDate : b.startDate);
            if (bool(spanA) != bool(spanB))
                return bool(spanA);
            if (spanA && spanA->first != spanB->first)
                return spanA->first < spanB->first;
            return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
        });
    }
    return events;
}

int rank(Eligibility e)
{
    switch (e) {
    case Eligibility::Eligible:
        return 0;
    case Eligibility::Unclear:
        return 1;
    case Eligibility::NotEligible:
        return 2;
    }
    return 3;
}

} // namespace

const QList<MemberKind> &allMemberKinds()
{
    static const QList<MemberKind> kinds{MemberKind::City, MemberKind::Region, MemberKind::NationalGovernment,
                                         MemberKind::Organisation, MemberKind::LivingLab};
    return kinds;
}

QString memberKindWord(MemberKind kind)
{
    return QString::fromLatin1(infoOf(kind).word);
}

std::optional<MemberKind> memberKindFromWord(const QString &word)
{
    const QString wanted = word.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const KindInfo &info : kindInfos())
        if (wanted == QLatin1String(info.word))
            return info.kind;
    return std::nullopt;
}

QString memberKindLabel(MemberKind kind)
{
    return FinderText::tr(infoOf(kind).label);
}

QString describeFee(const FeeOption &fee)
{
    if (!fee.amount)
        return fee.period.isEmpty() ? fee.conditions : FinderText::tr("%1: %2").arg(fee.period, fee.conditions);
    const double amount = *fee.amount;
    const QString figure = amount == std::floor(amount) ? QLocale().toString(qint64(amount)) : QLocale().toString(amount, 'f', 2);
    QString text = fee.currency.isEmpty() ? figure : FinderText::tr("%1 %2").arg(figure, fee.currency);
    if (!fee.period.isEmpty())
        text = FinderText::tr("%1 (%2)").arg(text, fee.period);
    return text;
}

Result<QList<NetworkMatch>> NetworkFinderService::find(const FinderQuery &input)
{
    using R = Result<QList<NetworkMatch>>;
    FinderQuery query = input;
    query.country = query.country.trimmed().toUpper();
    // The EU's own abbreviations for two member states.
    if (query.country == QLatin1String("UK"))
        query.country = QStringLiteral("GB");
    else if (query.country == QLatin1String("EL"))
        query.country = QStringLiteral("GR");
    if (!query.country.isEmpty() && !isCountryCode(query.country))
        return R::failure(FinderText::tr("The country must be a two-letter ISO 3166 code such as NL or DE."));
    if (query.population && *query.population <= 0)
        return R::failure(FinderText::tr("The population must be a whole number of inhabitants above zero."));
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();

    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    auto theme = readTheme(store, query.theme);
    if (!theme)
        return theme.fullError();
    auto networks = store.list(RecordType::Network);
    if (!networks)
        return networks.fullError();
    auto groups = store.list(RecordType::WorkingGroup);
    if (!groups)
        return groups.fullError();
    auto events = comingEvents(store, today);
    if (!events)
        return events.fullError();

    QList<NetworkMatch> matches;
    QHash<QString, NetworkMatch> byNetwork;
    for (const QJsonObject &network : networks.value()) {
        NetworkMatch match = evaluateNetwork(network, query, today);
        match.events = events.value().value(QStringLiteral("n:") + match.key);
        if (theme.value())
            if (Status s = rankByTheme(store, *theme.value(), network, match); !s)
                return s.fullError();
        byNetwork.insert(match.key, match);
        matches.append(match);
    }
    for (const QJsonObject &group : groups.value()) {
        const QString networkKey = group.value(QStringLiteral("network")).toString();
        const auto network = byNetwork.constFind(networkKey);
        if (network == byNetwork.constEnd())
            return R::failure(FinderText::tr("The working group \"%1\" belongs to the network \"%2\", which the KB does not hold.")
                                  .arg(group.value(QStringLiteral("key")).toString(), networkKey.left(80)),
                              ErrorKind::Unavailable);
        NetworkMatch match = evaluateWorkingGroup(group, *network);
        match.events = events.value().value(QStringLiteral("g:") + match.key);
        if (theme.value())
            if (Status s = rankByTheme(store, *theme.value(), group, match); !s)
                return s.fullError();
        matches.append(match);
    }

    std::stable_sort(matches.begin(), matches.end(), [](const NetworkMatch &a, const NetworkMatch &b) {
        if (rank(a.eligibility) != rank(b.eligibility))
            return rank(a.eligibility) < rank(b.eligibility);
        if (a.relevance != b.relevance)
            return a.relevance > b.relevance;
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.key < b.key;
    });
    return matches;
}

} // namespace citykb
