#include "questionnaireservice.h"

#include "browseservice.h"
#include "knowledgebase.h"

#include "core/validation.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace citykb {

Result<QString> unusedKey(const Store &store, RecordType type, const QString &name)
{
    const QString base = keyFromName(name);
    QString key = base;
    for (int n = 2;; ++n) {
        auto id = store.idOf(type, key);
        if (!id)
            return id.fullError();
        if (!id.value())
            return key;
        const QString suffix = QStringLiteral("-%1").arg(n);
        key = base.left(80 - suffix.size()) + suffix;
    }
}

namespace {

const QStringList &choiceKinds()
{
    static const QStringList kinds{QStringLiteral("single_choice"), QStringLiteral("multiple_choice")};
    return kinds;
}

bool isYesNo(const QString &kind)
{
    return kind == QLatin1String("yes_no") || kind == QLatin1String("yes_no_explain");
}

QString shortened(const QString &text, int length = 60)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QStringLiteral("…");
}

// "question 3 (\"Does your organisation ...\")", by where it is asked.
QString questionLabel(const QuestionnaireView &questionnaire, int number)
{
    const int position = questionnaire.position(number);
    const Question *q = questionnaire.question(number);
    if (position < 0 || !q)
        return QStringLiteral("question %1").arg(number);
    return QStringLiteral("question %1 (\"%2\")").arg(position + 1).arg(shortened(q->text));
}

QString listed(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + items.last();
}

// Every version of the questionnaire `key`, the first first: back through previous_version,
// then forward through the versions made from it.
QList<QuestionnaireView> lineageOf(const QList<QuestionnaireView> &all, const QString &key)
{
    QHash<QString, const QuestionnaireView *> byKey;
    for (const QuestionnaireView &q : all)
        byKey.insert(q.key, &q);
    QList<QuestionnaireView> chain;
    QSet<QString> seen;
    const QuestionnaireView *current = byKey.value(key);
    while (current && !seen.contains(current->key)) {
        seen.insert(current->key);
        chain.prepend(*current);
        current = byKey.value(current->previousVersion);
    }
    for (bool grew = true; grew && !chain.isEmpty();) {
        grew = false;
        const QuestionnaireView *next = nullptr;
        for (const QuestionnaireView &q : all) {
            if (q.previousVersion == chain.last().key && !seen.contains(q.key) && (!next || q.version < next->version))
                next = &q;
        }
        if (next) {
            seen.insert(next->key);
            chain.append(*next);
            grew = true;
        }
    }
    return chain;
}

Result<QList<QuestionnaireView>> allQuestionnaires(const Store &store)
{
    auto records = store.list(RecordType::Questionnaire);
    if (!records)
        return records.fullError();
    QList<QuestionnaireView> views;
    for (const QJsonObject &r : records.value())
        views.append(QuestionnaireView::from(r));
    return views;
}

// What a version needs to be saved at all: a title, and each question its wording, a kind, a
// number of its own.
Status checkDraft(QuestionnaireView &q)
{
    static const QStringList kinds{QStringLiteral("free_text"), QStringLiteral("yes_no"), QStringLiteral("yes_no_explain"),
                                   QStringLiteral("single_choice"), QStringLiteral("multiple_choice"),
                                   QStringLiteral("contact_details"), QStringLiteral("date"), QStringLiteral("number")};
    q.title = q.title.trimmed();
    if (q.title.isEmpty())
        return Status::failure(QStringLiteral("A questionnaire needs a title."));
    QSet<int> numbers;
    for (qsizetype i = 0; i < q.questions.size(); ++i) {
        Question &question = q.questions[i];
        const QString where = QStringLiteral("Question %1 of \"%2\"").arg(i + 1).arg(shortened(q.title));
        question.text = question.text.trimmed();
        if (question.text.isEmpty())
            return Status::failure(QStringLiteral("%1 needs its wording before it can be saved.").arg(where));
        if (!kinds.contains(question.kind))
            return Status::failure(QStringLiteral("%1 has the kind \"%2\"; use one of %3.")
                                       .arg(where, question.kind.left(40), kinds.join(QStringLiteral(", "))));
        if (question.number <= 0 || numbers.contains(question.number))
            return Status::failure(QStringLiteral("%1 needs a number of its own (it has %2).").arg(where).arg(question.number));
        numbers.insert(question.number);
        QStringList choices;
        for (const QString &c : question.choices) {
            if (!c.trimmed().isEmpty() && !choices.contains(c.trimmed()))
                choices.append(c.trimmed());
        }
        question.choices = choices;
        if (question.kind == QLatin1String("yes_no") && question.choices.isEmpty())
            question.choices = {QStringLiteral("yes"), QStringLiteral("no")};
        question.help = question.help.trimmed();
    }
    return {};
}

