#include "HtmlDocument.h"

#include "ByteScan.h"
#include "TextCodec.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <cstring>
#include <functional>

namespace nocdesk::parsing {

namespace {

bool isBlock(const xmlChar *name)
{
    static const char *const blocks[] = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
                                         "h6", "table", "ul", "ol", "title", "hr", "blockquote",
                                         "pre", "tbody", "thead", "center", "dd", "dt", "dl", "body", "html"};
    const char *n = reinterpret_cast<const char *>(name);
    for (const char *b : blocks)
        if (qstricmp(n, b) == 0)
            return true;
    return false;
}

bool isCell(const xmlChar *name)
{
    const char *n = reinterpret_cast<const char *>(name);
    return qstricmp(n, "td") == 0 || qstricmp(n, "th") == 0;
}

bool isStray(uchar u)
{
    return u < 0x20 && u != '\n' && u != '\r' && u != '\t';
}

// The text of the tree as UTF-8, block elements bracketed by newlines and cells followed by a
// tab. Gathered as bytes and decoded once: a QString per text node cost an allocation and a
// copy each. QString::fromUtf8 drops a byte-order mark at the start of each text node; so
// does this (and the whole is decoded keeping an initial one, see lines()).
void collect(xmlNode *node, QByteArray &out)
{
    for (xmlNode *c = node; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (const char *t = reinterpret_cast<const char *>(c->content)) {
                if (qstrncmp(t, "\xEF\xBB\xBF", 3) == 0)
                    t += 3;
                out.append(t);
            }
        } else if (c->type == XML_ELEMENT_NODE) {
            const char *n = reinterpret_cast<const char *>(c->name);
            if (qstricmp(n, "script") == 0 || qstricmp(n, "style") == 0 || qstricmp(n, "head") == 0)
                continue;
            const bool block = isBlock(c->name);
            const bool cell = isCell(c->name);
            if (block)
                out += '\n';
            collect(c->children, out);
            if (block)
                out += '\n';
            else if (cell)
                out += '\t';
        }
    }
}

} // namespace

HtmlDocument::HtmlDocument(const QByteArray &html)
{
    QByteArray bytes = decodeQuotedPrintable(html);
    // Decoding an already decoded part can turn "id=01..." into control bytes, which stop
    // libxml2 inside a tag; they carry no text, so they become spaces. A read-only scan
    // first (which also tells whether the text is ASCII): a notice seldom has any, and
    // writing through the array copied the whole notice each time.
    bool hasStray = false, hasHigh = false;
    scanBytes(bytes, [](char c) { return isStray(static_cast<uchar>(c)); }, &hasStray, &hasHigh);
    if (hasStray) {
        for (char &c : bytes) {
            if (isStray(static_cast<uchar>(c)))
                c = ' ';
        }
    }
    // A <meta> charset near the top is the notice's own declaration; uchardet only without one.
    static const QRegularExpression meta(QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    QByteArray declared;
    if (hasHigh) {
        const QByteArray head = bytes.left(4096);
        // the pattern starts with "<meta": without one, nothing to convert and match
        if (QLatin1StringView(head).contains(QLatin1StringView("<meta"), Qt::CaseInsensitive)) {
            const auto m = meta.match(QString::fromLatin1(head));
            if (m.hasMatch())
                declared = m.captured(1).toLatin1();
        }
    }
    const QByteArray utf8 = declared.isEmpty() ? utf8GuessingCharset(bytes) : utf8Declared(bytes, declared);
    m_doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                               | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
}

HtmlDocument::~HtmlDocument()
{
    if (m_xpath)
        xmlXPathFreeContext(m_xpath);
    if (m_doc)
        xmlFreeDoc(m_doc);
}

HtmlDocument::Node HtmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

QList<HtmlDocument::Node> HtmlDocument::select(const char *xpath, Node context) const
{
    QList<Node> out;
    if (!m_doc)
        return out;
    if (!m_xpath)
        m_xpath = xmlXPathNewContext(m_doc);
    xmlXPathContextPtr ctx = m_xpath;
    if (!ctx)
        return out;
    // the state a new context starts with
    ctx->node = context;
    ctx->contextSize = -1;
    ctx->proximityPosition = -1;
    xmlXPathObjectPtr res = xmlXPathEvalExpression(reinterpret_cast<const xmlChar *>(xpath), ctx);
    if (res && res->nodesetval) {
        for (int i = 0; i < res->nodesetval->nodeNr; ++i)
            out.append(res->nodesetval->nodeTab[i]);
    }
    if (res)
        xmlXPathFreeObject(res);
    return out;
}

HtmlDocument::Node HtmlDocument::first(const char *xpath, Node context) const
{
    const QList<Node> all = select(xpath, context);
    return all.isEmpty() ? nullptr : all.first();
}

QString HtmlDocument::text(Node node)
{
    if (!node)
        return {};
    xmlChar *c = xmlNodeGetContent(node);
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(c)).simplified();
    xmlFree(c);
    return s;
}

