#pragma once

#include "recordspec.h"

#include <QJsonObject>
#include <QStringList>
#include <QString>

namespace citykb {

// People's e-mail addresses and phone numbers are personal data (DESIGN.md, "Security and
// personal data"): shown in the app, left out of exports unless the user asks for them.
class PersonalDataFilter
{
public:
    // Values known to be personal (the e-mail and phone fields of the KB's people) are
    // withheld wherever they appear, besides anything that looks like an e-mail address or an
    // international phone number.
    void addKnownValue(const QString &value);

    // The record without personal data: a person's `email` and `phone` fields go, and e-mail
    // addresses and phone numbers inside any text become "[e-mail withheld]" / "[phone withheld]".
    QJsonObject filter(RecordType type, const QJsonObject &record) const;
    QString filterText(const QString &text) const;

private:
    QStringList m_known; // longest first
};

} // namespace citykb