Status checkPublishable(const QuestionnaireView &q)
{
    if (q.questions.isEmpty())
        return Status::failure(QStringLiteral("The questionnaire \"%1\" has no questions to publish.").arg(q.key));
    for (qsizetype i = 0; i < q.questions.size(); ++i) {
        const Question &question = q.questions.at(i);
        if (choiceKinds().contains(question.kind) && question.choices.size() < 2)
            return Status::failure(QStringLiteral("Question %1 of \"%2\" offers %3; a choice needs two choices or more.")
                                       .arg(i + 1)
                                       .arg(q.key, question.choices.isEmpty() ? QStringLiteral("no choices") : QStringLiteral("one choice")));
    }
    return {};
}

CompletionCheck completionOf(const ResponseView &response, const QuestionnaireView &questionnaire)
{
    CompletionCheck check;
    check.missing = response.missingRequired(questionnaire);
    for (const Question &q : questionnaire.questions) {
        const Answer *a = response.answer(q.number);
        if (!a || a->isEmpty())
            continue;
        const QString text = a->text.trimmed();
        if (q.kind == QLatin1String("date") && !text.isEmpty() && !isPartialDate(text)) {
            check.invalid.append(QStringLiteral("The answer to %1 should be a date such as 2018-03-12, not \"%2\".")
                                     .arg(questionLabel(questionnaire, q.number), shortened(text, 40)));
        } else if (q.kind == QLatin1String("number") && !text.isEmpty()) {
            bool ok = false;
            QLocale::c().toDouble(QString(text).remove(QLatin1Char(' ')).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
            if (!ok)
                check.invalid.append(QStringLiteral("The answer to %1 should be a number, not \"%2\".")
                                         .arg(questionLabel(questionnaire, q.number), shortened(text, 40)));
        }
    }
    return check;
}

// Sets the fields `details` names on a response record; subjects and respondents' people are
// resolved to keys.
Status applyDetails(const Store &store, QJsonObject &record, const ResponseDetails &details)
{
    auto setText = [&](const char *field, const std::optional<QString> &value) {
        if (!value)
            return;
        if (value->trimmed().isEmpty())
            record.remove(QLatin1String(field));
        else
            record.insert(QLatin1String(field), *value);
    };
    setText("title", details.title);
    setText("interviewer", details.interviewer);
    setText("notes", details.notes);
    for (const auto &[field, type, value] : {std::tuple(QStringLiteral("subject_network"), RecordType::Network, details.subjectNetwork),
                                            std::tuple(QStringLiteral("subject_organisation"), RecordType::Organisation,
                                                       details.subjectOrganisation)}) {
        if (!value)
            continue;
        if (value->trimmed().isEmpty()) {
            record.remove(field);
            continue;
        }
        auto key = resolveRecordKey(store, type, *value);
        if (!key)
            return Status(key.fullError());
        record.insert(field, key.value());
    }
    if (details.date) {
        const QString date = details.date->trimmed();
        if (!date.isEmpty() && !isPartialDate(date))
            return Status::failure(QStringLiteral("The date of an interview is written YYYY-MM-DD (or YYYY-MM, YYYY), not \"%1\".")
                                       .arg(date.left(40)));
        setText("date", date);
    }
    if (details.mode) {
        static const QStringList modes{QStringLiteral("phone"), QStringLiteral("in person"), QStringLiteral("video call"),
                                       QStringLiteral("e-mail"), QStringLiteral("skype")};
        const QString mode = details.mode->trimmed();
        if (!mode.isEmpty() && !modes.contains(mode))
            return Status::failure(QStringLiteral("\"%1\" is not a mode of interview; use one of %2.")
                                       .arg(mode.left(40), modes.join(QStringLiteral(", "))));
        setText("mode", mode);
    }
    if (details.respondents) {
        QJsonArray respondents;
        for (const Respondent &r : *details.respondents) {
            QJsonObject o;
            for (const auto &[field, value] : {std::pair(QStringLiteral("name"), r.name), std::pair(QStringLiteral("role"), r.role),
                                              std::pair(QStringLiteral("organisation"), r.organisation)}) {
                if (!value.trimmed().isEmpty())
                    o.insert(field, value.trimmed());
            }
            if (!r.person.trimmed().isEmpty()) {
                auto key = resolveRecordKey(store, RecordType::Person, r.person);
                if (!key)
                    return Status(key.fullError());
                o.insert(QStringLiteral("person"), key.value());
            }
            if (!o.isEmpty())
                respondents.append(o);
        }
        if (respondents.isEmpty())
            record.remove(QStringLiteral("respondents"));
        else
            record.insert(QStringLiteral("respondents"), respondents);
    }
    return {};
}

// The positions of the questions both versions ask that keep their order: the longest run of
// them in the same order (the rest moved).
QSet<int> inOrder(const QList<int> &fromPositions)
{
    const qsizetype n = fromPositions.size();
    QList<int> length(n, 1);
    QList<qsizetype> previous(n, -1);
    qsizetype best = -1;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (fromPositions.at(j) < fromPositions.at(i) && length.at(j) + 1 > length.at(i)) {
                length[i] = length.at(j) + 1;
                previous[i] = j;
            }
        }
        if (best < 0 || length.at(i) > length.at(best))
            best = i;
    }
    QSet<int> kept;
    for (qsizetype i = best; i >= 0; i = previous.at(i))
        kept.insert(fromPositions.at(i));
    return kept;
}

