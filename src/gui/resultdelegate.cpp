#include "resultdelegate.h"

#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace citykb {

QString ResultDelegate::html(const QModelIndex &index) const
{
    // A record hit names its type; a part (an interview answer, a document section) says where.
    const QString title = index.data(SearchResultsModel::TitleRole).toString();
    QString source = index.data(SearchResultsModel::SourceRole).toString();
    const QString typeName = index.data(SearchResultsModel::TypeNameRole).toString();
    if (source == typeName + QStringLiteral(": ") + title)
        source = typeName;
    return QStringLiteral("<b>%1</b><br><small>%2</small><br>%3")
        .arg(title.toHtmlEscaped(), source.toHtmlEscaped(), index.data(SearchResultsModel::SnippetRole).toString());
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index));
    doc.setTextWidth(option.rect.width() - 8);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(4, 2));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index));
    const int width = option.widget ? option.widget->width() - 24 : 400;
    doc.setTextWidth(std::max(200, width));
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6);
}

} // namespace citykb
