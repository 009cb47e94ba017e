#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace citykb {

class SqliteStatement;

// A thin owner of a sqlite3 connection. Errors come back as messages, never exceptions.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, Mode mode);

    Status exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    Result<qint64> queryInt(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    int lastErrorCode() const;
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    SqliteConnection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db;
    QString m_path;
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
    SqliteStatement(sqlite3_stmt *statement, sqlite3 *db) : m_statement(statement), m_db(db) {}
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace citykb
