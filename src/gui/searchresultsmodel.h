#pragma once

#include "core/result.h"
#include "search/searchtypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace citykb {

class FacetModel;
class SessionHost;

// The hits of a search, one row per record, run through the session host on a reader thread
// (never on the GUI thread). A newer search wins: the answer to an older one that arrives late
// is dropped. Rows carry the title, the type, the highlighted snippet (HTML, matches in <b>) and
// where the hit comes from (the record, an interview's question, a document's section); more
// hits load when a view scrolls to the end (fetchMore). Beside the rows: the total, "did you
// mean", the notices and, when nothing is found, a sentence saying why; resultsChanged() tells
// when they change. The facet counts of each new result go to the facet model, if one is set.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // QString
        TypeWordRole,                 // QString: the TYPE word, "practices"
        TypeNameRole,                 // QString: the readable type, "Practice"
        RecordTypeRole,               // int: RecordType
        KeyRole,                      // QString
        IdRole,                       // qint64: the store id
        SnippetRole,                  // QString: HTML, the matches between <b> and </b>
        SourceRole,                   // QString: "Interview: ..., question 3: ..."
        ScoreRole,                    // double: the relevance weight
        PercentRole,                  // int: the relevance in percent of the best hit
    };

    explicit SearchResultsModel(SessionHost &host, QObject *parent = nullptr);

    // The facet model that receives the facet counts of each new result (may be null).
    void setFacetModel(FacetModel *facets);

    // Runs `query`; the rows change when its answer arrives (unless a newer search came first).
    void search(const SearchQuery &query);
    // Forgets the results (and drops answers still on their way).
    // Records like the one given, of any type ("more like this").
    void similar(RecordType type, const QString &key, int limit = 20);
    // The key of the record a "more like this" list is about; empty for a search.
    const QString &similarTo() const { return m_similarTo; }
    void clear();
    bool isSearching() const { return m_searching; }

    const SearchQuery &query() const { return m_query; }
    qint64 total() const { return m_results.total; }
    bool totalExact() const { return m_results.totalExact; }
    QString suggestion() const { return m_results.suggestion; }
    bool corrected() const { return m_results.corrected; }
    QString searchedFor() const { return m_results.searchedFor; }
    QStringList notices() const { return m_results.notices; }
    // Why the query could not run (a field that does not exist, a bad year ...); empty when it ran.
    QString error() const { return m_error; }
    // When a search found nothing: one or more sentences saying why; empty otherwise.
    QString whyNothing() const;
    const QList<std::pair<QString, QList<FacetCount>>> &facets() const { return m_results.facets; }

    // "Practice: <title>", "Interview: <title>, question 3: <text>", "Document: <title>,
    // section 2.4 Heading (page 12)".
    static QString source(const SearchHit &hit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // New results (or an error) arrived: the getters above tell the rest.
    void resultsChanged();
    void searchingChanged(bool searching);

private:
    void setSearching(bool searching);
    void resultsArrived(quint64 generation, const Result<SearchResults> &result);
    void moreArrived(quint64 generation, const Result<SearchResults> &result);

    SessionHost &m_host;
    QPointer<FacetModel> m_facets;
    SearchQuery m_query;
    QString m_similarTo;
    SearchResults m_results;
    QString m_error;
    quint64 m_generation = 0; // bumped by every search; older answers are dropped
    bool m_searching = false;
    bool m_fetchingMore = false;
};

} // namespace citykb
