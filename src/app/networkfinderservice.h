#pragma once

#include "core/recordspec.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

class KnowledgeBase;

// The kinds of member that the networks' eligibility texts tell apart ("towns and cities",
// "regions", "national governments ... and knowledge institutes", "living labs").
enum class MemberKind { City, Region, NationalGovernment, Organisation, LivingLab };

const QList<MemberKind> &allMemberKinds();
// "city", "region", "national-government", "organisation", "living-lab".
QString memberKindWord(MemberKind kind);
std::optional<MemberKind> memberKindFromWord(const QString &word);
// "a city", "a region", ... for sentences and choosers.
QString memberKindLabel(MemberKind kind);

// Who is looking for a network.
struct FinderQuery
{
    QString country;                  // ISO 3166 alpha-2 ("NL"; "UK" and "EL" are read as GB and GR); empty: unknown
    std::optional<qint64> population; // inhabitants; unset: unknown
    MemberKind memberKind = MemberKind::City;
    QString theme;                    // a taxonomy term (key or name) to rank by; empty: none
    QDate today;                      // the day events are "coming" after; invalid: the current date
};

enum class Eligibility { Eligible, Unclear, NotEligible };

// One rule of a network checked against the query, in plain words.
struct EligibilityCheck
{
    enum class Rule { Country, MemberType, Population, Period, Rules };
    Rule rule = Rule::Rules;
    Eligibility outcome = Eligibility::Unclear; // Eligible: met; NotEligible: not met; Unclear: cannot tell
    QString text;
};

// One row of a network's fees, as the KB holds it.
struct FeeOption
{
    std::optional<double> amount;
    QString currency;
    QString period;
    QString conditions;
    // False when the row is for another size or class of member than the query's.
    bool applies = true;
};

// A coming event of a network or working group.
struct ComingEvent
{
    QString key;
    QString title;
    QString kind;
    QString status;    // planned, postponed, or empty when the KB does not say
    QString dateText;  // as the source words it
    QString startDate; // YYYY, YYYY-MM or YYYY-MM-DD; may be empty
    QString endDate;
    QString place;
    // Planned for a date that is over: the KB has no newer news of it.
    bool datePassed = false;
};

// What the finder says about one network or working group.
struct NetworkMatch
{
    RecordType type = RecordType::Network; // Network or WorkingGroup
    QString key;
    QString name;
    QString acronym;
    QString kind;        // the network's or working group's kind
    QString networkKey;  // a working group's network
    QString networkName;

    Eligibility eligibility = Eligibility::Unclear;
    QString summary;                // one sentence: why (not), or what the KB cannot tell
    QList<EligibilityCheck> checks; // every rule checked; a working group's are its network's
    QString eligibilityNote;        // the network's own words on who may join
    // When the query does not meet the rules for full membership: the data's sentence on
    // associated membership, if it has one.
    QString otherRoute;

    QList<FeeOption> fees;           // every row, each marked whether it applies
    std::optional<FeeOption> fee;    // the recurring fee it would pay, when the data picks one
    QStringList feeConditions;       // "The first year is free of charge.", travel reimbursed, ...

    QString howToJoin;
    QString rules;        // a working group's own rules
    QString newGroupRule; // how a new working group can be started in the network
    QString website;

    QList<ComingEvent> events; // sorted by date, undated last

    int relevance = 0;        // how strongly it matches the query's theme
    QStringList themeEvidence; // why it matches the theme
};

// "3,500 EUR (annual)", "10,000 EUR (per year)", or the conditions when there is no amount.
QString describeFee(const FeeOption &fee);

// The network finder (issue 9): which networks and working groups a city, region or
// organisation may join, why (not), at what fee, how, and what comes up next.
// Eligibility is decided from the structured data only (docs/architecture.md, "Network finder
// and peers"); when the data cannot tell, the answer is Unclear, never a guessed yes.
// Safe on any thread: it reads through the calling thread's store connection.
class NetworkFinderService
{
public:
    explicit NetworkFinderService(KnowledgeBase &kb) : m_kb(kb) {}

    // Every network and working group: eligible first, then unclear, then not eligible; within
    // each, by relevance to the theme, then by name.
    Result<QList<NetworkMatch>> find(const FinderQuery &query);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
