#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

#include <optional>

namespace citykb {

class KnowledgeBase;

// A record a page links to, and how it relates to the page's record.
struct PageLink
{
    RecordType type = RecordType::Network;
    QString key;
    QString title;
    QString relation; // the page's own words for the link: "Member cities", "Sources", ...
    QString section;  // for a source: the section of the document it cites; else empty
};

// Where a citykb:// link leads: citykb://TYPE-WORD/KEY, for a source citykb://documents/KEY#SECTION.
struct PageTarget
{
    RecordType type = RecordType::Network;
    QString key;
    QString section;
};

// One record as a page to read (the window's detail pane, later the briefings).
struct RecordPageView
{
    RecordType type = RecordType::Network;
    QString key;
    qint64 revision = 0; // the record's revision the page shows, to tell when it is stale
    QString title;
    // Qt rich text (the HTML 4 subset QTextBrowser reads): headings, paragraphs, lists, tables and
    // citykb:// links; every text of the record is escaped, no scripts, no styles beyond a few.
    QString html;
    QList<PageLink> links; // every citykb:// link of the page, in page order, each once
};

// Turns a record into a page a policy officer reads: the facts first, every related record as a
// link, figures as tables, fees and eligibility in plain words, and the sources. Personal data
// (DESIGN.md, "Security and personal data") shows only on a person's page and in a response:
// elsewhere people appear by name and role, and addresses or numbers inside texts are withheld.
// Safe on any thread: it reads through the calling thread's store connection.
// The readable name of one record of a type ("Working group", "Interview"), translated.
QString recordTypeName(RecordType type);

class RecordPageService
{
public:
    // Numbers and dates are written for `locale` (with thousands grouped, also in the C locale).
    explicit RecordPageService(KnowledgeBase &kb, const QLocale &locale = QLocale());

    // The page of the record known by key, name, title, acronym or store id; NotFound when none.
    Result<RecordPageView> page(RecordType type, const QString &idKeyOrName);

    static QString linkScheme(); // "citykb"
    static QUrl linkUrl(RecordType type, const QString &key, const QString &section = {});
    // The record a citykb:// link leads to; nullopt for any other link.
    static std::optional<PageTarget> linkTarget(const QUrl &url);

private:
    KnowledgeBase &m_kb;
    QLocale m_locale;
};

} // namespace citykb
