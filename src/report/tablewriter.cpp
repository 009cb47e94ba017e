#include "tablewriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <functional>

namespace citykb {

namespace {

constexpr qsizetype maxXlsxCell = 32767; // characters in one spreadsheet cell

QString csvField(const QString &cell)
{
    const QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
                       || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Column widths in characters: the longest line of the first rows, within bounds.
double widthOf(const Table &table, qsizetype column)
{
    qsizetype widest = table.header.value(column).size();
    for (qsizetype r = 0; r < std::min<qsizetype>(table.rows.size(), 200); ++r) {
        for (const QString &line : table.rows.at(r).value(column).split(QLatin1Char('\n')))
            widest = std::max(widest, line.size());
    }
    return double(std::clamp<qsizetype>(widest + 2, 8, 60));
}

} // namespace

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
           || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QByteArray writeCsv(const Table &table)
{
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(csvField(cell));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return QByteArray("\xef\xbb\xbf") + out.toUtf8();
}

QByteArray writeJsonTable(const Table &table)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        QJsonObject column = table.columns.value(i);
        column.insert(QStringLiteral("name"), table.header.at(i));
        columns.append(column);
    }
    QJsonArray rows;
    for (const QStringList &row : table.rows)
        rows.append(QJsonArray::fromStringList(row));
    QJsonObject document{{QStringLiteral("about"), table.about}, {QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

namespace {

// A column's letters: 0 → A, 25 → Z, 26 → AA.
QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return name;
}

// Text as an XLSX string holds it: characters XML 1.0 cannot carry (control characters other
// than tab and line breaks) as "_xHHHH_", and an "_x" that reads like such an escape with its
// underscore escaped, so the text comes back exactly.
QString xlsxText(const QString &text)
{
    static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString out = QString(text).replace(escapeLike, QStringLiteral("_x005F_\\1"));
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        const char16_t c = out.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            out.replace(i, 1, QStringLiteral("_x%1_").arg(int(c), 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("_X"), QLatin1String("_x")));
    }
    return out;
}

QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return bytes;
}

const QString mainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString docRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

void relationship(QXmlStreamWriter &w, const QString &id, const QString &type, const QString &target)
{
    w.writeStartElement(QStringLiteral("Relationship"));
    w.writeAttribute(QStringLiteral("Id"), id);
    w.writeAttribute(QStringLiteral("Type"), docRelNs + QLatin1Char('/') + type);
    w.writeAttribute(QStringLiteral("Target"), target);
    w.writeEndElement();
}

} // namespace

