#include "htmlreader.h"

#include "textcleaner.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace citykb::ingest {

namespace {

QString attributeOf(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool isSkipped(const GumboNode *node, int contentDepth)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
        return contentDepth == 0; // the page's banner and footer, not an article's
    default:
        break;
    }
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (attributeOf(node, "aria-hidden") == QLatin1String("true"))
        return true;
    static const QStringList chromeRoles = {QStringLiteral("navigation"), QStringLiteral("banner"), QStringLiteral("contentinfo"),
                                            QStringLiteral("complementary"), QStringLiteral("search")};
    return chromeRoles.contains(attributeOf(node, "role"));
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        return true;
    default:
        return false;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

QString textOf(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack{node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text) + QLatin1Char(' ');
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return out.simplified();
}

void readHead(const GumboNode *head, RawDocument &doc)
{
    static const QRegularExpression isoDate(QStringLiteral(R"(^\s*(\d{4}-\d{2}-\d{2}))"));
    const GumboVector &children = head->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        if (child->v.element.tag == GUMBO_TAG_TITLE && doc.title.isEmpty()) {
            doc.title = textOf(child);
        } else if (child->v.element.tag == GUMBO_TAG_META) {
            const QString name = (attributeOf(child, "name") + attributeOf(child, "property")).toLower();
            const QString content = attributeOf(child, "content").simplified();
            if (name == QLatin1String("author") || name == QLatin1String("dc.creator") || name == QLatin1String("dcterms.creator")) {
                doc.author = content;
            } else if (name == QLatin1String("date") || name == QLatin1String("dc.date") || name == QLatin1String("dcterms.date")
                       || name == QLatin1String("dcterms.created") || name == QLatin1String("article:published_time")) {
                if (const auto m = isoDate.match(content); m.hasMatch() && doc.date.isEmpty())
                    doc.date = m.captured(1);
            }
        }
    }
}

class Walker
{
public:
    explicit Walker(RawDocument &doc) : m_doc(doc) {}

    void walk(const GumboNode *root)
    {
        struct Frame
        {
            const GumboNode *node;
            unsigned next;
        };
        std::vector<Frame> stack;
        enter(root);
        stack.push_back({root, 0});
        while (!stack.empty()) {
            Frame &top = stack.back();
            const GumboVector &children = top.node->v.element.children;
            if (top.next >= children.length) {
                const GumboNode *done = top.node;
                stack.pop_back();
                leave(done);
                continue;
            }
            const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
            if (child->type == GUMBO_NODE_ELEMENT) {
                if (isSkipped(child, m_contentDepth))
                    continue;
                enter(child);
                stack.push_back({child, 0});
            } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
                QString text = QString::fromUtf8(child->v.text.text);
                if (m_preDepth == 0)
                    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
                (m_headingLevel > 0 ? m_heading : m_paragraph) += text;
            }
        }
        flush();
    }

private:
    void enter(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (const int level = headingLevel(tag); level > 0 && m_headingLevel == 0) {
            flush();
            m_headingLevel = level;
            m_heading.clear();
            return;
        }
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            ++m_contentDepth;
        if (tag == GUMBO_TAG_PRE)
            ++m_preDepth;
        if (tag == GUMBO_TAG_BR) {
            (m_headingLevel > 0 ? m_heading : m_paragraph) += QLatin1Char(m_headingLevel > 0 ? ' ' : '\n');
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_IMG) {
            m_paragraph += QLatin1Char(' ');
        } else if (isBlock(tag) && m_headingLevel == 0) {
            flush();
        }
    }

    void leave(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (headingLevel(tag) > 0 && headingLevel(tag) == m_headingLevel) {
            const QString text = m_heading.simplified();
            if (!text.isEmpty())
                m_doc.blocks.append({m_headingLevel, text, 0});
            m_headingLevel = 0;
            return;
        }
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            --m_contentDepth;
        if (tag == GUMBO_TAG_PRE)
            --m_preDepth;
        if (isBlock(tag) && m_headingLevel == 0)
            flush();
    }

    void flush()
    {
        const QString text = cleanParagraph(m_paragraph);
        if (!text.isEmpty())
            m_doc.blocks.append({0, text, 0});
        m_paragraph.clear();
    }

    RawDocument &m_doc;
    QString m_paragraph;
    QString m_heading;
    int m_headingLevel = 0;
    int m_contentDepth = 0;
    int m_preDepth = 0;
};

} // namespace

RawDocument parseHtml(const QString &html)
{
    RawDocument doc;
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // the errors are not used; do not spend memory on them
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    const GumboNode *root = output->root;
    if (!root || root->type != GUMBO_NODE_ELEMENT)
        return doc;
    const QString lang = attributeOf(root, "lang").section(QLatin1Char('-'), 0, 0).toLower();
    if (lang.size() == 2)
        doc.languageHint = lang;
    const GumboVector &top = root->v.element.children;
    for (unsigned i = 0; i < top.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(top.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_HEAD)
            readHead(child, doc);
    }
    Walker(doc).walk(root);
    return doc;
}

} // namespace citykb::ingest
