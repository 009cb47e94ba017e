#include "store.h"

#include "core/outputfile.h"
#include "core/validation.h"
#include "sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <tuple>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace citykb {

namespace {

// 'CKB1': marks a SQLite file as a CityKB store.
constexpr qint64 applicationId = 0x434B4231;

const QStringList &migrationFiles()
{
    static const QStringList files{QStringLiteral(":/migrations/001_initial.sql"),
                                   QStringLiteral(":/migrations/002_kb_info.sql"),
                                   QStringLiteral(":/migrations/003_revisions.sql"),
                                   QStringLiteral(":/migrations/004_saved_searches_sort_indexes.sql"),
                                   QStringLiteral(":/migrations/005_indicators.sql"),
                                   QStringLiteral(":/migrations/006_trash_history.sql"),
                                   QStringLiteral(":/migrations/007_document_mentions.sql"),
                                   QStringLiteral(":/migrations/008_questionnaire_versions.sql")};
    return files;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("store");
    return logger ? logger : spdlog::default_logger();
}

QString sqlQuote(const QString &identifier)
{
    // Identifiers come from RecordSpec, never from input; quoting keeps keywords safe.
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString jsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue parseJsonText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(text);
}

bool isDamageCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

} // namespace

namespace {

// A sentence for a write SQLite refused on a constraint: it names the record and, where
// SQLite's message names a column of `fields`, the field, but never repeats SQLite's words.
QString constraintSentence(const QString &where, const QString &sqliteMessage, const QList<FieldSpec> &fields)
{
    QStringList named;
    for (const FieldSpec &f : fields) {
        const QRegularExpression column(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(f.column)));
        if (column.match(sqliteMessage).hasMatch())
            named.append(QLatin1Char('"') + f.name + QLatin1Char('"'));
    }
    const QString fieldList = named.join(QStringLiteral(" and "));
    if (sqliteMessage.startsWith(QLatin1String("NOT NULL")) && !named.isEmpty())
        return QStringLiteral("%1 needs a %2.").arg(where, named.first());
    if (sqliteMessage.startsWith(QLatin1String("UNIQUE")))
        return named.isEmpty() ? QStringLiteral("%1 repeats a value that must be unique.").arg(where)
                               : QStringLiteral("%1 repeats a value of %2 that must be unique.").arg(where, fieldList);
    if (sqliteMessage.startsWith(QLatin1String("CHECK")) && !named.isEmpty())
        return QStringLiteral("%1 has values of %2 that do not go together.").arg(where, fieldList);
    if (sqliteMessage.startsWith(QLatin1String("FOREIGN KEY")))
        return QStringLiteral("%1 refers to a record that does not exist.").arg(where);
    return QStringLiteral("%1 could not be written: one of its values is not allowed.").arg(where);
}

} // namespace

class Store::Private
{
public:
    std::unique_ptr<SqliteConnection> db;
    int schemaVersion = 0;
    int transactionDepth = 0;
    // Records whose version was kept in the current transaction: one write of several steps
    // (a delete that unlinks a city from two records) keeps one version, not one per step.
    QSet<QString> versioned;

    Error sqlError(const QString &what, const QString &message, int code = 0) const
    {
        log()->error("{}: {}", what.toStdString(), message.toStdString());
        if (isDamageCode(code))
            // SQLite's own words are in the log; the user gets what to do.
            return Error{QStringLiteral("The KB file %1 is damaged; restore a backup with \"citykb-cli restore FILE\".").arg(db->path()),
                         ErrorKind::Unavailable};
        if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
            return Error{QStringLiteral("The KB is busy in another process; try again."), ErrorKind::Unavailable};
        if ((code & 0xff) == SQLITE_READONLY)
            return Error{QStringLiteral("The KB is read-only here (%1).").arg(message), ErrorKind::Unavailable};
        return Error{QStringLiteral("%1 failed: %2.").arg(what, message), ErrorKind::BadInput};
    }

    Result<SqliteStatement> prepare(const QString &sql)
    {
        auto statement = db->prepare(sql);
        if (!statement)
            return Error(sqlError(QStringLiteral("Preparing a query"), statement.error(), db->lastErrorCode()));
        return statement;
    }

    Status run(SqliteStatement &statement, const QString &what)
    {
        if (Status s = statement.run(); !s)
            return Status(sqlError(what, s.error(), statement.errorCode()));
        return {};
    }

    // --- key ↔ id ---
    Result<std::optional<qint64>> idOf(RecordType type, const QString &key)
    {
        auto statement = prepare(QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(sqlQuote(specFor(type).table)));
        if (!statement)
            return statement.fullError();
        statement.value().bind(1, key);
        if (statement.value().step())
            return std::optional<qint64>(statement.value().int64(0));
        if (statement.value().failed())
            return sqlError(QStringLiteral("Looking up a key"), statement.value().error(), statement.value().errorCode());
        return std::optional<qint64>();
    }

    Result<QString> keyOf(RecordType type, qint64 id)
    {
        auto statement = prepare(QStringLiteral("SELECT key FROM %1 WHERE id = ?").arg(sqlQuote(specFor(type).table)));
        if (!statement)
            return statement.fullError();
        statement.value().bind(1, id);
        if (statement.value().step())
            return statement.value().text(0);
        if (statement.value().failed())
            return sqlError(QStringLiteral("Looking up a key"), statement.value().error(), statement.value().errorCode());
        return Result<QString>::failure(QStringLiteral("A %1 with id %2 is missing.").arg(specFor(type).singular).arg(id));
    }

    Result<qint64> resolve(const FieldSpec &field, const QJsonValue &value, const QString &where)
    {
        const QString key = value.toString();
        auto id = idOf(*field.target, key);
        if (!id)
            return id.fullError();
        if (!id.value())
            return Result<qint64>::failure(QStringLiteral("%1 refers to %2 \"%3\", which does not exist.")
                                               .arg(where, specFor(*field.target).singular, key.left(80)));
        return *id.value();
    }

    void bindValue(SqliteStatement &statement, int index, const FieldSpec &field, const QJsonValue &value)
    {
        if (value.isUndefined() || value.isNull()) {
            statement.bindNull(index);
            return;
        }
        switch (field.kind) {
        case FieldKind::Text: statement.bind(index, value.toString()); break;
        case FieldKind::Integer: statement.bind(index, value.toInteger()); break;
        case FieldKind::Number: statement.bind(index, value.toDouble()); break;
        case FieldKind::Boolean: statement.bind(index, qint64(value.toBool() ? 1 : 0)); break;
        case FieldKind::Json: statement.bind(index, jsonText(value)); break;
        case FieldKind::Ref: statement.bindNull(index); break; // bound by the caller after resolving
        }
    }

    Result<QJsonValue> readValue(const SqliteStatement &statement, int column, const FieldSpec &field)
    {
        if (statement.isNull(column))
            return QJsonValue(QJsonValue::Undefined);
        switch (field.kind) {
        case FieldKind::Text: return QJsonValue(statement.text(column));
        case FieldKind::Integer: return QJsonValue(statement.int64(column));
        case FieldKind::Number: return QJsonValue(statement.real(column));
        case FieldKind::Boolean: return QJsonValue(statement.int64(column) != 0);
        case FieldKind::Json: return parseJsonText(statement.text(column));
        case FieldKind::Ref: {
            auto key = keyOf(*field.target, statement.int64(column));
            if (!key)
                return key.fullError();
            return QJsonValue(key.value());
        }
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    // Appends to the change log and stamps the record (and, when its items were all rewritten,
    // each of its separately saved items) with the new revision.
    Status logChange(RecordType type, qint64 id, const QString &key, const QString &operation,
                     bool itemsRewritten = false)
    {
        auto statement = prepare(QStringLiteral(
            "INSERT INTO changes (entity_type, entity_id, entity_key, operation, changed_at) VALUES (?, ?, ?, ?, ?)"));
        if (!statement)
            return Status(statement.fullError());
        statement.value().bind(1, specFor(type).word);
        statement.value().bind(2, id);
        statement.value().bind(3, key);
        statement.value().bind(4, operation);
        statement.value().bind(5, nowUtc());
        if (Status s = run(statement.value(), QStringLiteral("Writing the change log")); !s)
            return s;
        if (operation == QLatin1String("delete"))
            return {};
        const qint64 revision = db->lastInsertId();
        const RecordSpec &spec = specFor(type);
        if (Status s = stampRevision(spec.table, QStringLiteral("id"), id, revision); !s)
            return s;
        for (const ChildSpec &child : spec.children) {
            if (child.itemRevisions && itemsRewritten) {
                if (Status s = stampRevision(child.table, child.parentColumn, id, revision); !s)
                    return s;
            }
        }
        return {};
    }

    // The revisions of a record's list items that carry their own (answers), by what each item
    // holds; read before an update rewrites the list, so that items it leaves as they were get
    // their revision back (restoreItemRevisions) and a window editing one of them sees no change.
    Result<QHash<QString, QList<qint64>>> itemRevisions(const ChildSpec &child, qint64 parentId)
    {
        QHash<QString, QList<qint64>> revisions;
        QStringList columns;
        for (const FieldSpec &f : child.fields)
            columns.append(QStringLiteral("quote(%1)").arg(sqlQuote(f.column)));
        auto statement = prepare(QStringLiteral("SELECT revision, %1 FROM %2 WHERE %3 = ? ORDER BY position")
                                     .arg(columns.join(QStringLiteral(" || ',' || ")), sqlQuote(child.table), sqlQuote(child.parentColumn)));
        if (!statement)
            return statement.fullError();
        SqliteStatement &st = statement.value();
        st.bind(1, parentId);
        while (st.step())
            revisions[st.text(1)].append(st.int64(0));
        if (st.failed())
            return sqlError(QStringLiteral("Reading %1").arg(child.name), st.error(), st.errorCode());
        return revisions;
    }

    Status restoreItemRevisions(const ChildSpec &child, qint64 parentId, QHash<QString, QList<qint64>> revisions)
    {
        QStringList columns;
        for (const FieldSpec &f : child.fields)
            columns.append(QStringLiteral("quote(%1)").arg(sqlQuote(f.column)));
        QList<std::pair<qint64, qint64>> restore; // item id, revision
        {
            auto statement = prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ? ORDER BY position")
                                         .arg(columns.join(QStringLiteral(" || ',' || ")), sqlQuote(child.table), sqlQuote(child.parentColumn)));
            if (!statement)
                return Status(statement.fullError());
            SqliteStatement &st = statement.value();
            st.bind(1, parentId);
            while (st.step()) {
                QList<qint64> &same = revisions[st.text(1)];
                if (!same.isEmpty())
                    restore.append({st.int64(0), same.takeFirst()});
            }
            if (st.failed())
                return Status(sqlError(QStringLiteral("Reading %1").arg(child.name), st.error(), st.errorCode()));
        }
        for (const auto &[itemId, revision] : restore) {
            if (Status s = stampRevision(child.table, QStringLiteral("id"), itemId, revision); !s)
                return s;
        }
        return {};
    }

    Status stampRevision(const QString &table, const QString &idColumn, qint64 id, qint64 revision)
    {
        auto statement = prepare(QStringLiteral("UPDATE %1 SET revision = ? WHERE %2 = ?").arg(sqlQuote(table), sqlQuote(idColumn)));
        if (!statement)
            return Status(statement.fullError());
        statement.value().bind(1, revision);
        statement.value().bind(2, id);
        return run(statement.value(), QStringLiteral("Writing the change log"));
    }

    // Writes the record's own row: every plain field, and the references that must not be
    // null (they point at records of earlier types). Optional references are written by
    // writeLinks, so that records may refer to each other in any order within one import.
    // An id no record of this type ever had: past the table's ids and every id the change log
    // names, so that an id names one record for good (its history, its trash entry).
    Result<qint64> nextId(const RecordSpec &spec)
    {
        auto inTable = db->queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(sqlQuote(spec.table)));
        if (!inTable)
            return sqlError(QStringLiteral("Choosing an id"), inTable.error(), db->lastErrorCode());
        auto statement = prepare(QStringLiteral("SELECT coalesce(max(entity_id), 0) FROM changes WHERE entity_type = ?"));
        if (!statement)
            return statement.fullError();
        statement.value().bind(1, spec.word);
        if (!statement.value().step())
            return sqlError(QStringLiteral("Choosing an id"), statement.value().error(), statement.value().errorCode());
        return std::max(inTable.value(), statement.value().int64(0)) + 1;
    }

