#pragma once

#include "app/browseservice.h"
#include "app/exportservice.h"
#include "app/importservice.h"
#include "app/knowledgebase.h"
#include "app/maintenanceservice.h"
#include "app/searchservice.h"
#include "core/recordspec.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace citykb::test {

// One record of every type, linked to each other the way real data is: a network with a
// forum and a working group led by a city that is a member, a practice in that city with
// themes and outcomes, an event presenting it, a questionnaire with a response, ...
inline QList<std::pair<RecordType, QJsonObject>> sampleGraph()
{
    auto obj = [](std::initializer_list<std::pair<QString, QJsonValue>> list) {
        QJsonObject o;
        for (const auto &[k, v] : list)
            o.insert(k, v);
        return o;
    };
    const QJsonArray none;
    QList<std::pair<RecordType, QJsonObject>> g;
    g.append({RecordType::Taxonomy, obj({{"key", "people-helping-people"}, {"vocabulary", "theme"},
                                         {"term", "People helping people"},
                                         {"synonyms", QJsonArray{"social action", "people-powered public services"}}})});
    g.append({RecordType::Taxonomy, obj({{"key", "leadership"}, {"vocabulary", "success_factor"}, {"term", "Leadership"}})});
    g.append({RecordType::Document, obj({{"key", "study"}, {"title", "A study"}, {"kind", "study"}, {"date", "2018-02-12"},
                                         {"sections", QJsonArray{obj({{"heading", "1. Why"}, {"page", 2}, {"text", "Because."}})}}})});
    g.append({RecordType::Network, obj({{"key", "eurotowns"}, {"name", "Eurotowns"}, {"founded_year", 1991},
                                        {"eligibility", obj({{"population_min", 50000}, {"population_max", 250000}})},
                                        {"fees", QJsonArray{obj({{"amount", 3500}, {"currency", "EUR"}, {"period", "annual"}})}},
                                        {"sources", QJsonArray{obj({{"document", "study"}, {"section", "2.2"}})}}})});
    g.append({RecordType::Network, obj({{"key", "urbact"}, {"name", "URBACT"}, {"kind", "EU programme"}})});
    g.append({RecordType::Network, obj({{"key", "change"}, {"name", "CHANGE!"}, {"parent", "urbact"}})});
    g.append({RecordType::City, obj({{"key", "eskilstuna"}, {"name", "Eskilstuna"}, {"country", "SE"},
                                     {"memberships", QJsonArray{obj({{"network", "eurotowns"}, {"role", "member"}}),
                                                                obj({{"working_group", "social-inclusion"}, {"role", "lead"}})}}})});
    g.append({RecordType::City, obj({{"key", "bologna"}, {"name", "Bologna"}, {"country", "IT"}})});
    g.append({RecordType::Organisation, obj({{"key", "nesta"}, {"name", "Nesta"}, {"kind", "foundation"}, {"country", "GB"}})});
    g.append({RecordType::Forum, obj({{"key", "social-forum"}, {"name", "Social Forum"}, {"network", "eurotowns"}})});
    g.append({RecordType::WorkingGroup, obj({{"key", "social-inclusion"}, {"name", "Social inclusion task team"},
                                             {"network", "eurotowns"}, {"forum", "social-forum"}, {"lead_city", "eskilstuna"},
                                             {"work_plans", QJsonArray{obj({{"year", 2020}, {"objectives", none}})}}})});
    g.append({RecordType::Person, obj({{"key", "a-person"}, {"name", "A. Person"}, {"role", "Director"},
                                       {"network", "eurotowns"}, {"email", "a@example.org"}})});
    g.append({RecordType::Practice, obj({{"key", "six-plus"}, {"title", "6+ and Two-for-One"}, {"cities", QJsonArray{"bologna"}},
                                         {"countries", QJsonArray{"IT"}}, {"networks", QJsonArray{"eurotowns"}},
                                         {"organisations", QJsonArray{"nesta"}},
                                         {"themes", QJsonArray{"people-helping-people"}}, {"success_factors", QJsonArray{"leadership"}},
                                         {"start_year", 2011}, {"status", "completed"},
                                         {"outcomes", QJsonArray{obj({{"name", "students who moved up a year"}, {"value", 58},
                                                                      {"unit", "%"}, {"note", "of 1,153 students"}}),
                                                                 obj({{"name", "social value per euro"}, {"value", 3.13}, {"unit", "EUR"}})}},
                                         {"funding", QJsonArray{obj({{"amount", 180000}, {"currency", "GBP"}})}}})});
    g.append({RecordType::Practice, obj({{"key", "two-for-one-copy"}, {"title", "A copy"},
                                         {"related", QJsonArray{obj({{"practice", "six-plus"}, {"relation", "adapted from"}})}}})});
    g.append({RecordType::Event, obj({{"key", "forum-utrecht"}, {"title", "Forum meeting"}, {"date_text", "7-8 March 2018"},
                                      {"start_date", "2018-03-07"}, {"status", "planned"}, {"network", "eurotowns"},
                                      {"working_group", "social-inclusion"}, {"practices", QJsonArray{"six-plus"}}})});
    g.append({RecordType::Questionnaire, obj({{"key", "q"}, {"title", "Questionnaire"}, {"version", 1}, {"status", "published"},
                                              {"questions", QJsonArray{obj({{"number", 1}, {"text", "Your name?"}, {"kind", "contact_details"}}),
                                                                       obj({{"number", 4}, {"text", "Familiar?"}, {"kind", "yes_no"}, {"required", true}})}}})});
    g.append({RecordType::Response, obj({{"key", "q-eurotowns"}, {"questionnaire", "q"}, {"subject_network", "eurotowns"},
                                         {"mode", "in person"}, {"status", "complete"},
                                         {"answers", QJsonArray{obj({{"question", 4}, {"choice", "yes"}, {"text", "Yes, indirectly."}})}}})});
    g.append({RecordType::Recommendation, obj({{"key", "rec-1"}, {"document", "study"}, {"number", 1}, {"text", "Do not launch a new network."},
                                               {"actions", QJsonArray{obj({{"who", "partners"}, {"what", "present results"}})}},
                                               {"networks", QJsonArray{"eurotowns"}}, {"events", QJsonArray{"forum-utrecht"}}})});
    return g;
}

