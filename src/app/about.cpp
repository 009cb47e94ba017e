#include "about.h"

#include "search/searchindex.h"
#include "store/store.h"

#include <spdlog/version.h>

#include <QtGlobal>

namespace citykb {

QString applicationVersion()
{
    return QStringLiteral(CITYKB_VERSION);
}

QList<std::pair<QString, QString>> componentVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), Store::engineVersion()},
        {QStringLiteral("Xapian"), SearchIndex::engineVersion()},
        // spdlog is header-compiled into CityKB: the version it was built with.
        {QStringLiteral("spdlog"), QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH)},
    };
}

} // namespace citykb