    // Without `existingId` a new row is inserted, with `newId` when given (a record coming back
    // from the trash keeps its id), else with nextId().
    Result<qint64> writeRow(const RecordSpec &spec, const QJsonObject &record, std::optional<qint64> existingId,
                            std::optional<qint64> newId = std::nullopt)
    {
        const QString where = describeRecord(spec.type, record);
        QStringList columns{QStringLiteral("key")};
        QList<const FieldSpec *> bound;
        for (const FieldSpec &f : spec.fields) {
            if (f.kind == FieldKind::Ref && !f.required)
                continue;
            columns.append(f.column);
            bound.append(&f);
        }
        const QString now = nowUtc();
        const QString updatedAt = record.value(QStringLiteral("updated_at")).toString(now);
        const QString createdAt = record.value(QStringLiteral("created_at")).toString(now);

        QString sql;
        if (existingId) {
            QStringList assignments;
            for (const QString &c : columns)
                assignments.append(sqlQuote(c) + QStringLiteral(" = ?"));
            // Optional references are cleared here and set again by writeLinks.
            for (const FieldSpec &f : spec.fields) {
                if (f.kind == FieldKind::Ref && !f.required)
                    assignments.append(sqlQuote(f.column) + QStringLiteral(" = NULL"));
            }
            assignments.append(QStringLiteral("updated_at = ?"));
            if (record.contains(QStringLiteral("created_at")))
                assignments.append(QStringLiteral("created_at = ?"));
            sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(sqlQuote(spec.table), assignments.join(QStringLiteral(", ")));
        } else {
            if (!newId) {
                auto id = nextId(spec);
                if (!id)
                    return id.fullError();
                newId = id.value();
            }
            QStringList quoted{QStringLiteral("id")};
            for (const QString &c : columns)
                quoted.append(sqlQuote(c));
            quoted << QStringLiteral("created_at") << QStringLiteral("updated_at");
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(sqlQuote(spec.table), quoted.join(QStringLiteral(", ")),
                           QStringList(quoted.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        }
        auto statement = prepare(sql);
        if (!statement)
            return statement.fullError();
        SqliteStatement &st = statement.value();
        int index = 1;
        if (!existingId)
            st.bind(index++, *newId);
        st.bind(index++, record.value(QStringLiteral("key")).toString());
        for (const FieldSpec *f : bound) {
            const QJsonValue v = record.value(f->name);
            if (f->kind == FieldKind::Ref) {
                auto id = resolve(*f, v, where + QLatin1Char('.') + f->name);
                if (!id)
                    return id.fullError();
                st.bind(index++, id.value());
            } else {
                bindValue(st, index++, *f, v);
            }
        }
        if (existingId) {
            st.bind(index++, updatedAt);
            if (record.contains(QStringLiteral("created_at")))
                st.bind(index++, createdAt);
            st.bind(index++, *existingId);
        } else {
            st.bind(index++, createdAt);
            st.bind(index++, updatedAt);
        }
        if (!st.step() && st.failed()) {
            if ((st.errorCode() & 0xff) == SQLITE_CONSTRAINT) {
                // The file log keeps SQLite's words; the terminal (warnings and up) gets the sentence.
                log()->info("writing {}: {}", where.toStdString(), st.error().toStdString());
                if (st.error().contains(QLatin1String("UNIQUE")) && st.error().contains(QLatin1String(".key")))
                    return Result<qint64>::failure(QStringLiteral("There is already a %1 with the key \"%2\".")
                                                       .arg(spec.singular, record.value(QStringLiteral("key")).toString()));
                return Result<qint64>::failure(constraintSentence(where, st.error(), spec.fields));
            }
            return sqlError(QStringLiteral("Writing %1").arg(where), st.error(), st.errorCode());
        }
        return existingId ? *existingId : *newId;
    }

    // Writes the optional references and the lists kept in tables of their own.
    Status writeLinks(const RecordSpec &spec, qint64 id, const QJsonObject &record)
    {
        const QString where = describeRecord(spec.type, record);
        for (const FieldSpec &f : spec.fields) {
            if (f.kind != FieldKind::Ref || f.required)
                continue;
            const QJsonValue v = record.value(f.name);
            if (v.isUndefined() || v.isNull())
                continue;
            auto target = resolve(f, v, where + QLatin1Char('.') + f.name);
            if (!target)
                return Status(target.fullError());
            auto statement = prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                         .arg(sqlQuote(spec.table), sqlQuote(f.column)));
            if (!statement)
                return Status(statement.fullError());
            statement.value().bind(1, target.value());
            statement.value().bind(2, id);
            if (Status s = run(statement.value(), QStringLiteral("Writing %1").arg(where)); !s)
                return s;
        }
        for (const ChildSpec &child : spec.children) {
            if (Status s = writeChildren(child, id, record.value(child.name).toArray(), where); !s)
                return s;
        }
        return {};
    }

    Status writeChildren(const ChildSpec &child, qint64 parentId, const QJsonArray &items, const QString &where)
    {
        QString deleteSql = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(sqlQuote(child.table), sqlQuote(child.parentColumn));
        if (!child.fixedColumn.isEmpty())
            deleteSql += QStringLiteral(" AND %1 = ?").arg(sqlQuote(child.fixedColumn));
        auto del = prepare(deleteSql);
        if (!del)
            return Status(del.fullError());
        del.value().bind(1, parentId);
        if (!child.fixedColumn.isEmpty())
            del.value().bind(2, child.fixedValue);
        if (Status s = run(del.value(), QStringLiteral("Writing %1").arg(where)); !s)
            return s;
        if (items.isEmpty())
            return {};

        QList<FieldSpec> fields = child.flatRef ? QList<FieldSpec>{*child.flatRef} : child.fields;
        QStringList columns{child.parentColumn, QStringLiteral("position")};
        if (!child.fixedColumn.isEmpty())
            columns.append(child.fixedColumn);
        for (const FieldSpec &f : fields)
            columns.append(f.column);
        QStringList quoted;
        for (const QString &c : columns)
            quoted.append(sqlQuote(c));
        auto insert = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(sqlQuote(child.table), quoted.join(QStringLiteral(", ")),
                                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        if (!insert)
            return Status(insert.fullError());
        SqliteStatement &st = insert.value();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemWhere = QStringLiteral("%1.%2[%3]").arg(where, child.name).arg(i);
            st.reset();
            int index = 1;
            st.bind(index++, parentId);
            st.bind(index++, qint64(i));
            if (!child.fixedColumn.isEmpty())
                st.bind(index++, child.fixedValue);
            const QJsonObject item = child.flatRef ? QJsonObject{{child.flatRef->name, items.at(i)}}
                                                   : items.at(i).toObject();
            for (const FieldSpec &f : fields) {
                const QJsonValue v = item.value(f.name);
                if (f.kind == FieldKind::Ref && !v.isUndefined() && !v.isNull()) {
                    auto target = resolve(f, v, itemWhere);
                    if (!target)
                        return Status(target.fullError());
                    st.bind(index++, target.value());
                } else {
                    bindValue(st, index++, f, v);
                }
            }
            if (!st.step() && st.failed()) {
                if ((st.errorCode() & 0xff) == SQLITE_CONSTRAINT) {
                    log()->info("writing {}: {}", itemWhere.toStdString(), st.error().toStdString());
                    return Status::failure(constraintSentence(itemWhere, st.error(), fields));
                }
                return Status(sqlError(QStringLiteral("Writing %1").arg(itemWhere), st.error(), st.errorCode()));
            }
        }
        return {};
    }

    Result<QJsonObject> read(const RecordSpec &spec, qint64 id)
    {
        QStringList columns{QStringLiteral("key"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("revision")};
        for (const FieldSpec &f : spec.fields)
            columns.append(sqlQuote(f.column));
        auto statement = prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                     .arg(columns.join(QStringLiteral(", ")), sqlQuote(spec.table)));
        if (!statement)
            return statement.fullError();
        SqliteStatement &st = statement.value();
        st.bind(1, id);
        if (!st.step()) {
            if (st.failed())
                return sqlError(QStringLiteral("Reading a %1").arg(spec.singular), st.error(), st.errorCode());
            return Result<QJsonObject>::failure(QStringLiteral("There is no %1 with id %2.").arg(spec.singular).arg(id),
                                                ErrorKind::NotFound);
        }
        QJsonObject record;
        record.insert(QStringLiteral("key"), st.text(0));
        record.insert(QStringLiteral("created_at"), st.text(1));
        record.insert(QStringLiteral("updated_at"), st.text(2));
        record.insert(QStringLiteral("revision"), st.int64(3));
        for (qsizetype i = 0; i < spec.fields.size(); ++i) {
            auto value = readValue(st, int(i) + 4, spec.fields.at(i));
            if (!value)
                return value.fullError();
            if (!value.value().isUndefined())
                record.insert(spec.fields.at(i).name, value.value());
        }
        for (const ChildSpec &child : spec.children) {
            auto items = readChildren(child, id);
            if (!items)
                return items.fullError();
            if (!items.value().isEmpty())
                record.insert(child.name, items.value());
        }
        return record;
    }

    Result<QJsonArray> readChildren(const ChildSpec &child, qint64 parentId)
    {
        const QList<FieldSpec> fields = child.flatRef ? QList<FieldSpec>{*child.flatRef} : child.fields;
        QStringList columns;
        for (const FieldSpec &f : fields)
            columns.append(sqlQuote(f.column));
        if (child.itemRevisions)
            columns.append(QStringLiteral("revision"));
        QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                          .arg(columns.join(QStringLiteral(", ")), sqlQuote(child.table), sqlQuote(child.parentColumn));
        if (!child.fixedColumn.isEmpty())
            sql += QStringLiteral(" AND %1 = ?").arg(sqlQuote(child.fixedColumn));
        sql += QStringLiteral(" ORDER BY position");
        auto statement = prepare(sql);
        if (!statement)
            return statement.fullError();
        SqliteStatement &st = statement.value();
        st.bind(1, parentId);
        if (!child.fixedColumn.isEmpty())
            st.bind(2, child.fixedValue);
        QJsonArray items;
        while (st.step()) {
            QJsonObject item;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                auto value = readValue(st, int(i), fields.at(i));
                if (!value)
                    return value.fullError();
                if (!value.value().isUndefined())
                    item.insert(fields.at(i).name, value.value());
            }
            if (child.itemRevisions)
                item.insert(QStringLiteral("revision"), st.int64(int(fields.size())));
            if (child.flatRef)
                items.append(item.value(child.flatRef->name));
            else
                items.append(item);
        }
        if (st.failed())
            return sqlError(QStringLiteral("Reading %1").arg(child.name), st.error(), st.errorCode());
        return items;
    }

    // Each list of references of the rows' records, as the titles of their targets: one query
    // per list for the whole page, not one per row.
    Status readListTitles(const RecordSpec &spec, QList<RecordSummary> &rows)
    {
        QHash<qint64, RecordSummary *> byId;
        QStringList placeholders;
        for (RecordSummary &row : rows) {
            byId.insert(row.id, &row);
            placeholders.append(QStringLiteral("?"));
        }
        for (const ChildSpec &child : spec.children) {
            if (!child.flatRef || !child.flatRef->target)
                continue;
            const RecordSpec &target = specFor(*child.flatRef->target);
            QString sql = QStringLiteral("SELECT c.%1, t.%2 FROM %3 c JOIN %4 t ON t.id = c.%5 WHERE c.%1 IN (%6)")
                              .arg(sqlQuote(child.parentColumn), sqlQuote(target.titleField), sqlQuote(child.table),
                                   sqlQuote(target.table), sqlQuote(child.flatRef->column), placeholders.join(QStringLiteral(", ")));
            if (!child.fixedColumn.isEmpty())
                sql += QStringLiteral(" AND c.%1 = ?").arg(sqlQuote(child.fixedColumn));
            sql += QStringLiteral(" ORDER BY c.%1, c.position").arg(sqlQuote(child.parentColumn));
            auto statement = prepare(sql);
            if (!statement)
                return Status(statement.fullError());
            SqliteStatement &st = statement.value();
            int parameter = 1;
            for (const RecordSummary &row : std::as_const(rows))
                st.bind(parameter++, row.id);
            if (!child.fixedColumn.isEmpty())
                st.bind(parameter, child.fixedValue);
            while (st.step()) {
                if (RecordSummary *row = byId.value(st.int64(0)))
                    row->lists[child.name].append(st.text(1));
            }
            if (st.failed())
                return sqlError(QStringLiteral("Reading %1").arg(child.name), st.error(), st.errorCode());
        }
        return {};
    }

    Result<QList<Backlink>> referencesTo(RecordType type, qint64 id)
    {
        QList<Backlink> links;
        for (RecordType otherType : allRecordTypes()) {
            const RecordSpec &other = specFor(otherType);
            const QString title = sqlQuote(other.titleField);
            auto collect = [&](const QString &sql, const QString &via, bool withRole, const QString &fixed) -> Status {
                auto statement = prepare(sql);
                if (!statement)
                    return Status(statement.fullError());
                SqliteStatement &st = statement.value();
                st.bind(1, id);
                if (!fixed.isEmpty())
                    st.bind(2, fixed);
                while (st.step()) {
                    links.append(Backlink{otherType, st.int64(0), st.text(1), st.text(2), via,
                                          withRole ? st.text(3) : QString()});
                }
                if (st.failed())
                    return Status(sqlError(QStringLiteral("Finding links"), st.error(), st.errorCode()));
                return {};
            };
            for (const FieldSpec &f : other.fields) {
                if (f.kind != FieldKind::Ref || f.target != type)
                    continue;
                const QString sql = QStringLiteral("SELECT id, key, %1 FROM %2 WHERE %3 = ? ORDER BY key")
                                        .arg(title, sqlQuote(other.table), sqlQuote(f.column));
                if (Status s = collect(sql, f.name, false, {}); !s)
                    return s.fullError();
            }
            for (const ChildSpec &child : other.children) {
                const QList<FieldSpec> fields = child.flatRef ? QList<FieldSpec>{*child.flatRef} : child.fields;
                const bool hasRole = !child.flatRef && child.fields.size() > 0 &&
                                     std::any_of(child.fields.begin(), child.fields.end(),
                                                 [](const FieldSpec &f) { return f.name == QLatin1String("role"); });
                for (const FieldSpec &f : fields) {
                    if (f.kind != FieldKind::Ref || f.target != type)
                        continue;
                    QString sql = QStringLiteral("SELECT r.id, r.key, r.%1%2 FROM %3 c JOIN %4 r ON r.id = c.%5 WHERE c.%6 = ?")
                                      .arg(title, hasRole ? QStringLiteral(", c.role") : QString(),
                                           sqlQuote(child.table), sqlQuote(other.table),
                                           sqlQuote(child.parentColumn), sqlQuote(f.column));
                    if (!child.fixedColumn.isEmpty())
                        sql += QStringLiteral(" AND c.%1 = ?").arg(sqlQuote(child.fixedColumn));
                    sql += QStringLiteral(" ORDER BY r.key, c.position");
                    if (Status s = collect(sql, child.name, hasRole, child.fixedValue); !s)
                        return s.fullError();
                }
            }
        }
        return links;
    }

    // Refuses a write that started from an older revision of the row than the one stored.
    Status checkRevision(const QString &table, const QString &idColumn, qint64 id, qint64 expected, const QString &what)
    {
        auto statement = prepare(QStringLiteral("SELECT t.revision, c.changed_at FROM %1 t LEFT JOIN changes c ON c.revision = t.revision "
                                                "WHERE t.%2 = ?")
                                     .arg(sqlQuote(table), sqlQuote(idColumn)));
        if (!statement)
            return Status(statement.fullError());
        SqliteStatement &st = statement.value();
        st.bind(1, id);
        if (!st.step()) {
            if (st.failed())
                return Status(sqlError(QStringLiteral("Reading a revision"), st.error(), st.errorCode()));
            return {};
        }
        const qint64 current = st.int64(0);
        if (current == expected)
            return {};
        const QString when = st.isNull(1) ? QString() : QStringLiteral(" at %1").arg(st.text(1));
        return Status::failure(QStringLiteral("%1 changed since you opened it (it was saved again%2, revision %3; you started "
                                              "from revision %4); nothing was overwritten.")
                                   .arg(what, when).arg(current).arg(expected),
                               ErrorKind::Conflict);
    }

