#include "exportservice.h"

#include "core/outputfile.h"
#include "core/personaldata.h"
#include "knowledgebase.h"
#include "report/bundlewriter.h"

#include <QSaveFile>

namespace citykb {

Status ExportService::exportBundle(const QString &file, PersonalData personalData)
{
    // Never over the KB's own files, a device, a pipe or a folder.
    if (Status s = checkOutputPath(file, m_kb.ownPaths()); !s)
        return s;
    auto reader = m_kb.reader();
    if (!reader)
        return Status(reader.fullError());
    QMap<RecordType, QList<QJsonObject>> all;
    for (RecordType type : allRecordTypes()) {
        auto records = reader.value()->list(type);
        if (!records)
            return Status(records.fullError());
        all.insert(type, records.value());
    }
    const bool withPersonalData = personalData == PersonalData::Include;
    if (!withPersonalData) {
        PersonalDataFilter filter;
        for (const QJsonObject &person : all.value(RecordType::Person)) {
            filter.addKnownValue(person.value(QStringLiteral("email")).toString());
            filter.addKnownValue(person.value(QStringLiteral("phone")).toString());
        }
        for (auto it = all.begin(); it != all.end(); ++it) {
            for (QJsonObject &record : it.value())
                record = filter.filter(it.key(), record);
        }
    }
    // QSaveFile: the bundle appears complete or not at all.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    out.write(writeBundle(all, withPersonalData));
    if (!out.commit())
        return Status::failure(QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    return {};
}

} // namespace citykb
