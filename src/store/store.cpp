#include "store.h"

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

#include <spdlog/spdlog.h>
#include <sqlite3.h>

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
                                   QStringLiteral(":/migrations/002_kb_info.sql")};
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

    Error sqlError(const QString &what, const QString &message, int code = 0) const
    {
        log()->error("{}: {}", what.toStdString(), message.toStdString());
        if (isDamageCode(code))
            return Error{QStringLiteral("The KB file %1 is damaged (%2).").arg(db->path(), message),
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

    Status logChange(RecordType type, qint64 id, const QString &key, const QString &operation)
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
        return run(statement.value(), QStringLiteral("Writing the change log"));
    }

    // Writes the record's own row: every plain field, and the references that must not be
    // null (they point at records of earlier types). Optional references are written by
    // writeLinks, so that records may refer to each other in any order within one import.
    Result<qint64> writeRow(const RecordSpec &spec, const QJsonObject &record, std::optional<qint64> existingId)
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
            QStringList quoted;
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
        return existingId ? *existingId : db->lastInsertId();
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
        QStringList columns{QStringLiteral("key"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
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
            return Result<QJsonObject>::failure(QStringLiteral("There is no %1 with id %2.").arg(spec.singular).arg(id));
        }
        QJsonObject record;
        record.insert(QStringLiteral("key"), st.text(0));
        record.insert(QStringLiteral("created_at"), st.text(1));
        record.insert(QStringLiteral("updated_at"), st.text(2));
        for (qsizetype i = 0; i < spec.fields.size(); ++i) {
            auto value = readValue(st, int(i) + 3, spec.fields.at(i));
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
            if (child.flatRef)
                items.append(item.value(child.flatRef->name));
            else
                items.append(item);
        }
        if (st.failed())
            return sqlError(QStringLiteral("Reading %1").arg(child.name), st.error(), st.errorCode());
        return items;
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

    Status removeRecord(RecordType type, qint64 id, const QString &key, bool cascade, QSet<QString> &visiting)
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
                if (Status s = removeRecord(link.type, link.id, link.key, true, visiting); !s)
                    return s;
            }
        }
        if (!owned.isEmpty()) {
            return Status::failure(QStringLiteral("%1 \"%2\" cannot be deleted while these belong to it: %3. Delete them first, or delete with cascade.")
                                       .arg(spec.singular, key, owned.join(QStringLiteral(", "))));
        }
        // Records that only point at this one change with it: the index must see them again.
        QSet<QString> touched;
        for (const Backlink &link : links.value()) {
            const FieldSpec *f = specFor(link.type).field(link.via);
            if (f && f->onDelete == OnDelete::Restrict)
                continue;
            const QString id2 = QStringLiteral("%1:%2").arg(specFor(link.type).word).arg(link.id);
            if (touched.contains(id2) || visiting.contains(id2))
                continue;
            touched.insert(id2);
            if (Status s = logChange(link.type, link.id, link.key, QStringLiteral("update")); !s)
                return s;
        }
        auto statement = prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(sqlQuote(spec.table)));
        if (!statement)
            return Status(statement.fullError());
        statement.value().bind(1, id);
        if (Status s = run(statement.value(), QStringLiteral("Deleting %1 \"%2\"").arg(spec.singular, key)); !s)
            return s;
        return logChange(type, id, key, QStringLiteral("delete"));
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

int Store::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Result<int> Store::fileSchemaVersion(const QString &path)
{
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db)
        return db.fullError();
    auto version = db.value()->queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Result<int>::failure(QStringLiteral("%1 is damaged or not a CityKB database (%2).").arg(path, version.error()),
                                    ErrorKind::Unavailable);
    return int(version.value());
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

