#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <QHash>
#include <QList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace citykb {

class SqliteStatement;

// A thin owner of a sqlite3 connection. Errors come back as messages, never exceptions.
class SqliteConnection
{
public:
    // None of the modes creates a file: a new store is made by Store::create.
    // Immutable reads without locks and without the -shm file, for a store in a folder this
    // process cannot write to; it is only right while nothing writes the file and it has no
    // -wal file (whose changes it would not see).
    enum class Mode { ReadOnly, ReadWrite, Immutable };

    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, Mode mode);

    Status exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    Result<qint64> queryInt(const QString &sql);
    Result<QString> queryText(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    int lastErrorCode() const;
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    friend class SqliteStatement;
    SqliteConnection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    // Prepared statements are kept for reuse: preparing costs more than running most of the
    // store's queries. A statement in use is never shared; a second user prepares another.
    void recycle(const QByteArray &sql, sqlite3_stmt *statement);
    sqlite3 *m_db;
    QString m_path;
    QHash<QByteArray, QList<sqlite3_stmt *>> m_idle;
};

// A prepared statement; values are always bound, never spliced into SQL.
class SqliteStatement
{
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &text);
    void reset();

    // true: a row is ready; false: done. On error returns false and sets error().
    bool step();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    int errorCode() const { return m_errorCode; }
    // Runs a statement that returns no rows.
    Status run();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    int columnType(int column) const;

private:
    friend class SqliteConnection;
    void release();
    SqliteStatement(sqlite3_stmt *statement, SqliteConnection *owner, QByteArray sql)
        : m_statement(statement), m_db(owner->m_db), m_owner(owner), m_sql(std::move(sql)) {}
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
    SqliteConnection *m_owner = nullptr; // takes the statement back for reuse
    QByteArray m_sql;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace citykb
