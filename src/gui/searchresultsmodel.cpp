#include "searchresultsmodel.h"

#include "app/searchservice.h"
#include "app/sessionhost.h"
#include "displaynames.h"
#include "facetmodel.h"

#include <QRegularExpression>
#include <QSet>

namespace citykb {

SearchResultsModel::SearchResultsModel(SessionHost &host, QObject *parent) : QAbstractListModel(parent), m_host(host) {}

void SearchResultsModel::setFacetModel(FacetModel *facets)
{
    m_facets = facets;
}

void SearchResultsModel::search(const SearchQuery &query)
{
    const quint64 generation = ++m_generation;
    m_query = query;
    m_similarTo.clear();
    m_fetchingMore = false;
    setSearching(true);
    m_host.read<SearchResults>(
        this, [query](KnowledgeBase &kb) { return SearchService(kb).search(query); },
        [this, generation](const Result<SearchResults> &result) { resultsArrived(generation, result); });
}

void SearchResultsModel::similar(RecordType type, const QString &key, int limit)
{
    const quint64 generation = ++m_generation;
    m_query = SearchQuery();
    m_similarTo = key;
    m_fetchingMore = false;
    setSearching(true);
    m_host.read<SearchResults>(
        this, [type, key, limit](KnowledgeBase &kb) { return SearchService(kb).similar(type, key, limit, true); },
        [this, generation](const Result<SearchResults> &result) { resultsArrived(generation, result); });
}

void SearchResultsModel::clear()
{
    ++m_generation;
    m_fetchingMore = false;
    beginResetModel();
    m_query = SearchQuery();
    m_results = SearchResults();
    m_error.clear();
    endResetModel();
    setSearching(false);
    Q_EMIT resultsChanged();
}

void SearchResultsModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

void SearchResultsModel::resultsArrived(quint64 generation, const Result<SearchResults> &result)
{
    if (generation != m_generation)
        return; // a newer search was asked meanwhile: its answer is the one to show
    beginResetModel();
    if (result) {
        m_results = result.value();
        m_error.clear();
    } else {
        m_results = SearchResults();
        m_error = result.error();
    }
    endResetModel();
    setSearching(false);
    if (result && m_facets)
        m_facets->setCounts(m_results.facets);
    Q_EMIT resultsChanged();
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    // "More like this" answers once, with all it has.
    return !parent.isValid() && m_similarTo.isEmpty() && !m_searching && !m_fetchingMore && m_error.isEmpty()
        && !m_results.hits.isEmpty()
        && m_results.hits.size() < m_results.total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchingMore = true;
    SearchQuery query = m_query;
    query.offset = m_query.offset + int(m_results.hits.size());
    query.facetCounts = false;
    const quint64 generation = m_generation;
    m_host.read<SearchResults>(
        this, [query](KnowledgeBase &kb) { return SearchService(kb).search(query); },
        [this, generation](const Result<SearchResults> &result) { moreArrived(generation, result); });
}

void SearchResultsModel::moreArrived(quint64 generation, const Result<SearchResults> &result)
{
    if (generation != m_generation)
        return;
    m_fetchingMore = false;
    // The total is Xapian's estimate: when the next page holds nothing new, it was too high.
    QList<SearchHit> more;
    if (result) {
        QSet<std::pair<int, qint64>> shown;
        for (const SearchHit &hit : std::as_const(m_results.hits))
            shown.insert({int(hit.type), hit.id});
        for (const SearchHit &hit : result.value().hits) {
            if (!shown.contains({int(hit.type), hit.id}))
                more.append(hit);
        }
    }
    if (more.isEmpty()) {
        m_results.total = m_results.hits.size();
        m_results.totalExact = true;
        Q_EMIT resultsChanged();
        return;
    }
    const int first = int(m_results.hits.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_results.hits += more;
    endInsertRows();
}

QString SearchResultsModel::whyNothing() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_searching || !m_results.hits.isEmpty() || m_generation == 0)
        return {};
    if (!m_results.notices.isEmpty())
        return m_results.notices.join(QLatin1Char(' '));
    return tr("No record matches \"%1\".").arg(m_query.text);
}

QString SearchResultsModel::source(const SearchHit &hit)
{
    switch (hit.part) {
    case HitPart::Record:
        break;
    case HitPart::Answer: {
        // The index says "Question 3: <text>"; the question's own words follow the number.
        static const QRegularExpression question(QStringLiteral("^Question \\d+(?::\\s*(.*))?$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
        const auto m = question.match(hit.context);
        if (!m.hasMatch())
            break;
        const QString number = QString::number(hit.partNumber);
        return m.captured(1).isEmpty() ? tr("Interview: %1, question %2").arg(hit.title, number)
                                       : tr("Interview: %1, question %2: %3").arg(hit.title, number, m.captured(1));
    }
    case HitPart::Section: {
        // The index says "Section: <heading> (page 12)" or "Section 3 (page 12)".
        static const QRegularExpression section(QStringLiteral("^Section(?::\\s*(.*?)|\\s+\\d+)(?:\\s+\\(page (\\d+)\\))?$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const auto m = section.match(hit.context);
        if (!m.hasMatch())
            break;
        const QString where = m.captured(1).isEmpty() ? QString::number(hit.partNumber) : m.captured(1);
        return m.captured(2).isEmpty() ? tr("Document: %1, section %2").arg(hit.title, where)
                                       : tr("Document: %1, section %2 (page %3)").arg(hit.title, where, m.captured(2));
    }
    }
    if (hit.part != HitPart::Record && !hit.context.isEmpty())
        return tr("%1: %2, %3").arg(DisplayNames::recordType(hit.type), hit.title, hit.context);
    return tr("%1: %2").arg(DisplayNames::recordType(hit.type), hit.title);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_results.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return hit.title;
    case Qt::ToolTipRole:
    case SourceRole: return source(hit);
    case TypeWordRole: return recordTypeWord(hit.type);
    case TypeNameRole: return DisplayNames::recordType(hit.type);
    case RecordTypeRole: return int(hit.type);
    case KeyRole: return hit.key;
    case IdRole: return hit.id;
    case SnippetRole: return hit.snippet;
    case ScoreRole: return hit.score;
    case PercentRole: return hit.percent;
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(TypeWordRole, "typeWord");
    names.insert(TypeNameRole, "typeName");
    names.insert(RecordTypeRole, "recordType");
    names.insert(KeyRole, "key");
    names.insert(IdRole, "recordId");
    names.insert(SnippetRole, "snippet");
    names.insert(SourceRole, "source");
    names.insert(ScoreRole, "score");
    names.insert(PercentRole, "percent");
    return names;
}

} // namespace citykb
