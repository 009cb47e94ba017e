// Fuzz target: the XML of DOCX (document.xml, styles.xml, core.xml) and ODT (content.xml,
// meta.xml). The first byte chooses which part the rest of the input stands for.

#include "ingest/officereader.h"

#include <cstdint>
#include <cstdlib>

namespace {

const QByteArray styles = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
const QByteArray document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                            "<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:r><w:t>text</w:t></w:r></w:p></w:body></w:document>";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace citykb;
    using namespace citykb::ingest;
    if (size == 0)
        return 0;
    const QByteArray xml(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString name = QStringLiteral("fuzz");
    constexpr qint64 maxText = 1 << 20;
    Result<RawDocument> r = Result<RawDocument>::failure(QString());
    switch (data[0] % 5) {
    case 0: r = parseDocxXml(xml, styles, {}, name, maxText); break;
    case 1: r = parseDocxXml(document, xml, {}, name, maxText); break;
    case 2: r = parseDocxXml(document, {}, xml, name, maxText); break;
    case 3: r = parseOdtXml(xml, {}, name, maxText); break;
    default: r = parseOdtXml("<office:document-content/>", xml, name, maxText); break;
    }
    if (!r.ok() && r.error().isEmpty())
        std::abort();
    return 0;
}
