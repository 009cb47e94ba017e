#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace citykb {

// The content of a briefing (issue 13), independent of how it is rendered: the app builds it
// (BriefingService), the renderers in this library turn it into PDF, HTML or Markdown through
// the templates of a BriefingStyle. Texts are plain (no markup, no line breaks); every text that
// rests on a source carries the numbers of the references it cites.

// A source the briefing cites: a document and the section of it.
struct BriefingReference
{
    int number = 0;      // 1, 2, ... in order of first citation
    QString documentKey;
    QString document;    // the document's title
    QString section;     // the section's heading; empty when the whole document is meant
    QString detail;      // "study, Kennisland, 12 February 2018": what kind of document, by whom, when
};

// A text and the references it cites.
struct BriefingText
{
    QString text;
    QList<int> cites;

    BriefingText() = default;
    BriefingText(QString t, QList<int> c = {}) : text(std::move(t)), cites(std::move(c)) {}
};

struct BriefingFact
{
    QString label;
    BriefingText value;
};

struct BriefingTable
{
    QStringList columns;
    QList<bool> numeric; // per column: figures, aligned right
    QList<QList<BriefingText>> rows;
    QString caption;
};

// A horizontal bar chart, drawn as vectors: one bar per label, in the order given.
struct BriefingChart
{
    QString title;
    QString unit; // what the bars count, for the caption and the Markdown table: "practices"
    QList<std::pair<QString, double>> bars;
};

struct BriefingBlock
{
    enum class Kind {
        Paragraph,
        Heading,  // a sub-heading inside a section; `level` 3 (listed in the outline) or 4
        Facts,    // label and value rows
        List,     // bullet points
        Table,
        Chart,
        Note,     // a remark in small print: what the KB does not say, what was left out
    };
    Kind kind = Kind::Paragraph;
    BriefingText text;          // Paragraph, Heading, Note
    int level = 3;              // Heading
    QString anchor;             // Heading: a name unique in the briefing, for links and the outline
    QList<BriefingFact> facts;  // Facts
    QList<BriefingText> items;  // List
    BriefingTable table;        // Table
    BriefingChart chart;        // Chart
};

struct BriefingSection
{
    QString id;    // stable: key-facts, joining, work-plans, working-groups, members, indicators,
                   // events, practices, interviews, recommendations (templates and tests use it)
    QString title;
    QList<BriefingBlock> blocks;
};

struct Briefing
{
    QString title;            // "Eurotowns"
    QString subtitle;         // "Briefing on a city network"
    QString scope;            // the scope as asked: "network:Eurotowns"
    QString scopeDescription; // "the network Eurotowns" in a sentence
    QDateTime created;        // when it was made (also the "today" of coming events)
    QString kbName;
    QString author;           // for the document's metadata
    QString subject;          // for the document's metadata: one sentence
    QStringList keywords;
    QString language = QStringLiteral("en");
    bool personalData = false; // e-mail addresses and phone numbers were asked for
    QList<BriefingSection> sections;
    QString referencesTitle;  // the heading of the list of sources
    QString dateText;         // the date as shown, in the briefing's language; empty: in English
    // The words the templates put around the content, in the briefing's language, as {{text.NAME}}:
    // contents, scope, date, knowledgeBase, withheld, withPersonalData, section; and pageOfPages
    // ("Page %1 of %2"), which the page header and footer get as {{pageOfPages}}.
    QMap<QString, QString> labels;
    QList<BriefingReference> references;
};

// Calls `edit` on every text of the briefing (titles, facts, cells, chart labels, references),
// so that a filter such as the personal-data one reaches all of them.
void forEachText(Briefing &briefing, const std::function<void(QString &)> &edit);

} // namespace citykb
