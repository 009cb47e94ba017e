#include "textcleaner.h"

#include "headingline.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace citykb::ingest {

namespace {

struct Line
{
    QString text;   // before normalizeLine: the line as extracted; after: cleaned
    int page = 0;
    int indent = 0;
    bool pageBreak = false; // not a line: the end of a page
    bool blank = false;
    bool removed = false;
    bool item = false;     // begins with a bullet or is indented like a list item
    bool numbered = false; // begins with a number, as a heading or a numbered list item does
    bool toc = false;      // a table-of-contents entry, kept as "title<TAB>page"
};

bool isBulletGlyph(QChar c)
{
    switch (c.unicode()) {
    case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x00B7: case 0x25E6: case 0x25AA:
    case 0x25AB: case 0x25A0: case 0x25A1: case 0x25CF: case 0x25CB: case 0x25C6: case 0x25C7:
    case 0x25BA: case 0x25B6: case 0x25B8: case 0x27A2: case 0x27A4: case 0x2713: case 0x2714:
    case 0x2717: case 0x2756: case 0x2192: case 0x25D8: case 0x2666:
        return true;
    default:
        // Symbol and Wingdings bullets come out of PDFs as private-use characters.
        return c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF;
    }
}

// Line breaks to '\n', odd spaces to ' ', invisible and control characters out; '\t' and
// '\f' stay because they carry meaning (table-of-contents entries, page ends). Runs of
// characters that stay as they are are copied whole.
QString normalizeCharacters(const QString &in)
{
    QString out;
    qsizetype kept = 0; // in[kept, i) stays as it is
    const auto replace = [&](qsizetype i, QStringView with) {
        if (out.isEmpty())
            out.reserve(in.size());
        out += QStringView(in).sliced(kept, i - kept);
        out += with;
        kept = i + 1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == '\n' || u == '\t' || u == '\f')
            continue;
        if (u == '\r') {
            replace(i, i + 1 < in.size() && in.at(i + 1) == QLatin1Char('\n') ? u"" : u"\n");
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x00AD || (u >= 0x200B && u <= 0x200D)
                   || u == 0x2060 || u == 0xFEFF) {
            replace(i, {});
        } else if (u == 0x2028) {
            replace(i, u"\n");
        } else if (u == 0x2029) {
            replace(i, u"\n\n");
        } else if (c.category() == QChar::Separator_Space) {
            replace(i, u" ");
        }
    }
    if (kept == 0)
        return in;
    out += QStringView(in).sliced(kept);
    return out;
}

// A line with digit runs as '#', spaces collapsed and lower-cased: running headers and
// footers are equal under it although their page numbers differ.
QString furnitureKey(const QString &line)
{
    QString key;
    key.reserve(line.size());
    bool lastDigit = false;
    bool lastSpace = true;
    for (const QChar c : line) {
        if (c.isDigit()) {
            if (!lastDigit)
                key += QLatin1Char('#');
            lastDigit = true;
            lastSpace = false;
            continue;
        }
        lastDigit = false;
        if (c.isSpace()) {
            if (!lastSpace)
                key += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        key += c.toLower();
    }
    return key.trimmed();
}

int wordCount(const QString &s)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : s) {
        if (c.isLetter()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (c.isSpace()) {
            inWord = false;
        }
    }
    return words;
}

