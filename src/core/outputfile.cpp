#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace citykb {

namespace {

QString errnoText(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

// The path `path` names once symbolic links and ".." are resolved; empty when its folder does
// not exist.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(info.fileName());
}

// A protected path resolved like a target, also when it (or its folder) does not exist yet.
QString resolvedProtectedPath(const QString &path)
{
    const QString resolved = resolvedPath(path);
    return resolved.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : resolved;
}

// The checks a target must pass both before anything is written and again just before the
// rename; empty when it passes.
QString targetProblem(const QString &target)
{
    const QFileInfo info(target);
    if (info.fileName().isEmpty())
        return QStringLiteral("Cannot write to %1: it names a folder, not a file.").arg(target);
    if (info.isSymLink() && !info.exists())
        return QStringLiteral("Cannot write to %1: it is a symbolic link to a missing file.").arg(target);
    const QString kind = nonRegularFileKind(target);
    if (!kind.isEmpty())
        return QStringLiteral("Cannot write to %1: it is %2, not a regular file.").arg(target, kind);
    if (resolvedPath(target).isEmpty())
        return QStringLiteral("Cannot write to %1: its folder does not exist.").arg(target);
    return {};
}

} // namespace

QString nonRegularFileKind(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(st.st_mode))
        return QStringLiteral("a named pipe");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(st.st_mode))
        return QStringLiteral("a socket");
    return QStringLiteral("a special file");
}

bool isWritableFolder(const QString &folder)
{
    // AT_EACCESS: the permissions this process writes with, not those of the user who started it.
    return ::faccessat(AT_FDCWD, QFile::encodeName(folder).constData(), W_OK | X_OK, AT_EACCESS) == 0;
}

Status checkOutputPath(const QString &target, const QStringList &protectedPaths)
{
    if (target.isEmpty())
        return Status::failure(QStringLiteral("No output file was given."));
    if (const QString problem = targetProblem(target); !problem.isEmpty())
        return Status::failure(problem);
    const QString resolved = resolvedPath(target);
    for (const QString &path : protectedPaths) {
        const QString protectedPath = resolvedProtectedPath(path);
        if (resolved == protectedPath)
            return Status::failure(QStringLiteral("Cannot write to %1: it is one of the KB's own files.").arg(target));
        if (resolved.startsWith(protectedPath + QLatin1Char('/')))
            return Status::failure(QStringLiteral("Cannot write to %1: it is inside %2, which belongs to the KB.").arg(target, path));
    }
    if (!isWritableFolder(QFileInfo(resolved).absolutePath()))
        return Status::failure(QStringLiteral("Cannot write to %1: its folder is not writable.").arg(target));
    return {};
}

Result<QString> temporarySibling(const QString &target)
{
    const QString resolved = resolvedPath(target);
    if (resolved.isEmpty())
        return Result<QString>::failure(QStringLiteral("Cannot write to %1: its folder does not exist.").arg(target));
    const QFileInfo info(resolved);
    // Hidden, and named after the target so that one left by a crash can be told apart; the
    // name is shortened to stay within the file system's limit.
    QTemporaryFile file(QDir(info.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(info.fileName().left(64))));
    file.setAutoRemove(false);
    if (!file.open())
        return Result<QString>::failure(QStringLiteral("Cannot write to %1: %2.").arg(target, file.errorString()));
    return file.fileName();
}

Status replaceWith(const QString &temp, const QString &target)
{
    const auto discard = [&temp](const QString &message) {
        QFile::remove(temp);
        return Status::failure(message);
    };
    // Checked again: the target may have changed while the new content was being written.
    if (const QString problem = targetProblem(target); !problem.isEmpty())
        return discard(problem);
    const QByteArray finalName = QFile::encodeName(resolvedPath(target));
    const int fd = ::open(QFile::encodeName(temp).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return discard(QStringLiteral("Cannot write to %1: %2.").arg(target, errnoText(errno)));
    struct stat existing;
    if (::stat(finalName.constData(), &existing) == 0 && ::fchmod(fd, existing.st_mode & 07777) != 0) {
        const int error = errno;
        ::close(fd);
        return discard(QStringLiteral("Cannot write to %1: %2.").arg(target, errnoText(error)));
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return discard(QStringLiteral("Cannot write to %1: %2.").arg(target, errnoText(error)));
    }
    ::close(fd);
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if (::rename(QFile::encodeName(temp).constData(), finalName.constData()) != 0)
        return discard(QStringLiteral("Cannot write to %1: %2.").arg(target, errnoText(errno)));
    // Makes the rename itself survive a power cut; best effort, as some file systems cannot
    // flush a folder.
    const QString folder = QFileInfo(QFile::decodeName(finalName)).absolutePath();
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace citykb
