// Fuzz target: decoding bytes of unknown encoding and cleaning the text.

#include "ingest/textcleaner.h"
#include "ingest/textdecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const citykb::ingest::DecodedText decoded = citykb::ingest::decodeText(bytes);
    const citykb::ingest::CleanedText cleaned = citykb::ingest::cleanText(decoded.text);
    // Cleaning adds nothing but the blank lines around page marks and paragraph separators.
    if (cleaned.text.size() > decoded.text.size() + 4 * decoded.text.count(QLatin1Char('\f')) + decoded.text.count(QChar(0x2029)))
        std::abort();
    if (cleaned.text.contains(QLatin1String("\n\n\n")))
        std::abort();
    citykb::ingest::cleanParagraph(decoded.text);
    return 0;
}