QStringList questionDifferences(const Question &a, const Question &b)
{
    QStringList fields;
    if (a.text != b.text)
        fields.append(QStringLiteral("text"));
    if (a.kind != b.kind)
        fields.append(QStringLiteral("kind"));
    if (a.required != b.required)
        fields.append(QStringLiteral("required"));
    if (a.help != b.help)
        fields.append(QStringLiteral("help"));
    if (a.choices != b.choices)
        fields.append(QStringLiteral("choices"));
    return fields;
}

} // namespace

Result<QJsonObject> QuestionnaireService::read(RecordType type, const QString &idKeyOrName)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return key.fullError();
    return reader.value()->get(type, key.value());
}

Result<QuestionnaireView> QuestionnaireService::questionnaire(const QString &idKeyOrName)
{
    auto record = read(RecordType::Questionnaire, idKeyOrName);
    if (!record)
        return record.fullError();
    return QuestionnaireView::from(record.value());
}

Result<ResponseView> QuestionnaireService::response(const QString &idKeyOrName)
{
    auto record = read(RecordType::Response, idKeyOrName);
    if (!record)
        return record.fullError();
    return ResponseView::from(record.value());
}

Result<QList<QuestionnaireView>> QuestionnaireService::versions(const QString &idKeyOrName)
{
    auto one = questionnaire(idKeyOrName);
    if (!one)
        return one.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto all = allQuestionnaires(*reader.value());
    if (!all)
        return all.fullError();
    return lineageOf(all.value(), one.value().key);
}

