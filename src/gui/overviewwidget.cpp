#include "overviewwidget.h"

#include "app/browseservice.h"
#include "app/searchservice.h"
#include "app/sessionhost.h"
#include "appearance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace citykb {

namespace {

QList<FacetCount> facet(const SearchResults &results, const QString &field)
{
    for (const auto &[name, values] : results.facets) {
        if (name == field)
            return values;
    }
    return {};
}

Result<OverviewWidget::Figures> readFigures(KnowledgeBase &kb)
{
    OverviewWidget::Figures figures;
    SearchService search(kb);
    SearchQuery practices;
    practices.type = RecordType::Practice;
    practices.limit = 0;
    practices.snippets = false;
    auto byFacet = search.search(practices);
    if (!byFacet)
        return byFacet.fullError();
    figures.themes = facet(byFacet.value(), QStringLiteral("theme"));
    figures.countries = facet(byFacet.value(), QStringLiteral("country"));
    // Codes read as names: "NL" → "Netherlands".
    for (FacetCount &country : figures.countries) {
        const QLocale::Territory territory = QLocale::codeToTerritory(country.value.toUpper());
        if (territory != QLocale::AnyTerritory)
            country.label = QLocale::territoryToString(territory);
    }
    SearchQuery events = practices;
    events.type = RecordType::Event;
    auto byYear = search.search(events);
    if (!byYear)
        return byYear.fullError();
    figures.eventYears = facet(byYear.value(), QStringLiteral("year"));
    std::sort(figures.eventYears.begin(), figures.eventYears.end(),
              [](const FacetCount &a, const FacetCount &b) { return a.value < b.value; });
    PageQuery networks;
    networks.sort = QStringLiteral("-members_count");
    networks.limit = 12;
    auto page = BrowseService(kb).page(RecordType::Network, networks);
    if (!page)
        return page.fullError();
    for (const RecordSummary &row : page.value().rows) {
        const qint64 members = row.fields.value(QStringLiteral("members_count")).toInteger();
        if (members > 0) {
            figures.networkSizes.append({row.key, members});
            // Acronyms fit a chart's axis: "ENoLL" rather than "European Network of Living Labs".
            const QString acronym = row.fields.value(QStringLiteral("acronym")).toString();
            figures.networkNames.append(acronym.isEmpty() ? row.title : acronym);
        }
    }
    return figures;
}

} // namespace

OverviewWidget::OverviewWidget(SessionHost &host, QWidget *parent) : QWidget(parent), m_host(host), m_layout(new QGridLayout(this))
{
    setAccessibleName(tr("Overview"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setColumnStretch(0, 1);
    m_layout->setColumnStretch(1, 1);
    // The charts are read again once a run of changes (an import) pauses, not per change.
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(500);
    connect(&m_refreshDelay, &QTimer::timeout, this, &OverviewWidget::refresh);
    connect(&m_host, &SessionHost::changed, &m_refreshDelay, qOverload<>(&QTimer::start));
    connect(&m_host, &SessionHost::reset, this, &OverviewWidget::refresh);
}

void OverviewWidget::refresh()
{
    m_host.read<Figures>(this, readFigures, [this](const Result<Figures> &figures) {
        if (!figures) {
            while (QLayoutItem *item = m_layout->takeAt(0)) {
                delete item->widget();
                delete item;
            }
            m_layout->addWidget(new QLabel(figures.error(), this), 0, 0);
            return;
        }
        show(figures.value());
    });
}

QChartView *OverviewWidget::barChart(const QString &title, const QList<FacetCount> &values, int limit, RecordType type,
                                     const QString &field, Qt::Orientation orientation)
{
    const QList<FacetCount> shown = values.mid(0, limit);
    // Horizontal bars (a ranking) run bottom-up: the biggest goes last to stand on top.
    // Vertical bars (a timeline) run left to right in the order given.
    const QList<FacetCount> ordered = orientation == Qt::Horizontal ? QList<FacetCount>(shown.crbegin(), shown.crend()) : shown;
    auto *set = new QBarSet(title);
    QStringList labels;
    qint64 most = 1;
    for (const FacetCount &value : ordered) {
        *set << double(value.count);
        labels << (value.label.isEmpty() ? value.value : value.label);
        most = std::max(most, value.count);
    }
    QAbstractBarSeries *series = orientation == Qt::Horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    auto *chart = new QChart;
    // Colours from the palette in use, light or dark; the window shows through the chart.
    chart->setTheme(Appearance::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(series);
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(palette().windowText());
    chart->legend()->hide();
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsBrush(palette().windowText());
    chart->addAxis(categories, orientation == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    // Whole-number ticks: a step of 1, 2 or 5 times a power of ten, at most five steps, so that
    // no tick falls between two counts and gets a rounded label.
    qint64 step = 1;
    for (qint64 scale = 1; step * 5 < most; scale *= 10) {
        for (qint64 m : {1, 2, 5}) {
            step = m * scale;
            if (step * 5 >= most)
                break;
        }
    }
    const qint64 top = std::max<qint64>(1, (most + step - 1) / step) * step;
    auto *counts = new QValueAxis;
    counts->setRange(0, double(top));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(int(top / step) + 1);
    counts->setLabelsBrush(palette().windowText());
    chart->addAxis(counts, orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(counts);
    connect(series, &QAbstractBarSeries::clicked, this, [this, ordered, type, field](int index, QBarSet *) {
        if (index < 0 || index >= ordered.size())
            return;
        if (field.isEmpty())
            Q_EMIT recordRequested(type, ordered.at(index).value); // the bar is a record
        else
            Q_EMIT filterRequested(type, field, ordered.at(index).value);
    });
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(title);
    view->setMinimumSize(280, 220);
    return view;
}

void OverviewWidget::show(const Figures &figures)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_layout->addWidget(barChart(tr("Practices by theme"), figures.themes, 10, RecordType::Practice, QStringLiteral("theme")), 0, 0);
    m_layout->addWidget(barChart(tr("Practices by country"), figures.countries, 10, RecordType::Practice, QStringLiteral("country")),
                        0, 1);
    // Events on a timeline: the years in order, the latest twelve.
    QList<FacetCount> years = figures.eventYears;
    std::sort(years.begin(), years.end(), [](const FacetCount &a, const FacetCount &b) { return a.value < b.value; });
    years = years.mid(std::max<qsizetype>(0, years.size() - 12));
    m_layout->addWidget(barChart(tr("Events by year"), years, 12, RecordType::Event, QStringLiteral("year"), Qt::Vertical), 1, 0);
    QList<FacetCount> sizes;
    for (qsizetype i = 0; i < figures.networkSizes.size(); ++i)
        sizes.append(FacetCount{figures.networkSizes.at(i).first, figures.networkNames.at(i), figures.networkSizes.at(i).second});
    // A network's bar opens the network itself.
    QChartView *networks = barChart(tr("Networks by members"), sizes, 12, RecordType::Network, QString());
    m_layout->addWidget(networks, 1, 1);
}

} // namespace citykb
