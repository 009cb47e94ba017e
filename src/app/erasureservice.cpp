#include "erasureservice.h"

#include "browseservice.h"
#include "indexkeeper.h"
#include "knowledgebase.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>

namespace citykb {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    auto logger = spdlog::get("app");
    return logger ? logger : spdlog::default_logger();
}

const QString nameMark = QStringLiteral("[name erased]");
const QString emailMark = QStringLiteral("[e-mail erased]");
const QString phoneMark = QStringLiteral("[phone erased]");

// The digits of a phone number, without an international "00" and with a "(0)" trunk prefix
// written inside an international number dropped.
QString phoneDigits(QString phone)
{
    phone.remove(QStringLiteral("(0)"));
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.startsWith(QLatin1String("00")))
        digits = digits.mid(2);
    return digits;
}

QString normalisedEmail(QString email)
{
    email = email.toLower();
    email.replace(QStringLiteral("＠"), QStringLiteral("@"));
    for (const char *at : {"[at]", "(at)", " at "})
        email.replace(QLatin1String(at), QStringLiteral("@"));
    for (const char *dot : {"[dot]", "(dot)", " dot "})
        email.replace(QLatin1String(dot), QStringLiteral("."));
    email.remove(QLatin1Char(' '));
    return email;
}

struct Replacement
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString mark;
};

} // namespace

void PersonTraces::addPerson(const QJsonObject &person)
{
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    const QString name = person.value(QStringLiteral("name")).toString().simplified();
    if (!name.isEmpty()) {
        QStringList words;
        for (const QString &word : name.split(QLatin1Char(' ')))
            words.append(QRegularExpression::escape(word));
        const QString pattern = QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(words.join(QStringLiteral("\\s+")));
        if (std::none_of(m_names.begin(), m_names.end(), [&](const QRegularExpression &r) { return r.pattern() == pattern; }))
            m_names.append(QRegularExpression(pattern, options));
        // The family name alone ("Mrs Hulshof", "L.E.T. Hulshof"), in its own case and when it is
        // more than a particle: an erasure rather takes a word too many than leaves the person.
        const QString family = name.split(QLatin1Char(' ')).last();
        if (words.size() > 1) {
            // "(Leonie) Hulshof", "Hulshof, Leonie": given and family name with a little between.
            const QString given = QRegularExpression::escape(name.split(QLatin1Char(' ')).first());
            const QString fam = QRegularExpression::escape(family);
            for (const QString &pair : {QStringLiteral("%1[\\s\\p{P}]{1,3}%2").arg(given, fam), QStringLiteral("%2[\\s\\p{P}]{1,3}%1").arg(given, fam)}) {
                const QString bounded = QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(pair);
                if (std::none_of(m_names.begin(), m_names.end(), [&](const QRegularExpression &r) { return r.pattern() == bounded; }))
                    m_names.append(QRegularExpression(bounded, options));
            }
        }
        if (words.size() > 1 && family.size() >= 4) {
            const QString alone = QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(QRegularExpression::escape(family));
            if (std::none_of(m_names.begin(), m_names.end(), [&](const QRegularExpression &r) { return r.pattern() == alone; }))
                m_names.append(QRegularExpression(alone, QRegularExpression::UseUnicodePropertiesOption));
        }
    }
    const QString email = person.value(QStringLiteral("email")).toString().trimmed();
    if (!email.isEmpty() && !m_emails.contains(normalisedEmail(email))) {
        m_emails.append(normalisedEmail(email));
        m_exact.append(QRegularExpression(QRegularExpression::escape(email), options));
        m_finder.addKnownValue(email);
    }
    const QString phone = person.value(QStringLiteral("phone")).toString().trimmed();
    const QString digits = phoneDigits(phone);
    if (digits.size() >= 5 && !m_phones.contains(digits)) {
        m_phones.append(digits);
        // The same digits in any grouping: "+31 644 199 675", "31644199675", "(31) 644-199-675".
        QStringList each;
        for (const QChar c : digits)
            each.append(QString(c));
        m_exact.append(QRegularExpression(QStringLiteral("(?<!\\d)(\\+|00)?%1(?!\\d)").arg(each.join(QStringLiteral("[\\s./()\\-]*"))),
                                          options));
        m_finder.addKnownValue(phone);
    }
    const QString key = person.value(QStringLiteral("key")).toString();
    if (!key.isEmpty() && !m_keys.contains(key))
        m_keys.append(key);
}

