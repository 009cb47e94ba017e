#include "peersservice.h"

#include "browseservice.h"
#include "knowledgebase.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace citykb {

namespace {

struct PeersText
{
    Q_DECLARE_TR_FUNCTIONS(PeersText)
};

// A practice list of taxonomy keys and what a shared term of it weighs: what a practice is
// about and for whom counts more than how it was done.
struct TermList
{
    QString list;
    QString vocabulary;
    double weight = 1;
};

const QList<TermList> &termLists()
{
    static const QList<TermList> lists = [] {
        QList<TermList> result;
        for (const ChildSpec &child : specFor(RecordType::Practice).children) {
            if (!child.flatRef || child.flatRef->target != RecordType::Taxonomy)
                continue;
            const QString &vocabulary = child.fixedValue;
            double weight = 1;
            if (vocabulary == QLatin1String("theme") || vocabulary == QLatin1String("target_group")
                || vocabulary == QLatin1String("challenge"))
                weight = 3;
            else if (vocabulary == QLatin1String("success_factor"))
                weight = 2;
            result.append({child.name, vocabulary, weight});
        }
        return result;
    }();
    return lists;
}

// The taxonomy terms of a set of practices: key → the list it is in.
using Profile = QHash<QString, const TermList *>;

void addTerms(const QJsonObject &practice, Profile &profile)
{
    for (const TermList &list : termLists())
        for (const QJsonValue &term : practice.value(list.list).toArray())
            profile.insert(term.toString(), &list);
}

double weightOf(const Profile &profile)
{
    double weight = 0;
    for (const TermList *list : profile)
        weight += list->weight;
    return weight;
}

// What peers are looked for: the terms to match, the cities that are not peers, and the
// networks and working groups they belong to (keyed "network:KEY" / "working_group:KEY").
struct Subject
{
    Profile profile;
    QSet<QString> ownCities;
    QHash<QString, QString> memberships;
    QSet<QString> challenges; // taxonomy keys the cities' indicators bear on
};

QString membershipKey(const QJsonObject &membership)
{
    for (const QString &field : {QStringLiteral("network"), QStringLiteral("working_group")}) {
        const QString key = membership.value(field).toString();
        if (!key.isEmpty())
            return field + QLatin1Char(':') + key;
    }
    return {};
}

// A city of the subject: its memberships and the challenges its indicators bear on.
Status addCity(const Store &store, const QString &cityKey, Subject &subject)
{
    auto city = store.get(RecordType::City, cityKey);
    if (!city)
        return city.fullError();
    for (const QJsonValue &value : city.value().value(QStringLiteral("memberships")).toArray()) {
        const QString key = membershipKey(value.toObject());
        if (!key.isEmpty())
            subject.memberships.insert(key, value.toObject().value(QStringLiteral("role")).toString());
    }
    for (const QJsonValue &value : city.value().value(QStringLiteral("indicators")).toArray()) {
        const QString challenge = value.toObject().value(QStringLiteral("challenge")).toString();
        if (!challenge.isEmpty())
            subject.challenges.insert(challenge);
    }
    return {};
}

struct Candidate
{
    QString city;
    double sharedWeight = 0;
    QSet<QString> sharedTerms;
};

class PeerFinder
{
public:
    explicit PeerFinder(const Store &store) : m_store(store) {}

    Result<QList<Peer>> find(const Subject &subject, int limit);

private:
    Result<QJsonObject> cached(RecordType type, const QString &key);
    Result<Peer> describe(const Subject &subject, const Candidate &candidate, const QList<QJsonObject> &practices);

