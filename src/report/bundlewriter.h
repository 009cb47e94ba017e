#pragma once

#include "core/recordspec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace citykb {

// Writes a bundle (docs/data-model.md). The output depends only on the records: types and
// records are sorted, object keys are sorted by QJsonObject, and there is no export time,
// so exporting the same KB twice gives the same bytes. `hasPersonalData` is written into the
// bundle; leaving the data out of the records is the caller's part (PersonalDataFilter).
QByteArray writeBundle(const QMap<RecordType, QList<QJsonObject>> &records, bool hasPersonalData = true);

} // namespace citykb
