#include "cli.h"

#include "app/briefingservice.h"
#include "app/browseservice.h"
#include "app/documentimportservice.h"
#include "app/documentlinkservice.h"
#include "app/editservice.h"
#include "app/erasureservice.h"
#include "app/exportservice.h"
#include "app/historyservice.h"
#include "app/importservice.h"
#include "app/knowledgebase.h"
#include "app/maintenanceservice.h"
#include "app/responseexportservice.h"
#include "app/searchservice.h"
#include "app/translations.h"
#include "app/trashservice.h"
#include "core/outputfile.h"
#include "core/recordspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <QHash>
#include <QSet>

#include <limits>
#include <optional>

namespace citykb {

namespace {

struct Invocation
{
    QString kbDir;
    bool json = false;
    QStringList words;          // the command and its positional arguments
    QString output;             // -o FILE
    QList<Filter> filters;      // --filter F=V
    bool empty = false;         // init --empty
    bool personalData = false;  // export bundle and export briefing --personal-data
    QString scope;              // export briefing --scope SCOPE
    QString language;           // export briefing --language LANG
    QString format;             // export briefing --format pdf|html|md, export responses --format csv|xlsx|json
    QStringList styleDirs;      // export briefing --style DIR
    QString type;               // search --type TYPE
    QList<FacetFilter> facets;  // search --facet F=V
    std::optional<int> limit;   // --limit N (search: 20, similar: 10, list: all when not given)
    int offset = 0;             // search and list --offset N
    QString sort;               // list --sort [-]FIELD
    QSet<QString> options;      // every option given, as "--name", to refuse those a command does not take
    bool partial = false;       // search --partial: the last word is a prefix
    bool anyType = false;       // similar --any-type
    int jsonCount = 0;          // how often --json was given: add and edit take the first as "--json FILE"
    QStringList sets;           // edit --set FIELD=VALUE
    std::optional<qint64> expectRevision; // edit --expect-revision N
    bool cascade = false;       // delete --cascade
    std::optional<qint64> toRevision;     // revert --to REVISION
    QString questionnaire;      // export responses --questionnaire ID|KEY|TITLE
};

struct UsageError
{
    QString message;
};

// The CLI's own sentences, in the context "Cli" of the translations (the services' error
// sentences stay English: docs/architecture.md, "Translations").
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Command(const Invocation &inv, QTextStream &out, QTextStream &err) : m_inv(inv), m_out(out), m_err(err) {}

    int run();

private:
    int fail(const Error &error)
    {
        m_err << sentence(error.message) << Qt::endl;
        return error.kind == ErrorKind::Unavailable ? ExitUnavailable : ExitBadInput;
    }
    // An option the command does not take is a usage error naming it.
    std::optional<int> refuseOptions(const QStringList &taken)
    {
        QStringList given = m_inv.options.values();
        given.sort();
        for (const QString &option : given) {
            if (option == QLatin1String("--kb") || option == QLatin1String("--json") || taken.contains(option))
                continue;
            return usage(tr("\"%1\" does not take the option %2").arg(m_inv.words.first(), option));
        }
        return std::nullopt;
    }
    int usage(const QString &message)
    {
        m_err << tr("%1 See \"citykb-cli --help\".").arg(sentence(message)) << Qt::endl;
        return ExitUsage;
    }
    static QString sentence(QString message)
    {
        message = message.simplified();
        if (!message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char('?')))
            message += QLatin1Char('.');
        return message;
    }
    void printJson(const QJsonValue &value)
    {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    Result<std::unique_ptr<KnowledgeBase>> openKb(KnowledgeBase::Access access)
    {
        return KnowledgeBase::open(m_inv.kbDir, access);
    }
    std::optional<RecordType> typeArgument(int index, QString *problem)
    {
        if (m_inv.words.size() <= index) {
            *problem = tr("\"%1\" needs a record type: %2").arg(m_inv.words.first(), recordTypeWords().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const auto type = recordTypeFromWord(m_inv.words.at(index));
        if (!type)
            *problem = tr("\"%1\" is not a record type; use one of %2")
                           .arg(m_inv.words.at(index).left(80), recordTypeWords().join(QStringLiteral(", ")));
        return type;
    }

    int init();
    int stats();
    int list();
    int show();
    int exportCommand();
    int exportBriefing();
    int exportResponses();
    int importCommand();
    int relink();
    int check();
    int backup();
    int restore();
    int search();
    int similar();
    int reindex();
    int add();
    int edit();
    int deleteCommand();
    int trash();
    int history();
    int revert();
    int erase();
    void printResults(const SearchResults &results, const QString &query);
    Result<QJsonObject> readJsonInput(const QString &file);
    void printSaved(RecordType type, const SavedRecord &saved, bool json);

    const Invocation &m_inv;
    QTextStream &m_out;
    QTextStream &m_err;
};

int Command::run()
{
    const QString name = m_inv.words.first();
    static const QHash<QString, QStringList> takes{
        {QStringLiteral("init"), {QStringLiteral("--empty")}},
        {QStringLiteral("stats"), {}},
        {QStringLiteral("list"), {QStringLiteral("--filter"), QStringLiteral("--sort"), QStringLiteral("--limit"), QStringLiteral("--offset")}},
        {QStringLiteral("show"), {}},
        {QStringLiteral("export"), {QStringLiteral("--output"), QStringLiteral("--personal-data"), QStringLiteral("--scope"), QStringLiteral("--language"),
                                    QStringLiteral("--format"), QStringLiteral("--style"), QStringLiteral("--type"), QStringLiteral("--facet"),
                                    QStringLiteral("--questionnaire")}},
        {QStringLiteral("import"), {}},
        {QStringLiteral("check"), {}},
        {QStringLiteral("backup"), {QStringLiteral("--output")}},
        {QStringLiteral("restore"), {}},
        {QStringLiteral("search"), {QStringLiteral("--type"), QStringLiteral("--facet"), QStringLiteral("--limit"), QStringLiteral("--offset"),
                                    QStringLiteral("--partial")}},
        {QStringLiteral("similar"), {QStringLiteral("--limit"), QStringLiteral("--any-type")}},
        {QStringLiteral("reindex"), {}},
        {QStringLiteral("add"), {}},
        {QStringLiteral("edit"), {QStringLiteral("--set"), QStringLiteral("--expect-revision")}},
        {QStringLiteral("delete"), {QStringLiteral("--cascade")}},
        {QStringLiteral("trash"), {}},
        {QStringLiteral("history"), {}},
        {QStringLiteral("revert"), {QStringLiteral("--to"), QStringLiteral("--expect-revision")}},
        {QStringLiteral("erase"), {}},
        {QStringLiteral("relink"), {}},
    };
    if (takes.contains(name)) {
        if (auto refused = refuseOptions(takes.value(name)))
            return *refused;
    }
    if (name == QLatin1String("init")) return init();
    if (name == QLatin1String("stats")) return stats();
    if (name == QLatin1String("list")) return list();
    if (name == QLatin1String("show")) return show();
    if (name == QLatin1String("export")) return exportCommand();
    if (name == QLatin1String("import")) return importCommand();
    if (name == QLatin1String("check")) return check();
    if (name == QLatin1String("backup")) return backup();
    if (name == QLatin1String("restore")) return restore();
    if (name == QLatin1String("search")) return search();
    if (name == QLatin1String("similar")) return similar();
    if (name == QLatin1String("reindex")) return reindex();
    if (name == QLatin1String("add")) return add();
    if (name == QLatin1String("edit")) return edit();
    if (name == QLatin1String("delete")) return deleteCommand();
    if (name == QLatin1String("trash")) return trash();
    if (name == QLatin1String("history")) return history();
    if (name == QLatin1String("revert")) return revert();
    if (name == QLatin1String("erase")) return erase();
    if (name == QLatin1String("relink")) return relink();
    return usage(tr("\"%1\" is not a citykb-cli command").arg(name.left(80)));
}

int Command::init()
{
    if (m_inv.words.size() > 1)
        return usage(tr("\"init\" takes no arguments besides --empty"));
    auto kb = KnowledgeBase::create(m_inv.kbDir, m_inv.empty ? QString() : KnowledgeBase::seedDataDir());
    if (!kb)
        return fail(kb.fullError());
    auto stats = BrowseService(*kb.value()).stats();
    if (!stats)
        return fail(stats.fullError());
    qint64 total = 0;
    for (const auto &[type, n] : stats.value().counts)
        total += n;
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("kb"), m_inv.kbDir}, {QStringLiteral("records"), total}});
    else
        m_out << tr("Created a KB at %1 with %2 records.").arg(m_inv.kbDir).arg(total) << Qt::endl;
    return ExitOk;
}

