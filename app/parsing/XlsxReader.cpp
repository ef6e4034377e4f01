#include "XlsxReader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

namespace nocdesk::parsing {

namespace {

constexpr zip_uint64_t kMaxEntry = 64 * 1024 * 1024; // zip bombs stop here

QByteArray readEntry(zip_t *archive, const char *name)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > kMaxEntry)
        return {};
    zip_file_t *f = zip_fopen(archive, name, 0);
    if (!f)
        return {};
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (n < 0)
        return {};
    data.truncate(qsizetype(n));
    return data;
}

bool named(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && qstrcmp(reinterpret_cast<const char *>(n->name), name) == 0;
}

QString contentOf(xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(c));
    xmlFree(c);
    return s;
}

xmlDoc *readXml(const QByteArray &xml)
{
    return xmlReadMemory(xml.constData(), int(xml.size()), nullptr, nullptr,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
}

int columnIndex(const QString &ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toUpper().unicode() - 'A' + 1);
        if (col > 16384)
            return -1;
    }
    return col - 1;
}

} // namespace

XlsxSheet readFirstSheet(const QByteArray &xlsx)
{
    XlsxSheet sheet;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(xlsx.constData(), zip_uint64_t(xlsx.size()), 0, &err);
    if (!src)
        return sheet;
    zip_t *archive = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!archive) {
        zip_source_free(src);
        return sheet;
    }
    const QByteArray shared = readEntry(archive, "xl/sharedStrings.xml");
    const QByteArray ws = readEntry(archive, "xl/worksheets/sheet1.xml");
    zip_discard(archive);

    QStringList strings;
    if (!shared.isEmpty()) {
        if (xmlDoc *doc = readXml(shared)) {
            for (xmlNode *si = xmlDocGetRootElement(doc)->children; si; si = si->next)
                if (named(si, "si"))
                    strings.append(contentOf(si));
            xmlFreeDoc(doc);
        }
    }
    if (ws.isEmpty())
        return sheet;
    xmlDoc *doc = readXml(ws);
    if (!doc)
        return sheet;
    for (xmlNode *top = xmlDocGetRootElement(doc)->children; top; top = top->next) {
        if (!named(top, "sheetData"))
            continue;
        for (xmlNode *row = top->children; row; row = row->next) {
            if (!named(row, "row"))
                continue;
            QStringList cells;
            for (xmlNode *c = row->children; c; c = c->next) {
                if (!named(c, "c"))
                    continue;
                xmlChar *r = xmlGetProp(c, reinterpret_cast<const xmlChar *>("r"));
                xmlChar *t = xmlGetProp(c, reinterpret_cast<const xmlChar *>("t"));
                const int col = r ? columnIndex(QString::fromUtf8(reinterpret_cast<const char *>(r))) : int(cells.size());
                const QByteArray type = t ? QByteArray(reinterpret_cast<const char *>(t)) : QByteArray();
                xmlFree(r);
                xmlFree(t);
                QString value;
                for (xmlNode *v = c->children; v; v = v->next) {
                    if (named(v, "v"))
                        value = contentOf(v);
                    else if (named(v, "is"))
                        value = contentOf(v);
                }
                if (type == "s") {
                    bool ok = false;
                    const int idx = value.toInt(&ok);
                    value = ok && idx >= 0 && idx < strings.size() ? strings.at(idx) : QString();
                }
                if (col < 0)
                    continue;
                while (cells.size() < col)
                    cells.append(QString());
                if (cells.size() == col)
                    cells.append(value);
                else
                    cells[col] = value;
            }
            sheet.rows.append(cells);
        }
    }
    xmlFreeDoc(doc);
    return sheet;
}

} // namespace nocdesk::parsing
