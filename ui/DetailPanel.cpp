#include "DetailPanel.h"

#include "ItemRoles.h"

#include <QScrollBar>

namespace nocdesk {

DetailPanel::DetailPanel(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setPlaceholderText(tr("Select a row to see its details."));
}

void DetailPanel::showIndex(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_rowId = 0;
        m_extraHtml.clear();
        clear();
        return;
    }
    const qint64 id = index.data(IdRole).toLongLong();
    if (id != m_rowId)
        m_extraHtml.clear();
    m_rowId = id;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const QVariantList lines = index.data(DetailRole).toList();
    for (const QVariant &line : lines) {
        const QStringList pair = line.toStringList();
        if (pair.size() != 2)
            continue;
        QString value = pair.at(1).toHtmlEscaped();
        value.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<tr><td valign='top' style='color:palette(mid); padding-right:12px'><b>")
            + pair.at(0).toHtmlEscaped() + QStringLiteral("</b></td><td>") + value + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_rowHtml = html;
    render();
}

void DetailPanel::setExtraHtml(qint64 rowId, const QString &html)
{
    if (rowId != m_rowId)
        return;
    m_extraHtml = html;
    render();
}

void DetailPanel::render()
{
    // Keep the reader's place when a row is refreshed under them.
    const int scroll = verticalScrollBar()->value();
    setHtml(m_rowHtml + m_extraHtml);
    verticalScrollBar()->setValue(scroll);
}

void DetailPanel::showSelectionCount(int count)
{
    m_rowId = 0;
    m_extraHtml.clear();
    setPlainText(tr("%n row(s) selected.", nullptr, count));
}

} // namespace nocdesk
