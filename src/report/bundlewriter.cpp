#include "bundlewriter.h"

#include "core/bundleformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace citykb {

QByteArray writeBundle(const QMap<RecordType, QList<QJsonObject>> &records, bool hasPersonalData)
{
    QJsonObject byType;
    for (auto it = records.begin(); it != records.end(); ++it) {
        QList<QJsonObject> sorted = it.value();
        std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("key")).toString() < b.value(QStringLiteral("key")).toString();
        });
        QJsonArray array;
        for (QJsonObject record : sorted) {
            // A revision belongs to one store's history, not to the record's content.
            record.remove(QStringLiteral("revision"));
            if (record.contains(QStringLiteral("answers"))) {
                QJsonArray answers = record.value(QStringLiteral("answers")).toArray();
                for (auto answer = answers.begin(); answer != answers.end(); ++answer) {
                    QJsonObject item = answer->toObject();
                    item.remove(QStringLiteral("revision"));
                    *answer = item;
                }
                record.insert(QStringLiteral("answers"), answers);
            }
            array.append(record);
        }
        byType.insert(specFor(it.key()).word, array);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(bundleFormatName)},
                     {QStringLiteral("version"), bundleFormatVersion},
                     {QLatin1String(bundlePersonalDataField), hasPersonalData},
                     {QStringLiteral("records"), byType}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace citykb