Status runMigrations(SqliteConnection &db, int from, const QString &path)
{
    // All pending migrations in one transaction: an upgrade happens completely or not at all.
    if (Status s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    for (int version = from + 1; version <= Store::latestSchemaVersion(); ++version) {
        QFile file(migrationFiles().at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            db.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(QStringLiteral("Migration %1 is missing from the program.").arg(version));
        }
        if (Status s = db.exec(QString::fromUtf8(file.readAll())); !s) {
            db.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(QStringLiteral("Upgrading %1 to schema %2 failed: %3").arg(path).arg(version).arg(s.error()));
        }
        log()->info("store {} upgraded to schema {}", path.toStdString(), version);
    }
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion()));
    return db.exec(QStringLiteral("COMMIT"));
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, const QString &backupDir)
{
    initMigrationResources();
    using R = Result<std::unique_ptr<Store>>;
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::ReadOnly && !exists)
        return R::failure(QStringLiteral("There is no KB at %1.").arg(path), ErrorKind::Unavailable);

    auto connection = SqliteConnection::open(path, mode == Mode::ReadOnly ? SqliteConnection::Mode::ReadOnly
                                                                          : SqliteConnection::Mode::ReadWrite);
    if (!connection)
        return R::failure(connection.error(), ErrorKind::Unavailable);
    std::unique_ptr<SqliteConnection> db = std::move(connection).value();

    // Read the header before anything writes to the file, so a refused file stays untouched.
    auto appId = db->queryInt(QStringLiteral("PRAGMA application_id"));
    auto version = db->queryInt(QStringLiteral("PRAGMA user_version"));
    auto tables = db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!appId || !version || !tables) {
        const QString why = !appId ? appId.error() : !version ? version.error() : tables.error();
        return R::failure(QStringLiteral("%1 is damaged or not a CityKB database (%2).").arg(path, why),
                          ErrorKind::Unavailable);
    }
    const bool empty = tables.value() == 0 && version.value() == 0;
    if (!empty && appId.value() != applicationId)
        return R::failure(QStringLiteral("%1 is a SQLite database, but not a CityKB one.").arg(path), ErrorKind::Unavailable);
    if (version.value() > latestSchemaVersion())
        return R::failure(QStringLiteral("%1 was written by a newer CityKB (schema %2; this program knows up to %3); it was left untouched.")
                              .arg(path).arg(version.value()).arg(latestSchemaVersion()),
                          ErrorKind::Unavailable);
    if (mode == Mode::ReadOnly && version.value() < latestSchemaVersion())
        return R::failure(QStringLiteral("%1 has an older schema (%2); open it once for writing to upgrade it.")
                              .arg(path).arg(version.value()),
                          ErrorKind::Unavailable);

    if (mode == Mode::ReadWrite) {
        if (Status s = db->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return R::failure(QStringLiteral("Cannot write to %1: %2.").arg(path, s.error()), ErrorKind::Unavailable);
        // FULL: a committed answer survives a power cut, not only a crash.
        db->exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    if (Status s = db->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return R::failure(s.error(), ErrorKind::Unavailable);

    if (mode == Mode::ReadWrite && version.value() < latestSchemaVersion()) {
        if (!empty && !backupDir.isEmpty()) {
            QDir().mkpath(backupDir);
            const QString copy = QDir(backupDir).filePath(
                QStringLiteral("kb-schema%1-%2.sqlite").arg(version.value())
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
            auto tmp = std::unique_ptr<Private>(new Private);
            tmp->db = std::move(db);
            Store old(std::move(tmp));
            if (Status s = old.backupTo(copy); !s)
                return R::failure(QStringLiteral("Could not back up %1 before upgrading it: %2").arg(path, s.error()),
                                  ErrorKind::Unavailable);
            db = std::move(old.d->db);
        }
        if (Status s = runMigrations(*db, int(version.value()), path); !s)
            return R::failure(s.error(), ErrorKind::Unavailable);
    }

    auto p = std::unique_ptr<Private>(new Private);
    p->db = std::move(db);
    p->schemaVersion = latestSchemaVersion();
    std::unique_ptr<Store> store(new Store(std::move(p)));
    store->m_mode = mode;
    return store;
}

Status Store::beginTransaction()
{
    if (m_mode == Mode::ReadOnly)
        return Status::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    if (d->transactionDepth++ > 0)
        return {};
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
        d->db->exec(QStringLiteral("ROLLBACK"));
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
    d->db->exec(QStringLiteral("ROLLBACK"));
}

Result<qint64> Store::create(RecordType type, const QJsonObject &record)
{
    if (Status s = validateRecord(type, record); !s)
        return s.fullError();
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    const RecordSpec &spec = specFor(type);
    auto id = d->writeRow(spec, record, std::nullopt);
    if (!id)
        return id;
    if (Status s = d->writeLinks(spec, id.value(), record); !s)
        return s.fullError();
    if (Status s = d->logChange(type, id.value(), record.value(QStringLiteral("key")).toString(), QStringLiteral("insert")); !s)
        return s.fullError();
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return id;
}

Status Store::update(RecordType type, const QString &key, const QJsonObject &record)
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
        return Status::failure(QStringLiteral("There is no %1 \"%2\".").arg(specFor(type).singular, key));
    QJsonObject updated = record;
    // An edit is a new updated_at; only a bundle import carries its own.
    updated.remove(QStringLiteral("updated_at"));
    updated.remove(QStringLiteral("created_at"));
    const RecordSpec &spec = specFor(type);
    if (auto w = d->writeRow(spec, updated, *id.value()); !w)
        return Status(w.fullError());
    if (Status s = d->writeLinks(spec, *id.value(), updated); !s)
        return s;
    if (Status s = d->logChange(type, *id.value(), updated.value(QStringLiteral("key")).toString(), QStringLiteral("update")); !s)
        return s;
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
    QSet<QString> visiting;
    if (Status s = d->removeRecord(type, *id.value(), key, cascade, visiting); !s)
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
    for (const auto &[type, record] : records) {
        if (Status s = validateRecord(type, record); !s)
            return s.fullError();
    }
    StoreTransaction tx(*this);
    if (!tx.status())
        return tx.status().fullError();
    // Inside the transaction, so that the records the checks read stay as they were read.
    const LinkLookup lookup = importLookup(*this, records, existingRecords);
    for (const auto &[type, record] : records) {
        if (Status s = validateLinks(type, record, lookup); !s)
            return s.fullError();
    }
    if (Status s = checkStoredReferrers(*this, records, existingRecords); !s)
        return s.fullError();
    ImportSummary summary;
    // Phase 1, in load order: rows with their plain fields and required references.
    QList<qint64> ids(records.size(), 0);
    QSet<QString> seen;
    for (RecordType type : loadOrder()) {
        const RecordSpec &spec = specFor(type);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).first != type)
                continue;
            const QJsonObject &record = records.at(i).second;
            const QString key = record.value(QStringLiteral("key")).toString();
            const QString identity = spec.word + QLatin1Char('/') + key;
            if (seen.contains(identity))
                return Result<ImportSummary>::failure(QStringLiteral("The %1 \"%2\" appears twice in the input.").arg(spec.singular, key));
            seen.insert(identity);
            auto existing = d->idOf(type, key);
            if (!existing)
                return existing.fullError();
            if (existing.value() && existingRecords == ExistingRecords::Keep) {
                ++summary.kept; // ids[i] stays 0: phase 2 leaves it alone too
                continue;
            }
            auto id = d->writeRow(spec, record, existing.value());
            if (!id)
                return id.fullError();
            ids[i] = id.value();
            existing.value() ? ++summary.updated : ++summary.inserted;
            if (Status s = d->logChange(type, id.value(), key, existing.value() ? QStringLiteral("update") : QStringLiteral("insert")); !s)
                return s.fullError();
        }
    }
    // Phase 2: every other reference and list, now that all rows exist.
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (ids.at(i) == 0)
            continue;
        if (Status s = d->writeLinks(specFor(records.at(i).first), ids.at(i), records.at(i).second); !s)
            return s.fullError();
    }
    if (Status s = tx.commit(); !s)
        return s.fullError();
    return summary;
}

