#include "briefingservice.h"

#include "browseservice.h"
#include "job.h"
#include "knowledgebase.h"
#include "networkfinderservice.h"
#include "peersservice.h"
#include "searchservice.h"
#include "translations.h"

#include "core/outputfile.h"
#include "core/personaldata.h"
#include "core/typedviews.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace citykb {

namespace {

QString str(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

QJsonArray arr(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toArray();
}

QStringList strings(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values) {
        if (!v.toString().isEmpty())
            out.append(v.toString());
    }
    return out;
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

// One line of text: the briefing's texts carry no line breaks.
QString oneLine(const QString &text)
{
    return text.simplified();
}

// Case-insensitive distance of two names, for "did you mean".
int editDistance(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    QList<int> previous(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        QList<int> current(y.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        previous = current;
    }
    return previous.value(y.size());
}

const char *scopeWord(BriefingScope::Kind kind)
{
    switch (kind) {
    case BriefingScope::Kind::Network: return "network";
    case BriefingScope::Kind::WorkingGroup: return "working-group";
    case BriefingScope::Kind::Theme: return "theme";
    case BriefingScope::Kind::City: return "city";
    case BriefingScope::Kind::Practices: return "practices";
    case BriefingScope::Kind::Query: return "query";
    }
    return "";
}

struct EventRow
{
    QJsonObject record;
    bool coming = false;
    bool datePassed = false;
    QString sortDate;
};

// Gathers a briefing's content from the store; the first failed read is kept and returned.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Briefing)

public:
    Builder(KnowledgeBase &kb, const Store &store, const BriefingOptions &options)
        : m_kb(kb), m_store(store), m_options(options), m_locale(localeOf(Translations::current()))
    {
        m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        m_today = (options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc()).date();
    }

    Result<Briefing> build(const BriefingScope &scope)
    {
        m_b.scope = scope.toString();
        m_b.created = m_options.date.isValid() ? m_options.date : QDateTime::currentDateTimeUtc();
        m_b.created = m_b.created.toUTC();
        m_b.created.setTime(QTime(m_b.created.time().hour(), m_b.created.time().minute(), m_b.created.time().second()));
        m_b.kbName = m_options.kbName.isEmpty() ? QFileInfo(QDir::cleanPath(m_kb.dir())).fileName() : m_options.kbName;
        m_b.author = m_options.author.isEmpty() ? tr("CityKB (%1)").arg(m_b.kbName) : m_options.author;
        m_b.personalData = m_options.personalData;
        m_b.referencesTitle = tr("Sources");
        // The briefing speaks the language of the translations installed (docs/user-guide.md).
        m_b.language = Translations::current();
        m_b.dateText = m_locale.toString(m_b.created.date(), tr("d MMMM yyyy", "the format of a full date (QLocale)"));
        m_b.labels = {{QStringLiteral("contents"), tr("Contents")},
                      {QStringLiteral("scope"), tr("Scope")},
                      {QStringLiteral("date"), tr("Date")},
                      {QStringLiteral("knowledgeBase"), tr("Knowledge base")},
                      {QStringLiteral("withheld"), tr("E-mail addresses and phone numbers are left out of this briefing.")},
                      {QStringLiteral("withPersonalData"),
                       tr("This briefing holds personal contact data (e-mail addresses and phone numbers): share it only with "
                          "those who need it.")},
                      {QStringLiteral("section"), tr("section", "a section of a source document")},
                      {QStringLiteral("pageOfPages"), tr("Page %1 of %2")}};

        Status built;
        switch (scope.kind) {
        case BriefingScope::Kind::Network: built = network(scope.name); break;
        case BriefingScope::Kind::WorkingGroup: built = workingGroup(scope.name); break;
        case BriefingScope::Kind::Theme: built = theme(scope.name); break;
        case BriefingScope::Kind::City: built = city(scope.name); break;
        case BriefingScope::Kind::Practices: built = practices(scope.practices); break;
        case BriefingScope::Kind::Query: built = query(scope.query); break;
        }
        if (!built)
            return built.fullError();
        if (m_failure)
            return *m_failure;
        m_b.sections.erase(std::remove_if(m_b.sections.begin(), m_b.sections.end(),
                                          [](const BriefingSection &s) { return s.blocks.isEmpty(); }),
                           m_b.sections.end());
        m_b.keywords = {tr("briefing"), QString::fromLatin1(scopeWord(scope.kind)), m_b.title, QStringLiteral("CityKB")};
        if (!m_options.personalData)
            withholdPersonalData();
        return m_b;
    }

private:
    // ---------------------------------------------------------------- reading

    void fail(const Error &error)
    {
        if (!m_failure)
            m_failure = error;
    }

    std::optional<QJsonObject> get(RecordType type, const QString &key)
    {
        if (key.isEmpty())
            return std::nullopt;
        const QString id = recordTypeWord(type) + QLatin1Char('/') + key;
        if (auto it = m_cache.find(id); it != m_cache.end())
            return it->second;
        auto record = m_store.get(type, key);
        std::optional<QJsonObject> value;
        if (record)
            value = record.value();
        else if (record.errorKind() != ErrorKind::NotFound)
            fail(record.fullError());
        m_cache.emplace(id, value);
        return value;
    }

    QList<QJsonObject> list(RecordType type, const QList<Filter> &filters = {})
    {
        auto records = m_store.list(type, filters);
        if (!records) {
            fail(records.fullError());
            return {};
        }
        return records.value();
    }

    QString titleOf(RecordType type, const QString &key)
    {
        const std::optional<QJsonObject> record = get(type, key);
        if (!record)
            return key;
        const QString title = record->value(specFor(type).titleField).toString();
        if (!title.isEmpty())
            return title;
        if (type == RecordType::Recommendation && record->value(QLatin1String("number")).isDouble())
            return tr("Recommendation %1").arg(record->value(QLatin1String("number")).toInteger());
        return key;
    }

    QStringList titlesOf(RecordType type, const QJsonArray &keys)
    {
        QStringList titles;
        for (const QJsonValue &key : keys)
            titles.append(titleOf(type, key.toString()));
        return titles;
    }

    // The key of the record known by key, name, title, acronym or id; NotFound with the closest
    // name as a suggestion. `what` names the kind of record in the sentence.
    Result<QString> resolve(RecordType type, const QString &name, const QString &what, const QList<Filter> &filters = {})
    {
        if (name.trimmed().isEmpty())
            return Result<QString>::failure(tr("The scope needs the name of a %1 after the colon.").arg(what));
        auto key = resolveRecordKey(m_store, type, name);
        if (key || key.errorKind() != ErrorKind::NotFound)
            return key;
        // Taxonomy terms are also known by their synonyms.
        if (type == RecordType::Taxonomy) {
            for (const QJsonObject &term : list(type, filters)) {
                for (const QString &synonym : strings(arr(term, "synonyms"))) {
                    if (synonym.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                        return str(term, "key");
                }
            }
        }
        QString best;
        int bestDistance = std::numeric_limits<int>::max();
        for (const QJsonObject &record : list(type, filters)) {
            QStringList names{record.value(specFor(type).titleField).toString(), str(record, "key")};
            if (type == RecordType::Network)
                names.append(str(record, "acronym"));
            for (const QString &candidate : names) {
                if (candidate.isEmpty())
                    continue;
                int distance = editDistance(name.trimmed(), candidate);
                if (candidate.contains(name.trimmed(), Qt::CaseInsensitive))
                    distance = std::min(distance, int(candidate.size() - name.trimmed().size()) / 2);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = record.value(specFor(type).titleField).toString();
                }
            }
        }
        const QString shown = name.trimmed().left(200);
        if (!best.isEmpty() && bestDistance <= std::max(3, int(shown.size()) / 2))
            return Result<QString>::failure(tr("There is no %1 called \"%2\"; did you mean \"%3\"?").arg(what, shown, best),
                                            ErrorKind::NotFound);
        return Result<QString>::failure(tr("There is no %1 called \"%2\".").arg(what, shown), ErrorKind::NotFound);
    }

    QList<QJsonObject> backlinks(RecordType type, const QString &key, RecordType from, const QString &via = {})
    {
        auto shown = BrowseService(m_kb).show(type, key);
        if (!shown) {
            fail(shown.fullError());
            return {};
        }
        QList<QJsonObject> out;
        for (const QJsonValue &entry : shown.value().value(QLatin1String("links")).toObject().value(recordTypeWord(from)).toArray()) {
            const QJsonObject link = entry.toObject();
            if (via.isEmpty() || str(link, "via") == via)
                out.append(link);
        }
        return out;
    }

    // ---------------------------------------------------------------- words

    // English briefings keep British conventions; the others their language's.
    static QLocale localeOf(const QString &language)
    {
        return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(language);
    }

    QString number(double value) const
    {
        if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
            return m_locale.toString(qint64(value));
        return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
    }

    QString number(const QJsonValue &value) const { return value.isDouble() ? number(value.toDouble()) : QString(); }

    // A year is written without a thousands separator.
    static QString year(const QJsonValue &value) { return value.isDouble() ? QString::number(value.toInteger()) : QString(); }

    QString date(const QString &iso) const
    {
        const QString text = iso.trimmed();
        if (QDate d = QDate::fromString(text, Qt::ISODate); d.isValid() && text.size() == 10)
            return m_locale.toString(d, tr("d MMMM yyyy", "the format of a full date (QLocale)"));
        if (QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate); d.isValid() && text.size() == 7)
            return m_locale.toString(d, tr("MMMM yyyy", "the format of a month (QLocale)"));
        return text;
    }

    static QString country(const QString &code)
    {
        const QLocale::Territory territory = QLocale::codeToTerritory(code.trimmed());
        return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
    }

    QString valueWithUnit(const QJsonValue &value, const QString &unit) const
    {
        if (!value.isDouble())
            return unit;
        if (unit == QLatin1String("%"))
            return number(value) + QLatin1Char('%');
        return unit.isEmpty() ? number(value) : tr("%1 %2", "value and unit").arg(number(value), unit);
    }

    static QString statusName(const QString &status)
    {
        if (status == QLatin1String("planned")) return tr("planned");
        if (status == QLatin1String("held")) return tr("held");
        if (status == QLatin1String("postponed")) return tr("POSTPONED");
        if (status == QLatin1String("cancelled")) return tr("CANCELLED");
        return status;
    }

    static QString vocabularyName(const QString &vocabulary)
    {
        if (vocabulary == QLatin1String("theme")) return tr("theme");
        if (vocabulary == QLatin1String("target_group")) return tr("target group");
        if (vocabulary == QLatin1String("success_factor")) return tr("success factor");
        if (vocabulary == QLatin1String("challenge")) return tr("challenge");
        if (vocabulary == QLatin1String("instrument")) return tr("instrument");
        if (vocabulary == QLatin1String("policy_area")) return tr("policy area");
        if (vocabulary == QLatin1String("inclusion_pillar")) return tr("pillar of active inclusion");
        return vocabulary;
    }

    // ---------------------------------------------------------------- references

    int cite(const QJsonObject &source)
    {
        const QString document = str(source, "document");
        if (document.isEmpty())
            return 0;
        const QString section = str(source, "section");
        const QString id = document + QChar(0x1f) + section;
        if (auto it = m_referenceIds.constFind(id); it != m_referenceIds.constEnd())
            return it.value();
        BriefingReference ref;
        ref.number = int(m_b.references.size()) + 1;
        ref.documentKey = document;
        ref.section = oneLine(section);
        ref.document = document;
        if (const std::optional<QJsonObject> doc = get(RecordType::Document, document)) {
            ref.document = oneLine(str(*doc, "title"));
            QStringList detail;
            for (const QString &part : {str(*doc, "kind"), str(*doc, "organisation"), date(str(*doc, "date"))}) {
                if (!part.trimmed().isEmpty())
                    detail.append(oneLine(part));
            }
            ref.detail = capitalised(detail.join(QStringLiteral(", ")));
        }
        m_b.references.append(ref);
        m_referenceIds.insert(id, ref.number);
        return ref.number;
    }

    QList<int> cites(const QJsonObject &record)
    {
        QList<int> numbers;
        for (const QJsonValue &source : arr(record, "sources")) {
            const int n = cite(source.toObject());
            if (n > 0 && !numbers.contains(n))
                numbers.append(n);
        }
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    }

    // ---------------------------------------------------------------- blocks

    static BriefingBlock paragraph(const QString &text, const QList<int> &citations = {})
    {
        BriefingBlock b;
        b.kind = BriefingBlock::Kind::Paragraph;
        b.text = BriefingText(oneLine(text), citations);
        return b;
    }

    static BriefingBlock note(const QString &text)
    {
        BriefingBlock b = paragraph(text);
        b.kind = BriefingBlock::Kind::Note;
        return b;
    }

    BriefingBlock heading(const QString &text, int level, const QString &anchorSeed = {}, const QList<int> &citations = {})
    {
        BriefingBlock b;
        b.kind = BriefingBlock::Kind::Heading;
        b.level = level;
        b.text = BriefingText(oneLine(text), citations);
        if (!anchorSeed.isEmpty())
            b.anchor = QStringLiteral("h-%1-%2").arg(anchorSeed).arg(++m_anchorCount);
        return b;
    }

    static BriefingBlock facts(const QList<BriefingFact> &rows)
    {
        BriefingBlock b;
        b.kind = BriefingBlock::Kind::Facts;
        for (const BriefingFact &row : rows) {
            if (!row.value.text.trimmed().isEmpty())
                b.facts.append(BriefingFact{row.label, BriefingText(oneLine(row.value.text), row.value.cites)});
        }
        return b;
    }

    static BriefingBlock bullets(const QList<BriefingText> &items)
    {
        BriefingBlock b;
        b.kind = BriefingBlock::Kind::List;
        for (const BriefingText &item : items) {
            if (!item.text.trimmed().isEmpty())
                b.items.append(BriefingText(oneLine(item.text), item.cites));
        }
        return b;
    }

    static BriefingBlock table(const QStringList &columns, const QList<bool> &numeric, const QList<QList<BriefingText>> &rows,
                               const QString &caption = {})
    {
        BriefingBlock b;
        b.kind = BriefingBlock::Kind::Table;
        b.table.columns = columns;
        b.table.numeric = numeric;
        for (const QList<BriefingText> &row : rows) {
            QList<BriefingText> cells;
            for (const BriefingText &cell : row)
                cells.append(BriefingText(oneLine(cell.text), cell.cites));
            b.table.rows.append(cells);
        }
        b.table.caption = caption;
        return b;
    }

    // Counts as a bar chart, biggest first, at most `limit` bars (the rest summed as "other").
    static std::optional<BriefingBlock> chart(const QString &title, const QString &unit, const QHash<QString, int> &counts,
                                              int limit = 10)
    {
        if (counts.size() < 2)
            return std::nullopt;
        QList<std::pair<QString, double>> bars;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            bars.append({it.key(), double(it.value())});
        std::sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
        });
        if (bars.size() > limit) {
            double rest = 0;
            for (qsizetype i = limit - 1; i < bars.size(); ++i)
                rest += bars.at(i).second;
            bars.resize(limit - 1);
            bars.append({tr("other"), rest});
        }
        BriefingBlock b;
        b.kind = BriefingBlock::Kind::Chart;
        b.chart.title = title;
        b.chart.unit = unit;
        b.chart.bars = bars;
        return b;
    }

    // A longer text as paragraphs; the citations go with the last.
    static void addText(QList<BriefingBlock> &blocks, const QString &text, const QList<int> &citations = {})
    {
        const QStringList parts = text.trimmed().split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size(); ++i)
            blocks.append(paragraph(parts.at(i), i + 1 == parts.size() ? citations : QList<int>{}));
    }

    BriefingSection &section(const QString &id, const QString &title)
    {
        for (BriefingSection &s : m_b.sections) {
            if (s.id == id)
                return s;
        }
        m_b.sections.append(BriefingSection{id, title, {}});
        return m_b.sections.last();
    }

    // ---------------------------------------------------------------- pieces

    // "Towns and cities of 50,000 to 250,000 inhabitants may join as members."
    QString eligibilitySentence(const QJsonObject &network) const
    {
        const QJsonObject e = network.value(QLatin1String("eligibility")).toObject();
        const QString memberType = str(e, "member_type").trimmed();
        const QString who = memberType.isEmpty() ? tr("Cities") : capitalised(memberType);
        const QJsonValue min = e.value(QLatin1String("population_min"));
        const QJsonValue max = e.value(QLatin1String("population_max"));
        if (min.isDouble() && max.isDouble())
            return tr("%1 of %2 to %3 inhabitants may join as members.").arg(who, number(min), number(max));
        if (min.isDouble())
            return tr("%1 with at least %2 inhabitants may join as members.").arg(who, number(min));
        if (max.isDouble())
            return tr("%1 with up to %2 inhabitants may join as members.").arg(who, number(max));
        if (!memberType.isEmpty())
            return tr("%1 may join as members.").arg(who);
        return {};
    }

    // Each row of fees in plain words: "3,500 EUR a year: from the 2nd year ...".
    QList<BriefingText> feeItems(const QJsonObject &network, const QList<int> &citations) const
    {
        QList<BriefingText> items;
        for (const QJsonValue &value : arr(network, "fees")) {
            const QJsonObject fee = value.toObject();
            QString what;
            const QString period = str(fee, "period").trimmed();
            if (fee.value(QLatin1String("amount")).isDouble()) {
                what = number(fee.value(QLatin1String("amount")));
                if (!str(fee, "currency").isEmpty())
                    what = tr("%1 %2", "amount and currency").arg(what, str(fee, "currency"));
                const QString p = period.toLower();
                if (p == QLatin1String("annual") || p == QLatin1String("annually") || p == QLatin1String("yearly") || p == QLatin1String("per year"))
                    what = tr("%1 a year").arg(what);
                else if (!period.isEmpty())
                    what = tr("%1 (%2)").arg(what, period);
            } else if (!period.isEmpty()) {
                what = capitalised(period);
            }
            const QString conditions = oneLine(str(fee, "conditions"));
            if (what.isEmpty() && conditions.isEmpty())
                continue;
            items.append(BriefingText(what.isEmpty() ? conditions : conditions.isEmpty() ? what : tr("%1: %2").arg(what, conditions), citations));
        }
        return items;
    }

    // What the finder says about every network and working group (with the theme's relevance).
    const QList<NetworkMatch> &finderMatches(const QString &theme = {})
    {
        if (!m_matches || m_matchesTheme != theme) {
            FinderQuery q;
            q.today = m_today;
            q.theme = theme;
            auto found = NetworkFinderService(m_kb).find(q);
            if (!found)
                fail(found.fullError());
            m_matches = found ? found.value() : QList<NetworkMatch>{};
            m_matchesTheme = theme;
        }
        return *m_matches;
    }

    void contacts(QList<BriefingBlock> &blocks, const char *via, const QString &key)
    {
        QList<BriefingText> items;
        for (const QJsonObject &person : list(RecordType::Person, {Filter{QString::fromLatin1(via), key}})) {
            QStringList parts{str(person, "name")};
            for (const char *field : {"role", "organisation_name"}) {
                if (!str(person, field).isEmpty())
                    parts.append(oneLine(str(person, field)));
            }
            if (m_options.personalData) {
                for (const char *field : {"email", "phone"}) {
                    if (!str(person, field).isEmpty())
                        parts.append(str(person, field));
                }
            }
            items.append(BriefingText(parts.join(QStringLiteral(", ")), cites(person)));
        }
        if (items.isEmpty())
            return;
        blocks.append(heading(tr("Contacts"), 4));
        blocks.append(bullets(items));
        if (!m_options.personalData)
            blocks.append(note(tr("E-mail addresses and phone numbers are left out; the KB holds them on each person's record.")));
    }

    void networkFacts(QList<BriefingBlock> &blocks, const QJsonObject &n)
    {
        const QList<int> c = cites(n);
        QString kind = str(n, "kind");
        if (!str(n, "scope").isEmpty())
            kind = kind.isEmpty() ? str(n, "scope") : tr("%1, %2 scope").arg(kind, str(n, "scope"));
        QString founded = year(n.value(QLatin1String("founded_year")));
        if (!str(n, "founders").isEmpty())
            founded = founded.isEmpty() ? str(n, "founders") : tr("%1, by %2").arg(founded, str(n, "founders"));
        QString size;
        if (n.value(QLatin1String("members_count")).isDouble()) {
            size = tr("%1 members").arg(number(n.value(QLatin1String("members_count"))));
            if (!str(n, "members_as_of").isEmpty())
                size = tr("%1 (as of %2)").arg(size, date(str(n, "members_as_of")));
        }
        if (!str(n, "members_note").isEmpty())
            size = size.isEmpty() ? capitalised(str(n, "members_note")) : tr("%1; %2").arg(size, str(n, "members_note"));
        const QString acronym = str(n, "acronym").compare(str(n, "name"), Qt::CaseInsensitive) == 0 ? QString() : str(n, "acronym");
        blocks.append(facts({{tr("Kind"), capitalised(kind)},
                             {tr("Acronym"), acronym},
                             {tr("Part of"), str(n, "parent").isEmpty() ? QString() : titleOf(RecordType::Network, str(n, "parent"))},
                             {tr("Country"), str(n, "country").isEmpty() ? QString() : country(str(n, "country"))},
                             {tr("Founded"), founded},
                             {tr("Headquarters"), str(n, "headquarters")},
                             {tr("Size"), BriefingText(size, c)},
                             {tr("Runs until"), date(str(n, "runs_until"))},
                             {tr("Website"), str(n, "website")},
                             {tr("Interviewed"), str(n, "interview_mode")}}));
        addText(blocks, str(n, "description"), c);
    }

    void joining(BriefingSection &s, const QJsonObject &n, const QJsonObject *group)
    {
        const QList<int> c = cites(n);
        const QJsonObject e = n.value(QLatin1String("eligibility")).toObject();
        QList<BriefingFact> rows;
        if (group)
            rows.append({tr("Through"), tr("Membership of %1, which the working group belongs to").arg(str(n, "name"))});
        rows.append({tr("Who may join"), BriefingText(eligibilitySentence(n), c)});
        rows.append({tr("In the network's words"), str(e, "note")});
        s.blocks.append(facts(rows));
        const QList<BriefingText> fees = feeItems(n, {});
        if (!fees.isEmpty()) {
            s.blocks.append(heading(tr("Fees and conditions"), 4));
            s.blocks.append(bullets(fees));
        }
        if (!str(n, "how_to_join").isEmpty()) {
            s.blocks.append(heading(tr("How to join"), 4));
            addText(s.blocks, str(n, "how_to_join"), c);
        }
        QString start;
        if (group && !str(*group, "rules").isEmpty())
            start = str(*group, "rules");
        else
            start = str(n, "new_group_rule");
        if (!start.isEmpty()) {
            s.blocks.append(heading(tr("How a working group starts"), 4));
            addText(s.blocks, start, group ? cites(*group) : c);
        }
        if (fees.isEmpty() && eligibilitySentence(n).isEmpty() && str(e, "note").isEmpty())
            s.blocks.append(note(tr("The KB holds no eligibility rules or fees for %1.").arg(str(n, "name"))));
    }

    void workingGroupsAndForums(const QJsonObject &n)
    {
        const QString key = str(n, "key");
        BriefingSection &s = section(QStringLiteral("working-groups"), tr("Working groups and forums"));
        QList<BriefingText> forums;
        for (const QJsonObject &f : list(RecordType::Forum, {Filter{QStringLiteral("network"), key}})) {
            QString text = str(f, "name");
            QStringList chair;
            if (!str(f, "chair").isEmpty())
                chair.append(str(f, "chair"));
            if (!str(f, "chair_city").isEmpty())
                chair.append(titleOf(RecordType::City, str(f, "chair_city")));
            if (!chair.isEmpty())
                text = tr("%1 (chair: %2)").arg(text, chair.join(QStringLiteral(", ")));
            if (!str(f, "description").isEmpty())
                text = tr("%1: %2").arg(text, shortened(str(f, "description")));
            forums.append(BriefingText(text, cites(f)));
        }
        if (!forums.isEmpty()) {
            s.blocks.append(heading(tr("Forums"), 4));
            s.blocks.append(bullets(forums));
        }
        QList<QList<BriefingText>> rows;
        for (const QJsonObject &g : list(RecordType::WorkingGroup, {Filter{QStringLiteral("network"), key}})) {
            QString about = str(g, "focus").isEmpty() ? str(g, "description") : str(g, "focus");
            rows.append({BriefingText(str(g, "name")), BriefingText(capitalised(str(g, "kind"))),
                         BriefingText(titleOf(RecordType::City, str(g, "lead_city")) == str(g, "lead_city") && str(g, "lead_city").isEmpty()
                                          ? QString()
                                          : titleOf(RecordType::City, str(g, "lead_city"))),
                         BriefingText(shortened(about), cites(g))});
        }
        if (!rows.isEmpty()) {
            s.blocks.append(heading(tr("Working groups"), 4));
            s.blocks.append(table({tr("Working group"), tr("Kind"), tr("Lead city"), tr("What it works on")}, {}, rows));
        }
    }

    // At most about two sentences of a long text, cut at a sentence end.
    static QString shortened(const QString &text, int limit = 260)
    {
        const QString t = oneLine(text);
        if (t.size() <= limit)
            return t;
        const qsizetype stop = t.lastIndexOf(QStringLiteral(". "), limit);
        if (stop > limit / 3)
            return t.left(stop + 1);
        return t.left(limit).trimmed() + QStringLiteral(" …");
    }

    // Members by role, and a chart of the members by country.
    void members(RecordType type, const QString &key)
    {
        struct Member
        {
            QString name;
            QString country;
            QString role;
        };
        QList<Member> all;
        for (RecordType from : {RecordType::City, RecordType::Organisation}) {
            for (const QJsonObject &link : backlinks(type, key, from, QStringLiteral("memberships"))) {
                const std::optional<QJsonObject> record = get(from, str(link, "key"));
                all.append(Member{str(link, "title"), record ? str(*record, "country") : QString(), str(link, "role")});
            }
        }
        if (all.isEmpty())
            return;
        BriefingSection &s = section(QStringLiteral("members"), tr("Members"));
        QStringList roles;
        for (const Member &m : all) {
            if (!roles.contains(m.role))
                roles.append(m.role);
        }
        QList<BriefingFact> rows;
        QHash<QString, int> byCountry;
        for (const QString &role : roles) {
            QStringList names;
            for (const Member &m : all) {
                if (m.role != role)
                    continue;
                names.append(m.country.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.country));
            }
            names.sort(Qt::CaseInsensitive);
            rows.append({role.isEmpty() ? tr("Members") : capitalised(role), names.join(QStringLiteral(", "))});
        }
        for (const Member &m : all)
            byCountry[m.country.isEmpty() ? tr("unknown") : country(m.country)] += 1;
        s.blocks.append(paragraph(all.size() == 1 ? tr("The KB knows one member of %1 by name.").arg(titleOf(type, key))
                                                  : tr("The KB knows %1 members of %2 by name.").arg(all.size()).arg(titleOf(type, key))));
        s.blocks.append(facts(rows));
        if (auto c = chart(tr("Members by country"), tr("members"), byCountry))
            s.blocks.append(*c);
    }

    // Events: what is coming first (soonest first, undated last), then what was held.
    void events(const QList<QJsonObject> &records, const QString &title = {})
    {
        if (records.isEmpty())
            return;
        QList<EventRow> rows;
        QSet<QString> seen;
        for (const QJsonObject &e : records) {
            if (seen.contains(str(e, "key")))
                continue;
            seen.insert(str(e, "key"));
            EventRow row{e, false, false, str(e, "start_date")};
            const QString status = str(e, "status");
            const QDate start = QDate::fromString(row.sortDate.left(10).size() == 10 ? row.sortDate.left(10) : row.sortDate.left(4) + QStringLiteral("-12-31"), Qt::ISODate);
            if (status == QLatin1String("planned") || status == QLatin1String("postponed"))
                row.coming = true;
            else if (status.isEmpty() && start.isValid() && start >= m_today)
                row.coming = true;
            row.datePassed = row.coming && status == QLatin1String("planned") && start.isValid() && start < m_today;
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const EventRow &a, const EventRow &b) {
            if (a.coming != b.coming)
                return a.coming;
            if (a.sortDate.isEmpty() != b.sortDate.isEmpty())
                return b.sortDate.isEmpty();
            return a.coming ? a.sortDate < b.sortDate : a.sortDate > b.sortDate;
        });
        BriefingSection &s = section(QStringLiteral("events"), title.isEmpty() ? tr("Events") : title);
        auto tableOf = [&](bool coming) {
            QList<QList<BriefingText>> out;
            for (const EventRow &row : rows) {
                if (row.coming != coming)
                    continue;
                const QJsonObject &e = row.record;
                QString when = str(e, "date_text").isEmpty() ? date(str(e, "start_date")) : str(e, "date_text");
                QString where = str(e, "place");
                if (where.isEmpty() && !str(e, "city").isEmpty())
                    where = titleOf(RecordType::City, str(e, "city"));
                QString status = statusName(str(e, "status"));
                if (row.datePassed)
                    status = tr("%1 (the date has passed; the KB has no newer news)").arg(status);
                QString what = str(e, "title");
                if (!str(e, "kind").isEmpty())
                    what = tr("%1 (%2)").arg(what, str(e, "kind"));
                out.append({BriefingText(when), BriefingText(what, cites(e)), BriefingText(where), BriefingText(status)});
            }
            return out;
        };
        const QStringList columns{tr("When"), tr("Event"), tr("Where"), tr("Status")};
        const QList<QList<BriefingText>> coming = tableOf(true);
        const QList<QList<BriefingText>> past = tableOf(false);
        if (!coming.isEmpty()) {
            s.blocks.append(heading(tr("Coming"), 4));
            s.blocks.append(table(columns, {}, coming));
            if (std::any_of(rows.begin(), rows.end(), [](const EventRow &r) { return str(r.record, "status") == QLatin1String("postponed"); }))
                s.blocks.append(note(tr("Postponed events are marked POSTPONED: the KB has no new date for them.")));
        }
        if (!past.isEmpty()) {
            s.blocks.append(heading(tr("Held"), 4));
            s.blocks.append(table(columns, {}, past));
        }
        QHash<QString, int> byYear;
        int dated = 0;
        for (const EventRow &row : rows) {
            if (row.sortDate.size() >= 4) {
                byYear[row.sortDate.left(4)] += 1;
                ++dated;
            }
        }
        if (dated >= 4) {
            if (auto c = chart(tr("Events by year"), tr("events"), byYear)) {
                std::sort(c->chart.bars.begin(), c->chart.bars.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
                s.blocks.append(*c);
            }
        }
    }

    // Practices: a chart of what made them work, then each with its figures.
    void practiceSection(const QList<QJsonObject> &records, const QString &intro)
    {
        if (records.isEmpty())
            return;
        BriefingSection &s = section(QStringLiteral("practices"), tr("Relevant practices and their outcomes"));
        if (!intro.isEmpty())
            s.blocks.append(paragraph(intro));
        QHash<QString, int> factors;
        QHash<QString, int> themes;
        for (const QJsonObject &p : records) {
            for (const QString &f : strings(arr(p, "success_factors")))
                factors[capitalised(titleOf(RecordType::Taxonomy, f))] += 1;
            for (const QString &t : strings(arr(p, "themes")))
                themes[capitalised(titleOf(RecordType::Taxonomy, t))] += 1;
        }
        if (auto c = chart(tr("Practices by success factor"), tr("practices"), factors))
            s.blocks.append(*c);
        else if (auto t = chart(tr("Practices by theme"), tr("practices"), themes))
            s.blocks.append(*t);
        constexpr int maxPractices = 30;
        for (qsizetype i = 0; i < records.size() && i < maxPractices; ++i)
            practice(s, records.at(i));
        if (records.size() > maxPractices)
            s.blocks.append(note(tr("%1 more practices are in the KB; this briefing shows the first %2.")
                                     .arg(records.size() - maxPractices).arg(maxPractices)));
    }

    void practice(BriefingSection &s, const QJsonObject &p)
    {
        const QList<int> c = cites(p);
        s.blocks.append(heading(str(p, "title"), 3, QStringLiteral("practice")));
        QString period = str(p, "period");
        if (period.isEmpty()) {
            const QJsonValue start = p.value(QLatin1String("start_year"));
            const QJsonValue end = p.value(QLatin1String("end_year"));
            if (start.isDouble() && end.isDouble())
                period = tr("%1 to %2").arg(start.toInteger()).arg(end.toInteger());
            else if (start.isDouble())
                period = tr("since %1").arg(start.toInteger());
        }
        QStringList funding;
        for (const QJsonValue &value : arr(p, "funding")) {
            const QJsonObject f = value.toObject();
            QStringList parts;
            if (f.value(QLatin1String("amount")).isDouble())
                parts.append(tr("%1 %2", "amount and currency").arg(number(f.value(QLatin1String("amount"))), str(f, "currency")).trimmed());
            if (!str(f, "source").isEmpty())
                parts.append(tr("from %1").arg(str(f, "source")));
            if (!parts.isEmpty())
                funding.append(parts.join(QLatin1Char(' ')));
        }
        QStringList countries;
        for (const QString &code : strings(arr(p, "countries")))
            countries.append(country(code));
        s.blocks.append(facts({{tr("Cities"), titlesOf(RecordType::City, arr(p, "cities")).join(QStringLiteral(", "))},
                               {tr("Countries"), countries.join(QStringLiteral(", "))},
                               {tr("Through"), titlesOf(RecordType::Network, arr(p, "networks")).join(QStringLiteral(", "))},
                               {tr("Period"), period},
                               {tr("Status"), str(p, "status")},
                               {tr("Funding"), funding.join(QStringLiteral("; "))}}));
        addText(s.blocks, str(p, "summary"), c);
        const QList<Outcome> outcomes = practiceOutcomes(p);
        if (!outcomes.isEmpty()) {
            QList<QList<BriefingText>> rows;
            for (const Outcome &o : outcomes) {
                QString value = o.value ? valueWithUnit(QJsonValue(*o.value), o.unit) : o.unit;
                rows.append({BriefingText(capitalised(o.name)), BriefingText(value, c), BriefingText(o.year ? QString::number(o.year) : QString()),
                             BriefingText(o.note)});
            }
            s.blocks.append(table({tr("Outcome"), tr("Value"), tr("Year"), tr("Note")}, {false, true, true, false}, rows));
        }
    }

    // The interviews: one as questions and answers, several side by side. `keep` chooses the
    // questions (all when empty).
    void interviews(const QList<QJsonObject> &responses, const QHash<QString, QSet<int>> &keep = {}, const QString &intro = {})
    {
        struct Interview
        {
            ResponseView view;
            QString subject;
            QJsonObject record;
        };
        QList<Interview> all;
        for (const QJsonObject &r : responses) {
            Interview i{ResponseView::from(r), {}, r};
            i.subject = titleOf(RecordType::Network, i.view.subjectNetwork);
            if (i.view.subjectNetwork.isEmpty())
                i.subject = titleOf(RecordType::Organisation, i.view.subjectOrganisation);
            if (!keep.isEmpty() && !keep.contains(i.view.key))
                continue;
            all.append(i);
        }
        if (all.isEmpty())
            return;
        BriefingSection &s = section(QStringLiteral("interviews"), all.size() == 1 ? tr("What the network said in its interview")
                                                                                   : tr("What the networks said in their interviews"));
        if (!intro.isEmpty())
            s.blocks.append(paragraph(intro));
        const std::optional<QJsonObject> questionnaireRecord = get(RecordType::Questionnaire, all.first().view.questionnaire);
        const QuestionnaireView questionnaire = questionnaireRecord ? QuestionnaireView::from(*questionnaireRecord) : QuestionnaireView{};
        auto answerText = [](const Answer *a) -> QString {
            if (!a || a->isEmpty())
                return {};
            QString choice = a->choice;
            if (choice == QLatin1String("yes"))
                choice = tr("Yes.");
            else if (choice == QLatin1String("no"))
                choice = tr("No.");
            const QString text = oneLine(a->text);
            if (choice.isEmpty())
                return text;
            return text.startsWith(choice.left(choice.size() - 1), Qt::CaseInsensitive) ? text : tr("%1 %2").arg(choice, text);
        };
        auto questionText = [&](int number) {
            const Question *q = questionnaire.question(number);
            return q ? tr("%1. %2").arg(number).arg(q->text) : tr("Question %1").arg(number);
        };
        auto wanted = [&](const Interview &i, int number) {
            return keep.isEmpty() || keep.value(i.view.key).isEmpty() || keep.value(i.view.key).contains(number);
        };
        QList<int> numbers;
        for (const Question &q : questionnaire.questions)
            numbers.append(q.number);
        for (const Interview &i : all) {
            for (const Answer &a : i.view.answers) {
                if (!numbers.contains(a.question))
                    numbers.append(a.question);
            }
        }
        for (const Interview &i : all) {
            QStringList who;
            for (const QJsonValue &v : arr(i.record, "respondents")) {
                const QJsonObject r = v.toObject();
                QStringList parts{str(r, "name")};
                if (!str(r, "role").isEmpty())
                    parts.append(str(r, "role"));
                if (!str(r, "organisation").isEmpty())
                    parts.append(str(r, "organisation"));
                if (m_options.personalData && !str(r, "person").isEmpty()) {
                    if (const std::optional<QJsonObject> person = get(RecordType::Person, str(r, "person"))) {
                        for (const char *field : {"email", "phone"}) {
                            if (!str(*person, field).isEmpty())
                                parts.append(str(*person, field));
                        }
                    }
                }
                who.append(parts.join(QStringLiteral(", ")));
            }
            QString line = tr("Interview with %1").arg(i.subject);
            if (!who.isEmpty())
                line = tr("%1: %2").arg(line, who.join(QStringLiteral("; ")));
            QStringList how;
            if (!i.view.interviewer.isEmpty())
                how.append(tr("by %1").arg(i.view.interviewer));
            if (!i.view.mode.isEmpty())
                how.append(i.view.mode);
            if (!i.view.date.isEmpty())
                how.append(date(i.view.date));
            if (!how.isEmpty())
                line = tr("%1 (%2)").arg(line, how.join(QStringLiteral(", ")));
            s.blocks.append(paragraph(line + QLatin1Char('.'), cites(i.record)));
        }
        if (all.size() == 1) {
            const Interview &i = all.first();
            for (int number : numbers) {
                const QString text = answerText(i.view.answer(number));
                if (text.isEmpty() || !wanted(i, number))
                    continue;
                s.blocks.append(heading(questionText(number), 4));
                s.blocks.append(paragraph(text));
            }
            return;
        }
        // Side by side, three interviews to a table so that the columns stay readable.
        for (qsizetype from = 0; from < all.size(); from += 3) {
            const qsizetype to = std::min(all.size(), from + 3);
            QStringList columns{tr("Question")};
            for (qsizetype k = from; k < to; ++k)
                columns.append(all.at(k).subject);
            QList<QList<BriefingText>> rows;
            for (int number : numbers) {
                QList<BriefingText> row{BriefingText(questionText(number))};
                bool any = false;
                for (qsizetype k = from; k < to; ++k) {
                    const Interview &i = all.at(k);
                    const QString text = wanted(i, number) ? answerText(i.view.answer(number)) : QString();
                    any = any || !text.isEmpty();
                    row.append(BriefingText(text.isEmpty() ? QStringLiteral("–") : text));
                }
                if (any)
                    rows.append(row);
            }
            if (!rows.isEmpty())
                s.blocks.append(table(columns, {}, rows));
        }
    }

    void recommendations(const QList<QJsonObject> &records)
    {
        if (records.isEmpty())
            return;
        BriefingSection &s = section(QStringLiteral("recommendations"), tr("Recommendations and actions"));
        for (const QJsonObject &r : records) {
            QString title = str(r, "title");
            if (r.value(QLatin1String("number")).isDouble())
                title = title.isEmpty() ? tr("Recommendation %1").arg(r.value(QLatin1String("number")).toInteger())
                                        : tr("Recommendation %1: %2").arg(r.value(QLatin1String("number")).toInteger()).arg(title);
            s.blocks.append(heading(title.isEmpty() ? tr("Recommendation") : title, 4));
            QList<BriefingFact> rows{{tr("From"), titleOf(RecordType::Document, str(r, "document"))}, {tr("For"), str(r, "audience")}};
            s.blocks.append(facts(rows));
            addText(s.blocks, str(r, "text"), cites(r));
            QList<QList<BriefingText>> actions;
            for (const QJsonValue &value : arr(r, "actions")) {
                const QJsonObject a = value.toObject();
                actions.append({BriefingText(capitalised(str(a, "who"))), BriefingText(capitalised(str(a, "what"))),
                                BriefingText(str(a, "where")), BriefingText(str(a, "when"))});
            }
            if (!actions.isEmpty())
                s.blocks.append(table({tr("Who"), tr("What"), tr("Where"), tr("By when")}, {}, actions));
        }
    }

    void indicators(const QJsonObject &record)
    {
        const QJsonArray all = arr(record, "indicators");
        if (all.isEmpty())
            return;
        BriefingSection &s = section(QStringLiteral("indicators"), tr("City indicators"));
        QList<QList<BriefingText>> rows;
        QHash<QString, int> challenges;
        for (const QJsonValue &value : all) {
            const QJsonObject i = value.toObject();
            QList<int> c;
            if (const int n = cite(i.value(QLatin1String("source")).toObject()); n > 0)
                c.append(n);
            QString when = str(i, "period");
            if (i.value(QLatin1String("year")).isDouble())
                when = QString::number(i.value(QLatin1String("year")).toInteger());
            QString challenge;
            if (!str(i, "challenge").isEmpty())
                challenge = capitalised(titleOf(RecordType::Taxonomy, str(i, "challenge")));
            rows.append({BriefingText(capitalised(str(i, "name"))), BriefingText(valueWithUnit(i.value(QLatin1String("value")), str(i, "unit")), c),
                         BriefingText(when), BriefingText(challenge), BriefingText(str(i, "note"))});
        }
        s.blocks.append(table({tr("Indicator"), tr("Value"), tr("Year"), tr("Challenge"), tr("Note")}, {false, true, true, false, false}, rows));
        s.blocks.append(note(tr("Each figure is as its source gives it; figures of different cities may rest on different definitions.")));
    }

    // ---------------------------------------------------------------- scopes

    QList<QJsonObject> responsesAbout(const QStringList &networks)
    {
        QList<QJsonObject> out;
        for (const QString &network : networks)
            out += list(RecordType::Response, {Filter{QStringLiteral("subject_network"), network}});
        return out;
    }

    QList<QJsonObject> recommendationsFor(const QString &network)
    {
        return list(RecordType::Recommendation, {Filter{QStringLiteral("networks"), network}});
    }

    Status network(const QString &name)
    {
        auto key = resolve(RecordType::Network, name, tr("network"));
        if (!key)
            return Status(key.fullError());
        const std::optional<QJsonObject> n = get(RecordType::Network, key.value());
        if (!n)
            return Status::failure(tr("The network \"%1\" could not be read.").arg(key.value()), ErrorKind::NotFound);
        m_b.title = str(*n, "name");
        m_b.subtitle = tr("Briefing on a network");
        m_b.scopeDescription = tr("Who %1 is, who may join and how, what its working groups do, what is coming up, which practices came through it and what it said when interviewed.")
                                   .arg(m_b.title);
        m_b.subject = tr("Briefing on the network %1, from the CityKB knowledge base %2.").arg(m_b.title, m_b.kbName);
        BriefingSection &facts = section(QStringLiteral("key-facts"), tr("Key facts"));
        networkFacts(facts.blocks, *n);
        contacts(section(QStringLiteral("key-facts"), tr("Key facts")).blocks, "network", key.value());
        joining(section(QStringLiteral("joining"), tr("Joining: who may, how, and at what cost")), *n, nullptr);
        workingGroupsAndForums(*n);
        members(RecordType::Network, key.value());
        events(list(RecordType::Event, {Filter{QStringLiteral("network"), key.value()}}));
        practiceSection(list(RecordType::Practice, {Filter{QStringLiteral("networks"), key.value()}}),
                        tr("Practices that came through %1.").arg(m_b.title));
        interviews(responsesAbout({key.value()}));
        recommendations(recommendationsFor(key.value()));
        return {};
    }

    Status workingGroup(const QString &name)
    {
        auto key = resolve(RecordType::WorkingGroup, name, tr("working group"));
        if (!key)
            return Status(key.fullError());
        const std::optional<QJsonObject> g = get(RecordType::WorkingGroup, key.value());
        if (!g)
            return Status::failure(tr("The working group \"%1\" could not be read.").arg(key.value()), ErrorKind::NotFound);
        const QString networkKey = str(*g, "network");
        const std::optional<QJsonObject> n = get(RecordType::Network, networkKey);
        m_b.title = str(*g, "name");
        m_b.subtitle = n ? tr("Briefing on a working group of %1").arg(str(*n, "name")) : tr("Briefing on a working group");
        m_b.scopeDescription = tr("What %1 works on, its work plan, how to take part and how a group starts, its members, its meetings, and what its network said.")
                                   .arg(m_b.title);
        m_b.subject = tr("Briefing on the working group %1, from the CityKB knowledge base %2.").arg(m_b.title, m_b.kbName);
        const QList<int> c = cites(*g);
        BriefingSection &facts = section(QStringLiteral("key-facts"), tr("Key facts"));
        facts.blocks.append(this->facts({{tr("Kind"), capitalised(str(*g, "kind"))},
                                         {tr("Network"), n ? str(*n, "name") : QString()},
                                         {tr("Forum"), str(*g, "forum").isEmpty() ? QString() : titleOf(RecordType::Forum, str(*g, "forum"))},
                                         {tr("Lead city"), str(*g, "lead_city").isEmpty() ? QString() : titleOf(RecordType::City, str(*g, "lead_city"))},
                                         {tr("Meets"), str(*g, "meeting_frequency")},
                                         {tr("EU policy"), BriefingText(str(*g, "eu_policy"), c)}}));
        if (!str(*g, "focus").isEmpty()) {
            facts.blocks.append(heading(tr("Focus"), 4));
            addText(facts.blocks, str(*g, "focus"), c);
        }
        if (!str(*g, "description").isEmpty()) {
            facts.blocks.append(heading(tr("About"), 4));
            addText(facts.blocks, str(*g, "description"), c);
        }
        contacts(section(QStringLiteral("key-facts"), tr("Key facts")).blocks, "working_group", key.value());
        if (n)
            joining(section(QStringLiteral("joining"), tr("Taking part and starting a working group")), *n, &*g);
        workPlans(*g);
        members(RecordType::WorkingGroup, key.value());
        const QList<QJsonObject> groupEvents = list(RecordType::Event, {Filter{QStringLiteral("working_group"), key.value()}});
        events(groupEvents);
        QList<QJsonObject> presented;
        QSet<QString> seen;
        for (const QJsonObject &e : groupEvents) {
            for (const QString &p : strings(arr(e, "practices"))) {
                if (seen.contains(p))
                    continue;
                seen.insert(p);
                if (const std::optional<QJsonObject> record = get(RecordType::Practice, p))
                    presented.append(*record);
            }
        }
        practiceSection(presented, tr("Practices presented at the group's meetings."));
        if (n) {
            interviews(responsesAbout({networkKey}), {},
                       tr("The working group was not interviewed itself; this is what %1 said.").arg(str(*n, "name")));
            recommendations(recommendationsFor(networkKey));
        }
        return {};
    }

    void workPlans(const QJsonObject &g)
    {
        QList<QJsonObject> plans;
        for (const QJsonValue &value : arr(g, "work_plans"))
            plans.append(value.toObject());
        if (plans.isEmpty())
            return;
        std::stable_sort(plans.begin(), plans.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("year")).toInteger() > b.value(QLatin1String("year")).toInteger();
        });
        BriefingSection &s = section(QStringLiteral("work-plans"), tr("Work plans"));
        const QList<int> c = cites(g);
        for (const QJsonObject &plan : plans) {
            s.blocks.append(heading(plan.value(QLatin1String("year")).isDouble() ? tr("Work plan %1").arg(plan.value(QLatin1String("year")).toInteger())
                                                                                 : tr("Work plan"),
                                    3, QStringLiteral("plan")));
            s.blocks.append(paragraph(tr("The objectives and actions as the work plan sets them out."), c));
            const QJsonArray objectives = arr(plan, "objectives");
            if (objectives.isEmpty())
                s.blocks.append(note(tr("No objectives recorded.")));
            for (const QJsonValue &o : objectives) {
                const QJsonObject objective = o.toObject();
                QString title = str(objective, "title");
                if (objective.value(QLatin1String("number")).isDouble())
                    title = tr("Objective %1: %2").arg(objective.value(QLatin1String("number")).toInteger()).arg(title);
                s.blocks.append(heading(title, 4));
                QList<BriefingText> actions;
                for (const QString &action : strings(arr(objective, "actions")))
                    actions.append(BriefingText(action));
                s.blocks.append(bullets(actions));
                if (!str(objective, "eu_policy").isEmpty())
                    s.blocks.append(note(tr("EU policy: %1").arg(str(objective, "eu_policy"))));
            }
        }
    }

    // Whether a text names the term or one of its synonyms, as words.
    static bool mentions(const QString &text, const QStringList &words)
    {
        for (const QString &word : words) {
            if (word.trimmed().isEmpty())
                continue;
            const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word.trimmed())),
                                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            if (re.match(text).hasMatch())
                return true;
        }
        return false;
    }

    Status theme(const QString &name)
    {
        auto key = resolve(RecordType::Taxonomy, name, tr("theme"));
        if (!key)
            return Status(key.fullError());
        const std::optional<QJsonObject> term = get(RecordType::Taxonomy, key.value());
        if (!term)
            return Status::failure(tr("The theme \"%1\" could not be read.").arg(key.value()), ErrorKind::NotFound);
        const QString vocabulary = str(*term, "vocabulary");
        const QString termName = str(*term, "term");
        QStringList words{termName};
        words += strings(arr(*term, "synonyms"));
        m_b.title = capitalised(termName);
        m_b.subtitle = tr("Briefing on a %1").arg(vocabularyName(vocabulary));
        m_b.scopeDescription = tr("Where %1 fits among the networks and working groups, which practices worked on it and what came of them, and what the networks said about it.")
                                   .arg(termName);
        m_b.subject = tr("Briefing on the %1 %2, from the CityKB knowledge base %3.").arg(vocabularyName(vocabulary), termName, m_b.kbName);

        static const QHash<QString, QString> practiceList{{QStringLiteral("theme"), QStringLiteral("themes")},
                                                          {QStringLiteral("target_group"), QStringLiteral("target_groups")},
                                                          {QStringLiteral("success_factor"), QStringLiteral("success_factors")},
                                                          {QStringLiteral("instrument"), QStringLiteral("instruments")}};
        QList<QJsonObject> practices;
        if (practiceList.contains(vocabulary))
            practices = list(RecordType::Practice, {Filter{practiceList.value(vocabulary), key.value()}});

        BriefingSection &facts = section(QStringLiteral("key-facts"), tr("Key facts"));
        QStringList cities;
        QStringList networks;
        for (const QJsonObject &p : practices) {
            cities += titlesOf(RecordType::City, arr(p, "cities"));
            networks += titlesOf(RecordType::Network, arr(p, "networks"));
        }
        cities.removeDuplicates();
        networks.removeDuplicates();
        facts.blocks.append(this->facts({{tr("Term"), BriefingText(capitalised(termName), cites(*term))},
                                         {tr("Vocabulary"), capitalised(vocabularyName(vocabulary))},
                                         {tr("Also called"), strings(arr(*term, "synonyms")).join(QStringLiteral(", "))},
                                         {tr("Meaning"), str(*term, "description")},
                                         {tr("Practices"), practices.isEmpty() ? QString() : QString::number(practices.size())},
                                         {tr("Cities"), cities.join(QStringLiteral(", "))},
                                         {tr("Through networks"), networks.join(QStringLiteral(", "))}}));

        // Where the theme fits: the finder's relevance of every network and working group.
        bool anyFit = false;
        {
            QList<QList<BriefingText>> rows;
            QList<NetworkMatch> fits;
            for (const NetworkMatch &m : finderMatches(key.value())) {
                if (m.relevance > 0)
                    fits.append(m);
            }
            std::stable_sort(fits.begin(), fits.end(), [](const NetworkMatch &a, const NetworkMatch &b) { return a.relevance > b.relevance; });
            for (const NetworkMatch &m : fits.mid(0, 12)) {
                QString what = m.name;
                if (m.type == RecordType::WorkingGroup && !m.networkName.isEmpty())
                    what = tr("%1 (%2)").arg(m.name, m.networkName);
                rows.append({BriefingText(what), BriefingText(m.type == RecordType::Network ? tr("network") : tr("working group")),
                             BriefingText(m.themeEvidence.mid(0, 3).join(QStringLiteral("; ")))});
            }
            if (!rows.isEmpty()) {
                anyFit = true;
                BriefingSection &s = section(QStringLiteral("working-groups"), tr("Networks and working groups where it fits"));
                s.blocks.append(paragraph(tr("Ranked by how strongly the KB ties them to %1: practices on it that came through them, and the term in their names, focus, EU policy or work plans.").arg(termName)));
                s.blocks.append(table({tr("Network or working group"), tr("Kind"), tr("Why")}, {}, rows));
            }
        }
        practiceSection(practices, tr("Practices classified under %1.").arg(termName));
        QList<QJsonObject> presentedAt;
        QSet<QString> practiceKeys;
        for (const QJsonObject &p : practices)
            practiceKeys.insert(str(p, "key"));
        for (const QJsonObject &e : list(RecordType::Event)) {
            const QStringList presented = strings(arr(e, "practices"));
            if (std::any_of(presented.begin(), presented.end(), [&](const QString &p) { return practiceKeys.contains(p); })
                || mentions(str(e, "title") + QLatin1Char(' ') + str(e, "summary"), words))
                presentedAt.append(e);
        }
        events(presentedAt, tr("Events where it came up"));
        QHash<QString, QSet<int>> keep;
        QList<QJsonObject> said;
        for (const QJsonObject &r : list(RecordType::Response)) {
            const ResponseView view = ResponseView::from(r);
            for (const Answer &a : view.answers) {
                if (mentions(a.text, words))
                    keep[view.key].insert(a.question);
            }
            if (keep.contains(view.key))
                said.append(r);
        }
        interviews(said, keep, tr("The answers that mention %1.").arg(termName));
        QList<QJsonObject> recs;
        for (const QJsonObject &r : list(RecordType::Recommendation)) {
            if (mentions(str(r, "title") + QLatin1Char(' ') + str(r, "text"), words))
                recs.append(r);
        }
        recommendations(recs);
        if (practices.isEmpty() && !anyFit && said.isEmpty() && recs.isEmpty() && presentedAt.isEmpty())
            return Status::failure(tr("The KB has nothing on the %1 \"%2\" to brief on: no practice, network, interview or recommendation names it.")
                                       .arg(vocabularyName(vocabulary), termName),
                                   ErrorKind::NotFound);
        return {};
    }

    Status city(const QString &name)
    {
        auto key = resolve(RecordType::City, name, tr("city"));
        if (!key)
            return Status(key.fullError());
        const std::optional<QJsonObject> c = get(RecordType::City, key.value());
        if (!c)
            return Status::failure(tr("The city \"%1\" could not be read.").arg(key.value()), ErrorKind::NotFound);
        m_b.title = str(*c, "name");
        m_b.subtitle = tr("Briefing on a city");
        m_b.scopeDescription = tr("%1 in figures, the networks and working groups it belongs to, its practices and what came of them, its events, and the cities that worked on the same.")
                                   .arg(m_b.title);
        m_b.subject = tr("Briefing on the city %1, from the CityKB knowledge base %2.").arg(m_b.title, m_b.kbName);
        const QList<int> citations = cites(*c);
        QString population;
        if (c->value(QLatin1String("population")).isDouble()) {
            population = number(c->value(QLatin1String("population")));
            if (c->value(QLatin1String("population_year")).isDouble())
                population = tr("%1 (%2)").arg(population).arg(c->value(QLatin1String("population_year")).toInteger());
        }
        BriefingSection &facts = section(QStringLiteral("key-facts"), tr("Key facts"));
        facts.blocks.append(this->facts({{tr("Country"), country(str(*c, "country"))},
                                         {tr("Region"), str(*c, "region")},
                                         {tr("Population"), population}}));
        addText(facts.blocks, str(*c, "description"), citations);
        indicators(*c);
        QList<QList<BriefingText>> memberships;
        for (const QJsonValue &value : arr(*c, "memberships")) {
            const QJsonObject m = value.toObject();
            QString what;
            QString kind;
            if (!str(m, "network").isEmpty()) {
                what = titleOf(RecordType::Network, str(m, "network"));
                kind = tr("network");
            } else {
                what = titleOf(RecordType::WorkingGroup, str(m, "working_group"));
                kind = tr("working group");
                if (const std::optional<QJsonObject> g = get(RecordType::WorkingGroup, str(m, "working_group")))
                    what = tr("%1 (%2)").arg(what, titleOf(RecordType::Network, str(*g, "network")));
            }
            memberships.append({BriefingText(what), BriefingText(kind), BriefingText(capitalised(str(m, "role"))), BriefingText(str(m, "note"))});
        }
        for (const QJsonObject &g : list(RecordType::WorkingGroup, {Filter{QStringLiteral("lead_city"), key.value()}}))
            memberships.append({BriefingText(str(g, "name")), BriefingText(tr("working group")), BriefingText(tr("Lead city")), BriefingText()});
        if (!memberships.isEmpty()) {
            BriefingSection &s = section(QStringLiteral("working-groups"), tr("Networks and working groups"));
            s.blocks.append(table({tr("Network or working group"), tr("Kind"), tr("Role"), tr("Note")}, {}, memberships));
        }
        practiceSection(list(RecordType::Practice, {Filter{QStringLiteral("cities"), key.value()}}), tr("Practices of %1.").arg(m_b.title));
        events(list(RecordType::Event, {Filter{QStringLiteral("city"), key.value()}}));
        auto peers = PeersService(m_kb).peersOfCity(key.value(), 5);
        if (peers && !peers.value().isEmpty()) {
            BriefingSection &s = section(QStringLiteral("peers"), tr("Cities that worked on the same"));
            QList<QList<BriefingText>> rows;
            for (const Peer &p : peers.value()) {
                QStringList terms;
                for (const SharedTerm &t : p.sharedTerms.mid(0, 4))
                    terms.append(t.term);
                rows.append({BriefingText(p.cityName), BriefingText(country(p.country)), BriefingText(QStringLiteral("%1%").arg(qRound(p.score * 100))),
                             BriefingText(terms.join(QStringLiteral(", ")))});
            }
            s.blocks.append(paragraph(tr("Cities whose practices share the most themes, target groups, success factors and instruments with those of %1.").arg(m_b.title)));
            s.blocks.append(table({tr("City"), tr("Country"), tr("Overlap"), tr("In common")}, {false, false, true, false}, rows));
        } else if (!peers && peers.errorKind() != ErrorKind::NotFound) {
            fail(peers.fullError());
        }
        return {};
    }

    Status practices(const QStringList &idsOrKeys)
    {
        if (idsOrKeys.isEmpty())
            return Status::failure(tr("The scope \"practices:\" needs the ids or keys of one or more practices, separated by commas."));
        QList<QJsonObject> records;
        for (const QString &id : idsOrKeys) {
            auto key = resolve(RecordType::Practice, id, tr("practice"));
            if (!key)
                return Status(key.fullError());
            if (const std::optional<QJsonObject> p = get(RecordType::Practice, key.value()))
                records.append(*p);
        }
        m_b.title = records.size() == 1 ? str(records.first(), "title") : tr("%1 selected practices").arg(records.size());
        m_b.subtitle = tr("Briefing on selected practices");
        m_b.scopeDescription = tr("What the practices did, what came of them, the networks they came through and where they were presented.");
        m_b.subject = tr("Briefing on selected practices, from the CityKB knowledge base %1.").arg(m_b.kbName);
        QStringList cities;
        QStringList networkKeys;
        for (const QJsonObject &p : records) {
            cities += titlesOf(RecordType::City, arr(p, "cities"));
            networkKeys += strings(arr(p, "networks"));
        }
        cities.removeDuplicates();
        networkKeys.removeDuplicates();
        BriefingSection &facts = section(QStringLiteral("key-facts"), tr("Key facts"));
        QStringList titles;
        for (const QJsonObject &p : records)
            titles.append(str(p, "title"));
        facts.blocks.append(this->facts({{tr("Practices"), titles.join(QStringLiteral("; "))},
                                         {tr("Cities"), cities.join(QStringLiteral(", "))},
                                         {tr("Through networks"), titlesOf(RecordType::Network, QJsonArray::fromStringList(networkKeys)).join(QStringLiteral(", "))}}));
        networksInShort(networkKeys, tr("The networks they came through"));
        practiceSection(records, {});
        QSet<QString> keys;
        for (const QJsonObject &p : records)
            keys.insert(str(p, "key"));
        QList<QJsonObject> presentedAt;
        for (const QJsonObject &e : list(RecordType::Event)) {
            const QStringList presented = strings(arr(e, "practices"));
            if (std::any_of(presented.begin(), presented.end(), [&](const QString &p) { return keys.contains(p); }))
                presentedAt.append(e);
        }
        events(presentedAt, tr("Where they were presented"));
        return {};
    }

    // Short facts of networks and working groups: kind, who may join, fees, how to join.
    void networksInShort(const QStringList &networkKeys, const QString &title, const QStringList &groupKeys = {})
    {
        if (networkKeys.isEmpty() && groupKeys.isEmpty())
            return;
        BriefingSection &s = section(QStringLiteral("working-groups"), title);
        for (const QString &key : networkKeys) {
            const std::optional<QJsonObject> n = get(RecordType::Network, key);
            if (!n)
                continue;
            const QList<int> c = cites(*n);
            s.blocks.append(heading(str(*n, "name"), 3, QStringLiteral("network")));
            QStringList fees;
            for (const BriefingText &fee : feeItems(*n, {}))
                fees.append(fee.text);
            s.blocks.append(facts({{tr("Kind"), capitalised(str(*n, "kind"))},
                                   {tr("Founded"), year(n->value(QLatin1String("founded_year")))},
                                   {tr("Who may join"), BriefingText(eligibilitySentence(*n), c)},
                                   {tr("Fees"), fees.join(QStringLiteral("; "))},
                                   {tr("How to join"), BriefingText(shortened(str(*n, "how_to_join"), 400), c)}}));
        }
        for (const QString &key : groupKeys) {
            const std::optional<QJsonObject> g = get(RecordType::WorkingGroup, key);
            if (!g)
                continue;
            s.blocks.append(heading(str(*g, "name"), 3, QStringLiteral("group")));
            s.blocks.append(facts({{tr("Network"), titleOf(RecordType::Network, str(*g, "network"))},
                                   {tr("Focus"), BriefingText(shortened(str(*g, "focus").isEmpty() ? str(*g, "description") : str(*g, "focus"), 400), cites(*g))},
                                   {tr("How a working group starts"), shortened(str(*g, "rules"), 400)}}));
        }
    }

    Status query(const SearchQuery &asked)
    {
        if (asked.text.trimmed().isEmpty() && asked.facets.isEmpty())
            return Status::failure(tr("The scope \"query:\" needs the text to search for."));
        SearchQuery q = asked;
        q.offset = 0;
        q.limit = 40; // the best matches: a briefing is a few pages, not a result list
        q.partial = false;
        q.snippets = false;
        q.facetCounts = false;
        auto results = SearchService(m_kb).search(q);
        if (!results)
            return Status(results.fullError());
        const SearchResults &r = results.value();
        QHash<RecordType, QStringList> found;
        QHash<QString, QSet<int>> answers;
        for (const SearchHit &hit : r.hits) {
            if (hit.part == HitPart::Answer) {
                answers[hit.key].insert(hit.partNumber);
                if (!found[RecordType::Response].contains(hit.key))
                    found[RecordType::Response].append(hit.key);
                continue;
            }
            if (hit.part != HitPart::Record)
                continue;
            if (!found[hit.type].contains(hit.key))
                found[hit.type].append(hit.key);
        }
        const bool nothing = std::all_of(found.begin(), found.end(), [](const QStringList &keys) { return keys.isEmpty(); });
        if (nothing)
            return Status::failure(tr("The search \"%1\" finds nothing to brief on.").arg(asked.text.trimmed().left(200)), ErrorKind::NotFound);
        const QString searched = r.corrected ? r.suggestion : asked.text.trimmed();
        m_b.title = tr("Search: %1").arg(searched.isEmpty() ? tr("filters only") : searched);
        m_b.subtitle = tr("Briefing on a search");
        m_b.scopeDescription = tr("What the knowledge base holds on the search \"%1\": networks and working groups, practices and their outcomes, events, interviews and recommendations.")
                                   .arg(searched);
        m_b.subject = tr("Briefing on the search \"%1\", from the CityKB knowledge base %2.").arg(searched, m_b.kbName);

        BriefingSection &facts = section(QStringLiteral("key-facts"), tr("Key facts"));
        QStringList filters;
        for (const FacetFilter &f : asked.facets)
            filters.append(tr("%1 = %2").arg(f.field, f.value));
        if (asked.type)
            filters.prepend(tr("type = %1").arg(recordTypeWord(*asked.type)));
        QList<BriefingFact> rows{{tr("Searched for"), searched}, {tr("Filters"), filters.join(QStringLiteral(", "))}};
        if (r.corrected)
            rows.append({tr("Note"), tr("Nothing matched \"%1\" as typed; these are the results for \"%2\".").arg(asked.text, r.suggestion)});
        for (RecordType type : allRecordTypes()) {
            if (found.value(type).isEmpty())
                continue;
            QStringList titles;
            for (const QString &key : found.value(type))
                titles.append(titleOf(type, key));
            rows.append({capitalised(specFor(type).word).replace(QLatin1Char('-'), QLatin1Char(' ')),
                         tr("%1: %2").arg(titles.size()).arg(titles.mid(0, 12).join(QStringLiteral("; ")) + (titles.size() > 12 ? QStringLiteral("; …") : QString()))});
        }
        facts.blocks.append(this->facts(rows));
        networksInShort(found.value(RecordType::Network), tr("Networks and working groups"), found.value(RecordType::WorkingGroup));
        QList<QJsonObject> practiceRecords;
        for (const QString &key : found.value(RecordType::Practice)) {
            if (const std::optional<QJsonObject> p = get(RecordType::Practice, key))
                practiceRecords.append(*p);
        }
        practiceSection(practiceRecords, tr("Practices the search found, best match first."));
        QList<QJsonObject> eventRecords;
        for (const QString &key : found.value(RecordType::Event)) {
            if (const std::optional<QJsonObject> e = get(RecordType::Event, key))
                eventRecords.append(*e);
        }
        events(eventRecords);
        QList<QJsonObject> responseRecords;
        for (const QString &key : found.value(RecordType::Response)) {
            if (const std::optional<QJsonObject> e = get(RecordType::Response, key))
                responseRecords.append(*e);
        }
        QHash<QString, QSet<int>> keep;
        for (const QJsonObject &response : responseRecords)
            keep.insert(str(response, "key"), answers.value(str(response, "key")));
        interviews(responseRecords, keep, tr("The answers the search found."));
        QList<QJsonObject> recs;
        for (const QString &key : found.value(RecordType::Recommendation)) {
            if (const std::optional<QJsonObject> e = get(RecordType::Recommendation, key))
                recs.append(*e);
        }
        recommendations(recs);
        return {};
    }

    // ---------------------------------------------------------------- personal data

    // Every text passes the filter, with the KB's people's own addresses and numbers as known values.
    void withholdPersonalData()
    {
        PersonalDataFilter filter;
        for (const QJsonObject &person : list(RecordType::Person)) {
            filter.addKnownValue(str(person, "email"));
            filter.addKnownValue(str(person, "phone"));
        }
        forEachText(m_b, [&](QString &text) {
            if (!text.isEmpty())
                text = filter.filterText(text);
        });
    }

    KnowledgeBase &m_kb;
    const Store &m_store;
    const BriefingOptions &m_options;
    QLocale m_locale;
    QDate m_today;
    Briefing m_b;
    QHash<QString, int> m_referenceIds;
    int m_anchorCount = 0;
    std::unordered_map<QString, std::optional<QJsonObject>> m_cache;
    std::optional<QList<NetworkMatch>> m_matches;
    QString m_matchesTheme;
    std::optional<Error> m_failure;
};

} // namespace

