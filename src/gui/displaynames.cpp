#include "displaynames.h"

#include "app/recordpageservice.h"

#include <QStringList>

namespace citykb {

QString DisplayNames::field(const QString &fieldName)
{
    QStringList words = fieldName.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words) {
        // Abbreviations stay in capitals.
        if (word == QLatin1String("eu") || word == QLatin1String("id"))
            word = word.toUpper();
    }
    QString text = words.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    // Spec fields are many and grow with the schema, so their words are made here and looked
    // up in the translation at run time.
    return tr(text.toUtf8().constData());
}

QString DisplayNames::recordType(RecordType type)
{
    return recordTypeName(type);
}

QString DisplayNames::facetField(const QString &field)
{
    if (field == QLatin1String("type"))
        return tr("Type");
    if (field == QLatin1String("network"))
        return tr("Network");
    if (field == QLatin1String("working-group"))
        return tr("Working group");
    if (field == QLatin1String("city"))
        return tr("City");
    if (field == QLatin1String("country"))
        return tr("Country");
    if (field == QLatin1String("theme"))
        return tr("Theme");
    if (field == QLatin1String("target-group"))
        return tr("Target group");
    if (field == QLatin1String("success-factor"))
        return tr("Success factor");
    if (field == QLatin1String("instrument"))
        return tr("Instrument");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("year"))
        return tr("Year");
    return DisplayNames::field(QString(field).replace(QLatin1Char('-'), QLatin1Char('_')));
}

} // namespace citykb