    // Keeps the record's current version in record_versions before a write replaces it.
    Status keepVersion(RecordType type, qint64 id)
    {
        const QString self = QStringLiteral("%1:%2").arg(specFor(type).word).arg(id);
        if (versioned.contains(self))
            return {};
        auto record = read(specFor(type), id);
        if (!record)
            return Status(record.fullError());
        auto statement = prepare(QStringLiteral("INSERT INTO record_versions (entity_type, entity_id, entity_key, revision, saved_at, record) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!statement)
            return Status(statement.fullError());
        SqliteStatement &st = statement.value();
        st.bind(1, specFor(type).word);
        st.bind(2, id);
        st.bind(3, record.value().value(QStringLiteral("key")).toString());
        st.bind(4, record.value().value(QStringLiteral("revision")).toInteger());
        st.bind(5, record.value().value(QStringLiteral("updated_at")).toString());
        st.bind(6, jsonText(record.value()));
        if (Status s = run(st, QStringLiteral("Keeping the earlier version")); !s)
            return s;
        versioned.insert(self);
        return {};
    }

    // Writes `record` over the live record with `id` as one logged update (no version kept:
    // the caller decides), with a new updated_at.
    Status rewriteRecord(RecordType type, qint64 id, QJsonObject record)
    {
        record.remove(QStringLiteral("updated_at"));
        if (Status s = validateRecord(type, record); !s)
            return s;
        const RecordSpec &spec = specFor(type);
        if (auto w = writeRow(spec, record, id); !w)
            return Status(w.fullError());
        if (Status s = writeLinks(spec, id, record); !s)
            return s;
        return logChange(type, id, record.value(QStringLiteral("key")).toString(), QStringLiteral("update"), true);
    }

    // The links from `referrer` (a record of `referrerType`) to the record `key` of `type`: the
    // reference fields that name it and the list items that point at it, each as
    // {"type", "id", "key", "via", "item", "position"} (no item for a field).
    static QJsonArray linksTo(RecordType referrerType, qint64 referrerId, const QJsonObject &referrer, RecordType type,
                              const QString &key)
    {
        QJsonArray links;
        const RecordSpec &spec = specFor(referrerType);
        const auto link = [&](const QString &via) {
            return QJsonObject{{QStringLiteral("type"), spec.word},
                               {QStringLiteral("id"), referrerId},
                               {QStringLiteral("key"), referrer.value(QStringLiteral("key")).toString()},
                               {QStringLiteral("via"), via}};
        };
        for (const FieldSpec &f : spec.fields) {
            if (f.kind == FieldKind::Ref && f.target == type && referrer.value(f.name).toString() == key)
                links.append(link(f.name));
        }
        for (const ChildSpec &child : spec.children) {
            const QJsonArray items = referrer.value(child.name).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                bool points = false;
                if (child.flatRef) {
                    points = child.flatRef->target == type && items.at(i).toString() == key;
                } else {
                    for (const FieldSpec &f : child.fields)
                        points = points || (f.kind == FieldKind::Ref && f.target == type
                                            && items.at(i).toObject().value(f.name).toString() == key);
                }
                if (!points)
                    continue;
                QJsonObject l = link(child.name);
                l.insert(QStringLiteral("item"), items.at(i));
                l.insert(QStringLiteral("position"), i);
                links.append(l);
            }
        }
        return links;
    }

    // Deletes a record: into the trash as part of `batch`, or for good without one. Records
    // that belong to it go too with `cascade` (into the same batch); records that only point
    // at it lose the link, keep their earlier version, and are logged so that the index sees
    // them again.
    Status removeRecord(RecordType type, qint64 id, const QString &key, bool cascade, QSet<QString> &visiting,
                        std::optional<qint64> batch, bool cascaded)
    {
        const RecordSpec &spec = specFor(type);
        const QString self = QStringLiteral("%1:%2").arg(spec.word).arg(id);
        if (visiting.contains(self))
            return {};
        visiting.insert(self);

        auto links = referencesTo(type, id);
        if (!links)
            return Status(links.fullError());
        QStringList owned;
        for (const Backlink &link : links.value()) {
            const FieldSpec *f = specFor(link.type).field(link.via);
            const bool belongs = f && f->kind == FieldKind::Ref && f->onDelete == OnDelete::Restrict;
            if (belongs && !cascade) {
                owned.append(QStringLiteral("%1 \"%2\"").arg(specFor(link.type).singular, link.key));
                continue;
            }
            if (belongs) {
                if (Status s = removeRecord(link.type, link.id, link.key, true, visiting, batch, true); !s)
                    return s;
            }
        }
        if (!owned.isEmpty()) {
            return Status::failure(QStringLiteral("%1 \"%2\" cannot be deleted while these belong to it: %3. Delete them first, or delete with cascade.")
                                       .arg(spec.singular, key, owned.join(QStringLiteral(", "))));
        }
        QJsonObject record;
        if (batch) {
            auto read = this->read(spec, id);
            if (!read)
                return Status(read.fullError());
            record = read.value();
            // The record as it was deleted is also its last earlier version.
            if (Status s = keepVersion(type, id); !s)
                return s;
        }
        // Records that only point at this one change with it: the index must see them again.
        QSet<QString> touched;
        QJsonArray lost;
        for (const Backlink &link : links.value()) {
            const FieldSpec *f = specFor(link.type).field(link.via);
            if (f && f->onDelete == OnDelete::Restrict)
                continue;
            const QString id2 = QStringLiteral("%1:%2").arg(specFor(link.type).word).arg(link.id);
            if (touched.contains(id2) || visiting.contains(id2))
                continue;
            touched.insert(id2);
            if (batch) {
                auto referrer = read(specFor(link.type), link.id);
                if (!referrer)
                    return Status(referrer.fullError());
                for (const QJsonValue &l : linksTo(link.type, link.id, referrer.value(), type, key))
                    lost.append(l);
            }
            if (Status s = keepVersion(link.type, link.id); !s)
                return s;
            if (Status s = logChange(link.type, link.id, link.key, QStringLiteral("update")); !s)
                return s;
        }
        auto statement = prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(sqlQuote(spec.table)));
        if (!statement)
            return Status(statement.fullError());
        statement.value().bind(1, id);
        if (Status s = run(statement.value(), QStringLiteral("Deleting %1 \"%2\"").arg(spec.singular, key)); !s)
            return s;
        if (Status s = logChange(type, id, key, QStringLiteral("delete")); !s)
            return s;
        if (!batch)
            return {};
        const qint64 revision = db->lastInsertId();
        auto trash = prepare(QStringLiteral("INSERT INTO trash (batch, cascaded, entity_type, entity_id, entity_key, title, revision, "
                                            "deleted_at, record, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!trash)
            return Status(trash.fullError());
        SqliteStatement &st = trash.value();
        st.bind(1, *batch);
        st.bind(2, qint64(cascaded ? 1 : 0));
        st.bind(3, spec.word);
        st.bind(4, id);
        st.bind(5, key);
        st.bind(6, record.value(spec.titleField).toString());
        st.bind(7, revision);
        st.bind(8, nowUtc());
        st.bind(9, jsonText(record));
        st.bind(10, jsonText(lost));
        return run(st, QStringLiteral("Moving %1 \"%2\" to the trash").arg(spec.singular, key));
    }
};

// A transaction that rolls back unless committed; nests by joining the outer one.
class StoreTransaction
{
public:
    explicit StoreTransaction(Store &store) : m_store(store) { m_status = store.beginTransaction(); }
    ~StoreTransaction()
    {
        if (m_status.ok() && !m_done)
            m_store.rollbackTransaction();
    }
    const Status &status() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_store.commitTransaction();
    }

private:
    Store &m_store;
    Status m_status;
    bool m_done = false;
};

Store::Store(std::unique_ptr<Private> dd) : d(std::move(dd)), m_mode(Mode::ReadWrite) {}
Store::~Store() = default;

QString Store::engineVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int Store::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

int Store::schemaVersion() const
{
    return d->schemaVersion;
}

const QString &Store::path() const
{
    return d->db->path();
}

namespace {

// What the file being opened is meant to be: the messages name it, and a bad store is
// "damaged" (ErrorKind::Unavailable) while a bad backup is a bad input.
enum class Subject { Store, Backup };

QString noun(Subject subject)
{
    return subject == Subject::Store ? QStringLiteral("CityKB store") : QStringLiteral("CityKB backup");
}

ErrorKind kindFor(Subject subject)
{
    return subject == Subject::Store ? ErrorKind::Unavailable : ErrorKind::BadInput;
}

// Refuses what SQLite must not be handed: nothing, a directory, a FIFO (opening it would
// block), a device, or a zero-byte file (SQLite would take it for a new database).
Status checkStoreFileType(const QString &path, Subject subject)
{
    const QString kind = nonRegularFileKind(path);
    if (!kind.isEmpty())
        return Status::failure(QStringLiteral("%1 is %2, not a %3.").arg(path, kind, noun(subject)), kindFor(subject));
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(QStringLiteral("There is no %1 at %2.").arg(noun(subject), path), kindFor(subject));
    if (info.size() == 0)
        return Status::failure(QStringLiteral("%1 is empty or not a %2.").arg(path, noun(subject)), kindFor(subject));
    return {};
}

// A WAL file that holds changes not yet folded into the store file; an empty one holds none.
bool walHoldsChanges(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

// A read-only connection that also works where this process cannot create the -shm file
// SQLite needs to read a WAL store: a shared read-only copy of a KB. There, with no changes
// waiting in a -wal, the file is read as immutable, without locks. That is safe against
// anyone who cannot write the folder either; the one risk left is a user who can, folding a
// WAL into the file while it is read (a shared copy is normally replaced, not written in place).
Result<std::unique_ptr<SqliteConnection>> openForReading(const QString &path)
{
    using R = Result<std::unique_ptr<SqliteConnection>>;
    const QString folder = QFileInfo(path).absolutePath();
    std::optional<SqliteConnection::Mode> mode;
    if (isWritableFolder(folder))
        mode = SqliteConnection::Mode::ReadOnly;
    else if (!walHoldsChanges(path))
        mode = SqliteConnection::Mode::Immutable;
    else if (QFileInfo::exists(path + QStringLiteral("-shm")))
        mode = SqliteConnection::Mode::ReadOnly; // SQLite reads a WAL through an existing -shm
    else
        return R::failure(QStringLiteral("%1 cannot be read here: its folder is not writable and its latest changes are in "
                                         "%1-wal, which only a writable folder lets SQLite read.")
                              .arg(path),
                          ErrorKind::Unavailable);
    auto db = SqliteConnection::open(path, *mode);
    if (!db)
        return R::failure(db.error(), ErrorKind::Unavailable);
    return db;
}

// What a store file says it is, read without writing anything.
struct StoreHeader
{
    qint64 applicationId = 0;
    qint64 version = 0;
    qint64 tables = 0;
};

Result<StoreHeader> readHeader(SqliteConnection &db, const QString &path, Subject subject)
{
    StoreHeader header;
    auto appId = db.queryInt(QStringLiteral("PRAGMA application_id"));
    auto version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    auto tables = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!appId || !version || !tables) {
        const QString why = !appId ? appId.error() : !version ? version.error() : tables.error();
        log()->info("reading the header of {}: {}", path.toStdString(), why.toStdString());
        return Result<StoreHeader>::failure(QStringLiteral("%1 is damaged or not a %2.").arg(path, noun(subject)),
                                            kindFor(subject));
    }
    header.applicationId = appId.value();
    header.version = version.value();
    header.tables = tables.value();
    return header;
}

// Refuses a file that is not a CityKB store of a possible schema. A newer schema is left to
// the caller: fileSchemaVersion reports it, the others refuse it.
Status checkHeader(const StoreHeader &header, const QString &path, Subject subject)
{
    if (header.tables == 0)
        return Status::failure(QStringLiteral("%1 is empty or not a %2.").arg(path, noun(subject)), kindFor(subject));
    if (header.applicationId != applicationId)
        return Status::failure(QStringLiteral("%1 is a SQLite database of another program, not a %2.").arg(path, noun(subject)),
                               kindFor(subject));
    // Migrations count from 1 and set the version and the application id in one transaction.
    if (header.version < 1)
        return Status::failure(QStringLiteral("%1 is damaged: its schema version %2 is impossible.").arg(path).arg(header.version),
                               kindFor(subject));
    return {};
}

Status checkNotNewer(const StoreHeader &header, const QString &path, Subject subject)
{
    if (header.version > Store::latestSchemaVersion())
        return Status::failure(QStringLiteral("%1 was written by a newer CityKB (schema %2; this program knows up to %3).")
                                   .arg(path)
                                   .arg(header.version)
                                   .arg(Store::latestSchemaVersion()),
                               kindFor(subject));
    return {};
}

// Write-ahead logging and full syncs, read back: SQLite answers a request it cannot follow
// with the mode it stays in, not with an error.
Status prepareForWriting(SqliteConnection &db, const QString &path)
{
    auto journal = db.queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal)
        return Status::failure(QStringLiteral("Cannot write to %1: %2.").arg(path, journal.error()), ErrorKind::Unavailable);
    if (journal.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Status::failure(QStringLiteral("Cannot write to %1: SQLite could not switch it to write-ahead logging.").arg(path),
                               ErrorKind::Unavailable);
    // Deleted rows are overwritten with zeros, so that a deleted or erased record does not
    // linger in free space of the file (docs/architecture.md, "History, trash and erasure").
    if (Status s = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return Status::failure(QStringLiteral("Cannot write to %1: %2.").arg(path, s.error()), ErrorKind::Unavailable);
    // FULL: a committed answer survives a power cut, not only a crash.
    if (Status s = db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return Status::failure(QStringLiteral("Cannot write to %1: %2.").arg(path, s.error()), ErrorKind::Unavailable);
    auto synchronous = db.queryInt(QStringLiteral("PRAGMA synchronous"));
    if (!synchronous || synchronous.value() != 2)
        return Status::failure(QStringLiteral("Cannot write to %1: SQLite would not flush every commit to disk.").arg(path),
                               ErrorKind::Unavailable);
    return {};
}

Status runMigrations(SqliteConnection &db, int from, const QString &path)
{
    const auto fail = [&db](const QString &message) {
        (void)db.exec(QStringLiteral("ROLLBACK")); // nothing to undo when the rollback itself fails
        return Status::failure(message, ErrorKind::Unavailable);
    };
    // All pending migrations in one transaction: an upgrade happens completely or not at all.
    if (Status s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return Status::failure(QStringLiteral("Cannot upgrade %1: %2.").arg(path, s.error()), ErrorKind::Unavailable);
    // Upgrade the store as it is now that it is locked, not as it was when it was read.
    auto current = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!current || current.value() != from)
        return fail(QStringLiteral("%1 was changed by another process while it was being opened; try again.").arg(path));
    for (int version = from + 1; version <= Store::latestSchemaVersion(); ++version) {
        QFile file(migrationFiles().at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Migration %1 is missing from the program.").arg(version));
        if (Status s = db.exec(QString::fromUtf8(file.readAll())); !s)
            return fail(QStringLiteral("Upgrading %1 to schema %2 failed: %3").arg(path).arg(version).arg(s.error()));
        log()->info("store {} upgraded to schema {}", path.toStdString(), version);
    }
    const Status setId = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    const Status setVersion = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion()));
    auto appId = db.queryInt(QStringLiteral("PRAGMA application_id"));
    auto version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!setId || !setVersion || !appId || appId.value() != applicationId || !version
        || version.value() != Store::latestSchemaVersion())
        return fail(QStringLiteral("Upgrading %1 failed: its schema version could not be written.").arg(path));
    if (Status s = db.exec(QStringLiteral("COMMIT")); !s)
        return fail(QStringLiteral("Upgrading %1 failed: %2.").arg(path, s.error()));
    return {};
}

} // namespace

Result<int> Store::fileSchemaVersion(const QString &path)
{
    if (Status s = checkStoreFileType(path, Subject::Store); !s)
        return s.fullError();
    auto db = openForReading(path);
    if (!db)
        return db.fullError();
    auto header = readHeader(*db.value(), path, Subject::Store);
    if (!header)
        return header.fullError();
    if (Status s = checkHeader(header.value(), path, Subject::Store); !s)
        return s.fullError();
    return int(header.value().version);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, const QString &backupDir)
{
    initMigrationResources();
    using R = Result<std::unique_ptr<Store>>;
    if (Status s = checkStoreFileType(path, Subject::Store); !s)
        return s.fullError();
    // Writing needs the -wal and -shm files beside the store, even to read its header.
    if (mode == Mode::ReadWrite && !isWritableFolder(QFileInfo(path).absolutePath()))
        return R::failure(QStringLiteral("Cannot write to %1: its folder is not writable.").arg(path), ErrorKind::Unavailable);
    auto connection = mode == Mode::ReadOnly ? openForReading(path)
                                             : SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    if (!connection)
        return R::failure(connection.error(), ErrorKind::Unavailable);
    std::unique_ptr<SqliteConnection> db = std::move(connection).value();

    // Everything is checked before anything is written, so a refused file stays untouched.
    auto header = readHeader(*db, path, Subject::Store);
    if (!header)
        return header.fullError();
    if (Status s = checkHeader(header.value(), path, Subject::Store); !s)
        return s.fullError();
    if (Status s = checkNotNewer(header.value(), path, Subject::Store); !s)
        return s.fullError();
    const int version = int(header.value().version);
    if (mode == Mode::ReadOnly && version < latestSchemaVersion())
        return R::failure(QStringLiteral("%1 has an older schema (%2); open it once for writing to upgrade it.").arg(path).arg(version),
                          ErrorKind::Unavailable);

    if (mode == Mode::ReadWrite) {
        if (Status s = prepareForWriting(*db, path); !s)
            return s.fullError();
    }
    if (Status s = db->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return R::failure(s.error(), ErrorKind::Unavailable);
    // Readers serve lists and searches page after page: 64 MiB of cache each keeps a filtered
    // list's rows between two pages (docs/benchmarks.md, "Lists by page").
    if (mode == Mode::ReadOnly)
        (void)db->exec(QStringLiteral("PRAGMA cache_size = -65536")); // only a hint: a refusal costs speed, not data

    if (mode == Mode::ReadWrite && version < latestSchemaVersion()) {
        if (!backupDir.isEmpty()) {
            QDir().mkpath(backupDir);
            const QString copy = QDir(backupDir).filePath(
                QStringLiteral("kb-schema%1-%2.sqlite").arg(version)
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
            auto tmp = std::unique_ptr<Private>(new Private);
            tmp->db = std::move(db);
            Store old(std::move(tmp));
            if (Status s = old.backupTo(copy); !s)
                return R::failure(QStringLiteral("Could not back up %1 before upgrading it: %2").arg(path, s.error()),
                                  ErrorKind::Unavailable);
            db = std::move(old.d->db);
        }
        if (Status s = runMigrations(*db, version, path); !s)
            return s.fullError();
    }

    auto p = std::unique_ptr<Private>(new Private);
    p->db = std::move(db);
    p->schemaVersion = latestSchemaVersion();
    std::unique_ptr<Store> store(new Store(std::move(p)));
    store->m_mode = mode;
    return store;
}

Result<std::unique_ptr<Store>> Store::create(const QString &path)
{
    initMigrationResources();
    using R = Result<std::unique_ptr<Store>>;
    const QString kind = nonRegularFileKind(path);
    if (!kind.isEmpty())
        return R::failure(QStringLiteral("Cannot create a CityKB store at %1: it is %2.").arg(path, kind));
    const QFileInfo info(path);
    const bool takeOver = info.exists() && info.size() == 0;
    if (info.exists() && !takeOver)
        return R::failure(QStringLiteral("Cannot create a CityKB store at %1: a file is there already.").arg(path));
    if (!takeOver) {
        // NewOnly (O_EXCL): a file that appears meanwhile, or a symbolic link, is never written through.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::failure(QStringLiteral("Cannot create a CityKB store at %1: %2.").arg(path, file.errorString()),
                              ErrorKind::Unavailable);
    }
    // Only a file this call made is removed again; a taken-over one is rolled back to zero bytes.
    const auto fail = [&](std::unique_ptr<SqliteConnection> closing, const Error &error) -> R {
        closing.reset();
        if (!takeOver) {
            for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return error;
    };
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    if (!connection)
        return fail(nullptr, Error{connection.error(), ErrorKind::Unavailable});
    std::unique_ptr<SqliteConnection> db = std::move(connection).value();
    // The schema is made in rollback-journal mode, so that a create cut short rolls back to
    // the zero-byte file a new create takes over; the switch to WAL follows once it is complete.
    if (Status s = runMigrations(*db, 0, path); !s)
        return fail(std::move(db), s.fullError());
    if (Status s = prepareForWriting(*db, path); !s)
        return fail(std::move(db), s.fullError());
    if (Status s = db->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return fail(std::move(db), Error{s.error(), ErrorKind::Unavailable});
    log()->info("created store {}", path.toStdString());

    auto p = std::unique_ptr<Private>(new Private);
    p->db = std::move(db);
    p->schemaVersion = latestSchemaVersion();
    std::unique_ptr<Store> store(new Store(std::move(p)));
    store->m_mode = Mode::ReadWrite;
    return store;
}

Status Store::beginTransaction()
{
    if (m_mode == Mode::ReadOnly)
        return Status::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    if (d->transactionDepth++ > 0)
        return {};
    d->versioned.clear();
    if (Status s = d->db->exec(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        d->transactionDepth = 0;
        return Status(d->sqlError(QStringLiteral("Starting a write"), s.error(), d->db->lastErrorCode()));
    }
    return {};
}

Status Store::commitTransaction()
{
    if (d->transactionDepth == 0)
        return Status::failure(QStringLiteral("No write is in progress."));
    if (--d->transactionDepth > 0)
        return {};
    if (Status s = d->db->exec(QStringLiteral("COMMIT")); !s) {
        const int code = d->db->lastErrorCode(); // before the rollback resets it
        (void)d->db->exec(QStringLiteral("ROLLBACK"));
        return Status(d->sqlError(QStringLiteral("Saving"), s.error(), code));
    }
    return {};
}

void Store::rollbackTransaction()
{
    // An inner failure aborts the whole outer transaction.
    if (d->transactionDepth == 0)
        return;
    d->transactionDepth = 0;
    (void)d->db->exec(QStringLiteral("ROLLBACK"));
}

namespace {
LinkLookup importLookup(Store &store, const QList<std::pair<RecordType, QJsonObject>> &records, ExistingRecords existing);
} // namespace

Result<qint64> Store::create(RecordType type, const QJsonObject &record)
{
    if (Status s = validateRecord(type, record); !s)
        return s.fullError();
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    // Links of the right kind: a theme is a theme term, an answer answers a question it has.
    if (Status s = validateLinks(type, record, importLookup(*this, {{type, record}}, ExistingRecords::Replace)); !s)
        return s.fullError();
    const RecordSpec &spec = specFor(type);
    auto id = d->writeRow(spec, record, std::nullopt);
    if (!id)
        return id;
    if (Status s = d->writeLinks(spec, id.value(), record); !s)
        return s.fullError();
    if (Status s = d->logChange(type, id.value(), record.value(QStringLiteral("key")).toString(), QStringLiteral("insert"), true); !s)
        return s.fullError();
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return id;
}

Status Store::update(RecordType type, const QString &key, const QJsonObject &record, std::optional<qint64> expectedRevision)
{
    if (Status s = validateRecord(type, record); !s)
        return s;
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto id = d->idOf(type, key);
    if (!id)
        return Status(id.fullError());
    if (!id.value())
        return Status::failure(QStringLiteral("There is no %1 \"%2\".").arg(specFor(type).singular, key), ErrorKind::NotFound);
    if (expectedRevision) {
        if (Status s = d->checkRevision(specFor(type).table, QStringLiteral("id"), *id.value(), *expectedRevision,
                                        QStringLiteral("The %1 \"%2\"").arg(specFor(type).singular, key));
            !s)
            return s;
    }
    {
        // Documents and people the record cited already may have been deleted since (their keys
        // sit in JSON, not in a column); that does not block editing the record.
        auto stored = d->read(specFor(type), *id.value());
        if (!stored)
            return Status(stored.fullError());
        QSet<QString> cited;
        for (const QJsonValue &source : stored.value().value(QStringLiteral("sources")).toArray())
            cited.insert(specFor(RecordType::Document).word + QLatin1Char('/') + source.toObject().value(QStringLiteral("document")).toString());
        for (const QJsonValue &respondent : stored.value().value(QStringLiteral("respondents")).toArray())
            cited.insert(specFor(RecordType::Person).word + QLatin1Char('/') + respondent.toObject().value(QStringLiteral("person")).toString());
        LinkLookup lookup = importLookup(*this, {{type, record}}, ExistingRecords::Replace);
        const auto exists = lookup.exists;
        lookup.exists = [cited, exists](RecordType t, const QString &k) -> Result<bool> {
            if (cited.contains(specFor(t).word + QLatin1Char('/') + k))
                return true;
            return exists(t, k);
        };
        if (Status s = validateLinks(type, record, lookup); !s)
            return s;
    }
    if (Status s = d->keepVersion(type, *id.value()); !s)
        return s;
    QJsonObject updated = record;
    // An edit is a new updated_at; only a bundle import carries its own.
    updated.remove(QStringLiteral("updated_at"));
    updated.remove(QStringLiteral("created_at"));
    const RecordSpec &spec = specFor(type);
    // Answers the update leaves as they were keep their revision: changing a response's notes
    // must not look, to a window on one of its answers, like a change of that answer.
    QList<std::pair<const ChildSpec *, QHash<QString, QList<qint64>>>> itemRevisions;
    for (const ChildSpec &child : spec.children) {
        if (!child.itemRevisions)
            continue;
        auto revisions = d->itemRevisions(child, *id.value());
        if (!revisions)
            return Status(revisions.fullError());
        itemRevisions.append({&child, revisions.value()});
    }
    if (auto w = d->writeRow(spec, updated, *id.value()); !w)
        return Status(w.fullError());
    if (Status s = d->writeLinks(spec, *id.value(), updated); !s)
        return s;
    if (Status s = d->logChange(type, *id.value(), updated.value(QStringLiteral("key")).toString(), QStringLiteral("update"), true); !s)
        return s;
    for (const auto &[child, revisions] : itemRevisions) {
        if (Status s = d->restoreItemRevisions(*child, *id.value(), revisions); !s)
            return s;
    }
    return tx.commit();
}

Status Store::remove(RecordType type, const QString &key, bool cascade)
{
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto id = d->idOf(type, key);
    if (!id)
        return Status(id.fullError());
    if (!id.value())
        return Status::failure(QStringLiteral("There is no %1 \"%2\".").arg(specFor(type).singular, key));
    auto batch = d->db->queryInt(QStringLiteral("SELECT coalesce(max(batch), 0) + 1 FROM trash"));
    if (!batch)
        return Status(d->sqlError(QStringLiteral("Reading the trash"), batch.error(), d->db->lastErrorCode()));
    QSet<QString> visiting;
    if (Status s = d->removeRecord(type, *id.value(), key, cascade, visiting, batch.value(), false); !s)
        return s;
    return tx.commit();
}

namespace {

// Answers validateLinks for an import: a record of the import answers for itself, unless it
// exists already and the import keeps existing records; the store answers for the rest.
// Answers are kept: thousands of practices name the same few terms.
LinkLookup importLookup(Store &store, const QList<std::pair<RecordType, QJsonObject>> &records,
                          ExistingRecords existing)
{
    const auto identity = [](RecordType type, const QString &key) -> QString { return specFor(type).word + QLatin1Char('/') + key; };
    auto batch = std::make_shared<QHash<QString, QJsonObject>>();
    for (const auto &[type, record] : records)
        batch->insert(identity(type, record.value(QStringLiteral("key")).toString()), record);
    const auto find = [&store, batch, existing, identity](RecordType type, const QString &key) -> Result<std::optional<QJsonObject>> {
        const auto inBatch = batch->constFind(identity(type, key));
        if (inBatch != batch->cend() && existing == ExistingRecords::Replace)
            return std::optional<QJsonObject>(*inBatch);
        auto id = store.idOf(type, key);
        if (!id)
            return id.fullError();
        if (id.value()) {
            auto stored = store.get(type, key);
            if (!stored)
                return stored.fullError();
            return std::optional<QJsonObject>(stored.value());
        }
        if (inBatch != batch->cend())
            return std::optional<QJsonObject>(*inBatch);
        return std::optional<QJsonObject>();
    };
    LinkLookup lookup;
    lookup.exists = [&store, batch, identity](RecordType type, const QString &key) -> Result<bool> {
        if (batch->contains(identity(type, key)))
            return true;
        auto id = store.idOf(type, key);
        if (!id)
            return id.fullError();
        return id.value().has_value();
    };
    auto vocabularies = std::make_shared<QHash<QString, std::optional<QString>>>();
    lookup.termVocabulary = [find, vocabularies](const QString &key) -> Result<std::optional<QString>> {
        if (const auto known = vocabularies->constFind(key); known != vocabularies->cend())
            return *known;
        auto term = find(RecordType::Taxonomy, key);
        if (!term)
            return term.fullError();
        std::optional<QString> vocabulary;
        if (term.value())
            vocabulary = term.value()->value(QStringLiteral("vocabulary")).toString();
        vocabularies->insert(key, vocabulary);
        return vocabulary;
    };
    auto questionnaires = std::make_shared<QHash<QString, std::optional<QSet<qint64>>>>();
    lookup.questionNumbers = [find, questionnaires](const QString &key) -> Result<std::optional<QSet<qint64>>> {
        if (const auto known = questionnaires->constFind(key); known != questionnaires->cend())
            return *known;
        auto questionnaire = find(RecordType::Questionnaire, key);
        if (!questionnaire)
            return questionnaire.fullError();
        std::optional<QSet<qint64>> numbers;
        if (questionnaire.value()) {
            numbers.emplace();
            for (const QJsonValue &q : questionnaire.value()->value(QStringLiteral("questions")).toArray()) {
                if (q.toObject().value(QStringLiteral("number")).isDouble())
                    numbers->insert(q.toObject().value(QStringLiteral("number")).toInteger());
            }
        }
        questionnaires->insert(key, numbers);
        return numbers;
    };
    return lookup;
}

// A term or a questionnaire that an import replaces must still fit the stored records the
// import leaves as they are: a practice that lists the term under its old vocabulary, a
// response that answers a question the new version no longer has.
Status checkStoredReferrers(Store &store, const QList<std::pair<RecordType, QJsonObject>> &records,
                            ExistingRecords existing)
{
    if (existing == ExistingRecords::Keep)
        return {}; // records that exist stay as they are
    const auto identity = [](RecordType type, const QString &key) -> QString { return specFor(type).word + QLatin1Char('/') + key; };
    QSet<QString> imported;
    for (const auto &[type, record] : records)
        imported.insert(identity(type, record.value(QStringLiteral("key")).toString()));
    for (const auto &[type, record] : records) {
        if (type != RecordType::Taxonomy && type != RecordType::Questionnaire)
            continue;
        const QString key = record.value(QStringLiteral("key")).toString();
        auto id = store.idOf(type, key);
        if (!id)
            return Status(id.fullError());
        if (!id.value())
            continue;
        auto links = store.referencesTo(type, *id.value());
        if (!links)
            return Status(links.fullError());
        const QString where = describeRecord(type, record);
        QSet<qint64> numbers;
        for (const QJsonValue &q : record.value(QStringLiteral("questions")).toArray())
            numbers.insert(q.toObject().value(QStringLiteral("number")).toInteger());
        for (const Backlink &link : links.value()) {
            if (imported.contains(identity(link.type, link.key)))
                continue; // validateLinks checks it as part of the import
            const QString referrer = QStringLiteral("%1 \"%2\"").arg(specFor(link.type).singular, link.key);
            if (type == RecordType::Taxonomy) {
                const ChildSpec *list = specFor(link.type).child(link.via);
                const QString vocabulary = record.value(QStringLiteral("vocabulary")).toString();
                if (list && list->fixedColumn == QLatin1String("vocabulary") && list->fixedValue != vocabulary)
                    return Status::failure(QStringLiteral("%1.vocabulary cannot become %2 while %3 lists the term among its %4.")
                                               .arg(where, vocabulary, referrer, link.via));
            } else if (link.type == RecordType::Response && link.via == QLatin1String("questionnaire")) {
                auto response = store.get(RecordType::Response, link.key);
                if (!response)
                    return Status(response.fullError());
                for (const QJsonValue &answer : response.value().value(QStringLiteral("answers")).toArray()) {
                    const QJsonValue question = answer.toObject().value(QStringLiteral("question"));
                    if (question.isDouble() && !numbers.contains(question.toInteger()))
                        return Status::failure(QStringLiteral("%1.questions has no question %2, which %3 answers.")
                                                   .arg(where)
                                                   .arg(question.toInteger())
                                                   .arg(referrer));
                }
            }
        }
    }
    return {};
}

} // namespace

Result<ImportSummary> Store::importRecords(const QList<std::pair<RecordType, QJsonObject>> &records,
                                          ExistingRecords existingRecords)
{
    auto summaries = importBatches({ImportBatch{records, existingRecords}});
    if (!summaries)
        return summaries.fullError();
    return summaries.value().first();
}

Result<QList<ImportSummary>> Store::importBatches(const QList<ImportBatch> &batches)
{
    for (const ImportBatch &batch : batches) {
        for (const auto &[type, record] : batch.records) {
            if (Status s = validateRecord(type, record); !s)
                return s.fullError();
        }
    }
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    // Inside the transaction, so that the records the checks read stay as they were read.
    // Records of every batch are seen by the checks; when any batch keeps existing records,
    // the store's versions of those decide.
    QList<std::pair<RecordType, QJsonObject>> all;
    ExistingRecords existingRecords = ExistingRecords::Replace;
    for (const ImportBatch &batch : batches) {
        all.append(batch.records);
        if (batch.existing == ExistingRecords::Keep)
            existingRecords = ExistingRecords::Keep;
    }
    const LinkLookup lookup = importLookup(*this, all, existingRecords);
    for (const auto &[type, record] : all) {
        if (Status s = validateLinks(type, record, lookup); !s)
            return s.fullError();
    }
    if (Status s = checkStoredReferrers(*this, all, existingRecords); !s)
        return s.fullError();
    QList<ImportSummary> summaries(batches.size());
    // Phase 1, in load order across all batches: rows with their plain fields and required
    // references; a later batch sees what an earlier one wrote.
    QList<QList<qint64>> ids;
    QList<QList<qint64>> revisions;
    for (const ImportBatch &batch : batches) {
        ids.append(QList<qint64>(batch.records.size(), 0));
        revisions.append(QList<qint64>(batch.records.size(), 0));
    }
    QList<QSet<QString>> seen(batches.size());
    for (RecordType type : loadOrder()) {
        const RecordSpec &spec = specFor(type);
        for (qsizetype b = 0; b < batches.size(); ++b) {
            const auto &records = batches.at(b).records;
            for (qsizetype i = 0; i < records.size(); ++i) {
                if (records.at(i).first != type)
                    continue;
                const QJsonObject &record = records.at(i).second;
                const QString key = record.value(QStringLiteral("key")).toString();
                const QString identity = spec.word + QLatin1Char('/') + key;
                if (seen[b].contains(identity))
                    return Result<QList<ImportSummary>>::failure(
                        QStringLiteral("The %1 \"%2\" appears twice in the input.").arg(spec.singular, key));
                seen[b].insert(identity);
                auto existing = d->idOf(type, key);
                if (!existing)
                    return existing.fullError();
                if (existing.value() && batches.at(b).existing == ExistingRecords::Keep) {
                    ++summaries[b].kept; // its id stays 0: phase 2 leaves it alone too
                    continue;
                }
                if (existing.value()) {
                    if (Status s = d->keepVersion(type, *existing.value()); !s)
                        return s.fullError();
                }
                auto id = d->writeRow(spec, record, existing.value());
                if (!id)
                    return id.fullError();
                ids[b][i] = id.value();
                existing.value() ? ++summaries[b].updated : ++summaries[b].inserted;
                if (Status s = d->logChange(type, id.value(), key, existing.value() ? QStringLiteral("update") : QStringLiteral("insert")); !s)
                    return s.fullError();
                revisions[b][i] = d->db->lastInsertId();
            }
        }
    }
    // Phase 2: every other reference and list, now that all rows of all batches exist.
    for (qsizetype b = 0; b < batches.size(); ++b) {
        const auto &records = batches.at(b).records;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (ids.at(b).at(i) == 0)
                continue;
            const RecordSpec &spec = specFor(records.at(i).first);
            if (Status s = d->writeLinks(spec, ids.at(b).at(i), records.at(i).second); !s)
                return s.fullError();
            for (const ChildSpec &child : spec.children) {
                if (!child.itemRevisions)
                    continue;
                if (Status s = d->stampRevision(child.table, child.parentColumn, ids.at(b).at(i), revisions.at(b).at(i)); !s)
                    return s.fullError();
            }
        }
    }
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return summaries;
}

Result<std::optional<qint64>> Store::idOf(RecordType type, const QString &key) const
{
    return d->idOf(type, key);
}

Result<std::optional<QString>> Store::findKey(RecordType type, const QString &keyOrName) const
{
    const RecordSpec &spec = specFor(type);
    auto statement = d->prepare(QStringLiteral("SELECT key FROM %1 WHERE key = ?1 OR %2 = ?1 COLLATE NOCASE %3 ORDER BY key = ?1 DESC, id LIMIT 1")
                                    .arg(sqlQuote(spec.table), sqlQuote(spec.titleField),
                                         spec.field(QStringLiteral("acronym"))
                                             ? QStringLiteral("OR acronym = ?1 COLLATE NOCASE")
                                             : QString()));
    if (!statement)
        return statement.fullError();
    statement.value().bind(1, keyOrName);
    if (statement.value().step())
        return std::optional<QString>(statement.value().text(0));
    if (statement.value().failed())
        return d->sqlError(QStringLiteral("Finding a record"), statement.value().error(), statement.value().errorCode());
    return std::optional<QString>();
}

Result<QJsonObject> Store::get(RecordType type, const QString &key) const
{
    auto id = d->idOf(type, key);
    if (!id)
        return id.fullError();
    if (!id.value())
        return Result<QJsonObject>::failure(QStringLiteral("There is no %1 \"%2\".").arg(specFor(type).singular, key),
                                            ErrorKind::NotFound);
    return d->read(specFor(type), *id.value());
}

Result<QJsonObject> Store::getById(RecordType type, qint64 id) const
{
    return d->read(specFor(type), id);
}

namespace {

// The WHERE conditions of a list's filters, with the values they bind (?1, ?2, ...).
Status filterConditions(const RecordSpec &spec, const QList<Filter> &filters, QStringList &conditions, QStringList &values)
{
    // A reference's value may be the target's key, its name/title, or its acronym.
    auto targetMatch = [&](RecordType target, const QString &value) {
        const RecordSpec &t = specFor(target);
        values << value;
        const int n = int(values.size());
        return QStringLiteral("SELECT id FROM %1 WHERE key = ?%2 OR %3 = ?%2 COLLATE NOCASE%4")
            .arg(sqlQuote(t.table)).arg(n).arg(sqlQuote(t.titleField),
                 t.field(QStringLiteral("acronym")) ? QStringLiteral(" OR acronym = ?%1 COLLATE NOCASE").arg(n) : QString());
    };
    for (const Filter &filter : filters) {
        const QString name = filter.field.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (name == QLatin1String("key")) {
            values << filter.value;
            conditions << QStringLiteral("key = ?%1").arg(values.size());
            continue;
        }
        const FieldSpec *f = spec.field(name);
        if (f && f->kind == FieldKind::Ref) {
            conditions << QStringLiteral("%1 IN (%2)").arg(sqlQuote(f->column), targetMatch(*f->target, filter.value));
            continue;
        }
        if (f && f->kind != FieldKind::Json) {
            values << filter.value;
            conditions << QStringLiteral("CAST(%1 AS TEXT) = ?%2 COLLATE NOCASE").arg(sqlQuote(f->column)).arg(values.size());
            continue;
        }
        // A list: "cities" or "city", "themes" or "theme", "network" for memberships.
        const ChildSpec *matched = nullptr;
        std::optional<FieldSpec> matchedField;
        for (const ChildSpec &child : spec.children) {
            const QList<FieldSpec> fields = child.flatRef ? QList<FieldSpec>{*child.flatRef} : child.fields;
            for (const FieldSpec &cf : fields) {
                if (cf.kind != FieldKind::Ref)
                    continue;
                const bool byListName = child.flatRef && (child.name == name || child.name == name + QLatin1Char('s')
                                                          || (name.endsWith(QLatin1Char('y')) && child.name == name.chopped(1) + QStringLiteral("ies")));
                if (byListName || (!child.flatRef && cf.name == name)) {
                    matched = &child;
                    matchedField = cf;
                }
            }
        }
        if (!matched)
            return Status::failure(QStringLiteral("%1 cannot be filtered by \"%2\".").arg(spec.word, filter.field.left(80)));
        QString sub = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                          .arg(sqlQuote(matched->parentColumn), sqlQuote(matched->table), sqlQuote(matchedField->column),
                               targetMatch(*matchedField->target, filter.value));
        if (!matched->fixedColumn.isEmpty())
            sub += QStringLiteral(" AND %1 = '%2'").arg(sqlQuote(matched->fixedColumn), matched->fixedValue);
        conditions << QStringLiteral("id IN (%1)").arg(sub);
    }
    return {};
}

} // namespace

Result<QList<QJsonObject>> Store::list(RecordType type, const QList<Filter> &filters) const
{
    const RecordSpec &spec = specFor(type);
    QStringList conditions;
    QStringList values;
    if (Status s = filterConditions(spec, filters, conditions, values); !s)
        return s.fullError();
    QString sql = QStringLiteral("SELECT id FROM %1").arg(sqlQuote(spec.table));
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 COLLATE NOCASE, key").arg(sqlQuote(spec.titleField));
    auto statement = d->prepare(sql);
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        st.bind(int(i) + 1, values.at(i));
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    if (st.failed())
        return d->sqlError(QStringLiteral("Listing %1").arg(spec.word), st.error(), st.errorCode());
    QList<QJsonObject> records;
    for (qint64 id : ids) {
        auto record = d->read(spec, id);
        if (!record)
            return record.fullError();
        records.append(record.value());
    }
    return records;
}

Result<RecordPage> Store::listPage(RecordType type, const PageQuery &query) const
{
    using R = Result<RecordPage>;
    const RecordSpec &spec = specFor(type);
    QStringList conditions;
    QStringList values;
    if (Status s = filterConditions(spec, query.filters, conditions, values); !s)
        return s.fullError();
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    // The sort column: a plain field, or one of the columns every record has.
    QString sortName = query.sort.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    const bool descending = query.sort.trimmed().startsWith(QLatin1Char('-'));
    if (descending)
        sortName = sortName.mid(1);
    if (sortName.isEmpty())
        sortName = spec.titleField;
    QString order;
    if (sortName == QLatin1String("key") || sortName == QLatin1String("updated_at") || sortName == QLatin1String("created_at")
        || sortName == QLatin1String("revision")) {
        order = sqlQuote(sortName);
    } else if (const FieldSpec *f = spec.field(sortName); f && f->kind != FieldKind::Json && f->kind != FieldKind::Ref) {
        order = sqlQuote(f->column) + (f->kind == FieldKind::Text ? QStringLiteral(" COLLATE NOCASE") : QString());
    } else {
        return R::failure(QStringLiteral("%1 cannot be sorted by \"%2\"; sort by key, updated_at, revision or one of its plain fields.")
                              .arg(spec.word, query.sort.left(80)));
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    if (query.offset < 0 || query.limit < 0)
        return R::failure(QStringLiteral("A page needs an offset and a limit of 0 or more."));

    RecordPage page;
    {
        auto statement = d->prepare(QStringLiteral("SELECT count(*) FROM %1%2").arg(sqlQuote(spec.table), where));
        if (!statement)
            return statement.fullError();
        SqliteStatement &st = statement.value();
        for (qsizetype i = 0; i < values.size(); ++i)
            st.bind(int(i) + 1, values.at(i));
        if (!st.step())
            return d->sqlError(QStringLiteral("Counting %1").arg(spec.word), st.error(), st.errorCode());
        page.total = st.int64(0);
    }

    // Plain fields as they are; references as the key of their target, read row by row.
    const QString table = sqlQuote(spec.table);
    QStringList columns;
    for (const QString &name : {QStringLiteral("id"), QStringLiteral("key"), spec.titleField, QStringLiteral("revision"),
                                QStringLiteral("updated_at")})
        columns.append(table + QLatin1Char('.') + sqlQuote(name));
    QList<const FieldSpec *> summaryFields;
    for (const FieldSpec &f : spec.fields) {
        if (f.kind == FieldKind::Json)
            continue;
        summaryFields.append(&f);
        if (f.kind == FieldKind::Ref)
            columns.append(QStringLiteral("(SELECT key FROM %1 WHERE id = %2.%3)")
                               .arg(sqlQuote(specFor(*f.target).table), table, sqlQuote(f.column)));
        else
            columns.append(table + QLatin1Char('.') + sqlQuote(f.column));
    }
    // The page's ids first, sorted and skipped on the narrow sort columns alone (for the title,
    // in its index), then the columns of only those rows: sorting or skipping whole rows, long
    // texts and all, cost seconds at 100,000 records (docs/benchmarks.md, "Lists by page").
    const int limitIndex = int(values.size()) + 1;
    auto statement = d->prepare(QStringLiteral("SELECT %1 FROM (SELECT id AS page_id FROM %2%3 ORDER BY %4%5, key%5 LIMIT ?%6 OFFSET ?%7) AS page "
                                               "JOIN %2 ON %2.id = page.page_id ORDER BY %4%5, key%5")
                                    .arg(columns.join(QStringLiteral(", ")), table, where, order, direction)
                                    .arg(limitIndex).arg(limitIndex + 1));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        st.bind(int(i) + 1, values.at(i));
    st.bind(limitIndex, qint64(query.limit));
    st.bind(limitIndex + 1, query.offset);
    while (st.step()) {
        RecordSummary row;
        row.id = st.int64(0);
        row.key = st.text(1);
        row.title = st.text(2);
        row.revision = st.int64(3);
        row.updatedAt = st.text(4);
        for (qsizetype i = 0; i < summaryFields.size(); ++i) {
            const int column = int(i) + 5;
            const FieldSpec &f = *summaryFields.at(i);
            if (st.isNull(column))
                continue;
            if (f.kind == FieldKind::Ref) {
                row.fields.insert(f.name, st.text(column));
                continue;
            }
            auto value = d->readValue(st, column, f);
            if (!value)
                return value.fullError();
            row.fields.insert(f.name, value.value());
        }
        page.rows.append(row);
    }
    if (st.failed())
        return d->sqlError(QStringLiteral("Listing %1").arg(spec.word), st.error(), st.errorCode());
    if (query.withLists && !page.rows.isEmpty()) {
        if (Status s = d->readListTitles(spec, page.rows); !s)
            return s.fullError();
    }
    return page;
}

Result<qint64> Store::saveAnswer(const AnswerWrite &write)
{
    using R = Result<qint64>;
    const QString where = QStringLiteral("The answer to question %1 of response \"%2\"").arg(write.question).arg(write.responseKey.left(80));
    for (auto it = write.answer.begin(); it != write.answer.end(); ++it) {
        const bool known = it.key() == QLatin1String("text") || it.key() == QLatin1String("choice")
                           || it.key() == QLatin1String("question") || it.key() == QLatin1String("revision");
        if (!known)
            return R::failure(QStringLiteral("%1 has an unknown field \"%2\".").arg(where, it.key().left(80)));
    }
    for (const QString &name : {QStringLiteral("text"), QStringLiteral("choice")}) {
        const QJsonValue v = write.answer.value(name);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return R::failure(QStringLiteral("%1: \"%2\" must be text.").arg(where, name));
        if (v.toString().size() > maxFieldLength)
            return R::failure(QStringLiteral("%1 is longer than %2 characters.").arg(where).arg(maxFieldLength));
    }
    if (write.answer.contains(QStringLiteral("question")) && write.answer.value(QStringLiteral("question")).toInteger() != write.question)
        return R::failure(QStringLiteral("%1 names another question.").arg(where));

    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    auto responseId = d->idOf(RecordType::Response, write.responseKey);
    if (!responseId)
        return responseId.fullError();
    if (!responseId.value())
        return R::failure(QStringLiteral("There is no response \"%1\".").arg(write.responseKey.left(80)), ErrorKind::NotFound);
    {
        auto question = d->prepare(QStringLiteral("SELECT count(*) FROM questions q JOIN responses r ON r.questionnaire_id = q.questionnaire_id "
                                                  "WHERE r.id = ? AND q.number = ?"));
        if (!question)
            return question.fullError();
        question.value().bind(1, *responseId.value());
        question.value().bind(2, qint64(write.question));
        if (!question.value().step())
            return d->sqlError(QStringLiteral("Reading the questionnaire"), question.value().error(), question.value().errorCode());
        if (question.value().int64(0) == 0)
            return R::failure(QStringLiteral("The questionnaire of response \"%1\" has no question %2.").arg(write.responseKey.left(80)).arg(write.question));
    }
    if (Status s = d->keepVersion(RecordType::Response, *responseId.value()); !s)
        return s.fullError();
    std::optional<qint64> answerId;
    {
        auto existing = d->prepare(QStringLiteral("SELECT id FROM answers WHERE response_id = ? AND question = ? ORDER BY position LIMIT 1"));
        if (!existing)
            return existing.fullError();
        existing.value().bind(1, *responseId.value());
        existing.value().bind(2, qint64(write.question));
        if (existing.value().step())
            answerId = existing.value().int64(0);
        else if (existing.value().failed())
            return d->sqlError(QStringLiteral("Reading an answer"), existing.value().error(), existing.value().errorCode());
    }
    if (write.expectedRevision) {
        if (answerId) {
            if (Status s = d->checkRevision(QStringLiteral("answers"), QStringLiteral("id"), *answerId, *write.expectedRevision, where); !s)
                return s.fullError();
        } else if (*write.expectedRevision != 0) {
            return R::failure(QStringLiteral("%1 was removed since you opened it; nothing was overwritten.").arg(where), ErrorKind::Conflict);
        }
    }
    auto bindText = [](SqliteStatement &st, int index, const QJsonValue &v) {
        if (v.isString())
            st.bind(index, v.toString());
        else
            st.bindNull(index);
    };
    if (answerId) {
        auto statement = d->prepare(QStringLiteral("UPDATE answers SET text = ?, choice = ? WHERE id = ?"));
        if (!statement)
            return statement.fullError();
        bindText(statement.value(), 1, write.answer.value(QStringLiteral("text")));
        bindText(statement.value(), 2, write.answer.value(QStringLiteral("choice")));
        statement.value().bind(3, *answerId);
        if (Status s = d->run(statement.value(), QStringLiteral("Saving an answer")); !s)
            return s.fullError();
    } else {
        auto statement = d->prepare(QStringLiteral("INSERT INTO answers (response_id, position, question, text, choice) "
                                                   "SELECT ?1, coalesce(max(position) + 1, 0), ?2, ?3, ?4 FROM answers WHERE response_id = ?1"));
        if (!statement)
            return statement.fullError();
        statement.value().bind(1, *responseId.value());
        statement.value().bind(2, qint64(write.question));
        bindText(statement.value(), 3, write.answer.value(QStringLiteral("text")));
        bindText(statement.value(), 4, write.answer.value(QStringLiteral("choice")));
        if (Status s = d->run(statement.value(), QStringLiteral("Saving an answer")); !s)
            return s.fullError();
        answerId = d->db->lastInsertId();
    }
    {
        auto touch = d->prepare(QStringLiteral("UPDATE responses SET updated_at = ? WHERE id = ?"));
        if (!touch)
            return touch.fullError();
        touch.value().bind(1, nowUtc());
        touch.value().bind(2, *responseId.value());
        if (Status s = d->run(touch.value(), QStringLiteral("Saving an answer")); !s)
            return s.fullError();
    }
    if (Status s = d->logChange(RecordType::Response, *responseId.value(), write.responseKey, QStringLiteral("update")); !s)
        return s.fullError();
    const qint64 revision = d->db->lastInsertId();
    if (Status s = d->stampRevision(QStringLiteral("answers"), QStringLiteral("id"), *answerId, revision); !s)
        return s.fullError();
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return revision;
}

Status Store::saveSearch(const SavedSearch &search)
{
    const QString name = search.name.simplified();
    if (name.isEmpty())
        return Status::failure(QStringLiteral("A saved search needs a name."));
    if (name.size() > 200)
        return Status::failure(QStringLiteral("The name of a saved search may have at most 200 characters."));
    if (name != printable(name, 200))
        return Status::failure(QStringLiteral("The name of a saved search may not hold control characters."));
    if (search.query.size() > 2000)
        return Status::failure(QStringLiteral("The query of saved search \"%1\" is longer than 2000 characters.").arg(name.left(80)));
    if (!search.type.isEmpty() && !recordTypeFromWord(search.type))
        return Status::failure(QStringLiteral("\"%1\" is not a record type.").arg(printable(search.type)));
    QJsonArray facets;
    for (const Filter &f : search.facets)
        facets.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("value"), f.value}});
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto statement = d->prepare(QStringLiteral(
        "INSERT INTO saved_searches (name, query, record_type, facets, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) "
        "ON CONFLICT (name) DO UPDATE SET query = excluded.query, record_type = excluded.record_type, facets = excluded.facets, "
        "updated_at = excluded.updated_at"));
    if (!statement)
        return Status(statement.fullError());
    statement.value().bind(1, name);
    statement.value().bind(2, search.query);
    if (search.type.isEmpty())
        statement.value().bindNull(3);
    else
        statement.value().bind(3, specFor(*recordTypeFromWord(search.type)).word);
    statement.value().bind(4, jsonText(facets));
    statement.value().bind(5, nowUtc());
    if (Status s = d->run(statement.value(), QStringLiteral("Saving a search")); !s)
        return s;
    return tx.commit();
}

Status Store::removeSavedSearch(const QString &name)
{
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto statement = d->prepare(QStringLiteral("DELETE FROM saved_searches WHERE name = ?"));
    if (!statement)
        return Status(statement.fullError());
    statement.value().bind(1, name.simplified());
    if (Status s = d->run(statement.value(), QStringLiteral("Removing a saved search")); !s)
        return s;
    if (d->db->changes() == 0)
        return Status::failure(QStringLiteral("There is no saved search called \"%1\".").arg(printable(name)), ErrorKind::NotFound);
    return tx.commit();
}

Result<QList<SavedSearch>> Store::savedSearches() const
{
    auto statement = d->prepare(QStringLiteral(
        "SELECT name, query, coalesce(record_type, ''), facets, updated_at FROM saved_searches ORDER BY name COLLATE NOCASE"));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    QList<SavedSearch> searches;
    while (st.step()) {
        SavedSearch search{st.text(0), st.text(1), st.text(2), {}, st.text(4)};
        for (const QJsonValue &f : parseJsonText(st.text(3)).toArray())
            search.facets.append(Filter{f.toObject().value(QStringLiteral("field")).toString(),
                                        f.toObject().value(QStringLiteral("value")).toString()});
        searches.append(search);
    }
    if (st.failed())
        return d->sqlError(QStringLiteral("Reading the saved searches"), st.error(), st.errorCode());
    return searches;
}

Result<QList<Backlink>> Store::referencesTo(RecordType type, qint64 id) const
{
    return d->referencesTo(type, id);
}

Result<QList<MentioningDocument>> Store::documentsMentioning(const QString &key) const
{
    // Links are stored as compact JSON with sorted fields ({"key":"…","section":…}); a key
    // holds only letters, digits and hyphens, so it needs no escaping in a LIKE pattern.
    if (!isValidKey(key))
        return QList<MentioningDocument>{};
    auto statement = d->prepare(QStringLiteral("SELECT id, key, title, mentions FROM documents WHERE mentions LIKE ? ORDER BY title, key"));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    st.bind(1, QStringLiteral("%\"key\":\"%1\"%").arg(key));
    QList<std::pair<qint64, MentioningDocument>> found;
    while (st.step())
        found.append({st.int64(0), MentioningDocument{st.text(1), st.text(2), parseJsonText(st.text(3)).toArray(), {}}});
    if (st.failed())
        return d->sqlError(QStringLiteral("Finding the documents that mention \"%1\"").arg(key), st.error(), st.errorCode());
    QList<MentioningDocument> documents;
    for (auto &[id, document] : found) {
        auto headings = d->prepare(QStringLiteral("SELECT heading FROM document_sections WHERE document_id = ? ORDER BY position"));
        if (!headings)
            return headings.fullError();
        SqliteStatement &h = headings.value();
        h.bind(1, id);
        while (h.step())
            document.headings.append(h.text(0));
        if (h.failed())
            return d->sqlError(QStringLiteral("Reading the sections of document \"%1\"").arg(document.key), h.error(), h.errorCode());
        documents.append(document);
    }
    return documents;
}

Result<qint64> Store::count(RecordType type) const
{
    auto n = d->db->queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(sqlQuote(specFor(type).table)));
    if (!n)
        return d->sqlError(QStringLiteral("Counting"), n.error(), d->db->lastErrorCode());
    return n;
}

Result<QString> Store::kbId() const
{
    auto statement = d->prepare(QStringLiteral("SELECT value FROM kb_info WHERE name = 'kb_id'"));
    if (!statement)
        return statement.fullError();
    if (statement.value().step())
        return statement.value().text(0);
    return Result<QString>::failure(QStringLiteral("The KB has no identity."), ErrorKind::Unavailable);
}

Result<qint64> Store::revision() const
{
    auto n = d->db->queryInt(QStringLiteral("SELECT coalesce(max(revision), 0) FROM changes"));
    if (!n)
        return d->sqlError(QStringLiteral("Reading the change log"), n.error(), d->db->lastErrorCode());
    return n;
}

Result<QList<Change>> Store::changesSince(qint64 revision, int limit) const
{
    auto statement = d->prepare(QStringLiteral(
        "SELECT revision, entity_type, entity_id, entity_key, operation FROM changes WHERE revision > ? ORDER BY revision LIMIT ?"));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    st.bind(1, revision);
    st.bind(2, qint64(limit));
    QList<Change> changes;
    while (st.step()) {
        const auto type = recordTypeFromWord(st.text(1));
        if (!type)
            continue;
        changes.append(Change{st.int64(0), *type, st.int64(2), st.text(3), st.text(4)});
    }
    if (st.failed())
        return d->sqlError(QStringLiteral("Reading the change log"), st.error(), st.errorCode());
    return changes;
}

Result<QStringList> Store::integrityProblems() const
{
    QStringList problems;
    auto integrity = d->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.fullError();
    // SQLite reports damage as several terse lines; the user gets one sentence, the log all.
    QStringList damage;
    while (integrity.value().step()) {
        const QString line = integrity.value().text(0);
        if (line != QLatin1String("ok"))
            damage.append(line.simplified());
    }
    if (integrity.value().failed())
        damage.append(integrity.value().error().simplified());
    if (!damage.isEmpty()) {
        for (const QString &line : damage)
            log()->warn("integrity check of {}: {}", d->db->path().toStdString(), line.toStdString());
        problems.append(QStringLiteral("The store file is damaged (SQLite's integrity check found %1 problem(s); the log lists them); "
                                       "restore a backup.")
                            .arg(damage.size()));
    }
    auto foreignKeys = d->prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.fullError();
    while (foreignKeys.value().step()) {
        problems.append(QStringLiteral("Row %1 of %2 points at a missing row of %3.")
                            .arg(foreignKeys.value().int64(1))
                            .arg(foreignKeys.value().text(0), foreignKeys.value().text(2)));
    }
    if (foreignKeys.value().failed()) {
        log()->warn("foreign key check of {}: {}", d->db->path().toStdString(), foreignKeys.value().error().toStdString());
        problems.append(QStringLiteral("The links between records could not be checked: the store file cannot be read to the end."));
    }
    return problems;
}

Status Store::checkpoint()
{
    auto statement = d->prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!statement)
        return Status(statement.fullError());
    if (!statement.value().step())
        return Status(d->sqlError(QStringLiteral("Checkpointing"), statement.value().error(), statement.value().errorCode()));
    // The first column is 1 when a reader or writer kept the checkpoint from finishing.
    if (statement.value().int64(0) != 0)
        return Status::failure(QStringLiteral("The KB is still being read by another process; try again when it is done."),
                               ErrorKind::Unavailable);
    return {};
}