Result<std::optional<qint64>> Store::idOf(RecordType type, const QString &key)
{
    return d->idOf(type, key);
}

Result<std::optional<QString>> Store::findKey(RecordType type, const QString &keyOrName)
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

Result<QJsonObject> Store::get(RecordType type, const QString &key)
{
    auto id = d->idOf(type, key);
    if (!id)
        return id.fullError();
    if (!id.value())
        return Result<QJsonObject>::failure(QStringLiteral("There is no %1 \"%2\".").arg(specFor(type).singular, key));
    return d->read(specFor(type), *id.value());
}

Result<QJsonObject> Store::getById(RecordType type, qint64 id)
{
    return d->read(specFor(type), id);
}

Result<QList<QJsonObject>> Store::list(RecordType type, const QList<Filter> &filters)
{
    const RecordSpec &spec = specFor(type);
    QStringList conditions;
    QStringList values;
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
            return Result<QList<QJsonObject>>::failure(QStringLiteral("%1 cannot be filtered by \"%2\".").arg(spec.word, filter.field.left(80)));
        QString sub = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                          .arg(sqlQuote(matched->parentColumn), sqlQuote(matched->table), sqlQuote(matchedField->column),
                               targetMatch(*matchedField->target, filter.value));
        if (!matched->fixedColumn.isEmpty())
            sub += QStringLiteral(" AND %1 = '%2'").arg(sqlQuote(matched->fixedColumn), matched->fixedValue);
        conditions << QStringLiteral("id IN (%1)").arg(sub);
    }
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

