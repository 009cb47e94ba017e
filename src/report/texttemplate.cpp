#include "texttemplate.h"

#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace citykb {

namespace {

struct Node
{
    enum class Kind { Text, Value, Raw, Section, Inverted, Partial };
    Kind kind = Kind::Text;
    QString text; // Text: the text; else the tag's name
    std::vector<Node> children;
};

// Partials may include partials; a cycle or a runaway nesting stops here.
constexpr int maxPartialDepth = 16;

class Parser
{
public:
    Parser(const QString &name, const QString &source) : m_name(name), m_source(source) {}

    Result<std::vector<Node>> parse()
    {
        std::vector<Node> root;
        std::vector<std::vector<Node> *> stack{&root};
        std::vector<QString> open;
        qsizetype pos = 0;
        while (pos < m_source.size()) {
            const qsizetype start = m_source.indexOf(QStringLiteral("{{"), pos);
            if (start < 0) {
                addText(*stack.back(), m_source.mid(pos));
                break;
            }
            const bool triple = m_source.mid(start, 3) == QStringLiteral("{{{");
            const QString closing = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
            const qsizetype end = m_source.indexOf(closing, start + (triple ? 3 : 2));
            if (end < 0)
                return error(start, QStringLiteral("a tag that is not closed"));
            const QString inner = m_source.mid(start + (triple ? 3 : 2), end - start - (triple ? 3 : 2)).trimmed();
            qsizetype after = end + closing.size();
            const QChar sigil = inner.isEmpty() ? QChar() : inner.at(0);
            const bool standaloneKind = !triple && (sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/')
                                                    || sigil == QLatin1Char('!') || sigil == QLatin1Char('>'));
            qsizetype textEnd = start;
            if (standaloneKind) {
                // A tag alone on its line removes the line: its indentation and its line break.
                // (lastIndexOf from -1 would search from the end.)
                const qsizetype lineStart = start == 0 ? 0 : m_source.lastIndexOf(QLatin1Char('\n'), start - 1) + 1;
                qsizetype lineEnd = m_source.indexOf(QLatin1Char('\n'), after);
                if (lineEnd < 0)
                    lineEnd = m_source.size();
                const bool blankBefore = m_source.mid(lineStart, start - lineStart).trimmed().isEmpty();
                const bool blankAfter = m_source.mid(after, lineEnd - after).trimmed().isEmpty();
                if (blankBefore && blankAfter && lineStart >= pos) {
                    textEnd = lineStart;
                    after = lineEnd < m_source.size() ? lineEnd + 1 : lineEnd;
                }
            }
            addText(*stack.back(), m_source.mid(pos, textEnd - pos));
            pos = after;
            if (triple) {
                stack.back()->push_back(Node{Node::Kind::Raw, inner, {}});
                continue;
            }
            const QString tag = inner.mid(1).trimmed();
            if (sigil == QLatin1Char('!'))
                continue;
            if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                if (tag.isEmpty())
                    return error(start, QStringLiteral("a section without a name"));
                stack.back()->push_back(Node{sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted, tag, {}});
                stack.push_back(&stack.back()->back().children);
                open.push_back(tag);
                continue;
            }
            if (sigil == QLatin1Char('/')) {
                if (open.empty() || open.back() != tag)
                    return error(start, QStringLiteral("{{/%1}} without its {{#%1}}").arg(tag));
                open.pop_back();
                stack.pop_back();
                continue;
            }
            if (sigil == QLatin1Char('>')) {
                stack.back()->push_back(Node{Node::Kind::Partial, tag, {}});
                continue;
            }
            if (sigil == QLatin1Char('&')) {
                stack.back()->push_back(Node{Node::Kind::Raw, tag, {}});
                continue;
            }
            if (inner.isEmpty())
                return error(start, QStringLiteral("an empty tag"));
            stack.back()->push_back(Node{Node::Kind::Value, inner, {}});
        }
        if (!open.empty())
            return Result<std::vector<Node>>::failure(
                QStringLiteral("The briefing template %1 does not close its section {{#%2}}.").arg(m_name, open.back()));
        return root;
    }

private:
    static void addText(std::vector<Node> &nodes, const QString &text)
    {
        if (!text.isEmpty())
            nodes.push_back(Node{Node::Kind::Text, text, {}});
    }

    Result<std::vector<Node>> error(qsizetype at, const QString &what) const
    {
        const int line = int(m_source.left(at).count(QLatin1Char('\n'))) + 1;
        return Result<std::vector<Node>>::failure(QStringLiteral("The briefing template %1 has %2 on line %3.").arg(m_name, what).arg(line));
    }

