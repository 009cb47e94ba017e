#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace citykb {

// A table of text for spreadsheets and data tools: a header and rows of cells, each row as long
// as the header. `columns` may describe each column further for JSON (its question's number and
// kind); `about` describes the whole table (what it was made from).
struct Table
{
    QString name; // the worksheet's name
    QStringList header;
    QList<QJsonObject> columns; // empty, or one per header cell
    QList<QStringList> rows;
    QJsonObject about;
};

// Whether a spreadsheet would take the cell for a formula and run it: it starts with "=", "+",
// "-" or "@" (or a tab or carriage return, which some strip before looking).
bool looksLikeFormula(const QString &cell);

// CSV as RFC 4180 has it, in UTF-8 after a byte order mark (so that spreadsheets read it as
// UTF-8): CRLF between records, a field quoted when it holds a comma, a quote, CR or LF, quotes
// doubled. A cell that looks like a formula gets an apostrophe in front, so it is text.
QByteArray writeCsv(const Table &table);

// The same table as JSON: {"about": ..., "columns": [{"name": ..., ...}], "rows": [[...]]}; the
// cells as they are (JSON is not run by anyone).
QByteArray writeJsonTable(const Table &table);

// The same table as an XLSX workbook (Office Open XML, written with QuaZip) in `file`, which the
// caller then puts in place: every cell a shared string formatted as text, so no cell is ever a
// formula, also after an edit in the spreadsheet; the header row bold and frozen, long text
// wrapped. A cell longer than a spreadsheet cell can hold (32,767 characters) is refused,
// naming its row and column, rather than cut.
Status writeXlsx(const Table &table, const QString &file);

} // namespace citykb