QString HtmlDocument::rawText(Node node)
{
    if (!node)
        return {};
    xmlChar *c = xmlNodeGetContent(node);
    QString s = QString::fromUtf8(reinterpret_cast<const char *>(c));
    xmlFree(c);
    s.replace(QChar(0xA0), QLatin1Char(' '));
    return s.trimmed();
}

QStringList HtmlDocument::lines(Node node)
{
    QByteArray utf8;
    if (node)
        collect(node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE ? node->children : node, utf8);
    // collect() already dropped each text node's leading byte-order mark; any left is text
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString all = decoder.decode(utf8);
    // One pass over the text: each line's tab-separated cells simplified (QString::simplified's
    // notion of space, so a no-break space collapses too), empty cells at either end dropped,
    // empty cells between kept, empty lines dropped. Splitting every line and cell into lists
    // of strings cost more than the rest of a typical provider parser.
    QStringList out;
    const qsizetype n = all.size();
    const QChar *const text = all.constData();
    // The line being built, in one scratch buffer: a line never outgrows the text it comes
    // from (every tab or space written stands for at least one separator read), and a
    // QString appended to char by char and then shared with the list reallocated per line.
    QVarLengthArray<QChar, 512> scratch(n + 1);
    QChar *const line = scratch.data();
    qsizetype len = 0;
    qsizetype emptyCells = 0; // empty cells since the line's last non-empty one
    bool cellEmpty = true, pendingSpace = false;
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text[i] : QLatin1Char('\n');
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (cellEmpty && len > 0)
                ++emptyCells;
            cellEmpty = true;
            pendingSpace = false;
            if (c == QLatin1Char('\n')) {
                if (len > 0)
                    out.append(QString(line, len));
                len = 0;
                emptyCells = 0;
            }
        } else if (c.isSpace()) {
            pendingSpace = !cellEmpty;
        } else {
            if (cellEmpty) {
                if (len > 0) {
                    for (qsizetype t = 0; t <= emptyCells; ++t)
                        line[len++] = QLatin1Char('\t');
                }
                emptyCells = 0;
                cellEmpty = false;
            } else if (pendingSpace) {
                line[len++] = QLatin1Char(' ');
            }
            pendingSpace = false;
            line[len++] = c;
        }
    }
    return out;
}

QStringList HtmlDocument::lines() const
{
    return lines(root());
}

QStringList HtmlDocument::textsUntil(Node node, const char *stop)
{
    QStringList out;
    if (!node)
        return out;
    for (xmlNode *c = node->next; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && qstricmp(reinterpret_cast<const char *>(c->name), stop) == 0)
            break;
        const QString t = rawText(c);
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

bool HtmlDocument::isElement(Node node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && qstricmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

bool HtmlDocument::hasDescendant(Node node, const char *name)
{
    for (xmlNode *c = node ? node->children : nullptr; c; c = c->next)
        if (isElement(c, name) || hasDescendant(c, name))
            return true;
    return false;
}

HtmlDocument::Node HtmlDocument::enclosing(Node node, const char *name)
{
    for (xmlNode *p = node ? node->parent : nullptr; p; p = p->parent)
        if (isElement(p, name))
            return p;
    return nullptr;
}

QString HtmlDocument::textOf(const char *xpath, Node context) const
{
    QString out;
    const QList<Node> nodes = select(xpath, context);
    for (Node n : nodes)
        out += rawText(n) + QLatin1Char(' ');
    return out.simplified();
}

QString HtmlDocument::nextText(Node node)
{
    return node && node->next ? rawText(node->next) : QString();
}

QList<HtmlDocument::Node> HtmlDocument::rowsOf(Node table)
{
    QList<Node> rows;
    if (!table)
        return rows;
    std::function<void(xmlNode *)> walk = [&](xmlNode *n) {
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (isElement(c, "tr"))
                rows.append(c);
            else if (!isElement(c, "table"))
                walk(c);
        }
    };
    walk(table);
    return rows;
}

QList<HtmlDocument::Node> HtmlDocument::cellsOf(Node row)
{
    QList<Node> cells;
    for (xmlNode *td = row ? row->children : nullptr; td; td = td->next)
        if (td->type == XML_ELEMENT_NODE && isCell(td->name))
            cells.append(td);
    return cells;
}

QList<HtmlDocument::Node> HtmlDocument::cellsWithoutTables() const
{
    QList<Node> cells;
    if (!m_doc)
        return cells;
    std::function<void(xmlNode *)> walk = [&](xmlNode *first) {
        for (xmlNode *c = first; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (isCell(c->name) && !hasDescendant(c, "table"))
                cells.append(c);
            walk(c->children);
        }
    };
    walk(m_doc->children);
    return cells;
}

QList<QStringList> HtmlDocument::tableRows(Node table)
{
    QList<QStringList> rows;
    for (Node row : rowsOf(table)) {
        QStringList cells;
        for (Node cell : cellsOf(row))
            cells.append(rawText(cell));
        rows.append(cells);
    }
    return rows;
}

QStringList HtmlDocument::cells() const
{
    QStringList out;
    for (const QString &line : lines())
        out << line.split(QLatin1Char('\t'));
    return out;
}

} // namespace nocdesk::parsing