bool PersonTraces::phoneMatches(const QString &candidate) const
{
    const QString c = phoneDigits(candidate);
    for (const QString &p : m_phones) {
        if (c == p)
            return true;
        // A national form ("0644 199 675") of an international number ("+31 644 199 675"):
        // without the trunk 0, one ends with the other.
        const QString a = c.startsWith(QLatin1Char('0')) ? c.mid(1) : c;
        const QString b = p.startsWith(QLatin1Char('0')) ? p.mid(1) : p;
        const QString &shorter = a.size() < b.size() ? a : b;
        const QString &longer = a.size() < b.size() ? b : a;
        if (shorter.size() >= 7 && longer.endsWith(shorter))
            return true;
    }
    return false;
}

bool PersonTraces::emailMatches(const QString &candidate) const
{
    return m_emails.contains(normalisedEmail(candidate));
}

QString PersonTraces::scrubText(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QList<Replacement> found;
    for (const PersonalDataFilter::Span &span : m_finder.find(text)) {
        const QString candidate = text.mid(span.start, span.length);
        if (span.kind == PersonalDataFilter::Kind::Email && emailMatches(candidate))
            found.append({span.start, span.length, emailMark});
        else if (span.kind == PersonalDataFilter::Kind::Phone && phoneMatches(candidate))
            found.append({span.start, span.length, phoneMark});
    }
    for (const QRegularExpression &exact : m_exact) {
        for (auto it = exact.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            found.append({m.capturedStart(), m.capturedLength(),
                          m.captured().contains(QLatin1Char('@')) ? emailMark : phoneMark});
        }
    }
    for (const QRegularExpression &name : m_names) {
        for (auto it = name.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            found.append({m.capturedStart(), m.capturedLength(), nameMark});
        }
    }
    if (found.isEmpty())
        return text;
    // Earliest first, the longest of those that start together; overlaps go with the first.
    std::sort(found.begin(), found.end(), [](const Replacement &a, const Replacement &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QString result;
    qsizetype at = 0;
    for (const Replacement &r : found) {
        if (r.start < at)
            continue;
        result += text.mid(at, r.start - at) + r.mark;
        at = r.start + r.length;
    }
    return result + text.mid(at);
}

QString PersonTraces::scrubLog(const QString &text) const
{
    QString result = scrubText(text);
    for (const QString &key : m_keys)
        result.replace(QRegularExpression(QStringLiteral("(?<![a-z0-9-])%1(?![a-z0-9-])").arg(QRegularExpression::escape(key))),
                       QStringLiteral("erased"));
    return result;
}

bool PersonTraces::isRespondent(const QJsonObject &respondent) const
{
    if (m_keys.contains(respondent.value(QStringLiteral("person")).toString()))
        return true;
    if (emailMatches(respondent.value(QStringLiteral("email")).toString()))
        return true;
    const QString name = respondent.value(QStringLiteral("name")).toString();
    return !name.isEmpty() && scrubText(name) != name;
}

QJsonValue PersonTraces::scrubJson(const QJsonValue &value, bool *changed) const
{
    if (value.isString()) {
        const QString scrubbed = scrubText(value.toString());
        if (scrubbed != value.toString())
            *changed = true;
        return scrubbed;
    }
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray()) {
            // A link to the person inside JSON (a respondent's "person") goes.
            if (item.isString() && m_keys.contains(item.toString())) {
                *changed = true;
                continue;
            }
            result.append(scrubJson(item, changed));
        }
        return result;
    }
    if (value.isObject()) {
        QJsonObject result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && m_keys.contains(it.value().toString())) {
                *changed = true;
                continue;
            }
            result.insert(it.key(), scrubJson(it.value(), changed));
        }
        return result;
    }
    return value;
}

