#include "sectionsplitter.h"

#include "headingline.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace citykb::ingest {

namespace {

struct Heading
{
    QList<int> number;
    bool colonStyle = false; // "01: Title", numbered on its own below the dotted headings
};

bool endsLikeSentence(QStringView title)
{
    return QStringView(u".,;:").contains(title.back());
}

// The first letter of the title (after an opening quote or bracket) must be a capital.
bool startsWithCapital(QStringView title)
{
    for (qsizetype i = 0; i < title.size() && i < 3; ++i) {
        if (title.at(i).isLetter())
            return title.at(i).isUpper();
        if (!QStringView(u"\"'‘“(«").contains(title.at(i)))
            return false;
    }
    return false;
}

std::optional<Heading> parseHeading(const QString &line)
{
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2}(?:\.\d{1,2}){0,4})(\.?)\s+(\S.*)$)"));
    static const QRegularExpression colon(QStringLiteral(R"(^(\d{1,2}):\s+(\S.*)$)"));
    if (line.size() > 140 || line.contains(QLatin1Char('\t')))
        return std::nullopt;
    Heading heading;
    QString title;
    if (const auto m = dotted.match(line); m.hasMatch()) {
        for (const QStringView part : QStringView(m.capturedView(1)).split(QLatin1Char('.'))) {
            const int n = part.toInt();
            if (n == 0)
                return std::nullopt;
            heading.number.append(n);
        }
        title = m.captured(3);
        // "2 The partnership ..." is more often a footnote than a heading: keep such short.
        if (heading.number.size() == 1 && m.capturedView(2).isEmpty() && title.size() > 80)
            return std::nullopt;
    } else if (const auto c = colon.match(line); c.hasMatch()) {
        heading.number.append(c.capturedView(1).toInt());
        heading.colonStyle = true;
        title = c.captured(2);
    } else {
        return std::nullopt;
    }
    title = title.trimmed();
    if (title.size() > 120 || title.isEmpty() || endsLikeSentence(title) || !startsWithCapital(title))
        return std::nullopt;
    // "12 February 2018" is a date, not section 12.
    static const QRegularExpression monthAndYear(QStringLiteral(R"(^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (monthAndYear.match(title).hasMatch())
        return std::nullopt;
    if (title.count(QLatin1Char(' ')) >= 20)
        return std::nullopt;
    return heading;
}

// Whether a heading numbered `next` may follow one numbered `last`.
bool plausibleNext(const QList<int> &last, const QList<int> &next)
{
    if (last.isEmpty())
        return std::all_of(next.begin(), next.end(), [](int n) { return n <= 3; });
    qsizetype k = 0;
    while (k < last.size() && k < next.size() && last.at(k) == next.at(k))
        ++k;
    if (k == next.size())
        return false; // the same number again, or a parent already passed
    // Deeper levels start again at 1; up to two headings the extraction lost are forgiven.
    const auto restStartAgain = [&](qsizetype from) {
        return std::all_of(next.begin() + from, next.end(), [](int n) { return n <= 3; });
    };
    if (k == last.size())
        return restStartAgain(k); // the first child: 2.4 → 2.4.1
    const int step = next.at(k) - last.at(k);
    return step >= 1 && step <= 3 && restStartAgain(k + 1);
}

bool isListNumber(QStringView line, qsizetype depth)
{
    static const QRegularExpression item(QStringLiteral(R"(^\(?(\d{1,3}(?:\.\d{1,3})*)[.)]?\s)"));
    const auto m = item.match(line);
    return m.hasMatch() && m.capturedView(1).count(QLatin1Char('.')) + 1 == depth;
}

// Section text without page marks and with at most one blank line in a row.
QString tidy(const QString &text)
{
    static const QRegularExpression pageMark(QStringLiteral(R"(^\f$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression blankRuns(QStringLiteral(R"(\n{3,})"));
    QString out = text;
    if (out.contains(QLatin1Char('\f')))
        out.remove(pageMark).remove(QLatin1Char('\f'));
    return out.replace(blankRuns, QStringLiteral("\n\n")).trimmed();
}

enum class HeadingKind { Numbered, Plain, Labelled };

// A heading found among the lines: its level, the lines it takes, its text and, for a dotted
// numbered heading, its number.
struct HeadingMark
{
    int level = 1;
    qsizetype span = 1;
    QString text;
    QList<int> number;
    HeadingKind kind = HeadingKind::Numbered;
};

bool isBlankOrPage(const QString &line)
{
    return line.isEmpty() || line == QLatin1String("\f");
}

bool startsLower(const QString &line)
{
    return !line.isEmpty() && line.at(0).isLower();
}

bool looksLikeListItem(const QString &line)
{
    static const QRegularExpression item(QStringLiteral(R"(^\(?(?:\d{1,3}|[a-z])[.)]\s)"));
    return item.match(line).hasMatch();
}

// Finds headings without numbers in text whose numbered headings (in `marks`) do not give its
// top level, and adds them to `marks`. A plain heading ("The work plan for 2020", "Success
// factors for active inclusion initiatives") is a line shaped like one (hasHeadingShape) that
// stands where a paragraph ended (after a blank line, a sentence's end or a bare "Box 1") and
// heads something: a paragraph or list, or a heading one level down; it is not repeated like a
// running header. A title broken over two lines is joined when its first line is long. A
// labelled heading ("Objective 2 - ...") needs no blank line around it but its numbers must
// follow each other per label, and a run of them in a row is a contents list.
//
// Levels: a chapter (1) where the numbered headings move on to a new first number or there are
// none ("Success factors ..." before 3.1 after 1.2), else one below the last numbered heading (a
// box inside 3.1). A labelled heading right below a plain one is one level down from it
// ("Objective 1" under "The work plan for 2020"), and keeps that level for its series.
void markUnnumberedHeadings(const QStringList &lines, QMap<qsizetype, HeadingMark> &marks)
{
    QHash<QString, int> occurrences;
    for (const QString &line : lines) {
        if (!isBlankOrPage(line))
            ++occurrences[line.trimmed()];
    }
    const auto recurs = [&](const QString &line) { return occurrences.value(line.trimmed()) >= 3; };
    const auto nextContent = [&](qsizetype from) {
        while (from < lines.size() && isBlankOrPage(lines.at(from)))
            ++from;
        return from;
    };

    struct Labelled
    {
        QString label;
        bool first = false; // the first of its label's series
    };
    QMap<qsizetype, Labelled> labelled;
    QHash<QString, int> lastNumber;
    bool inRun = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isBlankOrPage(lines.at(i)))
            continue;
        const auto heading = marks.contains(i) ? std::nullopt : parseLabelledHeading(lines.at(i));
        if (!heading) {
            inRun = false;
            continue;
        }
        const qsizetype j = nextContent(i + 1);
        const auto following = j < lines.size() ? parseLabelledHeading(lines.at(j)) : std::nullopt;
        const bool run = inRun || (following && following->label == heading->label);
        inRun = following && following->label == heading->label;
        if (run || recurs(lines.at(i)))
            continue;
        const auto previous = lastNumber.constFind(heading->label);
        const bool first = previous == lastNumber.cend();
        if (first ? heading->number > 3 : heading->number <= *previous || heading->number > *previous + 3)
            continue;
        lastNumber.insert(heading->label, heading->number);
        labelled.insert(i, {heading->label, first});
    }

    const auto numberNear = [&](qsizetype i, bool before) -> QList<int> {
        if (before) {
            for (auto it = marks.lowerBound(i); it != marks.cbegin();) {
                --it;
                if (!it->number.isEmpty())
                    return it->number;
            }
            return {};
        }
        for (auto it = marks.upperBound(i); it != marks.cend(); ++it) {
            if (!it->number.isEmpty())
                return it->number;
        }
        return {};
    };
    const auto levelAt = [&](qsizetype i) {
        const QList<int> before = numberNear(i, true);
        const QList<int> after = numberNear(i, false);
        if (before.isEmpty() || after.isEmpty() || after.first() != before.first())
            return 1;
        return int(before.size()) + 1;
    };
    const auto boundaryBefore = [&](qsizetype i) {
        return i == 0 || isBlankOrPage(lines.at(i - 1)) || endsWithSentenceEnd(lines.at(i - 1)) || isLabelOnly(lines.at(i - 1));
    };
    // Whether what follows a heading of `level` ending before line `end` is something it heads.
    const auto headsSomething = [&](qsizetype end, int level) {
        const qsizetype j = nextContent(end);
        if (j >= lines.size())
            return false;
        if (const auto numbered = marks.constFind(j); numbered != marks.cend())
            return numbered->level > level;
        if (const auto series = labelled.constFind(j); series != labelled.cend())
            return series->first;
        const QString &next = lines.at(j);
        if (looksLikeListItem(next) || (j == end && startsLower(next)))
            return true; // a list, its bullets perhaps lost
        if (next.contains(QLatin1Char('\t')) || hasHeadingShape(next) || isLabelOnly(next))
            return false;
        return endsWithSentenceEnd(next) || next.size() >= 60;
    };

    QMap<qsizetype, HeadingMark> found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // A labelled line out of its series ("Objective 7" after 2) is no heading of another kind.
        if (isBlankOrPage(line) || marks.contains(i) || labelled.contains(i) || !hasHeadingShape(line) || recurs(line)
            || !boundaryBefore(i) || parseLabelledHeading(line))
            continue;
        const int level = levelAt(i);
        QString text = line.trimmed();
        qsizetype span = 1;
        if (!headsSomething(i + 1, level)) {
            if (i + 1 >= lines.size())
                continue;
            const QString &rest = lines.at(i + 1);
            const QString joined = text + QLatin1Char(' ') + rest.trimmed();
            if (text.size() < 40 || text.endsWith(QLatin1Char(':')) || isBlankOrPage(rest) || marks.contains(i + 1)
                || labelled.contains(i + 1) || parseLabelledHeading(rest) || !hasHeadingShape(rest) || !hasHeadingShape(joined)
                || !headsSomething(i + 2, level))
                continue;
            text = joined;
            span = 2;
        }
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        found.insert(i, {level, span, text.trimmed(), {}, HeadingKind::Plain});
        i += span - 1;
    }
    for (auto it = labelled.cbegin(); it != labelled.cend(); ++it)
        found.insert(it.key(), {0, 1, lines.at(it.key()).trimmed(), {}, HeadingKind::Labelled});

    int plainLevel = 0;
    qsizetype plainEnd = -1;
    QString lastLabel;
    int lastLabelLevel = 0;
    for (auto it = found.begin(); it != found.end(); ++it) {
        if (it->kind == HeadingKind::Plain) {
            plainLevel = it->level;
            plainEnd = it.key() + it->span;
            continue;
        }
        const QString &label = labelled.value(it.key()).label;
        if (plainEnd >= 0 && nextContent(plainEnd) == it.key())
            it->level = plainLevel + 1;
        else if (label == lastLabel)
            it->level = lastLabelLevel;
        else
            it->level = levelAt(it.key());
        lastLabel = label;
        lastLabelLevel = it->level;
    }
    marks.insert(found);
}

} // namespace

