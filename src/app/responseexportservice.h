#pragma once

#include "app/exportservice.h"
#include "core/result.h"
#include "report/tablewriter.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace citykb {

class JobControl;
class KnowledgeBase;

enum class TableFormat { Csv, Xlsx, Json };

// "csv", "xlsx" or "json" (any case); nullopt for anything else.
std::optional<TableFormat> tableFormatFromName(const QString &name);

// What an export of responses wrote.
struct ResponseExportResult
{
    QString file;
    QString questionnaire; // the key of the latest version
    int responses = 0;
    int questions = 0;
    bool personalData = false;
};

// The responses to a questionnaire as a table for spreadsheets and data tools (issue 12, "Compare
// and export"). Safe on any thread (it only reads), and as a job.
class ResponseExportService
{
public:
    explicit ResponseExportService(KnowledgeBase &kb) : m_kb(kb) {}

    // One row per response to any version of the questionnaire; columns: the response, its
    // subject, date, interviewer, mode, respondents, status and questionnaire version, then one per
    // question (as the latest version asks them, then those only older versions asked). A
    // choice and its explanation share their question's cell ("yes: ..."). E-mail addresses and
    // phone numbers become "[e-mail withheld]" / "[phone withheld]" unless asked for.
    Result<Table> table(const QString &questionnaireIdKeyOrName,
                        ExportService::PersonalData personalData = ExportService::PersonalData::Leave);
    // Writes that table to `file` as CSV, XLSX or JSON (report/tablewriter.h), through a
    // temporary file renamed into place; never over the KB's own files or anything but a
    // regular file.
    Result<ResponseExportResult> exportResponses(const QString &questionnaireIdKeyOrName, TableFormat format, const QString &file,
                                                 ExportService::PersonalData personalData = ExportService::PersonalData::Leave);

    // exportResponses as a job for SessionHost::startJob; the result lands in `*result`.
    static std::function<Status(KnowledgeBase &, JobControl &)> job(QString questionnaire, TableFormat format, QString file,
                                                                    ExportService::PersonalData personalData,
                                                                    std::shared_ptr<ResponseExportResult> result);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
