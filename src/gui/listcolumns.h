#pragma once

#include "core/recordspec.h"

#include <QObject>
#include <QStringList>

class QTableView;

namespace citykb {

class RecordListModel;

// Which columns of a record list show, in what order and how wide, chosen by the user per
// record type (a right click on the header) and remembered in QSettings under
// "columns/<type word>". Kept as field names, not as a header state, so that a field added to
// a spec later does not scramble the user's choice.
class ListColumns : public QObject
{
    Q_OBJECT

public:
    ListColumns(QTableView *view, RecordListModel *model);

    // The columns a type shows until the user chooses: the title and what a reader scans.
    static QStringList defaultColumns(RecordType type);
    // Shows the model's current type as last chosen (done by itself when the model's type
    // changes).
    void restore();
    // The fields shown, in the order shown.
    QStringList visibleFields() const;
    // Shows or hides the column of `field` and remembers the choice.
    void setFieldVisible(const QString &field, bool visible);

private:
    void save() const;
    void showMenu(const QPoint &position);
    int columnOf(const QString &field) const;

    QTableView *m_view;
    RecordListModel *m_model;
    bool m_restoring = false; // restore() moves sections: not a choice to save
};

} // namespace citykb
