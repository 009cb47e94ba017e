#include "recordpageservice.h"

#include "browseservice.h"
#include "knowledgebase.h"
#include "mentionfinder.h"

#include "core/personaldata.h"
#include "core/typedviews.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
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

QString capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.at(0).toUpper() + text.mid(1);
}

// An event as the lists of a page order them: what is still to come first, then what was held.
struct EventRow
{
    QString key;
    QString title;
    QString status;
    QString startDate;
    QString dateText;
    bool coming() const { return status == QLatin1String("planned") || status == QLatin1String("postponed"); }
};

// Builds the page of one record: its HTML and its links. Reads what it names through `store`;
// the first failed read is kept and returned instead of the page.
class PageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RecordPage)

public:
    PageBuilder(const Store &store, const QLocale &locale, RecordType type, QJsonObject record)
        : m_store(store), m_locale(locale), m_type(type), m_record(std::move(record)),
          m_key(str(m_record, "key")),
          // Personal data shows on a person's own page and in the response where it was given.
          m_withhold(type != RecordType::Person && type != RecordType::Response)
    {
        m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    }

    Result<RecordPageView> build()
    {
        m_title = pageTitle();
        m_html += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_title));
        switch (m_type) {
        case RecordType::Network: network(); break;
        case RecordType::WorkingGroup: workingGroup(); break;
        case RecordType::Practice: practice(); break;
        case RecordType::City: city(); break;
        case RecordType::Organisation: organisation(); break;
        case RecordType::Forum: forum(); break;
        case RecordType::Person: person(); break;
        case RecordType::Event: event(); break;
        case RecordType::Questionnaire: questionnaire(); break;
        case RecordType::Response: response(); break;
        case RecordType::Document: document(); break;
        case RecordType::Recommendation: recommendation(); break;
        case RecordType::Taxonomy: taxonomyTerm(); break;
        }
        mentionedIn();
        sources();
        if (m_failure)
            return *m_failure;
        RecordPageView view;
        view.type = m_type;
        view.key = m_key;
        view.revision = m_record.value(QLatin1String("revision")).toInteger();
        view.title = m_title;
        view.html = m_html;
        view.links = m_links;
        return view;
    }