const QRegularExpression &pageNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(?:page|p\.|seite|página|pagina|sivu|strona|oldal)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?)"
                       R"((?:\s*(?:/|of|von|de|sur|di|van|av|z|/)\s*\d{1,4})?$|^[ivxlc]{1,6}$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &labelledPageNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(?:page|seite|página|pagina|sivu|strona|oldal)\s+\d{1,4}(?:\s*(?:/|of|von|de|sur|di|van|av|z)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString stripEdgeNumbers(const QString &line)
{
    static const QRegularExpression edges(
        QStringLiteral(R"(^\d{1,3}(?!\d)[\s|·•–—-]*|[\s|·•–—-]*(?:(?:page|p\.|seite|página|pagina)\s*)?(?<!\d)\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?[\s|·•–—-]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(line).remove(edges).simplified();
}

void addRunningLine(QStringList &running, const QString &text)
{
    if (pageNumberPattern().match(text).hasMatch() || labelledPageNumberPattern().match(text).hasMatch())
        return;
    const QString clean = stripEdgeNumbers(text);
    if (wordCount(clean) >= 2 && !running.contains(clean))
        running.append(clean);
}

// Running headers and footers of paged text: lines near the top or bottom of a page that
// recur (page numbers aside) on at least half of the pages; and lone page numbers there.
void markPageFurniture(QList<Line> &lines, int pageCount, QStringList &running)
{
    QList<QList<qsizetype>> edges(pageCount);
    {
        QList<QList<qsizetype>> content(pageCount);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).pageBreak && !lines.at(i).blank)
                content[lines.at(i).page].append(i);
        }
        for (int p = 0; p < pageCount; ++p) {
            const auto &c = content.at(p);
            for (qsizetype k = 0; k < c.size(); ++k) {
                if (k < 3 || k >= c.size() - 3)
                    edges[p].append(c.at(k));
            }
        }
    }
    QHash<QString, int> pagesWith;
    for (int p = 0; p < pageCount; ++p) {
        QSet<QString> seen;
        for (const qsizetype i : edges.at(p)) {
            const QString key = furnitureKey(lines.at(i).text);
            if (wordCount(key) >= 1 && !seen.contains(key)) {
                seen.insert(key);
                ++pagesWith[key];
            }
        }
    }
    const int threshold = std::max(2, (pageCount + 1) / 2);
    for (int p = 0; p < pageCount; ++p) {
        const auto &edge = edges.at(p);
        for (qsizetype k = 0; k < edge.size(); ++k) {
            Line &line = lines[edge.at(k)];
            const QString trimmed = line.text.trimmed();
            if (pagesWith.value(furnitureKey(trimmed)) >= threshold) {
                line.removed = true;
                addRunningLine(running, trimmed);
            } else if ((k < 2 || k >= edge.size() - 2) && pageNumberPattern().match(trimmed).hasMatch()) {
                line.removed = true;
            }
        }
    }
}

// Running lines in text whose page breaks were lost: a line of three words or more that
// recurs with a page number before or after it, the number rising each time
// ("7Cities for Active Inclusion: ...", "16 Cities for Active Inclusion: ..."); and lone
// numbers standing between blank lines that rise the same way.
void markNumberedRepeats(QList<Line> &lines, QStringList &running)
{
    static const QRegularExpression leading(QStringLiteral(R"(^(\d{1,4})(?![\d.,:;)/%])\s*(\S.*)$)"));
    static const QRegularExpression trailing(QStringLiteral(R"(^(.*[^\d\s.,/])\s*(\d{1,4})$)"));
    struct Occurrence
    {
        qsizetype line;
        int number;
        QString text;
    };
    QHash<QString, QList<Occurrence>> byKey;
    QList<Occurrence> bareNumbers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.pageBreak || line.blank || line.removed)
            continue;
        const QString trimmed = line.text.trimmed();
        if (trimmed.size() > 120)
            continue;
        bool allDigits = !trimmed.isEmpty() && trimmed.size() <= 4;
        for (const QChar c : trimmed)
            allDigits = allDigits && c.isDigit();
        if (allDigits) {
            const bool blankBefore = i == 0 || lines.at(i - 1).blank || lines.at(i - 1).pageBreak;
            const bool blankAfter = i + 1 == lines.size() || lines.at(i + 1).blank || lines.at(i + 1).pageBreak;
            if (blankBefore && blankAfter)
                bareNumbers.append({i, trimmed.toInt(), {}});
            continue;
        }
        // The patterns need an ASCII digit at one end; most lines have none, and matching costs more.
        const auto asciiDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
        const bool digitFirst = asciiDigit(trimmed.front());
        const bool digitLast = asciiDigit(trimmed.back());
        if (!digitFirst && !digitLast)
            continue;
        QRegularExpressionMatch m = digitFirst ? leading.match(trimmed) : QRegularExpressionMatch();
        int number = 0;
        QString rest;
        if (m.hasMatch()) {
            number = m.captured(1).toInt();
            rest = m.captured(2);
        } else if (m = digitLast ? trailing.match(trimmed) : QRegularExpressionMatch(); m.hasMatch()) {
            number = m.captured(2).toInt();
            rest = m.captured(1);
        } else {
            continue;
        }
        if (wordCount(rest) >= 3)
            byKey[furnitureKey(rest)].append({i, number, rest.trimmed()});
    }
    const auto rising = [](const QList<Occurrence> &list) {
        if (list.size() < 2)
            return false;
        for (qsizetype k = 1; k < list.size(); ++k) {
            if (list.at(k).number <= list.at(k - 1).number)
                return false;
        }
        return true;
    };
    for (const auto &list : std::as_const(byKey)) {
        if (!rising(list))
            continue;
        for (const Occurrence &o : list)
            lines[o.line].removed = true;
        addRunningLine(running, list.first().text);
    }
    if (rising(bareNumbers)) {
        for (const Occurrence &o : bareNumbers)
            lines[o.line].removed = true;
    }
}

