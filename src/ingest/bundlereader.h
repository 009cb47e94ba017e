#pragma once

#include "core/bundleformat.h"
#include "core/recordspec.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace citykb {

using RecordList = QList<std::pair<RecordType, QJsonObject>>;

// Largest JSON file read in one piece; larger input is refused with a message.
inline constexpr qint64 maxJsonFileSize = 512LL * 1024 * 1024;

struct Bundle
{
    RecordList records;
    bool hasPersonalData = true; // false: exported with e-mail addresses and phones withheld
};

// Reads a bundle file. Bytes that are not UTF-8 (with their offset), malformed JSON, a key
// twice in one object, nesting past Qt's limit, wrong types, unknown record types, a newer
// format version and records validateRecord refuses are reported with the file name and,
// where there is one, the place.
Result<Bundle> readBundleFile(const QString &file);
Result<Bundle> parseBundle(const QByteArray &json, const QString &sourceName);

// Reads the seed dataset: data/<TYPE word>/*.json, each a JSON array of records.
Result<RecordList> readDataDir(const QString &dir);

// True when the file looks like a CityKB bundle (for `import` to choose an importer).
bool looksLikeBundle(const QString &file);

} // namespace citykb