bool PersonTraces::scrubRecord(RecordType type, QJsonObject &record) const
{
    const RecordSpec &spec = specFor(type);
    bool changed = false;
    if (type == RecordType::Response && record.value(QStringLiteral("respondents")).isArray()) {
        QJsonArray kept;
        const QJsonArray respondents = record.value(QStringLiteral("respondents")).toArray();
        for (const QJsonValue &r : respondents) {
            if (!isRespondent(r.toObject()))
                kept.append(r);
        }
        if (kept.size() != respondents.size()) {
            changed = true;
            if (kept.isEmpty())
                record.remove(QStringLiteral("respondents"));
            else
                record.insert(QStringLiteral("respondents"), kept);
        }
    }
    // Returns whether it changed `object`.
    const auto scrubFields = [this](QJsonObject &object, const QList<FieldSpec> &fields) {
        bool any = false;
        for (const FieldSpec &f : fields) {
            const QJsonValue v = object.value(f.name);
            if (v.isUndefined() || (f.kind != FieldKind::Text && f.kind != FieldKind::Json))
                continue;
            bool fieldChanged = false;
            const QJsonValue scrubbed = scrubJson(v, &fieldChanged);
            if (fieldChanged) {
                object.insert(f.name, scrubbed);
                any = true;
            }
        }
        return any;
    };
    changed = scrubFields(record, spec.fields) || changed;
    for (const ChildSpec &child : spec.children) {
        if (child.flatRef || !record.value(child.name).isArray())
            continue;
        QJsonArray items = record.value(child.name).toArray();
        bool listChanged = false;
        for (auto it = items.begin(); it != items.end(); ++it) {
            QJsonObject item = it->toObject();
            if (scrubFields(item, child.fields)) {
                *it = item;
                listChanged = true;
            }
        }
        if (listChanged) {
            record.insert(child.name, items);
            changed = true;
        }
    }
    return changed;
}

Scrubber PersonTraces::scrubber() const
{
    return Scrubber{[this](RecordType type, QJsonObject &record) { return scrubRecord(type, record); },
                    [this](const QString &text) { return mentions(text); }};
}

namespace {

// The person's record and every earlier version of it that `store` holds, as traces.
Status collectTraces(const Store &store, qint64 id, PersonTraces &traces)
{
    auto live = store.getById(RecordType::Person, id);
    if (live)
        traces.addPerson(live.value());
    else if (live.errorKind() != ErrorKind::NotFound)
        return Status(live.fullError());
    auto versions = store.versions(RecordType::Person, id);
    if (!versions)
        return Status(versions.fullError());
    for (const RecordVersion &v : versions.value())
        traces.addPerson(v.record);
    return {};
}

} // namespace