// ---------------------------------------------------------------- scope

Result<BriefingScope> BriefingScope::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? QString() : text.left(colon).trimmed().toLower();
    const QString rest = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    auto bad = [&]() {
        return Result<BriefingScope>::failure(
            QCoreApplication::translate("Briefing", "The scope \"%1\" is not one of network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT.")
                .arg(text.left(200)));
    };
    if (colon < 0)
        return bad();
    if (rest.isEmpty())
        return Result<BriefingScope>::failure(
            QCoreApplication::translate("Briefing", "The scope \"%1\" needs a name or text after the colon.").arg(text.left(200)));
    if (kind == QLatin1String("network"))
        return network(rest);
    if (kind == QLatin1String("working-group") || kind == QLatin1String("working_group") || kind == QLatin1String("workinggroup"))
        return workingGroup(rest);
    if (kind == QLatin1String("theme"))
        return theme(rest);
    if (kind == QLatin1String("city"))
        return city(rest);
    if (kind == QLatin1String("practices") || kind == QLatin1String("practice")) {
        QStringList ids;
        for (const QString &id : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!id.trimmed().isEmpty())
                ids.append(id.trimmed());
        }
        return selectedPractices(ids);
    }
    if (kind == QLatin1String("query") || kind == QLatin1String("search")) {
        SearchQuery q;
        q.text = rest;
        return search(q);
    }
    return bad();
}

