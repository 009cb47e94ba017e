#pragma once

#include "core/recordspec.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace citykb {

class SessionHost;

// The records of one type as a table, read page by page through the session host (never on
// the GUI thread), so that a list of 100,000 records opens at once and scrolls smoothly:
// rowCount() is the total the first page tells; a row not loaded yet shows a placeholder and
// asks for its page, which arrives later as dataChanged(). A small cache keeps the pages used
// last. The change stream keeps it current: a change of its type reloads it once the changes
// pause for 100 ms (at the latest a second after the first), so that a bulk import does not
// reload once per record; the rows shown stay on screen until their new version arrives.
//
// Columns: the title, the type's plain fields (those that are neither nested JSON nor lists;
// references show the key of the record they point at), then its lists of references (a
// practice's cities, themes, ...) as the titles of their records. Which of them a view shows
// is the view's choice (ListColumns).
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: the record's key (empty while not loaded)
        IdRole,                     // qint64: the record's store id (invalid while not loaded)
    };

    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 50;
    // A change reloads the list after this quiet time, or after the longer one at the latest.
    static constexpr int ReloadDelayMs = 100;
    static constexpr int MaxReloadDelayMs = 1000;

    RecordListModel(SessionHost &host, RecordType type, QObject *parent = nullptr);

    RecordType type() const { return m_type; }
    // Shows the records of `type`, unfiltered, in title order (its columns replace the old).
    void setType(RecordType type);
    const QList<Filter> &filters() const { return m_filters; }
    void setFilters(const QList<Filter> &filters);
    // The spec field a column shows (the title field for column 0).
    QString columnField(int column) const;
    // Whether sort() can order by the column: references cannot be sorted by the store.
    bool canSort(int column) const;
    // The PageQuery sort in use: a field name, "-field" for descending, empty for the title.
    const QString &sortKey() const { return m_sort; }
    // Reads the list again, keeping the rows shown until their new version arrives.
    void reload();
    // Whether a page is being read.
    bool isLoading() const { return !m_inFlight.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A page was asked of the session host / has arrived (for busy indicators and tests).
    void pageRequested(int page);
    void pageLoaded(int page);
    // Reading a page failed; `message` is one sentence for the user.
    void loadFailed(const QString &message);

private:
    struct Page
    {
        QList<RecordSummary> rows;
    };

    void requestWanted();
    void requestPage(int page);
    void pageArrived(int page, quint64 generation, const Result<RecordPage> &result);
    void setTotal(qint64 total);
    void touch(int page) const;
    void onChanged(const Change &change);
    const RecordSummary *rowAt(int row) const;
    QVariant cell(const RecordSummary &summary, int column) const;

    SessionHost &m_host;
    RecordType m_type;
    QList<Filter> m_filters;
    QString m_sort;
    QStringList m_columns; // spec field names, m_columns[0] the title field
    int m_total = 0;
    quint64 m_generation = 0; // bumped by every reload; older answers are dropped
    QHash<int, Page> m_pages;
    QHash<int, Page> m_stale;     // pages of the previous load, shown until their new version arrives
    mutable QList<int> m_lru;     // cached pages, least recently used first
    mutable QSet<int> m_wanted;   // pages data() asked for, requested on the next turn of the event loop
    QSet<int> m_inFlight;
    QSet<int> m_failed;           // pages whose read failed in this load: not asked again until a reload
    mutable QTimer m_requestTimer; // started by data(), which is const
    QTimer m_changeTimer;
    QElapsedTimer m_pendingSince; // since the first change the coming reload is for
};

} // namespace citykb