int Command::stats()
{
    if (m_inv.words.size() > 1)
        return usage(tr("\"stats\" takes no arguments"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    auto stats = BrowseService(*kb.value()).stats();
    if (!stats)
        return fail(stats.fullError());
    if (m_inv.json) {
        QJsonObject counts;
        for (const auto &[type, n] : stats.value().counts)
            counts.insert(specFor(type).word, n);
        printJson(QJsonObject{{QStringLiteral("kb"), m_inv.kbDir},
                              {QStringLiteral("counts"), counts},
                              {QStringLiteral("store_revision"), stats.value().storeRevision},
                              {QStringLiteral("index_revision"), stats.value().indexRevision},
                              {QStringLiteral("schema_version"), stats.value().schemaVersion}});
        return ExitOk;
    }
    m_out << tr("KB %1 (schema %2)").arg(m_inv.kbDir).arg(stats.value().schemaVersion) << Qt::endl;
    for (const auto &[type, n] : stats.value().counts)
        m_out << QStringLiteral("  %1 %2").arg(specFor(type).word, -16).arg(n) << Qt::endl;
    m_out << tr("  store revision   %1").arg(stats.value().storeRevision) << Qt::endl;
    if (stats.value().indexRevision >= 0)
        m_out << tr("  index revision   %1").arg(stats.value().indexRevision) << Qt::endl;
    return ExitOk;
}

int Command::list()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.words.size() > 2)
        return usage(tr("\"list\" takes one record type; filter with --filter FIELD=VALUE"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    BrowseService browse(*kb.value());
    PageQuery query;
    query.filters = m_inv.filters;
    query.sort = m_inv.sort;
    query.offset = m_inv.offset;
    query.limit = m_inv.limit.value_or(std::numeric_limits<int>::max());
    auto page = browse.page(*type, query);
    if (!page)
        return fail(page.fullError());
    if (m_inv.json) {
        // Full records, read one page at a time.
        QJsonArray array;
        for (const RecordSummary &row : page.value().rows) {
            auto record = kb.value()->reader().value()->getById(*type, row.id);
            if (!record)
                return fail(record.fullError());
            array.append(record.value());
        }
        printJson(QJsonObject{{QStringLiteral("type"), specFor(*type).word},
                              {QStringLiteral("total"), page.value().total},
                              {QStringLiteral("offset"), m_inv.offset},
                              {QStringLiteral("records"), array}});
        return ExitOk;
    }
    for (const RecordSummary &row : page.value().rows)
        m_out << QStringLiteral("%1  %2").arg(row.key, -40).arg(row.title.isEmpty() ? row.key : row.title) << Qt::endl;
    if (page.value().rows.size() == page.value().total)
        m_out << QStringLiteral("%1 %2").arg(page.value().total).arg(specFor(*type).word) << Qt::endl;
    else
        m_out << tr("%1 to %2 of %3 %4")
                     .arg(page.value().rows.isEmpty() ? m_inv.offset : m_inv.offset + 1)
                     .arg(m_inv.offset + page.value().rows.size()).arg(page.value().total).arg(specFor(*type).word)
              << Qt::endl;
    return ExitOk;
}

void printTextRecord(QTextStream &out, const QJsonObject &record, int indent);

void printTextValue(QTextStream &out, const QString &name, const QJsonValue &value, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    if (value.isObject()) {
        out << pad << name << QStringLiteral(":") << Qt::endl;
        printTextRecord(out, value.toObject(), indent + 2);
    } else if (value.isArray()) {
        out << pad << name << QStringLiteral(":") << Qt::endl;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject()) {
                out << pad << QStringLiteral("  -") << Qt::endl;
                printTextRecord(out, item.toObject(), indent + 4);
            } else {
                out << pad << QStringLiteral("  - ") << item.toVariant().toString() << Qt::endl;
            }
        }
    } else {
        out << pad << name << QStringLiteral(": ") << value.toVariant().toString() << Qt::endl;
    }
}

void printTextRecord(QTextStream &out, const QJsonObject &record, int indent)
{
    for (auto it = record.begin(); it != record.end(); ++it)
        printTextValue(out, it.key(), it.value(), indent);
}

int Command::show()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.words.size() != 3)
        return usage(tr("\"show\" needs a record type and one id, key or name (quote a name with spaces)"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    auto record = BrowseService(*kb.value()).show(*type, m_inv.words.at(2));
    if (!record)
        return fail(record.fullError());
    if (m_inv.json)
        printJson(record.value());
    else
        printTextRecord(m_out, record.value(), 0);
    return ExitOk;
}

int Command::exportCommand()
{
    if (m_inv.words.size() < 2)
        return usage(tr("\"export\" needs what to export: bundle or responses"));
    const QString what = m_inv.words.at(1);
    if (what == QLatin1String("briefing"))
        return exportBriefing();
    if (what == QLatin1String("responses"))
        return exportResponses();
    if (what != QLatin1String("bundle"))
        return usage(tr("\"export %1\" is not available; use \"export bundle -o FILE.json\", \"export briefing --scope SCOPE -o FILE\" "
                        "or \"export responses --questionnaire ID|KEY|TITLE --format csv|xlsx|json -o FILE\"").arg(what.left(80)));
    if (auto refused = refuseOptions({QStringLiteral("--output"), QStringLiteral("--personal-data")}))
        return *refused;
    if (m_inv.words.size() > 2)
        return usage(tr("\"export bundle\" takes no arguments besides -o FILE and --personal-data"));
    if (m_inv.output.isEmpty())
        return usage(tr("\"export bundle\" needs -o FILE.json"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    const auto personal = m_inv.personalData ? ExportService::PersonalData::Include : ExportService::PersonalData::Leave;
    if (Status s = ExportService(*kb.value()).exportBundle(m_inv.output, personal); !s)
        return fail(s.fullError());
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("file"), m_inv.output}, {QStringLiteral("personal_data"), m_inv.personalData}});
    else if (m_inv.personalData)
        m_out << tr("Wrote %1, with e-mail addresses and phone numbers.").arg(m_inv.output) << Qt::endl;
    else
        m_out << tr("Wrote %1 (e-mail addresses and phone numbers withheld; --personal-data includes them).")
                     .arg(m_inv.output)
              << Qt::endl;
    return ExitOk;
}

int Command::exportResponses()
{
    if (m_inv.words.size() > 2)
        return usage(tr("\"export responses\" takes no arguments besides --questionnaire, --format, -o FILE and --personal-data"));
    if (m_inv.questionnaire.isEmpty())
        return usage(tr("\"export responses\" needs --questionnaire ID|KEY|TITLE"));
    const auto format = tableFormatFromName(m_inv.format);
    if (!format)
        return usage(m_inv.format.isEmpty() ? tr("\"export responses\" needs --format csv, xlsx or json")
                                            : tr("--format takes csv, xlsx or json, not \"%1\"").arg(m_inv.format.left(40)));
    if (m_inv.output.isEmpty())
        return usage(tr("\"export responses\" needs -o FILE"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    const auto personal = m_inv.personalData ? ExportService::PersonalData::Include : ExportService::PersonalData::Leave;
    auto done = ResponseExportService(*kb.value()).exportResponses(m_inv.questionnaire, *format, m_inv.output, personal);
    if (!done)
        return fail(done.fullError());
    const ResponseExportResult &r = done.value();
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("file"), r.file},
                              {QStringLiteral("questionnaire"), r.questionnaire},
                              {QStringLiteral("responses"), r.responses},
                              {QStringLiteral("questions"), r.questions},
                              {QStringLiteral("personal_data"), r.personalData}});
    else
        m_out << (r.personalData ? tr("Wrote %1: %2 responses to \"%3\", %4 questions, with e-mail addresses and phone numbers.")
                                 : tr("Wrote %1: %2 responses to \"%3\", %4 questions (e-mail addresses and phone numbers "
                                      "withheld; --personal-data includes them)."))
                         .arg(r.file)
                         .arg(r.responses)
                         .arg(r.questionnaire)
                         .arg(r.questions)
              << Qt::endl;
    return ExitOk;
}