Status Store::backupTo(const QString &file, const QStringList &protectedPaths)
{
    QStringList ownFiles = protectedPaths;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        ownFiles.append(path() + suffix);
    if (Status s = checkOutputPath(file, ownFiles); !s)
        return s;
    auto temporary = temporarySibling(file);
    if (!temporary)
        return Status(temporary.fullError());
    const QString partial = temporary.value();
    // Nothing of a failed backup stays behind: neither the copy nor a journal of it.
    const auto discard = [&partial](std::unique_ptr<SqliteConnection> target, const QString &message) {
        target.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return Status::failure(message);
    };
    auto opened = SqliteConnection::open(partial, SqliteConnection::Mode::ReadWrite);
    if (!opened)
        return discard(nullptr, QStringLiteral("Cannot write to %1: %2").arg(file, opened.error()));
    std::unique_ptr<SqliteConnection> target = std::move(opened).value();
    sqlite3_backup *backup = sqlite3_backup_init(target->handle(), "main", d->db->handle(), "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        // Copy in steps so a writer in another process is not locked out for the whole copy.
        do {
            rc = sqlite3_backup_step(backup, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    if (rc != SQLITE_DONE)
        return discard(std::move(target), QStringLiteral("The backup to %1 failed: %2.").arg(file, target->lastError()));
    // A backup is a single self-contained file: no WAL beside it.
    auto journal = target->queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!journal || journal.value().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return discard(std::move(target), QStringLiteral("The backup to %1 failed: %2.")
                                              .arg(file, journal ? QStringLiteral("it could not be made a single file") : journal.error()));
    target.reset();
    return replaceWith(partial, file);
}

// --- history and trash (docs/architecture.md, "History, trash and erasure") ---

Result<QList<RecordVersion>> Store::versions(RecordType type, qint64 id) const
{
    auto statement = d->prepare(QStringLiteral("SELECT v.revision, v.saved_at, v.record, coalesce(c.operation, '') FROM record_versions v "
                                               "LEFT JOIN changes c ON c.revision = v.revision "
                                               "WHERE v.entity_type = ? AND v.entity_id = ? ORDER BY v.revision, v.id"));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    st.bind(1, specFor(type).word);
    st.bind(2, id);
    QList<RecordVersion> versions;
    while (st.step())
        versions.append(RecordVersion{st.int64(0), st.text(1), st.text(3), parseJsonText(st.text(2)).toObject()});
    if (st.failed())
        return d->sqlError(QStringLiteral("Reading the history"), st.error(), st.errorCode());
    return versions;
}

namespace {

constexpr auto trashColumns = "batch, cascaded, entity_type, entity_id, entity_key, coalesce(title, ''), revision, deleted_at";

std::optional<TrashEntry> trashEntryOf(const SqliteStatement &st)
{
    const auto type = recordTypeFromWord(st.text(2));
    if (!type)
        return std::nullopt;
    return TrashEntry{st.int64(0), st.int64(1) != 0, *type, st.int64(3), st.text(4), st.text(5), st.int64(6), st.text(7)};
}

} // namespace

Result<QList<TrashEntry>> Store::trash() const
{
    auto statement = d->prepare(QStringLiteral("SELECT %1 FROM trash ORDER BY batch DESC, cascaded, id").arg(QLatin1String(trashColumns)));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    QList<TrashEntry> entries;
    while (st.step()) {
        if (auto entry = trashEntryOf(st))
            entries.append(*entry);
    }
    if (st.failed())
        return d->sqlError(QStringLiteral("Reading the trash"), st.error(), st.errorCode());
    return entries;
}

Result<std::optional<std::pair<TrashEntry, QJsonObject>>> Store::trashedRecord(RecordType type, const QString &key) const
{
    using Found = std::optional<std::pair<TrashEntry, QJsonObject>>;
    auto statement = d->prepare(QStringLiteral("SELECT %1, record FROM trash WHERE entity_type = ? AND entity_key = ? ORDER BY id DESC LIMIT 1")
                                    .arg(QLatin1String(trashColumns)));
    if (!statement)
        return statement.fullError();
    SqliteStatement &st = statement.value();
    st.bind(1, specFor(type).word);
    st.bind(2, key);
    if (!st.step()) {
        if (st.failed())
            return d->sqlError(QStringLiteral("Reading the trash"), st.error(), st.errorCode());
        return Found();
    }
    auto entry = trashEntryOf(st);
    if (!entry)
        return Found();
    return Found(std::make_pair(*entry, parseJsonText(st.text(8)).toObject()));
}

namespace {

// One record coming back from the trash.
struct Returning
{
    qint64 trashId = 0;
    RecordType type = RecordType::Network;
    qint64 id = 0;
    QString key;
    QJsonObject record;
    QJsonArray links;
};

} // namespace

Result<RestoreOutcome> Store::restoreFromTrash(RecordType type, const QString &key)
{
    using R = Result<RestoreOutcome>;
    const RecordSpec &asked = specFor(type);
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    qint64 trashId = 0, batch = 0;
    bool cascaded = false;
    {
        auto statement = d->prepare(QStringLiteral("SELECT id, batch, cascaded FROM trash WHERE entity_type = ? AND entity_key = ? ORDER BY id DESC LIMIT 1"));
        if (!statement)
            return statement.fullError();
        statement.value().bind(1, asked.word);
        statement.value().bind(2, key);
        if (!statement.value().step()) {
            if (statement.value().failed())
                return d->sqlError(QStringLiteral("Reading the trash"), statement.value().error(), statement.value().errorCode());
            return R::failure(QStringLiteral("There is no %1 \"%2\" in the trash.").arg(asked.singular, key.left(80)), ErrorKind::NotFound);
        }
        trashId = statement.value().int64(0);
        batch = statement.value().int64(1);
        cascaded = statement.value().int64(2) != 0;
    }
    // The record a delete was asked for brings back what its cascade took along; a record the
    // cascade took comes back alone.
    QList<Returning> returning;
    {
        auto statement = d->prepare(cascaded ? QStringLiteral("SELECT id, entity_type, entity_id, entity_key, record, links FROM trash WHERE id = ?")
                                             : QStringLiteral("SELECT id, entity_type, entity_id, entity_key, record, links FROM trash WHERE batch = ? ORDER BY id"));
        if (!statement)
            return statement.fullError();
        SqliteStatement &st = statement.value();
        st.bind(1, cascaded ? trashId : batch);
        while (st.step()) {
            const auto t = recordTypeFromWord(st.text(1));
            if (!t)
                continue;
            returning.append(Returning{st.int64(0), *t, st.int64(2), st.text(3), parseJsonText(st.text(4)).toObject(),
                                       parseJsonText(st.text(5)).toArray()});
        }
        if (st.failed())
            return d->sqlError(QStringLiteral("Reading the trash"), st.error(), st.errorCode());
    }
    // Records first whose required references others need (a network before its working groups).
    std::stable_sort(returning.begin(), returning.end(), [](const Returning &a, const Returning &b) {
        return loadOrder().indexOf(a.type) < loadOrder().indexOf(b.type);
    });
    QSet<QString> comingBack;
    for (const Returning &r : returning)
        comingBack.insert(specFor(r.type).word + QLatin1Char('/') + r.key);
    const auto present = [&](RecordType t, const QString &k) -> Result<bool> {
        if (comingBack.contains(specFor(t).word + QLatin1Char('/') + k))
            return true;
        auto id = d->idOf(t, k);
        if (!id)
            return id.fullError();
        return id.value().has_value();
    };

    RestoreOutcome outcome;
    for (Returning &r : returning) {
        const RecordSpec &spec = specFor(r.type);
        const QString where = QStringLiteral("%1 \"%2\"").arg(spec.singular, r.key);
        auto taken = d->idOf(r.type, r.key);
        if (!taken)
            return taken.fullError();
        if (taken.value())
            return R::failure(QStringLiteral("%1 cannot come back from the trash: another %2 has the key \"%3\" now; rename or delete it first.")
                                  .arg(where, spec.singular, r.key));
        // Links to records that are gone stay out; a reference the record cannot do without
        // refuses the restore.
        const auto gone = [&](const FieldSpec &f, const QJsonValue &v, bool *missing) -> Status {
            *missing = false;
            if (f.kind != FieldKind::Ref || !v.isString())
                return {};
            auto there = present(*f.target, v.toString());
            if (!there)
                return Status(there.fullError());
            *missing = !there.value();
            return {};
        };
        for (const FieldSpec &f : spec.fields) {
            bool missing = false;
            if (Status s = gone(f, r.record.value(f.name), &missing); !s)
                return s.fullError();
            if (!missing)
                continue;
            const QString target = QStringLiteral("%1 \"%2\"").arg(specFor(*f.target).singular, r.record.value(f.name).toString());
            if (f.required)
                return R::failure(QStringLiteral("%1 cannot come back from the trash without %2; restore that first.").arg(where, target));
            outcome.notes.append(QStringLiteral("%1 came back without its %2 %3, which is gone.").arg(where, f.name, target));
            r.record.remove(f.name);
        }
        for (const ChildSpec &child : spec.children) {
            const QList<FieldSpec> fields = child.flatRef ? QList<FieldSpec>{*child.flatRef} : child.fields;
            QJsonArray kept;
            const QJsonArray items = r.record.value(child.name).toArray();
            for (const QJsonValue &item : items) {
                bool keep = true;
                for (const FieldSpec &f : fields) {
                    const QJsonValue v = child.flatRef ? item : item.toObject().value(f.name);
                    bool missing = false;
                    if (Status s = gone(f, v, &missing); !s)
                        return s.fullError();
                    if (missing) {
                        outcome.notes.append(QStringLiteral("%1 came back without the %2 entry for %3 \"%4\", which is gone.")
                                                 .arg(where, child.name, specFor(*f.target).singular, v.toString()));
                        keep = false;
                    }
                }
                if (keep)
                    kept.append(item);
            }
            if (kept.size() != items.size()) {
                if (kept.isEmpty())
                    r.record.remove(child.name);
                else
                    r.record.insert(child.name, kept);
            }
        }
        r.record.remove(QStringLiteral("updated_at"));
        if (Status s = validateRecord(r.type, r.record); !s)
            return s.fullError();
    }
    // Rows first, then references and lists, so records of one batch may point at each other.
    for (Returning &r : returning) {
        const RecordSpec &spec = specFor(r.type);
        auto free = d->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(sqlQuote(spec.table)));
        if (!free)
            return free.fullError();
        free.value().bind(1, r.id);
        if (!free.value().step())
            return d->sqlError(QStringLiteral("Restoring"), free.value().error(), free.value().errorCode());
        if (free.value().int64(0) != 0) {
            // Only a store older than schema 6 hands ids out twice: the record gets a new one, and
            // its history follows it.
            auto id = d->nextId(spec);
            if (!id)
                return id.fullError();
            auto move = d->prepare(QStringLiteral("UPDATE record_versions SET entity_id = ? WHERE entity_type = ? AND entity_id = ?"));
            if (!move)
                return move.fullError();
            move.value().bind(1, id.value());
            move.value().bind(2, spec.word);
            move.value().bind(3, r.id);
            if (Status s = d->run(move.value(), QStringLiteral("Restoring")); !s)
                return s.fullError();
            r.id = id.value();
        }
        if (auto w = d->writeRow(spec, r.record, std::nullopt, r.id); !w)
            return w.fullError();
    }
    for (const Returning &r : returning) {
        if (Status s = d->writeLinks(specFor(r.type), r.id, r.record); !s)
            return s.fullError();
        if (Status s = d->logChange(r.type, r.id, r.key, QStringLiteral("insert"), true); !s)
            return s.fullError();
        outcome.restored.append({r.type, r.key});
    }
    // Records outside the trash get back the links the delete took from them, unless they have
    // been given another value since (a field) or hold the link already (a list).
    QList<std::pair<RecordType, qint64>> order;
    QHash<QString, QJsonObject> referrers;
    QHash<QString, QJsonObject> originals;
    for (const Returning &r : returning) {
        for (const QJsonValue &value : r.links) {
            const QJsonObject link = value.toObject();
            const auto t = recordTypeFromWord(link.value(QStringLiteral("type")).toString());
            if (!t)
                continue;
            const qint64 id = link.value(QStringLiteral("id")).toInteger();
            const QString ref = specFor(*t).word + QLatin1Char(':') + QString::number(id);
            if (!referrers.contains(ref)) {
                auto record = d->read(specFor(*t), id);
                if (!record) {
                    if (record.errorKind() == ErrorKind::NotFound)
                        continue; // the record that pointed here is gone itself
                    return record.fullError();
                }
                referrers.insert(ref, record.value());
                originals.insert(ref, record.value());
                order.append({*t, id});
            }
            QJsonObject &referrer = referrers[ref];
            const QString via = link.value(QStringLiteral("via")).toString();
            if (!link.contains(QStringLiteral("item"))) {
                if (!referrer.contains(via))
                    referrer.insert(via, r.key);
                continue;
            }
            QJsonArray items = referrer.value(via).toArray();
            QJsonValue item = link.value(QStringLiteral("item"));
            if (item.isObject()) {
                QJsonObject o = item.toObject();
                o.remove(QStringLiteral("revision"));
                item = o;
            }
            if (items.contains(item))
                continue;
            items.insert(std::min(qsizetype(link.value(QStringLiteral("position")).toInteger()), items.size()), item);
            referrer.insert(via, items);
        }
    }
    for (const auto &[t, id] : order) {
        const QString ref = specFor(t).word + QLatin1Char(':') + QString::number(id);
        if (referrers.value(ref) == originals.value(ref))
            continue;
        if (Status s = d->keepVersion(t, id); !s)
            return s.fullError();
        if (Status s = d->rewriteRecord(t, id, referrers.value(ref)); !s)
            return s.fullError();
        ++outcome.relinked;
    }
    for (const Returning &r : returning) {
        auto remove = d->prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
        if (!remove)
            return remove.fullError();
        remove.value().bind(1, r.trashId);
        if (Status s = d->run(remove.value(), QStringLiteral("Restoring")); !s)
            return s.fullError();
    }
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return outcome;
}

Result<qint64> Store::emptyTrash()
{
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    QList<std::pair<QString, qint64>> entries;
    {
        auto statement = d->prepare(QStringLiteral("SELECT entity_type, entity_id FROM trash ORDER BY id"));
        if (!statement)
            return statement.fullError();
        while (statement.value().step())
            entries.append({statement.value().text(0), statement.value().int64(1)});
        if (statement.value().failed())
            return d->sqlError(QStringLiteral("Reading the trash"), statement.value().error(), statement.value().errorCode());
    }
    // The history of a record that is gone for good goes with it.
    for (const auto &[word, id] : entries) {
        const auto type = recordTypeFromWord(word);
        if (!type)
            continue;
        auto live = d->keyOf(*type, id);
        if (live)
            continue; // came back under this id meanwhile
        auto statement = d->prepare(QStringLiteral("DELETE FROM record_versions WHERE entity_type = ? AND entity_id = ?"));
        if (!statement)
            return statement.fullError();
        statement.value().bind(1, word);
        statement.value().bind(2, id);
        if (Status s = d->run(statement.value(), QStringLiteral("Emptying the trash")); !s)
            return s.fullError();
    }
    if (Status s = d->db->exec(QStringLiteral("DELETE FROM trash")); !s)
        return d->sqlError(QStringLiteral("Emptying the trash"), s.error(), d->db->lastErrorCode());
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return qint64(entries.size());
}

Result<ErasureCounts> Store::erasePerson(qint64 personId, const Scrubber &scrub)
{
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    ErasureCounts counts;
    const QString people = specFor(RecordType::Person).word;
    const auto exec = [this](const QString &sql, const QList<QVariant> &values, const QString &what) -> Result<qint64> {
        auto statement = d->prepare(sql);
        if (!statement)
            return statement.fullError();
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).typeId() == QMetaType::QString)
                statement.value().bind(int(i) + 1, values.at(i).toString());
            else
                statement.value().bind(int(i) + 1, values.at(i).toLongLong());
        }
        if (Status s = d->run(statement.value(), what); !s)
            return s.fullError();
        return qint64(d->db->changes());
    };
    const QString what = QStringLiteral("Erasing a person");

    // The person, for good: no version, no trash entry.
    if (auto key = d->keyOf(RecordType::Person, personId)) {
        QSet<QString> visiting;
        if (Status s = d->removeRecord(RecordType::Person, personId, key.value(), false, visiting, std::nullopt, false); !s)
            return s.fullError();
    }
    // Every other record that names them, written back and logged (the index follows).
    for (RecordType type : allRecordTypes()) {
        const RecordSpec &spec = specFor(type);
        QList<qint64> ids;
        {
            auto statement = d->prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(sqlQuote(spec.table)));
            if (!statement)
                return statement.fullError();
            while (statement.value().step())
                ids.append(statement.value().int64(0));
            if (statement.value().failed())
                return d->sqlError(what, statement.value().error(), statement.value().errorCode());
        }
        for (qint64 id : ids) {
            auto record = d->read(spec, id);
            if (!record)
                return record.fullError();
            QJsonObject scrubbed = record.value();
            if (!scrub.record(type, scrubbed))
                continue;
            if (Status s = d->rewriteRecord(type, id, scrubbed); !s)
                return s.fullError();
            ++counts.recordsChanged;
        }
    }
    // Their history and trash entries go; other records' keep what does not name them.
    auto removed = exec(QStringLiteral("DELETE FROM record_versions WHERE entity_type = ? AND entity_id = ?"), {people, personId}, what);
    if (!removed)
        return removed.fullError();
    counts.versionsRemoved = removed.value();
    removed = exec(QStringLiteral("DELETE FROM trash WHERE entity_type = ? AND entity_id = ?"), {people, personId}, what);
    if (!removed)
        return removed.fullError();
    counts.trashRemoved = removed.value();
    for (const QString &table : {QStringLiteral("record_versions"), QStringLiteral("trash")}) {
        QList<std::tuple<qint64, RecordType, QJsonObject>> rows;
        {
            auto statement = d->prepare(QStringLiteral("SELECT id, entity_type, record FROM %1 ORDER BY id").arg(sqlQuote(table)));
            if (!statement)
                return statement.fullError();
            while (statement.value().step()) {
                if (const auto type = recordTypeFromWord(statement.value().text(1)))
                    rows.append({statement.value().int64(0), *type, parseJsonText(statement.value().text(2)).toObject()});
            }
            if (statement.value().failed())
                return d->sqlError(what, statement.value().error(), statement.value().errorCode());
        }
        for (auto &[id, type, record] : rows) {
            if (!scrub.record(type, record))
                continue;
            const QString sql = table == QLatin1String("trash") ? QStringLiteral("UPDATE trash SET record = ?, title = ? WHERE id = ?")
                                                                : QStringLiteral("UPDATE record_versions SET record = ?, entity_key = ? WHERE id = ?");
            const QString second = table == QLatin1String("trash") ? record.value(specFor(type).titleField).toString()
                                                                    : record.value(QStringLiteral("key")).toString();
            auto changed = exec(sql, {jsonText(record), second, id}, what);
            if (!changed)
                return changed.fullError();
            ++(table == QLatin1String("trash") ? counts.trashChanged : counts.versionsChanged);
        }
    }
    // Saved searches that mention them go.
    {
        QStringList names;
        auto statement = d->prepare(QStringLiteral("SELECT name, query, facets FROM saved_searches"));
        if (!statement)
            return statement.fullError();
        while (statement.value().step()) {
            const QString text = statement.value().text(0) + QLatin1Char('\n') + statement.value().text(1) + QLatin1Char('\n')
                                 + statement.value().text(2);
            if (scrub.mentions(text))
                names.append(statement.value().text(0));
        }
        if (statement.value().failed())
            return d->sqlError(what, statement.value().error(), statement.value().errorCode());
        for (const QString &name : names) {
            auto n = exec(QStringLiteral("DELETE FROM saved_searches WHERE name = ?"), {name}, what);
            if (!n)
                return n.fullError();
            counts.savedSearchesRemoved += n.value();
        }
    }
    // The change log keeps that a person with this id was written and deleted, not who.
    auto renamed = exec(QStringLiteral("UPDATE changes SET entity_key = ? WHERE entity_type = ? AND entity_id = ?"),
                        {QStringLiteral("erased"), people, personId}, what);
    if (!renamed)
        return renamed.fullError();
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return counts;
}

