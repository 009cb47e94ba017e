// Fuzz target: HTML (charset sniffing, gumbo, the walk that drops page chrome) and Markdown.

#include "ingest/htmlreader.h"
#include "ingest/markdownreader.h"
#include "ingest/textdecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace citykb::ingest;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DecodedText decoded = decodeText(bytes, declaredHtmlCharset(bytes));
    const RawDocument html = parseHtml(decoded.text);
    for (const DocumentBlock &b : html.blocks) {
        if (b.text.trimmed().isEmpty() || b.headingLevel < 0 || b.headingLevel > 6)
            std::abort();
    }
    const RawDocument markdown = parseMarkdown(decoded.text);
    for (const DocumentBlock &b : markdown.blocks) {
        if (b.headingLevel < 0 || b.headingLevel > 6)
            std::abort();
    }
    return 0;
}
