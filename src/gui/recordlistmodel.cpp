#include "recordlistmodel.h"

#include "app/browseservice.h"
#include "app/sessionhost.h"
#include "displaynames.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace citykb {

namespace {

// The title field, every field a row summary carries as a single value, then the lists of
// references it carries as titles.
QStringList columnsOf(RecordType type)
{
    const RecordSpec &spec = specFor(type);
    QStringList columns{spec.titleField};
    for (const FieldSpec &f : spec.fields) {
        if (f.kind != FieldKind::Json && f.name != spec.titleField)
            columns.append(f.name);
    }
    for (const ChildSpec &child : spec.children) {
        if (child.flatRef && child.flatRef->target)
            columns.append(child.name);
    }
    return columns;
}

} // namespace

RecordListModel::RecordListModel(SessionHost &host, RecordType type, QObject *parent)
    : QAbstractTableModel(parent), m_host(host), m_type(type), m_columns(columnsOf(type))
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &RecordListModel::requestWanted);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ReloadDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &RecordListModel::reload);
    connect(&m_host, &SessionHost::changed, this, &RecordListModel::onChanged);
    connect(&m_host, &SessionHost::reset, this, &RecordListModel::reload);
    connect(&m_host, &SessionHost::opened, this, [this](const Status &status) {
        if (status)
            reload();
    });
    reload();
}

void RecordListModel::setType(RecordType type)
{
    beginResetModel();
    m_type = type;
    m_columns = columnsOf(type);
    m_filters.clear();
    m_sort.clear();
    m_total = 0;
    m_pages.clear();
    m_stale.clear();
    m_lru.clear();
    endResetModel();
    reload();
}

void RecordListModel::setFilters(const QList<Filter> &filters)
{
    const bool same = filters.size() == m_filters.size()
        && std::equal(filters.begin(), filters.end(), m_filters.begin(), [](const Filter &a, const Filter &b) {
               return a.field == b.field && a.value == b.value;
           });
    if (same)
        return;
    m_filters = filters;
    reload();
}

QString RecordListModel::columnField(int column) const
{
    return m_columns.value(column);
}

bool RecordListModel::canSort(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const FieldSpec *f = specFor(m_type).field(m_columns.at(column));
    return f && f->kind != FieldKind::Ref;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!canSort(column))
        return;
    const QString key = (order == Qt::DescendingOrder ? QStringLiteral("-") : QString()) + m_columns.at(column);
    if (key == m_sort)
        return;
    m_sort = key;
    reload();
}

void RecordListModel::reload()
{
    ++m_generation;
    // Pages asked for but not arrived are what a view shows now: keep their old version too.
    QHash<int, Page> stale = m_pages;
    for (int page : std::as_const(m_inFlight)) {
        if (!stale.contains(page) && m_stale.contains(page))
            stale.insert(page, m_stale.value(page));
    }
    // The first page brings the total; the pages used last are most likely on screen.
    for (int page : std::as_const(m_inFlight))
        m_wanted.insert(page);
    m_wanted.insert(0);
    for (qsizetype i = std::max<qsizetype>(0, m_lru.size() - 2); i < m_lru.size(); ++i)
        m_wanted.insert(m_lru.at(i));
    m_stale = std::move(stale);
    m_pages.clear();
    m_lru.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_requestTimer.start();
}

void RecordListModel::requestWanted()
{
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (int page : wanted) {
        if (m_pages.contains(page) || m_inFlight.contains(page) || m_failed.contains(page))
            continue;
        if (page > 0 && qint64(page) * PageSize >= m_total)
            continue;
        requestPage(page);
    }
}

void RecordListModel::requestPage(int page)
{
    m_inFlight.insert(page);
    PageQuery query;
    query.filters = m_filters;
    query.sort = m_sort;
    query.offset = qint64(page) * PageSize;
    query.limit = PageSize;
    query.withLists = true;
    const RecordType type = m_type;
    const quint64 generation = m_generation;
    m_host.read<RecordPage>(
        this, [type, query](KnowledgeBase &kb) { return BrowseService(kb).page(type, query); },
        [this, page, generation](const Result<RecordPage> &result) { pageArrived(page, generation, result); });
    Q_EMIT pageRequested(page);
}