QString outcomeWord(FileImport::Outcome outcome)
{
    switch (outcome) {
    case FileImport::Outcome::Imported: return QStringLiteral("imported");
    case FileImport::Outcome::FilledIn: return QStringLiteral("filled in");
    case FileImport::Outcome::Unchanged: return QStringLiteral("unchanged");
    case FileImport::Outcome::Failed: break;
    }
    return QStringLiteral("failed");
}

int Command::importCommand()
{
    if (m_inv.words.size() < 2)
        return usage(tr("\"import\" needs at least one file or folder"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    const ImportReport report = DocumentImportService(*kb.value()).importPaths(m_inv.words.mid(1));
    QJsonArray results;
    QStringList failures; // each once: bundles that failed together share one sentence
    ErrorKind failureKind = ErrorKind::BadInput;
    for (const FileImport &f : report.files) {
        QJsonObject entry{{QStringLiteral("file"), f.file},
                          {QStringLiteral("kind"), f.bundle ? QStringLiteral("bundle") : QStringLiteral("document")},
                          {QStringLiteral("status"), outcomeWord(f.outcome)}};
        if (f.outcome == FileImport::Outcome::Failed) {
            entry.insert(QStringLiteral("error"), sentence(f.message));
            if (!failures.contains(sentence(f.message)))
                failures.append(sentence(f.message));
        } else if (f.bundle) {
            entry.insert(QStringLiteral("inserted"), f.records.inserted);
            entry.insert(QStringLiteral("updated"), f.records.updated);
            entry.insert(QStringLiteral("kept"), f.records.kept);
            if (!m_inv.json) {
                m_out << tr("Imported %1: %2 new records, %3 replaced.").arg(f.file).arg(f.records.inserted).arg(f.records.updated)
                      << Qt::endl;
                if (f.records.kept > 0)
                    m_out << tr("%1 records that exist were kept as they are: the bundle has no personal data.")
                                 .arg(f.records.kept)
                          << Qt::endl;
            }
        } else {
            entry.insert(QStringLiteral("key"), f.key);
            entry.insert(QStringLiteral("title"), f.title);
            entry.insert(QStringLiteral("language"), f.language.isEmpty() ? QJsonValue() : QJsonValue(f.language));
            entry.insert(QStringLiteral("sections"), f.sections);
            entry.insert(QStringLiteral("links"), f.links);
            if (f.outcome == FileImport::Outcome::Unchanged)
                entry.insert(QStringLiteral("message"), f.message);
            if (f.transcript) {
                const TranscriptImport &t = *f.transcript;
                entry.insert(QStringLiteral("questionnaire"),
                             QJsonObject{{QStringLiteral("key"), t.questionnaire},
                                         {QStringLiteral("created"), t.questionnaireCreated},
                                         {QStringLiteral("questions"), t.questions},
                                         {QStringLiteral("responses_created"), QJsonArray::fromStringList(t.responsesCreated)},
                                         {QStringLiteral("responses_there_already"), QJsonArray::fromStringList(t.responsesFound)},
                                         {QStringLiteral("networks_created"), QJsonArray::fromStringList(t.networksCreated)},
                                         {QStringLiteral("not_placed"), QJsonArray::fromStringList(t.unplaced)}});
            }
            if (!m_inv.json) {
                if (f.outcome == FileImport::Outcome::Unchanged)
                    m_out << f.message << Qt::endl;
                else
                    m_out << (f.outcome == FileImport::Outcome::FilledIn
                                  ? tr("Filled in %1 as the document \"%2\" (%3): %4 sections, %5 links.")
                                  : tr("Imported %1 as the document \"%2\" (%3): %4 sections, %5 links."))
                                 .arg(f.file, f.key, f.title)
                                 .arg(f.sections)
                                 .arg(f.links)
                          << Qt::endl;
                if (f.transcript) {
                    const TranscriptImport &t = *f.transcript;
                    m_out << tr("Filled-in questionnaires: %1.").arg(t.summary()) << Qt::endl;
                    if (!t.networksCreated.isEmpty())
                        m_out << tr("New networks (subjects the KB did not know): %1.").arg(t.networksCreated.join(QStringLiteral(", ")))
                              << Qt::endl;
                    for (const QString &line : t.unplaced)
                        m_out << line << Qt::endl;
                }
            }
        }
        results.append(entry);
    }
    for (const QString &failure : failures)
        m_err << failure << Qt::endl;
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("imports"), results},
                              {QStringLiteral("imported"), report.wentIn()},
                              {QStringLiteral("unchanged"), report.unchanged()},
                              {QStringLiteral("failed"), report.failed()},
                              {QStringLiteral("summary"), report.summary()}});
    else if (report.files.size() > 1)
        m_out << report.summary() << Qt::endl;
    if (failures.isEmpty())
        return ExitOk;
    // A KB that cannot take what was read (a full disk) is not the input's fault.
    for (const FileImport &f : report.files) {
        if (f.outcome == FileImport::Outcome::Failed && f.errorKind == ErrorKind::Unavailable)
            failureKind = ErrorKind::Unavailable;
    }
    return failureKind == ErrorKind::Unavailable ? ExitUnavailable : ExitBadInput;
}

int Command::relink()
{
    if (m_inv.words.size() > 1)
        return usage(tr("\"relink\" takes no arguments"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    auto summary = DocumentLinkService(*kb.value()).relink();
    if (!summary)
        return fail(summary.fullError());
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("documents"), summary.value().documents},
                              {QStringLiteral("changed"), summary.value().changed},
                              {QStringLiteral("links"), summary.value().links}});
    else
        m_out << tr("Linked %1 documents again: %2 changed, %3 links in all.")
                     .arg(summary.value().documents).arg(summary.value().changed).arg(summary.value().links)
              << Qt::endl;
    return ExitOk;
}

int Command::check()
{
    if (m_inv.words.size() > 1)
        return usage(tr("\"check\" takes no arguments"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    auto report = MaintenanceService(*kb.value()).check();
    if (!report)
        return fail(report.fullError());
    if (m_inv.json) {
        printJson(QJsonObject{{QStringLiteral("healthy"), report.value().healthy()},
                              {QStringLiteral("store_problems"), QJsonArray::fromStringList(report.value().storeProblems)},
                              {QStringLiteral("index_problems"), QJsonArray::fromStringList(report.value().indexProblems)},
                              {QStringLiteral("store_revision"), report.value().storeRevision},
                              {QStringLiteral("index_revision"), report.value().indexRevision},
                              {QStringLiteral("index_documents"), report.value().indexDocuments}});
    } else if (report.value().healthy()) {
        m_out << tr("The KB at %1 is healthy.").arg(m_inv.kbDir) << Qt::endl;
    } else {
        for (const QString &p : report.value().storeProblems)
            m_out << tr("store: ") << p << Qt::endl;
        for (const QString &p : report.value().indexProblems)
            m_out << tr("index: ") << p << Qt::endl;
    }
    if (!report.value().healthy()) {
        const int problems = int(report.value().storeProblems.size() + report.value().indexProblems.size());
        m_err << tr("The KB at %1 has %n problem(s).", nullptr, problems).arg(m_inv.kbDir) << Qt::endl;
        return ExitUnavailable;
    }
    return ExitOk;
}

int Command::backup()
{
    if (m_inv.words.size() > 1 || m_inv.output.isEmpty())
        return usage(tr("\"backup\" needs -o FILE and nothing else"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    if (Status s = kb.value()->backup(m_inv.output); !s)
        return fail(s.fullError());
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("file"), m_inv.output}});
    else
        m_out << tr("Wrote a backup of %1 to %2.").arg(m_inv.kbDir, m_inv.output) << Qt::endl;
    return ExitOk;
}

int Command::restore()
{
    if (m_inv.words.size() != 2)
        return usage(tr("\"restore\" needs exactly one backup file"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    if (Status s = kb.value()->restore(m_inv.words.at(1)); !s)
        return fail(s.fullError());
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("restored"), m_inv.words.at(1)}});
    else
        m_out << tr("Restored %1 from %2; the previous state is in its backups folder.")
                     .arg(m_inv.kbDir, m_inv.words.at(1))
              << Qt::endl;
    return ExitOk;
}