private:
    // ---------------------------------------------------------------- reading

    // A record's summary row (title and plain fields), read once per page; nullptr when none.
    // The pointer stays valid while the page is built (the map's nodes never move).
    const RecordSummary *summary(RecordType type, const QString &key)
    {
        if (key.isEmpty())
            return nullptr;
        const QString id = recordTypeWord(type) + QLatin1Char('/') + key;
        auto cached = m_summaries.find(id);
        if (cached != m_summaries.end())
            return cached->second ? &*cached->second : nullptr;
        PageQuery query;
        query.filters = {Filter{QStringLiteral("key"), key}};
        query.limit = 1;
        auto page = m_store.listPage(type, query);
        std::optional<RecordSummary> row;
        if (!page)
            fail(page.fullError());
        else if (!page.value().rows.isEmpty())
            row = page.value().rows.first();
        auto it = m_summaries.emplace(id, std::move(row)).first;
        return it->second ? &*it->second : nullptr;
    }

    std::optional<QJsonObject> full(RecordType type, const QString &key)
    {
        auto record = m_store.get(type, key);
        if (!record) {
            if (record.errorKind() != ErrorKind::NotFound)
                fail(record.fullError());
            return std::nullopt;
        }
        return record.value();
    }

    // A field of the record itself by its spec name: a misspelt name asserts, never reads as empty.
    QJsonValue own(const char *name) const
    {
        Q_ASSERT_X(specFor(m_type).field(QLatin1String(name)) || specFor(m_type).child(QLatin1String(name)),
                   "PageBuilder::own", name);
        return m_record.value(QLatin1String(name));
    }
    QString ownText(const char *name) const { return own(name).toString(); }
    QJsonArray ownList(const char *name) const { return own(name).toArray(); }

    // The records of `from` that point at this one (through `via`, when given), from show's links.
    QList<QJsonObject> backlinks(RecordType from, const QString &via = {}) const
    {
        QList<QJsonObject> result;
        const QJsonArray group = m_record.value(QLatin1String("links")).toObject().value(recordTypeWord(from)).toArray();
        for (const QJsonValue &entry : group) {
            const QJsonObject link = entry.toObject();
            if (via.isEmpty() || str(link, "via") == via)
                result.append(link);
        }
        return result;
    }

    void fail(const Error &error)
    {
        if (!m_failure)
            m_failure = error;
    }

    // ---------------------------------------------------------------- words

    // A text of the record or of a record it names, safe to put in the page.
    QString esc(const QString &text) const
    {
        static const PersonalDataFilter filter;
        QString clean = m_withhold ? filter.filterText(text) : text;
        for (QChar &c : clean) {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                c = QLatin1Char('?');
        }
        return clean.toHtmlEscaped();
    }

    // A longer text: blank lines part paragraphs, a line break stays one.
    QString paragraphs(const QString &text) const
    {
        QString html;
        const QStringList parts = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            QString p = esc(part.trimmed());
            p.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            html += QStringLiteral("<p>%1</p>\n").arg(p);
        }
        return html;
    }

    QString number(double value) const
    {
        if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
            return m_locale.toString(qint64(value));
        return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
    }

    QString number(const QJsonValue &value) const { return value.isDouble() ? number(value.toDouble()) : QString(); }

    // 2018-03-07 → 7 March 2018, 2020-06 → June 2020; anything else as written.
    QString date(const QString &iso) const
    {
        const QString text = iso.trimmed();
        if (QDate d = QDate::fromString(text, Qt::ISODate); d.isValid() && text.size() == 10)
            return m_locale.toString(d, tr("d MMMM yyyy", "the format of a full date (QLocale)"));
        if (QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate); d.isValid() && text.size() == 7)
            return m_locale.toString(d, tr("MMMM yyyy", "the format of a month (QLocale)"));
        return text;
    }

    QString country(const QString &code) const
    {
        const QLocale::Territory territory = QLocale::codeToTerritory(code.trimmed());
        if (territory == QLocale::AnyTerritory)
            return code;
        return QLocale::territoryToString(territory);
    }

    QString language(const QString &code) const
    {
        if (code.trimmed().isEmpty())
            return {};
        const QLocale::Language language = QLocale::codeToLanguage(code.trimmed());
        return esc(language == QLocale::AnyLanguage ? code : QLocale::languageToString(language));
    }

    QString countries(const QJsonArray &codes) const
    {
        QStringList names;
        for (const QJsonValue &code : codes)
            names.append(esc(country(code.toString())));
        return names.join(QStringLiteral(", "));
    }

    QString textList(const QJsonArray &items) const
    {
        QStringList texts;
        for (const QJsonValue &item : items)
            texts.append(esc(item.toString()));
        return texts.join(QStringLiteral(", "));
    }


    static QString vocabularyName(const QString &vocabulary)
    {
        if (vocabulary == QLatin1String("theme"))
            return tr("Theme");
        if (vocabulary == QLatin1String("target_group"))
            return tr("Target group");
        if (vocabulary == QLatin1String("success_factor"))
            return tr("Success factor");
        if (vocabulary == QLatin1String("challenge"))
            return tr("Challenge");
        if (vocabulary == QLatin1String("inclusion_pillar"))
            return tr("Pillar of active inclusion");
        if (vocabulary == QLatin1String("instrument"))
            return tr("Instrument");
        if (vocabulary == QLatin1String("policy_area"))
            return tr("Policy area");
        return vocabulary;
    }

    static QString questionKindName(const QString &kind)
    {
        if (kind == QLatin1String("free_text"))
            return tr("free text");
        if (kind == QLatin1String("yes_no"))
            return tr("yes or no");
        if (kind == QLatin1String("yes_no_explain"))
            return tr("yes or no, with an explanation");
        if (kind == QLatin1String("single_choice"))
            return tr("one choice");
        if (kind == QLatin1String("multiple_choice"))
            return tr("one or more choices");
        if (kind == QLatin1String("contact_details"))
            return tr("contact details");
        if (kind == QLatin1String("date"))
            return tr("a date");
        if (kind == QLatin1String("number"))
            return tr("a number");
        return kind;
    }

    // Membership roles as headings, the leading ones first.
    static const QStringList &roleOrder()
    {
        static const QStringList order{QStringLiteral("president"), QStringLiteral("chair"), QStringLiteral("vice chair"),
                                       QStringLiteral("lead"), QStringLiteral("lead partner"), QStringLiteral("founder"),
                                       QStringLiteral("member"), QStringLiteral("partner city"), QStringLiteral("partner"),
                                       QStringLiteral("associated")};
        return order;
    }

    QString roleHeading(const QString &role) const
    {
        if (role.isEmpty() || role == QLatin1String("member"))
            return tr("Members");
        if (role == QLatin1String("president"))
            return tr("President");
        if (role == QLatin1String("chair"))
            return tr("Chair");
        if (role == QLatin1String("vice chair"))
            return tr("Vice chair");
        if (role == QLatin1String("lead"))
            return tr("Lead");
        if (role == QLatin1String("lead partner"))
            return tr("Lead partners");
        if (role == QLatin1String("founder"))
            return tr("Founders");
        if (role == QLatin1String("partner city"))
            return tr("Partner cities");
        if (role == QLatin1String("partner"))
            return tr("Partners");
        if (role == QLatin1String("associated"))
            return tr("Associated members");
        return esc(capitalised(role));
    }

    QString statusName(const QString &status) const
    {
        if (status == QLatin1String("planned"))
            return tr("planned");
        if (status == QLatin1String("held"))
            return tr("held");
        if (status == QLatin1String("postponed"))
            return tr("postponed");
        if (status == QLatin1String("cancelled"))
            return tr("cancelled");
        if (status == QLatin1String("ongoing"))
            return tr("ongoing");
        if (status == QLatin1String("completed"))
            return tr("completed");
        if (status == QLatin1String("pilot"))
            return tr("pilot");
        if (status == QLatin1String("draft"))
            return tr("draft");
        if (status == QLatin1String("published"))
            return tr("published");
        if (status == QLatin1String("complete"))
            return tr("complete");
        return esc(status);
    }

    // The name a record is known by; a response or recommendation without a title gets one.
    QString titleOf(RecordType type, const QString &title, const QJsonObject &fields, const QString &key) const
    {
        if (!title.trimmed().isEmpty())
            return title;
        if (type == RecordType::Recommendation && fields.value(QLatin1String("number")).isDouble())
            return tr("Recommendation %1").arg(fields.value(QLatin1String("number")).toInteger());
        return key;
    }

    QString pageTitle()
    {
        const QString title = m_record.value(specFor(m_type).titleField).toString();
        if (m_type == RecordType::Response && title.trimmed().isEmpty()) {
            const RecordSummary *questionnaire = summary(RecordType::Questionnaire, ownText("questionnaire"));
            const RecordSummary *subject = summary(RecordType::Network, ownText("subject_network"));
            if (!subject)
                subject = summary(RecordType::Organisation, ownText("subject_organisation"));
            if (questionnaire && subject)
                return tr("%1: %2").arg(questionnaire->title, subject->title);
        }
        return titleOf(m_type, title, m_record, m_key);
    }

    // ---------------------------------------------------------------- building

    static QString linkHref(RecordType type, const QString &key, const QString &section = {})
    {
        return RecordPageService::linkUrl(type, key, section).toString(QUrl::FullyEncoded).toHtmlEscaped();
    }

    void addLink(RecordType type, const QString &key, const QString &title, const QString &relation,
                 const QString &section = {})
    {
        const QString id = QStringList{recordTypeWord(type), key, relation, section}.join(QChar(0x1f));
        if (m_linkIds.contains(id))
            return;
        m_linkIds.insert(id);
        m_links.append(PageLink{type, key, title, relation, section});
    }

    // A link to a record, read by key for its title; a key that names nothing stays plain text.
    QString link(RecordType type, const QString &key, const QString &relation)
    {
        const RecordSummary *row = summary(type, key);
        if (!row)
            return esc(key);
        return linkTo(type, key, titleOf(type, row->title, row->fields, key), relation);
    }

    // A link to a record known to exist (a back link), with the title that came with it.
    QString linkTo(RecordType type, const QString &key, const QString &title, const QString &relation)
    {
        const QString shown = title.trimmed().isEmpty() ? key : title;
        addLink(type, key, shown, relation);
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(linkHref(type, key), esc(shown));
    }

    QString linkBack(RecordType type, const QJsonObject &backlink, const QString &relation)
    {
        const QString key = str(backlink, "key");
        QString title = str(backlink, "title");
        // A recommendation or response without a title is named from its other fields.
        if (title.trimmed().isEmpty()) {
            if (const RecordSummary *row = summary(type, key))
                title = titleOf(type, row->title, row->fields, key);
        }
        return linkTo(type, key, title, relation);
    }

    QString links(RecordType type, const QJsonArray &keys, const QString &relation)
    {
        QStringList items;
        for (const QJsonValue &key : keys)
            items.append(link(type, key.toString(), relation));
        return items.join(QStringLiteral(", "));
    }

    void subtitle(const QStringList &parts)
    {
        QStringList shown{recordTypeName(m_type)};
        for (const QString &part : parts) {
            // A kind that only repeats the type ("working group") says nothing new.
            if (!part.isEmpty() && part.compare(shown.first(), Qt::CaseInsensitive) != 0)
                shown.append(part);
        }
        m_html += QStringLiteral("<p><small>%1</small></p>\n").arg(shown.join(QStringLiteral(" \u00b7 ")));
    }

    void h2(const QString &heading) { m_html += QStringLiteral("<h2>%1</h2>\n").arg(heading); }
    void h3(const QString &heading) { m_html += QStringLiteral("<h3>%1</h3>\n").arg(heading); }

    // Label and value rows; the labels are the page's own words, the values HTML. Empty values go.
    void facts(const QList<std::pair<QString, QString>> &rows)
    {
        QString table;
        for (const auto &[label, value] : rows) {
            if (value.trimmed().isEmpty())
                continue;
            table += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>\n").arg(label, value);
        }
        if (!table.isEmpty())
            m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n%1</table>\n").arg(table);
    }

    void textSection(const QString &heading, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        h2(heading);
        m_html += paragraphs(text);
    }

    void list(const QString &heading, const QStringList &items)
    {
        if (items.isEmpty())
            return;
        h2(heading);
        bulletList(items);
    }

    void bulletList(const QStringList &items)
    {
        if (items.isEmpty())
            return;
        m_html += QStringLiteral("<ul>\n");
        for (const QString &item : items)
            m_html += QStringLiteral("<li>%1</li>\n").arg(item);
        m_html += QStringLiteral("</ul>\n");
    }

    // Links to the records of `from` that point at this one, as a list under `heading`.
    void backlinkList(RecordType from, const QString &via, const QString &heading)
    {
        QStringList items;
        for (const QJsonObject &b : backlinks(from, via))
            items.append(linkBack(from, b, heading));
        list(heading, items);
    }

    QString website(const QString &address) const
    {
        const QUrl url(address.trimmed(), QUrl::StrictMode);
        const bool web = url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
        if (!web)
            return esc(address);
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), esc(address.trimmed()));
    }

    // Members by role (the leading roles first), from memberships that point at this record.
    void members(const QString &heading)
    {
        QList<std::pair<RecordType, QJsonObject>> all;
        for (const QJsonObject &b : backlinks(RecordType::City, QStringLiteral("memberships")))
            all.append({RecordType::City, b});
        for (const QJsonObject &b : backlinks(RecordType::Organisation, QStringLiteral("memberships")))
            all.append({RecordType::Organisation, b});
        if (all.isEmpty())
            return;
        QStringList roles = roleOrder();
        for (const auto &[type, b] : all) {
            if (!roles.contains(str(b, "role")))
                roles.append(str(b, "role"));
        }
        h2(heading);
        for (const QString &role : roles) {
            QStringList names;
            for (const auto &[type, b] : all) {
                if (str(b, "role") == role)
                    names.append(linkBack(type, b, heading));
            }
            if (!names.isEmpty())
                m_html += QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(roleHeading(role), names.join(QStringLiteral(", ")));
        }
    }

    // A city's or organisation's own memberships: the network or working group, and the role.
    void memberships()
    {
        const QString heading = tr("Memberships");
        QStringList items;
        for (const QJsonValue &value : ownList("memberships")) {
            const QJsonObject m = value.toObject();
            QString item;
            if (const QString network = str(m, "network"); !network.isEmpty()) {
                item = link(RecordType::Network, network, heading);
            } else {
                const QString group = str(m, "working_group");
                item = link(RecordType::WorkingGroup, group, heading);
                if (const RecordSummary *row = summary(RecordType::WorkingGroup, group)) {
                    const QString network = row->fields.value(QLatin1String("network")).toString();
                    if (!network.isEmpty())
                        item += QStringLiteral(" <small>(%1)</small>").arg(link(RecordType::Network, network, heading));
                }
            }
            if (const QString role = str(m, "role"); !role.isEmpty())
                item += QStringLiteral(" \u2014 %1").arg(esc(role));
            if (const QString note = str(m, "note"); !note.isEmpty())
                item += QStringLiteral(" <small>%1</small>").arg(esc(note));
            items.append(item);
        }
        list(heading, items);
    }

    // Events that point at this record through `via`: what is to come first, postponed marked.
    void events(const QString &via, const QString &heading)
    {
        QList<EventRow> rows;
        for (const QJsonObject &b : backlinks(RecordType::Event, via)) {
            EventRow row{str(b, "key"), str(b, "title"), {}, {}, {}};
            if (const RecordSummary *s = summary(RecordType::Event, row.key)) {
                row.status = s->fields.value(QLatin1String("status")).toString();
                row.startDate = s->fields.value(QLatin1String("start_date")).toString();
                row.dateText = s->fields.value(QLatin1String("date_text")).toString();
            }
            rows.append(row);
        }
        eventList(rows, heading);
    }

    void eventList(QList<EventRow> rows, const QString &heading)
    {
        std::stable_sort(rows.begin(), rows.end(), [](const EventRow &a, const EventRow &b) {
            if (a.coming() != b.coming())
                return a.coming();
            // Coming: soonest first, undated last; past: latest first.
            if (a.startDate.isEmpty() != b.startDate.isEmpty())
                return b.startDate.isEmpty();
            return a.coming() ? a.startDate < b.startDate : a.startDate > b.startDate;
        });
        QStringList items;
        for (const EventRow &row : rows) {
            QString item = linkTo(RecordType::Event, row.key, row.title, heading);
            const QString when = row.dateText.isEmpty() ? date(row.startDate) : row.dateText;
            if (!when.isEmpty())
                item += QStringLiteral(" \u2014 %1").arg(esc(when));
            if (row.status == QLatin1String("postponed") || row.status == QLatin1String("cancelled"))
                item += QStringLiteral(" <b>(%1)</b>").arg(statusName(row.status));
            else if (row.coming())
                item += QStringLiteral(" <small>(%1)</small>").arg(statusName(row.status));
            items.append(item);
        }
        list(heading, items);
    }

    // People who point at this record, by name and role: their contact details are on their page.
    void people(const QString &via)
    {
        const QString heading = tr("People");
        QStringList items;
        for (const QJsonObject &b : backlinks(RecordType::Person, via)) {
            QString item = linkBack(RecordType::Person, b, heading);
            if (const RecordSummary *s = summary(RecordType::Person, str(b, "key"))) {
                if (const QString role = s->fields.value(QLatin1String("role")).toString(); !role.isEmpty())
                    item += QStringLiteral(" \u2014 %1").arg(esc(role));
            }
            items.append(item);
        }
        list(heading, items);
    }

    // ---------------------------------------------------------------- the pages

    void network()
    {
        subtitle({esc(ownText("acronym")), esc(ownText("kind"))});
        QString founded;
        if (own("founded_year").isDouble())
            founded = QString::number(own("founded_year").toInteger());
        if (const QString founders = ownText("founders"); !founders.isEmpty())
            founded = founded.isEmpty() ? esc(founders) : tr("%1, by %2").arg(founded, esc(founders));
        QString size;
        if (own("members_count").isDouble()) {
            const double count = own("members_count").toDouble();
            size = tr("%1 members").arg(number(count));
            if (const QString asOf = ownText("members_as_of"); !asOf.isEmpty())
                size = tr("%1 (as of %2)").arg(size, esc(date(asOf)));
        }
        if (const QString note = ownText("members_note"); !note.isEmpty())
            size = size.isEmpty() ? esc(capitalised(note)) : size + QStringLiteral("<br/><small>%1</small>").arg(esc(note));
        const QString relation = tr("Part of");
        facts({{tr("Scope"), esc(ownText("scope"))},
               {tr("Country"), esc(country(ownText("country")))},
               {relation, link(RecordType::Network, ownText("parent"), relation)},
               {tr("Founded"), founded},
               {tr("Headquarters"), esc(ownText("headquarters"))},
               {tr("Size"), size},
               {tr("Runs until"), esc(date(ownText("runs_until")))},
               {tr("Website"), ownText("website").isEmpty() ? QString() : website(ownText("website"))},
               {tr("Interviewed"), esc(ownText("interview_mode"))}});

        eligibility();
        fees();
        textSection(tr("How to join"), ownText("how_to_join"));
        textSection(tr("About"), ownText("description"));
        indicators();
        textSection(tr("Starting a new working group"), ownText("new_group_rule"));
        backlinkList(RecordType::Network, QStringLiteral("parent"), tr("Networks and projects within it"));
        backlinkList(RecordType::Forum, QStringLiteral("network"), tr("Forums"));
        backlinkList(RecordType::WorkingGroup, QStringLiteral("network"), tr("Working groups"));
        members(tr("Member cities and organisations"));
        events(QStringLiteral("network"), tr("Events"));
        backlinkList(RecordType::Practice, QStringLiteral("networks"), tr("Practices"));
        backlinkList(RecordType::Response, QStringLiteral("subject_network"), tr("Interviews about it"));
        backlinkList(RecordType::Recommendation, QStringLiteral("networks"), tr("Recommendations"));
        people(QStringLiteral("network"));
    }

    // Who may join, in plain words: "Towns and cities of 50,000 to 250,000 inhabitants may join as members."
    void eligibility()
    {
        const QJsonObject e = own("eligibility").toObject();
        if (e.isEmpty())
            return;
        const QString memberType = str(e, "member_type").trimmed();
        const QString who = memberType.isEmpty() ? tr("Cities") : esc(capitalised(memberType));
        const QJsonValue min = e.value(QLatin1String("population_min"));
        const QJsonValue max = e.value(QLatin1String("population_max"));
        QString sentence;
        if (min.isDouble() && max.isDouble())
            sentence = tr("%1 of %2 to %3 inhabitants may join as members.").arg(who, number(min), number(max));
        else if (min.isDouble())
            sentence = tr("%1 with at least %2 inhabitants may join as members.").arg(who, number(min));
        else if (max.isDouble())
            sentence = tr("%1 with up to %2 inhabitants may join as members.").arg(who, number(max));
        else if (!memberType.isEmpty())
            sentence = tr("%1 may join as members.").arg(who);
        h2(tr("Who may join"));
        if (!sentence.isEmpty())
            m_html += QStringLiteral("<p>%1</p>\n").arg(sentence);
        m_html += paragraphs(str(e, "note"));
    }

    QString period(const QString &text) const
    {
        const QString p = text.trimmed().toLower();
        if (p == QLatin1String("annual") || p == QLatin1String("annually") || p == QLatin1String("yearly")
            || p == QLatin1String("per year") || p == QLatin1String("a year") || p == QLatin1String("year"))
            return tr("a year");
        if (p == QLatin1String("monthly") || p == QLatin1String("per month") || p == QLatin1String("a month")
            || p == QLatin1String("month"))
            return tr("a month");
        if (p == QLatin1String("once") || p == QLatin1String("one-off"))
            return tr("once");
        return {};
    }

    // Fees in plain words: "3,500 EUR a year: from the 2nd year ...", "First year: free of charge ...".
    void fees()
    {
        QStringList items;
        for (const QJsonValue &value : ownList("fees")) {
            const QJsonObject fee = value.toObject();
            const QString periodText = str(fee, "period").trimmed();
            QString what;
            if (fee.value(QLatin1String("amount")).isDouble()) {
                what = number(fee.value(QLatin1String("amount")));
                if (const QString currency = str(fee, "currency"); !currency.isEmpty())
                    what = tr("%1 %2", "amount and currency").arg(what, esc(currency));
                if (!periodText.isEmpty()) {
                    const QString every = period(periodText);
                    what = every.isEmpty() ? tr("%1 (%2)", "amount and period").arg(what, esc(periodText))
                                           : tr("%1 %2", "amount and period").arg(what, every);
                }
            } else if (!periodText.isEmpty()) {
                what = esc(capitalised(periodText));
            }
            const QString conditions = esc(str(fee, "conditions").trimmed());
            if (what.isEmpty())
                items.append(conditions);
            else if (conditions.isEmpty())
                items.append(QStringLiteral("<b>%1</b>").arg(what));
            else
                items.append(QStringLiteral("<b>%1</b>: %2").arg(what, conditions));
        }
        list(tr("Fees"), items);
    }

    void workingGroup()
    {
        subtitle({esc(ownText("kind"))});
        const QString network = tr("Network");
        const QString forum = tr("Forum");
        const QString lead = tr("Lead city");
        facts({{network, link(RecordType::Network, ownText("network"), network)},
               {forum, link(RecordType::Forum, ownText("forum"), forum)},
               {lead, link(RecordType::City, ownText("lead_city"), lead)},
               {tr("Meets"), esc(ownText("meeting_frequency"))},
               {tr("EU policy"), esc(ownText("eu_policy"))}});
        textSection(tr("Focus"), ownText("focus"));
        textSection(tr("About"), ownText("description"));
        members(tr("Member cities"));
        textSection(tr("Rules"), ownText("rules"));
        workPlans();
        events(QStringLiteral("working_group"), tr("Events"));
        people(QStringLiteral("working_group"));
    }

    void workPlans()
    {
        QList<QJsonObject> plans;
        for (const QJsonValue &value : ownList("work_plans"))
            plans.append(value.toObject());
        std::stable_sort(plans.begin(), plans.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("year")).toInteger() > b.value(QLatin1String("year")).toInteger();
        });
        for (const QJsonObject &plan : plans) {
            if (plan.value(QLatin1String("year")).isDouble())
                h2(tr("Work plan %1").arg(plan.value(QLatin1String("year")).toInteger()));
            else
                h2(tr("Work plan"));
            const QJsonArray objectives = arr(plan, "objectives");
            if (objectives.isEmpty())
                m_html += QStringLiteral("<p><i>%1</i></p>\n").arg(tr("No objectives recorded."));
            for (const QJsonValue &o : objectives) {
                const QJsonObject objective = o.toObject();
                QString heading = esc(str(objective, "title"));
                if (objective.value(QLatin1String("number")).isDouble())
                    heading = tr("Objective %1: %2").arg(QString::number(objective.value(QLatin1String("number")).toInteger()), heading);
                h3(heading);
                QStringList actions;
                for (const QJsonValue &action : arr(objective, "actions"))
                    actions.append(esc(action.toString()));
                bulletList(actions);
                if (const QString policy = str(objective, "eu_policy"); !policy.isEmpty())
                    m_html += QStringLiteral("<p><small>%1</small></p>\n").arg(tr("EU policy: %1").arg(esc(policy)));
            }
        }
    }

    void practice()
    {
        subtitle({});
        QString when = esc(ownText("period"));
        if (when.isEmpty()) {
            const QJsonValue start = own("start_year");
            const QJsonValue end = own("end_year");
            if (start.isDouble() && end.isDouble())
                when = tr("%1 to %2").arg(QString::number(start.toInteger()), QString::number(end.toInteger()));
            else if (start.isDouble())
                when = tr("since %1").arg(start.toInteger());
            else if (end.isDouble())
                when = tr("until %1").arg(end.toInteger());
        }
        const QString cities = tr("Cities");
        const QString networks = tr("Networks");
        const QString partners = tr("Partners");
        QStringList partnerItems;
        if (const QString organisations = links(RecordType::Organisation, ownList("organisations"), partners); !organisations.isEmpty())
            partnerItems.append(organisations);
        if (const QString named = textList(ownList("partners")); !named.isEmpty())
            partnerItems.append(named);
        facts({{cities, links(RecordType::City, ownList("cities"), cities)},
               {tr("Countries"), countries(ownList("countries"))},
               {networks, links(RecordType::Network, ownList("networks"), networks)},
               {tr("Period"), when},
               {tr("Status"), statusName(ownText("status"))},
               {partners, partnerItems.join(QStringLiteral(", "))}});
        textSection(tr("Summary"), ownText("summary"));
        textSection(tr("What is new about it"), ownText("innovation"));
        outcomes();
        terms();
        funding();
        related();
        events(QStringLiteral("practices"), tr("Presented at"));
        interviewsAboutNetworks();
    }

    void outcomes()
    {
        const QList<Outcome> all = practiceOutcomes(m_record);
        if (all.isEmpty())
            return;
        h2(tr("Outcomes"));
        m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse\">\n<tr><th align=\"left\">%1</th>"
                                 "<th align=\"right\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>\n")
                      .arg(tr("Indicator"), tr("Value"), tr("Year"), tr("Note"));
        for (const Outcome &o : all) {
            QString value;
            if (o.value) {
                value = number(*o.value);
                if (o.unit == QLatin1String("%"))
                    value += QLatin1Char('%');
                else if (!o.unit.isEmpty())
                    value = tr("%1 %2", "value and unit").arg(value, esc(o.unit));
            } else {
                value = esc(o.unit);
            }
            m_html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td></tr>\n")
                          .arg(esc(capitalised(o.name)), value, o.year ? QString::number(o.year) : QString(), esc(o.note));
        }
        m_html += QStringLiteral("</table>\n");
    }

    // Figures about a city, an organisation or a network, each with its own source, as a table;
    // the challenges they bear on below it.
    void indicators()
    {
        const QJsonArray all = ownList("indicators");
        if (all.isEmpty())
            return;
        const QString heading = tr("Indicators");
        h2(heading);
        m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse\">\n<tr><th align=\"left\">%1</th>"
                                 "<th align=\"right\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>\n")
                      .arg(tr("Indicator"), tr("Value"), tr("Year"), tr("Source"));
        QStringList challenges;
        for (const QJsonValue &item : all) {
            const QJsonObject indicator = item.toObject();
            const QString unit = str(indicator, "unit");
            QString value;
            if (indicator.value(QLatin1String("value")).isDouble()) {
                value = number(indicator.value(QLatin1String("value")));
                if (unit == QLatin1String("%"))
                    value += QLatin1Char('%');
                else if (!unit.isEmpty())
                    value = tr("%1 %2", "value and unit").arg(value, esc(unit));
            } else {
                value = esc(unit);
            }
            QString name = esc(capitalised(str(indicator, "name")));
            if (const QString note = str(indicator, "note"); !note.isEmpty())
                name += QStringLiteral("<br/><small>%1</small>").arg(esc(note));
            QString when = esc(str(indicator, "period"));
            if (indicator.value(QLatin1String("year")).isDouble())
                when = QString::number(indicator.value(QLatin1String("year")).toInteger());
            m_html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td></tr>\n")
                          .arg(name, value, when, sourceCell(indicator.value(QLatin1String("source")).toObject(), heading));
            if (const QString challenge = str(indicator, "challenge"); !challenge.isEmpty()) {
                const QString shown = link(RecordType::Taxonomy, challenge, heading);
                if (!challenges.contains(shown))
                    challenges.append(shown);
            }
        }
        m_html += QStringLiteral("</table>\n");
        if (!challenges.isEmpty())
            m_html += QStringLiteral("<p><small>%1</small></p>\n").arg(tr("Challenges: %1").arg(challenges.join(QStringLiteral(", "))));
    }

    // One source as a link to the document's section, with the lines it points at.
    QString sourceCell(const QJsonObject &source, const QString &relation)
    {
        const QString document = str(source, "document");
        const QString section = str(source, "section");
        if (document.isEmpty())
            return {};
        const RecordSummary *row = summary(RecordType::Document, document);
        QString cell;
        if (!row) {
            cell = esc(QStringList{document, section}.join(QStringLiteral(": ")));
        } else {
            const QString title = titleOf(RecordType::Document, row->title, row->fields, document);
            cell = QStringLiteral("<i>%1</i>").arg(linkTo(RecordType::Document, document, title, relation));
            if (!section.isEmpty()) {
                addLink(RecordType::Document, document, title, relation, section);
                cell += QStringLiteral(": <a href=\"%1\">%2</a>").arg(linkHref(RecordType::Document, document, section), esc(section));
            }
        }
        if (const QString lines = str(source, "lines"); !lines.isEmpty())
            cell += QStringLiteral(" <small>%1</small>").arg(tr("(lines %1)").arg(esc(lines)));
        return cell;
    }

    void terms()
    {
        const QString heading = tr("Classified as");
        QList<std::pair<QString, QString>> rows;
        const std::pair<const char *, QString> lists[] = {{"themes", tr("Themes")},
                                                          {"target_groups", tr("Target groups")},
                                                          {"success_factors", tr("Success factors")},
                                                          {"instruments", tr("Instruments")}};
        for (const auto &[name, label] : lists)
            rows.append({label, links(RecordType::Taxonomy, ownList(name), label)});
        const bool any = std::any_of(rows.begin(), rows.end(), [](const auto &row) { return !row.second.isEmpty(); });
        if (!any)
            return;
        h2(heading);
        facts(rows);
    }

    void funding()
    {
        QStringList items;
        for (const QJsonValue &value : ownList("funding")) {
            const QJsonObject f = value.toObject();
            QStringList parts;
            if (f.value(QLatin1String("amount")).isDouble()) {
                QString amount = number(f.value(QLatin1String("amount")));
                if (const QString currency = str(f, "currency"); !currency.isEmpty())
                    amount = tr("%1 %2", "amount and currency").arg(amount, esc(currency));
                parts.append(QStringLiteral("<b>%1</b>").arg(amount));
            }
            if (const QString source = str(f, "source"); !source.isEmpty())
                parts.append(tr("from %1").arg(esc(source)));
            if (const QString note = str(f, "note"); !note.isEmpty())
                parts.append(esc(note));
            if (parts.isEmpty() && !str(f, "currency").isEmpty())
                parts.append(esc(str(f, "currency")));
            if (!parts.isEmpty())
                items.append(parts.join(QStringLiteral(" \u2014 ")));
        }
        list(tr("Funding"), items);
    }

    // This practice's relations to others, and the practices that name this one.
    void related()
    {
        const QString heading = tr("Related practices");
        QStringList items;
        for (const QJsonValue &value : ownList("related")) {
            const QJsonObject r = value.toObject();
            const QString other = link(RecordType::Practice, str(r, "practice"), heading);
            const QString relation = str(r, "relation");
            if (relation == QLatin1String("adapted from"))
                items.append(tr("Adapted from %1").arg(other));
            else if (relation == QLatin1String("similar to"))
                items.append(tr("Similar to %1").arg(other));
            else if (relation == QLatin1String("part of"))
                items.append(tr("Part of %1").arg(other));
            else
                items.append(relation.isEmpty() ? other : QStringLiteral("%1 %2").arg(esc(capitalised(relation)), other));
        }
        for (const QJsonObject &b : backlinks(RecordType::Practice, QStringLiteral("related"))) {
            const QString other = linkBack(RecordType::Practice, b, heading);
            QString relation;
            if (const auto record = full(RecordType::Practice, str(b, "key"))) {
                for (const QJsonValue &value : arr(*record, "related")) {
                    if (str(value.toObject(), "practice") == m_key)
                        relation = str(value.toObject(), "relation");
                }
            }
            if (relation == QLatin1String("adapted from"))
                items.append(tr("%1 was adapted from this practice").arg(other));
            else if (relation == QLatin1String("similar to"))
                items.append(tr("Similar to %1").arg(other));
            else if (relation == QLatin1String("part of"))
                items.append(tr("%1 is part of this practice").arg(other));
            else
                items.append(tr("%1 refers to this practice").arg(other));
        }
        list(heading, items);
    }

    // The interviews with the networks the practice came through: what they said around it.
    void interviewsAboutNetworks()
    {
        const QString heading = tr("Interviews with its networks");
        QStringList items;
        for (const QJsonValue &value : ownList("networks")) {
            const QString network = value.toString();
            PageQuery query;
            query.filters = {Filter{QStringLiteral("subject_network"), network}};
            query.limit = 10000;
            auto page = m_store.listPage(RecordType::Response, query);
            if (!page) {
                fail(page.fullError());
                return;
            }
            for (const RecordSummary &row : page.value().rows) {
                if (row.fields.value(QLatin1String("subject_network")).toString() == network)
                    items.append(linkTo(RecordType::Response, row.key, titleOf(RecordType::Response, row.title, row.fields, row.key), heading));
            }
        }
        items.removeDuplicates();
        list(heading, items);
    }

    void city()
    {
        const QString code = ownText("country");
        subtitle({});
        QString population;
        if (own("population").isDouble()) {
            population = number(own("population"));
            if (own("population_year").isDouble())
                population = tr("%1 (%2)", "population and year").arg(population, QString::number(own("population_year").toInteger()));
        }
        facts({{tr("Country"), esc(country(code))},
               {tr("Region"), esc(ownText("region"))},
               {tr("Population"), population}});
        textSection(tr("About"), ownText("description"));
        indicators();
        memberships();
        backlinkList(RecordType::WorkingGroup, QStringLiteral("lead_city"), tr("Leads"));
        backlinkList(RecordType::Forum, QStringLiteral("chair_city"), tr("Chairs"));
        backlinkList(RecordType::Practice, QStringLiteral("cities"), tr("Practices"));
        events(QStringLiteral("city"), tr("Events"));
        backlinkList(RecordType::Organisation, QStringLiteral("city"), tr("Organisations based there"));
        people(QStringLiteral("city"));
    }

    void organisation()
    {
        subtitle({esc(ownText("acronym")), esc(ownText("kind"))});
        const QString city = tr("City");
        facts({{tr("Country"), esc(country(ownText("country")))},
               {city, link(RecordType::City, ownText("city"), city)},
               {tr("Website"), ownText("website").isEmpty() ? QString() : website(ownText("website"))}});
        textSection(tr("About"), ownText("description"));
        indicators();
        memberships();
        backlinkList(RecordType::Practice, QStringLiteral("organisations"), tr("Practices"));
        backlinkList(RecordType::Response, QStringLiteral("subject_organisation"), tr("Interviews about it"));
        people(QStringLiteral("organisation"));
    }

    void forum()
    {
        const QString network = tr("Network");
        const QString chairCity = tr("Chair city");
        subtitle({});
        facts({{network, link(RecordType::Network, ownText("network"), network)},
               {tr("Chair"), esc(ownText("chair"))},
               {chairCity, link(RecordType::City, ownText("chair_city"), chairCity)}});
        textSection(tr("About"), ownText("description"));
        backlinkList(RecordType::WorkingGroup, QStringLiteral("forum"), tr("Working groups"));
    }

    void person()
    {
        subtitle({esc(ownText("role"))});
        const QString organisation = tr("Organisation");
        const QString network = tr("Network");
        const QString city = tr("City");
        const QString group = tr("Working group");
        QString organisationValue = link(RecordType::Organisation, ownText("organisation"), organisation);
        if (const QString printed = ownText("organisation_name"); !printed.isEmpty())
            organisationValue = organisationValue.isEmpty() ? esc(printed) : tr("%1 (%2)").arg(organisationValue, esc(printed));
        facts({{organisation, organisationValue},
               {network, link(RecordType::Network, ownText("network"), network)},
               {city, link(RecordType::City, ownText("city"), city)},
               {group, link(RecordType::WorkingGroup, ownText("working_group"), group)},
               {tr("E-mail"), esc(ownText("email"))},
               {tr("Phone"), esc(ownText("phone"))}});
    }

    void event()
    {
        const QString status = ownText("status");
        subtitle({esc(ownText("kind"))});
        QString when = esc(ownText("date_text"));
        const QString start = date(ownText("start_date"));
        const QString end = date(ownText("end_date"));
        QString range = esc(start);
        if (!end.isEmpty() && end != start)
            range = tr("%1 to %2").arg(esc(start), esc(end));
        // The dates as well as the words, unless the words say them already ("June 2020").
        if (when.isEmpty())
            when = range;
        else if (!start.isEmpty() && !ownText("date_text").contains(start))
            when += QStringLiteral(" <small>(%1)</small>").arg(range);
        QString place = esc(ownText("place"));
        const QString city = tr("City");
        const QString network = tr("Network");
        const QString group = tr("Working group");
        QString cityLink = link(RecordType::City, ownText("city"), city);
        QString participants;
        if (own("participants_count").isDouble())
            participants = number(own("participants_count"));
        facts({{tr("When"), when},
               {tr("Status"), statusName(status)},
               {tr("Where"), place},
               {city, cityLink},
               {network, link(RecordType::Network, ownText("network"), network)},
               {group, link(RecordType::WorkingGroup, ownText("working_group"), group)},
               {tr("Host"), esc(ownText("host"))},
               {tr("Organisers"), textList(ownList("organisers"))},
               {tr("Participants"), participants}});
        textSection(tr("Summary"), ownText("summary"));
        QStringList messages;
        for (const QJsonValue &message : ownList("key_messages"))
            messages.append(esc(message.toString()));
        list(tr("Key messages"), messages);
        QStringList presented;
        const QString presentedHeading = tr("Practices presented");
        for (const QJsonValue &practice : ownList("practices"))
            presented.append(link(RecordType::Practice, practice.toString(), presentedHeading));
        list(presentedHeading, presented);
        QStringList who;
        for (const QJsonValue &participant : ownList("participants"))
            who.append(esc(participant.toString()));
        list(tr("Who took part"), who);
        backlinkList(RecordType::Recommendation, QStringLiteral("events"), tr("Recommendations"));
    }

    void questionnaire()
    {
        const QuestionnaireView q = QuestionnaireView::from(m_record);
        subtitle({tr("version %1").arg(q.version), statusName(q.status)});
        textSection(tr("Purpose"), q.purpose);
        textSection(tr("Introduction"), q.introduction);
        if (!q.questions.isEmpty()) {
            h2(tr("Questions"));
            for (const Question &question : q.questions) {
                h3(tr("%1. %2", "question number and text").arg(QString::number(question.number), esc(question.text)));
                QString kind = questionKindName(question.kind);
                if (question.required)
                    kind = tr("%1, required").arg(kind);
                m_html += QStringLiteral("<p><small>%1</small></p>\n").arg(tr("Answer: %1").arg(kind));
                if (!question.choices.isEmpty()) {
                    QStringList choices;
                    for (const QString &choice : question.choices)
                        choices.append(esc(choice));
                    bulletList(choices);
                }
                m_html += paragraphs(question.help);
            }
        }
        backlinkList(RecordType::Response, QStringLiteral("questionnaire"), tr("Responses"));
    }

    void response()
    {
        const ResponseView r = ResponseView::from(m_record);
        subtitle({});
        const QString questionnaire = tr("Questionnaire");
        const QString subject = tr("About");
        QString subjectValue = link(RecordType::Network, r.subjectNetwork, subject);
        if (const QString organisation = link(RecordType::Organisation, r.subjectOrganisation, subject); !organisation.isEmpty())
            subjectValue = subjectValue.isEmpty() ? organisation : subjectValue + QStringLiteral(", ") + organisation;
        facts({{subject, subjectValue},
               {questionnaire, link(RecordType::Questionnaire, r.questionnaire, questionnaire)},
               {tr("Interviewer"), esc(r.interviewer)},
               {tr("Date"), esc(date(r.date))},
               {tr("Mode"), esc(r.mode)},
               {tr("Status"), statusName(r.status)}});
        respondents();
        textSection(tr("Notes"), r.notes);
        answers(r);
    }

    // The people interviewed, with the contact details the interview gave.
    void respondents()
    {
        const QString heading = tr("Respondents");
        QStringList items;
        for (const QJsonValue &value : ownList("respondents")) {
            const QJsonObject who = value.toObject();
            const QString personKey = str(who, "person");
            const RecordSummary *person = summary(RecordType::Person, personKey);
            QString name = esc(str(who, "name"));
            if (person)
                name = linkTo(RecordType::Person, personKey, str(who, "name").isEmpty() ? person->title : str(who, "name"), heading);
            QStringList parts{name};
            for (const char *field : {"role", "organisation"}) {
                if (const QString text = str(who, field); !text.isEmpty())
                    parts.append(esc(text));
            }
            if (person) {
                for (const char *field : {"email", "phone"}) {
                    if (const QString text = person->fields.value(QLatin1String(field)).toString(); !text.isEmpty())
                        parts.append(esc(text));
                }
            }
            items.append(parts.join(QStringLiteral(", ")));
        }
        list(heading, items);
    }

    void answers(const ResponseView &r)
    {
        std::optional<QJsonObject> record = full(RecordType::Questionnaire, r.questionnaire);
        const QuestionnaireView q = record ? QuestionnaireView::from(*record) : QuestionnaireView{};
        h2(tr("Answers"));
        QSet<int> shown;
        for (const Question &question : q.questions) {
            h3(tr("%1. %2", "question number and text").arg(QString::number(question.number), esc(question.text)));
            shown.insert(question.number);
            answer(r.answer(question.number));
        }
        // Answers to questions the questionnaire no longer has still belong to the interview.
        for (const Answer &a : r.answers) {
            if (shown.contains(a.question))
                continue;
            h3(tr("Question %1").arg(a.question));
            answer(&a);
        }
    }

    void answer(const Answer *a)
    {
        if (!a || a->isEmpty()) {
            m_html += QStringLiteral("<p><i>%1</i></p>\n").arg(tr("Not answered."));
            return;
        }
        if (!a->choice.trimmed().isEmpty()) {
            QString choice = esc(a->choice);
            if (a->choice == QLatin1String("yes"))
                choice = tr("Yes");
            else if (a->choice == QLatin1String("no"))
                choice = tr("No");
            m_html += QStringLiteral("<p><b>%1</b></p>\n").arg(choice);
        }
        m_html += paragraphs(a->text);
    }

    void document()
    {
        const DocumentView d = DocumentView::from(m_record);
        subtitle({esc(d.kind)});
        facts({{tr("Date"), esc(date(d.date))},
               {tr("Organisation"), esc(ownText("organisation"))},
               {tr("Language"), language(d.language)},
               {tr("File"), esc(ownText("file_name"))}});
        textSection(tr("Summary"), ownText("summary"));
        backlinkList(RecordType::Recommendation, QStringLiteral("document"), tr("Recommendations"));
        mentions(d);
        if (d.sections.isEmpty())
            return;
        h2(tr("Contents"));
        QStringList contents;
        for (const Section &s : d.sections) {
            QString item = QStringLiteral("<a href=\"%1\">%2</a>").arg(linkHref(RecordType::Document, m_key, s.heading), esc(s.heading));
            addLink(RecordType::Document, m_key, m_title, tr("Contents"), s.heading);
            if (s.page > 0)
                item += QStringLiteral(" <small>%1</small>").arg(tr("page %1").arg(s.page));
            contents.append(item);
        }
        bulletList(contents);
        // Each section is an anchor named by its heading, so a source's link can scroll to it, and
        // by its number ("section-3"), so a link to what it mentions can.
        for (qsizetype i = 0; i < d.sections.size(); ++i) {
            const Section &s = d.sections.at(i);
            QString heading = QStringLiteral("<a name=\"%1\"></a><a name=\"%2\"></a>%3")
                                  .arg(sectionAnchor(int(i) + 1), esc(s.heading), esc(s.heading));
            if (s.page > 0)
                heading += QStringLiteral(" <small>(%1)</small>").arg(tr("page %1").arg(s.page));
            h3(heading);
            m_html += paragraphs(s.text);
        }
    }

    static QString sectionAnchor(int section) { return QStringLiteral("section-%1").arg(section); }

    // The records the document mentions, by type, each with the sections it is mentioned in as
    // links into the text below.
    void mentions(const DocumentView &d)
    {
        const QList<Mention> all = mentionsOf(m_record);
        if (linkCount(all) == 0)
            return;
        h2(tr("Mentions"));
        for (RecordType type : mentionTypes()) {
            QStringList order;
            QHash<QString, QList<int>> sections;
            for (const Mention &m : all) {
                if (m.type != type || !m.isLink())
                    continue;
                if (!sections.contains(m.key))
                    order.append(m.key);
                QList<int> &where = sections[m.key];
                if (m.section > 0 && !where.contains(m.section))
                    where.append(m.section);
            }
            if (order.isEmpty())
                continue;
            const QString relation = tr("Mentions");
            QStringList items;
            for (const QString &key : order) {
                QString item = link(type, key, relation);
                QStringList places;
                for (int section : sections.value(key)) {
                    const Section *s = section <= d.sections.size() ? &d.sections.at(section - 1) : nullptr;
                    const QString name = s && !s->heading.isEmpty() ? s->heading : tr("section %1").arg(section);
                    addLink(RecordType::Document, m_key, m_title, relation, sectionAnchor(section));
                    places.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(linkHref(RecordType::Document, m_key, sectionAnchor(section)), esc(name)));
                }
                if (!places.isEmpty())
                    item += QStringLiteral(" <small>%1</small>").arg(tr("in %1").arg(places.join(QStringLiteral(", "))));
                items.append(item);
            }
            h3(typePlural(type));
            bulletList(items);
        }
    }

    // The documents that mention this record (a network, city, working group or practice), each
    // with the sections it is mentioned in, as links into them.
    void mentionedIn()
    {
        if (!mentionTypes().contains(m_type) || m_key.isEmpty())
            return;
        auto documents = m_store.documentsMentioning(m_key);
        if (!documents) {
            fail(documents.fullError());
            return;
        }
        const QString heading = tr("Mentioned in");
        QStringList items;
        for (const MentioningDocument &document : documents.value()) {
            bool linked = false;
            QList<int> sections;
            for (const QJsonValue &value : document.mentions) {
                const std::optional<Mention> m = Mention::fromJson(value.toObject());
                if (!m || m->type != m_type || m->key != m_key || !m->isLink())
                    continue;
                linked = true;
                if (m->section > 0 && !sections.contains(m->section))
                    sections.append(m->section);
            }
            if (!linked)
                continue;
            std::sort(sections.begin(), sections.end());
            const QString title = document.title.trimmed().isEmpty() ? document.key : document.title;
            QString item = QStringLiteral("<i>%1</i>").arg(linkTo(RecordType::Document, document.key, title, heading));
            QStringList places;
            for (int section : std::as_const(sections)) {
                const QString name = section <= document.headings.size() && !document.headings.at(section - 1).trimmed().isEmpty()
                                         ? document.headings.at(section - 1)
                                         : tr("section %1").arg(section);
                addLink(RecordType::Document, document.key, title, heading, sectionAnchor(section));
                places.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(linkHref(RecordType::Document, document.key, sectionAnchor(section)), esc(name)));
            }
            if (!places.isEmpty())
                item += QStringLiteral(": ") + places.join(QStringLiteral("; "));
            items.append(item);
        }
        list(heading, items);
    }

    QString typePlural(RecordType type) const
    {
        switch (type) {
        case RecordType::Network: return tr("Networks");
        case RecordType::City: return tr("Cities");
        case RecordType::WorkingGroup: return tr("Working groups");
        case RecordType::Practice: return tr("Practices");
        default: break;
        }
        return recordTypeName(type);
    }

    void recommendation()
    {
        const QString documentLabel = tr("From");
        QString number;
        if (own("number").isDouble())
            number = QString::number(own("number").toInteger());
        subtitle({});
        facts({{documentLabel, link(RecordType::Document, ownText("document"), documentLabel)},
               {tr("Number"), number},
               {tr("For"), esc(ownText("audience"))}});
        textSection(tr("Recommendation"), ownText("text"));
        const QJsonArray actions = ownList("actions");
        if (!actions.isEmpty()) {
            h2(tr("Actions"));
            m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse\">\n<tr><th align=\"left\" width=\"20%\">%1</th>"
                                     "<th align=\"left\" width=\"45%\">%2</th><th align=\"left\" width=\"15%\">%3</th>"
                                     "<th align=\"left\" width=\"20%\">%4</th></tr>\n")
                          .arg(tr("Who"), tr("What"), tr("Where"), tr("By when"));
            for (const QJsonValue &value : actions) {
                const QJsonObject a = value.toObject();
                m_html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                              .arg(esc(str(a, "who")), esc(str(a, "what")), esc(str(a, "where")), esc(str(a, "when")));
            }
            m_html += QStringLiteral("</table>\n");
        }
        const QString networks = tr("Networks");
        list(networks, linkItems(RecordType::Network, ownList("networks"), networks));
        const QString events = tr("Events");
        list(events, linkItems(RecordType::Event, ownList("events"), events));
    }

    QStringList linkItems(RecordType type, const QJsonArray &keys, const QString &relation)
    {
        QStringList items;
        for (const QJsonValue &key : keys)
            items.append(link(type, key.toString(), relation));
        return items;
    }

    void taxonomyTerm()
    {
        const QString vocabulary = vocabularyName(ownText("vocabulary"));
        subtitle({vocabulary});
        facts({{tr("Also called"), textList(ownList("synonyms"))}});
        textSection(tr("Meaning"), ownText("description"));
        QStringList items;
        const QString heading = tr("Practices");
        for (const QJsonObject &b : backlinks(RecordType::Practice))
            items.append(linkBack(RecordType::Practice, b, heading));
        items.removeDuplicates();
        list(heading, items);
    }

    // Where the facts come from: per document, the sections cited, each a link into it.
    void sources()
    {
        const QString heading = tr("Sources");
        QStringList order;
        QHash<QString, QStringList> sections;
        QHash<QString, QStringList> lines; // document + section → the lines cited in it
        for (const QJsonValue &value : ownList("sources")) {
            const QJsonObject source = value.toObject();
            const QString document = str(source, "document");
            if (!sections.contains(document))
                order.append(document);
            QStringList &cited = sections[document];
            const QString section = str(source, "section");
            if (section.isEmpty())
                continue;
            // Several sources may point at lines of one section: the section is listed once.
            if (!cited.contains(section))
                cited.append(section);
            if (const QString at = str(source, "lines"); !at.isEmpty())
                lines[document + QChar(0x1f) + section].append(at);
        }
        QStringList items;
        for (const QString &document : order) {
            const RecordSummary *row = summary(RecordType::Document, document);
            if (!row) {
                items.append(QStringList{esc(document), esc(sections.value(document).join(QStringLiteral("; ")))}.join(QStringLiteral(": ")));
                continue;
            }
            const QString title = titleOf(RecordType::Document, row->title, row->fields, document);
            QString item = QStringLiteral("<i>%1</i>").arg(linkTo(RecordType::Document, document, title, heading));
            QStringList parts;
            for (const QString &section : sections.value(document)) {
                addLink(RecordType::Document, document, title, heading, section);
                QString part = QStringLiteral("<a href=\"%1\">%2</a>").arg(linkHref(RecordType::Document, document, section), esc(section));
                if (const QStringList at = lines.value(document + QChar(0x1f) + section); !at.isEmpty())
                    part += QStringLiteral(" <small>%1</small>").arg(tr("(lines %1)").arg(esc(at.join(QStringLiteral(", ")))));
                parts.append(part);
            }
            if (!parts.isEmpty())
                item += QStringLiteral(": ") + parts.join(QStringLiteral("; "));
            items.append(item);
        }
        list(heading, items);
    }

    const Store &m_store;
    QLocale m_locale;
    RecordType m_type;
    QJsonObject m_record;
    QString m_key;
    bool m_withhold;
    QString m_title;
    QString m_html;
    QList<PageLink> m_links;
    QSet<QString> m_linkIds;
    std::unordered_map<QString, std::optional<RecordSummary>> m_summaries;
    std::optional<Error> m_failure;
};

} // namespace

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::Taxonomy: return QCoreApplication::translate("RecordPage", "Taxonomy term");
    case RecordType::Document: return QCoreApplication::translate("RecordPage", "Document");
    case RecordType::Network: return QCoreApplication::translate("RecordPage", "Network");
    case RecordType::Organisation: return QCoreApplication::translate("RecordPage", "Organisation");
    case RecordType::City: return QCoreApplication::translate("RecordPage", "City");
    case RecordType::Forum: return QCoreApplication::translate("RecordPage", "Forum");
    case RecordType::WorkingGroup: return QCoreApplication::translate("RecordPage", "Working group");
    case RecordType::Person: return QCoreApplication::translate("RecordPage", "Person");
    case RecordType::Practice: return QCoreApplication::translate("RecordPage", "Practice");
    case RecordType::Event: return QCoreApplication::translate("RecordPage", "Event");
    case RecordType::Questionnaire: return QCoreApplication::translate("RecordPage", "Questionnaire");
    case RecordType::Response: return QCoreApplication::translate("RecordPage", "Interview");
    case RecordType::Recommendation: return QCoreApplication::translate("RecordPage", "Recommendation");
    }
    return specFor(type).singular;
}

