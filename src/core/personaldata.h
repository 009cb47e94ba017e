#pragma once

#include "recordspec.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

namespace citykb {

// People's e-mail addresses and phone numbers are personal data (DESIGN.md, "Security and
// personal data"): shown in the app on the person's record and in the response where they were
// given; never in the search index or a snippet; left out of exports unless the user asks.
class PersonalDataFilter
{
public:
    enum class Kind { Email, Phone };
    // Where one e-mail address or phone number sits in a text (QString positions).
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Kind kind = Kind::Phone;
    };
    // What a withheld value becomes: a readable mark, or a blank that leaves nothing to index.
    enum class Replacement { Mark, Blank };

    // Values known to be personal (the e-mail and phone fields of the KB's people) are
    // withheld wherever they appear, besides anything that looks like an e-mail address
    // (Unicode local parts and domains too) or a phone number in international or national
    // format of a European country.
    void addKnownValue(const QString &value);

    // The e-mail addresses and phone numbers in `text`, in order and not overlapping.
    QList<Span> find(const QString &text) const;

    // The record without personal data: a person's `email` and `phone` fields go, and e-mail
    // addresses and phone numbers inside any text become "[e-mail withheld]" / "[phone withheld]".
    QJsonObject filter(RecordType type, const QJsonObject &record) const;
    QString filterText(const QString &text, Replacement replacement = Replacement::Mark) const;

private:
    QStringList m_known; // longest first
};

} // namespace citykb
