#pragma once

#include <QString>

namespace citykb::ingest {

// The ISO 639-1 code of the language most of the text is in ("de", "fr", ...), or an empty
// string when the text is too short or too mixed to tell. Of a long text it reads about 16,000
// characters in evenly spread pieces. Uses CLD2's compiled-in tables, so it needs no data files
// and no network.
QString detectLanguage(const QString &text);

} // namespace citykb::ingest