RecordPageService::RecordPageService(KnowledgeBase &kb, const QLocale &locale) : m_kb(kb), m_locale(locale) {}

Result<RecordPageView> RecordPageService::page(RecordType type, const QString &idKeyOrName)
{
    auto record = BrowseService(m_kb).show(type, idKeyOrName);
    if (!record)
        return record.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    return PageBuilder(*reader.value(), m_locale, type, record.value()).build();
}

QString RecordPageService::linkScheme()
{
    return QStringLiteral("citykb");
}

QUrl RecordPageService::linkUrl(RecordType type, const QString &key, const QString &section)
{
    QUrl url;
    url.setScheme(linkScheme());
    url.setHost(recordTypeWord(type));
    url.setPath(QLatin1Char('/') + key);
    if (!section.isEmpty())
        url.setFragment(section);
    return url;
}

std::optional<PageTarget> RecordPageService::linkTarget(const QUrl &url)
{
    if (url.scheme() != linkScheme())
        return std::nullopt;
    const auto type = recordTypeFromWord(url.host());
    const QString key = url.path().mid(1);
    if (!type || !url.path().startsWith(QLatin1Char('/')) || key.isEmpty() || key.contains(QLatin1Char('/')))
        return std::nullopt;
    return PageTarget{*type, key, url.fragment(QUrl::FullyDecoded)};
}

} // namespace citykb
