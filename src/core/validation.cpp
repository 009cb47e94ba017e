#include "validation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace citykb {

namespace {

const QSet<QString> &metaFields()
{
    // "revision" is the store's: a record read from it may be written back as it is.
    static const QSet<QString> names{QStringLiteral("key"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"), QStringLiteral("revision")};
    return names;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == static_cast<double>(static_cast<qint64>(d)) && d >= -9.0e15 && d <= 9.0e15;
}

Status checkValue(const FieldSpec &field, const QJsonValue &value, const QString &where)
{
    const QString name = where + QLatin1Char('.') + field.name;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Ref:
        if (!value.isString())
            return Status::failure(QStringLiteral("%1 must be a string, not %2.").arg(name, jsonTypeName(value)));
        if (value.toString().size() > maxFieldLength)
            return Status::failure(QStringLiteral("%1 is longer than %2 characters.").arg(name).arg(maxFieldLength));
        if (field.kind == FieldKind::Ref && !isValidKey(value.toString()))
            return Status::failure(QStringLiteral("%1 must be the key of a record, not \"%2\".")
                                       .arg(name, value.toString().left(80)));
        if (!field.allowed.isEmpty() && !field.allowed.contains(value.toString()))
            return Status::failure(QStringLiteral("%1 must be one of %2, not \"%3\".")
                                       .arg(name, field.allowed.join(QStringLiteral(", ")),
                                            value.toString().left(80)));
        return {};
    case FieldKind::Integer:
        if (!isWholeNumber(value))
            return Status::failure(QStringLiteral("%1 must be a whole number, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case FieldKind::Number:
        if (!value.isDouble())
            return Status::failure(QStringLiteral("%1 must be a number, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case FieldKind::Boolean:
        if (!value.isBool())
            return Status::failure(QStringLiteral("%1 must be true or false, not %2.").arg(name, jsonTypeName(value)));
        return {};
    case FieldKind::Json:
        if (!value.isArray() && !value.isObject())
            return Status::failure(QStringLiteral("%1 must be an array or an object, not %2.").arg(name, jsonTypeName(value)));
        return {};
    }
    return {};
}

Status checkObject(const QList<FieldSpec> &fields, const QJsonObject &object, const QString &where,
                   bool allowMeta)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowMeta && metaFields().contains(it.key()))
            continue;
        // An answer read from the store carries its own revision too.
        if (it.key() == QLatin1String("revision"))
            continue;
        bool known = false;
        for (const FieldSpec &f : fields)
            known = known || f.name == it.key();
        if (!known)
            return Status::failure(QStringLiteral("%1 has an unknown field \"%2\".").arg(where, it.key().left(80)));
    }
    for (const FieldSpec &f : fields) {
        const QJsonValue v = object.value(f.name);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return Status::failure(QStringLiteral("%1 needs a \"%2\".").arg(where, f.name));
            continue;
        }
        if (Status s = checkValue(f, v, where); !s)
            return s;
    }
    return {};
}

} // namespace

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return !key.isEmpty() && key.size() <= 80 && pattern.match(key).hasMatch();
}

QString keyFromName(const QString &name)
{
    // Fold accents (Örebro → orebro), then keep letters and digits, one hyphen between runs.
    const QString folded = name.normalized(QString::NormalizationForm_KD);
    QString key;
    bool pendingHyphen = false;
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !key.isEmpty())
                key.append(QLatin1Char('-'));
            pendingHyphen = false;
            key.append(c.toLower());
        } else {
            pendingHyphen = true;
        }
    }
    key.truncate(80);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("record") : key;
}

QString describeRecord(RecordType type, const QJsonObject &record)
{
    const QString key = record.value(QStringLiteral("key")).toString();
    return key.isEmpty() ? specFor(type).singular
                         : QStringLiteral("%1 \"%2\"").arg(specFor(type).singular, key.left(80));
}

Status validateRecord(RecordType type, const QJsonObject &record)
{
    const RecordSpec &spec = specFor(type);
    const QString where = describeRecord(type, record);
    const QJsonValue key = record.value(QStringLiteral("key"));
    if (!key.isString() || !isValidKey(key.toString()))
        return Status::failure(QStringLiteral("%1 needs a key of lowercase letters, digits and single hyphens (at most 80).")
                                   .arg(where));
    for (const QString &stamp : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        const QJsonValue v = record.value(stamp);
        if (!v.isUndefined() && !v.isString())
            return Status::failure(QStringLiteral("%1.%2 must be a string.").arg(where, stamp));
    }

    QList<FieldSpec> topFields = spec.fields;
    for (const ChildSpec &child : spec.children)
        topFields.append(FieldSpec{child.name, FieldKind::Json, {}, false, std::nullopt, OnDelete::SetNull, {}});
    if (Status s = checkObject(topFields, record, where, true); !s)
        return s;

    for (const ChildSpec &child : spec.children) {
        const QJsonValue list = record.value(child.name);
        if (list.isUndefined() || list.isNull())
            continue;
        if (!list.isArray())
            return Status::failure(QStringLiteral("%1.%2 must be an array.").arg(where, child.name));
        const QJsonArray items = list.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemWhere = QStringLiteral("%1.%2[%3]").arg(where, child.name).arg(i);
            if (child.flatRef) {
                if (Status s = checkValue(*child.flatRef, items.at(i), itemWhere); !s)
                    return Status::failure(QStringLiteral("%1 must be the key of a record.").arg(itemWhere));
            } else {
                if (!items.at(i).isObject())
                    return Status::failure(QStringLiteral("%1 must be an object.").arg(itemWhere));
                if (Status s = checkObject(child.fields, items.at(i).toObject(), itemWhere, false); !s)
                    return s;
            }
        }
    }
    return {};
}

} // namespace citykb