Result<VersionComparison> QuestionnaireService::compareVersions(const QString &fromIdKeyOrName, const QString &toIdKeyOrName)
{
    auto from = questionnaire(fromIdKeyOrName);
    if (!from)
        return from.fullError();
    auto to = questionnaire(toIdKeyOrName);
    if (!to)
        return to.fullError();
    VersionComparison c{from.value(), to.value(), {}, {}};
    for (const auto &[field, before, after] : {std::tuple(QStringLiteral("title"), c.from.title, c.to.title),
                                              std::tuple(QStringLiteral("purpose"), c.from.purpose, c.to.purpose),
                                              std::tuple(QStringLiteral("introduction"), c.from.introduction, c.to.introduction)}) {
        if (before != after)
            c.texts.append(TextChange{field, before, after});
    }
    // Which of the questions both ask keep their order.
    QList<int> commonFrom;
    for (const Question &q : c.to.questions) {
        if (const int p = c.from.position(q.number); p >= 0)
            commonFrom.append(p);
    }
    const QSet<int> kept = inOrder(commonFrom);
    auto removedAfter = [&](int fromPosition) {
        // The questions the newer version dropped that came right after `fromPosition` (-1: at
        // the start) in the older one.
        QList<QuestionChange> removed;
        for (int p = fromPosition + 1; p < c.from.questions.size(); ++p) {
            const Question &q = c.from.questions.at(p);
            if (c.to.position(q.number) >= 0)
                break;
            QuestionChange change;
            change.kind = QuestionChange::Kind::Removed;
            change.number = q.number;
            change.fromPosition = p;
            change.before = q;
            removed.append(change);
        }
        return removed;
    };
    c.questions.append(removedAfter(-1));
    for (int p = 0; p < c.to.questions.size(); ++p) {
        const Question &q = c.to.questions.at(p);
        QuestionChange change;
        change.number = q.number;
        change.toPosition = p;
        change.after = q;
        const int fromPosition = c.from.position(q.number);
        if (fromPosition < 0) {
            change.kind = QuestionChange::Kind::Added;
            c.questions.append(change);
            continue;
        }
        change.fromPosition = fromPosition;
        change.before = c.from.questions.at(fromPosition);
        change.fields = questionDifferences(*change.before, q);
        change.kind = change.fields.isEmpty() ? QuestionChange::Kind::Same : QuestionChange::Kind::Changed;
        change.moved = !kept.contains(fromPosition);
        c.questions.append(change);
        c.questions.append(removedAfter(fromPosition));
    }
    return c;
}

Result<QList<ResponseView>> QuestionnaireService::responses(const QString &questionnaireIdKeyOrName, bool allVersions)
{
    QList<QuestionnaireView> wanted;
    if (allVersions) {
        auto all = versions(questionnaireIdKeyOrName);
        if (!all)
            return all.fullError();
        wanted = all.value();
    } else {
        auto one = questionnaire(questionnaireIdKeyOrName);
        if (!one)
            return one.fullError();
        wanted.append(one.value());
    }
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    QList<ResponseView> found;
    for (const QuestionnaireView &q : wanted) {
        auto records = reader.value()->list(RecordType::Response, {Filter{QStringLiteral("questionnaire"), q.key}});
        if (!records)
            return records.fullError();
        for (const QJsonObject &r : records.value())
            found.append(ResponseView::from(r));
    }
    std::stable_sort(found.begin(), found.end(), [](const ResponseView &a, const ResponseView &b) {
        return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0;
    });
    return found;
}

