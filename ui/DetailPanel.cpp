#include "DetailPanel.h"

#include "ItemRoles.h"

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
        clear();
        return;
    }
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
    setHtml(html);
}

void DetailPanel::showSelectionCount(int count)
{
    setPlainText(tr("%n row(s) selected.", nullptr, count));
}

} // namespace nocdesk
