#include "editservice.h"

#include "browseservice.h"
#include "knowledgebase.h"
#include "store/store.h"

#include "core/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace citykb {

namespace {

Result<SavedRecord> savedRecord(const Store &store, RecordType type, const QString &key)
{
    auto record = store.get(type, key);
    if (!record)
        return record.fullError();
    return SavedRecord{key, record.value().value(QStringLiteral("revision")).toInteger()};
}

// A JSON value typed on the command line: any JSON (an object, a list, a number, a quoted
// string), or the text itself when `textAllowed` and it is not JSON.
std::optional<QJsonValue> parseJsonValue(const QString &text, bool textAllowed)
{
    QJsonParseError error;
    // Wrapped in a list, so that a bare number or string parses too.
    const QJsonDocument doc = QJsonDocument::fromJson((QStringLiteral("[") + text + QStringLiteral("]")).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
        return doc.array().first();
    if (textAllowed)
        return QJsonValue(text);
    return std::nullopt;
}

class FieldEditor
{
public:
    FieldEditor(const Store &store, RecordType type, QJsonObject record)
        : m_store(store), m_spec(specFor(type)), m_record(std::move(record))
    {
        m_where = describeRecord(type, m_record);
    }

    Status apply(const FieldEdit &edit)
    {
        const QString name = edit.field.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const char *stamp : {"created_at", "updated_at", "revision", "id"}) {
            if (name == QLatin1String(stamp))
                return Status::failure(QStringLiteral("%1 cannot be edited: the store keeps \"%2\" itself.").arg(m_where, name));
        }
        if (name == QLatin1String("key")) {
            if (edit.op != FieldEdit::Op::Set || edit.value.isEmpty())
                return Status::failure(QStringLiteral("%1 needs a key: set it with key=NEW-KEY.").arg(m_where));
            m_record.insert(name, edit.value);
            return {};
        }
        if (const FieldSpec *f = m_spec.field(name))
            return applyToField(*f, edit);
        if (const ChildSpec *c = m_spec.child(name))
            return applyToList(*c, edit);
        QStringList names;
        for (const FieldSpec &f : m_spec.fields)
            names.append(f.name);
        for (const ChildSpec &c : m_spec.children)
            names.append(c.name);
        return Status::failure(QStringLiteral("A %1 has no field \"%2\"; its fields are %3.")
                                   .arg(m_spec.singular, printable(edit.field), names.join(QStringLiteral(", "))));
    }

    Status patch(const QJsonObject &patch)
    {
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.key() == QLatin1String("revision") || it.key() == QLatin1String("created_at")
                || it.key() == QLatin1String("updated_at"))
                continue; // what the store keeps; a record read back may carry them
            if (it.key() != QLatin1String("key") && !m_spec.field(it.key()) && !m_spec.child(it.key()))
                return Status::failure(QStringLiteral("A %1 has no field \"%2\".").arg(m_spec.singular, printable(it.key())));
            if (it.value().isNull())
                m_record.remove(it.key());
            else
                m_record.insert(it.key(), it.value());
        }
        return {};
    }

    const QJsonObject &record() const { return m_record; }