QList<DocumentBlock> splitNumberedHeadings(const QString &cleanedText)
{
    const QStringList lines = cleanedText.split(QLatin1Char('\n'));
    QMap<qsizetype, HeadingMark> marks;

    QList<int> last;     // the number of the last dotted heading taken
    int lastColon = -1;  // the number of the last "NN:" heading taken, -1 for none under this one
    bool topLevel = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const std::optional<Heading> heading = line.isEmpty() || line == QLatin1String("\f") ? std::nullopt : parseHeading(line);
        if (heading && heading->colonStyle) {
            const int n = heading->number.first();
            if ((lastColon < 0 && n <= 1) || n == lastColon + 1) {
                lastColon = n;
                marks.insert(i, {int(last.size()) + 1, 1, line, {}});
            }
        } else if (heading && plausibleNext(last, heading->number)) {
            const qsizetype depth = heading->number.size();
            const bool inList = (i > 0 && isListNumber(lines.at(i - 1), depth))
                || (i + 1 < lines.size() && isListNumber(lines.at(i + 1), depth));
            if (!inList) {
                last = heading->number;
                lastColon = -1;
                marks.insert(i, {int(depth), 1, line, heading->number});
            }
        }
    }
    for (const HeadingMark &mark : std::as_const(marks))
        topLevel = topLevel || mark.level == 1;
    // Headings without numbers only where the numbers do not give the top level.
    if (!topLevel)
        markUnnumberedHeadings(lines, marks);

    const bool paged = cleanedText.contains(QLatin1Char('\f'));
    int page = paged ? 1 : 0;
    QList<DocumentBlock> blocks;
    QStringList body;
    int bodyPage = -1;
    const auto flushBody = [&] {
        const QString text = tidy(body.join(QLatin1Char('\n')));
        if (!text.isEmpty())
            blocks.append({0, text, bodyPage < 0 ? page : bodyPage});
        body.clear();
        bodyPage = -1;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line == QLatin1String("\f")) {
            ++page;
            continue;
        }
        if (const auto mark = marks.constFind(i); mark != marks.cend()) {
            flushBody();
            blocks.append({mark->level, mark->text, page});
            i += mark->span - 1;
            continue;
        }
        if (bodyPage < 0 && !line.isEmpty())
            bodyPage = page;
        body.append(line);
    }
    flushBody();
    return blocks;
}