Result<ResponseComparison> QuestionnaireService::compareResponses(const QString &questionnaireIdKeyOrName, const QStringList &subjects,
                                                                  const QList<int> &questions)
{
    auto lineage = versions(questionnaireIdKeyOrName);
    if (!lineage)
        return lineage.fullError();
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    const Store &store = *reader.value();
    ResponseComparison c;
    c.versions = lineage.value();
    c.questionnaire = c.versions.last();

    // The questions: the latest version's, then those only older versions asked (newest wording).
    for (qsizetype p = 0; p < c.questionnaire.questions.size(); ++p)
        c.questions.append(ComparedQuestion{c.questionnaire.questions.at(p), int(p), true, {}, {}, 0});
    for (qsizetype v = c.versions.size() - 2; v >= 0; --v) {
        for (const Question &q : c.versions.at(v).questions) {
            const bool known = std::any_of(c.questions.begin(), c.questions.end(),
                                           [&](const ComparedQuestion &cq) { return cq.question.number == q.number; });
            if (!known)
                c.questions.append(ComparedQuestion{q, int(c.questions.size()), false, {}, {}, 0});
        }
    }
    if (!questions.isEmpty()) {
        c.questions.erase(std::remove_if(c.questions.begin(), c.questions.end(),
                                         [&](const ComparedQuestion &cq) { return !questions.contains(cq.question.number); }),
                          c.questions.end());
    }

    QHash<QString, int> versionOf;
    for (const QuestionnaireView &v : c.versions)
        versionOf.insert(v.key, v.version);
    QSet<QString> wanted;
    for (const QString &s : subjects)
        wanted.insert(s.simplified().toLower());
    QHash<QString, QString> names; // "networks/KEY" → name
    for (const QuestionnaireView &v : c.versions) {
        auto records = store.list(RecordType::Response, {Filter{QStringLiteral("questionnaire"), v.key}});
        if (!records)
            return records.fullError();
        for (const QJsonObject &r : records.value()) {
            ComparedResponse cr{ResponseView::from(r), {}, v.version};
            QString subjectKey;
            for (const auto &[type, key] : {std::pair(RecordType::Network, cr.response.subjectNetwork),
                                            std::pair(RecordType::Organisation, cr.response.subjectOrganisation)}) {
                if (key.isEmpty() || !cr.subject.isEmpty())
                    continue;
                const QString slot = specFor(type).word + QLatin1Char('/') + key;
                if (!names.contains(slot)) {
                    auto target = store.get(type, key);
                    if (!target)
                        return target.fullError();
                    names.insert(slot, target.value().value(QStringLiteral("name")).toString());
                }
                cr.subject = names.value(slot);
                subjectKey = key;
            }
            if (!wanted.isEmpty() && !wanted.contains(subjectKey.toLower()) && !wanted.contains(cr.subject.simplified().toLower()))
                continue;
            c.responses.append(cr);
        }
    }
    std::stable_sort(c.responses.begin(), c.responses.end(), [](const ComparedResponse &a, const ComparedResponse &b) {
        const int bySubject = QString::compare(a.subject, b.subject, Qt::CaseInsensitive);
        return bySubject != 0 ? bySubject < 0 : QString::compare(a.response.title, b.response.title, Qt::CaseInsensitive) < 0;
    });

    for (ComparedQuestion &cq : c.questions) {
        for (const ComparedResponse &cr : c.responses) {
            const Answer *a = cr.response.answer(cq.question.number);
            cq.answers.append(a ? *a : Answer{cq.question.number, {}, {}, 0});
            if (!a || a->isEmpty())
                continue;
            ++cq.answered;
            if (isYesNo(cq.question.kind) || choiceKinds().contains(cq.question.kind)) {
                for (const QString &choice : a->choice.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    ++cq.choices[choice.trimmed()];
            }
        }
    }
    return c;
}

Result<CompletionCheck> QuestionnaireService::checkCompletion(const QString &responseIdKeyOrName)
{
    auto r = response(responseIdKeyOrName);
    if (!r)
        return r.fullError();
    auto q = questionnaire(r.value().questionnaire);
    if (!q)
        return q.fullError();
    return completionOf(r.value(), q.value());
}

Result<QuestionnaireView> QuestionnaireService::createQuestionnaire(const QuestionnaireView &draft)
{
    QuestionnaireView created;
    auto written = m_kb.write([&](Store &store) -> Status {
        QuestionnaireView q = draft;
        q.version = 1;
        q.status = QStringLiteral("draft");
        q.previousVersion.clear();
        int next = 0;
        for (const Question &question : q.questions)
            next = std::max(next, question.number);
        for (Question &question : q.questions) {
            if (question.number <= 0)
                question.number = ++next;
        }
        if (Status s = checkDraft(q); !s)
            return s;
        if (q.key.trimmed().isEmpty()) {
            auto key = unusedKey(store, RecordType::Questionnaire, q.title);
            if (!key)
                return Status(key.fullError());
            q.key = key.value();
        }
        auto id = store.create(RecordType::Questionnaire, q.toRecord());
        if (!id)
            return Status(id.fullError());
        auto stored = store.get(RecordType::Questionnaire, q.key);
        if (!stored)
            return Status(stored.fullError());
        created = QuestionnaireView::from(stored.value());
        return {};
    });
    if (!written)
        return written.fullError();
    return created;
}

Result<QuestionnaireView> QuestionnaireService::saveQuestionnaire(const QuestionnaireView &edited, std::optional<qint64> expectedRevision)
{
    QuestionnaireView saved;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto key = resolveRecordKey(store, RecordType::Questionnaire, edited.key);
        if (!key)
            return Status(key.fullError());
        auto current = store.get(RecordType::Questionnaire, key.value());
        if (!current)
            return Status(current.fullError());
        const QuestionnaireView stored = QuestionnaireView::from(current.value());
        auto all = allQuestionnaires(store);
        if (!all)
            return Status(all.fullError());
        const QList<QuestionnaireView> lineage = lineageOf(all.value(), stored.key);
        if (lineage.last().key != stored.key)
            return Status::failure(QStringLiteral("The questionnaire \"%1\" (version %2) has a later version, \"%3\" (version %4); edit that one.")
                                       .arg(stored.key)
                                       .arg(stored.version)
                                       .arg(lineage.last().key)
                                       .arg(lineage.last().version));
        const bool inPlace = stored.status != QLatin1String("published");
        if (!inPlace && expectedRevision && *expectedRevision != stored.revision)
            return Status::failure(QStringLiteral("The questionnaire \"%1\" changed since you opened it (revision %2; you started from "
                                                  "revision %3); nothing was saved.")
                                       .arg(stored.key)
                                       .arg(stored.revision)
                                       .arg(*expectedRevision),
                                   ErrorKind::Conflict);
        QuestionnaireView next = edited;
        // A number no question of any version had.
        int used = 0;
        int lastVersion = 0;
        for (const QuestionnaireView &v : lineage) {
            lastVersion = std::max(lastVersion, v.version);
            for (const Question &q : v.questions)
                used = std::max(used, q.number);
        }
        for (const Question &q : next.questions)
            used = std::max(used, q.number);
        for (Question &q : next.questions) {
            if (q.number <= 0)
                q.number = ++used;
        }
        if (Status s = checkDraft(next); !s)
            return s;
        QJsonObject record;
        if (inPlace) {
            next.key = stored.key;
            next.version = stored.version;
            next.status = stored.status;
            next.previousVersion = stored.previousVersion;
            record = next.toRecord();
            if (current.value().contains(QStringLiteral("sources")))
                record.insert(QStringLiteral("sources"), current.value().value(QStringLiteral("sources")));
            if (Status s = store.update(RecordType::Questionnaire, stored.key, record, expectedRevision); !s)
                return s;
        } else {
            next.version = lastVersion + 1;
            next.status = QStringLiteral("draft");
            next.previousVersion = stored.key;
            static const QRegularExpression versionSuffix(QStringLiteral("-v\\d+$"));
            const QString base = QString(stored.key).remove(versionSuffix);
            auto newKey = unusedKey(store, RecordType::Questionnaire, QStringLiteral("%1-v%2").arg(base.left(70)).arg(next.version));
            if (!newKey)
                return Status(newKey.fullError());
            next.key = newKey.value();
            if (auto id = store.create(RecordType::Questionnaire, next.toRecord()); !id)
                return Status(id.fullError());
        }
        auto after = store.get(RecordType::Questionnaire, next.key);
        if (!after)
            return Status(after.fullError());
        saved = QuestionnaireView::from(after.value());
        return {};
    });
    if (!written)
        return written.fullError();
    return saved;
}