Result<QJsonObject> Command::readJsonInput(const QString &file)
{
    using R = Result<QJsonObject>;
    QFile in;
    const bool fromStdin = file == QLatin1String("-");
    const QString name = fromStdin ? tr("The standard input") : file;
    if (fromStdin) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return R::failure(tr("The standard input cannot be read."));
    } else {
        const QString kind = nonRegularFileKind(file);
        if (!kind.isEmpty())
            return R::failure(tr("%1 is %2, not a JSON file.").arg(file, kind));
        in.setFileName(file);
        if (!in.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2.").arg(file, in.errorString()));
    }
    // A record is small; anything far larger is not one.
    constexpr qint64 limit = 64 * 1024 * 1024;
    const QByteArray bytes = in.read(limit + 1);
    if (bytes.size() > limit)
        return R::failure(tr("%1 holds more than 64 MiB, which is no single record.").arg(name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("%1 is not valid JSON (%2 at byte %3).").arg(name, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return R::failure(tr("%1 holds no JSON object; a record is one object.").arg(name));
    return doc.object();
}

void Command::printSaved(RecordType type, const SavedRecord &saved, bool json)
{
    if (json)
        printJson(QJsonObject{{QStringLiteral("type"), specFor(type).word},
                              {QStringLiteral("key"), saved.key},
                              {QStringLiteral("revision"), saved.revision}});
    else
        m_out << tr("Saved %1 \"%2\" (revision %3).").arg(specFor(type).singular, saved.key).arg(saved.revision) << Qt::endl;
}

int Command::add()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.jsonCount == 0 || m_inv.words.size() != 3)
        return usage(tr("\"add\" needs a record type and --json FILE (or --json - to read standard input)"));
    auto record = readJsonInput(m_inv.words.at(2));
    if (!record)
        return fail(record.fullError());
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    auto saved = EditService(*kb.value()).create(*type, record.value());
    if (!saved)
        return fail(saved.fullError());
    // The first --json names the input; a second asks for JSON output. Without it, just the key.
    if (m_inv.jsonCount > 1)
        printSaved(*type, saved.value(), true);
    else
        m_out << saved.value().key << Qt::endl;
    return ExitOk;
}

int Command::edit()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    // edit TYPE ID [FILE]: a fourth word is the file of --json.
    const bool withFile = m_inv.words.size() == 4 && m_inv.jsonCount > 0;
    if (m_inv.words.size() != 3 && !withFile)
        return usage(tr("\"edit\" needs a record type, one id, key or name (quote a name with spaces), and --set or --json FILE"));
    if (m_inv.sets.isEmpty() && !withFile)
        return usage(tr("\"edit\" needs what to change: --set FIELD=VALUE or --json FILE"));
    QList<FieldEdit> edits;
    for (const QString &assignment : m_inv.sets) {
        auto edit = FieldEdit::parse(assignment);
        if (!edit)
            return usage(edit.error());
        edits.append(edit.value());
    }
    QJsonObject patch;
    if (withFile) {
        auto read = readJsonInput(m_inv.words.at(3));
        if (!read)
            return fail(read.fullError());
        patch = read.value();
    }
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    auto saved = EditService(*kb.value()).edit(*type, m_inv.words.at(2), edits, patch, m_inv.expectRevision);
    if (!saved)
        return fail(saved.fullError());
    printSaved(*type, saved.value(), m_inv.jsonCount > (withFile ? 1 : 0));
    return ExitOk;
}

int Command::deleteCommand()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.words.size() != 3)
        return usage(tr("\"delete\" needs a record type and one id, key or name (quote a name with spaces)"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    if (Status s = EditService(*kb.value()).remove(*type, m_inv.words.at(2), m_inv.cascade); !s)
        return fail(s.fullError());
    auto entries = TrashService(*kb.value()).list();
    if (!entries)
        return fail(entries.fullError());
    // The latest batch is this delete: the record and what its cascade took along.
    QList<TrashEntry> batch;
    for (const TrashEntry &e : entries.value()) {
        if (e.batch == entries.value().first().batch)
            batch.append(e);
    }
    if (m_inv.json) {
        QJsonArray trashed;
        for (const TrashEntry &e : batch)
            trashed.append(QJsonObject{{QStringLiteral("type"), specFor(e.type).word}, {QStringLiteral("key"), e.key}});
        printJson(QJsonObject{{QStringLiteral("trashed"), trashed}});
        return ExitOk;
    }
    for (const TrashEntry &e : batch)
        m_out << tr("Moved %1 \"%2\" to the trash.").arg(specFor(e.type).singular, e.key) << Qt::endl;
    if (!batch.isEmpty())
        m_out << tr("\"citykb-cli trash restore %1 %2\" brings it back.").arg(specFor(batch.first().type).word, batch.first().key)
              << Qt::endl;
    return ExitOk;
}

int Command::trash()
{
    const QString what = m_inv.words.value(1);
    if (what.isEmpty()) {
        auto kb = openKb(KnowledgeBase::Access::Read);
        if (!kb)
            return fail(kb.fullError());
        auto entries = TrashService(*kb.value()).list();
        if (!entries)
            return fail(entries.fullError());
        if (m_inv.json) {
            QJsonArray array;
            for (const TrashEntry &e : entries.value())
                array.append(QJsonObject{{QStringLiteral("type"), specFor(e.type).word},
                                         {QStringLiteral("id"), e.id},
                                         {QStringLiteral("key"), e.key},
                                         {QStringLiteral("title"), e.title},
                                         {QStringLiteral("deleted_at"), e.deletedAt},
                                         {QStringLiteral("revision"), e.revision},
                                         {QStringLiteral("batch"), e.batch},
                                         {QStringLiteral("cascaded"), e.cascaded}});
            printJson(QJsonObject{{QStringLiteral("total"), array.size()}, {QStringLiteral("records"), array}});
            return ExitOk;
        }
        for (const TrashEntry &e : entries.value())
            m_out << QStringLiteral("%1  %2%3 %4  %5").arg(e.deletedAt, e.cascaded ? QStringLiteral("  ") : QString(),
                                                         specFor(e.type).singular, e.key, e.title.isEmpty() ? e.key : e.title)
                  << Qt::endl;
        m_out << tr("%n record(s) in the trash", nullptr, int(entries.value().size())) << Qt::endl;
        return ExitOk;
    }
    if (what == QLatin1String("restore")) {
        QString problem;
        const auto type = typeArgument(2, &problem);
        if (!type)
            return usage(problem);
        if (m_inv.words.size() != 4)
            return usage(tr("\"trash restore\" needs a record type and the key of the record"));
        auto kb = openKb(KnowledgeBase::Access::Write);
        if (!kb)
            return fail(kb.fullError());
        auto outcome = TrashService(*kb.value()).restore(*type, m_inv.words.at(3));
        if (!outcome)
            return fail(outcome.fullError());
        if (m_inv.json) {
            QJsonArray restored;
            for (const auto &[t, key] : outcome.value().restored)
                restored.append(QJsonObject{{QStringLiteral("type"), specFor(t).word}, {QStringLiteral("key"), key}});
            printJson(QJsonObject{{QStringLiteral("restored"), restored},
                                  {QStringLiteral("relinked"), outcome.value().relinked},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(outcome.value().notes)}});
            return ExitOk;
        }
        for (const auto &[t, key] : outcome.value().restored)
            m_out << tr("Restored %1 \"%2\".").arg(specFor(t).singular, key) << Qt::endl;
        if (outcome.value().relinked > 0)
            m_out << tr("%n other record(s) got their link back.", nullptr, int(outcome.value().relinked)) << Qt::endl;
        for (const QString &note : outcome.value().notes)
            m_out << note << Qt::endl;
        return ExitOk;
    }
    if (what == QLatin1String("empty")) {
        if (m_inv.words.size() != 2)
            return usage(tr("\"trash empty\" takes no arguments"));
        auto kb = openKb(KnowledgeBase::Access::Write);
        if (!kb)
            return fail(kb.fullError());
        auto n = TrashService(*kb.value()).empty();
        if (!n)
            return fail(n.fullError());
        if (m_inv.json)
            printJson(QJsonObject{{QStringLiteral("deleted"), n.value()}});
        else
            m_out << tr("Emptied the trash: %n record(s) deleted for good.", nullptr, int(n.value())) << Qt::endl;
        return ExitOk;
    }
    return usage(tr("\"trash %1\" is not a trash command; use \"trash\", \"trash restore TYPE KEY\" or \"trash empty\"").arg(what.left(80)));
}

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return CliText::tr("(not set)");
    if (value.isString())
        return value.toString();
    QJsonArray wrapped{value};
    QString text = QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue() : value;
}

} // namespace

