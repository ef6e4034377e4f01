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
    void showSelectionCount(int count);
};

} // namespace nocdesk
