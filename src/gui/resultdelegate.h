#pragma once

#include <QStyledItemDelegate>

namespace citykb {

// Draws a search hit as a small card: its title, where it comes from, and the snippet with the
// matches in bold (the snippet is HTML that SearchService escaped).
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString html(const QModelIndex &index) const;
};

} // namespace citykb
