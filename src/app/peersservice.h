#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

class KnowledgeBase;

// A taxonomy term two cities' practices have in common.
struct SharedTerm
{
    QString key;
    QString term;       // the display name
    QString vocabulary; // theme, target_group, success_factor, instrument, ...
};

// A practice of the peer that shows the overlap, with the shared terms it carries.
struct PeerPractice
{
    QString key;
    QString title;
    QStringList sharedTerms; // keys
};

// A network or working group both the peer and the city belong to (their memberships).
struct SharedNetwork
{
    RecordType type = RecordType::Network; // Network or WorkingGroup
    QString key;
    QString name;
    QString peerRole; // the peer's role in it: member, lead partner, chair, ...
};

// A figure of the peer about a challenge it shares (a city's indicator).
struct PeerIndicator
{
    QString name;
    std::optional<double> value;
    QString unit;
    int year = 0;   // 0: not given
    QString period; // when it is a span rather than a year
};

// A challenge both the peer's and the city's own figures bear on (their indicators), with the
// peer's figures: Bologna's youth unemployment beside Stockholm's.
struct SharedChallenge
{
    QString key;
    QString term; // the display name
    QList<PeerIndicator> indicators;
};

// A city that worked on the same themes, target groups, success factors and instruments.
struct Peer
{
    QString cityKey;
    QString cityName;
    QString country;
    // Weighted Jaccard similarity of the two cities' taxonomy terms, 0..1 (docs/architecture.md).
    double score = 0;
    QList<SharedTerm> sharedTerms;   // by vocabulary weight, then term
    QList<PeerPractice> practices;   // the peer's practices that carry shared terms, most shared first
    QList<SharedNetwork> sharedNetworks;
    // Shown beside the score, not part of it: the score compares what the cities did.
    QList<SharedChallenge> sharedChallenges;
};

// Peers (issue 9): for a city or a practice, the cities whose practices worked on the same
// themes, target groups, success factors and instruments, so an officer finds whom to call.
// Safe on any thread: it reads through the calling thread's store connection.
class PeersService
{
public:
    explicit PeersService(KnowledgeBase &kb) : m_kb(kb) {}

    // The `limit` cities most like the city known by id, key or name (never itself), best first.
    Result<QList<Peer>> peersOfCity(const QString &cityIdKeyOrName, int limit = 10);
    // The `limit` cities whose practices are most like this practice (never its own cities).
    // Shared networks and challenges are those the peer shares with any of the practice's cities.
    Result<QList<Peer>> peersOfPractice(const QString &practiceIdKeyOrName, int limit = 10);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
