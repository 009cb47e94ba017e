#pragma once

#include "core/result.h"
#include "report/briefing.h"
#include "report/briefingrenderer.h"
#include "report/briefingstyle.h"
#include "search/searchtypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace citykb {

class JobControl;
class KnowledgeBase;

// What a briefing is about (DESIGN.md, "The command line": SCOPE).
struct BriefingScope
{
    enum class Kind { Network, WorkingGroup, Theme, City, Practices, Query };
    Kind kind = Kind::Network;
    QString name;          // Network, WorkingGroup, Theme, City: a key, name, acronym or id
    QStringList practices; // Practices: ids or keys
    SearchQuery query;     // Query: the text and the filters of the search the briefing is on

    // "network:NAME", "working-group:NAME", "theme:NAME", "city:NAME", "practices:ID,ID,..." or
    // "query:TEXT"; a bad one is refused in one sentence that lists the kinds.
    static Result<BriefingScope> parse(const QString &text);
    // The scope written as parse() reads it.
    QString toString() const;

    static BriefingScope network(const QString &name);
    static BriefingScope workingGroup(const QString &name);
    static BriefingScope theme(const QString &name);
    static BriefingScope city(const QString &name);
    static BriefingScope selectedPractices(const QStringList &idsOrKeys);
    static BriefingScope search(const SearchQuery &query);
};

struct BriefingOptions
{
    // E-mail addresses and phone numbers are left out unless asked for (DESIGN.md, "Security and
    // personal data"); every text of the briefing passes the personal-data filter otherwise.
    bool personalData = false;
    QDateTime date;       // the briefing's date, also the "today" of coming events; invalid: now
    QString kbName;       // empty: the name of the KB's folder
    QString author;       // the PDF's author; empty: "CityKB (KB NAME)"
    // Folders whose templates and style sheets come before the KB's own briefing/ folder and the
    // built-in ones (the CLI's --style DIR).
    QStringList styleDirs;
};

// Briefings (issue 13): a few pages on a network, a working group, a theme, a city, a set of
// practices or a search, for a meeting. build() gathers the content from the KB; the renderers
// of src/report turn it into PDF, HTML or Markdown with the templates of style(). For a preview:
// build(), then BriefingPages::layout(briefing, style()) and paint its pages.
// Safe on any thread: it only reads, through the calling thread's store connection and index.
// Rendering a PDF needs a QGuiApplication (fonts).
class BriefingService
{
public:
    explicit BriefingService(KnowledgeBase &kb) : m_kb(kb) {}

    // The content for the scope. An unknown name is NotFound, in one sentence with the closest
    // name the KB has; a scope the KB has nothing on is refused the same way.
    Result<Briefing> build(const BriefingScope &scope, const BriefingOptions &options = {});
    // The templates: options.styleDirs, then the KB's briefing/ folder, then the built-in set.
    Result<BriefingStyle> style(const BriefingOptions &options = {});
    // Builds, renders and writes the briefing; the file is complete or not written at all, never
    // over the KB's own files.
    Status exportBriefing(const BriefingScope &scope, BriefingFormat format, const QString &file,
                          const BriefingOptions &options = {});

    // exportBriefing as a job for SessionHost::startJob (JobPlace::Readers): progress in three
    // steps (content, layout, file), cancel between them.
    static std::function<Status(KnowledgeBase &, JobControl &)> job(BriefingScope scope, BriefingFormat format, QString file,
                                                                    BriefingOptions options = {});

private:
    Status exportWith(const BriefingScope &scope, BriefingFormat format, const QString &file, const BriefingOptions &options,
                      JobControl *control);

    KnowledgeBase &m_kb;
};

} // namespace citykb