Status writeXlsx(const Table &table, const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (row.at(c).size() > maxXlsxCell)
                return Status::failure(QStringLiteral("Row %1 has %2 characters in the column \"%3\", more than a spreadsheet cell "
                                                      "holds (%4); export it as CSV or JSON, which keep it whole.")
                                           .arg(r + 1)
                                           .arg(row.at(c).size())
                                           .arg(table.header.value(c).left(60))
                                           .arg(maxXlsxCell));
        }
    }
    QString name = table.name.left(31);
    for (const QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, QLatin1Char(' '));
    name = name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name.trimmed();

    // Every distinct text once, in sharedStrings.xml; cells point at it.
    QHash<QString, int> index;
    QStringList strings;
    qsizetype references = 0;
    auto stringIndex = [&](const QString &text) {
        ++references;
        auto it = index.constFind(text);
        if (it != index.cend())
            return it.value();
        strings.append(text);
        index.insert(text, int(strings.size() - 1));
        return int(strings.size() - 1);
    };
    auto writeRow = [&](QXmlStreamWriter &w, qsizetype r, const QStringList &cells, int style) {
        w.writeStartElement(QStringLiteral("row"));
        w.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells.at(c).isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("c"));
            w.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(r + 1));
            w.writeAttribute(QStringLiteral("s"), QString::number(style));
            w.writeAttribute(QStringLiteral("t"), QStringLiteral("s")); // a string, never a formula or a number
            w.writeTextElement(QStringLiteral("v"), QString::number(stringIndex(cells.at(c))));
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    const QByteArray sheet = xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(mainNs);
        w.writeStartElement(mainNs, QStringLiteral("worksheet"));
        w.writeStartElement(QStringLiteral("sheetViews"));
        w.writeStartElement(QStringLiteral("sheetView"));
        w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
        w.writeEmptyElement(QStringLiteral("pane"));
        w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
        w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
        w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
        w.writeEndElement();
        w.writeEndElement();
        if (!table.header.isEmpty()) {
            w.writeStartElement(QStringLiteral("cols"));
            for (qsizetype c = 0; c < table.header.size(); ++c) {
                w.writeEmptyElement(QStringLiteral("col"));
                w.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
                w.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
                w.writeAttribute(QStringLiteral("width"), QString::number(widthOf(table, c)));
                w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
                w.writeAttribute(QStringLiteral("style"), QStringLiteral("1"));
            }
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("sheetData"));
        writeRow(w, 0, table.header, 2);
        for (qsizetype r = 0; r < table.rows.size(); ++r)
            writeRow(w, r + 1, table.rows.at(r), 1);
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray sharedStrings = xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(mainNs);
        w.writeStartElement(mainNs, QStringLiteral("sst"));
        w.writeAttribute(QStringLiteral("count"), QString::number(references));
        w.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
        for (const QString &s : strings) {
            w.writeStartElement(QStringLiteral("si"));
            w.writeStartElement(QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(xlsxText(s));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    });
    // Styles: 0 the default; 1 text (number format "@", so an edit never makes a formula),
    // wrapped, at the top; 2 the same in bold for the header.
    const QByteArray styles = xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(mainNs);
        w.writeStartElement(mainNs, QStringLiteral("styleSheet"));
        w.writeStartElement(QStringLiteral("fonts"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (bool bold : {false, true}) {
            w.writeStartElement(QStringLiteral("font"));
            if (bold)
                w.writeEmptyElement(QStringLiteral("b"));
            w.writeEmptyElement(QStringLiteral("sz"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
            w.writeEmptyElement(QStringLiteral("name"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("fills"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (const char *pattern : {"none", "gray125"}) {
            w.writeStartElement(QStringLiteral("fill"));
            w.writeEmptyElement(QStringLiteral("patternFill"));
            w.writeAttribute(QStringLiteral("patternType"), QString::fromLatin1(pattern));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("borders"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeStartElement(QStringLiteral("border"));
        for (const char *side : {"left", "right", "top", "bottom", "diagonal"})
            w.writeEmptyElement(QString::fromLatin1(side));
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellStyleXfs"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("xf"));
        for (const char *a : {"numFmtId", "fontId", "fillId", "borderId"})
            w.writeAttribute(QString::fromLatin1(a), QStringLiteral("0"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellXfs"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("3"));
        w.writeEmptyElement(QStringLiteral("xf"));
        for (const char *a : {"numFmtId", "fontId", "fillId", "borderId", "xfId"})
            w.writeAttribute(QString::fromLatin1(a), QStringLiteral("0"));
        for (int font : {0, 1}) {
            w.writeStartElement(QStringLiteral("xf"));
            w.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("49")); // "@": text
            w.writeAttribute(QStringLiteral("fontId"), QString::number(font));
            w.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
            w.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
            w.writeAttribute(QStringLiteral("applyAlignment"), QStringLiteral("1"));
            w.writeEmptyElement(QStringLiteral("alignment"));
            w.writeAttribute(QStringLiteral("vertical"), QStringLiteral("top"));
            w.writeAttribute(QStringLiteral("wrapText"), QStringLiteral("1"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellStyles"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("cellStyle"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
        w.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray workbook = xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(mainNs);
        w.writeNamespace(docRelNs, QStringLiteral("r"));
        w.writeStartElement(mainNs, QStringLiteral("workbook"));
        w.writeStartElement(QStringLiteral("sheets"));
        w.writeEmptyElement(QStringLiteral("sheet"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        w.writeAttribute(docRelNs, QStringLiteral("id"), QStringLiteral("rId1"));
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray workbookRels = xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(relNs);
        w.writeStartElement(relNs, QStringLiteral("Relationships"));
        relationship(w, QStringLiteral("rId1"), QStringLiteral("worksheet"), QStringLiteral("worksheets/sheet1.xml"));
        relationship(w, QStringLiteral("rId2"), QStringLiteral("styles"), QStringLiteral("styles.xml"));
        relationship(w, QStringLiteral("rId3"), QStringLiteral("sharedStrings"), QStringLiteral("sharedStrings.xml"));
        w.writeEndElement();
    });
    const QByteArray rootRels = xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(relNs);
        w.writeStartElement(relNs, QStringLiteral("Relationships"));
        relationship(w, QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
        w.writeEndElement();
    });
    const QByteArray contentTypes = xml([&](QXmlStreamWriter &w) {
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
        const QString sml = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
        w.writeDefaultNamespace(ns);
        w.writeStartElement(ns, QStringLiteral("Types"));
        for (const auto &[extension, type] : {std::pair(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")),
                                              std::pair(QStringLiteral("xml"), QStringLiteral("application/xml"))}) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), extension);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        }
        for (const auto &[part, type] : {std::pair(QStringLiteral("/xl/workbook.xml"), QStringLiteral("sheet.main+xml")),
                                         std::pair(QStringLiteral("/xl/worksheets/sheet1.xml"), QStringLiteral("worksheet+xml")),
                                         std::pair(QStringLiteral("/xl/styles.xml"), QStringLiteral("styles+xml")),
                                         std::pair(QStringLiteral("/xl/sharedStrings.xml"), QStringLiteral("sharedStrings+xml"))}) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), part);
            w.writeAttribute(QStringLiteral("ContentType"), sml + type);
        }
        w.writeEndElement();
    });

    QuaZip zip(file);
    if (!zip.open(QuaZip::mdCreate))
        return Status::failure(QStringLiteral("The spreadsheet %1 could not be created.").arg(shown), ErrorKind::Unavailable);
    const QList<std::pair<QString, QByteArray>> parts{{QStringLiteral("[Content_Types].xml"), contentTypes},
                                                      {QStringLiteral("_rels/.rels"), rootRels},
                                                      {QStringLiteral("xl/workbook.xml"), workbook},
                                                      {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
                                                      {QStringLiteral("xl/styles.xml"), styles},
                                                      {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
                                                      {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    for (const auto &[part, bytes] : parts) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(part)) || out.write(bytes) != bytes.size()) {
            zip.close();
            return Status::failure(QStringLiteral("The spreadsheet %1 could not be written.").arg(shown), ErrorKind::Unavailable);
        }
        out.close();
        if (out.getZipError() != 0) {
            zip.close();
            return Status::failure(QStringLiteral("The spreadsheet %1 could not be written.").arg(shown), ErrorKind::Unavailable);
        }
    }
    zip.close();
    if (zip.getZipError() != 0)
        return Status::failure(QStringLiteral("The spreadsheet %1 could not be written.").arg(shown), ErrorKind::Unavailable);
    return {};
}

} // namespace citykb