    const QString &m_name;
    const QString &m_source;
};

class Renderer
{
public:
    Renderer(TextTemplate::Escape escape, const TextTemplate::Partials &partials) : m_escape(escape), m_partials(partials) {}

    Status render(const std::vector<Node> &nodes, std::vector<const QVariant *> &context, QString &out, int depth)
    {
        for (const Node &node : nodes) {
            switch (node.kind) {
            case Node::Kind::Text:
                out += node.text;
                break;
            case Node::Kind::Value:
                out += escaped(text(lookup(node.text, context)));
                break;
            case Node::Kind::Raw:
                out += text(lookup(node.text, context));
                break;
            case Node::Kind::Section: {
                const QVariant value = lookup(node.text, context);
                if (value.typeId() == QMetaType::QVariantList) {
                    const QVariantList items = value.toList();
                    for (const QVariant &item : items) {
                        context.push_back(&item);
                        const Status s = render(node.children, context, out, depth);
                        context.pop_back();
                        if (!s)
                            return s;
                    }
                } else if (truthy(value)) {
                    context.push_back(&value);
                    const Status s = render(node.children, context, out, depth);
                    context.pop_back();
                    if (!s)
                        return s;
                }
                break;
            }
            case Node::Kind::Inverted:
                if (!truthy(lookup(node.text, context))) {
                    if (const Status s = render(node.children, context, out, depth); !s)
                        return s;
                }
                break;
            case Node::Kind::Partial: {
                if (depth >= maxPartialDepth)
                    return Status::failure(QStringLiteral("The briefing template %1 includes itself.").arg(node.text));
                const std::optional<QString> source = m_partials ? m_partials(node.text) : std::nullopt;
                if (!source)
                    return Status::failure(QStringLiteral("The briefing template %1 is not there.").arg(node.text));
                auto parsed = Parser(node.text, *source).parse();
                if (!parsed)
                    return Status(parsed.fullError());
                if (const Status s = render(parsed.value(), context, out, depth + 1); !s)
                    return s;
                break;
            }
            }
        }
        return {};
    }

private:
    static QVariant field(const QVariant &item, const QString &name)
    {
        if (item.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = item.toMap();
            auto it = map.constFind(name);
            if (it != map.constEnd())
                return it.value();
        }
        return {};
    }

    static bool has(const QVariant &item, const QString &name)
    {
        return item.typeId() == QMetaType::QVariantMap && item.toMap().contains(name);
    }

    static QVariant lookup(const QString &name, const std::vector<const QVariant *> &context)
    {
        if (name == QLatin1String("."))
            return context.empty() ? QVariant() : *context.back();
        const QStringList parts = name.split(QLatin1Char('.'));
        for (auto it = context.rbegin(); it != context.rend(); ++it) {
            if (!has(**it, parts.first()))
                continue;
            QVariant value = field(**it, parts.first());
            for (qsizetype i = 1; i < parts.size(); ++i)
                value = field(value, parts.at(i));
            return value;
        }
        return {};
    }

    static bool truthy(const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType: return false;
        case QMetaType::Bool: return value.toBool();
        case QMetaType::QString: return !value.toString().isEmpty();
        case QMetaType::QVariantList: return !value.toList().isEmpty();
        case QMetaType::QVariantMap: return true;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double: return value.toDouble() != 0;
        default: return value.isValid();
        }
    }

    static QString text(const QVariant &value)
    {
        if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap)
            return {};
        return value.toString();
    }

    QString escaped(const QString &text) const
    {
        switch (m_escape) {
        case TextTemplate::Escape::Html: return TextTemplate::escapeHtml(text);
        case TextTemplate::Escape::Markdown: return TextTemplate::escapeMarkdown(text);
        case TextTemplate::Escape::None: break;
        }
        return text;
    }

    TextTemplate::Escape m_escape;
    const TextTemplate::Partials &m_partials;
};

} // namespace

Result<QString> TextTemplate::render(const QString &name, const QString &source, const QVariant &data, Escape escape,
                                     const Partials &partials)
{
    auto parsed = Parser(name, source).parse();
    if (!parsed)
        return parsed.fullError();
    QString out;
    std::vector<const QVariant *> context{&data};
    if (Status s = Renderer(escape, partials).render(parsed.value(), context, out, 0); !s)
        return s.fullError();
    return out;
}

QString TextTemplate::escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString TextTemplate::escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace citykb
