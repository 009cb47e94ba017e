#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace citykb {

// Every file the program writes for the user (a backup, an export bundle, a report) goes
// through these: the target must be a regular file or a new one, never one of the KB's own
// files, and it is replaced in one step, only once the new content is complete and on disk.
// Plain writes use QSaveFile after checkOutputPath; writers that need a path of their own
// (SQLite's backup API) use temporarySibling and replaceWith.

// What is at `path` when it is not a regular file ("a directory", "a named pipe", "a device",
// "a socket"); empty for a regular file or when nothing is there. Follows symbolic links.
QString nonRegularFileKind(const QString &path);

// Whether this process may create files in `folder`.
bool isWritableFolder(const QString &folder);

// Refuses, in one sentence, a target that exists and is not a regular file, whose folder does
// not exist or is not writable, or that is (once symbolic links and ".." are resolved) one of
// `protectedPaths` or inside one of them: a protected folder protects everything under it.
Status checkOutputPath(const QString &target, const QStringList &protectedPaths);

// Creates an empty file in the folder `target` resolves to, for the new content to be written
// to; it is readable by its owner only, as outputs may hold personal data.
Result<QString> temporarySibling(const QString &target);

// Puts the complete file `temp` (from temporarySibling) in place of `target`: flushes it to
// disk, gives it an existing target's permissions, renames it over the target only if that is
// a regular file or nothing, and flushes the folder. On failure `temp` is removed and the
// target is as it was.
Status replaceWith(const QString &temp, const QString &target);

} // namespace citykb
