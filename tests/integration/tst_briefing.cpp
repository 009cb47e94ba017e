// Briefings (issue 13): the content built for each kind of scope from the seed KB, the template
// language, the layout's pages and the files written (complete or not at all). What real PDF
// readers make of the files is checked by briefing_readers.py.
#include "app/briefingservice.h"
#include "app/job.h"
#include "app/knowledgebase.h"
#include "report/briefingchart.h"
#include "report/texttemplate.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citykb;

namespace {

QStringList sectionIds(const Briefing &b)
{
    QStringList ids;
    for (const BriefingSection &s : b.sections)
        ids.append(s.id);
    return ids;
}

const BriefingSection *sectionOf(const Briefing &b, const QString &id)
{
    for (const BriefingSection &s : b.sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

// Every text of the briefing, one per line.
QString allText(Briefing b)
{
    QStringList texts;
    forEachText(b, [&](QString &text) { texts.append(text); });
    return texts.join(QLatin1Char('\n'));
}

QList<int> allCitations(const Briefing &b)
{
    QList<int> numbers;
    for (const BriefingSection &s : b.sections) {
        for (const BriefingBlock &block : s.blocks) {
            numbers += block.text.cites;
            for (const BriefingFact &f : block.facts)
                numbers += f.value.cites;
            for (const BriefingText &item : block.items)
                numbers += item.cites;
            for (const QList<BriefingText> &row : block.table.rows) {
                for (const BriefingText &cell : row)
                    numbers += cell.cites;
            }
        }
    }
    return numbers;
}

bool hasChart(const Briefing &b)
{
    for (const BriefingSection &s : b.sections) {
        for (const BriefingBlock &block : s.blocks) {
            if (block.kind == BriefingBlock::Kind::Chart && block.chart.bars.size() >= 2)
                return true;
        }
    }
    return false;
}

class Control : public JobControl
{
public:
    bool cancelAt = false;
    qint64 cancelWhen = -1;
    QList<qint64> reported;
    bool report(qint64 done, qint64) override
    {
        reported.append(done);
        return done != cancelWhen;
    }
    bool isCancelled() const override { return false; }
};

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<KnowledgeBase> m_kb;
    const QDateTime m_date = QDateTime(QDate(2018, 2, 1), QTime(9, 30), Qt::UTC);

    BriefingOptions options(bool personal = false) const
    {
        BriefingOptions o;
        o.personalData = personal;
        o.date = m_date;
        o.kbName = QStringLiteral("Seed KB");
        return o;
    }

    Briefing build(const QString &scope, bool personal = false)
    {
        auto parsed = BriefingScope::parse(scope);
        if (!parsed)
            qWarning("%s", qPrintable(parsed.error()));
        auto b = BriefingService(*m_kb).build(parsed.value(), options(personal));
        if (!b)
            qWarning("%s", qPrintable(b.error()));
        return b ? b.value() : Briefing{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("CITYKB_DATA"), "CITYKB_DATA names the seed dataset (ctest sets it).");
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("seeded")), qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(kb, qPrintable(kb.error()));
        m_kb = std::move(kb).value();
    }

    void templateLanguage()
    {
        const QVariantMap data{{QStringLiteral("title"), QStringLiteral("A <b> & \"c\"")},
                               {QStringLiteral("items"), QVariantList{QVariantMap{{QStringLiteral("n"), 1}}, QVariantMap{{QStringLiteral("n"), 2}}}},
                               {QStringLiteral("empty"), QVariantList{}},
                               {QStringLiteral("flag"), true},
                               {QStringLiteral("inner"), QVariantMap{{QStringLiteral("name"), QStringLiteral("x|y")}}}};
        auto partials = [](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("part"))
                return QStringLiteral("[{{n}}]");
            return std::nullopt;
        };
        auto html = TextTemplate::render(QStringLiteral("t"), QStringLiteral("{{title}}|{{{title}}}|{{#items}}{{>part}}{{/items}}|{{^empty}}none{{/empty}}|{{#flag}}{{inner.name}}{{/flag}}|{{missing}}"),
                                         data, TextTemplate::Escape::Html, partials);
        QVERIFY2(html, qPrintable(html.error()));
        QCOMPARE(html.value(), QStringLiteral("A &lt;b&gt; &amp; &quot;c&quot;|A <b> & \"c\"|[1][2]|none|x|y|"));
        auto md = TextTemplate::render(QStringLiteral("t"), QStringLiteral("{{inner.name}} {{title}}"), data, TextTemplate::Escape::Markdown);
        QCOMPARE(md.value(), QStringLiteral("x\\|y A \\<b\\> & \"c\""));
        // A section tag alone on its line takes the line with it; other lines stay as written.
        auto lines = TextTemplate::render(QStringLiteral("t"), QStringLiteral("a\n{{#items}}\n- {{n}}\n{{/items}}\n\nb"), data,
                                          TextTemplate::Escape::None);
        QCOMPARE(lines.value(), QStringLiteral("a\n- 1\n- 2\n\nb"));
        // A comment that opens the file is no line of output either.
        QCOMPARE(TextTemplate::render(QStringLiteral("t"), QStringLiteral("{{! note }}\nx"), data, TextTemplate::Escape::None).value(),
                 QStringLiteral("x"));
        auto unclosed = TextTemplate::render(QStringLiteral("page.html"), QStringLiteral("{{#items}}x"), data, TextTemplate::Escape::Html);
        QVERIFY(!unclosed);
        QVERIFY2(unclosed.error().contains(QStringLiteral("page.html")) && unclosed.error().contains(QStringLiteral("{{#items}}")),
                 qPrintable(unclosed.error()));
        auto stray = TextTemplate::render(QStringLiteral("t"), QStringLiteral("x\n{{/items}}"), data, TextTemplate::Escape::Html);
        QVERIFY(!stray);
        QVERIFY2(stray.error().contains(QStringLiteral("line 2")), qPrintable(stray.error()));
        auto missing = TextTemplate::render(QStringLiteral("t"), QStringLiteral("{{>nothing}}"), data, TextTemplate::Escape::Html, partials);
        QVERIFY(!missing);
        auto loop = TextTemplate::render(QStringLiteral("t"), QStringLiteral("{{>self}}"), data, TextTemplate::Escape::Html,
                                         [](const QString &) -> std::optional<QString> { return QStringLiteral("{{>self}}"); });
        QVERIFY(!loop);
    }