    const Store &m_store;
    QHash<QString, QJsonObject> m_records; // "type word:key" → record
};

Result<QJsonObject> PeerFinder::cached(RecordType type, const QString &key)
{
    const QString id = specFor(type).word + QLatin1Char(':') + key;
    if (const auto it = m_records.constFind(id); it != m_records.constEnd())
        return *it;
    auto record = m_store.get(type, key);
    if (record)
        m_records.insert(id, record.value());
    return record;
}

Result<QList<Peer>> PeerFinder::find(const Subject &subject, int limit)
{
    using R = Result<QList<Peer>>;
    const double subjectWeight = weightOf(subject.profile);
    if (subjectWeight == 0)
        return QList<Peer>();

    // Every practice with one of the subject's terms: the shared terms of each other city are
    // complete after this, so the shared weight is exact before anyone's whole profile is read.
    QHash<QString, Candidate> candidates;
    for (auto term = subject.profile.constBegin(); term != subject.profile.constEnd(); ++term) {
        auto practices = m_store.list(RecordType::Practice, {{term.value()->list, term.key()}});
        if (!practices)
            return practices.fullError();
        for (const QJsonObject &practice : practices.value()) {
            for (const QJsonValue &cityValue : practice.value(QStringLiteral("cities")).toArray()) {
                const QString city = cityValue.toString();
                if (subject.ownCities.contains(city))
                    continue;
                Candidate &candidate = candidates[city];
                candidate.city = city;
                if (!candidate.sharedTerms.contains(term.key())) {
                    candidate.sharedTerms.insert(term.key());
                    candidate.sharedWeight += term.value()->weight;
                }
            }
        }
    }

    // A candidate scores at most shared / subject (when it has no other terms), so once that bound
    // falls below the limit-th best exact score, nobody further down can enter.
    QList<Candidate> ordered = candidates.values();
    std::sort(ordered.begin(), ordered.end(), [](const Candidate &a, const Candidate &b) {
        return a.sharedWeight != b.sharedWeight ? a.sharedWeight > b.sharedWeight : a.city < b.city;
    });
    QList<Peer> peers;
    QList<double> scores;
    for (const Candidate &candidate : std::as_const(ordered)) {
        const double bound = candidate.sharedWeight / subjectWeight;
        if (scores.size() >= limit && bound < scores.at(limit - 1))
            break;
        auto practices = m_store.list(RecordType::Practice, {{QStringLiteral("cities"), candidate.city}});
        if (!practices)
            return practices.fullError();
        Profile theirs;
        for (const QJsonObject &practice : practices.value())
            addTerms(practice, theirs);
        auto peer = describe(subject, candidate, practices.value());
        if (!peer)
            return peer.fullError();
        peer.value().score = candidate.sharedWeight / (subjectWeight + weightOf(theirs) - candidate.sharedWeight);
        peers.append(peer.value());
        scores.append(peer.value().score);
        std::sort(scores.begin(), scores.end(), std::greater<double>());
    }

    std::sort(peers.begin(), peers.end(), [](const Peer &a, const Peer &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.sharedTerms.size() != b.sharedTerms.size())
            return a.sharedTerms.size() > b.sharedTerms.size();
        if (const int byName = a.cityName.compare(b.cityName, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.cityKey < b.cityKey;
    });
    if (peers.size() > limit)
        peers.resize(limit);
    return R(peers);
}

Result<Peer> PeerFinder::describe(const Subject &subject, const Candidate &candidate, const QList<QJsonObject> &practices)
{
    auto city = cached(RecordType::City, candidate.city);
    if (!city)
        return city.fullError();
    Peer peer;
    peer.cityKey = candidate.city;
    peer.cityName = city.value().value(QStringLiteral("name")).toString();
    peer.country = city.value().value(QStringLiteral("country")).toString();

    QList<std::pair<double, SharedTerm>> terms;
    for (const QString &key : candidate.sharedTerms) {
        auto term = cached(RecordType::Taxonomy, key);
        if (!term)
            return term.fullError();
        const TermList *list = subject.profile.value(key);
        terms.append({list->weight, SharedTerm{key, term.value().value(QStringLiteral("term")).toString(), list->vocabulary}});
    }
    std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return a.second.term.compare(b.second.term, Qt::CaseInsensitive) < 0;
    });
    for (const auto &[weight, term] : terms)
        peer.sharedTerms.append(term);

    for (const QJsonObject &practice : practices) {
        Profile own;
        addTerms(practice, own);
        PeerPractice shown{practice.value(QStringLiteral("key")).toString(), practice.value(QStringLiteral("title")).toString(), {}};
        for (const SharedTerm &term : std::as_const(peer.sharedTerms))
            if (own.contains(term.key))
                shown.sharedTerms.append(term.key);
        if (!shown.sharedTerms.isEmpty())
            peer.practices.append(shown);
    }
    std::stable_sort(peer.practices.begin(), peer.practices.end(), [](const PeerPractice &a, const PeerPractice &b) {
        if (a.sharedTerms.size() != b.sharedTerms.size())
            return a.sharedTerms.size() > b.sharedTerms.size();
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    });