QString BriefingScope::toString() const
{
    QString value = name;
    if (kind == Kind::Practices)
        value = practices.join(QLatin1Char(','));
    else if (kind == Kind::Query)
        value = query.text;
    return QString::fromLatin1(scopeWord(kind)) + QLatin1Char(':') + value;
}

BriefingScope BriefingScope::network(const QString &name)
{
    BriefingScope s;
    s.kind = Kind::Network;
    s.name = name;
    return s;
}

BriefingScope BriefingScope::workingGroup(const QString &name)
{
    BriefingScope s;
    s.kind = Kind::WorkingGroup;
    s.name = name;
    return s;
}

BriefingScope BriefingScope::theme(const QString &name)
{
    BriefingScope s;
    s.kind = Kind::Theme;
    s.name = name;
    return s;
}

BriefingScope BriefingScope::city(const QString &name)
{
    BriefingScope s;
    s.kind = Kind::City;
    s.name = name;
    return s;
}

BriefingScope BriefingScope::selectedPractices(const QStringList &idsOrKeys)
{
    BriefingScope s;
    s.kind = Kind::Practices;
    s.practices = idsOrKeys;
    return s;
}

BriefingScope BriefingScope::search(const SearchQuery &query)
{
    BriefingScope s;
    s.kind = Kind::Query;
    s.query = query;
    return s;
}

