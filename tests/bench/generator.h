#pragma once

#include "core/recordspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <utility>

namespace citykb::bench {

// Makes realistic records for benchmarks: practices, events and working groups with the
// vocabulary, the cities, networks and taxonomy keys of the seed dataset, in the seed's
// shapes. The same seed gives the same records.
class Generator
{
public:
    // Reads the words and keys of the seed dataset in `dataDir` (data/).
    explicit Generator(const QString &dataDir, std::uint64_t seed = 42);

    bool ok() const { return !m_words.isEmpty() && !m_cities.isEmpty(); }
    // Record number `i` (0-based); about 80% practices, 12% events, 8% working groups.
    std::pair<RecordType, QJsonObject> record(qint64 i);

    const QStringList &cities() const { return m_cities; }
    const QStringList &themes() const { return m_themes; }
    const QStringList &words() const { return m_words; }

private:
    QString sentence(int words);
    QString pick(const QStringList &from);
    QStringList pickSome(const QStringList &from, int min, int max);

    std::mt19937_64 m_rng;
    QStringList m_words;       // content words of the seed texts, with their frequencies (repeats)
    QStringList m_titleWords;
    QStringList m_cities;      // keys
    QStringList m_networks;
    QStringList m_themes;
    QStringList m_targetGroups;
    QStringList m_successFactors;
    QStringList m_instruments;
};

} // namespace citykb::bench
