#include "facetmodel.h"

#include "displaynames.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>


namespace citykb {

namespace {

// What a value shows when the index knows no label for it: country codes in capitals.
QString shownValue(const QString &field, const QString &value, const QString &label)
{
    if (!label.isEmpty())
        return label;
    return field == QLatin1String("country") ? value.toUpper() : value;
}

// A value as the query language reads it: keys, years and codes as they are, anything else
// between quotes (which a value cannot hold itself).
QString queryValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[\\w.-]+$"), QRegularExpression::UseUnicodePropertiesOption);
    if (plain.match(value).hasMatch())
        return value;
    return QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"');
}

} // namespace

FacetModel::FacetModel(QObject *parent) : QAbstractItemModel(parent), m_chips(new FilterChipsModel(*this))
{
    for (const QString &field : fields())
        m_fields.append(Field{field, {}});
}

FacetModel::~FacetModel() = default;

QStringList FacetModel::fields()
{
    // The browser's order (issue 9): what a practice is about first, then where, then when.
    const QStringList order{QStringLiteral("theme"),   QStringLiteral("target-group"), QStringLiteral("success-factor"),
                            QStringLiteral("instrument"), QStringLiteral("city"),       QStringLiteral("country"),
                            QStringLiteral("network"), QStringLiteral("working-group"), QStringLiteral("year"),
                            QStringLiteral("status")};
    const QStringList known = facetFields();
    QStringList shown;
    for (const QString &field : order) {
        if (known.contains(field))
            shown.append(field);
    }
    return shown;
}

void FacetModel::setCounts(const QList<std::pair<QString, QList<FacetCount>>> &facets)
{
    bool labelsLearnt = false;
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &name = m_fields.at(row).name;
        QList<Value> values;
        for (const auto &[field, counts] : facets) {
            if (field != name)
                continue;
            for (const FacetCount &c : counts)
                values.append(Value{c.value, c.label, c.count});
        }
        for (ActiveFilter &active : m_active) {
            if (active.field != name)
                continue;
            auto it = std::find_if(values.begin(), values.end(), [&](const Value &v) { return v.value == active.value; });
            if (it == values.end()) {
                values.append(Value{active.value, active.label, 0});
            } else if (!it->label.isEmpty() && it->label != active.label) {
                active.label = it->label;
                labelsLearnt = true;
            }
        }
        replaceValues(row, std::move(values));
    }
    if (labelsLearnt) {
        m_chips->filtersAboutToChange();
        m_chips->filtersChanged();
    }
}

void FacetModel::replaceValues(int row, QList<Value> values)
{
    const QModelIndex parent = index(row, 0);
    QList<Value> &shown = m_fields[row].values;
    const int before = int(shown.size());
    const int after = int(values.size());
    // The rows both lists have change in place, the rest is added or removed at the end, so
    // that a view keeps the field open and its current row where it was.
    if (after < before) {
        beginRemoveRows(parent, after, before - 1);
        shown.resize(after);
        endRemoveRows();
    }
    const int common = std::min(before, after);
    for (int i = 0; i < common; ++i)
        shown[i] = values.at(i);
    if (common > 0)
        Q_EMIT dataChanged(index(0, 0, parent), index(common - 1, 1, parent));
    if (after > before) {
        beginInsertRows(parent, before, after - 1);
        shown.append(values.mid(before));
        endInsertRows();
    }
}

bool FacetModel::toggle(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == 0)
        return false;
    const Field &field = m_fields.at(int(index.internalId()) - 1);
    const Value &value = field.values.at(index.row());
    State next = State::Included;
    switch (state(field.name, value.value)) {
    case State::Neutral: next = State::Included; break;
    case State::Included: next = State::Excluded; break;
    case State::Excluded: next = State::Neutral; break;
    }
    setState(field.name, value.value, next, shownValue(field.name, value.value, value.label));
    return true;
}

FacetModel::State FacetModel::state(const QString &field, const QString &value) const
{
    const int i = activeIndex(field, value);
    if (i < 0)
        return State::Neutral;
    return m_active.at(i).excluded ? State::Excluded : State::Included;
}

void FacetModel::setState(const QString &field, const QString &value, State state, const QString &label)
{
    if (state == this->state(field, value))
        return;
    const int i = activeIndex(field, value);
    m_chips->filtersAboutToChange();
    if (state == State::Neutral) {
        m_active.removeAt(i);
    } else if (i >= 0) {
        m_active[i].excluded = state == State::Excluded;
    } else {
        QString shown = label;
        if (const int row = fieldRow(field); shown.isEmpty() && row >= 0) {
            for (const Value &v : m_fields.at(row).values) {
                if (v.value == value)
                    shown = shownValue(field, v.value, v.label);
            }
        }
        m_active.append(ActiveFilter{field, value, shown.isEmpty() ? shownValue(field, value, {}) : shown,
                                     state == State::Excluded});
    }
    m_chips->filtersChanged();
    valueChanged(field, value);
    Q_EMIT filtersChanged();
}

void FacetModel::clearFilters()
{
    if (m_active.isEmpty())
        return;
    m_chips->filtersAboutToChange();
    const QList<ActiveFilter> cleared = std::exchange(m_active, {});
    m_chips->filtersChanged();
    for (const ActiveFilter &f : cleared)
        valueChanged(f.field, f.value);
    Q_EMIT filtersChanged();
}