void RecordListModel::pageArrived(int page, quint64 generation, const Result<RecordPage> &result)
{
    if (generation != m_generation)
        return; // asked before a reload: the answer to the newer question is on its way
    m_inFlight.remove(page);
    if (!result) {
        m_failed.insert(page);
        Q_EMIT loadFailed(result.error());
        return;
    }
    setTotal(result.value().total);
    m_pages.insert(page, Page{result.value().rows});
    m_stale.remove(page);
    touch(page);
    while (m_lru.size() > CachedPages)
        m_pages.remove(m_lru.takeFirst());

    const int first = page * PageSize;
    const int last = std::min(m_total, first + PageSize) - 1;
    if (page == 0 && !m_stale.isEmpty() && m_total > 0) {
        // The first page of a reload: let views ask again for every row they show, so that
        // the stale rows on screen are read anew.
        Q_EMIT dataChanged(index(0, 0), index(m_total - 1, columnCount() - 1));
    } else if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    Q_EMIT pageLoaded(page);
}

void RecordListModel::setTotal(qint64 total)
{
    const int rows = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (rows > m_total) {
        beginInsertRows({}, m_total, rows - 1);
        m_total = rows;
        endInsertRows();
    } else if (rows < m_total) {
        beginRemoveRows({}, rows, m_total - 1);
        m_total = rows;
        endRemoveRows();
    }
}

void RecordListModel::touch(int page) const
{
    if (!m_lru.isEmpty() && m_lru.last() == page)
        return;
    m_lru.removeOne(page);
    m_lru.append(page);
}

void RecordListModel::onChanged(const Change &change)
{
    if (change.type != m_type)
        return;
    // Each change pushes the reload 100 ms on, so that a run of writes reloads once at its
    // end; but a long run still shows its progress once a second.
    if (!m_changeTimer.isActive())
        m_pendingSince.start();
    if (m_pendingSince.elapsed() < MaxReloadDelayMs)
        m_changeTimer.start();
}

const RecordSummary *RecordListModel::rowAt(int row) const
{
    const int page = row / PageSize;
    const int offset = row % PageSize;
    if (auto it = m_pages.constFind(page); it != m_pages.constEnd()) {
        touch(page);
        return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
    }
    if (!m_wanted.contains(page)) {
        m_wanted.insert(page);
        // The request goes out on the next turn of the event loop, together with the other
        // pages the same paint asked for.
        m_requestTimer.start();
    }
    if (auto it = m_stale.constFind(page); it != m_stale.constEnd())
        return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
    return nullptr;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordListModel::cell(const RecordSummary &summary, int column) const
{
    if (column == 0)
        return summary.title;
    if (auto list = summary.lists.constFind(m_columns.at(column)); list != summary.lists.constEnd())
        return list->join(QStringLiteral(", "));
    const QJsonValue value = summary.fields.value(m_columns.at(column));
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        // Whole numbers as integers, so that a view does not show 1234567 as 1.23457e+06.
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return qlonglong(number);
        return number;
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const FieldSpec *f = specFor(m_type).field(m_columns.at(index.column()));
        const bool numeric = f && (f->kind == FieldKind::Integer || f->kind == FieldKind::Number);
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != KeyRole && role != IdRole)
        return {};
    const RecordSummary *summary = rowAt(index.row());
    if (!summary)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole: return cell(*summary, index.column());
    case Qt::ToolTipRole: {
        // A list column is often too long to read in its cell.
        const QString text = cell(*summary, index.column()).toString();
        return index.column() > 0 && !text.isEmpty() ? text : summary->title;
    }
    case KeyRole: return summary->key;
    case IdRole: return summary->id;
    default: return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    return DisplayNames::field(m_columns.at(section));
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(IdRole, "recordId");
    return names;
}

} // namespace citykb
