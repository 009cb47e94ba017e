#include "personaldata.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>

namespace citykb {

namespace {

using Span = PersonalDataFilter::Span;
using Kind = PersonalDataFilter::Kind;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

const QString emailWithheld = QStringLiteral("[e-mail withheld]");
const QString phoneWithheld = QStringLiteral("[phone withheld]");

// Numbers in the KB's texts are written in the national formats of the EU, the EEA,
// Switzerland and the UK; a number is looked for as each of them would write it.
constexpr const char *phoneRegions[] = {"GB", "IE", "FR", "BE", "NL", "LU", "DE", "AT", "CH", "IT",
                                        "ES", "PT", "MT", "GR", "CY", "DK", "SE", "NO", "FI", "IS",
                                        "EE", "LV", "LT", "PL", "CZ", "SK", "HU", "SI", "HR", "RO",
                                        "BG"};
// Where nine digits in three groups of three ("612 345 678") is how phone numbers are written.
constexpr const char *threeByThreeRegions[] = {"ES", "PT", "PL", "CZ", "SK"};

// Fewer digits than this is a figure, a code or a short extension, never a full number.
constexpr int minimumPhoneDigits = 8;

int digitCount(QStringView text)
{
    int digits = 0;
    for (const QChar c : text)
        digits += (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ? 1 : 0;
    return digits;
}

// Most texts hold no personal data; this keeps the search index builder from running the
// patterns over them.
bool mayHoldPersonalData(const QString &text)
{
    if (digitCount(text) >= minimumPhoneDigits || text.contains(QLatin1Char('@')) || text.contains(QChar(0xFF20)))
        return true;
    return text.contains(QLatin1String("(at)")) || text.contains(QLatin1String("[at]"));
}

// Addresses with Unicode local parts and internationalised domains ("müller@münchen.de"),
// and the forms that hide the @ from robots ("name [at] city.eu", "name(at)city(dot)eu"; lower
// case only, since "(AT)" is Austria).
void findEmails(const QString &text, QList<Span> &spans)
{
    static const QRegularExpression email(QStringLiteral(
        "[\\p{L}\\p{N}_%+-][\\p{L}\\p{M}\\p{N}_%+'-]*(?:\\.[\\p{L}\\p{M}\\p{N}_%+'-]+)*"
        "(?:[@\\x{FF20}]|\\s?[\\[(]at[\\])]\\s?)"
        "[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?"
        "(?:(?:\\.|\\s?[\\[(]dot[\\])]\\s?)[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?)*"
        "(?:\\.|\\s?[\\[(]dot[\\])]\\s?)(?:\\p{L}[\\p{L}\\p{M}]+|(?i:xn--)[A-Za-z0-9-]+)"));
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(0), m.capturedLength(0), Kind::Email});
    }
}

// Nine digits in three groups of three: how Spain, Portugal, Poland, Czechia and Slovakia
// write phone numbers, and how everyone else writes hundreds of millions.
bool isThreeByThree(const QString &raw)
{
    static const QRegularExpression threeByThree(QStringLiteral("^[1-9][0-9]{2} [0-9]{3} [0-9]{3}$"));
    return threeByThree.match(raw).hasMatch();
}

