#include "briefingchart.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace citykb {

namespace {

// The chart's measures in points.
constexpr double titleHeight = 18;
constexpr double rowHeight = 15;
constexpr double barHeight = 9;
constexpr double bottomSpace = 6;
constexpr double labelShare = 0.5; // of the width, for the labels
constexpr double valueSpace = 34;   // right of the longest bar, for its figure
constexpr double fontPoints = 7.5;
constexpr double titlePoints = 9;

// Fonts by pixel size in the painter's units, so that a painter scaled for a preview draws them
// at the size the page was laid out for.
QFont chartFont(const BriefingPageStyle &style, double points, double unitsPerPoint, bool bold)
{
    QFont font(style.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(points * unitsPerPoint))));
    font.setBold(bold);
    font.setKerning(false);
    return font;
}

QString figure(double value)
{
    QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (std::floor(value) == value && std::fabs(value) < 1e12)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 1);
}

} // namespace

double briefingChartHeight(const BriefingChart &chart)
{
    return titleHeight + rowHeight * double(chart.bars.size()) + bottomSpace;
}

void paintBriefingChart(QPainter &painter, const QRectF &rect, double unitsPerPoint, const BriefingChart &chart,
                        const BriefingPageStyle &style)
{
    const double u = unitsPerPoint;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont titleFont = chartFont(style, titlePoints, u, true);
    const QFont font = chartFont(style, fontPoints, u, false);

    painter.setPen(style.text);
    painter.setFont(titleFont);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight * u), Qt::AlignLeft | Qt::AlignVCenter, chart.title);

    const double labelWidth = rect.width() * labelShare;
    const double barLeft = rect.left() + labelWidth + 6 * u;
    const double barSpace = std::max(10 * u, rect.right() - barLeft - valueSpace * u);
    double maximum = 0;
    for (const auto &bar : chart.bars)
        maximum = std::max(maximum, bar.second);
    if (maximum <= 0)
        maximum = 1;

    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QColor barColour = style.chartColours.value(0, style.accent);
    const double top = rect.top() + titleHeight * u;
    for (qsizetype i = 0; i < chart.bars.size(); ++i) {
        const auto &[label, value] = chart.bars.at(i);
        const double rowTop = top + double(i) * rowHeight * u;
        const QRectF labelRect(rect.left(), rowTop, labelWidth, rowHeight * u);
        painter.setPen(style.text);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(label, Qt::ElideRight, labelWidth));
        const double length = barSpace * value / maximum;
        const QRectF bar(barLeft, rowTop + (rowHeight - barHeight) * u / 2, std::max(length, 0.5 * u), barHeight * u);
        painter.fillRect(bar, style.chartColours.value(int(i) % int(std::max<qsizetype>(1, style.chartColours.size())), barColour));
        painter.setPen(style.muted);
        painter.drawText(QRectF(bar.right() + 3 * u, rowTop, valueSpace * u, rowHeight * u), Qt::AlignLeft | Qt::AlignVCenter,
                         figure(value));
    }
    // The axis the bars start from.
    QPen axis(style.muted);
    axis.setWidthF(0.5 * u);
    painter.setPen(axis);
    painter.drawLine(QPointF(barLeft, top), QPointF(barLeft, top + rowHeight * u * double(chart.bars.size())));
    painter.restore();
}

QString briefingChartSvg(const BriefingChart &chart, const BriefingPageStyle &style, double widthPoints)
{
    const double height = briefingChartHeight(chart);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72);
    generator.setSize(QSize(int(std::ceil(widthPoints)), int(std::ceil(height))));
    generator.setViewBox(QRectF(0, 0, widthPoints, height));
    generator.setTitle(chart.title);
    {
        QPainter painter(&generator);
        paintBriefingChart(painter, QRectF(0, 0, widthPoints, height), 1.0, chart, style);
    }
    QString svg = QString::fromUtf8(buffer.data());
    // Inline in HTML: the element alone, without the XML declaration and doctype.
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    return start < 0 ? QString() : svg.mid(start).trimmed();
}

} // namespace citykb
