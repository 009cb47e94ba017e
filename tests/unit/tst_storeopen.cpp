// Opening, creating, verifying and backing up the store when the file is not what it should
// be: impossible schema versions, empty and foreign files, things that are not files, a
// folder this process cannot write to; and the safe output files that backups go through.
#include "core/outputfile.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <csignal>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace citykb;
using citykb::test::fileHash;
using citykb::test::sampleGraph;

namespace {

// One sentence a user can read: one line, one full stop at the end.
bool isOneSentence(const QString &message)
{
    static const QRegularExpression secondSentence(QStringLiteral("[.!?] [A-Z]"));
    return !message.isEmpty() && !message.contains(QLatin1Char('\n')) && message.endsWith(QLatin1Char('.'))
           && !message.contains(secondSentence);
}

// Runs the code in its scope as an unprivileged user when the test runs as root (root ignores
// file permissions). Effective ids only, so that the destructor can switch back.
class Unprivileged
{
public:
    Unprivileged()
    {
        if (::geteuid() != 0) {
            m_ok = true;
            return;
        }
        if (::setegid(65534) != 0)
            return;
        if (::seteuid(65534) != 0) {
            ::setegid(0);
            return;
        }
        m_switched = m_ok = true;
    }
    ~Unprivileged()
    {
        if (m_switched && (::seteuid(0) != 0 || ::setegid(0) != 0))
            qFatal("cannot switch back to root");
    }
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    bool m_switched = false;
};

// Files may grow only to `bytes` while alive: a full disk for this process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

void execRaw(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QStringList sidecars(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found.append(path + QLatin1String(suffix));
    }
    return found;
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshDir()
    {
        const QString dir = m_dir.filePath(QStringLiteral("kb%1").arg(++m_n));
        QDir().mkpath(dir);
        return dir;
    }

    // A real store with records, as one self-contained file (rollback journal), so that its
    // bytes say whether anything wrote to it.
    QString makeStore(const QString &dir)
    {
        const QString path = QDir(dir).filePath(QStringLiteral("kb.sqlite"));
        {
            auto store = Store::create(path);
            if (!store)
                qFatal("%s", qPrintable(store.error()));
            if (auto imported = store.value()->importRecords(sampleGraph()); !imported)
                qFatal("%s", qPrintable(imported.error()));
        }
        execRaw(path, "PRAGMA journal_mode = DELETE;");
        return path;
    }

    // Store::open refuses `path` in both modes as damaged, with one sentence containing
    // `expected`, and writes nothing: no byte of the file, no backup, no -wal, -shm or journal.
    void verifyRefusedUntouched(const QString &path, const QString &expected)
    {
        const QByteArray before = fileHash(path);
        const QString backups = QFileInfo(path).absolutePath() + QStringLiteral("/backups");
        for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
            auto store = Store::open(path, mode, backups);
            QVERIFY(!store.ok());
            QCOMPARE(store.errorKind(), ErrorKind::Unavailable);
            QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
            QVERIFY2(isOneSentence(store.error()), qPrintable(store.error()));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(backups));
        QCOMPARE(sidecars(path), QStringList());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- impossible, empty and foreign stores ---------------------------------------------

    void impossibleSchemaVersionIsDamaged_data()
    {
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("-1") << qint64(-1) << QStringLiteral("is damaged: its schema version -1 is impossible");
        QTest::newRow("INT_MIN") << qint64(INT_MIN) << QStringLiteral("schema version -2147483648 is impossible");
        QTest::newRow("0 with tables") << qint64(0) << QStringLiteral("schema version 0 is impossible");
        // Any positive version may come from a later CityKB: refused as newer, never upgraded.
        QTest::newRow("999") << qint64(999) << QStringLiteral("was written by a newer CityKB (schema 999;");
        QTest::newRow("INT_MAX") << qint64(INT_MAX) << QStringLiteral("newer CityKB (schema 2147483647;");
    }

    void impossibleSchemaVersionIsDamaged()
    {
        QFETCH(qint64, version);
        QFETCH(QString, expected);
        const QString path = makeStore(freshDir());
        execRaw(path, QStringLiteral("PRAGMA user_version = %1;").arg(version).toUtf8().constData());
        verifyRefusedUntouched(path, expected);
        if (version > 0) {
            QCOMPARE(Store::fileSchemaVersion(path).value(), int(version));
        } else {
            QVERIFY(!Store::fileSchemaVersion(path).ok());
        }
        QVERIFY(!verifyStoreFile(path).ok());
    }

    void emptyOrForeignFileIsDamaged_data()
    {
        QTest::addColumn<QByteArray>("sql"); // empty: a zero-byte file
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("is empty or not a CityKB store");
        QTest::newRow("SQLite, no tables") << QByteArray("CREATE TABLE t(x); DROP TABLE t;")
                                           << QStringLiteral("is empty or not a CityKB store");
        QTest::newRow("SQLite, no tables, CityKB id") << QByteArray("PRAGMA application_id = 1129005617;")
                                                      << QStringLiteral("is empty or not a CityKB store");
        QTest::newRow("other application") << QByteArray("PRAGMA application_id = 42; PRAGMA user_version = 2; CREATE TABLE t(x);")
                                           << QStringLiteral("is a SQLite database of another program, not a CityKB store");
        QTest::newRow("no application id") << QByteArray("PRAGMA user_version = 1; CREATE TABLE t(x);")
                                           << QStringLiteral("is a SQLite database of another program, not a CityKB store");
    }

    void emptyOrForeignFileIsDamaged()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString path = QDir(freshDir()).filePath(QStringLiteral("kb.sqlite"));
        if (sql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            execRaw(path, sql.constData());
        }
        verifyRefusedUntouched(path, expected);
        QVERIFY(!Store::fileSchemaVersion(path).ok());
        auto verified = verifyStoreFile(path);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(QString(expected).replace(QLatin1String("store"), QLatin1String("backup"))),
                 qPrintable(verified.error()));
    }

    void notAFileIsRefused()
    {
        const QString dir = freshDir();
        const QString fifo = QDir(dir).filePath(QStringLiteral("fifo.sqlite"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QList<std::pair<QString, QString>> cases{
            {dir, QStringLiteral("%1 is a directory, not a CityKB %2.")},
            {fifo, QStringLiteral("%1 is a named pipe, not a CityKB %2.")},
            {QStringLiteral("/dev/null"), QStringLiteral("%1 is a device, not a CityKB %2.")},
        };
        for (const auto &[path, message] : cases) {
            auto store = Store::open(path, Store::Mode::ReadWrite);
            QVERIFY(!store.ok());
            QCOMPARE(store.errorKind(), ErrorKind::Unavailable);
            QCOMPARE(store.error(), message.arg(path, QStringLiteral("store")));
            QCOMPARE(Store::fileSchemaVersion(path).error(), message.arg(path, QStringLiteral("store")));
            QCOMPARE(verifyStoreFile(path).error(), message.arg(path, QStringLiteral("backup")));
            QVERIFY(!Store::create(path).ok());
        }
        const QString missing = QDir(dir).filePath(QStringLiteral("missing.sqlite"));
        auto store = Store::open(missing, Store::Mode::ReadWrite);
        QCOMPARE(store.error(), QStringLiteral("There is no CityKB store at %1.").arg(missing));
        QVERIFY(!QFileInfo::exists(missing)); // opening never creates
        QCOMPARE(verifyStoreFile(missing).error(), QStringLiteral("There is no CityKB backup at %1.").arg(missing));
    }

    // --- creating -------------------------------------------------------------------------

    void createMakesOnlyNewStores()
    {
        const QString dir = freshDir();
        const QString path = QDir(dir).filePath(QStringLiteral("kb.sqlite"));
        {
            auto store = Store::create(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
            QVERIFY(!store.value()->isReadOnly());
            QVERIFY(store.value()->kbId().ok());
        }
        QCOMPARE(Store::fileSchemaVersion(path).value(), Store::latestSchemaVersion());
        QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());

        // A file that is there already is never written over.
        const QByteArray before = fileHash(path);
        auto again = Store::create(path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), QStringLiteral("Cannot create a CityKB store at %1: a file is there already.").arg(path));
        QCOMPARE(fileHash(path), before);
        const QString text = QDir(dir).filePath(QStringLiteral("notes.txt"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a store\n");
        }
        QVERIFY(!Store::create(text).ok());
        QCOMPARE(fileHash(text), QCryptographicHash::hash("not a store\n", QCryptographicHash::Sha256));

        // A zero-byte file (what a create cut short leaves) holds nothing and is taken over.
        const QString zero = QDir(dir).filePath(QStringLiteral("zero.sqlite"));
        {
            QFile file(zero);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto taken = Store::create(zero);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(taken.value()->schemaVersion(), Store::latestSchemaVersion());

        // A failed create leaves nothing behind.
        const QString nowhere = QDir(dir).filePath(QStringLiteral("missing/kb.sqlite"));
        auto failed = Store::create(nowhere);
        QVERIFY(!failed.ok());
        QVERIFY2(isOneSentence(failed.error()), qPrintable(failed.error()));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("missing"))));
    }

    // --- a folder this process cannot write to ---------------------------------------------

    void readOnlyFolderCanBeRead()
    {
        const QString dir = freshDir();
        const QString path = QDir(dir).filePath(QStringLiteral("kb.sqlite"));
        {
            auto store = Store::create(path);
            QVERIFY(store.value()->importRecords(sampleGraph()).ok());
        }
        // Closed cleanly: a WAL store with its changes folded into the file.
        QCOMPARE(sidecars(path), QStringList());
        const QByteArray before = fileHash(path);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                               | QFile::ReadOther | QFile::ExeOther));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        {
            Unprivileged unprivileged;
            if (!unprivileged.ok())
                QSKIP("Running as root, and cannot switch to an unprivileged user to make a folder read-only.");
            QVERIFY(!isWritableFolder(dir));
            auto store = Store::open(path, Store::Mode::ReadOnly);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE(store.value()->count(RecordType::Practice).value(), 2);
            QVERIFY(store.value()->kbId().ok());
            QCOMPARE(Store::fileSchemaVersion(path).value(), Store::latestSchemaVersion());
            auto writer = Store::open(path, Store::Mode::ReadWrite);
            QCOMPARE(writer.error(), QStringLiteral("Cannot write to %1: its folder is not writable.").arg(path));
        }
        QCOMPARE(sidecars(path), QStringList());
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void readOnlyFolderWithPendingChanges()
    {
        // The files of a store that is open with changes in its WAL, copied as they are.
        const QString live = QDir(freshDir()).filePath(QStringLiteral("kb.sqlite"));
        const QString withShm = freshDir();
        const QString withoutShm = freshDir();
        {
            auto store = Store::create(live);
            QVERIFY(store.value()->importRecords(sampleGraph()).ok());
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QVERIFY(QFile::copy(live + QLatin1String(suffix), withShm + QStringLiteral("/kb.sqlite") + QLatin1String(suffix)));
                if (QByteArray(suffix) != "-shm")
                    QVERIFY(QFile::copy(live + QLatin1String(suffix), withoutShm + QStringLiteral("/kb.sqlite") + QLatin1String(suffix)));
            }
        }
        QVERIFY(QFileInfo(withShm + QStringLiteral("/kb.sqlite-wal")).size() > 0);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const auto readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        for (const QString &dir : {withShm, withoutShm}) {
            QVERIFY(QFile::setPermissions(dir, readOnly));
            for (const QString &name : QDir(dir).entryList(QDir::Files))
                QFile::setPermissions(QDir(dir).filePath(name), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        {
            Unprivileged unprivileged;
            if (!unprivileged.ok())
                QSKIP("Running as root, and cannot switch to an unprivileged user to make a folder read-only.");
            // An immutable read would miss the records in the WAL: SQLite reads it through the -shm ...
            auto store = Store::open(withShm + QStringLiteral("/kb.sqlite"), Store::Mode::ReadOnly);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE(store.value()->count(RecordType::Practice).value(), 2);
            // ... and without one it cannot: that is said, not taken for damage.
            const QString path = withoutShm + QStringLiteral("/kb.sqlite");
            auto refused = Store::open(path, Store::Mode::ReadOnly);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.errorKind(), ErrorKind::Unavailable);
            QVERIFY2(refused.error().contains(QStringLiteral("its folder is not writable and its latest changes are in %1-wal").arg(path)),
                     qPrintable(refused.error()));
            QVERIFY2(isOneSentence(refused.error()), qPrintable(refused.error()));
        }
        for (const QString &dir : {withShm, withoutShm})
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // --- verifying a backup before a restore ----------------------------------------------

    void verifyRefusesBrokenForeignKeys()
    {
        const QString path = makeStore(freshDir());
        QVERIFY2(verifyStoreFile(path).ok(), qPrintable(verifyStoreFile(path).error()));
        execRaw(path, "PRAGMA foreign_keys = OFF; DELETE FROM networks WHERE key = 'eurotowns';");
        const QByteArray before = fileHash(path);
        const Status verified = verifyStoreFile(path);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().startsWith(QStringLiteral("%1 is damaged: row ").arg(path)), qPrintable(verified.error()));
        QVERIFY2(verified.error().contains(QLatin1String("points at a missing row of networks")), qPrintable(verified.error()));
        QVERIFY2(isOneSentence(verified.error()), qPrintable(verified.error()));
        QCOMPARE(fileHash(path), before);
    }

    void verifyRefusesDamageAndStoresInUse()
    {
        // Damaged pages: SQLite's integrity check, said in words, not in SQLite's. The last
        // pages hold records (the schema was written first), so the header stays readable.
        const QString damaged = makeStore(freshDir());
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            for (qint64 offset = size - 4 * 4096; offset < size; offset += 4096) {
                file.seek(offset);
                file.write(QByteArray(64, '\x5a'));
            }
        }
        const Status broken = verifyStoreFile(damaged);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error(), QStringLiteral("%1 is damaged: SQLite's integrity check failed.").arg(damaged));

        // A store in use: a copy of the file alone would miss what its WAL holds.
        const QString live = QDir(freshDir()).filePath(QStringLiteral("kb.sqlite"));
        auto store = Store::create(live);
        QVERIFY(store.value()->importRecords(sampleGraph()).ok());
        const Status inUse = verifyStoreFile(live);
        QVERIFY(!inUse.ok());
        QCOMPARE(inUse.error(), QStringLiteral("%1 is a store in use, with changes in %1-wal; restore from a file made by backup.").arg(live));
        store.value().reset();

        // A closed WAL store is verified without leaving a -wal or -shm beside it.
        QCOMPARE(sidecars(live), QStringList());
        QVERIFY2(verifyStoreFile(live).ok(), qPrintable(verifyStoreFile(live).error()));
        QCOMPARE(sidecars(live), QStringList());
    }

    // --- safe output files ----------------------------------------------------------------

    void outputPathChecks()
    {
        const QString kb = freshDir();
        const QString store = QDir(kb).filePath(QStringLiteral("kb.sqlite"));
        const QString backups = QDir(kb).filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        { QFile f(store); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("store"); }
        const QStringList protectedPaths{store, store + QStringLiteral("-wal"), QDir(kb).filePath(QStringLiteral("kb.lock")),
                                         QDir(kb).filePath(QStringLiteral("index")), backups};
        const QString out = freshDir();
        const QString fifo = QDir(out).filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString sub = QDir(out).filePath(QStringLiteral("sub"));
        QVERIFY(QDir().mkpath(sub));
        const QString link = QDir(out).filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(store, link));
        const QString dangling = QDir(out).filePath(QStringLiteral("dangling"));
        QVERIFY(QFile::link(QDir(out).filePath(QStringLiteral("nothing")), dangling));
        const QString dotdot = QDir(kb).filePath(QStringLiteral("backups/../kb.sqlite"));
        const QString existing = QDir(out).filePath(QStringLiteral("existing.sqlite"));
        { QFile f(existing); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("old"); }

        const QList<std::pair<QString, QString>> refused{
            {out, QStringLiteral("Cannot write to %1: it is a directory, not a regular file.").arg(out)},
            {fifo, QStringLiteral("Cannot write to %1: it is a named pipe, not a regular file.").arg(fifo)},
            {QStringLiteral("/dev/null"), QStringLiteral("Cannot write to /dev/null: it is a device, not a regular file.")},
            {QStringLiteral("/dev/full"), QStringLiteral("Cannot write to /dev/full: it is a device, not a regular file.")},
            {sub + QLatin1Char('/'), QStringLiteral("Cannot write to %1/: it names a folder, not a file.").arg(sub)},
            {link, QStringLiteral("Cannot write to %1: it is one of the KB's own files.").arg(link)},
            {dotdot, QStringLiteral("Cannot write to %1: it is one of the KB's own files.").arg(dotdot)},
            {store + QStringLiteral("-wal"), QStringLiteral("Cannot write to %1-wal: it is one of the KB's own files.").arg(store)},
            {QDir(kb).filePath(QStringLiteral("backups/copy.sqlite")),
             QStringLiteral("Cannot write to %1/backups/copy.sqlite: it is inside %2, which belongs to the KB.").arg(kb, backups)},
            {QDir(kb).filePath(QStringLiteral("index/new/x")), QStringLiteral("Cannot write to %1/index/new/x: its folder does not exist.").arg(kb)},
            {QDir(out).filePath(QStringLiteral("missing/x.sqlite")),
             QStringLiteral("Cannot write to %1/missing/x.sqlite: its folder does not exist.").arg(out)},
            {dangling, QStringLiteral("Cannot write to %1: it is a symbolic link to a missing file.").arg(dangling)},
            {QString(), QStringLiteral("No output file was given.")},
        };
        for (const auto &[target, message] : refused) {
            const Status s = checkOutputPath(target, protectedPaths);
            QVERIFY2(!s.ok(), qPrintable(target));
            QCOMPARE(s.error(), message);
            QVERIFY2(isOneSentence(s.error()), qPrintable(s.error()));
        }
        // Inside a protected folder that exists.
        QVERIFY(QDir().mkpath(QDir(kb).filePath(QStringLiteral("index/new"))));
        QCOMPARE(checkOutputPath(QDir(kb).filePath(QStringLiteral("index/new/x")), protectedPaths).error(),
                 QStringLiteral("Cannot write to %1/index/new/x: it is inside %1/index, which belongs to the KB.").arg(kb));
        // The KB folder itself is not protected, only its own files and folders.
        QVERIFY(checkOutputPath(QDir(kb).filePath(QStringLiteral("export.json")), protectedPaths).ok());
        QVERIFY(checkOutputPath(QDir(out).filePath(QStringLiteral("new.sqlite")), protectedPaths).ok());
        QVERIFY(checkOutputPath(existing, protectedPaths).ok());
        QCOMPARE(fileHash(store), QCryptographicHash::hash("store", QCryptographicHash::Sha256));
    }

    void outputReplacesInOneStep()
    {
        const QString out = freshDir();
        const QString target = QDir(out).filePath(QStringLiteral("report.txt"));
        { QFile f(target); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("old"); }
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &before), 0);

        auto temp = temporarySibling(target);
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QCOMPARE(QFileInfo(temp.value()).absolutePath(), QFileInfo(target).absolutePath());
        { QFile f(temp.value()); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("new"); }
        // Until the rename, the target is the old file.
        QCOMPARE(fileHash(target), QCryptographicHash::hash("old", QCryptographicHash::Sha256));
        QVERIFY(replaceWith(temp.value(), target).ok());
        QCOMPARE(fileHash(target), QCryptographicHash::hash("new", QCryptographicHash::Sha256));
        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &after), 0);
        QVERIFY(after.st_ino != before.st_ino); // a new file renamed over, not the old one rewritten
        QCOMPARE(after.st_mode & 07777, before.st_mode & 07777);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.txt")});

        // A target that became a directory meanwhile is not renamed over; the temporary goes.
        const QString becameDir = QDir(out).filePath(QStringLiteral("later"));
        auto temp2 = temporarySibling(becameDir);
        QVERIFY(temp2.ok());
        QVERIFY(QDir().mkpath(becameDir));
        const Status s = replaceWith(temp2.value(), becameDir);
        QCOMPARE(s.error(), QStringLiteral("Cannot write to %1: it is a directory, not a regular file.").arg(becameDir));
        QVERIFY(QFileInfo(becameDir).isDir());
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.txt")});
    }

    void backupGoesThroughSafeOutput()
    {
        const QString kb = freshDir();
        const QString path = QDir(kb).filePath(QStringLiteral("kb.sqlite"));
        auto created = Store::create(path);
        QVERIFY(created.ok());
        Store &store = *created.value();
        QVERIFY(store.importRecords(sampleGraph()).ok());
        const QString out = freshDir();

        // Never onto the store's own files, whatever the caller protects.
        for (const QString &own : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            const QByteArray before = fileHash(own);
            const Status s = store.backupTo(own);
            QCOMPARE(s.error(), QStringLiteral("Cannot write to %1: it is one of the KB's own files.").arg(own));
            QCOMPARE(fileHash(own), before);
        }
        const Status intoBackups = store.backupTo(QDir(kb).filePath(QStringLiteral("backups/x.sqlite")),
                                                  {QDir(kb).filePath(QStringLiteral("backups"))});
        QVERIFY(!intoBackups.ok());
        QVERIFY(!store.backupTo(QStringLiteral("/dev/full")).ok());
        QVERIFY(!store.backupTo(out).ok());

        // Over an existing regular file: replaced by a complete, self-contained copy.
        const QString copy = QDir(out).filePath(QStringLiteral("copy.sqlite"));
        { QFile f(copy); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("old"); }
        QVERIFY(store.backupTo(copy).ok());
        QVERIFY2(verifyStoreFile(copy).ok(), qPrintable(verifyStoreFile(copy).error()));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("copy.sqlite")});

        // A disk that fills up: the failure is said, the old copy stays, nothing else is left.
        const QByteArray before = fileHash(copy);
        const QString fresh = QDir(out).filePath(QStringLiteral("fresh.sqlite"));
        {
            FileSizeLimit full(16 * 1024);
            QVERIFY(full.ok());
            const Status s1 = store.backupTo(copy);
            QVERIFY(!s1.ok());
            QVERIFY2(s1.error().startsWith(QStringLiteral("The backup to %1 failed: ").arg(copy)), qPrintable(s1.error()));
            QVERIFY2(isOneSentence(s1.error()), qPrintable(s1.error()));
            QVERIFY(!store.backupTo(fresh).ok());
        }
        QCOMPARE(fileHash(copy), before);
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("copy.sqlite")});
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
