#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>

#include <memory>

namespace nocdesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::CsvReader)
};

// What libcsv's callbacks fill in. libcsv reports fields and row ends, not positions; the
// reader feeds it one physical line at a time so each row gets the line it starts on.
struct Collector
{
    QString fileName;
    QList<CsvRow> rows;
    QStringList fields;
    int line = 0;           // the line being fed
    int rowStart = 0;       // the line the row being collected started on
    bool atRowStart = true; // no field of the next row seen yet
    bool rowEnded = false;  // a row ended during this line
    int startLine = 1;      // the line the next row starts on
    int badLine = 0;        // the first field that is not UTF-8
    int badColumn = 0;

    void field(const char *data, size_t size)
    {
        if (atRowStart) {
            rowStart = startLine;
            atRowStart = false;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(QByteArrayView(data, qsizetype(size)));
        // No exception may cross libcsv's C frames: the reader checks this after each call.
        if (utf8.hasError() && badColumn == 0) {
            badColumn = int(fields.size()) + 1;
            badLine = rowStart;
        }
        fields << text;
    }

    void rowEnd()
    {
        rows.append({rowStart, fields});
        fields.clear();
        atRowStart = true;
        rowEnded = true;
    }
};

unsigned char separatorOf(const QByteArray &data)
{
    const QByteArray header = data.left(data.indexOf('\n'));
    const qsizetype commas = header.count(',');
    const qsizetype semicolons = header.count(';');
    const qsizetype tabs = header.count('\t');
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

int isSpace(unsigned char c) { return c == ' ' ? 1 : 0; }

} // namespace

QString InventoryInputError::format(const QString &file, int line, int column, const QString &message)
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    if (column <= 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

QList<CsvRow> readCsv(const QByteArray &input, const QString &fileName)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw InventoryInputError(fileName, 0, 0, Text::tr("the CSV reader could not start"));
    const std::unique_ptr<csv_parser, void (*)(csv_parser *)> cleanup(&parser, csv_free);
    csv_set_delim(&parser, separatorOf(data));
    csv_set_space_func(&parser, isSpace);

    Collector collector;
    collector.fileName = fileName;
    const auto onField = [](void *field, size_t size, void *self) {
        static_cast<Collector *>(self)->field(static_cast<const char *>(field), size);
    };
    const auto onRow = [](int, void *self) { static_cast<Collector *>(self)->rowEnd(); };

    bool firstFieldPending = false; // a row began on an earlier line, its first field still open
    qsizetype from = 0;
    while (from < data.size()) {
        qsizetype end = data.indexOf('\n', from);
        end = end < 0 ? data.size() : end + 1;
        ++collector.line;
        if (collector.atRowStart && !firstFieldPending)
            collector.startLine = collector.line;
        collector.rowEnded = false;
        const QByteArrayView chunk(data.constData() + from, end - from);
        const size_t used = csv_parse(&parser, chunk.data(), size_t(chunk.size()), onField, onRow, &collector);
        if (used != size_t(chunk.size()))
            throw InventoryInputError(fileName, collector.line, int(collector.fields.size()) + 1,
                                      Text::tr("malformed quoting: %1 (a quote inside a field must be doubled)")
                                          .arg(QString::fromLatin1(csv_strerror(csv_error(&parser)))));
        if (collector.badColumn > 0)
            throw InventoryInputError(fileName, collector.badLine, collector.badColumn,
                                      Text::tr("the text is not UTF-8: save the file as \"CSV UTF-8\""));
        firstFieldPending = collector.atRowStart && !collector.rowEnded
            && (firstFieldPending || !chunk.trimmed().isEmpty());
        from = end;
    }
    if (csv_fini(&parser, onField, onRow, &collector) != 0)
        throw InventoryInputError(fileName, collector.rowStart, int(collector.fields.size()) + 1,
                                  Text::tr("a quoted field is not closed before the end of the file"));
    if (collector.badColumn > 0)
        throw InventoryInputError(fileName, collector.badLine, collector.badColumn,
                                  Text::tr("the text is not UTF-8: save the file as \"CSV UTF-8\""));
    return collector.rows;
}

} // namespace nocdesk