// A record without what the store adds: its time stamps and revisions (its answers' too).
inline QJsonObject withoutStamps(QJsonObject record)
{
    record.remove(QStringLiteral("created_at"));
    record.remove(QStringLiteral("updated_at"));
    record.remove(QStringLiteral("revision"));
    if (record.contains(QStringLiteral("answers"))) {
        QJsonArray answers = record.value(QStringLiteral("answers")).toArray();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            QJsonObject answer = it->toObject();
            answer.remove(QStringLiteral("revision"));
            *it = answer;
        }
        record.insert(QStringLiteral("answers"), answers);
    }
    return record;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes of a test, through the KB's one write path (so the index and the change stream follow).
class TestWriter
{
public:
    explicit TestWriter(KnowledgeBase &kb) : m_kb(kb) {}
    Result<qint64> create(RecordType type, const QJsonObject &record)
    {
        qint64 id = 0;
        auto w = m_kb.write([&](Store &s) {
            auto r = s.create(type, record);
            if (r)
                id = r.value();
            return Status::from(r);
        });
        if (!w)
            return w.fullError();
        return id;
    }
    Status update(RecordType type, const QString &key, const QJsonObject &record)
    {
        return Status::from(m_kb.write([&](Store &s) { return s.update(type, key, record); }));
    }
    Status remove(RecordType type, const QString &key, bool cascade = false)
    {
        return Status::from(m_kb.write([&](Store &s) { return s.remove(type, key, cascade); }));
    }
    Status importRecords(const QList<std::pair<RecordType, QJsonObject>> &records)
    {
        return Status::from(m_kb.write([&](Store &s) { return Status::from(s.importRecords(records)); }));
    }

private:
    KnowledgeBase &m_kb;
};

inline TestWriter write(KnowledgeBase &kb)
{
    return TestWriter(kb);
}

} // namespace citykb::test

namespace citykb {

// One bundle file imported on its own.
inline Result<ImportSummary> importOne(KnowledgeBase &kb, const QString &file)
{
    auto summaries = ImportService(kb).importFiles({file});
    if (!summaries)
        return summaries.fullError();
    return summaries.value().first();
}

} // namespace citykb
