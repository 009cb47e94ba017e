#pragma once

#include "briefing.h"
#include "briefingstyle.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace citykb {

// A briefing's bar charts, drawn with QPainter as rectangles, lines and text: vectors in a PDF,
// the same drawing as SVG in HTML; never a bitmap.

// The height a chart needs, in points, for any width.
double briefingChartHeight(const BriefingChart &chart);

// Draws `chart` into `rect`; `unitsPerPoint` is how many of the painter's units make a point
// (the resolution of the device the rest of the page is laid out for, over 72).
void paintBriefingChart(QPainter &painter, const QRectF &rect, double unitsPerPoint, const BriefingChart &chart,
                        const BriefingPageStyle &style);

// The chart as an <svg> element for an HTML page, `widthPoints` wide.
QString briefingChartSvg(const BriefingChart &chart, const BriefingPageStyle &style, double widthPoints);

} // namespace citykb