    for (const QJsonValue &value : city.value().value(QStringLiteral("memberships")).toArray()) {
        const QJsonObject membership = value.toObject();
        const QString key = membershipKey(membership);
        if (key.isEmpty() || !subject.memberships.contains(key))
            continue;
        const bool isNetwork = key.startsWith(QLatin1String("network:"));
        SharedNetwork shared;
        shared.type = isNetwork ? RecordType::Network : RecordType::WorkingGroup;
        shared.key = key.section(QLatin1Char(':'), 1);
        auto record = cached(shared.type, shared.key);
        if (!record)
            return record.fullError();
        shared.name = record.value().value(QStringLiteral("name")).toString();
        shared.peerRole = membership.value(QStringLiteral("role")).toString();
        if (std::none_of(peer.sharedNetworks.cbegin(), peer.sharedNetworks.cend(),
                         [&](const SharedNetwork &s) { return s.type == shared.type && s.key == shared.key; }))
            peer.sharedNetworks.append(shared);
    }
    std::sort(peer.sharedNetworks.begin(), peer.sharedNetworks.end(), [](const SharedNetwork &a, const SharedNetwork &b) {
        if (a.type != b.type)
            return a.type == RecordType::Network;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });

    for (const QJsonValue &value : city.value().value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject indicator = value.toObject();
        const QString challenge = indicator.value(QStringLiteral("challenge")).toString();
        if (challenge.isEmpty() || !subject.challenges.contains(challenge))
            continue;
        auto shared = std::find_if(peer.sharedChallenges.begin(), peer.sharedChallenges.end(),
                                   [&](const SharedChallenge &s) { return s.key == challenge; });
        if (shared == peer.sharedChallenges.end()) {
            auto term = cached(RecordType::Taxonomy, challenge);
            if (!term)
                return term.fullError();
            peer.sharedChallenges.append(SharedChallenge{challenge, term.value().value(QStringLiteral("term")).toString(), {}});
            shared = peer.sharedChallenges.end() - 1;
        }
        PeerIndicator figure;
        figure.name = indicator.value(QStringLiteral("name")).toString();
        if (indicator.value(QStringLiteral("value")).isDouble())
            figure.value = indicator.value(QStringLiteral("value")).toDouble();
        figure.unit = indicator.value(QStringLiteral("unit")).toString();
        figure.year = indicator.value(QStringLiteral("year")).toInt();
        figure.period = indicator.value(QStringLiteral("period")).toString();
        shared->indicators.append(figure);
    }
    std::sort(peer.sharedChallenges.begin(), peer.sharedChallenges.end(), [](const SharedChallenge &a, const SharedChallenge &b) {
        return a.term.compare(b.term, Qt::CaseInsensitive) < 0;
    });
    return peer;
}

Status checkLimit(int limit)
{
    if (limit < 1)
        return Status::failure(PeersText::tr("Ask for at least one peer."));
    return {};
}

} // namespace

Result<QList<Peer>> PeersService::peersOfCity(const QString &cityIdKeyOrName, int limit)
{
    if (Status s = checkLimit(limit); !s)
        return s.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    auto key = resolveRecordKey(store, RecordType::City, cityIdKeyOrName);
    if (!key)
        return key.fullError();
    Subject subject;
    subject.ownCities.insert(key.value());
    if (Status s = addCity(store, key.value(), subject); !s)
        return s.fullError();
    auto practices = store.list(RecordType::Practice, {{QStringLiteral("cities"), key.value()}});
    if (!practices)
        return practices.fullError();
    for (const QJsonObject &practice : practices.value())
        addTerms(practice, subject.profile);
    return PeerFinder(store).find(subject, limit);
}

Result<QList<Peer>> PeersService::peersOfPractice(const QString &practiceIdKeyOrName, int limit)
{
    if (Status s = checkLimit(limit); !s)
        return s.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    auto key = resolveRecordKey(store, RecordType::Practice, practiceIdKeyOrName);
    if (!key)
        return key.fullError();
    auto practice = store.get(RecordType::Practice, key.value());
    if (!practice)
        return practice.fullError();
    Subject subject;
    addTerms(practice.value(), subject.profile);
    for (const QJsonValue &city : practice.value().value(QStringLiteral("cities")).toArray()) {
        subject.ownCities.insert(city.toString());
        if (Status s = addCity(store, city.toString(), subject); !s)
            return s.fullError();
    }
    return PeerFinder(store).find(subject, limit);
}

} // namespace citykb
