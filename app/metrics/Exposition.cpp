#include "Exposition.h"

#include <QRegularExpression>

#include <cmath>

namespace nocdesk::metrics {

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString escapeHelp(const QString &help)
{
    return QString(help).replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

bool isValidLabelName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return valid.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

namespace {

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

} // namespace

QByteArray render(const QList<Family> &families)
{
    QString out;
    for (const Family &f : families) {
        out += QStringLiteral("# HELP ") + f.name + QLatin1Char(' ') + escapeHelp(f.help) + QLatin1Char('\n');
        out += QStringLiteral("# TYPE ") + f.name + QLatin1Char(' ') + f.type + QLatin1Char('\n');
        for (const Sample &s : f.samples) {
            out += f.name;
            if (!s.labels.isEmpty()) {
                QStringList pairs;
                for (const auto &[name, value] : s.labels)
                    pairs << name + QStringLiteral("=\"") + escapeLabelValue(value) + QLatin1Char('"');
                out += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
            }
            out += QLatin1Char(' ') + number(s.value) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace nocdesk::metrics
