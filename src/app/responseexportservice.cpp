#include "responseexportservice.h"

#include "job.h"
#include "knowledgebase.h"
#include "questionnaireservice.h"

#include "core/outputfile.h"
#include "core/personaldata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace citykb {

namespace {

// A choice and its explanation in one cell: "yes: Definitely, in Vilnius", or the text alone
// when it starts with the choice already.
QString answerCell(const Answer &answer)
{
    const QString choice = answer.choice.trimmed();
    const QString text = answer.text.trimmed();
    if (choice.isEmpty())
        return text;
    const QString choices = QString(choice).replace(QLatin1Char('\n'), QStringLiteral("; "));
    if (text.isEmpty())
        return choices;
    if (text.startsWith(choice, Qt::CaseInsensitive))
        return text;
    return choices + QStringLiteral(": ") + text;
}

QString respondentsCell(const QList<Respondent> &respondents)
{
    QStringList people;
    for (const Respondent &r : respondents) {
        QStringList parts;
        for (const QString &p : {r.name, r.role, r.organisation}) {
            if (!p.trimmed().isEmpty())
                parts.append(p.trimmed());
        }
        if (!parts.isEmpty())
            people.append(parts.join(QStringLiteral(", ")));
    }
    return people.join(QStringLiteral("; "));
}

} // namespace

std::optional<TableFormat> tableFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return TableFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    if (n == QLatin1String("json"))
        return TableFormat::Json;
    return std::nullopt;
}

Result<Table> ResponseExportService::table(const QString &questionnaireIdKeyOrName, ExportService::PersonalData personalData)
{
    auto compared = QuestionnaireService(m_kb).compareResponses(questionnaireIdKeyOrName);
    if (!compared)
        return compared.fullError();
    const ResponseComparison &c = compared.value();
    const bool withPersonalData = personalData == ExportService::PersonalData::Include;
    PersonalDataFilter filter;
    if (!withPersonalData) {
        auto reader = m_kb.reader();
        if (!reader)
            return reader.fullError();
        auto people = reader.value()->list(RecordType::Person);
        if (!people)
            return people.fullError();
        for (const QJsonObject &person : people.value()) {
            filter.addKnownValue(person.value(QStringLiteral("email")).toString());
            filter.addKnownValue(person.value(QStringLiteral("phone")).toString());
        }
    }
    auto cell = [&](const QString &text) { return withPersonalData ? text : filter.filterText(text); };

    Table table;
    table.name = QStringLiteral("Responses");
    table.header = QStringList{QStringLiteral("Response"), QStringLiteral("Subject"), QStringLiteral("Date"),
                               QStringLiteral("Interviewer"), QStringLiteral("Mode"), QStringLiteral("Respondents"),
                               QStringLiteral("Status"), QStringLiteral("Version")};
    const QStringList fieldIds{QStringLiteral("key"), QStringLiteral("subject"), QStringLiteral("date"), QStringLiteral("interviewer"),
                               QStringLiteral("mode"), QStringLiteral("respondents"), QStringLiteral("status"), QStringLiteral("version")};
    for (const QString &id : fieldIds)
        table.columns.append(QJsonObject{{QStringLiteral("field"), id}});
    for (const ComparedQuestion &q : c.questions) {
        table.header.append(q.current ? QStringLiteral("%1. %2").arg(q.position + 1).arg(q.question.text)
                                      : QStringLiteral("(no longer asked) %1").arg(q.question.text));
        table.columns.append(QJsonObject{{QStringLiteral("question"), q.question.number},
                                         {QStringLiteral("kind"), q.question.kind},
                                         {QStringLiteral("current"), q.current}});
    }
    for (qsizetype r = 0; r < c.responses.size(); ++r) {
        const ComparedResponse &cr = c.responses.at(r);
        QStringList row{cell(cr.response.title.isEmpty() ? cr.response.key : cr.response.title), cell(cr.subject), cr.response.date,
                        cell(cr.response.interviewer), cr.response.mode, cell(respondentsCell(cr.response.respondents)),
                        cr.response.status, QString::number(cr.version)};
        for (const ComparedQuestion &q : c.questions)
            row.append(cell(answerCell(q.answers.at(r))));
        table.rows.append(row);
    }
    QJsonArray versions;
    for (const QuestionnaireView &v : c.versions)
        versions.append(QJsonObject{{QStringLiteral("key"), v.key}, {QStringLiteral("version"), v.version}});
    table.about = QJsonObject{{QStringLiteral("format"), QStringLiteral("citykb-responses")},
                              {QStringLiteral("questionnaire"), c.questionnaire.key},
                              {QStringLiteral("title"), c.questionnaire.title},
                              {QStringLiteral("versions"), versions},
                              {QStringLiteral("responses"), c.responses.size()},
                              {QStringLiteral("personal_data"), withPersonalData}};
    return table;
}

Result<ResponseExportResult> ResponseExportService::exportResponses(const QString &questionnaireIdKeyOrName, TableFormat format,
                                                                    const QString &file, ExportService::PersonalData personalData)
{
    using R = Result<ResponseExportResult>;
    if (Status s = checkOutputPath(file, m_kb.ownPaths()); !s)
        return s.fullError();
    auto made = table(questionnaireIdKeyOrName, personalData);
    if (!made)
        return made.fullError();
    const Table &t = made.value();
    auto temp = temporarySibling(file);
    if (!temp)
        return temp.fullError();
    const QString shown = QDir::toNativeSeparators(file);
    Status written;
    if (format == TableFormat::Xlsx) {
        written = writeXlsx(t, temp.value());
    } else {
        QFile out(temp.value());
        const QByteArray bytes = format == TableFormat::Csv ? writeCsv(t) : writeJsonTable(t);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size() || !out.flush())
            written = Status::failure(QStringLiteral("%1 could not be written: %2.").arg(shown, out.errorString()), ErrorKind::Unavailable);
    }
    if (!written) {
        QFile::remove(temp.value());
        return R::failure(written.error(), written.errorKind());
    }
    if (Status s = replaceWith(temp.value(), file); !s)
        return s.fullError();
    ResponseExportResult result;
    result.file = file;
    result.questionnaire = t.about.value(QStringLiteral("questionnaire")).toString();
    result.responses = int(t.rows.size());
    result.questions = int(std::count_if(t.columns.begin(), t.columns.end(),
                                         [](const QJsonObject &c) { return c.contains(QStringLiteral("question")); }));
    result.personalData = personalData == ExportService::PersonalData::Include;
    return result;
}

std::function<Status(KnowledgeBase &, JobControl &)> ResponseExportService::job(QString questionnaire, TableFormat format, QString file,
                                                                               ExportService::PersonalData personalData,
                                                                               std::shared_ptr<ResponseExportResult> result)
{
    return [questionnaire = std::move(questionnaire), format, file = std::move(file), personalData,
            result = std::move(result)](KnowledgeBase &kb, JobControl &control) -> Status {
        control.report(0, 1);
        auto done = ResponseExportService(kb).exportResponses(questionnaire, format, file, personalData);
        if (!done)
            return Status(done.fullError());
        *result = done.value();
        control.report(1, 1);
        return {};
    };
}

} // namespace citykb