// Shapes of figures that national formats would also accept as numbers: dates, years and
// spans of years (brackets ignored, so that "(2014) 2015-2020" is years too), numbers of EU
// acts ("2019/1234", "1303/2013"), thousands written with separators, decimals.
bool isFigure(const QString &digits)
{
    static const QRegularExpression datesAndActs[] = {
        QRegularExpression(QStringLiteral("^(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}$")),
        QRegularExpression(QStringLiteral("^[0-9]{1,2}[-./][0-9]{1,2}[-./](?:19|20)?[0-9]{2}$")),
        QRegularExpression(QStringLiteral("^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$")),
        QRegularExpression(QStringLiteral("^(?:19|20)[0-9]{2}(?: *[-/.]? *(?:19|20)[0-9]{2})+$")),
        QRegularExpression(QStringLiteral("^(?:19|20)[0-9]{2}/[0-9]{1,5}$")),
        QRegularExpression(QStringLiteral("^[1-9][0-9]{0,3}/(?:19|20)[0-9]{2}$")),
    };
    QString unbracketed = digits;
    unbracketed.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    unbracketed = unbracketed.trimmed();
    for (const QRegularExpression &shape : datesAndActs) {
        if (shape.match(unbracketed).hasMatch())
            return true;
    }
    static const QRegularExpression amounts[] = {
        QRegularExpression(QStringLiteral("^[1-9][0-9]{0,2}(?:\\.[0-9]{3})+(?:,[0-9]+)?$")),
        QRegularExpression(QStringLiteral("^[0-9]+[.,][0-9]{1,2}$")),
    };
    const QString trimmed = digits.trimmed();
    for (const QRegularExpression &amount : amounts) {
        if (amount.match(trimmed).hasMatch())
            return true;
    }
    // Thousands grouped with spaces; three groups of three only when round ("600 000 000").
    static const QRegularExpression spacedThousands(QStringLiteral("^[1-9][0-9]{0,2}(?: [0-9]{3})+(?:[.,][0-9]+)?$"));
    return spacedThousands.match(trimmed).hasMatch()
        && (!isThreeByThree(trimmed) || trimmed.endsWith(QLatin1String(" 000")));
}

