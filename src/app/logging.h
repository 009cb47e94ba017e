#pragma once

#include <QString>

namespace citykb {

// Sets up the named spdlog loggers of every module ("store", "search", "ingest", "report",
// "app", "cli", "gui", "qt") on one stderr sink (warnings and up) and routes Qt's messages
// into the "qt" logger. Safe to call more than once.
void initLogging();

// Adds the KB folder's rotating log file (logs/citykb.log, 5 x 2 MiB, everything from info
// up) to every logger. Called when a KB is opened; a folder that cannot be written is
// reported in the log, not as an error.
void attachLogFolder(const QString &kbDir);
// Turns the warnings on stderr on or off (the log file keeps everything). The CLI turns them
// off: its stderr is one sentence per failure, and the details are in the KB's log.
void setStderrLogLevel(bool on);

// Stops writing to the KB folder's log file (before a failed create removes the folder).
void detachLogFolder(const QString &kbDir);

} // namespace citykb
