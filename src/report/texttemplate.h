#pragma once

#include "core/result.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace citykb {

// A small logic-less template language (the part of Mustache briefings need), so that the
// layout of a briefing lives in files a network can edit:
//   {{name}}           the value, escaped for the output (HTML or Markdown)
//   {{{name}}}         the value as it is (HTML made by the program, such as a chart's SVG)
//   {{#name}}...{{/name}}  once per item of a list, once for a map, a true flag or a non-empty text
//   {{^name}}...{{/name}}  once when the value is missing, false, empty or an empty list
//   {{>file}}          another template file (a partial), rendered in the same context
//   {{! comment}}
// Names are looked up from the innermost item outwards; "." is the current item, "a.b" a
// field of a field. A tag alone on its line (sections, partials, comments) takes its line
// with it, so Markdown keeps its blank lines where the template has them.
class TextTemplate
{
public:
    enum class Escape { Html, Markdown, None };
    // The text of a partial by its file name; nullopt when there is none.
    using Partials = std::function<std::optional<QString>(const QString &name)>;

    // `name` names the template in error messages ("briefing.html").
    static Result<QString> render(const QString &name, const QString &source, const QVariant &data, Escape escape,
                                  const Partials &partials = {});

    static QString escapeHtml(const QString &text);
    // Backslashes before the characters Markdown would read as markup; line breaks become spaces.
    static QString escapeMarkdown(const QString &text);
};

} // namespace citykb
