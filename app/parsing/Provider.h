#pragma once

#include "Maintenance.h"
#include "Notification.h"
#include "Parser.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace nocdesk::parsing {

struct Processor
{
    // Simple: every parser's drafts are maintenances on their own.
    // Combined: single-draft results (date, subject, body) merge into one base; parsers that
    // return several drafts (one per window or ticket) each get that base.
    enum class Kind { Simple, Combined };
    Kind kind = Kind::Simple;
    QList<Parser> parsers;

    [[nodiscard]] QString name() const;
};

struct PartFilter
{
    PartKind kind;
    QRegularExpression pattern;
};

struct ProviderSpec
{
    QString id;
    QString defaultOrganizer;
    QStringList senders;            // full addresses or bare domains ("zayo.com")
    QList<PartFilter> includeFilters; // a notice with a part of this kind must match one of them
    QList<PartFilter> excludeFilters; // a notice matching one of them is not a maintenance
    QList<Processor> processors;    // tried in order; the first that succeeds wins
};

struct ProcessorFailure
{
    QString processor;
    QString reason;
};

struct ParseOutcome
{
    bool ok = false;
    QList<Maintenance> maintenances;
    QString provider;
    QString error;                  // set when !ok
    QList<ProcessorFailure> failures;

    [[nodiscard]] QJsonObject errorJson() const;
};

// Runs a provider's processors on a notification.
[[nodiscard]] ParseOutcome parseNotification(const ProviderSpec &provider, const Notification &n);

} // namespace nocdesk::parsing