// A word for a phone shortly before a run of digits: "Tel.", "phone", "mobile", "T:",
// "Telefon", "móvil", "contact", ...
bool hasPhoneWord(const QString &text, qsizetype runStart)
{
    static const QRegularExpression phoneWord(QStringLiteral(
        "\\b(?:t[eé]l|phone|mobil|m[oó]vil|cellul|gsm|fax|handy|whatsapp|sms|contact|kontakt|puhelin|tlf|tfn)"
        "|\\b(?:call|ring|cell|mob)\\b|\\b[tm]\\s?[.:]"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = std::max<qsizetype>(0, runStart - 40);
    return phoneWord.match(QStringView(text).mid(from, runStart - from)).hasMatch();
}

// The text is nothing but the number (a contact field, a one-line answer).
bool isAlone(const QString &text, qsizetype runStart, qsizetype runEnd)
{
    auto hasLetterOrDigit = [](QStringView part) {
        return std::any_of(part.begin(), part.end(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    return !hasLetterOrDigit(QStringView(text).left(runStart)) && !hasLetterOrDigit(QStringView(text).mid(runEnd));
}

// A currency, a unit or an identifier's name beside the digits makes them a figure ("EUR 600
// 000 000", "Grant agreement No 101036594", "IBAN DE89 3704 0044 ..."), unless a word for a
// phone comes before ("Tel. No. 612 345 678").
bool hasFigureCue(const QString &text, qsizetype runStart, qsizetype start, qsizetype end)
{
    static const QRegularExpression before(QStringLiteral(
        "(?:[€$£]|\\b(?:EUR|USD|GBP|CHF|SEK|DKK|NOK|ISK|PLN|CZK|HUF|RON|BGN|ISBN(?:-1[03])?|ISSN|DOI|No|Nr|number|"
        "ref|reference|ID|code|grant|agreement|contract|project|case|file|decision|regulation|directive|article|art)\\b\\.?"
        "|\\bIBAN\\b[\\s:]*[A-Z]{2}[0-9]{2})[\\s:.#°º-]*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(QStringLiteral(
        "^\\s*(?:[%€$£]|(?:EUR|euros?|USD|GBP|CHF|SEK|DKK|NOK|ISK|PLN|CZK|HUF|RON|BGN|million|billion|mio|bn|"
        "inhabitants|residents|people|citizens|persons|households|jobs|visitors|tonnes|tons|kWh|MWh|GWh|km|ha)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    auto textBefore = [&](qsizetype at) {
        const qsizetype from = std::max<qsizetype>(0, at - 24);
        return QStringView(text).mid(from, at - from);
    };
    return before.match(textBefore(runStart)).hasMatch() || before.match(textBefore(start)).hasMatch()
        || after.match(QStringView(text).mid(end, 24)).hasMatch();
}

// A number with neither "+", "00" nor a trunk "0" in front must stand on its own in its run of
// digits, or beside another number after a slash: inside "1 200 1 350 1 420" some region
// always finds a valid number.
bool standsAlone(const std::string &run, int start, int end)
{
    auto separatedBySlash = [&](int from, int to) {
        return to > from && run.find('/', std::size_t(from)) < std::size_t(to);
    };
    int before = start;
    while (before > 0 && !std::isdigit(static_cast<unsigned char>(run[std::size_t(before) - 1])))
        --before;
    int after = end;
    while (after < int(run.size()) && !std::isdigit(static_cast<unsigned char>(run[std::size_t(after)])))
        ++after;
    return (before == 0 || separatedBySlash(before, start)) && (after == int(run.size()) || separatedBySlash(end, after));
}

// The run of digits and separators as plain ASCII, one character for each QChar, so that
// libphonenumber's byte offsets are positions in the text.
std::string asciiOf(QStringView run)
{
    std::string out;
    out.reserve(std::size_t(run.size()));
    for (const QChar c : run) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += char(u);
        else if (u == 0x00A0 || u == 0x2009 || u == 0x202F)
            out += ' ';
        else
            out += '-'; // the dashes the run pattern allows
    }
    return out;
}

// Phone numbers are found by libphonenumber as each region in phoneRegions would write them,
// at its POSSIBLE leniency (so that reserved ranges such as 07700 900xxx count), then sifted:
// at least 8 digits, not shaped like a figure, no currency, unit or identifier beside it
// unless a word for a phone comes before. A number without "+", "00" or a trunk "0" in front
// looks like any figure, so it also needs a word for a phone before it (or to be the whole
// text), to be valid in that region, to have at most 10 digits and to stand alone.
void findPhones(const QString &text, QList<Span> &spans)
{
    // A run of digits with the separators numbers are written with, not glued to a word, a
    // path or a figure before it. Commas separate figures, never the parts of a number.
    static const QRegularExpression runPattern(QStringLiteral(
        "(?<![\\p{L}\\p{N}_/=#])(?<![0-9][.,])(?:\\+|\\(\\+?[0-9]{1,4}\\)\\s?)?[0-9]"
        "(?:[0-9 \\x{00A0}\\x{2009}\\x{202F}./()\\x{2010}-\\x{2013}-]*[0-9])?"));
    static const QRegularExpression marked(QStringLiteral("(?:^|[^0-9])[+(0]"));
    static const QRegularExpression strongPrefix(QStringLiteral("^(?:\\+|\\(\\+?[0-9]{1,3}\\)|\\(?0)"));
    constexpr int maximumBareDigits = 10;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    for (auto it = runPattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString runText = m.captured(0);
        if (digitCount(runText) < minimumPhoneDigits || isFigure(runText))
            continue;
        const qsizetype runStart = m.capturedStart(0);
        const bool phoneWord = hasPhoneWord(text, runStart);
        const bool bareAllowed = phoneWord || isAlone(text, runStart, m.capturedEnd(0));
        // Most figures end here, before the costly matching.
        if (!bareAllowed && !marked.match(runText).hasMatch())
            continue;
        const std::string run = asciiOf(runText);
        bool wholeRun = false; // a number found for the whole run ends the search
        for (const char *region : phoneRegions) {
            PhoneNumberMatcher matcher(util, run, region, PhoneNumberMatcher::POSSIBLE, std::numeric_limits<int>::max());
            PhoneNumberMatch match;
            while (matcher.HasNext() && matcher.Next(&match)) {
                const QString raw = QString::fromLatin1(match.raw_string().data(), qsizetype(match.raw_string().size()));
                const qsizetype start = runStart + match.start();
                const qsizetype end = start + match.length();
                const int digits = digitCount(raw);
                if (digits < minimumPhoneDigits || isFigure(raw) || (!phoneWord && hasFigureCue(text, runStart, start, end)))
                    continue;
                if (!strongPrefix.match(raw).hasMatch()) {
                    const bool writtenSoHere = !isThreeByThree(raw)
                        || std::any_of(std::begin(threeByThreeRegions), std::end(threeByThreeRegions),
                                       [&](const char *r) { return qstrcmp(r, region) == 0; });
                    if (!bareAllowed || digits > maximumBareDigits || !writtenSoHere
                        || !util.IsValidNumberForRegion(match.number(), region) || !standsAlone(run, match.start(), match.end()))
                        continue;
                }
                spans.append({start, match.length(), Kind::Phone});
                wholeRun = wholeRun || match.length() == int(run.size());
            }
            if (wholeRun)
                break;
        }
    }
}

// Sorted, with overlapping spans joined.
QList<Span> joined(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> out;
    for (const Span &s : spans) {
        if (!out.isEmpty() && s.start < out.last().start + out.last().length) {
            Span &last = out.last();
            last.length = std::max(last.start + last.length, s.start + s.length) - last.start;
            if (s.kind == Kind::Email)
                last.kind = Kind::Email;
        } else {
            out.append(s);
        }
    }
    return out;
}

// Strings anywhere inside a nested JSON value (fees, actions, respondents, ...).
QJsonValue filterJson(const PersonalDataFilter &f, const QJsonValue &value)
{
    if (value.isString())
        return f.filterText(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(filterJson(f, item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), filterJson(f, it.value()));
        return out;
    }
    return value;
}

// Only text and nested JSON can hold personal data; keys, references and numbers stay exact,
// so a filtered bundle still imports.
QJsonObject filterFields(const PersonalDataFilter &f, const QList<FieldSpec> &fields, QJsonObject object)
{
    for (const FieldSpec &field : fields) {
        auto it = object.find(field.name);
        if (it == object.end())
            continue;
        if (field.kind == FieldKind::Text)
            *it = f.filterText(it->toString());
        else if (field.kind == FieldKind::Json)
            *it = filterJson(f, *it);
    }
    return object;
}

} // namespace

void PersonalDataFilter::addKnownValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    // Very short values ("-", "n/a") would blank out ordinary text.
    if (trimmed.size() < 6)
        return;
    // Longest first, so that one value inside another is not left in pieces.
    const auto at = std::upper_bound(m_known.begin(), m_known.end(), trimmed,
                                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_known.insert(at, trimmed);
}

QList<PersonalDataFilter::Span> PersonalDataFilter::find(const QString &text) const
{
    QList<Span> spans;
    for (const QString &known : m_known) {
        const Kind kind = known.contains(QLatin1Char('@')) ? Kind::Email : Kind::Phone;
        for (qsizetype at = text.indexOf(known, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(known, at + known.size(), Qt::CaseInsensitive))
            spans.append({at, known.size(), kind});
    }
    if (mayHoldPersonalData(text)) {
        findEmails(text, spans);
        findPhones(text, spans);
    }
    return joined(std::move(spans));
}

QString PersonalDataFilter::filterText(const QString &text, Replacement replacement) const
{
    const QList<Span> spans = find(text);
    if (spans.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const Span &s : spans) {
        out += QStringView(text).mid(last, s.start - last);
        if (replacement == Replacement::Blank)
            out += QLatin1Char(' ');
        else
            out += s.kind == Kind::Email ? emailWithheld : phoneWithheld;
        last = s.start + s.length;
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonObject PersonalDataFilter::filter(RecordType type, const QJsonObject &record) const
{
    const RecordSpec &spec = specFor(type);
    QJsonObject out = filterFields(*this, spec.fields, record);
    for (const ChildSpec &child : spec.children) {
        if (child.flatRef || !out.contains(child.name))
            continue; // lists of keys
        QJsonArray items;
        for (const QJsonValue &item : out.value(child.name).toArray())
            items.append(filterFields(*this, child.fields, item.toObject()));
        out.insert(child.name, items);
    }
    if (type == RecordType::Person) {
        out.remove(QStringLiteral("email"));
        out.remove(QStringLiteral("phone"));
    }
    return out;
}

} // namespace citykb
