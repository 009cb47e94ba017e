#pragma once

#include <QStringList>
#include <QTextStream>

namespace citykb {

// Exit codes of the CLI contract (DESIGN.md, "The command line").
enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2, ExitUnavailable = 3 };

// Runs one citykb-cli command line (without the program name) and returns its exit code.
// Reports go to `out`, errors to `err` as one sentence.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

QString cliUsage();

} // namespace citykb
