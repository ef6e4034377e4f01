#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct _xmlDoc;
struct _xmlNode;
struct _xmlXPathContext;

namespace nocdesk::parsing {

// An HTML notice parsed by libxml2's HTML parser, queried with XPath.
class HtmlDocument
{
public:
    using Node = _xmlNode *;

    // `html` is quoted-printable decoded first (as upstream does for every HTML part) and
    // converted to UTF-8 when it is not UTF-8 already.
    explicit HtmlDocument(const QByteArray &html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    [[nodiscard]] bool isValid() const { return m_doc != nullptr; }
    [[nodiscard]] QList<Node> select(const char *xpath, Node context = nullptr) const;
    [[nodiscard]] Node first(const char *xpath, Node context = nullptr) const;

    // Text of a node, whitespace collapsed.
    [[nodiscard]] static QString text(Node node);
    // Text of a node with block elements (p, div, br, tr, li, headings) as line breaks and
    // table cells separated by tabs; lines trimmed, empty lines dropped.
    [[nodiscard]] static QStringList lines(Node node);
    [[nodiscard]] QStringList lines() const;
    // lines() with each table row split into its cells: one entry per label or value.
    [[nodiscard]] QStringList cells() const;
    // Text of a node trimmed at both ends only: ids such as "/OGYX/1/   /ZYO /" keep their spacing.
    [[nodiscard]] static QString rawText(Node node);
    // Rows of a <table> (not of tables nested in it): each row's cells, rawText().
    [[nodiscard]] static QList<QStringList> tableRows(Node table);
    // The <tr> elements of a table (not of tables nested in it), and the cells of a row.
    [[nodiscard]] static QList<Node> rowsOf(Node table);
    [[nodiscard]] static QList<Node> cellsOf(Node row);
    // Every th and td of the document with no table inside, in document order: what the XPath
    // "//th[not(.//table)] | //td[not(.//table)]" selects, by one tree walk (the union and
    // its document-order sort cost a layout-table notice more than the rest of its parse).
    [[nodiscard]] QList<Node> cellsWithoutTables() const;
    [[nodiscard]] Node root() const;
    [[nodiscard]] static bool isElement(Node node, const char *name);
    // Whether an element named `name` is inside `node` (a tree walk, no XPath context).
    [[nodiscard]] static bool hasDescendant(Node node, const char *name);
    // The nearest ancestor element named `name`, or nullptr.
    [[nodiscard]] static Node enclosing(Node node, const char *name);
    // Concatenated text of the text nodes selected by `xpath` under `context`, trimmed.
    [[nodiscard]] QString textOf(const char *xpath, Node context = nullptr) const;
    // Texts of the siblings after `node`, up to the next element named `stop` (e.g. the next
    // bold label); each trimmed, empty ones dropped.
    [[nodiscard]] static QStringList textsUntil(Node node, const char *stop);
    // Raw text of the sibling right after `node` ("<b>Label:</b> value"), trimmed.
    [[nodiscard]] static QString nextText(Node node);

private:
    _xmlDoc *m_doc = nullptr;
    // One XPath context per document, made on the first select(): a new context registers
    // every XPath function again, which cost more than many of the queries themselves.
    mutable _xmlXPathContext *m_xpath = nullptr;
};

} // namespace nocdesk::parsing
