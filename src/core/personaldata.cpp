#include "personaldata.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace citykb {

namespace {

const QString emailWithheld = QStringLiteral("[e-mail withheld]");
const QString phoneWithheld = QStringLiteral("[phone withheld]");

// Strings anywhere inside a nested JSON value (fees, actions, respondents, ...).
QJsonValue filterJson(const PersonalDataFilter &f, const QJsonValue &value)
{
    if (value.isString())
        return f.filterText(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(filterJson(f, item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), filterJson(f, it.value()));
        return out;
    }
    return value;
}

// Only text and nested JSON can hold personal data; keys, references and numbers stay exact,
// so a filtered bundle still imports.
QJsonObject filterFields(const PersonalDataFilter &f, const QList<FieldSpec> &fields, QJsonObject object)
{
    for (const FieldSpec &field : fields) {
        auto it = object.find(field.name);
        if (it == object.end())
            continue;
        if (field.kind == FieldKind::Text)
            *it = f.filterText(it->toString());
        else if (field.kind == FieldKind::Json)
            *it = filterJson(f, *it);
    }
    return object;
}

} // namespace

void PersonalDataFilter::addKnownValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    // Very short values ("-", "n/a") would blank out ordinary text.
    if (trimmed.size() < 6)
        return;
    // Longest first, so that one value inside another is not left in pieces.
    const auto at = std::upper_bound(m_known.begin(), m_known.end(), trimmed,
                                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_known.insert(at, trimmed);
}

QString PersonalDataFilter::filterText(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const QString &known : m_known)
        out.replace(known, known.contains(QLatin1Char('@')) ? emailWithheld : phoneWithheld, Qt::CaseInsensitive);

    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    out.replace(email, emailWithheld);
    // International forms: +32 2 503 25 30, 0034 637499339, (34) 675 782 411. Not a figure
    // such as "2 000 000 000" or "(2014) 2015-2020": the number must not follow a word or a
    // digit group, a bracketed code has at most three digits, and a match needs 8+ digits.
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w+])(?<!\\d )(?<!\\d[.,])(\\+\\d|00\\d|\\(\\d{1,3}\\) ?\\d)[\\d ().-]{5,}\\d"));
    QString result;
    qsizetype last = 0;
    for (auto it = phone.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype digits = 0;
        for (const QChar c : m.captured(0))
            digits += c.isDigit() ? 1 : 0;
        if (digits < 8)
            continue;
        result += QStringView(out).mid(last, m.capturedStart(0) - last);
        result += phoneWithheld;
        last = m.capturedEnd(0);
    }
    result += QStringView(out).mid(last);
    return result;
}

QJsonObject PersonalDataFilter::filter(RecordType type, const QJsonObject &record) const
{
    const RecordSpec &spec = specFor(type);
    QJsonObject out = filterFields(*this, spec.fields, record);
    for (const ChildSpec &child : spec.children) {
        if (child.flatRef || !out.contains(child.name))
            continue; // lists of keys
        QJsonArray items;
        for (const QJsonValue &item : out.value(child.name).toArray())
            items.append(filterFields(*this, child.fields, item.toObject()));
        out.insert(child.name, items);
    }
    if (type == RecordType::Person) {
        out.remove(QStringLiteral("email"));
        out.remove(QStringLiteral("phone"));
    }
    return out;
}

} // namespace citykb
