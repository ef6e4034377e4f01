#pragma once

#include "CsvReader.h"
#include "domain/InventoryBatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace nocdesk {

class Store;

// The five kinds of inventory rows, each with its own CSV columns (see the README).
enum class InventoryKind { Providers, Sites, Circuits, Devices, Interfaces };

// Reads inventory files into one batch and writes it all or nothing. A CSV file holds one kind,
// told by its name ("circuits.csv", "Circuits - Sheet1.csv") or given by the caller; a .json
// file holds any kinds under their plural names. Every file is read and every reference checked
// before anything is written, so a bad cell anywhere leaves the store as it was.
class InventoryImport
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::InventoryImport)
public:
    // Adds a file's rows; throws InventoryInputError (file, line, column) on any bad row.
    void addFile(const QString &path, std::optional<InventoryKind> kind = std::nullopt);
    void addCsv(const QByteArray &data, const QString &fileName, InventoryKind kind);
    void addJson(const QByteArray &data, const QString &fileName);

    // Checks that every reference names a row of the batch or of the store, then writes the
    // batch in one transaction. Throws InventoryInputError or StoreError; nothing is written then.
    InventoryChanges apply(Store &store) const;

    [[nodiscard]] const InventoryBatch &batch() const { return m_batch; }

    [[nodiscard]] static std::optional<InventoryKind> kindFromName(const QString &text);
    [[nodiscard]] static QString kindName(InventoryKind kind);
    // The columns a kind's CSV may have, the required ones first.
    [[nodiscard]] static QStringList columns(InventoryKind kind);

private:
    // Where a cell came from, for errors found after reading (references, duplicates).
    struct Origin
    {
        QString file;
        int line = 0;
        int column = 0;
    };
    using Record = QHash<QString, std::pair<QString, Origin>>; // column -> value, where
    void addRecord(InventoryKind kind, const Record &record, const Origin &row);
    void checkReferences(const Store &store) const;

    InventoryBatch m_batch;
    // Per row of the batch (same index): where each reference column came from.
    QList<QHash<QString, Origin>> m_origins[5];
    QHash<QString, Origin> m_keys; // "kind\x1fkey" -> where that row was first given
};

} // namespace nocdesk
