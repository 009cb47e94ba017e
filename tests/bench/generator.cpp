#include "generator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace citykb::bench {

namespace {

QList<QJsonObject> readType(const QString &dataDir, const QString &folder)
{
    QList<QJsonObject> records;
    const QDir dir(QDir(dataDir).filePath(folder));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
            records.append(v.toObject());
    }
    return records;
}

} // namespace

Generator::Generator(const QString &dataDir, std::uint64_t seed) : m_rng(seed)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][a-z]{2,}"));
    auto harvest = [&](const QString &text, QStringList &into) {
        auto it = word.globalMatch(text);
        while (it.hasNext())
            into.append(it.next().captured(0).toLower());
    };
    for (const QString &type : {QStringLiteral("practices"), QStringLiteral("events"), QStringLiteral("networks"),
                                QStringLiteral("working-groups"), QStringLiteral("recommendations")}) {
        for (const QJsonObject &r : readType(dataDir, type)) {
            for (const char *field : {"summary", "innovation", "description", "text", "focus"})
                harvest(r.value(QLatin1String(field)).toString(), m_words);
            harvest(r.value(QLatin1String("title")).toString() + QLatin1Char(' ') + r.value(QLatin1String("name")).toString(),
                    m_titleWords);
        }
    }
    for (const QJsonObject &c : readType(dataDir, QStringLiteral("cities")))
        m_cities.append(c.value(QLatin1String("key")).toString());
    for (const QJsonObject &n : readType(dataDir, QStringLiteral("networks")))
        m_networks.append(n.value(QLatin1String("key")).toString());
    for (const QJsonObject &t : readType(dataDir, QStringLiteral("taxonomy"))) {
        const QString vocabulary = t.value(QLatin1String("vocabulary")).toString();
        const QString key = t.value(QLatin1String("key")).toString();
        if (vocabulary == QLatin1String("theme")) m_themes.append(key);
        else if (vocabulary == QLatin1String("target_group")) m_targetGroups.append(key);
        else if (vocabulary == QLatin1String("success_factor")) m_successFactors.append(key);
        else if (vocabulary == QLatin1String("instrument")) m_instruments.append(key);
    }
    if (m_titleWords.isEmpty())
        m_titleWords = m_words;
}

QString Generator::pick(const QStringList &from)
{
    if (from.isEmpty())
        return {};
    return from.at(qsizetype(m_rng() % std::uint64_t(from.size())));
}

QStringList Generator::pickSome(const QStringList &from, int min, int max)
{
    QStringList out;
    const int n = min + int(m_rng() % std::uint64_t(max - min + 1));
    for (int i = 0; i < n && !from.isEmpty(); ++i) {
        const QString v = pick(from);
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

QString Generator::sentence(int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += (i % 14 == 0) ? QStringLiteral(". ") : (i % 5 == 0 ? QStringLiteral(", ") : QStringLiteral(" "));
        s += pick(m_words);
    }
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

std::pair<RecordType, QJsonObject> Generator::record(qint64 i)
{
    const int kind = int(m_rng() % 100);
    const QString city = pick(m_cities);
    QString title;
    for (int w = 0, n = 3 + int(m_rng() % 4); w < n; ++w) {
        QString t = pick(m_titleWords);
        t[0] = t[0].toUpper();
        title += (w ? QStringLiteral(" ") : QString()) + t;
    }
    if (kind < 80) {
        QJsonObject p;
        p.insert(QStringLiteral("key"), QStringLiteral("gen-practice-%1").arg(i));
        p.insert(QStringLiteral("title"), QString(title + QStringLiteral(" (") + city + QLatin1Char(')')));
        p.insert(QStringLiteral("cities"), QJsonArray::fromStringList(pickSome(m_cities, 1, 2)));
        if (m_rng() % 2)
            p.insert(QStringLiteral("networks"), QJsonArray::fromStringList(pickSome(m_networks, 1, 1)));
        p.insert(QStringLiteral("status"), QStringList{QStringLiteral("ongoing"), QStringLiteral("completed"), QStringLiteral("pilot"),
                                                       QStringLiteral("planned")}.at(qsizetype(m_rng() % 4)));
        const int start = 2000 + int(m_rng() % 21);
        p.insert(QStringLiteral("start_year"), start);
        p.insert(QStringLiteral("end_year"), start + int(m_rng() % 6));
        p.insert(QStringLiteral("summary"), sentence(110));
        p.insert(QStringLiteral("innovation"), sentence(40));
        p.insert(QStringLiteral("themes"), QJsonArray::fromStringList(pickSome(m_themes, 1, 3)));
        p.insert(QStringLiteral("target_groups"), QJsonArray::fromStringList(pickSome(m_targetGroups, 0, 2)));
        p.insert(QStringLiteral("success_factors"), QJsonArray::fromStringList(pickSome(m_successFactors, 0, 2)));
        if (m_rng() % 3 == 0)
            p.insert(QStringLiteral("instruments"), QJsonArray::fromStringList(pickSome(m_instruments, 1, 2)));
        if (m_rng() % 2) {
            QJsonArray outcomes;
            outcomes.append(QJsonObject{{QStringLiteral("name"), sentence(5)},
                                        {QStringLiteral("value"), double(m_rng() % 1000) / 10.0},
                                        {QStringLiteral("unit"), QStringLiteral("%")}});
            p.insert(QStringLiteral("outcomes"), outcomes);
        }
        return {RecordType::Practice, p};
    }
    if (kind < 92) {
        QJsonObject e;
        e.insert(QStringLiteral("key"), QStringLiteral("gen-event-%1").arg(i));
        e.insert(QStringLiteral("title"), QString(title + QStringLiteral(" meeting")));
        e.insert(QStringLiteral("city"), city);
        e.insert(QStringLiteral("network"), pick(m_networks));
        e.insert(QStringLiteral("status"), QStringList{QStringLiteral("planned"), QStringLiteral("held")}.at(qsizetype(m_rng() % 2)));
        e.insert(QStringLiteral("start_date"), QStringLiteral("%1-%2-15").arg(2005 + int(m_rng() % 16)).arg(1 + int(m_rng() % 12), 2, 10, QLatin1Char('0')));
        e.insert(QStringLiteral("summary"), sentence(120));
        e.insert(QStringLiteral("key_messages"), QJsonArray{sentence(20), sentence(20)});
        return {RecordType::Event, e};
    }
    QJsonObject w;
    w.insert(QStringLiteral("key"), QStringLiteral("gen-group-%1").arg(i));
    w.insert(QStringLiteral("name"), QString(title + QStringLiteral(" working group")));
    w.insert(QStringLiteral("network"), pick(m_networks));
    w.insert(QStringLiteral("lead_city"), city);
    w.insert(QStringLiteral("focus"), sentence(30));
    w.insert(QStringLiteral("description"), sentence(120));
    return {RecordType::WorkingGroup, w};
}

} // namespace citykb::bench