    void scopes()
    {
        auto n = BriefingScope::parse(QStringLiteral("network:Eurotowns"));
        QVERIFY(n);
        QCOMPARE(n.value().kind, BriefingScope::Kind::Network);
        QCOMPARE(n.value().name, QStringLiteral("Eurotowns"));
        auto p = BriefingScope::parse(QStringLiteral("practices: 3, bologna-copaps-farm-contract ,"));
        QVERIFY(p);
        QCOMPARE(p.value().practices, (QStringList{QStringLiteral("3"), QStringLiteral("bologna-copaps-farm-contract")}));
        auto q = BriefingScope::parse(QStringLiteral("query:social impact bonds"));
        QVERIFY(q);
        QCOMPARE(q.value().query.text, QStringLiteral("social impact bonds"));
        QCOMPARE(q.value().toString(), QStringLiteral("query:social impact bonds"));
        for (const QString &bad : {QStringLiteral("Eurotowns"), QStringLiteral("region:Veneto"), QStringLiteral("network:")}) {
            auto refused = BriefingScope::parse(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY(refused.error().endsWith(QLatin1Char('.')));
        }
    }

    void network()
    {
        const Briefing b = build(QStringLiteral("network:Eurotowns"));
        QCOMPARE(b.title, QStringLiteral("Eurotowns"));
        QCOMPARE(sectionIds(b), (QStringList{QStringLiteral("key-facts"), QStringLiteral("joining"), QStringLiteral("working-groups"),
                                              QStringLiteral("members"), QStringLiteral("events"), QStringLiteral("practices"),
                                              QStringLiteral("interviews"), QStringLiteral("recommendations")}));
        const QString text = allText(b);
        for (const QString &fact : {QStringLiteral("1991"), QStringLiteral("Towns and cities of 50,000 to 250,000 inhabitants may join as members."),
                                    QStringLiteral("3,500 EUR a year"), QStringLiteral("Task Team Social Inclusion"),
                                    QStringLiteral("Support and Empowerment for Youth at Risk"), QStringLiteral("Members by country")}) {
            QVERIFY2(text.contains(fact), qPrintable(fact));
        }
        // Coming events first; the Detmold meeting, planned for a date before the briefing's,
        // is coming and said to be so; the held ones follow.
        const BriefingSection *events = sectionOf(b, QStringLiteral("events"));
        QVERIFY(events);
        QStringList order;
        for (const BriefingBlock &block : events->blocks) {
            if (block.kind == BriefingBlock::Kind::Heading)
                order.append(block.text.text);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("Coming"), QStringLiteral("Held")}));
        // Every citation names a reference, and every reference is cited.
        const QList<int> cited = allCitations(b);
        QVERIFY(!b.references.isEmpty());
        for (int n : cited)
            QVERIFY(n >= 1 && n <= b.references.size());
        for (const BriefingReference &r : b.references) {
            QVERIFY2(cited.contains(r.number), qPrintable(r.section));
            QVERIFY(!r.document.isEmpty());
        }
        QVERIFY(hasChart(b));
    }

    void personalDataOnlyWhenAsked()
    {
        const QString without = allText(build(QStringLiteral("network:Eurotowns")));
        QVERIFY(!without.contains(QStringLiteral("let.hulshof@schiedam.nl")));
        QVERIFY(!without.contains(QStringLiteral("644 199 675")));
        QVERIFY(!without.contains(QLatin1Char('@')));
        QVERIFY(without.contains(QStringLiteral("[e-mail withheld]")));
        QVERIFY(without.contains(QStringLiteral("Leonie Hulshof")));
        const QString with = allText(build(QStringLiteral("network:Eurotowns"), true));
        QVERIFY(with.contains(QStringLiteral("let.hulshof@schiedam.nl")));
        QVERIFY(with.contains(QStringLiteral("644 199 675")));
    }

    void workingGroup()
    {
        const Briefing b = build(QStringLiteral("working-group:Smart Social Inclusion"));
        QCOMPARE(b.title, QStringLiteral("Smart Social Inclusion"));
        const QStringList ids = sectionIds(b);
        for (const QString &id : {QStringLiteral("key-facts"), QStringLiteral("joining"), QStringLiteral("work-plans"), QStringLiteral("events"),
                                  QStringLiteral("interviews")})
            QVERIFY2(ids.contains(id), qPrintable(id));
        const QString text = allText(b);
        QVERIFY(text.contains(QStringLiteral("Work plan 2020")));
        QVERIFY(text.contains(QStringLiteral("Promoting social economy and private investments in social aims")));
        QVERIFY(text.contains(QStringLiteral("at least 4 interested cities")));
        QVERIFY(text.contains(QStringLiteral("POSTPONED")));
        QVERIFY(text.contains(QStringLiteral("Eurocities")));
    }

    void theme()
    {
        const Briefing b = build(QStringLiteral("theme:youth unemployment")); // a synonym of youth employment
        QCOMPARE(b.title, QStringLiteral("Youth employment"));
        const QStringList ids = sectionIds(b);
        QVERIFY(ids.contains(QStringLiteral("practices")));
        QVERIFY(ids.contains(QStringLiteral("working-groups")));
        QVERIFY(allText(b).contains(QStringLiteral("Birmingham Apprenticeship Scheme")));
        QVERIFY(hasChart(b));
    }

    void city()
    {
        const Briefing b = build(QStringLiteral("city:Bologna"));
        const BriefingSection *indicators = sectionOf(b, QStringLiteral("indicators"));
        QVERIFY(indicators);
        bool youth = false;
        for (const BriefingBlock &block : indicators->blocks) {
            for (const QList<BriefingText> &row : block.table.rows) {
                if (row.value(0).text == QLatin1String("Youth unemployment")) {
                    youth = true;
                    QCOMPARE(row.value(1).text, QStringLiteral("29%"));
                    QCOMPARE(row.value(2).text, QStringLiteral("2011"));
                    QCOMPARE(row.value(1).cites.size(), 1);
                }
            }
        }
        QVERIFY(youth);
        QVERIFY(allText(b).contains(QStringLiteral("6+ and Two-for-One")));
    }

    void practicesAndQuery()
    {
        const Briefing p = build(QStringLiteral("practices:bologna-copaps-farm-contract,birmingham-apprenticeship-scheme"));
        QVERIFY(sectionIds(p).contains(QStringLiteral("practices")));
        QVERIFY(allText(p).contains(QStringLiteral("Birmingham Apprenticeship Scheme")));
        SearchQuery query;
        query.text = QStringLiteral("apprenticeship");
        query.type = RecordType::Practice;
        auto q = BriefingService(*m_kb).build(BriefingScope::search(query), options());
        QVERIFY2(q, qPrintable(q.error()));
        QVERIFY(sectionIds(q.value()).contains(QStringLiteral("practices")));
        QVERIFY(!sectionIds(q.value()).contains(QStringLiteral("recommendations")));
        QVERIFY(allText(q.value()).contains(QStringLiteral("Birmingham Apprenticeship Scheme")));
    }

    void unknownNamesAndEmptyScopes()
    {
        BriefingService service(*m_kb);
        auto typo = service.build(BriefingScope::network(QStringLiteral("Eurotown")), options());
        QVERIFY(!typo);
        QCOMPARE(typo.errorKind(), ErrorKind::NotFound);
        QCOMPARE(typo.error(), QStringLiteral("There is no network called \"Eurotown\"; did you mean \"Eurotowns\"?"));
        auto city = service.build(BriefingScope::city(QStringLiteral("Bolonga")), options());
        QVERIFY(!city);
        QVERIFY2(city.error().contains(QStringLiteral("did you mean \"Bologna\"")), qPrintable(city.error()));
        auto nothing = service.build(BriefingScope::parse(QStringLiteral("query:qqxyzzyqq")).value(), options());
        QVERIFY(!nothing);
        QCOMPARE(nothing.errorKind(), ErrorKind::NotFound);
        QVERIFY2(nothing.error().contains(QStringLiteral("finds nothing")), qPrintable(nothing.error()));
        auto practice = service.build(BriefingScope::selectedPractices({QStringLiteral("no-such-practice")}), options());
        QVERIFY(!practice);
        QCOMPARE(practice.errorKind(), ErrorKind::NotFound);
    }

    void pagesForAPreview()
    {
        BriefingService service(*m_kb);
        auto b = service.build(BriefingScope::network(QStringLiteral("Eurotowns")), options());
        QVERIFY(b);
        auto style = service.style();
        QVERIFY2(style, qPrintable(style.error()));
        auto pages = BriefingPages::layout(b.value(), style.value());
        QVERIFY2(pages, qPrintable(pages.error()));
        const BriefingPages &p = *pages.value();
        QVERIFY(p.pageCount() >= 4);
        QCOMPARE(p.pageSizePoints().toSize(), QSize(595, 842));
        // Sections start on the pages after the title and the contents, in order.
        int last = 1;
        for (const BriefingSection &s : b.value().sections) {
            const int page = p.pageOfSection(s.id);
            QVERIFY2(page >= last && page < p.pageCount(), qPrintable(s.id));
            last = page;
        }
        QVERIFY(p.pageOfSection(QStringLiteral("sources")) >= last);
        // A page painted for a preview has ink on it, and the title page has its band.
        const QImage image = p.pageImage(2, 40);
        QCOMPARE(image.size(), QSize(qRound(595 * 40 / 72.0), qRound(842 * 40 / 72.0)));
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        const QImage title = p.pageImage(0, 40);
        QCOMPARE(QColor(title.pixel(title.width() / 2, 5)), style.value().page().accent);
    }

    // Charts are drawn as vectors: a PDF page with only a chart holds no image (briefing_readers.py
    // also asks pdfimages of a whole briefing).
    void chartsAreVectors()
    {
        BriefingChart chart;
        chart.title = QStringLiteral("Members by country");
        chart.bars = {{QStringLiteral("Netherlands"), 2}, {QStringLiteral("Sweden"), 1}};
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            paintBriefingChart(painter, QRectF(0, 0, 4000, 2000), writer.resolution() / 72.0, chart, BriefingPageStyle{});
        }
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(!pdf.contains("/Subtype /Image"));
        const QString svg = briefingChartSvg(chart, BriefingPageStyle{}, 400);
        QVERIFY(svg.startsWith(QStringLiteral("<svg")));
        QVERIFY(svg.contains(QStringLiteral("Netherlands")));
        QVERIFY(!svg.contains(QStringLiteral("<image")));
    }

    void htmlAndMarkdownHaveTheSameSections()
    {
        BriefingService service(*m_kb);
        auto b = service.build(BriefingScope::city(QStringLiteral("Bologna")), options());
        QVERIFY(b);
        auto style = service.style();
        QVERIFY(style);
        auto html = renderBriefingHtml(b.value(), style.value());
        auto md = renderBriefingMarkdown(b.value(), style.value());
        QVERIFY2(html, qPrintable(html.error()));
        QVERIFY2(md, qPrintable(md.error()));
        for (qsizetype i = 0; i < b.value().sections.size(); ++i) {
            const BriefingSection &s = b.value().sections.at(i);
            const QString numbered = QStringLiteral("%1. %2").arg(i + 1).arg(s.title);
            QVERIFY2(html.value().contains(QStringLiteral("id=\"sec-%1\"></a>%2</h2>").arg(s.id, numbered.toHtmlEscaped())), qPrintable(s.id));
            QVERIFY2(md.value().contains(QStringLiteral("\n## %1\n").arg(numbered)), qPrintable(s.id));
        }
        QVERIFY(html.value().contains(QStringLiteral("<svg")));
        QVERIFY(md.value().contains(QStringLiteral("| Practices by success factor | practices |")));
        QVERIFY(!html.value().contains(QStringLiteral("{{")));
        QVERIFY(!md.value().contains(QStringLiteral("{{")));
    }

    // A folder in the KB or named by the caller replaces single files of the built-in set.
    void stylesAreOverridable()
    {
        QTemporaryDir dir;
        QFile page(QDir(dir.path()).filePath(QStringLiteral("page.json")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("{\"accent\": \"#aa0000\", \"footer\": \"{{page}}\"}");
        page.close();
        QFile md(QDir(dir.path()).filePath(QStringLiteral("briefing.md")));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# {{title}} for the board\n");
        md.close();
        BriefingOptions o = options();
        o.styleDirs = {dir.path()};
        BriefingService service(*m_kb);
        auto style = service.style(o);
        QVERIFY2(style, qPrintable(style.error()));
        QCOMPARE(style.value().page().accent, QColor(0xaa, 0, 0));
        QCOMPARE(style.value().origin(QStringLiteral("briefing.md")), md.fileName());
        QCOMPARE(style.value().origin(QStringLiteral("briefing.html")), QStringLiteral("built-in"));
        auto b = service.build(BriefingScope::network(QStringLiteral("Eurotowns")), o);
        QCOMPARE(renderBriefingMarkdown(b.value(), style.value()).value(), QStringLiteral("# Eurotowns for the board\n"));
        // A broken file is one sentence naming it.
        QVERIFY(page.open(QIODevice::WriteOnly | QIODevice::Truncate));
        page.write("{\"margins_mm\": {\"left\": 1}}");
        page.close();
        auto broken = service.style(o);
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(page.fileName()) && broken.error().contains(QStringLiteral("margins_mm")), qPrintable(broken.error()));
    }

    void filesAreCompleteOrAbsent()
    {
        BriefingService service(*m_kb);
        const BriefingScope scope = BriefingScope::network(QStringLiteral("Eurotowns"));
        QTemporaryDir out;
        const QString pdf = QDir(out.path()).filePath(QStringLiteral("b.pdf"));
        QVERIFY(service.exportBriefing(scope, BriefingFormat::Pdf, pdf, options()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        file.close();
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("b.pdf")});

        // Unwritable targets: a folder, a missing folder, the KB's own store. Nothing is written.
        const QString folder = QDir(out.path()).filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &bad : {folder, QDir(out.path()).filePath(QStringLiteral("missing/b.pdf")),
                                   QDir(m_kb->dir()).filePath(KnowledgeBase::storeFileName())}) {
            const Status s = service.exportBriefing(scope, BriefingFormat::Html, bad, options());
            QVERIFY2(!s, qPrintable(bad));
            QVERIFY(s.error().endsWith(QLatin1Char('.')));
        }
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("b.pdf")});
        QVERIFY(QDir(folder).isEmpty());

        // A scope that matches nothing writes no file and leaves an old one as it was.
        const QString old = QDir(out.path()).filePath(QStringLiteral("old.md"));
        QFile previous(old);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("before");
        previous.close();
        QVERIFY(!service.exportBriefing(BriefingScope::network(QStringLiteral("Nowhere at all")), BriefingFormat::Markdown, old, options()));
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("before"));
    }

    void job()
    {
        QTemporaryDir out;
        const QString file = QDir(out.path()).filePath(QStringLiteral("job.html"));
        auto work = BriefingService::job(BriefingScope::city(QStringLiteral("Bologna")), BriefingFormat::Html, file, options());
        Control control;
        QVERIFY(work(*m_kb, control));
        QCOMPARE(control.reported, (QList<qint64>{0, 1, 3}));
        QVERIFY(QFile::exists(file));
        // Cancelled after the content is built: Cancelled, and no file.
        const QString other = QDir(out.path()).filePath(QStringLiteral("cancelled.html"));
        Control cancelling;
        cancelling.cancelWhen = 1;
        const Status s = BriefingService::job(BriefingScope::city(QStringLiteral("Bologna")), BriefingFormat::Html, other, options())(*m_kb, cancelling);
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), ErrorKind::Cancelled);
        QVERIFY(!QFile::exists(other));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
