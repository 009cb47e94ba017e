#pragma once

#include "core/recordspec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace citykb {

// Writes a bundle (docs/data-model.md). The output depends only on the records: types and
// records are sorted, object keys are sorted by QJsonObject, and there is no export time,
// so exporting the same KB twice gives the same bytes.
QByteArray writeBundle(const QMap<RecordType, QList<QJsonObject>> &records);

} // namespace citykb