Result<QList<Backlink>> Store::referencesTo(RecordType type, qint64 id)
{
    return d->referencesTo(type, id);
}

Result<qint64> Store::count(RecordType type)
{
    auto n = d->db->queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(sqlQuote(specFor(type).table)));
    if (!n)
        return d->sqlError(QStringLiteral("Counting"), n.error(), d->db->lastErrorCode());
    return n;
}

Result<QString> Store::kbId()
{
    auto statement = d->prepare(QStringLiteral("SELECT value FROM kb_info WHERE name = 'kb_id'"));
    if (!statement)
        return statement.fullError();
    if (statement.value().step())
        return statement.value().text(0);
    return Result<QString>::failure(QStringLiteral("The KB has no identity."), ErrorKind::Unavailable);
}

Result<qint64> Store::revision()
{
    auto n = d->db->queryInt(QStringLiteral("SELECT coalesce(max(revision), 0) FROM changes"));
    if (!n)
        return d->sqlError(QStringLiteral("Reading the change log"), n.error(), d->db->lastErrorCode());
    return n;
}

Result<QList<Change>> Store::changesSince(qint64 revision, int limit)
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

Result<QStringList> Store::integrityProblems()
{
    QStringList problems;
    auto integrity = d->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.fullError();
    while (integrity.value().step()) {
        const QString line = integrity.value().text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (integrity.value().failed())
        problems.append(integrity.value().error());
    auto foreignKeys = d->prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.fullError();
    while (foreignKeys.value().step()) {
        problems.append(QStringLiteral("row %1 of %2 points at a missing row of %3")
                            .arg(foreignKeys.value().int64(1))
                            .arg(foreignKeys.value().text(0), foreignKeys.value().text(2)));
    }
    if (foreignKeys.value().failed())
        problems.append(foreignKeys.value().error());
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

Status Store::backupTo(const QString &file)
{
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(partial.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString message = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString();
        sqlite3_close_v2(target);
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, message));
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", d->db->handle(), "main");
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
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    // A backup is a single self-contained file: no WAL beside it.
    if (rc == SQLITE_DONE)
        sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close_v2(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return Status::failure(QStringLiteral("The backup to %1 failed: %2.").arg(file, message));
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return Status::failure(QStringLiteral("Cannot write %1.").arg(file));
    }
    return {};
}

Status verifyStoreFile(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Status::failure(QStringLiteral("There is no file %1.").arg(file));
    // Read-only and without Store::open: an older schema is fine here (the restored store is
    // upgraded when it is opened for writing), and nothing may be written to the file.
    auto db = SqliteConnection::open(file, SqliteConnection::Mode::ReadOnly);
    if (!db)
        return Status::failure(db.error());
    auto appId = db.value()->queryInt(QStringLiteral("PRAGMA application_id"));
    auto version = db.value()->queryInt(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return Status::failure(QStringLiteral("%1 is damaged or not a CityKB database.").arg(file));
    if (appId.value() != applicationId || version.value() < 1)
        return Status::failure(QStringLiteral("%1 is not a CityKB store.").arg(file));
    if (version.value() > Store::latestSchemaVersion())
        return Status::failure(QStringLiteral("%1 was written by a newer CityKB (schema %2; this program knows up to %3).")
                                   .arg(file).arg(version.value()).arg(Store::latestSchemaVersion()));
    auto integrity = db.value()->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Status::failure(QStringLiteral("%1 is damaged: %2").arg(file, integrity.error()));
    while (integrity.value().step()) {
        if (integrity.value().text(0) != QLatin1String("ok"))
            return Status::failure(QStringLiteral("%1 is damaged: %2").arg(file, integrity.value().text(0)));
    }
    if (integrity.value().failed())
        return Status::failure(QStringLiteral("%1 is damaged: %2").arg(file, integrity.value().error()));
    return {};
}

} // namespace citykb