Result<ErasureReport> ErasureService::erasePerson(const QString &idKeyOrName)
{
    using R = Result<ErasureReport>;
    if (!m_kb.isWritable())
        return R::failure(QStringLiteral("The KB is open read-only."), ErrorKind::Unavailable);
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();

    // Who: a live person, or one in the trash.
    qint64 id = 0;
    PersonTraces traces;
    auto key = resolveRecordKey(store, RecordType::Person, idKeyOrName);
    if (key) {
        auto found = store.idOf(RecordType::Person, key.value());
        if (!found)
            return found.fullError();
        if (!found.value())
            return R::failure(QStringLiteral("The person \"%1\" vanished while reading it.").arg(key.value()));
        id = *found.value();
    } else if (key.errorKind() == ErrorKind::NotFound) {
        auto trashed = store.trashedRecord(RecordType::Person, idKeyOrName.trimmed());
        if (!trashed)
            return trashed.fullError();
        if (!trashed.value())
            return key.fullError();
        id = trashed.value()->first.id;
        traces.addPerson(trashed.value()->second);
    } else {
        return key.fullError();
    }
    if (Status s = collectTraces(store, id, traces); !s)
        return s.fullError();

    // Every backup the app keeps must be open to the erasure too, before anything is written.
    const QDir backups(m_kb.backupsDir());
    const QFileInfoList backupFiles = backups.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : backupFiles) {
        if (Status s = verifyStoreFile(file.filePath()); !s)
            return R::failure(QStringLiteral("Nothing was erased: the backup %1 cannot be opened to erase the person from it too (%2); "
                                             "move it out of the KB folder or delete it, then erase again.")
                                  .arg(file.filePath(), s.error()));
    }

    ErasureReport report;
    auto written = m_kb.write([&](Store &s) {
        auto counts = s.erasePerson(id, traces.scrubber());
        if (counts)
            report.store = counts.value();
        return Status::from(counts);
    });
    if (!written)
        return written.fullError();
    // What the person left in free pages of the store, its WAL and the index goes too.
    if (Status s = m_kb.vacuumStore(); !s)
        return R::failure(QStringLiteral("The person was erased from the records, but the store file could not be compacted (%1); "
                                         "erase again to finish.").arg(s.error()), s.errorKind());
    const QString indexPath = QDir(m_kb.dir()).filePath(KnowledgeBase::indexDirName());
    if (auto rebuilt = m_kb.index().rebuild(store, {}); !rebuilt)
        return R::failure(QStringLiteral("The person was erased from the records, but the search index could not be rebuilt (%1); "
                                         "erase again to finish.").arg(rebuilt.error()), rebuilt.errorKind());
    if (const QString kept = SearchIndex::keptDamagedCopy(indexPath); !kept.isEmpty()) {
        std::error_code error;
        std::filesystem::remove_all(kept.toStdString(), error);
    }
    if (Status s = SearchIndex::removeLeftovers(indexPath); !s)
        log()->warn("leftovers of the search index could not be removed: {}", s.error().toStdString());

    for (const QFileInfo &file : backupFiles) {
        Status s = Store::rewriteBackup(file.filePath(), [&](Store &backup) -> Status {
            PersonTraces inBackup = traces;
            if (Status c = collectTraces(backup, id, inBackup); !c)
                return c;
            return Status::from(backup.erasePerson(id, inBackup.scrubber()));
        });
        if (!s)
            return R::failure(QStringLiteral("The person was erased from the KB, but not from the backup %1 (%2); erase again to finish.")
                                  .arg(file.filePath(), s.error()));
        report.backups.append(file.fileName());
    }

    // Log lines never carry personal data on purpose; a key or a name quoted in a message may.
    const QDir logs(QDir(m_kb.dir()).filePath(QStringLiteral("logs")));
    for (const QFileInfo &file : logs.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadWrite))
            return R::failure(QStringLiteral("The person was erased from the KB, but the log file %1 cannot be rewritten.").arg(file.filePath()));
        const QString text = QString::fromUtf8(f.readAll());
        const QString scrubbed = traces.scrubLog(text);
        if (scrubbed == text)
            continue;
        // In place: the log's writer appends to the same file.
        if (!f.resize(0) || !f.seek(0) || f.write(scrubbed.toUtf8()) < 0 || !f.flush())
            return R::failure(QStringLiteral("The person was erased from the KB, but the log file %1 cannot be rewritten.").arg(file.filePath()));
        ++report.logFiles;
    }
    log()->info("erased a person (id {}): {} other records, {} versions, {} trash entries, {} backups", id,
                report.store.recordsChanged, report.store.versionsRemoved + report.store.versionsChanged,
                report.store.trashRemoved + report.store.trashChanged, report.backups.size());
    return report;
}

} // namespace citykb
