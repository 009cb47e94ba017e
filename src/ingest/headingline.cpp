#include "headingline.h"

#include <QRegularExpression>
#include <QSet>

namespace citykb::ingest {

namespace {

// The first letter (after an opening quote or bracket) is a capital.
bool startsWithCapital(QStringView s)
{
    for (qsizetype i = 0; i < s.size() && i < 3; ++i) {
        if (s.at(i).isLetter())
            return s.at(i).isUpper();
        if (!QStringView(u"\"'‘“(«").contains(s.at(i)))
            return false;
    }
    return false;
}

qsizetype tokenCount(QStringView s)
{
    qsizetype tokens = 0;
    bool inToken = false;
    for (const QChar c : s) {
        if (c.isSpace()) {
            inToken = false;
        } else if (!inToken) {
            ++tokens;
            inToken = true;
        }
    }
    return tokens;
}

// Words that end a lead-in to a list ("The main focus of the WG is on:"), not a heading.
bool leadsIntoList(QStringView lastWord)
{
    static const QSet<QString> words = {
        QStringLiteral("on"),        QStringLiteral("in"),        QStringLiteral("of"),       QStringLiteral("to"),
        QStringLiteral("for"),       QStringLiteral("as"),        QStringLiteral("at"),       QStringLiteral("by"),
        QStringLiteral("with"),      QStringLiteral("from"),      QStringLiteral("is"),       QStringLiteral("are"),
        QStringLiteral("was"),       QStringLiteral("were"),      QStringLiteral("be"),       QStringLiteral("include"),
        QStringLiteral("includes"),  QStringLiteral("including"), QStringLiteral("following"), QStringLiteral("follows"),
        QStringLiteral("below"),     QStringLiteral("these"),     QStringLiteral("this"),     QStringLiteral("that"),
        QStringLiteral("such"),      QStringLiteral("and"),       QStringLiteral("or"),       QStringLiteral("the"),
        QStringLiteral("de"),        QStringLiteral("des"),      QStringLiteral("du"),
        QStringLiteral("la"),        QStringLiteral("le"),        QStringLiteral("les"),      QStringLiteral("pour"),
        QStringLiteral("sur"),       QStringLiteral("für"),       QStringLiteral("von"),      QStringLiteral("mit"),
        QStringLiteral("und"),       QStringLiteral("sind"),      QStringLiteral("ist"),      QStringLiteral("folgende"),
        QStringLiteral("di"),        QStringLiteral("per"),       QStringLiteral("del"),      QStringLiteral("della"),
        QStringLiteral("en"),        QStringLiteral("el"),        QStringLiteral("los"),      QStringLiteral("las"),
        QStringLiteral("y"),         QStringLiteral("que"),
    };
    return words.contains(lastWord.toString().toLower());
}

int labelNumber(QStringView n)
{
    bool ok = false;
    const int value = n.toInt(&ok);
    if (ok)
        return value;
    static const QStringList roman = {QStringLiteral("I"),   QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
                                      QStringLiteral("V"),   QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII"),
                                      QStringLiteral("IX"),  QStringLiteral("X")};
    if (const qsizetype r = roman.indexOf(n.toString()); r >= 0)
        return int(r) + 1;
    if (n.size() == 1 && n.at(0) >= QLatin1Char('A') && n.at(0) <= QLatin1Char('J'))
        return n.at(0).unicode() - 'A' + 1;
    return 0;
}

bool isCaptionLabel(const QString &label)
{
    static const QSet<QString> captions = {
        QStringLiteral("table"),    QStringLiteral("figure"),   QStringLiteral("fig"),     QStringLiteral("chart"),
        QStringLiteral("graph"),    QStringLiteral("map"),      QStringLiteral("photo"),   QStringLiteral("picture"),
        QStringLiteral("image"),    QStringLiteral("source"),   QStringLiteral("note"),    QStringLiteral("page"),
        QStringLiteral("diagram"),  QStringLiteral("exhibit"),  QStringLiteral("tabelle"), QStringLiteral("abbildung"),
        QStringLiteral("abb"),      QStringLiteral("tableau"),  QStringLiteral("tabla"),   QStringLiteral("tabella"),
        QStringLiteral("grafico"),  QStringLiteral("gráfico"),  QStringLiteral("figura"),  QStringLiteral("seite"),
    };
    return captions.contains(label);
}

} // namespace

bool endsWithSentenceEnd(QStringView line)
{
    qsizetype i = line.size() - 1;
    while (i >= 0 && (line.at(i).isSpace() || QStringView(u"\"'’”)]»*").contains(line.at(i))))
        --i;
    return i >= 0 && QStringView(u".!?").contains(line.at(i));
}

bool hasHeadingShape(QStringView line)
{
    const QStringView s = line.trimmed();
    if (s.isEmpty() || s.size() > 100 || s.contains(QLatin1Char('\t')) || !startsWithCapital(s))
        return false;
    const qsizetype tokens = tokenCount(s);
    if (tokens > 12)
        return false;
    if (QStringView(u".,;!?…-–—").contains(s.back()) || endsWithSentenceEnd(s))
        return false;
    if (s.back() == QLatin1Char(':')) {
        const QStringView beforeColon = s.chopped(1).trimmed();
        const qsizetype space = beforeColon.lastIndexOf(QLatin1Char(' '));
        if (tokens > 6 || leadsIntoList(beforeColon.sliced(space + 1)))
            return false;
    }
    if (s.contains(QLatin1String("://")) || s.contains(QLatin1String("www.")) || s.contains(QLatin1Char('@')))
        return false;
    // "Table 1: Partner cities", "Source: Eurostat": a caption.
    static const QRegularExpression caption(QStringLiteral(R"(^(\p{L}+)\.?(?:\s*:|\s+(?:\d|[IVX]+\b|[A-Z]\b)))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = caption.match(s); m.hasMatch() && isCaptionLabel(m.captured(1).toLower()))
        return false;
    // "February 2018", "March 12, 2019": a date line, not a heading.
    static const QRegularExpression date(QStringLiteral(R"(^\p{L}+\.?\s+(?:\d{1,2},?\s+)?\d{4}$)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (date.match(s).hasMatch())
        return false;
    qsizetype letters = 0;
    for (const QChar c : s)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 3;
}

std::optional<LabelledHeading> parseLabelledHeading(QStringView line)
{
    static const QRegularExpression labelled(
        QStringLiteral(R"(^(\p{Lu}\p{Ll}{2,19}|\p{Lu}{2,6})\s+(\d{1,2}|[IVX]{1,4}|[A-J])\s*[-–—:]\s*(\S.*)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QStringView s = line.trimmed();
    // Cheap checks first: the cleaner asks this of most lines.
    if (s.size() < 5 || s.size() > 140 || !s.at(0).isUpper() || s.contains(QLatin1Char('\t')))
        return std::nullopt;
    const auto m = labelled.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    LabelledHeading heading{m.captured(1).toLower(), labelNumber(m.capturedView(2))};
    const QStringView title = m.capturedView(3).trimmed();
    if (heading.number == 0 || isCaptionLabel(heading.label) || title.size() > 120 || title.count(QLatin1Char(' ')) >= 20
        || !startsWithCapital(title) || QStringView(u".,;:!?").contains(title.back()))
        return std::nullopt;
    return heading;
}

bool isLabelOnly(QStringView line)
{
    static const QRegularExpression labelOnly(QStringLiteral(R"(^\p{Lu}\p{Ll}{2,19}\s+(?:\d{1,3}|[IVX]{1,4}|[A-J])$)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    return labelOnly.match(line.trimmed()).hasMatch();
}

} // namespace citykb::ingest
