#pragma once

#include "core/personaldata.h"
#include "core/recordspec.h"
#include "core/result.h"
#include "store/store.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace citykb {

class KnowledgeBase;

// What the KB holds of one person: every name, e-mail address, phone number and key their
// record ever had, and how to take them out of a record or a text.
class PersonTraces
{
public:
    // Adds the name, email, phone and key of a version of the person's record.
    void addPerson(const QJsonObject &person);

    // `text` with the person's names, e-mail addresses and phone numbers (in any spacing, also
    // a phone number in national form) replaced by "[name erased]", "[e-mail erased]" and
    // "[phone erased]".
    QString scrubText(const QString &text) const;
    bool mentions(const QString &text) const { return scrubText(text) != text; }
    // Takes the person out of `record`: respondents that are them go, and every text (JSON
    // fields included) is scrubbed; links to other records stay. Returns whether it changed.
    bool scrubRecord(RecordType type, QJsonObject &record) const;
    // `text` scrubbed, and the person's keys replaced too (for log files).
    QString scrubLog(const QString &text) const;
    Scrubber scrubber() const;

private:
    bool phoneMatches(const QString &candidate) const;
    bool emailMatches(const QString &candidate) const;
    bool isRespondent(const QJsonObject &respondent) const;
    QJsonValue scrubJson(const QJsonValue &value, bool *changed) const;

    QList<QRegularExpression> m_names;
    QList<QRegularExpression> m_exact; // e-mail addresses and phone numbers as written
    QStringList m_emails;              // normalised
    QStringList m_phones;              // digits
    QStringList m_keys;
    PersonalDataFilter m_finder;
};

struct ErasureReport
{
    ErasureCounts store;
    QStringList backups; // the backups in backups/ the person was erased from
    int logFiles = 0;    // log files that named the person and were rewritten
};

// Erasing a person (DESIGN.md, "Security and personal data"): their record and their name,
// e-mail address and phone number wherever the KB holds them — other records, history,
// trash, saved searches, the search index, the backups in backups/ and the log files — so
// that afterwards no file in the KB folder contains them (docs/architecture.md, "Erasing a
// person"). Belongs to the session's thread.
class ErasureService
{
public:
    explicit ErasureService(KnowledgeBase &kb) : m_kb(kb) {}

    // The person known by id, key or name (also one in the trash, by key). Nothing is written
    // when a backup in backups/ cannot be opened to erase them from it too.
    Result<ErasureReport> erasePerson(const QString &idKeyOrName);

private:
    KnowledgeBase &m_kb;
};

} // namespace citykb
