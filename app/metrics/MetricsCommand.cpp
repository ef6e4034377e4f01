#include "MetricsCommand.h"

#include "CliCommands.h"
#include "MetricsServer.h"
#include "MetricsSettings.h"
#include "RunUntilSignalled.h"

#include <QCommandLineParser>
#include <QSettings>

namespace nocdesk {

namespace {

class MetricsCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MetricsCli)
};

// "127.0.0.1:9810", "[::1]:9810"; false when it is neither.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    *address = QHostAddress(host);
    *port = quint16(number);
    return ok && number <= 65535 && !address->isNull();
}

} // namespace

int runMetricsCommand(CliContext &context)
{
    const metrics::MetricsSettings configured = metrics::MetricsSettings::load(QSettings());
    QCommandLineParser parser;
    parser.setApplicationDescription(MetricsCli::tr(
        "Serve /metrics in the Prometheus text format: circuit_maintenance_status per circuit and NocDesk's own figures."));
    parser.addOptions({
        {QStringLiteral("listen"),
         MetricsCli::tr("Address and port to serve on (default: the settings, else 127.0.0.1:%1; port 0 picks a free one).")
             .arg(metrics::MetricsSettings::kDefaultPort),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("labels"),
         MetricsCli::tr("Labels of circuit_maintenance_status as LABEL=ATTRIBUTE,... (default: the settings, else %1).")
             .arg(metrics::CircuitLabels::defaultSpec()),
         QStringLiteral("SPEC")},
        {QStringLiteral("once"), MetricsCli::tr("Print the exposition to standard output and exit.")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        context.err() << MetricsCli::tr("Usage: metrics [--listen ADDR:PORT] [--labels SPEC] [--once]") << '\n';
        return ExitUsage;
    }
    QString error;
    const auto labels = metrics::CircuitLabels::parse(
        parser.isSet(QStringLiteral("labels")) ? parser.value(QStringLiteral("labels")) : configured.labels, &error);
    if (!labels) {
        context.err() << error << '\n';
        return ExitUsage;
    }
    QHostAddress address = configured.address;
    quint16 port = configured.port;
    if (parser.isSet(QStringLiteral("listen")) && !parseListen(parser.value(QStringLiteral("listen")), &address, &port)) {
        context.err() << MetricsCli::tr("Give --listen as ADDRESS:PORT with an IP address, e.g. 127.0.0.1:%1.")
                             .arg(metrics::MetricsSettings::kDefaultPort) << '\n';
        return ExitUsage;
    }

    (void)context.store(); // creates and migrates the file before a scrape opens it
    const metrics::MetricsServer::Exposition exposition = metrics::storeExposition(context.databasePath(), *labels);
    if (parser.isSet(QStringLiteral("once"))) {
        context.out() << QString::fromUtf8(exposition());
        return ExitOk;
    }

    metrics::MetricsServer server(exposition);
    error = server.listen(address, port);
    if (!error.isEmpty()) {
        context.err() << error << '\n';
        return ExitFailure;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                             : address.toString();
    context.err() << MetricsCli::tr("Serving http://%1:%2/metrics; stop with Ctrl+C.").arg(host).arg(server.port()) << Qt::endl;

    runUntilSignalled();
    return ExitOk;
}

} // namespace nocdesk