int Command::history()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.words.size() != 3)
        return usage(tr("\"history\" needs a record type and one id, key or name (quote a name with spaces)"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    auto history = HistoryService(*kb.value()).history(*type, m_inv.words.at(2));
    if (!history)
        return fail(history.fullError());
    const RecordHistory &h = history.value();
    if (m_inv.json) {
        QJsonArray versions;
        for (const HistoryVersion &v : h.versions) {
            QJsonArray changes;
            for (const FieldChange &c : v.changes)
                changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                           {QStringLiteral("before"), orNull(c.before)},
                                           {QStringLiteral("after"), orNull(c.after)},
                                           {QStringLiteral("added"), c.added},
                                           {QStringLiteral("removed"), c.removed}});
            versions.append(QJsonObject{{QStringLiteral("revision"), v.revision},
                                        {QStringLiteral("saved_at"), v.savedAt},
                                        {QStringLiteral("operation"), v.operation},
                                        {QStringLiteral("current"), v.current},
                                        {QStringLiteral("changes"), changes},
                                        {QStringLiteral("record"), v.record}});
        }
        printJson(QJsonObject{{QStringLiteral("type"), specFor(h.type).word},
                              {QStringLiteral("id"), h.id},
                              {QStringLiteral("key"), h.key},
                              {QStringLiteral("title"), h.title},
                              {QStringLiteral("in_trash"), h.inTrash},
                              {QStringLiteral("deleted_at"), h.inTrash ? QJsonValue(h.deletedAt) : QJsonValue()},
                              {QStringLiteral("versions"), versions}});
        return ExitOk;
    }
    if (h.inTrash)
        m_out << tr("%1 \"%2\" (id %3), in the trash since %4").arg(specFor(h.type).singular, h.key).arg(h.id).arg(h.deletedAt) << Qt::endl;
    else
        m_out << tr("%1 \"%2\" (id %3)").arg(specFor(h.type).singular, h.key).arg(h.id) << Qt::endl;
    for (qsizetype i = 0; i < h.versions.size(); ++i) {
        const HistoryVersion &v = h.versions.at(i);
        const QString what = i == 0 ? tr("created", "a version of a record")
                             : v.operation == QLatin1String("insert") ? tr("restored", "a version of a record")
                                                                      : tr("changed", "a version of a record");
        m_out << (v.current ? tr("revision %1  %2  %3  (current)") : tr("revision %1  %2  %3")).arg(v.revision).arg(v.savedAt, what)
              << Qt::endl;
        for (const FieldChange &c : v.changes) {
            if (!c.added.isEmpty() || !c.removed.isEmpty()) {
                QStringList parts;
                for (const QJsonValue &a : c.added)
                    parts.append(QLatin1Char('+') + compactJson(a));
                for (const QJsonValue &r : c.removed)
                    parts.append(QLatin1Char('-') + compactJson(r));
                m_out << QStringLiteral("    %1: %2").arg(c.field, parts.join(QStringLiteral(", "))) << Qt::endl;
            } else {
                m_out << QStringLiteral("    %1: %2 -> %3").arg(c.field, compactJson(c.before).left(200), compactJson(c.after).left(200))
                      << Qt::endl;
            }
        }
    }
    return ExitOk;
}

int Command::revert()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.words.size() != 3 || !m_inv.toRevision)
        return usage(tr("\"revert\" needs a record type, one id, key or name, and --to REVISION"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    auto saved = HistoryService(*kb.value()).revert(*type, m_inv.words.at(2), *m_inv.toRevision, m_inv.expectRevision);
    if (!saved)
        return fail(saved.fullError());
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("type"), specFor(*type).word},
                              {QStringLiteral("key"), saved.value().key},
                              {QStringLiteral("revision"), saved.value().revision},
                              {QStringLiteral("reverted_to"), *m_inv.toRevision}});
    else
        m_out << tr("The %1 \"%2\" is as it was at revision %3 again, as revision %4.")
                     .arg(specFor(*type).singular, saved.value().key).arg(*m_inv.toRevision).arg(saved.value().revision)
              << Qt::endl;
    return ExitOk;
}

