#pragma once

#include "search/searchtypes.h"

#include <QTimer>
#include <QWidget>

class QChartView;
class QGridLayout;

namespace citykb {

class SessionHost;

// What the KB holds, when nothing is selected: practices by theme and by country, events by
// year, networks by size, as bar charts (Qt Charts). Each bar is a click into the filtered
// list. Reads through the session host; refreshes on the change stream.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    OverviewWidget(SessionHost &host, QWidget *parent = nullptr);

    // Reads the figures again.
    void refresh();

    // What the charts show, read on a reader thread.
    struct Figures
    {
        QList<FacetCount> themes;    // practices by theme
        QList<FacetCount> countries; // practices by country
        QList<FacetCount> eventYears;
        QList<std::pair<QString, qint64>> networkSizes; // network key → members
        QStringList networkNames;
    };

Q_SIGNALS:
    // A bar was clicked: show the records of `type` with `field` = `value`.
    void filterRequested(citykb::RecordType type, const QString &field, const QString &value);
    void recordRequested(citykb::RecordType type, const QString &key);

private:
    void show(const Figures &figures);
    // A bar chart whose bars filter the list of `type` by `field` (an empty field: each bar is
    // a record of `type`, its value the key).
    QChartView *barChart(const QString &title, const QList<FacetCount> &values, int limit, RecordType type,
                         const QString &field, Qt::Orientation orientation = Qt::Horizontal);

    SessionHost &m_host;
    QGridLayout *m_layout;
    QTimer m_refreshDelay;
};

} // namespace citykb