private:
    QString fieldWhere(const QString &name) const { return QStringLiteral("%1.%2").arg(m_where, name); }

    // The key of the record of `target` known by key, name or acronym.
    Result<QString> resolve(RecordType target, const QString &value, const QString &where) const
    {
        auto key = m_store.findKey(target, value.trimmed());
        if (!key)
            return key.fullError();
        if (!key.value())
            return Result<QString>::failure(QStringLiteral("%1 refers to %2 \"%3\", which does not exist.")
                                                .arg(where, specFor(target).singular, printable(value)));
        return *key.value();
    }

    Result<QJsonValue> scalar(const FieldSpec &f, const QString &value, const QString &where) const
    {
        using R = Result<QJsonValue>;
        switch (f.kind) {
        case FieldKind::Text: return QJsonValue(value);
        case FieldKind::Integer: {
            bool ok = false;
            const qint64 n = value.trimmed().toLongLong(&ok);
            if (!ok)
                return R::failure(QStringLiteral("%1 needs a whole number, not \"%2\".").arg(where, printable(value)));
            return QJsonValue(n);
        }
        case FieldKind::Number: {
            bool ok = false;
            const double n = value.trimmed().toDouble(&ok);
            if (!ok)
                return R::failure(QStringLiteral("%1 needs a number, not \"%2\".").arg(where, printable(value)));
            return QJsonValue(n);
        }
        case FieldKind::Boolean: {
            const QString v = value.trimmed().toLower();
            if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
                return QJsonValue(true);
            if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
                return QJsonValue(false);
            return R::failure(QStringLiteral("%1 needs true or false, not \"%2\".").arg(where, printable(value)));
        }
        case FieldKind::Json: {
            auto parsed = parseJsonValue(value, false);
            if (!parsed || (!parsed->isObject() && !parsed->isArray()))
                return R::failure(QStringLiteral("%1 needs a JSON object or list, not \"%2\".").arg(where, printable(value)));
            return *parsed;
        }
        case FieldKind::Ref: {
            auto key = resolve(*f.target, value, where);
            if (!key)
                return key.fullError();
            return QJsonValue(key.value());
        }
        }
        return QJsonValue();
    }

    Status applyToField(const FieldSpec &f, const FieldEdit &edit)
    {
        const QString where = fieldWhere(f.name);
        if (edit.op == FieldEdit::Op::Set) {
            if (edit.value.isEmpty()) {
                if (f.required)
                    return Status::failure(QStringLiteral("%1 cannot be cleared: a %2 needs one.").arg(where, m_spec.singular));
                m_record.remove(f.name);
                return {};
            }
            auto value = scalar(f, edit.value, where);
            if (!value)
                return Status(value.fullError());
            m_record.insert(f.name, value.value());
            return {};
        }
        // += and -= work on lists kept as JSON (countries, key messages, fees, ...).
        const QJsonValue current = m_record.value(f.name);
        if (f.kind != FieldKind::Json || (!current.isUndefined() && !current.isArray()))
            return Status::failure(QStringLiteral("%1 is not a list; set it with %2=VALUE.").arg(where, f.name));
        QJsonArray items = current.toArray();
        const QJsonValue item = *parseJsonValue(edit.value, true);
        if (edit.op == FieldEdit::Op::Add) {
            if (!items.contains(item))
                items.append(item);
        } else {
            const qsizetype before = items.size();
            for (qsizetype i = items.size() - 1; i >= 0; --i) {
                if (items.at(i) == item)
                    items.removeAt(i);
            }
            if (items.size() == before)
                return Status::failure(QStringLiteral("%1 does not hold \"%2\".").arg(where, printable(edit.value)));
        }
        if (items.isEmpty())
            m_record.remove(f.name);
        else
            m_record.insert(f.name, items);
        return {};
    }

    // An item of a list as typed: a key, name or acronym for lists of links, a JSON object
    // (whose links may be names too) for lists of objects.
    Result<QJsonValue> listItem(const ChildSpec &c, const QString &value, const QString &where) const
    {
        using R = Result<QJsonValue>;
        if (c.flatRef) {
            auto key = resolve(*c.flatRef->target, value, where);
            if (!key)
                return key.fullError();
            return QJsonValue(key.value());
        }
        auto parsed = parseJsonValue(value, false);
        if (!parsed || !parsed->isObject())
            return R::failure(QStringLiteral("%1 takes items as JSON objects, such as %2.").arg(where, exampleItem(c)));
        QJsonObject item = parsed->toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            const FieldSpec *f = nullptr;
            for (const FieldSpec &cf : c.fields) {
                if (cf.name == it.key())
                    f = &cf;
            }
            if (!f)
                return R::failure(QStringLiteral("%1 items have no field \"%2\".").arg(where, printable(it.key())));
            if (f->kind == FieldKind::Ref && it.value().isString()) {
                auto key = resolve(*f->target, it.value().toString(), where);
                if (!key)
                    return key.fullError();
                it.value() = key.value();
            }
        }
        return QJsonValue(item);
    }

    static QString exampleItem(const ChildSpec &c)
    {
        QStringList parts;
        for (const FieldSpec &f : c.fields.mid(0, 2))
            parts.append(QStringLiteral("\"%1\": ...").arg(f.name));
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }

    static bool matches(const QJsonValue &item, const QJsonValue &pattern)
    {
        if (!pattern.isObject())
            return item == pattern;
        const QJsonObject o = item.toObject();
        const QJsonObject p = pattern.toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (o.value(it.key()) != it.value())
                return false;
        }
        return true;
    }

    Status applyToList(const ChildSpec &c, const FieldEdit &edit)
    {
        const QString where = fieldWhere(c.name);
        QJsonArray items = m_record.value(c.name).toArray();
        if (edit.op == FieldEdit::Op::Set) {
            items = {};
            if (!edit.value.trimmed().isEmpty()) {
                auto parsed = parseJsonValue(edit.value, false);
                if (!parsed || !parsed->isArray())
                    return Status::failure(QStringLiteral("%1 is a list: set it to a JSON list, or add and take out items with %2+=ITEM and %2-=ITEM.")
                                               .arg(where, c.name));
                for (const QJsonValue &v : parsed->toArray()) {
                    auto item = listItem(c, v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)),
                                         where);
                    if (!item)
                        return Status(item.fullError());
                    items.append(item.value());
                }
            }
        } else {
            auto item = listItem(c, edit.value, where);
            if (!item)
                return Status(item.fullError());
            if (edit.op == FieldEdit::Op::Add) {
                if (!items.contains(item.value()))
                    items.append(item.value());
            } else {
                const qsizetype before = items.size();
                for (qsizetype i = items.size() - 1; i >= 0; --i) {
                    if (matches(items.at(i), item.value()))
                        items.removeAt(i);
                }
                if (items.size() == before)
                    return Status::failure(QStringLiteral("%1 does not hold \"%2\".").arg(where, printable(edit.value)));
            }
        }
        if (items.isEmpty())
            m_record.remove(c.name);
        else
            m_record.insert(c.name, items);
        return {};
    }

    const Store &m_store;
    const RecordSpec &m_spec;
    QJsonObject m_record;
    QString m_where;
};

} // namespace

