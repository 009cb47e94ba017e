#include "markdownreader.h"

#include "textcleaner.h"

#include <QRegularExpression>

#include <cmark.h>

#include <memory>

namespace citykb::ingest {

RawDocument parseMarkdown(const QString &markdown)
{
    RawDocument doc;
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, void (*)(cmark_node *)> root(
        cmark_parse_document(utf8.constData(), std::size_t(utf8.size()), CMARK_OPT_DEFAULT), cmark_node_free);
    if (!root)
        return doc;
    const std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(root.get()), cmark_iter_free);

    QString paragraph;
    QString heading;
    int level = 0;
    int firstLevel = 0;
    const auto flush = [&] {
        const QString text = cleanParagraph(paragraph);
        if (!text.isEmpty())
            doc.blocks.append({0, text, 0});
        paragraph.clear();
    };
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        QString &target = level > 0 ? heading : paragraph;
        switch (type) {
        case CMARK_NODE_HEADING:
            if (event == CMARK_EVENT_ENTER) {
                flush();
                level = cmark_node_get_heading_level(node);
                heading.clear();
            } else {
                const QString text = heading.simplified();
                if (!text.isEmpty()) {
                    doc.blocks.append({level, text, 0});
                    // The title is the first heading of the highest level there is.
                    if (doc.titleCandidate.isEmpty() || level < firstLevel) {
                        doc.titleCandidate = text;
                        firstLevel = level;
                    }
                }
                level = 0;
            }
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_THEMATIC_BREAK:
            if (event == CMARK_EVENT_ENTER && type != CMARK_NODE_PARAGRAPH)
                flush();
            else if (event == CMARK_EVENT_EXIT && type == CMARK_NODE_PARAGRAPH)
                paragraph += QLatin1Char('\n'); // items of a list stay on lines of their own
            break;
        case CMARK_NODE_LIST:
            flush();
            break;
        case CMARK_NODE_CODE_BLOCK:
            flush();
            paragraph = QString::fromUtf8(cmark_node_get_literal(node));
            flush();
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            target += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            target += QLatin1Char(' ');
            break;
        case CMARK_NODE_LINEBREAK:
            target += level > 0 ? QLatin1Char(' ') : QLatin1Char('\n');
            break;
        default:
            break; // HTML blocks and inline HTML carry markup, not text
        }
    }
    flush();
    return doc;
}

bool looksLikeMarkdown(QStringView text)
{
    static const QRegularExpression atx(QStringLiteral(R"(^#{1,6}[ \t]+\S)"), QRegularExpression::MultilineOption);
    const QStringView head = text.left(64 * 1024);
    auto it = atx.globalMatch(head);
    int count = 0;
    while (it.hasNext() && count < 2) {
        const auto m = it.next();
        if (m.capturedStart() == 0)
            return true;
        ++count;
    }
    return count >= 2;
}

} // namespace citykb::ingest
