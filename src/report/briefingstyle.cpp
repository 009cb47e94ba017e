#include "briefingstyle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initBriefingResources()
{
    Q_INIT_RESOURCE(briefing);
}

namespace citykb {

namespace {

// Templates are text; a file beyond this is not one.
constexpr qint64 maxStyleFileSize = 1024 * 1024;

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(QStringLiteral("Cannot read the briefing file %1: %2.").arg(path, file.errorString()));
    if (file.size() > maxStyleFileSize)
        return Result<QString>::failure(QStringLiteral("The briefing file %1 is larger than 1 MiB.").arg(path));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Result<QString>::failure(QStringLiteral("The briefing file %1 is not UTF-8 text.").arg(path));
    return text;
}

Result<QColor> colour(const QJsonObject &o, const char *name, const QColor &fallback, const QString &origin)
{
    const QJsonValue value = o.value(QLatin1String(name));
    if (value.isUndefined())
        return fallback;
    const QColor c = QColor::fromString(value.toString());
    if (!value.isString() || !c.isValid())
        return Result<QColor>::failure(QStringLiteral("The field \"%1\" of %2 is not a colour such as \"#1f4e79\".").arg(QLatin1String(name), origin));
    return c;
}

Result<BriefingPageStyle> parsePage(const QString &text, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<BriefingPageStyle>::failure(QStringLiteral("The briefing page settings %1 are not a JSON object.").arg(origin));
    const QJsonObject o = doc.object();
    BriefingPageStyle page;
    if (const QJsonValue size = o.value(QLatin1String("page_size")); !size.isUndefined()) {
        if (size.toString() == QLatin1String("A4"))
            page.pageSize = QPageSize::A4;
        else if (size.toString() == QLatin1String("Letter"))
            page.pageSize = QPageSize::Letter;
        else
            return Result<BriefingPageStyle>::failure(QStringLiteral("The field \"page_size\" of %1 must be \"A4\" or \"Letter\".").arg(origin));
    }
    if (const QJsonValue margins = o.value(QLatin1String("margins_mm")); !margins.isUndefined()) {
        const QJsonObject m = margins.toObject();
        auto side = [&](const char *name, double fallback) -> std::optional<double> {
            const QJsonValue v = m.value(QLatin1String(name));
            if (v.isUndefined())
                return fallback;
            if (!v.isDouble() || v.toDouble() < 5 || v.toDouble() > 60)
                return std::nullopt;
            return v.toDouble();
        };
        const auto left = side("left", page.marginsMm.left());
        const auto top = side("top", page.marginsMm.top());
        const auto right = side("right", page.marginsMm.right());
        const auto bottom = side("bottom", page.marginsMm.bottom());
        if (!margins.isObject() || !left || !top || !right || !bottom)
            return Result<BriefingPageStyle>::failure(
                QStringLiteral("The field \"margins_mm\" of %1 needs left, top, right and bottom from 5 to 60 mm.").arg(origin));
        page.marginsMm = QMarginsF(*left, *top, *right, *bottom);
    }
    auto textField = [&](const char *name, QString &target) -> Status {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return Status::failure(QStringLiteral("The field \"%1\" of %2 must be a text.").arg(QLatin1String(name), origin));
        target = v.toString();
        return {};
    };
    for (const auto &[name, target] : {std::pair<const char *, QString *>{"font_family", &page.fontFamily},
                                       {"header", &page.header},
                                       {"header_right", &page.headerRight},
                                       {"footer", &page.footer}}) {
        if (Status s = textField(name, *target); !s)
            return s.fullError();
    }
    auto number = [&](const char *name, double &target, double min, double max) -> Status {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            return Status::failure(QStringLiteral("The field \"%1\" of %2 must be a number from %3 to %4.")
                                       .arg(QLatin1String(name), origin).arg(min).arg(max));
        target = v.toDouble();
        return {};
    };
    if (Status s = number("header_font_pt", page.headerFontPt, 5, 20); !s)
        return s.fullError();
    if (Status s = number("title_top_mm", page.titleTopMm, 0, 200); !s)
        return s.fullError();
    for (const auto &[name, target] : {std::pair<const char *, QColor *>{"accent", &page.accent}, {"text", &page.text}, {"muted", &page.muted}}) {
        auto c = colour(o, name, *target, origin);
        if (!c)
            return c.fullError();
        *target = c.value();
    }
    if (const QJsonValue colours = o.value(QLatin1String("chart_colours")); !colours.isUndefined()) {
        QList<QColor> list;
        for (const QJsonValue &v : colours.toArray()) {
            const QColor c = QColor::fromString(v.toString());
            if (!c.isValid())
                return Result<BriefingPageStyle>::failure(QStringLiteral("The field \"chart_colours\" of %1 holds something that is not a colour.").arg(origin));
            list.append(c);
        }
        if (list.isEmpty())
            return Result<BriefingPageStyle>::failure(QStringLiteral("The field \"chart_colours\" of %1 needs at least one colour.").arg(origin));
        page.chartColours = list;
    }
    return page;
}

} // namespace

QStringList BriefingStyle::fileNames()
{
    return {QStringLiteral("briefing.html"), QStringLiteral("briefing.css"), QStringLiteral("briefing.md"),
            QStringLiteral("sections.html"), QStringLiteral("pdf-title.html"), QStringLiteral("pdf-toc.html"),
            QStringLiteral("pdf-body.html"), QStringLiteral("pdf.css"), QStringLiteral("page.json")};
}

QString BriefingStyle::kbFolderName()
{
    return QStringLiteral("briefing");
}

Result<BriefingStyle> BriefingStyle::load(const QStringList &overrideDirs)
{
    initBriefingResources();
    BriefingStyle style;
    for (const QString &name : fileNames()) {
        QString path = QStringLiteral(":/briefing/") + name;
        QString origin = QStringLiteral("built-in");
        for (const QString &dir : overrideDirs) {
            const QString candidate = QDir(dir).filePath(name);
            if (!dir.isEmpty() && QFileInfo(candidate).isFile()) {
                path = candidate;
                origin = candidate;
                break;
            }
        }
        auto text = readText(path);
        if (!text)
            return text.fullError();
        style.m_files.insert(name, text.value());
        style.m_origins.insert(name, origin);
    }
    auto page = parsePage(style.m_files.value(QStringLiteral("page.json")), style.origin(QStringLiteral("page.json")));
    if (!page)
        return page.fullError();
    style.m_page = page.value();
    return style;
}

std::optional<QString> BriefingStyle::file(const QString &name) const
{
    auto it = m_files.constFind(name);
    if (it == m_files.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace citykb