QList<DocumentBlock> splitAtOutline(const QString &cleanedText, const QList<OutlineEntry> &outline)
{
    QList<qsizetype> pageStarts{0};
    for (qsizetype at = cleanedText.indexOf(QLatin1Char('\f')); at >= 0; at = cleanedText.indexOf(QLatin1Char('\f'), at + 1))
        pageStarts.append(at + 1);
    const auto startOfPage = [&](int page) { // 1-based; past the end: the end of the text
        const qsizetype index = std::clamp<qsizetype>(page - 1, 0, pageStarts.size());
        return index < pageStarts.size() ? pageStarts.at(index) : cleanedText.size();
    };
    const auto pageAt = [&](qsizetype offset) {
        return int(std::upper_bound(pageStarts.begin(), pageStarts.end(), offset) - pageStarts.begin());
    };

    QList<DocumentBlock> blocks;
    qsizetype cursor = 0; // where the body text after the previous heading starts
    const auto addBody = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return;
        const QString text = tidy(cleanedText.mid(from, to - from));
        if (!text.isEmpty()) {
            qsizetype first = from;
            while (first < to && cleanedText.at(first).isSpace())
                ++first;
            blocks.append({0, text, pageAt(first)});
        }
    };
    for (const OutlineEntry &entry : outline) {
        const QString title = entry.title.simplified();
        if (title.isEmpty())
            continue;
        const qsizetype from = std::max(cursor, startOfPage(entry.page));
        const qsizetype until = startOfPage(entry.page + 2);
        qsizetype at = cleanedText.indexOf(title, from, Qt::CaseInsensitive);
        if (at >= until)
            at = -1;
        const qsizetype split = at >= 0 ? at : std::min(from, qsizetype(cleanedText.size()));
        addBody(cursor, split);
        blocks.append({std::max(1, entry.level), title, pageAt(split)});
        cursor = at >= 0 ? at + title.size() : split;
    }
    addBody(cursor, cleanedText.size());
    return blocks;
}

QList<ExtractedSection> sectionsFromBlocks(const QList<DocumentBlock> &blocks, int maxSections)
{
    QList<ExtractedSection> sections;
    struct Open
    {
        int level;
        QString text;
    };
    QList<Open> stack;
    ExtractedSection current;
    QStringList parts;
    bool started = false;
    const auto close = [&] {
        current.text = tidy(parts.join(QLatin1String("\n\n")));
        if (!current.text.isEmpty())
            sections.append(current);
        parts.clear();
    };
    for (const DocumentBlock &block : blocks) {
        const QString text = block.headingLevel > 0 ? block.text.simplified() : block.text;
        if (text.trimmed().isEmpty())
            continue;
        if (block.headingLevel > 0 && sections.size() < maxSections - 1) {
            close();
            while (!stack.isEmpty() && stack.last().level >= block.headingLevel)
                stack.removeLast();
            stack.append({block.headingLevel, text});
            current = ExtractedSection{};
            for (const Open &open : std::as_const(stack))
                current.headingPath.append(open.text);
            current.page = block.page;
            started = true;
            continue;
        }
        if (!started) {
            current.page = block.page;
            started = true;
        }
        parts.append(text);
    }
    close();
    return sections;
}

} // namespace citykb::ingest