// ---------------------------------------------------------------- service

Result<Briefing> BriefingService::build(const BriefingScope &scope, const BriefingOptions &options)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    return Builder(m_kb, *reader.value(), options).build(scope);
}

Result<BriefingStyle> BriefingService::style(const BriefingOptions &options)
{
    QStringList dirs = options.styleDirs;
    dirs.append(QDir(m_kb.dir()).filePath(BriefingStyle::kbFolderName()));
    return BriefingStyle::load(dirs);
}

Status BriefingService::exportBriefing(const BriefingScope &scope, BriefingFormat format, const QString &file,
                                       const BriefingOptions &options)
{
    return exportWith(scope, format, file, options, nullptr);
}

Status BriefingService::exportWith(const BriefingScope &scope, BriefingFormat format, const QString &file,
                                   const BriefingOptions &options, JobControl *control)
{
    auto cancelled = [&]() {
        return Status::failure(QCoreApplication::translate("Briefing", "The briefing was cancelled; no file was written."), ErrorKind::Cancelled);
    };
    // Refused before any work: a target that is no regular file, or one of the KB's own files.
    if (Status s = checkOutputPath(file, m_kb.ownPaths()); !s)
        return s;
    if (control && !control->report(0, 3))
        return cancelled();
    auto loaded = style(options);
    if (!loaded)
        return Status(loaded.fullError());
    auto briefing = build(scope, options);
    if (!briefing)
        return Status(briefing.fullError());
    if (control && !control->report(1, 3))
        return cancelled();
    const Status written = writeBriefing(briefing.value(), loaded.value(), format, file, m_kb.ownPaths());
    if (written && control)
        control->report(3, 3);
    return written;
}

std::function<Status(KnowledgeBase &, JobControl &)> BriefingService::job(BriefingScope scope, BriefingFormat format, QString file,
                                                                          BriefingOptions options)
{
    return [scope = std::move(scope), format, file = std::move(file), options = std::move(options)](KnowledgeBase &kb, JobControl &control) {
        return BriefingService(kb).exportWith(scope, format, file, options, &control);
    };
}

} // namespace citykb