Status Store::vacuum()
{
    if (m_mode == Mode::ReadOnly)
        return Status::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    if (d->transactionDepth > 0)
        return Status::failure(QStringLiteral("The store cannot be compacted while a write is in progress."));
    if (Status s = d->db->exec(QStringLiteral("VACUUM")); !s)
        return Status(d->sqlError(QStringLiteral("Compacting the store"), s.error(), d->db->lastErrorCode()));
    return checkpoint();
}

Status Store::rewriteBackup(const QString &file, const std::function<Status(Store &store)> &work)
{
    auto opened = open(file, Mode::ReadWrite);
    if (!opened)
        return Status(opened.fullError());
    Store &store = *opened.value();
    {
        StoreTransaction tx(store);
        if (!tx.status())
            return tx.status();
        if (Status s = work(store); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    if (Status s = store.vacuum(); !s)
        return s;
    // A backup is one self-contained file, as backupTo writes it.
    auto journal = store.d->db->queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!journal || journal.value().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return Status::failure(QStringLiteral("The backup %1 could not be made a single file again.").arg(file));
    return {};
}

Status verifyStoreFile(const QString &file)
{
    if (Status s = checkStoreFileType(file, Subject::Backup); !s)
        return s;
    // Restore copies this one file: changes waiting in a -wal beside it would be lost.
    if (walHoldsChanges(file))
        return Status::failure(QStringLiteral("%1 is a store in use, with changes in %1-wal; restore from a file made by backup.").arg(file));
    // Immutable: reads exactly the bytes restore copies, and leaves no -wal or -shm beside them.
    // An older schema is fine (the restored store is upgraded when it is opened for writing).
    auto opened = SqliteConnection::open(file, SqliteConnection::Mode::Immutable);
    if (!opened)
        return Status::failure(opened.error());
    SqliteConnection &db = *opened.value();
    auto header = readHeader(db, file, Subject::Backup);
    if (!header)
        return Status(header.fullError());
    if (Status s = checkHeader(header.value(), file, Subject::Backup); !s)
        return s;
    if (Status s = checkNotNewer(header.value(), file, Subject::Backup); !s)
        return s;

    const QString damaged = QStringLiteral("%1 is damaged: SQLite's integrity check failed.").arg(file);
    auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Status::failure(damaged);
    while (integrity.value().step()) {
        if (integrity.value().text(0) != QLatin1String("ok")) {
            log()->info("integrity check of {}: {}", file.toStdString(), integrity.value().text(0).toStdString());
            return Status::failure(damaged);
        }
    }
    if (integrity.value().failed()) {
        log()->info("integrity check of {}: {}", file.toStdString(), integrity.value().error().toStdString());
        return Status::failure(damaged);
    }
    // What `check` also runs: a copy whose references point nowhere would fail list and export.
    auto foreignKeys = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return Status::failure(damaged);
    if (foreignKeys.value().step())
        return Status::failure(QStringLiteral("%1 is damaged: row %2 of %3 points at a missing row of %4.")
                                   .arg(file)
                                   .arg(foreignKeys.value().int64(1))
                                   .arg(foreignKeys.value().text(0), foreignKeys.value().text(2)));
    if (foreignKeys.value().failed())
        return Status::failure(damaged);
    return {};
}

} // namespace citykb
