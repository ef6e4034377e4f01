#pragma once

#include <QModelIndex>
#include <QTextBrowser>

namespace nocdesk {

// Shows every field of the selected row (the model's DetailRole) as a two-column table.
// Values are escaped and links never followed: provider text is untrusted.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);

    void showIndex(const QModelIndex &index);
    // More about the row with this id (history, notes, ...), loaded later: shown under the
    // row's own lines for as long as that row is the one shown.
    void setExtraHtml(qint64 rowId, const QString &html);
    void showSelectionCount(int count);
private:
    void render();

    qint64 m_rowId = 0;
    QString m_rowHtml;
    QString m_extraHtml;
};

} // namespace nocdesk