Result<FieldEdit> FieldEdit::parse(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Result<FieldEdit>::failure(QStringLiteral("\"%1\" is not FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE.").arg(printable(assignment)));
    FieldEdit edit;
    edit.field = assignment.left(eq);
    edit.value = assignment.mid(eq + 1);
    if (edit.field.endsWith(QLatin1Char('+'))) {
        edit.op = Op::Add;
        edit.field.chop(1);
    } else if (edit.field.endsWith(QLatin1Char('-'))) {
        edit.op = Op::Remove;
        edit.field.chop(1);
    }
    edit.field = edit.field.trimmed();
    if (edit.field.isEmpty())
        return Result<FieldEdit>::failure(QStringLiteral("\"%1\" names no field.").arg(printable(assignment)));
    if (edit.op != Op::Set && edit.value.isEmpty())
        return Result<FieldEdit>::failure(QStringLiteral("\"%1\" needs an item to add or take out.").arg(printable(assignment)));
    return edit;
}

Result<QJsonObject> applyFieldEdits(const Store &store, RecordType type, QJsonObject record, const QJsonObject &patch,
                                    const QList<FieldEdit> &edits)
{
    FieldEditor editor(store, type, std::move(record));
    if (Status s = editor.patch(patch); !s)
        return s.fullError();
    for (const FieldEdit &edit : edits) {
        if (Status s = editor.apply(edit); !s)
            return s.fullError();
    }
    return editor.record();
}

Result<SavedRecord> EditService::create(RecordType type, const QJsonObject &record)
{
    const QString key = record.value(QStringLiteral("key")).toString();
    auto written = m_kb.write([&](Store &store) { return Status::from(store.create(type, record)); });
    if (!written)
        return written.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    return savedRecord(*reader.value(), type, key);
}

Result<SavedRecord> EditService::update(RecordType type, const QString &idKeyOrName, const QJsonObject &record,
                                        std::optional<qint64> expectedRevision)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return key.fullError();
    auto written = m_kb.write([&](Store &store) { return store.update(type, key.value(), record, expectedRevision); });
    if (!written)
        return written.fullError();
    return savedRecord(*reader.value(), type, record.value(QStringLiteral("key")).toString(key.value()));
}

Result<SavedRecord> EditService::edit(RecordType type, const QString &idKeyOrName, const QList<FieldEdit> &edits,
                                      const QJsonObject &patch, std::optional<qint64> expectedRevision)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return key.fullError();
    QString newKey;
    auto written = m_kb.write([&](Store &store) -> Status {
        // Read inside the write, so the edits apply to the record as it is now; a stale
        // expected revision is still refused by the update.
        auto current = store.get(type, key.value());
        if (!current)
            return Status(current.fullError());
        auto edited = applyFieldEdits(store, type, current.value(), patch, edits);
        if (!edited)
            return Status(edited.fullError());
        newKey = edited.value().value(QStringLiteral("key")).toString();
        return store.update(type, key.value(), edited.value(), expectedRevision);
    });
    if (!written)
        return written.fullError();
    return savedRecord(*reader.value(), type, newKey);
}

Result<QList<SavedRecord>> EditService::editMany(RecordType type, const QStringList &idsKeysOrNames, const QList<FieldEdit> &edits)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    QStringList keys;
    for (const QString &wanted : idsKeysOrNames) {
        auto key = resolveRecordKey(*reader.value(), type, wanted);
        if (!key)
            return key.fullError();
        if (!keys.contains(key.value()))
            keys.append(key.value());
    }
    QStringList newKeys;
    auto written = m_kb.write([&](Store &store) -> Status {
        for (const QString &key : keys) {
            auto current = store.get(type, key);
            if (!current)
                return Status(current.fullError());
            auto edited = applyFieldEdits(store, type, current.value(), {}, edits);
            if (!edited)
                return Status(edited.fullError());
            newKeys.append(edited.value().value(QStringLiteral("key")).toString());
            if (Status s = store.update(type, key, edited.value()); !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written.fullError();
    QList<SavedRecord> saved;
    for (const QString &key : newKeys) {
        auto record = savedRecord(*reader.value(), type, key);
        if (!record)
            return record.fullError();
        saved.append(record.value());
    }
    return saved;
}

Status EditService::remove(RecordType type, const QString &idKeyOrName, bool cascade)
{
    auto reader = m_kb.reader();
    if (!reader)
        return Status(reader.fullError());
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return Status(key.fullError());
    return Status::from(m_kb.write([&](Store &store) { return store.remove(type, key.value(), cascade); }));
}

} // namespace citykb