QString stripInlineMarkup(QString s)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]{1,300})\]\((?:[^()\s]{0,2000})\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|mailto):[^>\s]{1,2000})>)"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((^|[\s(‘'"“\[])(\*\*|\*|__)(?=\S)([^*\n]{1,300}?)(?<=\S)\2(?=$|[\s).,;:!?’'"”\]]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (s.contains(QLatin1Char(']')))
        s.replace(link, QStringLiteral("\\1"));
    if (s.contains(QLatin1Char('<')))
        s.replace(autolink, QStringLiteral("\\1"));
    if (s.contains(QLatin1Char('*')) || s.contains(QLatin1String("__")))
        s.replace(emphasis, QStringLiteral("\\1\\3"));
    return s;
}

// Whether simplified() would leave the text as it is: no space at either end and none inside
// but single ' '. Most lines are so, and simplified() copies them all the same.
bool isSimplified(QStringView s)
{
    bool spaceBefore = true; // at the start, any space is one too many
    for (const QChar c : s) {
        if (c.isSpace() && (spaceBefore || c != QLatin1Char(' ')))
            return false;
        spaceBefore = c.isSpace();
    }
    return s.isEmpty() || !spaceBefore;
}

// Whether a line has leader dots or an ellipsis, as a table-of-contents entry has.
bool hasLeaders(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QStringView rest = s.sliced(i);
        switch (s.at(i).unicode()) {
        case u'.':
            if (rest.startsWith(u"....") || rest.startsWith(u". . . ."))
                return true;
            break;
        case u'…':
            return true;
        case u'·':
            if (rest.startsWith(u"· · · ·") || rest.startsWith(u"····"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

// Whether a line may begin with a number or letter numbering it, as numberedStart (in
// normalizeLine) needs: a digit, '(' or a letter closely followed by '.' or ')'. Most lines
// fail this at once, and matching the pattern costs more.
bool mayBeNumbered(QStringView s)
{
    const QChar first = s.front();
    if (first.isDigit() || first.isHighSurrogate() || first == QLatin1Char('('))
        return true;
    const QStringView head = s.left(5);
    return first.unicode() < 0x80 && first.isLetter() && (head.contains(QLatin1Char('.')) || head.contains(QLatin1Char(')')));
}

void normalizeLine(Line &line, int typicalIndent)
{
    static const QRegularExpression tocTab(QStringLiteral(R"(^(.*?\S)[\s.…·]*\t\s*(\d{1,4})\s*$)"));
    static const QRegularExpression tocDots(QStringLiteral(R"(^(.*?\S)\s*(?:(?:\. ?){4,}|…+|(?:· ?){4,})\s*(\d{1,4})\s*$)"));
    static const QRegularExpression numberedStart(
        QStringLiteral(R"(^(?:\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+\S|\d{1,2}(?:\.\d{1,2})+\.?\s+\S|\d{1,2}\s+\p{Lu}|\d{1,2}:\s+\S))"),
        QRegularExpression::UseUnicodePropertiesOption);

    const QString &raw = line.text;
    int indent = 0;
    for (const QChar c : raw) {
        if (c == QLatin1Char(' '))
            indent += 1;
        else if (c == QLatin1Char('\t'))
            indent += 4;
        else
            break;
    }
    line.indent = indent;

    // The checks before the patterns keep long lines of dots or spaces from costing quadratic time.
    if (const auto m = raw.contains(QLatin1Char('\t')) ? tocTab.match(raw) : QRegularExpressionMatch(); m.hasMatch()) {
        line.toc = true;
        line.text = stripInlineMarkup(m.captured(1).simplified()) + QLatin1Char('\t') + m.captured(2);
        return;
    }
    QString s = isSimplified(raw) ? raw : raw.simplified();
    if (const auto m = hasLeaders(s) ? tocDots.match(s) : QRegularExpressionMatch(); m.hasMatch()) {
        line.toc = true;
        line.text = stripInlineMarkup(m.captured(1)) + QLatin1Char('\t') + m.captured(2);
        return;
    }
    bool item = false;
    while (!s.isEmpty()) {
        const QChar c = s.at(0);
        const bool spaceAfter = s.size() > 1 && s.at(1) == QLatin1Char(' ');
        if (isBulletGlyph(c)) {
            s = s.mid(1).trimmed();
        } else if (spaceAfter && (c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) || c == QLatin1Char('*'))) {
            s = s.mid(2);
        } else if (spaceAfter && c == QLatin1Char('o') && (item || indent >= typicalIndent + 2)) {
            s = s.mid(2); // Word's second-level bullet comes out as a letter o
        } else {
            break;
        }
        item = true;
    }
    s = stripInlineMarkup(s);
    line.text = s;
    line.blank = s.isEmpty();
    if (line.blank)
        return;
    line.numbered = mayBeNumbered(s) && numberedStart.match(s).hasMatch();
    // A bullet glyph the extraction lost leaves its indentation behind.
    line.item = item || (indent >= typicalIndent + 2 && s.at(0).isLower());
}

bool endsSentence(const QString &s)
{
    qsizetype i = s.size() - 1;
    while (i >= 0 && QStringView(u"\"'’”)]»*").contains(s.at(i)))
        --i;
    return i >= 0 && QStringView(u".!?:;").contains(s.at(i));
}

bool startsLower(const QString &s)
{
    return !s.isEmpty() && s.at(0).isLower();
}

bool hyphenBreak(const Line &a, const Line &b)
{
    const QString &t = a.text;
    return t.size() >= 3 && (t.back() == QLatin1Char('-') || t.back() == QChar(0x2010)) && t.at(t.size() - 2).isLetter()
        && !b.text.isEmpty() && b.text.at(0).isLetter();
}

QString trailingWord(const QString &s) // the letters before the final hyphen
{
    qsizetype i = s.size() - 1;
    while (i > 0 && s.at(i - 1).isLetter())
        --i;
    return s.mid(i, s.size() - 1 - i);
}

QString leadingWord(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isLetter())
        ++i;
    return s.left(i);
}

// The length of the letter at text[i] (2 for one outside the BMP), 0 where there is none.
qsizetype letterAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::isLetter(QChar::surrogateToUcs4(c, text.at(i + 1))) ? 2 : 0;
    return c.isLetter() ? 1 : 0;
}

// Calls take(word) for each word of the text: a run of letters, or runs joined by single
// hyphens ("long-term"). A loop, not a pattern: a match object per word costs many times more.
template<typename Take>
void forEachWord(QStringView text, Take take)
{
    for (qsizetype i = 0; i < text.size();) {
        if (letterAt(text, i) == 0) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        for (;;) {
            for (qsizetype width; i < text.size() && (width = letterAt(text, i)) > 0;)
                i += width;
            if (i + 1 >= text.size() || text.at(i) != QLatin1Char('-') || letterAt(text, i + 1) == 0)
                break;
            ++i;
        }
        take(text.sliced(start, i - start));
    }
}

// The words join() may look up: for each line ending in a hyphen that breaks a word before a
// line not starting with a capital, the two halves together and with the hyphen, lower-cased.
QSet<QString> hyphenLookups(const QList<Line> &lines)
{
    QSet<QString> lookups;
    const Line *previous = nullptr;
    for (const Line &line : lines) {
        if (line.removed || line.blank || line.pageBreak)
            continue;
        if (previous && hyphenBreak(*previous, line) && !line.text.at(0).isUpper()) {
            const QString first = trailingWord(previous->text).toLower();
            const QString second = leadingWord(line.text).toLower();
            lookups.insert(first + second);
            lookups.insert(first + QLatin1Char('-') + second);
        }
        previous = &line;
    }
    return lookups;
}

class Joiner
{
public:
    Joiner(const QList<Line> &lines, int typicalIndent) : m_typicalIndent(typicalIndent)
    {
        QList<int> lengths;
        for (const Line &line : lines) {
            if (!line.removed && !line.blank && !line.pageBreak && !line.item && !line.toc)
                lengths.append(int(line.text.size()));
        }
        std::sort(lengths.begin(), lengths.end());
        if (lengths.size() >= 5) {
            const int p90 = lengths.at(lengths.size() * 9 / 10);
            const auto near = std::count_if(lengths.begin(), lengths.end(), [p90](int l) { return l >= p90 * 7 / 10; });
            m_hardWrapped = p90 >= 40 && p90 <= 200 && near * 100 >= lengths.size() * 35;
            m_wrapWidth = p90;
        }
        collectVocabulary(lines);
    }

    bool isLong(const Line &l) const
    {
        return m_hardWrapped ? l.text.size() * 10 >= m_wrapWidth * 7 : l.text.size() >= 120;
    }

    bool joinAdjacent(const Line &a, const Line &b) const
    {
        if (a.toc || b.toc || b.item)
            return false;
        // A capitalised line set in from the text is a heading whose number the extraction lost.
        if (b.indent > m_typicalIndent && !b.text.at(0).isLower())
            return false;
        if (hyphenBreak(a, b))
            return true;
        // Nothing but a lower-case continuation joins a heading, or a heading a paragraph.
        if (!startsLower(b.text) && (headingBreak(a, b) || parseLabelledHeading(a.text)))
            return false;
        const bool terminal = endsSentence(a.text);
        if (b.numbered)
            return !terminal && isLong(a);
        if (startsLower(b.text))
            return !terminal || isLong(a);
        return isLong(a);
    }

    // A short capitalised line shaped like a heading after the end of a sentence (or, in text
    // whose lines are whole paragraphs, after a list item) starts a paragraph of its own.
    bool headingBreak(const Line &a, const Line &b) const
    {
        if (b.item || b.toc || b.numbered || startsLower(b.text)
            || (!hasHeadingShape(b.text) && !parseLabelledHeading(b.text)))
            return false;
        if (m_hardWrapped)
            return endsWithSentenceEnd(a.text) && !isLong(b);
        return endsWithSentenceEnd(a.text) || a.item;
    }

    bool joinAcrossBlank(const Line &a, const Line &b) const
    {
        if (a.toc || b.toc || b.item || b.numbered)
            return false;
        if (hyphenBreak(a, b) && startsLower(b.text))
            return true;
        if (endsSentence(a.text) || !isLong(a))
            return false;
        return startsLower(b.text) || a.item;
    }

    // b appended to a, a's final hyphen removed where it only broke a word.
    QString join(const QString &a, const Line &aLine, const QString &b) const
    {
        if (!hyphenBreak(aLine, Line{b}))
            return a + QLatin1Char(' ') + b;
        if (b.at(0).isUpper())
            return a + b; // Lille Metropole-Roubaix
        const QString first = trailingWord(aLine.text).toLower();
        const QString second = leadingWord(b).toLower();
        static const QSet<QString> compoundFirst = {
            QStringLiteral("non"),   QStringLiteral("self"),  QStringLiteral("long"),  QStringLiteral("short"),
            QStringLiteral("well"),  QStringLiteral("cross"), QStringLiteral("co"),    QStringLiteral("ex"),
            QStringLiteral("full"),  QStringLiteral("part"),  QStringLiteral("half"),  QStringLiteral("all"),
            QStringLiteral("mid"),   QStringLiteral("low"),   QStringLiteral("high"),  QStringLiteral("multi"),
            QStringLiteral("anti"),  QStringLiteral("socio"), QStringLiteral("one"),   QStringLiteral("two"),
            QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),  QStringLiteral("ten"),
            QStringLiteral("top"),   QStringLiteral("city"),  QStringLiteral("e"),     QStringLiteral("user"),
        };
        if (m_vocabulary.contains(first + second))
            return a.chopped(1) + b;
        if (m_vocabulary.contains(first + QLatin1Char('-') + second) || compoundFirst.contains(first))
            return a + b;
        return a.chopped(1) + b;
    }

private:
    // The words of the text that join() will look up: a set of every word costs more than all
    // the rest of cleaning, and most texts have few hyphens at line ends or none.
    void collectVocabulary(const QList<Line> &lines)
    {
        const QSet<QString> lookups = hyphenLookups(lines);
        if (lookups.isEmpty())
            return;
        // Bit n stands for look-ups n characters long (bit 63 for longer ones too).
        const auto lengthBit = [](qsizetype n) { return quint64(1) << std::min<qsizetype>(n, 63); };
        quint64 lengths = 0;
        for (const QString &lookup : lookups)
            lengths |= lengthBit(lookup.size());
        QString lower;
        for (const Line &line : lines) {
            if (line.removed || line.blank || line.pageBreak)
                continue;
            forEachWord(line.text, [&](QStringView w) {
                // Lower-casing keeps the length of an ASCII word, so most need no look-up; other
                // words are always looked up.
                if (std::all_of(w.begin(), w.end(), [](QChar c) { return c.unicode() < 0x80; })) {
                    if (!(lengths & lengthBit(w.size())))
                        return;
                    lower.resize(w.size());
                    std::transform(w.begin(), w.end(), lower.begin(), [](QChar c) { return c.toLower(); });
                } else {
                    lower = w.toString().toLower();
                }
                if (lookups.contains(lower))
                    m_vocabulary.insert(lower);
            });
        }
    }

    int m_typicalIndent;
    QSet<QString> m_vocabulary;
    bool m_hardWrapped = false;
    int m_wrapWidth = 0;
};

} // namespace

