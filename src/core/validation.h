#pragma once

#include "recordspec.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace citykb {

// Longest text a single field may hold; a longer one is refused, never cut.
inline constexpr qsizetype maxFieldLength = 4 * 1024 * 1024;

bool isValidKey(const QString &key);

// A key made from a name: "Co-operative Oldham Fund (COF)" → "co-operative-oldham-fund-cof".
QString keyFromName(const QString &name);

// Checks a record's JSON against its type's spec: known fields only, the right JSON types,
// required fields present, allowed values, a valid key. References are checked by the store.
// `context` names the record in messages ("practices/bologna-6-plus").
Status validateRecord(RecordType type, const QJsonObject &record);

// "practices 'bologna-6-plus'" for messages.
QString describeRecord(RecordType type, const QJsonObject &record);

} // namespace citykb
