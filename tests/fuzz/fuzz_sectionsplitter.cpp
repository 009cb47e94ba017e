// Fuzz target: numbered-heading and outline splitting, and sections from the blocks.

#include "ingest/sectionsplitter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace citykb::ingest;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<DocumentBlock> blocks = splitNumberedHeadings(text);
    const QList<ExtractedSection> sections = sectionsFromBlocks(blocks, 50);
    if (sections.size() > 50)
        std::abort();
    for (const ExtractedSection &s : sections) {
        if (s.text.isEmpty() || s.text.contains(QLatin1Char('\f')))
            std::abort();
    }
    // An outline made of the text's own first lines, on pages from its first bytes.
    QList<OutlineEntry> outline;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 8; ++i)
        outline.append({int(i % 3) + 1, lines.at(i).left(40), size > std::size_t(i) ? int(data[i] % 5) - 1 : 1});
    sectionsFromBlocks(splitAtOutline(text, outline), 1000);
    return 0;
}