CleanedText cleanText(const QString &raw)
{
    CleanedText result;
    const QString text = normalizeCharacters(raw);

    QList<Line> lines;
    int page = 0;
    for (const QStringView pageText : QStringView(text).split(QLatin1Char('\f'))) {
        if (page > 0)
            lines.append(Line{{}, page - 1, 0, true});
        for (const QStringView l : pageText.split(QLatin1Char('\n'))) {
            Line line{l.toString(), page};
            line.blank = l.trimmed().isEmpty();
            lines.append(line);
        }
        ++page;
    }
    const int pageCount = page;

    if (pageCount >= 2)
        markPageFurniture(lines, pageCount, result.runningLines);
    markNumberedRepeats(lines, result.runningLines);
    static const QRegularExpression navigation(
        QStringLiteral(R"(^(?:back to top|to top|top of page|skip to (?:main )?content|skip navigation|print this page|share this(?: page)?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<int> indents;
    for (Line &line : lines) {
        if (line.pageBreak || line.blank || line.removed)
            continue;
        const QString trimmed = line.text.trimmed();
        if (navigation.match(trimmed).hasMatch() || labelledPageNumberPattern().match(trimmed).hasMatch()) {
            line.removed = true;
            continue;
        }
        int indent = 0;
        while (indent < line.text.size() && line.text.at(indent) == QLatin1Char(' '))
            ++indent;
        indents.append(indent);
    }
    std::sort(indents.begin(), indents.end());
    const int typicalIndent = indents.isEmpty() ? 0 : indents.at(indents.size() / 2);
    for (Line &line : lines) {
        if (!line.pageBreak && !line.blank && !line.removed)
            normalizeLine(line, typicalIndent);
    }

    const Joiner joiner(lines, typicalIndent);
    QStringList paragraphs;
    QStringList current;
    const Line *previous = nullptr;
    bool blankSince = false;
    int pendingBreaks = 0;
    const auto flush = [&] {
        if (!current.isEmpty())
            paragraphs.append(current.join(QLatin1Char('\n')));
        current.clear();
        for (; pendingBreaks > 0; --pendingBreaks)
            paragraphs.append(QStringLiteral("\f"));
    };
    for (const Line &line : std::as_const(lines)) {
        if (line.removed)
            continue;
        if (line.pageBreak) {
            if (current.isEmpty())
                paragraphs.append(QStringLiteral("\f"));
            else
                ++pendingBreaks;
            continue;
        }
        if (line.blank) {
            blankSince = true;
            continue;
        }
        if (current.isEmpty()) {
            current.append(line.text);
        } else if (blankSince ? joiner.joinAcrossBlank(*previous, line) : joiner.joinAdjacent(*previous, line)) {
            current.last() = joiner.join(current.last(), *previous, line.text);
        } else if (blankSince || pendingBreaks > 0 || joiner.headingBreak(*previous, line)) {
            flush();
            current.append(line.text);
        } else {
            current.append(line.text);
        }
        previous = &line;
        blankSince = false;
    }
    flush();
    result.text = paragraphs.join(QLatin1String("\n\n"));
    return result;
}

QString cleanParagraph(const QString &text)
{
    const QString normalized = normalizeCharacters(text);
    QString out;
    out.reserve(normalized.size());
    for (const QStringView l : QStringView(normalized).split(QLatin1Char('\n'))) {
        // Most lines are clean already (the readers clean each paragraph twice): no copy of those.
        QString simplified;
        QStringView line = l;
        if (!isSimplified(line)) {
            simplified = line.toString().simplified();
            line = simplified;
        }
        while (!line.isEmpty() && isBulletGlyph(line.at(0)))
            line = line.sliced(1).trimmed();
        if (line.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += line;
    }
    return out;
}

} // namespace citykb::ingest
