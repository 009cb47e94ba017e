#include "documentlinkservice.h"

#include "browseservice.h"
#include "knowledgebase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace citykb {

namespace {

QStringList sectionTexts(const QJsonObject &document)
{
    QStringList texts;
    for (const QJsonValue &s : document.value(QStringLiteral("sections")).toArray())
        texts.append(s.toObject().value(QStringLiteral("text")).toString());
    return texts;
}

QString typeName(RecordType type)
{
    return specFor(type).singular;
}

} // namespace

Result<DocumentLinkService::RelinkSummary> DocumentLinkService::relink()
{
    RelinkSummary summary;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto finder = MentionFinder::fromStore(store);
        if (!finder)
            return Status(finder.fullError());
        auto documents = store.list(RecordType::Document);
        if (!documents)
            return Status(documents.fullError());
        for (QJsonObject document : documents.value()) {
            ++summary.documents;
            const QList<Mention> current = mentionsOf(document);
            const QList<Mention> merged = MentionFinder::merge(current, finder.value().find(sectionTexts(document)));
            summary.links += linkCount(merged);
            const QJsonArray json = mentionsToJson(merged);
            if (json == mentionsToJson(current))
                continue;
            ++summary.changed;
            document.remove(QStringLiteral("revision"));
            if (json.isEmpty())
                document.remove(QStringLiteral("mentions"));
            else
                document.insert(QStringLiteral("mentions"), json);
            if (Status s = store.update(RecordType::Document, document.value(QStringLiteral("key")).toString(), document); !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written.fullError();
    auto logger = spdlog::get("app");
    (logger ? logger : spdlog::default_logger())
        ->info("relinked {} documents: {} changed, {} links", summary.documents, summary.changed, summary.links);
    return summary;
}

Result<QList<Mention>> DocumentLinkService::mentions(const QString &document)
{
    auto record = BrowseService(m_kb).show(RecordType::Document, document);
    if (!record)
        return record.fullError();
    return mentionsOf(record.value());
}

Status DocumentLinkService::changeLinks(const QString &document, RecordType type, const QString &target,
                                        const std::function<Status(QList<Mention> &, const QString &, const QJsonObject &)> &change)
{
    if (!mentionTypes().contains(type))
        return Status::failure(QStringLiteral("A document links only to networks, cities, working groups and practices, not to a %1.")
                                   .arg(typeName(type)));
    auto reader = m_kb.reader();
    if (!reader)
        return Status(reader.fullError());
    auto documentKey = resolveRecordKey(*reader.value(), RecordType::Document, document);
    if (!documentKey)
        return Status(documentKey.fullError());
    auto targetKey = resolveRecordKey(*reader.value(), type, target);
    if (!targetKey)
        return Status(targetKey.fullError());
    return Status::from(m_kb.write([&](Store &store) -> Status {
        auto record = store.get(RecordType::Document, documentKey.value());
        if (!record)
            return Status(record.fullError());
        QJsonObject updated = record.value();
        QList<Mention> links = mentionsOf(updated);
        if (Status s = change(links, targetKey.value(), updated); !s)
            return s;
        updated.remove(QStringLiteral("revision"));
        if (links.isEmpty())
            updated.remove(QStringLiteral("mentions"));
        else
            updated.insert(QStringLiteral("mentions"), mentionsToJson(links));
        return store.update(RecordType::Document, documentKey.value(), updated);
    }));
}

Status DocumentLinkService::addLink(const QString &document, RecordType type, const QString &target, int section)
{
    return changeLinks(document, type, target, [&](QList<Mention> &links, const QString &key, const QJsonObject &record) -> Status {
        const qsizetype sections = record.value(QStringLiteral("sections")).toArray().size();
        if (section < 0 || section > sections)
            return Status::failure(QStringLiteral("The document \"%1\" has no section %2; it has %3.")
                                       .arg(record.value(QStringLiteral("key")).toString())
                                       .arg(section)
                                       .arg(sections));
        Mention added;
        added.type = type;
        added.key = key;
        added.section = section;
        added.origin = Mention::Origin::Added;
        // Linked again by hand: an earlier unlinking no longer holds.
        links.removeIf([&](const Mention &m) { return m.sameTarget(added) && m.origin == Mention::Origin::Removed; });
        const bool there = std::any_of(links.begin(), links.end(), [&](const Mention &m) {
            return m.sameTarget(added) && m.origin == Mention::Origin::Added && m.section == section;
        });
        if (!there)
            links.append(added);
        return {};
    });
}

Status DocumentLinkService::removeLink(const QString &document, RecordType type, const QString &target)
{
    return changeLinks(document, type, target, [&](QList<Mention> &links, const QString &key, const QJsonObject &record) -> Status {
        Mention removed;
        removed.type = type;
        removed.key = key;
        removed.origin = Mention::Origin::Removed;
        bool wasFound = false;
        bool wasLinked = false;
        for (const Mention &m : links) {
            if (m.sameTarget(removed) && m.isLink()) {
                wasLinked = true;
                wasFound = wasFound || m.origin == Mention::Origin::Found;
            }
        }
        if (!wasLinked)
            return Status::failure(QStringLiteral("The document \"%1\" has no link to the %2 \"%3\".")
                                       .arg(record.value(QStringLiteral("key")).toString(), typeName(type), key),
                                   ErrorKind::NotFound);
        links.removeIf([&](const Mention &m) { return m.sameTarget(removed); });
        // A link found in the text would be found again: remember that the curator took it away.
        if (wasFound)
            links.append(removed);
        return {};
    });
}

} // namespace citykb