void FacetModel::valueChanged(const QString &field, const QString &value)
{
    const int row = fieldRow(field);
    if (row < 0)
        return; // a facet the browser does not show ("type"): only the query has it
    const QModelIndex parent = index(row, 0);
    const QList<Value> &values = m_fields.at(row).values;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).value == value) {
            Q_EMIT dataChanged(index(i, 0, parent), index(i, 1, parent));
            return;
        }
    }
    // A value the results do not show (a saved search's filter): list it so it can be cleared.
    if (this->state(field, value) != State::Neutral) {
        const int at = int(values.size());
        beginInsertRows(parent, at, at);
        m_fields[row].values.append(Value{value, m_active.at(activeIndex(field, value)).label, 0});
        endInsertRows();
    }
}

QList<FacetFilter> FacetModel::includedFacets() const
{
    QList<FacetFilter> facets;
    for (const ActiveFilter &f : m_active) {
        if (!f.excluded)
            facets.append(FacetFilter{f.field, f.value});
    }
    return facets;
}

QString FacetModel::exclusionText() const
{
    QStringList terms;
    for (const ActiveFilter &f : m_active) {
        if (f.excluded)
            terms.append(QLatin1Char('-') + f.field + QLatin1Char(':') + queryValue(f.value));
    }
    return terms.join(QLatin1Char(' '));
}

void FacetModel::applyTo(SearchQuery &query) const
{
    query.facets += includedFacets();
    const QString exclusions = exclusionText();
    if (exclusions.isEmpty())
        return;
    query.text = query.text.trimmed().isEmpty() ? exclusions : query.text + QLatin1Char(' ') + exclusions;
}

int FacetModel::fieldRow(const QString &field) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).name == field)
            return row;
    }
    return -1;
}

int FacetModel::activeIndex(const QString &field, const QString &value) const
{
    for (int i = 0; i < m_active.size(); ++i) {
        if (m_active.at(i).field == field && m_active.at(i).value == value)
            return i;
    }
    return -1;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Top-level rows carry 0; a value carries its field's row + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_fields.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_fields.at(parent.row()).values.size());
    return 0;
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QString FacetModel::tooltip(const Field &field, const Value &value) const
{
    const QString shown = shownValue(field.name, value.value, value.label);
    switch (state(field.name, value.value)) {
    case State::Included:
        return tr("Only records with “%1” are shown. Click to leave them out instead.").arg(shown);
    case State::Excluded:
        return tr("Records with “%1” are left out. Click to clear this filter.").arg(shown);
    case State::Neutral:
        break;
    }
    return tr("Records with “%1”: %2. Click to show only these.").arg(shown, QLocale().toString(value.count));
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Field &field = m_fields.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return index.column() == 0 ? QVariant(DisplayNames::facetField(field.name)) : QVariant();
        case Qt::ToolTipRole:
            return tr("Filter by %1: a click on a value shows only records with it, a second click leaves them out.")
                .arg(DisplayNames::facetField(field.name));
        case FieldRole: return field.name;
        default: return {};
        }
    }
    const Field &field = m_fields.at(int(index.internalId()) - 1);
    const Value &value = field.values.at(index.row());
    const State state = this->state(field.name, value.value);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(shownValue(field.name, value.value, value.label)) : QVariant(qlonglong(value.count));
    case Qt::ToolTipRole: return tooltip(field, value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == 1 ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (state == State::Neutral)
            return {};
        QFont font;
        font.setBold(state == State::Included);
        font.setStrikeOut(state == State::Excluded);
        return font;
    }
    case FieldRole: return field.name;
    case ValueRole: return value.value;
    case CountRole: return value.count;
    case StateRole: return int(state);
    default: return {};
    }
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case 0: return tr("Filter");
    case 1: return tr("Records");
    default: return {};
    }
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(FieldRole, "field");
    names.insert(ValueRole, "value");
    names.insert(CountRole, "count");
    names.insert(StateRole, "state");
    return names;
}

FilterChipsModel::FilterChipsModel(FacetModel &facets) : QAbstractListModel(&facets), m_facets(facets) {}

void FilterChipsModel::remove(int row)
{
    if (row < 0 || row >= m_facets.activeFilters().size())
        return;
    const FacetModel::ActiveFilter filter = m_facets.activeFilters().at(row);
    m_facets.setState(filter.field, filter.value, FacetModel::State::Neutral);
}

int FilterChipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facets.activeFilters().size());
}

QVariant FilterChipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FacetModel::ActiveFilter &filter = m_facets.activeFilters().at(index.row());
    const QString field = DisplayNames::facetField(filter.field);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return filter.excluded ? tr("%1: not %2").arg(field, filter.label) : tr("%1: %2").arg(field, filter.label);
    case Qt::ToolTipRole:
        return filter.excluded ? tr("Records with %1 “%2” are left out; remove the filter to show them.").arg(field, filter.label)
                               : tr("Only records with %1 “%2” are shown; remove the filter to show all.").arg(field, filter.label);
    case FieldRole: return filter.field;
    case ValueRole: return filter.value;
    case ExcludedRole: return filter.excluded;
    default: return {};
    }
}

QHash<int, QByteArray> FilterChipsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FieldRole, "field");
    names.insert(ValueRole, "value");
    names.insert(ExcludedRole, "excluded");
    return names;
}

} // namespace citykb