Result<QuestionnaireView> QuestionnaireService::publish(const QString &idKeyOrName, std::optional<qint64> expectedRevision)
{
    QuestionnaireView published;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto key = resolveRecordKey(store, RecordType::Questionnaire, idKeyOrName);
        if (!key)
            return Status(key.fullError());
        auto current = store.get(RecordType::Questionnaire, key.value());
        if (!current)
            return Status(current.fullError());
        const QuestionnaireView q = QuestionnaireView::from(current.value());
        if (q.status == QLatin1String("published"))
            return Status::failure(QStringLiteral("The questionnaire \"%1\" (version %2) is published already.").arg(q.key).arg(q.version));
        if (Status s = checkPublishable(q); !s)
            return s;
        QJsonObject record = current.value();
        record.insert(QStringLiteral("status"), QStringLiteral("published"));
        if (Status s = store.update(RecordType::Questionnaire, q.key, record, expectedRevision); !s)
            return s;
        auto after = store.get(RecordType::Questionnaire, q.key);
        if (!after)
            return Status(after.fullError());
        published = QuestionnaireView::from(after.value());
        return {};
    });
    if (!written)
        return written.fullError();
    return published;
}

Result<ResponseView> QuestionnaireService::createResponse(const QString &questionnaireIdKeyOrName, const ResponseDetails &details)
{
    ResponseView created;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto qKey = resolveRecordKey(store, RecordType::Questionnaire, questionnaireIdKeyOrName);
        if (!qKey)
            return Status(qKey.fullError());
        auto qRecord = store.get(RecordType::Questionnaire, qKey.value());
        if (!qRecord)
            return Status(qRecord.fullError());
        const QuestionnaireView q = QuestionnaireView::from(qRecord.value());
        if (q.status != QLatin1String("published"))
            return Status::failure(QStringLiteral("The questionnaire \"%1\" (version %2) is a draft; publish it before answering it.")
                                       .arg(q.key)
                                       .arg(q.version));
        QJsonObject record{{QStringLiteral("questionnaire"), q.key}, {QStringLiteral("status"), QStringLiteral("draft")}};
        if (Status s = applyDetails(store, record, details); !s)
            return s;
        if (!record.contains(QStringLiteral("title"))) {
            QString subject;
            for (const auto &[field, type] : {std::pair(QStringLiteral("subject_network"), RecordType::Network),
                                              std::pair(QStringLiteral("subject_organisation"), RecordType::Organisation)}) {
                if (!record.contains(field) || !subject.isEmpty())
                    continue;
                auto target = store.get(type, record.value(field).toString());
                if (!target)
                    return Status(target.fullError());
                subject = target.value().value(QStringLiteral("name")).toString();
            }
            record.insert(QStringLiteral("title"), QStringLiteral("%1: %2").arg(q.title.left(150),
                                                                               subject.isEmpty() ? QStringLiteral("new response") : subject));
        }
        auto key = unusedKey(store, RecordType::Response, record.value(QStringLiteral("title")).toString());
        if (!key)
            return Status(key.fullError());
        record.insert(QStringLiteral("key"), key.value());
        if (auto id = store.create(RecordType::Response, record); !id)
            return Status(id.fullError());
        auto after = store.get(RecordType::Response, key.value());
        if (!after)
            return Status(after.fullError());
        created = ResponseView::from(after.value());
        return {};
    });
    if (!written)
        return written.fullError();
    return created;
}

