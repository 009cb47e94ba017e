#include "transcriptparser.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace citykb {

namespace {

// Thresholds of textSimilarity (a Dice coefficient over words).
constexpr double sameQuestion = 0.6;        // a line is this question
constexpr double sameQuestionNumbered = 0.45; // ... when it also carries the question's number
constexpr double sameLine = 0.9;            // a line repeats the questionnaire's own wording
constexpr double sameQuestionAcrossCopies = 0.75;
constexpr int longestQuestion = 600;

const QRegularExpression &numberPrefix()
{
    // "3. ", "3) ", "3: ", "Q3. ", "Question 3: " (not "2.4 European ...")
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:(?:q|question)\s*)?(\d{1,2})\s*[.):]\s+(?=\S))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Whether numberPrefix can match: the first character after spaces is a digit or a "q". Most
// lines fail this at once, and matching the pattern costs more.
bool mayHaveNumber(QStringView line)
{
    for (const QChar c : line) {
        if (c == QLatin1Char(' ') || (c >= QLatin1Char('\t') && c <= QLatin1Char('\r')))
            continue;
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('q') || c == QLatin1Char('Q');
    }
    return false;
}

// The number printed before a line, or 0.
int printedNumber(const QString &line)
{
    const auto m = mayHaveNumber(line) ? numberPrefix().match(line) : QRegularExpressionMatch();
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString withoutNumber(const QString &line)
{
    const auto m = mayHaveNumber(line) ? numberPrefix().match(line) : QRegularExpressionMatch();
    return (m.hasMatch() ? line.mid(m.capturedEnd()) : line).trimmed();
}

// "YES/NO" (or "(yes or no)") closing a question: the choices, not the wording.
const QRegularExpression &choiceMarker()
{
    static const QRegularExpression re(QStringLiteral(R"([\s(\[]*\b(?:yes\s*/\s*no|no\s*/\s*yes|yes\s+or\s+no)\b[\s)\].?!:]*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString withoutChoiceMarker(const QString &text)
{
    const auto m = choiceMarker().match(text);
    return m.hasMatch() ? text.left(m.capturedStart()).trimmed() : text;
}

// The words of a text (runs of letters and digits, lower-cased) as a multiset, sorted so that
// two bags compare in one pass: every line of a document makes one, and a hash of strings
// costs several times more to make.
class Bag
{
public:
    Bag() = default;
    explicit Bag(QStringView text)
    {
        m_letters.reserve(text.size());
        qsizetype start = 0;
        for (const QChar c : text) {
            if (c.isLetterOrNumber()) {
                m_letters += c.toLower();
            } else if (m_letters.size() > start) {
                m_words.append({start, m_letters.size() - start});
                start = m_letters.size();
            }
        }
        if (m_letters.size() > start)
            m_words.append({start, m_letters.size() - start});
        std::sort(m_words.begin(), m_words.end(), [this](const Span &a, const Span &b) { return word(a) < word(b); });
    }

    qsizetype size() const { return m_words.size(); }

    // How many words the two have in common, a word counted as often as both have it.
    qsizetype shared(const Bag &other) const
    {
        qsizetype n = 0;
        for (qsizetype i = 0, j = 0; i < m_words.size() && j < other.m_words.size();) {
            const int order = word(m_words.at(i)).compare(other.word(other.m_words.at(j)));
            if (order <= 0)
                ++i;
            if (order >= 0)
                ++j;
            if (order == 0)
                ++n;
        }
        return n;
    }

private:
    struct Span
    {
        qsizetype start;
        qsizetype length;
    };
    QStringView word(const Span &span) const { return QStringView(m_letters).sliced(span.start, span.length); }

    QString m_letters; // the words one after another
    QList<Span> m_words;
};

double dice(const Bag &a, const Bag &b)
{
    const qsizetype total = a.size() + b.size();
    if (total == 0)
        return 0;
    return 2.0 * double(a.shared(b)) / double(total);
}

// The words of a line, lower-cased, with single spaces between them; its number left out.
QString normalised(const QString &text)
{
    const QString line = withoutNumber(text);
    QString out;
    out.reserve(line.size());
    bool gap = false; // a space is due before the next word
    for (const QChar c : line) {
        if (c.isLetterOrNumber()) {
            if (gap)
                out += QLatin1Char(' ');
            out += c.toLower();
            gap = false;
        } else {
            gap = !out.isEmpty();
        }
    }
    return out;
}

// The number of words as a Bag counts them.
int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

// Could this line be a question: short enough, asking (or naming its answer's form), not the
// closing thanks.
bool questionLike(const QString &line)
{
    const QString t = withoutNumber(line);
    if (t.size() < 8 || t.size() > longestQuestion || t.startsWith(QLatin1String("thank"), Qt::CaseInsensitive))
        return false;
    const QChar last = t.back();
    // Every choice marker has a "yes" in it; most lines have none, and the pattern costs more.
    const bool asks = last == QLatin1Char('?') || last == QLatin1Char(':') || last == QLatin1Char('!') || t.contains(QLatin1Char('?'))
                      || (t.contains(QLatin1String("yes"), Qt::CaseInsensitive) && choiceMarker().match(t).hasMatch());
    return asks && wordCount(t) >= 2;
}

// "01: Filled in questionnaire: Eurotowns" → "Eurotowns".
QString markerSubject(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:[0-9ivx]{1,4}\s*[:.)\-–—]\s*)?(?:(?:appendix|annex)\s*[0-9a-z]{0,4}\s*[:.\-–—]\s*)?)"
                       R"((?:filled[\s-]*in|completed)\s+questionnaire\s*(?:[:\-–—]|\bfor\b|\bwith\b)\s*(\S.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (line.size() > 200)
        return {};
    const auto m = re.match(line.trimmed());
    if (!m.hasMatch())
        return {};
    QString subject = m.captured(1).trimmed();
    while (!subject.isEmpty() && QStringLiteral(".:;,\"'“”‘’").contains(subject.back()))
        subject.chop(1);
    while (!subject.isEmpty() && QStringLiteral("\"'“”‘’").contains(subject.front()))
        subject.remove(0, 1);
    // A name, not a sentence that happens to start so ("Completed questionnaire for all
    // partners was sent to the board").
    if (wordCount(subject.section(QLatin1Char('('), 0, 0)) > 8)
        return {};
    return subject.trimmed();
}

struct Unit
{
    TranscriptLine line;
    QString heading; // the innermost heading above it, as printed
};

QList<Unit> flatten(const QList<ingest::ExtractedSection> &sections)
{
    static const QRegularExpression paragraphBreak(QStringLiteral(R"(\n\s*\n)"));
    QList<Unit> units;
    QStringList previous;
    int paragraph = 0;
    for (const ingest::ExtractedSection &section : sections) {
        QStringList path;
        for (const QString &h : section.headingPath) {
            if (!h.trimmed().isEmpty())
                path.append(h.simplified());
        }
        qsizetype common = 0;
        while (common < path.size() && common < previous.size() && path.at(common) == previous.at(common))
            ++common;
        for (qsizetype i = common; i < path.size(); ++i)
            units.append({{path.at(i), ++paragraph, int(i + 1)}, i > 0 ? path.at(i - 1) : QString()});
        previous = path;
        const QString heading = path.isEmpty() ? QString() : path.last();
        for (const QString &block : section.text.split(paragraphBreak)) {
            ++paragraph;
            for (const QString &raw : block.split(QLatin1Char('\n'))) {
                const QString text = raw.trimmed();
                if (!text.isEmpty() && text != QLatin1String("\f"))
                    units.append({{text, paragraph, 0}, heading});
            }
        }
    }
    return units;
}

const QStringList &monthNames()
{
    static const QStringList names{QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                   QStringLiteral("april"), QStringLiteral("may"), QStringLiteral("june"),
                                   QStringLiteral("july"), QStringLiteral("august"), QStringLiteral("september"),
                                   QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    return names;
}

int monthOf(const QString &word)
{
    const QString w = word.toLower();
    for (qsizetype i = 0; i < monthNames().size(); ++i) {
        if (w.size() >= 3 && monthNames().at(i).startsWith(w))
            return int(i + 1);
    }
    return 0;
}

QString isoDate(int year, int month, int day)
{
    if (!QDate(year, month, day).isValid())
        return {};
    return QDate(year, month, day).toString(Qt::ISODate);
}

// The thing a metadata line at the head of a copy sets.
bool readMetadata(const QString &line, TranscriptCopy &copy)
{
    static const QRegularExpression keyed(QStringLiteral(R"(^([a-z][a-z ]{1,40}?)\s*[:\-–]\s+(\S.*)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression interviewedBy(
        QStringLiteral(R"(^interviewed\s+(?:by\s+)?(phone|telephone|skype|e-?mail|video\s*call|in\s+person|face[\s-]to[\s-]face)\b(?:\s*,?\s*on\s+(.+))?[.\s]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (line.size() > 200)
        return false;
    if (const auto m = interviewedBy.match(line); m.hasMatch()) {
        copy.mode = modeFromText(m.captured(1));
        if (const QString date = dateFromText(m.captured(2)); !date.isEmpty())
            copy.date = date;
        return true;
    }
    const auto m = keyed.match(line);
    if (!m.hasMatch())
        return false;
    const QString key = m.captured(1).simplified().toLower();
    const QString value = m.captured(2).trimmed();
    static const QStringList dateKeys{QStringLiteral("date"), QStringLiteral("interview date"),
                                      QStringLiteral("date of interview"), QStringLiteral("date of the interview")};
    static const QStringList modeKeys{QStringLiteral("mode"), QStringLiteral("interview mode"), QStringLiteral("mode of interview"),
                                      QStringLiteral("mode of the interview"), QStringLiteral("interview")};
    static const QStringList interviewerKeys{QStringLiteral("interviewer"), QStringLiteral("interviewed by"),
                                             QStringLiteral("interview by")};
    if (dateKeys.contains(key)) {
        const QString date = dateFromText(value);
        if (date.isEmpty())
            return false;
        copy.date = date;
        return true;
    }
    if (modeKeys.contains(key)) {
        const QString mode = modeFromText(value);
        if (mode.isEmpty())
            return false;
        copy.mode = mode;
        return true;
    }
    if (interviewerKeys.contains(key)) {
        copy.interviewer = value;
        return true;
    }
    return false;
}

QString guessKind(const QString &text)
{
    // Asking for contact details, not mentioning them in passing ("please share contact details").
    const QString lower = text.toLower();
    if (text.size() <= 120
        && (lower.contains(QLatin1String("contact details"))
            || ((lower.contains(QLatin1String("e-mail")) || lower.contains(QLatin1String("email"))) && lower.contains(QLatin1String("phone")))))
        return QStringLiteral("contact_details");
    if (choiceMarker().match(text).hasMatch())
        return QStringLiteral("yes_no");
    static const QRegularExpression closed(
        QStringLiteral(R"(^(?:do|does|did|is|are|was|were|would|will|can|could|have|has|had|should|shall)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (closed.match(text).hasMatch()) {
        static const QRegularExpression explain(QStringLiteral(R"(\bif (?:yes|not|so)\b|\bexplain|\bwhy\b|\bhow\b|\bwhat\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
        return explain.match(text).hasMatch() ? QStringLiteral("yes_no_explain") : QStringLiteral("yes_no");
    }
    return QStringLiteral("free_text");
}

TranscriptQuestion questionFrom(const QString &line, int place, bool numbered)
{
    TranscriptQuestion q;
    q.number = numbered && printedNumber(line) > 0 ? printedNumber(line) : place;
    q.text = withoutNumber(line);
    q.kind = guessKind(q.text);
    if (q.kind == QLatin1String("yes_no"))
        q.choices = {QStringLiteral("yes"), QStringLiteral("no")};
    return q;
}

// Lines whose text is the questionnaire's own (its title, introduction, thanks).
class Boilerplate
{
public:
    void add(const QString &text)
    {
        if (wordCount(text) >= 3) {
            m_texts.append(normalised(text));
            m_bags.append(Bag(withoutNumber(text)));
        }
    }
    bool contains(const QString &text) const
    {
        const Bag bag(withoutNumber(text));
        for (const Bag &b : m_bags) {
            if (dice(bag, b) >= sameLine)
                return true;
        }
        return false;
    }
    const QStringList &texts() const { return m_texts; }

private:
    QStringList m_texts;
    QList<Bag> m_bags;
};

struct Split
{
    double score = 0;
    qsizetype at = 0; // where the question ends in the line
};

// How well the start of `body` is `question`: the best of the places a question can end (after
// "?", ":" or "!", or the whole line).
Split bestSplit(const QString &body, const Bag &question)
{
    Split best;
    QList<qsizetype> ends;
    const qsizetype limit = std::min<qsizetype>(body.size(), 2 * longestQuestion);
    for (qsizetype i = 0; i < limit && ends.size() < 12; ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('?') || c == QLatin1Char(':') || c == QLatin1Char('!'))
            ends.append(i + 1);
    }
    if (body.size() <= 2 * longestQuestion)
        ends.append(body.size());
    for (qsizetype end : ends) {
        const double score = dice(Bag(body.left(end)), question);
        if (score > best.score + 1e-9) {
            best.score = score;
            best.at = end;
        }
    }
    return best;
}

struct Match
{
    int target = -1;
    QString remainder; // an answer on the question's own line
};

Match matchLine(const QString &line, const QList<AnswerTarget> &targets, const QList<QList<Bag>> &bags)
{
    const QString body = withoutNumber(line);
    if (body.isEmpty() || wordCount(body) < 2)
        return {};
    const int number = printedNumber(line);
    Match match;
    double bestScore = 0;
    qsizetype bestAt = 0;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        for (const Bag &bag : bags.at(t)) {
            const Split split = bestSplit(body, bag);
            const bool accepted = split.score >= sameQuestion
                                  || (number > 0 && number == targets.at(t).number && split.score >= sameQuestionNumbered);
            if (accepted && split.score > bestScore) {
                bestScore = split.score;
                bestAt = split.at;
                match.target = int(t);
            }
        }
    }
    if (match.target < 0)
        return {};
    QString rest = body.mid(bestAt).trimmed();
    if (choiceMarker().match(rest).capturedStart() == 0)
        rest.clear(); // the template's "YES/NO", unanswered
    match.remainder = rest;
    return match;
}

// "-" or "–" alone: the interviewer's mark for no answer.
bool noAnswer(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return false;
    }
    return true;
}

QString joinLines(const QList<TranscriptLine> &lines)
{
    QString text;
    int paragraph = -1;
    for (const TranscriptLine &l : lines) {
        if (!text.isEmpty())
            text += l.paragraph == paragraph ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += l.text;
        paragraph = l.paragraph;
    }
    return text.trimmed();
}

struct Run
{
    QList<qsizetype> units;
    bool numbered = false;
    int score = 0;
};

// Runs of questions in the part before the first filled-in copy: numbered 1, 2, 3, ... (a few
// lines between them allowed), or question after question without numbers (Word's list numbering).
QList<Run> templateRuns(const QList<Unit> &units, qsizetype end)
{
    QList<Run> runs;
    for (qsizetype i = 0; i < end; ++i) {
        if (printedNumber(units.at(i).line.text) != 1 || units.at(i).line.headingLevel > 0)
            continue;
        Run run;
        run.numbered = true;
        run.units.append(i);
        int expected = 2;
        for (qsizetype j = i + 1; j < end && j - run.units.last() <= 4; ++j) {
            if (printedNumber(units.at(j).line.text) == expected) {
                run.units.append(j);
                ++expected;
            }
        }
        const auto asking = std::count_if(run.units.begin(), run.units.end(),
                                          [&](qsizetype u) { return questionLike(units.at(u).line.text); });
        if (run.units.size() >= 2 && asking * 10 >= run.units.size() * 6)
            runs.append(run);
    }
    for (qsizetype i = 0; i < end; ++i) {
        Run run;
        while (i < end && questionLike(units.at(i).line.text) && printedNumber(units.at(i).line.text) == 0)
            run.units.append(i++);
        if (run.units.size() >= 2)
            runs.append(run);
    }
    return runs;
}

} // namespace


double textSimilarity(const QString &a, const QString &b)
{
    return dice(Bag(withoutNumber(a)), Bag(withoutNumber(b)));
}

QString dateFromText(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})\b)"));
    static const QRegularExpression dayMonth(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b)"));
    static const QRegularExpression monthDay(QStringLiteral(R"(\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"));
    static const QRegularExpression numeric(QStringLiteral(R"(\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b)"));
    static const QRegularExpression monthYear(QStringLiteral(R"(\b([A-Za-z]{3,9})\.?\s+(\d{4})\b)"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        if (QString d = isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()); !d.isEmpty())
            return d;
    }
    // A day that does not exist ("31 February 2018") is no date, not a month.
    if (const auto m = dayMonth.match(text); m.hasMatch() && monthOf(m.captured(2)) > 0)
        return isoDate(m.captured(3).toInt(), monthOf(m.captured(2)), m.captured(1).toInt());
    if (const auto m = monthDay.match(text); m.hasMatch() && monthOf(m.captured(1)) > 0)
        return isoDate(m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt());
    // Day first, as Europe writes it.
    if (const auto m = numeric.match(text); m.hasMatch())
        return isoDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = monthYear.match(text); m.hasMatch() && monthOf(m.captured(1)) > 0) {
        const int year = m.captured(2).toInt();
        if (year >= 1900 && year <= 2200)
            return QStringLiteral("%1-%2").arg(year).arg(monthOf(m.captured(1)), 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString modeFromText(const QString &text)
{
    const QString lower = text.toLower();
    static const QRegularExpression video(QStringLiteral(R"(\bvideo|\bzoom\b|\bteams\b|\bwebex\b)"));
    static const QRegularExpression email(QStringLiteral(R"(\be-?mails?\b|\bwritten\b)"));
    static const QRegularExpression phone(QStringLiteral(R"(\b(?:tele)?phon(?:e|ed)\b|\bcall\b|\bby tel\b)"));
    static const QRegularExpression person(QStringLiteral(R"(\bin[\s-]person\b|\bpersonal(?:ly)?\b|\bface[\s-]to[\s-]face\b|\bmeeting\b|\bvisit\b)"));
    if (video.match(lower).hasMatch())
        return QStringLiteral("video call");
    if (lower.contains(QLatin1String("skype")))
        return QStringLiteral("skype");
    if (email.match(lower).hasMatch())
        return QStringLiteral("e-mail");
    if (phone.match(lower).hasMatch())
        return QStringLiteral("phone");
    if (person.match(lower).hasMatch())
        return QStringLiteral("in person");
    return {};
}

namespace {

bool titleLike(const QString &text)
{
    return text.size() <= 150 && text.contains(QLatin1String("questionnaire"), Qt::CaseInsensitive)
           && !text.endsWith(QLatin1Char('.')) && !questionLike(text);
}

// The questions from the filled-in copies themselves, when the document has no empty template:
// lines that ask and come back in two copies or more (in one copy only: numbered ones).
QList<TranscriptQuestion> questionsFromCopies(const QList<TranscriptCopy> &copies)
{
    struct Cluster
    {
        QString text;
        Bag bag;
        QSet<int> copies;
        double positions = 0;
        int members = 0;
        QMap<int, int> numbers;
    };
    QList<Cluster> clusters;
    for (qsizetype c = 0; c < copies.size(); ++c) {
        const QList<TranscriptLine> &lines = copies.at(c).lines;
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const QString &text = lines.at(k).text;
            if (!questionLike(text))
                continue;
            const Bag bag(withoutChoiceMarker(withoutNumber(text)));
            Cluster *best = nullptr;
            double bestScore = sameQuestionAcrossCopies;
            for (Cluster &cluster : clusters) {
                if (cluster.copies.contains(int(c)))
                    continue;
                if (const double score = dice(bag, cluster.bag); score >= bestScore) {
                    bestScore = score;
                    best = &cluster;
                }
            }
            if (!best) {
                clusters.append(Cluster{withoutNumber(text), bag, {}, 0, 0, {}});
                best = &clusters.last();
            }
            best->copies.insert(int(c));
            best->positions += double(k) / double(std::max<qsizetype>(1, lines.size()));
            ++best->members;
            if (const int n = printedNumber(text); n > 0)
                ++best->numbers[n];
        }
    }
    QList<Cluster> kept;
    for (const Cluster &cluster : clusters) {
        if (copies.size() >= 2 ? cluster.copies.size() >= 2 : !cluster.numbers.isEmpty())
            kept.append(cluster);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Cluster &a, const Cluster &b) {
        return a.positions / a.members < b.positions / b.members;
    });
    // Their printed numbers, when each has one and no two share it; else their places.
    QList<int> printed;
    for (const Cluster &cluster : kept) {
        int number = 0;
        int most = 0;
        for (auto it = cluster.numbers.begin(); it != cluster.numbers.end(); ++it) {
            if (it.value() > most) {
                most = it.value();
                number = it.key();
            }
        }
        if (number == 0 || printed.contains(number)) {
            printed.clear();
            break;
        }
        printed.append(number);
    }
    QList<TranscriptQuestion> questions;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        TranscriptQuestion q = questionFrom(kept.at(i).text, int(i + 1), false);
        if (!printed.isEmpty())
            q.number = printed.at(i);
        questions.append(q);
    }
    return questions;
}

// "phone (Eurocities, CITYMART and Urban Agenda) and personal interviews (Eurotowns, ERRIN)":
// the mode of each interview, as a methodology section lists them.
QHash<QString, QSet<QString>> modesListed(const QList<Unit> &units, qsizetype end)
{
    static const QRegularExpression listed(
        QStringLiteral(R"(\b(phone|telephone|skype|video\s*calls?|e-?mails?|personal\s+interviews?|in\s+person|face[\s-]to[\s-]face)\b[^()]{0,40}?\(([^()]{3,600})\))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral(R"(,|;|\band\b)"));
    QHash<QString, QSet<QString>> modes;
    for (qsizetype i = 0; i < end; ++i) {
        auto it = listed.globalMatch(units.at(i).line.text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString mode = modeFromText(m.captured(1));
            if (mode.isEmpty())
                continue;
            for (const QString &name : m.captured(2).split(separator)) {
                const QString n = name.simplified().toLower();
                if (!n.isEmpty())
                    modes[n].insert(mode);
            }
        }
    }
    return modes;
}

} // namespace

std::optional<Transcript> readTranscript(const QList<ingest::ExtractedSection> &sections)
{
    // Most documents name no filled-in questionnaire (the core of markerSubject's pattern): no
    // need to walk them line by line.
    static const QRegularExpression marker(QStringLiteral(R"((?:filled[\s-]*in|completed)\s+questionnaire)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const bool mentions = std::any_of(sections.begin(), sections.end(), [](const ingest::ExtractedSection &s) {
        return marker.match(s.text).hasMatch() || std::any_of(s.headingPath.begin(), s.headingPath.end(), [](const QString &h) {
                   return marker.match(h.simplified()).hasMatch();
               });
    });
    if (!mentions)
        return std::nullopt;
    const QList<Unit> units = flatten(sections);
    QList<std::pair<qsizetype, QString>> markers;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (const QString subject = markerSubject(units.at(i).line.text); !subject.isEmpty())
            markers.append({i, subject});
    }
    if (markers.isEmpty())
        return std::nullopt;

    Transcript transcript;
    for (qsizetype k = 0; k < markers.size(); ++k) {
        const qsizetype at = markers.at(k).first;
        TranscriptCopy copy;
        copy.heading = units.at(at).line.text.simplified();
        copy.subject = markers.at(k).second;
        // "Eurotowns (phone, 12 March 2018)": what the heading says of the interview.
        static const QRegularExpression aside(QStringLiteral(R"(^(.*\S)\s*\(([^()]*)\)$)"));
        if (const auto m = aside.match(copy.subject); m.hasMatch()) {
            const QString date = dateFromText(m.captured(2));
            const QString mode = modeFromText(m.captured(2));
            if (!date.isEmpty() || !mode.isEmpty()) {
                copy.subject = m.captured(1).trimmed();
                copy.date = date;
                copy.mode = mode;
            }
        }
        const int level = units.at(at).line.headingLevel;
        qsizetype end = k + 1 < markers.size() ? markers.at(k + 1).first : units.size();
        for (qsizetype j = at + 1; j < end && level > 0; ++j) {
            const TranscriptLine &line = units.at(j).line;
            if (line.headingLevel > 0 && line.headingLevel <= level && !questionLike(line.text)) {
                end = j;
                break;
            }
        }
        bool asked = false;
        for (qsizetype j = at + 1; j < end; ++j) {
            const TranscriptLine &line = units.at(j).line;
            asked = asked || questionLike(line.text);
            // Date, mode and interviewer at the head of the copy.
            if (!asked && j - at <= 12 && readMetadata(line.text, copy))
                continue;
            copy.lines.append(line);
        }
        transcript.copies.append(copy);
    }

    // The empty questionnaire before the first copy, when the document has one: the run of
    // questions most of whose questions the copies ask.
    const qsizetype before = markers.first().first;
    QList<Bag> asked;
    for (const TranscriptCopy &copy : transcript.copies) {
        for (const TranscriptLine &line : copy.lines) {
            if (questionLike(line.text))
                asked.append(Bag(withoutChoiceMarker(withoutNumber(line.text))));
        }
    }
    QList<Run> runs = templateRuns(units, before);
    const Run *best = nullptr;
    for (Run &run : runs) {
        for (qsizetype u : run.units) {
            const Bag bag(withoutChoiceMarker(withoutNumber(units.at(u).line.text)));
            if (std::any_of(asked.begin(), asked.end(), [&](const Bag &b) { return dice(bag, b) >= sameQuestion; }))
                ++run.score;
        }
        if (run.score >= 2 && run.score * 2 >= run.units.size() && (!best || run.score > best->score))
            best = &run;
    }
    Boilerplate boilerplate;
    if (best) {
        int place = 1;
        for (qsizetype u : best->units)
            transcript.questions.append(questionFrom(units.at(u).line.text, place++, best->numbered));
        const qsizetype first = best->units.first();
        transcript.templateHeading = units.at(first).heading;
        // Its title and introduction just above the first question.
        QList<TranscriptLine> introduction;
        for (qsizetype i = first - 1; i >= 0 && i >= first - 8 && units.at(i).line.headingLevel == 0; --i) {
            if (titleLike(units.at(i).line.text)) {
                transcript.title = units.at(i).line.text.simplified();
                transcript.introduction = joinLines(introduction);
                boilerplate.add(transcript.title);
                for (const TranscriptLine &l : introduction)
                    boilerplate.add(l.text);
                break;
            }
            introduction.prepend(units.at(i).line);
        }
        // Its closing words ("Thank you very much for your support ...").
        for (qsizetype i = best->units.last() + 1; i < before && i <= best->units.last() + 3; ++i) {
            if (units.at(i).line.headingLevel > 0)
                break;
            boilerplate.add(units.at(i).line.text);
        }
    } else {
        transcript.questions = questionsFromCopies(transcript.copies);
    }
    if (transcript.questions.size() < 2 && transcript.copies.size() == 1) {
        // One copy, no numbers: every line that asks, to be matched to a questionnaire the KB has.
        int place = 1;
        for (const TranscriptLine &line : transcript.copies.first().lines) {
            if (questionLike(line.text))
                transcript.questions.append(questionFrom(line.text, place++, false));
        }
        transcript.questionsUncertain = true;
    }
    if (transcript.questions.size() < 2)
        return std::nullopt;

    // Lines every other copy repeats word for word (the questionnaire's own title and
    // introduction, printed again in each copy).
    if (transcript.copies.size() >= 2) {
        QHash<QString, QSet<int>> seen;
        QList<QStringList> keys; // per copy, the normalised text of each line long enough to count
        for (qsizetype c = 0; c < transcript.copies.size(); ++c) {
            QStringList &copyKeys = keys.emplace_back();
            for (const TranscriptLine &line : transcript.copies.at(c).lines) {
                const bool counts = wordCount(line.text) >= 6;
                copyKeys.append(counts ? normalised(line.text) : QString());
                if (counts)
                    seen[copyKeys.last()].insert(int(c));
            }
        }
        const qsizetype needed = std::max<qsizetype>(2, (transcript.copies.size() + 1) / 2);
        for (qsizetype c = 0; c < transcript.copies.size(); ++c) {
            for (qsizetype k = 0; k < transcript.copies.at(c).lines.size(); ++k) {
                const TranscriptLine &line = transcript.copies.at(c).lines.at(k);
                if (wordCount(line.text) < 6 || seen.value(keys.at(c).at(k)).size() < needed || boilerplate.contains(line.text))
                    continue;
                if (transcript.title.isEmpty() && titleLike(line.text))
                    transcript.title = line.text.simplified();
                boilerplate.add(line.text);
            }
        }
    }
    if (transcript.title.isEmpty()) {
        for (const TranscriptLine &line : transcript.copies.first().lines) {
            if (questionLike(line.text))
                break;
            if (titleLike(line.text)) {
                transcript.title = line.text.simplified();
                boilerplate.add(line.text);
                break;
            }
        }
    }
    transcript.boilerplate = boilerplate.texts();

    const QHash<QString, QSet<QString>> modes = modesListed(units, before);
    for (TranscriptCopy &copy : transcript.copies) {
        const QSet<QString> listed = modes.value(copy.subject.simplified().toLower());
        if (copy.mode.isEmpty() && listed.size() == 1)
            copy.mode = *listed.begin();
    }
    return transcript;
}

PlacedCopy placeAnswers(const Transcript &transcript, const TranscriptCopy &copy, const QList<AnswerTarget> &targets)
{
    Boilerplate boilerplate;
    for (const QString &text : transcript.boilerplate)
        boilerplate.add(text);
    QList<QList<Bag>> bags;
    for (const AnswerTarget &target : targets) {
        QList<Bag> wordings;
        for (const QString &text : target.texts)
            wordings.append(Bag(withoutChoiceMarker(withoutNumber(text))));
        bags.append(wordings);
    }

    PlacedCopy placed;
    QList<TranscriptLine> preamble;
    QMap<int, QList<TranscriptLine>> answers; // target → its lines
    QList<int> order;                          // targets in the order first asked
    int current = -1;
    for (const TranscriptLine &line : copy.lines) {
        if (line.text.size() <= 4 * longestQuestion) {
            if (const Match match = matchLine(line.text, targets, bags); match.target >= 0) {
                current = match.target;
                if (!order.contains(current))
                    order.append(current);
                if (!match.remainder.isEmpty())
                    answers[current].append({match.remainder, line.paragraph, 0});
                continue;
            }
        }
        if (boilerplate.contains(line.text)) {
            ++placed.repeatedLines;
            continue;
        }
        if (current < 0)
            preamble.append(line);
        else
            answers[current].append(line);
    }
    if (const QString text = joinLines(preamble); !text.isEmpty() && !noAnswer(text))
        placed.unplaced.append(text);
    static const QRegularExpression yesOrNo(QStringLiteral(R"(^\W*(yes|no)\b)"), QRegularExpression::CaseInsensitiveOption);
    std::sort(order.begin(), order.end());
    for (int t : order) {
        const QString text = joinLines(answers.value(t));
        if (text.isEmpty() || noAnswer(text))
            continue;
        const AnswerTarget &target = targets.at(t);
        if (target.number <= 0) {
            placed.unplaced.append(withoutNumber(target.texts.value(0)) + QStringLiteral("\n") + text);
            continue;
        }
        PlacedAnswer answer{target.number, text, {}};
        if (target.kind == QLatin1String("yes_no") || target.kind == QLatin1String("yes_no_explain")) {
            if (const auto m = yesOrNo.match(text); m.hasMatch())
                answer.choice = m.captured(1).toLower();
        }
        placed.answers.append(answer);
    }
    return placed;
}

QList<int> matchQuestions(const QList<TranscriptQuestion> &found, const QList<Question> &questions)
{
    struct Pair
    {
        double score;
        qsizetype found;
        qsizetype question;
    };
    QList<Pair> pairs;
    for (qsizetype f = 0; f < found.size(); ++f) {
        const Bag a(withoutChoiceMarker(found.at(f).text));
        for (qsizetype q = 0; q < questions.size(); ++q) {
            const double score = dice(a, Bag(withoutChoiceMarker(questions.at(q).text)));
            const bool sameNumber = found.at(f).number == questions.at(q).number;
            if (score >= sameQuestion || (sameNumber && score >= sameQuestionNumbered))
                pairs.append({score + (sameNumber ? 0.01 : 0), f, q});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.score > b.score; });
    QList<int> numbers(found.size(), 0);
    QSet<qsizetype> taken;
    for (const Pair &p : pairs) {
        if (numbers.at(p.found) != 0 || taken.contains(p.question))
            continue;
        numbers[p.found] = questions.at(p.question).number;
        taken.insert(p.question);
    }
    return numbers;
}

} // namespace citykb
