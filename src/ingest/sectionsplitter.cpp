#include "sectionsplitter.h"

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

} // namespace

QList<DocumentBlock> splitNumberedHeadings(const QString &cleanedText)
{
    const QStringList lines = cleanedText.split(QLatin1Char('\n'));
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

    QList<int> last;     // the number of the last dotted heading taken
    int lastColon = -1;  // the number of the last "NN:" heading taken, -1 for none under this one
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line == QLatin1String("\f")) {
            ++page;
            continue;
        }
        const std::optional<Heading> heading = line.isEmpty() ? std::nullopt : parseHeading(line);
        bool taken = false;
        int level = 0;
        if (heading && heading->colonStyle) {
            const int n = heading->number.first();
            if ((lastColon < 0 && n <= 1) || n == lastColon + 1) {
                taken = true;
                lastColon = n;
                level = int(last.size()) + 1;
            }
        } else if (heading && plausibleNext(last, heading->number)) {
            const qsizetype depth = heading->number.size();
            const bool inList = (i > 0 && isListNumber(lines.at(i - 1), depth))
                || (i + 1 < lines.size() && isListNumber(lines.at(i + 1), depth));
            if (!inList) {
                taken = true;
                last = heading->number;
                lastColon = -1;
                level = int(depth);
            }
        }
        if (taken) {
            flushBody();
            blocks.append({level, line, page});
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
