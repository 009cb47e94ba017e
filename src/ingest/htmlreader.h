#pragma once

#include "rawdocument.h"

#include <QString>

namespace citykb::ingest {

// Reads HTML (already decoded) with gumbo, the HTML5 parsing algorithm browsers use: h1-h6
// become headings, block elements paragraphs; scripts, styles, forms, navigation, asides and
// the page's own header and footer (outside <article> and <main>) are dropped, as is anything
// marked hidden. Title from <title>, author and date from <meta>, the language hint from
// <html lang>. Never fails: any bytes are some HTML.
RawDocument parseHtml(const QString &html);

} // namespace citykb::ingest
