// Fuzz target: a whole file through readDocumentBytes — format sniffing, ZIP reading with its
// limits, every reader, cleaning, sections, language and title — with small limits.

#include "ingest/documentreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace citykb::ingest;
    ReadLimits limits;
    limits.maxUncompressedSize = 4 * 1024 * 1024;
    limits.maxTextLength = 1024 * 1024;
    limits.maxPages = 20;
    limits.maxSections = 200;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto doc = readDocumentBytes(bytes, QStringLiteral("fuzz.docx"), limits);
    if (doc.ok()) {
        if (doc->sections.isEmpty() || doc->sections.size() > 200 || doc->title.isEmpty() || !doc->checksum.startsWith(QLatin1String("sha256:")))
            std::abort();
    } else if (doc.error().isEmpty() || doc.error().contains(QChar(0))) {
        std::abort();
    }
    return 0;
}