Result<ResponseView> QuestionnaireService::updateResponse(const QString &responseIdKeyOrName, const ResponseDetails &details)
{
    ResponseView updated;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto key = resolveRecordKey(store, RecordType::Response, responseIdKeyOrName);
        if (!key)
            return Status(key.fullError());
        // Read inside the write: answers saved a moment ago by another window stay.
        auto current = store.get(RecordType::Response, key.value());
        if (!current)
            return Status(current.fullError());
        QJsonObject record = current.value();
        if (Status s = applyDetails(store, record, details); !s)
            return s;
        if (record != current.value()) {
            if (Status s = store.update(RecordType::Response, key.value(), record); !s)
                return s;
        }
        auto after = store.get(RecordType::Response, key.value());
        if (!after)
            return Status(after.fullError());
        updated = ResponseView::from(after.value());
        return {};
    });
    if (!written)
        return written.fullError();
    return updated;
}

Result<qint64> QuestionnaireService::saveAnswer(const AnswerWrite &answer)
{
    qint64 revision = 0;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto response = store.get(RecordType::Response, answer.responseKey);
        if (!response)
            return Status(response.fullError());
        auto questionnaire = store.get(RecordType::Questionnaire, response.value().value(QStringLiteral("questionnaire")).toString());
        if (!questionnaire)
            return Status(questionnaire.fullError());
        const QuestionnaireView q = QuestionnaireView::from(questionnaire.value());
        const Question *question = q.question(answer.question);
        const QString choice = answer.answer.value(QStringLiteral("choice")).toString().trimmed();
        if (question && !choice.isEmpty()) {
            QStringList allowed = question->choices;
            if (isYesNo(question->kind))
                allowed = {QStringLiteral("yes"), QStringLiteral("no")};
            else if (!choiceKinds().contains(question->kind))
                allowed.clear();
            const QStringList given = question->kind == QLatin1String("multiple_choice")
                                          ? choice.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                          : QStringList{choice};
            for (const QString &g : given) {
                if (!allowed.contains(g.trimmed()))
                    return Status::failure(
                        allowed.isEmpty()
                            ? QStringLiteral("The answer to %1 takes no choice.").arg(questionLabel(q, answer.question))
                            : QStringLiteral("\"%1\" is not a choice of %2; it offers %3.")
                                  .arg(g.trimmed().left(60), questionLabel(q, answer.question), listed(allowed)));
            }
        }
        auto saved = store.saveAnswer(answer);
        if (!saved)
            return Status(saved.fullError());
        revision = saved.value();
        // A complete response keeps every required answer.
        const bool emptied = answer.answer.value(QStringLiteral("text")).toString().trimmed().isEmpty() && choice.isEmpty();
        if (question && question->required && emptied
            && response.value().value(QStringLiteral("status")).toString() == QLatin1String("complete")) {
            auto current = store.get(RecordType::Response, answer.responseKey);
            if (!current)
                return Status(current.fullError());
            QJsonObject record = current.value();
            record.insert(QStringLiteral("status"), QStringLiteral("draft"));
            return store.update(RecordType::Response, answer.responseKey, record);
        }
        return {};
    });
    if (!written)
        return written.fullError();
    return revision;
}

