// The table writers of src/report: CSV as RFC 4180 has it, formula-like cells made text, JSON
// rows and columns, XLSX parts with every cell a string (the files themselves are read back
// with openpyxl in responses_export.py).
#include "report/tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace citykb;

class TestTableWriter : public QObject
{
    Q_OBJECT

    static Table sample()
    {
        Table t;
        t.name = QStringLiteral("Responses: [all]");
        t.header = {QStringLiteral("Subject"), QStringLiteral("1. Why, and how?")};
        t.rows = {{QStringLiteral("Eurotowns"), QStringLiteral("He said \"yes\",\nthen left.")},
                  {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("-2")},
                  {QStringLiteral("Café"), QString()}};
        return t;
    }

private Q_SLOTS:
    void formulasAreTold()
    {
        for (const char *cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
            QVERIFY2(looksLikeFormula(QString::fromLatin1(cell)), cell);
        for (const char *cell : {"", "1+1", "a=b", " =1", "'=1"})
            QVERIFY2(!looksLikeFormula(QString::fromLatin1(cell)), cell);
    }

    void csvIsRfc4180()
    {
        const QByteArray csv = writeCsv(sample());
        QCOMPARE(csv, QByteArray("\xef\xbb\xbf"
                                 "Subject,\"1. Why, and how?\"\r\n"
                                 "Eurotowns,\"He said \"\"yes\"\",\nthen left.\"\r\n"
                                 "'=cmd|' /C calc'!A0,'-2\r\n"
                                 "Caf\xc3\xa9,\r\n"));
    }

    void jsonHasColumnsAndRows()
    {
        Table t = sample();
        t.columns = {QJsonObject{{QStringLiteral("field"), QStringLiteral("subject")}},
                     QJsonObject{{QStringLiteral("question"), 1}}};
        t.about = QJsonObject{{QStringLiteral("questionnaire"), QStringLiteral("q")}};
        const QJsonObject doc = QJsonDocument::fromJson(writeJsonTable(t)).object();
        QCOMPARE(doc.value(QStringLiteral("about")).toObject().value(QStringLiteral("questionnaire")).toString(), QStringLiteral("q"));
        const QJsonArray columns = doc.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("1. Why, and how?"));
        QCOMPARE(columns.at(1).toObject().value(QStringLiteral("question")).toInt(), 1);
        const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).toArray().at(0).toString(), QStringLiteral("=cmd|' /C calc'!A0")); // as typed
    }

    void xlsxCellsAreStrings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("t.xlsx"));
        Table t = sample();
        t.rows.append({QStringLiteral("bell\x07"), QStringLiteral("_x0041_ stays")});
        QVERIFY(writeXlsx(t, file));
        QuaZip zip(file);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        auto part = [&](const QString &name) {
            zip.setCurrentFile(name);
            QuaZipFile f(&zip);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };
        const QByteArray sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheet.contains("<f>"));
        QCOMPARE(sheet.count("<c "), sheet.count("t=\"s\""));
        const QByteArray strings = part(QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains("=cmd|&apos; /C calc&apos;!A0") || strings.contains("=cmd|' /C calc'!A0"));
        QVERIFY(strings.contains("bell_x0007_"));
        QVERIFY(strings.contains("_x005F_x0041_ stays"));
        QVERIFY(part(QStringLiteral("xl/workbook.xml")).contains("name=\"Responses   all\""));

        // A cell longer than a spreadsheet cell is refused, not cut.
        Table big = sample();
        big.rows.first()[1] = QString(40000, QLatin1Char('a'));
        const Status refused = writeXlsx(big, dir.filePath(QStringLiteral("big.xlsx")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QLatin1String("Row 1 has 40000 characters in the column \"1. Why, and how?\"")),
                 qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
