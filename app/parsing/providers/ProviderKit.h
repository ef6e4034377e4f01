#pragma once

// What a provider file needs: the spec types, the shared parsers and small helpers for
// reading labels, tables and dates out of notices.

#include "../HtmlDocument.h"
#include "../ParseFailure.h"
#include "../Parser.h"
#include "../Provider.h"
#include "../TextCodec.h"
#include "../TimeParsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nocdesk::parsing::kit {

// Provider parsers' messages (failure reasons) share one translation context.
class ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::parsing::ProviderParsers)
};

// Text of a part (charset guessed when undeclared), quoted-printable decoded first when asked.
QString partText(const DataPart &part, bool qpDecode = false);

// The subject a subject part carries, trimmed. A whole message given as the part (as some
// callers do) yields its unfolded Subject header.
QString subjectText(const DataPart &part);

// The value after "Label:" on the first line that starts with one of the labels (case
// insensitive); when the line holds only the label, the next line. Empty when absent.
QString labelValue(const QStringList &lines, const QStringList &labels, bool valueMayFollow = true);

// The rows after the header row of the first table whose header row has all `headers`
// (compared case-insensitively, whitespace collapsed), with the header's column of each.
struct TableMatch
{
    QStringList header;
    QList<QStringList> rows;
    [[nodiscard]] int column(const QString &name) const;
    [[nodiscard]] QString cell(const QStringList &row, const QString &name) const;
};
std::optional<TableMatch> findTable(const HtmlDocument &doc, const QStringList &headers);
// Every such table, in document order.
QList<TableMatch> findTables(const HtmlDocument &doc, const QStringList &headers);

// The first capture of `re` in `text`, trimmed; empty when there is no match.
QString capture(const QRegularExpression &re, const QString &text, int group = 1);

// `what` is "start", "end", "notice" or "extended end" (named in the error, translated).
std::optional<qint64> requireTime(const QString &text, const LooseDateOptions &opt, const char *what);

inline Processor simple(QList<Parser> parsers)
{
    return Processor{Processor::Kind::Simple, std::move(parsers)};
}
inline Processor combined(QList<Parser> parsers)
{
    return Processor{Processor::Kind::Combined, std::move(parsers)};
}

QList<Circuit> circuitsOf(const QStringList &ids, Impact impact = Impact::Outage);

} // namespace nocdesk::parsing::kit
