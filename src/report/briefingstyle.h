#pragma once

#include "core/result.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

// The page of a PDF briefing, from page.json.
struct BriefingPageStyle
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QMarginsF marginsMm{22, 24, 20, 22}; // left, top, right, bottom
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double headerFontPt = 8;
    QColor accent{0x1f, 0x4e, 0x79};
    QColor text{0x22, 0x22, 0x22};
    QColor muted{0x66, 0x66, 0x66};
    QList<QColor> chartColours; // the bars' colours in turn; none: the accent
    // Templates of the running header and footer: {{title}}, {{date}}, {{kbName}}, {{page}}, {{pages}}.
    QString header = QStringLiteral("{{title}}");
    QString headerRight = QStringLiteral("{{date}}");
    QString footer = QStringLiteral("{{page}} / {{pages}}");
    double titleTopMm = 55; // where the title page's text starts, below the top margin
};

// The layout of briefings: templates, style sheets and page settings. Each file comes from the
// first of the folders given that has it (a KB's own `briefing/` folder, a folder named on the
// command line), else from the built-in set in resources/briefing/, so a network can restyle
// its briefings by dropping one edited file in a folder, without touching code.
//
// Files: briefing.html and briefing.css (HTML), briefing.md (Markdown), pdf-title.html,
// pdf-toc.html, pdf-body.html and pdf.css (the PDF, in the HTML subset Qt's rich text reads),
// sections.html (the sections, shared by the HTML and the PDF) and page.json.
class BriefingStyle
{
public:
    static Result<BriefingStyle> load(const QStringList &overrideDirs = {});

    // The text of a file of the set; nullopt for a name that is not one.
    std::optional<QString> file(const QString &name) const;
    const BriefingPageStyle &page() const { return m_page; }
    // Where each file came from ("built-in" or a path), for messages.
    QString origin(const QString &name) const { return m_origins.value(name); }

    static QStringList fileNames();
    // The folder inside a KB whose files override the built-in ones.
    static QString kbFolderName(); // "briefing"

private:
    QHash<QString, QString> m_files;
    QHash<QString, QString> m_origins;
    BriefingPageStyle m_page;
};

} // namespace citykb
