#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace nocdesk::metrics {

// The Prometheus text exposition format, version 0.0.4.
inline constexpr char kContentType[] = "text/plain; version=0.0.4; charset=utf-8";

using Labels = QList<QPair<QString, QString>>; // name -> value, in the order written

struct Sample
{
    Labels labels;
    double value = 0;
};

struct Family
{
    QString name;
    QString help;
    QString type; // "gauge" or "counter"
    QList<Sample> samples;
};

// Label values escape backslash, double quote and line feed; HELP text backslash and line feed.
[[nodiscard]] QString escapeLabelValue(const QString &value);
[[nodiscard]] QString escapeHelp(const QString &help);
// Whether name is a valid label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with "__", which
// Prometheus reserves).
[[nodiscard]] bool isValidLabelName(const QString &name);

// HELP and TYPE for each family, then its samples; integers written without a fraction.
[[nodiscard]] QByteArray render(const QList<Family> &families);

} // namespace nocdesk::metrics
