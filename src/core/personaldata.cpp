#include "personaldata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace citykb {

namespace {

const QString emailWithheld = QStringLiteral("[e-mail withheld]");
const QString phoneWithheld = QStringLiteral("[phone withheld]");

QJsonValue filterValue(const PersonalDataFilter &f, const QJsonValue &value)
{
    if (value.isString())
        return f.filterText(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(filterValue(f, item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), filterValue(f, it.value()));
        return out;
    }
    return value;
}

} // namespace

void PersonalDataFilter::addKnownValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    // Very short values ("-", "n/a") would blank out ordinary text.
    if (trimmed.size() >= 6)
        m_known.insert(trimmed);
}

QString PersonalDataFilter::filterText(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const QString &known : m_known)
        out.replace(known, known.contains(QLatin1Char('@')) ? emailWithheld : phoneWithheld, Qt::CaseInsensitive);

    static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"));
    out.replace(email, emailWithheld);
    // International forms: +32 2 503 25 30, 0034 637499339, (34) 675 782 411. Years and
    // ranges ("2009-2013") do not start like this, and a match needs eight digits or more.
    static const QRegularExpression phone(QStringLiteral(R"((\+|\b00|\(\d{1,4}\)\s?)\d[\d ().-]{5,}\d)"));
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
    QJsonObject out = filterValue(*this, record).toObject();
    // Keys and timestamps never hold personal data; keep them exactly.
    for (const QString &exact : {QStringLiteral("key"), QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        if (record.contains(exact))
            out.insert(exact, record.value(exact));
    }
    if (type == RecordType::Person) {
        out.remove(QStringLiteral("email"));
        out.remove(QStringLiteral("phone"));
    }
    return out;
}

} // namespace citykb
