#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace citykb {

// CityKB's own version (the CMake project's).
QString applicationVersion();

// The libraries CityKB runs on and their versions, for an About box or a bug report:
// Qt, SQLite, Xapian and spdlog, as linked at run time where the library can tell.
QList<std::pair<QString, QString>> componentVersions();

} // namespace citykb