Result<ResponseView> QuestionnaireService::setStatus(const QString &responseIdKeyOrName, const QString &status)
{
    ResponseView result;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto key = resolveRecordKey(store, RecordType::Response, responseIdKeyOrName);
        if (!key)
            return Status(key.fullError());
        auto current = store.get(RecordType::Response, key.value());
        if (!current)
            return Status(current.fullError());
        const ResponseView response = ResponseView::from(current.value());
        if (status == QLatin1String("complete")) {
            auto qRecord = store.get(RecordType::Questionnaire, response.questionnaire);
            if (!qRecord)
                return Status(qRecord.fullError());
            const QuestionnaireView q = QuestionnaireView::from(qRecord.value());
            const CompletionCheck check = completionOf(response, q);
            if (!check.missing.isEmpty()) {
                QStringList labels;
                for (int number : check.missing)
                    labels.append(questionLabel(q, number));
                return Status::failure(QStringLiteral("The response \"%1\" cannot be completed: %2 %3 not answered.")
                                           .arg(response.key, listed(labels), labels.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
            }
            if (!check.invalid.isEmpty())
                return Status::failure(QStringLiteral("The response \"%1\" cannot be completed: %2")
                                           .arg(response.key, check.invalid.join(QLatin1Char(' '))));
        }
        if (response.status != status) {
            QJsonObject record = current.value();
            record.insert(QStringLiteral("status"), status);
            if (Status s = store.update(RecordType::Response, key.value(), record); !s)
                return s;
        }
        auto after = store.get(RecordType::Response, key.value());
        if (!after)
            return Status(after.fullError());
        result = ResponseView::from(after.value());
        return {};
    });
    if (!written)
        return written.fullError();
    return result;
}

Result<ResponseView> QuestionnaireService::complete(const QString &responseIdKeyOrName)
{
    return setStatus(responseIdKeyOrName, QStringLiteral("complete"));
}

Result<ResponseView> QuestionnaireService::reopen(const QString &responseIdKeyOrName)
{
    return setStatus(responseIdKeyOrName, QStringLiteral("draft"));
}

} // namespace citykb
