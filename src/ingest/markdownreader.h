#pragma once

#include "rawdocument.h"

#include <QString>

namespace citykb::ingest {

// Reads CommonMark with cmark: ATX and setext headings become headings at their level,
// paragraphs, list items, block quotes and code blocks become body text; emphasis, links and
// inline HTML leave their text. The first level-1 heading is the title candidate. Never fails.
RawDocument parseMarkdown(const QString &markdown);

// True when text reads as Markdown: at least two ATX headings ("# Title", "## Part") at the
// start of a line, or one such heading on the first line.
bool looksLikeMarkdown(QStringView text);

} // namespace citykb::ingest