int Command::erase()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (*type != RecordType::Person)
        return usage(tr("\"erase\" erases people only: \"erase people ID|KEY|NAME\"; other records are deleted with \"delete\""));
    if (m_inv.words.size() != 3)
        return usage(tr("\"erase people\" needs one id, key or name (quote a name with spaces)"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    auto report = ErasureService(*kb.value()).erasePerson(m_inv.words.at(2));
    if (!report)
        return fail(report.fullError());
    const ErasureCounts &c = report.value().store;
    if (m_inv.json) {
        printJson(QJsonObject{{QStringLiteral("records_changed"), c.recordsChanged},
                              {QStringLiteral("versions_removed"), c.versionsRemoved},
                              {QStringLiteral("versions_changed"), c.versionsChanged},
                              {QStringLiteral("trash_removed"), c.trashRemoved},
                              {QStringLiteral("trash_changed"), c.trashChanged},
                              {QStringLiteral("saved_searches_removed"), c.savedSearchesRemoved},
                              {QStringLiteral("backups"), QJsonArray::fromStringList(report.value().backups)},
                              {QStringLiteral("log_files"), report.value().logFiles}});
        return ExitOk;
    }
    // The person's name is not repeated: the terminal may be logged too.
    m_out << tr("Erased the person: their record and %1 earlier version(s) are gone; %2 other record(s), %3 version(s), "
                "%4 trash entr(y/ies) and %5 backup(s) no longer name them.")
                 .arg(c.versionsRemoved + c.trashRemoved)
                 .arg(c.recordsChanged)
                 .arg(c.versionsChanged)
                 .arg(c.trashChanged)
                 .arg(report.value().backups.size())
          << Qt::endl;
    return ExitOk;
}

QString plainSnippet(QString snippet)
{
    // The text form marks matches with *...* and undoes the HTML escaping of the JSON form.
    snippet.replace(QStringLiteral("<b>"), QStringLiteral("*")).replace(QStringLiteral("</b>"), QStringLiteral("*"));
    snippet.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    snippet.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return snippet.simplified();
}

QString partWord(HitPart part)
{
    switch (part) {
    case HitPart::Section: return QStringLiteral("section");
    case HitPart::Answer: return QStringLiteral("answer");
    case HitPart::Record: break;
    }
    return QStringLiteral("record");
}

void Command::printResults(const SearchResults &results, const QString &query)
{
    if (m_inv.json) {
        QJsonArray hits;
        for (const SearchHit &h : results.hits) {
            QJsonObject hit{{QStringLiteral("type"), specFor(h.type).word},
                            {QStringLiteral("id"), h.id},
                            {QStringLiteral("key"), h.key},
                            {QStringLiteral("title"), h.title},
                            {QStringLiteral("score"), h.score},
                            {QStringLiteral("percent"), h.percent},
                            {QStringLiteral("snippet"), h.snippet},
                            {QStringLiteral("part"), partWord(h.part)},
                            {QStringLiteral("context"), h.context.isEmpty() ? QJsonValue() : QJsonValue(h.context)}};
            if (h.part == HitPart::Answer)
                hit.insert(QStringLiteral("question"), h.partNumber);
            else if (h.part == HitPart::Section)
                hit.insert(QStringLiteral("section"), h.partNumber);
            hits.append(hit);
        }
        QJsonObject facets, labels;
        for (const auto &[field, values] : results.facets) {
            QJsonObject counts, names;
            for (const FacetCount &v : values) {
                counts.insert(v.value, v.count);
                if (!v.label.isEmpty())
                    names.insert(v.value, v.label);
            }
            facets.insert(field, counts);
            if (!names.isEmpty())
                labels.insert(field, names);
        }
        printJson(QJsonObject{{QStringLiteral("query"), query},
                              {QStringLiteral("searched_for"), results.searchedFor},
                              {QStringLiteral("total"), results.total},
                              {QStringLiteral("total_exact"), results.totalExact},
                              {QStringLiteral("offset"), m_inv.offset},
                              {QStringLiteral("hits"), hits},
                              {QStringLiteral("facets"), facets},
                              {QStringLiteral("facet_labels"), labels},
                              {QStringLiteral("suggestion"), results.suggestion.isEmpty() ? QJsonValue() : QJsonValue(results.suggestion)},
                              {QStringLiteral("corrected"), results.corrected},
                              {QStringLiteral("notices"), QJsonArray::fromStringList(results.notices)},
                              {QStringLiteral("index_revision"), results.indexRevision}});
        return;
    }
    for (const QString &n : results.notices)
        m_err << n << Qt::endl;
    if (!results.suggestion.isEmpty() && !results.corrected)
        m_out << tr("Did you mean: %1").arg(results.suggestion) << Qt::endl;
    const int total = int(qMin<qint64>(results.total, std::numeric_limits<int>::max()));
    m_out << (results.totalExact ? tr("%n result(s)", nullptr, total) : tr("about %n result(s)", nullptr, total)) << Qt::endl;
    int rank = m_inv.offset;
    for (const SearchHit &h : results.hits) {
        m_out << QStringLiteral("%1. [%2] %3  (%4)").arg(++rank).arg(specFor(h.type).singular, h.title, h.key) << Qt::endl;
        if (!h.context.isEmpty())
            m_out << QStringLiteral("   ") << h.context << Qt::endl;
        if (!h.snippet.isEmpty())
            m_out << QStringLiteral("   ") << plainSnippet(h.snippet) << Qt::endl;
    }
    for (const auto &[field, values] : results.facets) {
        QStringList parts;
        for (const FacetCount &v : values.mid(0, 8))
            parts.append(QStringLiteral("%1 (%2)").arg(v.label.isEmpty() ? v.value : v.label).arg(v.count));
        m_out << QStringLiteral("  %1: %2").arg(field, parts.join(QStringLiteral(", "))) << Qt::endl;
    }
}

int Command::search()
{
    const QString query = m_inv.words.mid(1).join(QLatin1Char(' '));
    if (query.trimmed().isEmpty() && m_inv.facets.isEmpty() && m_inv.type.isEmpty())
        return usage(tr("\"search\" needs a query (quote it when it has spaces) or a --facet"));
    SearchQuery q;
    q.text = query;
    if (!m_inv.type.isEmpty()) {
        q.type = recordTypeFromWord(m_inv.type);
        if (!q.type)
            return usage(tr("\"%1\" is not a record type; use one of %2")
                             .arg(m_inv.type.left(80), recordTypeWords().join(QStringLiteral(", "))));
    }
    q.facets = m_inv.facets;
    q.limit = m_inv.limit.value_or(20);
    q.offset = m_inv.offset;
    q.partial = m_inv.partial;
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    auto results = SearchService(*kb.value()).search(q);
    if (!results)
        return fail(results.fullError());
    printResults(results.value(), query);
    return ExitOk;
}

int Command::similar()
{
    QString problem;
    const auto type = typeArgument(1, &problem);
    if (!type)
        return usage(problem);
    if (m_inv.words.size() != 3)
        return usage(tr("\"similar\" needs a record type and one id, key or name (quote a name with spaces)"));
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    auto results = SearchService(*kb.value()).similar(*type, m_inv.words.at(2), m_inv.limit.value_or(10), m_inv.anyType);
    if (!results)
        return fail(results.fullError());
    printResults(results.value(), QString());
    return ExitOk;
}

int Command::reindex()
{
    if (m_inv.words.size() > 1)
        return usage(tr("\"reindex\" takes no arguments"));
    auto kb = openKb(KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.fullError());
    auto summary = MaintenanceService(*kb.value()).reindex();
    if (!summary)
        return fail(summary.fullError());
    const double rate = summary.value().seconds > 0 ? double(summary.value().records) / summary.value().seconds : 0;
    if (m_inv.json)
        printJson(QJsonObject{{QStringLiteral("records"), summary.value().records},
                              {QStringLiteral("seconds"), summary.value().seconds},
                              {QStringLiteral("records_per_second"), rate}});
    else
        m_out << tr("Reindexed %1 records in %2 s (%3 records/s).")
                     .arg(summary.value().records).arg(summary.value().seconds, 0, 'f', 2).arg(rate, 0, 'f', 0)
              << Qt::endl;
    return ExitOk;
}

int Command::exportBriefing()
{
    if (m_inv.words.size() > 2)
        return usage(tr("\"export briefing\" takes no arguments besides --scope SCOPE, --format, --language, --personal-data, --style DIR and -o FILE"));
    // The briefing speaks the language of the translations installed: the environment's, or
    // the one asked for, which then holds for this whole run.
    if (!m_inv.language.isEmpty()) {
        if (!Translations::languages().contains(m_inv.language))
            return usage(tr("--language takes %1, not \"%2\"").arg(Translations::languages().join(QStringLiteral(", ")), m_inv.language.left(40)));
        Translations::install(m_inv.language);
    }
    if (m_inv.scope.isEmpty())
        return usage(tr("\"export briefing\" needs --scope SCOPE: network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT"));
    if (m_inv.output.isEmpty())
        return usage(tr("\"export briefing\" needs -o FILE"));
    auto scope = BriefingScope::parse(m_inv.scope);
    if (!scope)
        return usage(scope.error());
    // --type and --facet are the filters of a search: they belong to a query scope only.
    if (scope.value().kind != BriefingScope::Kind::Query && (m_inv.options.contains(QStringLiteral("--type")) || !m_inv.facets.isEmpty()))
        return usage(tr("--type and --facet go with a query:TEXT scope only"));
    if (scope.value().kind == BriefingScope::Kind::Query) {
        scope.value().query.facets = m_inv.facets;
        if (!m_inv.type.isEmpty()) {
            const auto type = recordTypeFromWord(m_inv.type);
            if (!type)
                return usage(tr("\"%1\" is not a record type; use one of %2").arg(m_inv.type.left(80), recordTypeWords().join(QStringLiteral(", "))));
            scope.value().query.type = *type;
        }
    }
    BriefingFormat format = briefingFormatFromFileName(m_inv.output).value_or(BriefingFormat::Pdf);
    if (!m_inv.format.isEmpty()) {
        const auto asked = briefingFormatFromWord(m_inv.format);
        if (!asked)
            return usage(tr("--format must be pdf, html or md, not \"%1\"").arg(m_inv.format.left(80)));
        format = *asked;
    }
    for (const QString &dir : m_inv.styleDirs) {
        if (!QFileInfo(dir).isDir())
            return fail(Error{tr("The style folder %1 does not exist.").arg(dir)});
    }
    auto kb = openKb(KnowledgeBase::Access::Read);
    if (!kb)
        return fail(kb.fullError());
    BriefingOptions options;
    options.personalData = m_inv.personalData;
    options.styleDirs = m_inv.styleDirs;
    if (Status s = BriefingService(*kb.value()).exportBriefing(scope.value(), format, m_inv.output, options); !s)
        return fail(s.fullError());
    if (m_inv.json) {
        printJson(QJsonObject{{QStringLiteral("file"), m_inv.output},
                              {QStringLiteral("format"), briefingFormatWord(format)},
                              {QStringLiteral("scope"), scope.value().toString()},
                              {QStringLiteral("personal_data"), m_inv.personalData}});
    } else if (m_inv.personalData) {
        m_out << tr("Wrote %1, with e-mail addresses and phone numbers.").arg(m_inv.output) << Qt::endl;
    } else {
        m_out << tr("Wrote %1 (e-mail addresses and phone numbers withheld; --personal-data includes them).").arg(m_inv.output)
              << Qt::endl;
    }
    return ExitOk;
}

// Options may come before or after the command. Returns a message on a usage error.
std::optional<UsageError> parse(const QStringList &args, Invocation &inv, bool &help, bool &version)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--")) && a.size() > 2)
            inv.options.insert(a.section(QLatin1Char('='), 0, 0));
        else if (a == QLatin1String("-o"))
            inv.options.insert(QStringLiteral("--output"));
        auto valueOf = [&](const QString &option, QString &target) -> std::optional<UsageError> {
            if (a.startsWith(option + QLatin1Char('='))) {
                target = a.mid(option.size() + 1);
            } else if (i + 1 < args.size()) {
                target = args.at(++i);
            } else {
                return UsageError{CliText::tr("%1 needs a value").arg(option)};
            }
            if (target.isEmpty())
                return UsageError{CliText::tr("%1 needs a value").arg(option)};
            return std::nullopt;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--version")) {
            version = true;
        } else if (a == QLatin1String("--json")) {
            inv.json = true;
            ++inv.jsonCount;
        } else if (a == QLatin1String("--personal-data")) {
            inv.personalData = true;
        } else if (a == QLatin1String("--empty")) {
            inv.empty = true;
        } else if (a == QLatin1String("--kb") || a.startsWith(QLatin1String("--kb="))) {
            if (auto e = valueOf(QStringLiteral("--kb"), inv.kbDir))
                return e;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output") || a.startsWith(QLatin1String("--output="))) {
            if (auto e = valueOf(a == QLatin1String("-o") ? QStringLiteral("-o") : QStringLiteral("--output"), inv.output))
                return e;
        } else if (a == QLatin1String("--filter") || a.startsWith(QLatin1String("--filter="))) {
            QString spec;
            if (auto e = valueOf(QStringLiteral("--filter"), spec))
                return e;
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == spec.size() - 1)
                return UsageError{CliText::tr("--filter needs FIELD=VALUE, not \"%1\"").arg(spec.left(80))};
            inv.filters.append(Filter{spec.left(eq), spec.mid(eq + 1)});
        } else if (a == QLatin1String("--scope") || a.startsWith(QLatin1String("--scope="))) {
            if (auto e = valueOf(QStringLiteral("--scope"), inv.scope))
                return e;
        } else if (a == QLatin1String("--language") || a.startsWith(QLatin1String("--language="))) {
            if (auto e = valueOf(QStringLiteral("--language"), inv.language))
                return e;
        } else if (a == QLatin1String("--questionnaire") || a.startsWith(QLatin1String("--questionnaire="))) {
            if (auto e = valueOf(QStringLiteral("--questionnaire"), inv.questionnaire))
                return e;
        } else if (a == QLatin1String("--format") || a.startsWith(QLatin1String("--format="))) {
            if (auto e = valueOf(QStringLiteral("--format"), inv.format))
                return e;
        } else if (a == QLatin1String("--style") || a.startsWith(QLatin1String("--style="))) {
            QString dir;
            if (auto e = valueOf(QStringLiteral("--style"), dir))
                return e;
            inv.styleDirs.append(dir);
        } else if (a == QLatin1String("--type") || a.startsWith(QLatin1String("--type="))) {
            if (auto e = valueOf(QStringLiteral("--type"), inv.type))
                return e;
        } else if (a == QLatin1String("--facet") || a.startsWith(QLatin1String("--facet="))) {
            QString spec;
            if (auto e = valueOf(QStringLiteral("--facet"), spec))
                return e;
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == spec.size() - 1)
                return UsageError{CliText::tr("--facet needs FIELD=VALUE, not \"%1\"").arg(spec.left(80))};
            inv.facets.append(FacetFilter{spec.left(eq), spec.mid(eq + 1)});
        } else if (a == QLatin1String("--limit") || a.startsWith(QLatin1String("--limit="))
                   || a == QLatin1String("--offset") || a.startsWith(QLatin1String("--offset="))) {
            const bool isLimit = a.startsWith(QLatin1String("--limit"));
            QString number;
            if (auto e = valueOf(isLimit ? QStringLiteral("--limit") : QStringLiteral("--offset"), number))
                return e;
            bool ok = false;
            const int n = number.toInt(&ok);
            if (!ok || n < 0 || n > 10000)
                return UsageError{CliText::tr("%1 needs a number from 0 to 10000, not \"%2\"")
                                      .arg(isLimit ? QStringLiteral("--limit") : QStringLiteral("--offset"), number.left(80))};
            if (isLimit)
                inv.limit = n;
            else
                inv.offset = n;
        } else if (a == QLatin1String("--sort") || a.startsWith(QLatin1String("--sort="))) {
            if (auto e = valueOf(QStringLiteral("--sort"), inv.sort))
                return e;
        } else if (a == QLatin1String("--set") || a.startsWith(QLatin1String("--set="))) {
            QString assignment;
            if (auto e = valueOf(QStringLiteral("--set"), assignment))
                return e;
            if (!assignment.contains(QLatin1Char('=')))
                return UsageError{CliText::tr("--set needs FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE, not \"%1\"").arg(assignment.left(80))};
            inv.sets.append(assignment);
        } else if (a == QLatin1String("--expect-revision") || a.startsWith(QLatin1String("--expect-revision="))
                   || a == QLatin1String("--to") || a.startsWith(QLatin1String("--to="))) {
            const bool expect = a.startsWith(QLatin1String("--expect-revision"));
            const QString option = expect ? QStringLiteral("--expect-revision") : QStringLiteral("--to");
            QString number;
            if (auto e = valueOf(option, number))
                return e;
            bool ok = false;
            const qint64 n = number.toLongLong(&ok);
            if (!ok || n < 0)
                return UsageError{CliText::tr("%1 needs a revision number, not \"%2\"").arg(option, number.left(80))};
            (expect ? inv.expectRevision : inv.toRevision) = n;
        } else if (a == QLatin1String("--cascade")) {
            inv.cascade = true;
        } else if (a == QLatin1String("--partial")) {
            inv.partial = true;
        } else if (a == QLatin1String("--any-type")) {
            inv.anyType = true;
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            return UsageError{CliText::tr("\"%1\" is not an option of citykb-cli").arg(a.left(80))};
        } else {
            inv.words.append(a);
        }
    }
    return std::nullopt;
}

} // namespace

