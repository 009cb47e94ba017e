#pragma once

#include "search/searchtypes.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace citykb {

class FilterChipsModel;

// The facet browser: the facet fields (theme, target group, ..., status) as top-level rows,
// each with the values of the last search results and their counts as children (column 0 the
// label, column 1 the count). A value is neutral, included or excluded; toggle() cycles it
// (a click filters, a second click excludes, a third clears). Included values of a field are
// ORed and fields ANDed (SearchQuery::facets); excluded values leave out every record that has
// them ("-city:bologna" in the query text, docs/search.md). It reads nothing itself: the
// search results model hands it the counts of each new result.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class State { Neutral, Included, Excluded };
    Q_ENUM(State)

    enum Role {
        FieldRole = Qt::UserRole + 1, // QString: the facet field ("city"), top-level rows and values
        ValueRole,                    // QString: the value's key, year, status or country code
        CountRole,                    // qint64: the records of the last results with the value
        StateRole,                    // int: State of the value
    };

    struct ActiveFilter
    {
        QString field;
        QString value;
        QString label;
        bool excluded = false;
    };

    explicit FacetModel(QObject *parent = nullptr);
    ~FacetModel() override;

    // The facet fields, in the order the browser shows them.
    static QStringList fields();

    // The counts of new results: values with their counts replace those shown; active values
    // that the results no longer hold stay, with a count of 0, so that they can be cleared.
    void setCounts(const QList<std::pair<QString, QList<FacetCount>>> &facets);

    // Neutral → included → excluded → neutral, for a value row; false for any other index.
    bool toggle(const QModelIndex &index);
    // Sets the state of a value (adding it when the results do not show it, e.g. a saved search).
    void setState(const QString &field, const QString &value, State state, const QString &label = {});
    State state(const QString &field, const QString &value) const;
    void clearFilters();

    // The active values in the order they were chosen.
    const QList<ActiveFilter> &activeFilters() const { return m_active; }
    // The included values as facet filters of a SearchQuery.
    QList<FacetFilter> includedFacets() const;
    // The excluded values in the query language: -city:bologna -theme:"..."; empty when none.
    QString exclusionText() const;
    // Adds the active filters to `query`: included ones to its facets, excluded ones to its text.
    void applyTo(SearchQuery &query) const;

    // The active filters as chips, each with its remove().
    FilterChipsModel *chips() const { return m_chips; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The active filters changed: run the search again with applyTo().
    void filtersChanged();

private:
    struct Value
    {
        QString value;
        QString label;
        qint64 count = 0;
    };
    struct Field
    {
        QString name;
        QList<Value> values;
    };

    int fieldRow(const QString &field) const;
    int activeIndex(const QString &field, const QString &value) const;
    void replaceValues(int fieldRow, QList<Value> values);
    void valueChanged(const QString &field, const QString &value);
    QString tooltip(const Field &field, const Value &value) const;

    QList<Field> m_fields;
    QList<ActiveFilter> m_active;
    FilterChipsModel *m_chips;
};

// The active filters of a FacetModel as removable chips: "City: Bologna", "Not theme: Housing".
class FilterChipsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        FieldRole = Qt::UserRole + 1,
        ValueRole,
        ExcludedRole, // bool
    };

    explicit FilterChipsModel(FacetModel &facets);

    // Clears the filter of chip `row`.
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class FacetModel;
    void filtersAboutToChange() { beginResetModel(); }
    void filtersChanged() { endResetModel(); }

    FacetModel &m_facets;
};

} // namespace citykb
