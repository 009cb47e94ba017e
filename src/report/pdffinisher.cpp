#include "pdffinisher.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>
#include <vector>

namespace citykb {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

// D:20260131120000+00'00' for the document information; the XMP gets the same instant.
QString pdfDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss")) + QStringLiteral("+00'00'");
}

QString xmpDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QStringLiteral("+00:00");
}

// The XMP packet PDF/A-1b asks for, saying what the document information says.
QByteArray xmpPacket(const PdfFinish &f)
{
    const QString date = xmpDate(f.created);
    QString x;
    x += QStringLiteral("<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                        "<dc:format>application/pdf</dc:format>\n");
    x += QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n").arg(xml(f.title));
    if (!f.author.isEmpty())
        x += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n").arg(xml(f.author));
    if (!f.subject.isEmpty())
        x += QStringLiteral("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n").arg(xml(f.subject));
    if (!f.language.isEmpty())
        x += QStringLiteral("<dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n").arg(xml(f.language));
    x += QStringLiteral("</rdf:Description>\n");
    x += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                        "<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
                        "<xmp:ModifyDate>%2</xmp:ModifyDate>\n<xmp:MetadataDate>%2</xmp:MetadataDate>\n</rdf:Description>\n")
             .arg(xml(f.creator), date);
    x += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n<pdf:Producer>%1</pdf:Producer>\n")
             .arg(xml(f.producer));
    if (!f.keywords.isEmpty())
        x += QStringLiteral("<pdf:Keywords>%1</pdf:Keywords>\n").arg(xml(f.keywords.join(QStringLiteral(", "))));
    x += QStringLiteral("</rdf:Description>\n");
    x += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                        "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n"
                        "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toUtf8();
}

QPDFObjectHandle destination(const std::vector<QPDFPageObjectHelper> &pages, const PdfDestination &d)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(pages.at(size_t(d.page)).getObjectHandle());
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newNull());
    dest.appendItem(QPDFObjectHandle::newReal(d.top, 2));
    dest.appendItem(QPDFObjectHandle::newNull());
    return dest;
}

bool validDestination(const std::vector<QPDFPageObjectHelper> &pages, const PdfDestination &d)
{
    return d.page >= 0 && size_t(d.page) < pages.size();
}

// Links Qt wrote as URIs "#name" become jumps inside the document.
void fixLinks(const std::vector<QPDFPageObjectHelper> &pages, const QHash<QString, PdfDestination> &anchors)
{
    for (const QPDFPageObjectHelper &page : pages) {
        QPDFObjectHandle pageObject = page.getObjectHandle();
        QPDFObjectHandle annots = pageObject.getKey("/Annots");
        if (!annots.isArray())
            continue;
        QPDFObjectHandle kept = QPDFObjectHandle::newArray();
        for (int i = 0; i < annots.getArrayNItems(); ++i) {
            QPDFObjectHandle annot = annots.getArrayItem(i);
            QPDFObjectHandle action = annot.isDictionary() ? annot.getKey("/A") : QPDFObjectHandle::newNull();
            if (action.isDictionary() && action.getKey("/S").isNameAndEquals("/URI") && action.getKey("/URI").isString()) {
                const QString uri = QString::fromStdString(action.getKey("/URI").getStringValue());
                if (uri.startsWith(QLatin1Char('#'))) {
                    auto it = anchors.constFind(uri.mid(1));
                    if (it == anchors.constEnd() || !validDestination(pages, it.value()))
                        continue; // a link to nowhere goes
                    annot.removeKey("/A");
                    annot.replaceKey("/Dest", destination(pages, it.value()));
                }
            }
            kept.appendItem(annot);
        }
        if (kept.getArrayNItems() == 0)
            pageObject.removeKey("/Annots");
        else
            pageObject.replaceKey("/Annots", kept);
    }
}

void addOutline(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const PdfFinish &f)
{
    struct Item
    {
        QPDFObjectHandle object;
        std::vector<size_t> children;
    };
    std::vector<Item> items;
    std::vector<size_t> top;
    for (const PdfOutlineEntry &entry : f.outline) {
        auto it = f.anchors.constFind(entry.anchor);
        if (it == f.anchors.constEnd() || !validDestination(pages, it.value()))
            continue;
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(entry.title)));
        item.replaceKey("/Dest", destination(pages, it.value()));
        items.push_back(Item{item, {}});
        if (entry.level > 1 && !top.empty())
            items.at(top.back()).children.push_back(items.size() - 1);
        else
            top.push_back(items.size() - 1);
    }
    if (top.empty())
        return;
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    auto link = [&](QPDFObjectHandle parent, const std::vector<size_t> &kids) {
        for (size_t i = 0; i < kids.size(); ++i) {
            QPDFObjectHandle item = items.at(kids.at(i)).object;
            item.replaceKey("/Parent", parent);
            if (i > 0)
                item.replaceKey("/Prev", items.at(kids.at(i - 1)).object);
            if (i + 1 < kids.size())
                item.replaceKey("/Next", items.at(kids.at(i + 1)).object);
        }
        parent.replaceKey("/First", items.at(kids.front()).object);
        parent.replaceKey("/Last", items.at(kids.back()).object);
    };
    link(outlines, top);
    size_t visible = top.size();
    for (size_t index : top) {
        Item &item = items.at(index);
        if (item.children.empty())
            continue;
        link(item.object, item.children);
        // Open: the sections' entries show their sub-entries.
        item.object.replaceKey("/Count", QPDFObjectHandle::newInteger((long long)item.children.size()));
        visible += item.children.size();
    }
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger((long long)visible));
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

void setInfo(QPDF &pdf, const PdfFinish &f)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    auto set = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            info.removeKey(key);
        else
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
    };
    set("/Title", f.title);
    set("/Subject", f.subject);
    set("/Author", f.author);
    set("/Creator", f.creator);
    set("/Producer", f.producer);
    set("/Keywords", f.keywords.join(QStringLiteral(", ")));
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(utf8(pdfDate(f.created))));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(utf8(pdfDate(f.created))));

    QPDFObjectHandle root = pdf.getRoot();
    const QByteArray xmp = xmpPacket(f);
    QPDFObjectHandle metadata = root.getKey("/Metadata");
    if (!metadata.isStream()) {
        metadata = pdf.newStream();
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);
    }
    // PDF/A-1 wants the metadata unfiltered, so that any tool can read it.
    metadata.replaceStreamData(std::string(xmp.constData(), size_t(xmp.size())), QPDFObjectHandle::newNull(),
                               QPDFObjectHandle::newNull());
    if (!f.language.isEmpty())
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(f.language)));
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray &input, const PdfFinish &finish)
{
    // qpdf reports problems as exceptions; none leaves this function.
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("briefing", input.constData(), size_t(input.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        fixLinks(pages, finish.anchors);
        addOutline(pdf, pages, finish);
        setInfo(pdf, finish);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_disable); // PDF 1.4 and PDF/A-1 have no object streams
        writer.setLinearization(false);
        writer.write();
        std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Result<QByteArray>::failure(
            QStringLiteral("Could not add the outline and links to the PDF: %1.").arg(QString::fromUtf8(e.what()).left(200)));
    }
}

} // namespace citykb
