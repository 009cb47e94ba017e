#include "mentionfinder.h"

#include "store/store.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace citykb {

namespace {

const QString TypeField = QStringLiteral("type");
const QString KeyField = QStringLiteral("key");
const QString SectionField = QStringLiteral("section");
const QString OffsetField = QStringLiteral("offset");
const QString OriginField = QStringLiteral("origin");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Token> tokensOf(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        tokens.append({start, i});
    }
    return tokens;
}

// A hash of a word that ignores case, one character at a time, so that each word of a text
// is looked up without making a lower-case copy of it. Words with the same hash are only
// candidates: the match itself decides.
size_t caselessHash(QStringView word)
{
    size_t h = 1469598103934665603ULL;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word[i].unicode();
        if (word[i].isHighSurrogate() && i + 1 < word.size() && word[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(word[i], word[i + 1]);
            ++i;
        }
        h ^= QChar::toLower(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// Words of a name may be apart by spaces and line breaks, or by a little punctuation.
bool closeEnough(const QString &text, qsizetype from, qsizetype to)
{
    qsizetype other = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (!text.at(i).isSpace() && ++other > 3)
            return false;
    }
    return true;
}

} // namespace

QJsonObject Mention::toJson() const
{
    QJsonObject o{{TypeField, recordTypeWord(type)}, {KeyField, key}};
    if (section > 0)
        o.insert(SectionField, section);
    if (section > 0 && offset >= 0)
        o.insert(OffsetField, offset);
    if (origin == Origin::Added)
        o.insert(OriginField, QStringLiteral("added"));
    else if (origin == Origin::Removed)
        o.insert(OriginField, QStringLiteral("removed"));
    return o;
}

std::optional<Mention> Mention::fromJson(const QJsonObject &object)
{
    const auto type = recordTypeFromWord(object.value(TypeField).toString());
    const QString key = object.value(KeyField).toString();
    if (!type || !mentionTypes().contains(*type) || key.isEmpty())
        return std::nullopt;
    Mention m;
    m.type = *type;
    m.key = key;
    m.section = object.value(SectionField).toInt(0);
    m.offset = object.contains(OffsetField) ? object.value(OffsetField).toInt(-1) : -1;
    const QString origin = object.value(OriginField).toString();
    m.origin = origin == QLatin1String("added") ? Origin::Added : origin == QLatin1String("removed") ? Origin::Removed : Origin::Found;
    return m;
}

const QList<RecordType> &mentionTypes()
{
    static const QList<RecordType> types{RecordType::Network, RecordType::City, RecordType::WorkingGroup, RecordType::Practice};
    return types;
}

QList<Mention> mentionsOf(const QJsonObject &document)
{
    QList<Mention> mentions;
    for (const QJsonValue &v : document.value(QStringLiteral("mentions")).toArray()) {
        if (auto m = Mention::fromJson(v.toObject()))
            mentions.append(*m);
    }
    return mentions;
}

QJsonArray mentionsToJson(const QList<Mention> &mentions)
{
    QJsonArray array;
    for (const Mention &m : mentions)
        array.append(m.toJson());
    return array;
}

int linkCount(const QList<Mention> &mentions)
{
    QSet<QString> records;
    for (const Mention &m : mentions) {
        if (m.isLink())
            records.insert(recordTypeWord(m.type) + QLatin1Char('/') + m.key);
    }
    return int(records.size());
}

MentionFinder::MentionFinder(const QList<Target> &targets) : m_targets(targets)
{
    for (qsizetype t = 0; t < m_targets.size(); ++t) {
        QSet<QString> seen;
        for (const QString &name : m_targets.at(t).names) {
            const QList<Token> tokens = tokensOf(name);
            qsizetype letters = 0;
            for (QChar c : name)
                letters += c.isLetter() ? 1 : 0;
            // A one-letter name ("X") would be found everywhere.
            if (tokens.isEmpty() || letters < 2 || seen.contains(name))
                continue;
            seen.insert(name);
            Name n;
            n.target = int(t);
            for (const Token &token : tokens) {
                Word w;
                w.text = name.mid(token.start, token.end - token.start);
                bool innerCapital = false;
                for (qsizetype i = 1; i < w.text.size(); ++i)
                    innerCapital = innerCapital || w.text.at(i).isUpper();
                if (innerCapital)
                    w.match = Case::Exact;
                else if (w.text.at(0).isUpper())
                    w.match = Case::Capital;
                n.words.append(w);
            }
            m_byFirstWord[caselessHash(n.words.first().text)].append(int(m_names.size()));
            m_names.append(n);
        }
    }
}

Result<MentionFinder> MentionFinder::fromStore(const Store &store)
{
    QList<Target> targets;
    PageQuery all;
    all.limit = std::numeric_limits<int>::max();
    for (RecordType type : mentionTypes()) {
        auto page = store.listPage(type, all);
        if (!page)
            return page.fullError();
        for (const RecordSummary &row : page.value().rows) {
            Target t{type, row.key, {row.title}};
            if (const QString acronym = row.fields.value(QStringLiteral("acronym")).toString(); !acronym.isEmpty())
                t.names.append(acronym);
            targets.append(t);
        }
    }
    return MentionFinder(targets);
}

QList<Mention> MentionFinder::find(const QStringList &sectionTexts) const
{
    QList<Mention> found;
    if (m_names.isEmpty())
        return found;
    for (qsizetype s = 0; s < sectionTexts.size(); ++s) {
        const QString &text = sectionTexts.at(s);
        const QList<Token> tokens = tokensOf(text);
        QSet<int> seenTargets; // one mention per record and section, at its first place
        for (qsizetype i = 0; i < tokens.size();) {
            const auto candidates = m_byFirstWord.constFind(caselessHash(QStringView(text).mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start)));
            int bestName = -1;
            qsizetype bestLength = 0;
            if (candidates != m_byFirstWord.constEnd()) {
                for (int index : *candidates) {
                    const Name &name = m_names.at(index);
                    const qsizetype length = name.words.size();
                    if (length <= bestLength || i + length > tokens.size())
                        continue;
                    bool matches = true;
                    for (qsizetype w = 0; w < length && matches; ++w) {
                        const Token &token = tokens.at(i + w);
                        const QStringView word = QStringView(text).mid(token.start, token.end - token.start);
                        const Word &expected = name.words.at(w);
                        switch (expected.match) {
                        case Case::Exact: matches = word == expected.text; break;
                        case Case::Capital: matches = word.at(0).isUpper() && word.compare(expected.text, Qt::CaseInsensitive) == 0; break;
                        case Case::Any: matches = word.compare(expected.text, Qt::CaseInsensitive) == 0; break;
                        }
                        if (matches && w > 0)
                            matches = closeEnough(text, tokens.at(i + w - 1).end, token.start);
                    }
                    if (matches) {
                        bestName = index;
                        bestLength = length;
                    }
                }
            }
            if (bestName < 0) {
                ++i;
                continue;
            }
            const int target = m_names.at(bestName).target;
            if (!seenTargets.contains(target)) {
                seenTargets.insert(target);
                Mention m;
                m.type = m_targets.at(target).type;
                m.key = m_targets.at(target).key;
                m.section = int(s) + 1;
                m.offset = int(tokens.at(i).start);
                found.append(m);
            }
            i += bestLength;
        }
    }
    return found;
}

QList<Mention> MentionFinder::merge(const QList<Mention> &current, const QList<Mention> &found)
{
    QList<Mention> kept;
    QList<Mention> removed;
    for (const Mention &m : current) {
        if (m.origin == Mention::Origin::Removed)
            removed.append(m);
        if (m.origin != Mention::Origin::Found)
            kept.append(m);
    }
    QList<Mention> merged;
    for (const Mention &m : found) {
        const bool unlinked = std::any_of(removed.begin(), removed.end(), [&](const Mention &r) { return r.sameTarget(m); });
        if (!unlinked)
            merged.append(m);
    }
    return merged + kept;
}

} // namespace citykb
