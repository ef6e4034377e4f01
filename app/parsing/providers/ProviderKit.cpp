#include "ProviderKit.h"

namespace nocdesk::parsing::kit {

QString partText(const DataPart &part, bool qpDecode)
{
    return decodeGuessingCharset(qpDecode ? decodeQuotedPrintable(part.content) : part.content);
}

QString subjectText(const DataPart &part)
{
    const QString text = QString::fromUtf8(part.content);
    static const QRegularExpression header(QStringLiteral(R"((?:^|\n)Subject:[ \t]*((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*))"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (text.contains(QLatin1Char('\n'))) {
        if (const auto m = header.match(text); m.hasMatch()) {
            QString s = m.captured(1);
            s.remove(QLatin1Char('\r'));
            s.replace(QLatin1String("\n "), QLatin1String(" ")).replace(QLatin1String("\n\t"), QLatin1String(" "));
            return s.trimmed();
        }
    }
    QString s = text;
    s.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return s.trimmed();
}

QString labelValue(const QStringList &lines, const QStringList &labels, bool valueMayFollow)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        for (const QString &label : labels) {
            if (!l.startsWith(label, Qt::CaseInsensitive))
                continue;
            QString rest = l.mid(label.size()).trimmed();
            if (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char('\t'))) {
                rest = rest.mid(1).trimmed();
                if (rest.startsWith(QLatin1Char(':')))
                    rest = rest.mid(1).trimmed();
            } else if (!rest.isEmpty()) {
                continue; // a longer word that only starts like the label
            }
            if (rest.isEmpty() && valueMayFollow && i + 1 < lines.size())
                return lines.at(i + 1).trimmed();
            return rest;
        }
    }
    return {};
}

int TableMatch::column(const QString &name) const
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).simplified().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QString TableMatch::cell(const QStringList &row, const QString &name) const
{
    const int c = column(name);
    return c >= 0 && c < row.size() ? row.at(c) : QString();
}

namespace {
// The table's match when one of its rows holds every header. Layout cells that wrap other
// tables are never headers, and their text is never computed: on notices built from nested
// layout tables that would cost the size of the document once per nesting level.
std::optional<TableMatch> matchTable(HtmlDocument::Node table, const QStringList &headers)
{
    const QList<HtmlDocument::Node> rows = HtmlDocument::rowsOf(table);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QList<HtmlDocument::Node> cells = HtmlDocument::cellsOf(rows.at(r));
        if (cells.size() < headers.size())
            continue;
        QStringList texts;
        bool layout = false;
        for (HtmlDocument::Node c : cells) {
            if (HtmlDocument::hasDescendant(c, "table")) {
                layout = true;
                break;
            }
            texts << HtmlDocument::rawText(c);
        }
        if (layout)
            continue;
        bool all = true;
        for (const QString &h : headers) {
            all = all && std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) {
                return t.simplified().compare(h, Qt::CaseInsensitive) == 0;
            });
        }
        if (!all)
            continue;
        TableMatch m;
        m.header = texts;
        for (qsizetype k = r + 1; k < rows.size(); ++k) {
            QStringList row;
            for (HtmlDocument::Node c : HtmlDocument::cellsOf(rows.at(k)))
                row << HtmlDocument::rawText(c);
            m.rows.append(row);
        }
        return m;
    }
    return std::nullopt;
}
} // namespace

QList<TableMatch> findTables(const HtmlDocument &doc, const QStringList &headers)
{
    QList<TableMatch> out;
    for (HtmlDocument::Node table : doc.select("//table"))
        if (auto m = matchTable(table, headers))
            out.append(*m);
    return out;
}

std::optional<TableMatch> findTable(const HtmlDocument &doc, const QStringList &headers)
{
    // innermost tables come last in document order; prefer them
    const QList<HtmlDocument::Node> tables = doc.select("//table");
    for (qsizetype t = tables.size() - 1; t >= 0; --t)
        if (auto m = matchTable(tables.at(t), headers))
            return m;
    return std::nullopt;
}

QString capture(const QRegularExpression &re, const QString &text, int group)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(group).trimmed() : QString();
}

namespace {
QString whatText(const char *what)
{
    if (qstrcmp(what, "start") == 0)
        return ProviderText::tr("start");
    if (qstrcmp(what, "end") == 0)
        return ProviderText::tr("end");
    if (qstrcmp(what, "notice") == 0)
        return ProviderText::tr("notice");
    return ProviderText::tr("extended end");
}
} // namespace

std::optional<qint64> requireTime(const QString &text, const LooseDateOptions &opt, const char *what)
{
    const auto t = parseLooseDateTime(text, opt);
    if (!t)
        throw ParseFailure(ProviderText::tr("cannot read the %1 time from \"%2\"").arg(whatText(what), text.left(80)));
    return t;
}

QList<Circuit> circuitsOf(const QStringList &ids, Impact impact)
{
    QList<Circuit> out;
    for (const QString &id : ids) {
        const QString t = id.trimmed();
        if (!t.isEmpty())
            out.append(Circuit{t, impact});
    }
    return out;
}

} // namespace nocdesk::parsing::kit
