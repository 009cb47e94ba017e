#include "sqlite.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace citykb {

SqliteConnection::~SqliteConnection()
{
    for (const QList<sqlite3_stmt *> &statements : std::as_const(m_idle)) {
        for (sqlite3_stmt *statement : statements)
            sqlite3_finalize(statement);
    }
    sqlite3_close_v2(m_db);
}

void SqliteConnection::recycle(const QByteArray &sql, sqlite3_stmt *statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    QList<sqlite3_stmt *> &idle = m_idle[sql];
    // A few copies cover nested use; more would only hold memory.
    if (idle.size() >= 4) {
        sqlite3_finalize(statement);
        return;
    }
    idle.append(statement);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Immutable:
        // Only a URI can carry the flag; percent-encoding keeps '?', '#' and '%' in the path.
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        return Result<std::unique_ptr<SqliteConnection>>::failure(
            QStringLiteral("Cannot open %1: %2.").arg(path, message), ErrorKind::Unavailable);
    }
    sqlite3_extended_result_codes(db, 1);
    // Another process writing at the same moment: wait a little instead of failing at once.
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, path));
}

Status SqliteConnection::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Status::failure(text);
    }
    return {};
}

Result<SqliteStatement> SqliteConnection::prepare(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    auto idle = m_idle.find(utf8);
    if (idle != m_idle.end() && !idle->isEmpty())
        return SqliteStatement(idle->takeLast(), this, std::move(utf8));
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Result<SqliteStatement>::failure(lastError());
    }
    return SqliteStatement(statement, this, std::move(utf8));
}

Result<qint64> SqliteConnection::queryInt(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return Result<qint64>::failure(statement.error());
    if (!statement.value().step()) {
        if (statement.value().failed())
            return Result<qint64>::failure(statement.value().error());
        return qint64(0);
    }
    return statement.value().int64(0);
}

Result<QString> SqliteConnection::queryText(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return Result<QString>::failure(statement.error());
    if (!statement.value().step()) {
        if (statement.value().failed())
            return Result<QString>::failure(statement.value().error());
        return QString();
    }
    return statement.value().text(0);
}

qint64 SqliteConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteConnection::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int SqliteConnection::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_db(other.m_db), m_owner(other.m_owner),
      m_sql(std::move(other.m_sql)), m_error(std::move(other.m_error)), m_errorCode(other.m_errorCode)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
        m_owner = other.m_owner;
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    release();
}

void SqliteStatement::release()
{
    if (!m_statement)
        return;
    if (m_owner)
        m_owner->recycle(m_sql, m_statement);
    else
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.clear();
    m_errorCode = 0;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

Status SqliteStatement::run()
{
    while (step()) {
    }
    if (failed())
        return Status::failure(m_error);
    return {};
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

} // namespace citykb