namespace {

// One command of the help: its syntax (never translated) and what it does, one string with
// its line breaks.
struct HelpEntry
{
    const char *syntax;
    const char *text;
};

} // namespace

QString cliUsage()
{
    // The descriptions are marked here and translated below, so that the table stays one list;
    // the layout is done in code and stays the same in every language.
    static const HelpEntry commands[] = {
        {"init [--empty]", QT_TRANSLATE_NOOP("Cli", "create a KB, seeded from the curated dataset unless --empty")},
        {"stats", QT_TRANSLATE_NOOP("Cli", "record counts per type, the store and index revisions")},
        {"list TYPE [--filter F=V]... [--sort [-]F] [--limit N] [--offset N]",
         QT_TRANSLATE_NOOP("Cli",
                           "records of a type; F is a field, a reference or a list\n"
                           "(list practices --filter city=Bologna --filter theme=employment);\n"
                           "sorted by title unless --sort (\"-\" for descending)")},
        {"show TYPE ID|KEY|NAME", QT_TRANSLATE_NOOP("Cli", "one record with the records that link to it")},
        {"export bundle -o FILE.json [--personal-data]",
         QT_TRANSLATE_NOOP("Cli",
                           "the whole KB as one JSON bundle; imports back unchanged.\n"
                           "E-mail addresses and phone numbers are withheld unless\n"
                           "--personal-data; such a bundle never overwrites on import")},
        {"export briefing --scope SCOPE [--format pdf|html|md] [--language LANG] [--personal-data] [--style DIR] -o FILE",
         QT_TRANSLATE_NOOP("Cli",
                           "a briefing for a meeting: title page, contents, key facts, how\n"
                           "to join and at what cost, working groups, events (coming first),\n"
                           "practices with their outcomes, what the network said, recommendations\n"
                           "and numbered sources. SCOPE is network:NAME, working-group:NAME,\n"
                           "theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT (with\n"
                           "--type and --facet F=V as in search). The format follows FILE's\n"
                           "ending unless --format; PDF by default. E-mail addresses and phone\n"
                           "numbers only with --personal-data. --style DIR: templates and style\n"
                           "sheets that replace the built-in ones (also read from the KB's\n"
                           "briefing/ folder). --language LANG (en, de or fr): the language of\n"
                           "the headings and labels; the environment's language by default")},
        {"import FILE|FOLDER...",
         QT_TRANSLATE_NOOP("Cli",
                           "documents and JSON bundles, told apart by content (a bundle is\n"
                           "JSON naming the bundle format, or a .json file); folders are\n"
                           "walked. Bundles go in together (all or nothing), then each\n"
                           "document on its own, split into sections and linked to the\n"
                           "records it mentions; a file imported before is left as it is.\n"
                           "Filled-in questionnaires in a document (\"Filled in questionnaire:\n"
                           "NETWORK\" headings, questions and their answers) become a\n"
                           "questionnaire and one response per interview; what matches no\n"
                           "question goes to the response's notes and is reported.\n"
                           "A bad file is reported and the others go on; exit 1 when any failed")},
        {"relink", QT_TRANSLATE_NOOP("Cli", "find the records each document mentions again (after new records)")},
        {"search QUERY [--type TYPE] [--facet F=V]... [--limit N] [--offset N] [--partial]",
         QT_TRANSLATE_NOOP("Cli",
                           "full-text search with facets, snippets and \"did you mean\";\n"
                           "QUERY may hold words, \"phrases\", AND/OR/NOT, +word -word, word*,\n"
                           "title:WORD and facet fields such as city:Bologna, network:ERRIN,\n"
                           "type:practice, theme:housing, year:2011..2013 (-city:X excludes);\n"
                           "F is one of type, network, working-group, city, country, theme,\n"
                           "target-group, success-factor, instrument, status, year")},
        {"similar TYPE ID|KEY|NAME [--limit N] [--any-type]", QT_TRANSLATE_NOOP("Cli", "records like this one (\"more like this\")")},
        {"add TYPE --json FILE|-", QT_TRANSLATE_NOOP("Cli", "a new record from a JSON object (- reads stdin); prints its key")},
        {"edit TYPE ID|KEY|NAME --set F=V... [--json FILE|-] [--expect-revision N]",
         QT_TRANSLATE_NOOP("Cli",
                           "change fields: F=V sets (F= clears), F+=V adds to a list,\n"
                           "F-=V takes out of one (themes+=housing); --json lays a JSON\n"
                           "object over the record first; a record saved since revision N\n"
                           "is refused")},
        {"delete TYPE ID|KEY|NAME [--cascade]", QT_TRANSLATE_NOOP("Cli", "move a record to the trash (with --cascade, what belongs to it too)")},
        {"trash", QT_TRANSLATE_NOOP("Cli", "what is in the trash")},
        {"trash restore TYPE KEY", QT_TRANSLATE_NOOP("Cli", "bring a record back from the trash, with its links")},
        {"trash empty", QT_TRANSLATE_NOOP("Cli", "delete what is in the trash for good")},
        {"history TYPE ID|KEY|NAME", QT_TRANSLATE_NOOP("Cli", "the versions of a record and what changed, field by field")},
        {"revert TYPE ID|KEY|NAME --to REVISION [--expect-revision N]", QT_TRANSLATE_NOOP("Cli", "write an earlier version again, as a new edit")},
        {"erase people ID|KEY|NAME",
         QT_TRANSLATE_NOOP("Cli",
                           "erase a person everywhere: records, history, trash, index,\n"
                           "the backups in the KB's backups folder and its logs")},
        {"reindex", QT_TRANSLATE_NOOP("Cli", "rebuild the search index from the store")},
        {"check", QT_TRANSLATE_NOOP("Cli", "store integrity (SQLite integrity and foreign keys) and index drift")},
        {"backup -o FILE", QT_TRANSLATE_NOOP("Cli", "a consistent copy of the store")},
        {"restore FILE", QT_TRANSLATE_NOOP("Cli", "replace the store by a checked backup; the current one is kept")},
    };
    QString help = CliText::tr("Usage: citykb-cli [--kb DIR] COMMAND [ARGS] [--json]") + QLatin1String("\n\n");
    help += CliText::tr("CityKB keeps the knowledge of European city networks in a local knowledge base (KB).\n"
                        "The KB folder is --kb DIR, else $CITYKB_HOME, else %1.")
                .arg(KnowledgeBase::defaultDir())
            + QLatin1String("\n\n");
    help += CliText::tr("Commands:") + QLatin1Char('\n');
    constexpr int column = 35; // where the descriptions start
    const QString indent(column, QLatin1Char(' '));
    for (const HelpEntry &entry : commands) {
        const QString syntax = QLatin1String("  ") + QLatin1String(entry.syntax);
        // A long syntax takes a line of its own.
        help += syntax.size() < column ? syntax.leftJustified(column) : QString(syntax + QLatin1Char('\n') + indent);
        help += QCoreApplication::translate("Cli", entry.text).replace(QLatin1Char('\n'), QLatin1Char('\n') + indent) + QLatin1Char('\n');
    }
    help += QLatin1Char('\n');
    help += CliText::tr("TYPE is one of: %1.").arg(recordTypeWords().join(QStringLiteral(", "))) + QLatin1Char('\n');
    help += CliText::tr("Options: --json prints one JSON document on stdout; --help; --version.") + QLatin1Char('\n');
    help += CliText::tr("Exit status: 0 success, 1 bad input, 2 usage error, 3 KB locked, damaged or of a newer schema.")
            + QLatin1Char('\n');
    return help;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Invocation inv;
    bool help = false;
    bool version = false;
    if (auto problem = parse(arguments, inv, help, version)) {
        err << CliText::tr("%1. See \"citykb-cli --help\".").arg(problem->message) << Qt::endl;
        return ExitUsage;
    }
    if (help) {
        out << cliUsage();
        return ExitOk;
    }
    if (version) {
        out << QStringLiteral("citykb-cli %1").arg(QStringLiteral(CITYKB_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (inv.words.isEmpty()) {
        err << CliText::tr("No command given. See \"citykb-cli --help\".") << Qt::endl;
        return ExitUsage;
    }
    if (inv.kbDir.isEmpty())
        inv.kbDir = KnowledgeBase::defaultDir();
    return Command(inv, out, err).run();
}

} // namespace citykb
