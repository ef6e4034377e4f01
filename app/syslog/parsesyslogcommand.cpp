#include "parsesyslogcommand.h"

#include "syslogparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace nocdesk::syslog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nocdesk::syslog::ParseSyslogCommand", text);
}

void printUsage(QTextStream &s)
{
    s << tr("Usage: nocdesk-cli parse-syslog [--rules DIR] [FILE...]\n"
            "Parses syslog lines (from FILEs, or standard input) and prints one JSON object per line\n"
            "with host, os, tag, kind, facility, severity, date, time, timestamp, message, values.\n"
            "  --rules DIR   also load the rule files (*.json) in DIR; they take precedence.\n");
}

// Returns how many lines could not be parsed.
qint64 parseDevice(QIODevice &in, const QString &name, const SyslogParser &parser, QTextStream &out,
                   QTextStream &err)
{
    qint64 unparsed = 0;
    qint64 lineNo = 0;
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty() && (in.atEnd() || !in.isReadable()))
            break;
        ++lineNo;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        const SyslogMessage msg = parser.parse(line);
        out << QString::fromUtf8(QJsonDocument(msg.toJson()).toJson(QJsonDocument::Compact)) << '\n';
        if (!msg.parsed) {
            ++unparsed;
            err << tr("%1:%2: not parsed: %3").arg(name).arg(lineNo).arg(msg.error) << '\n';
        }
    }
    return unparsed;
}

} // namespace

int runParseSyslogCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    QStringList ruleDirs;
    const QString envDir = qEnvironmentVariable("NOCDESK_SYSLOG_RULES_DIR");
    if (!envDir.isEmpty())
        ruleDirs.append(envDir);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(out);
            return ParseSyslogOk;
        }
        if (a == QLatin1String("--rules")) {
            if (i + 1 >= args.size()) {
                err << tr("parse-syslog: --rules needs a folder.") << '\n';
                printUsage(err);
                return ParseSyslogUsage;
            }
            ruleDirs.append(args.at(++i));
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            err << tr("parse-syslog: unknown option %1.").arg(a) << '\n';
            printUsage(err);
            return ParseSyslogUsage;
        }
        files.append(a);
    }

    QStringList errors;
    SyslogRuleSet rules = SyslogRuleSet::defaults(&errors);
    for (const QString &dir : ruleDirs)
        rules.addDirectory(dir, &errors);
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            err << tr("parse-syslog: %1").arg(e) << '\n';
        err.flush();
        return ParseSyslogFailure;
    }
    const SyslogParser parser(std::move(rules));

    int rc = ParseSyslogOk;
    qint64 unparsed = 0;
    if (files.isEmpty())
        files.append(QStringLiteral("-"));
    for (const QString &f : files) {
        QFile in;
        bool ok = false;
        if (f == QLatin1String("-"))
            ok = in.open(stdin, QIODevice::ReadOnly);
        else {
            in.setFileName(f);
            ok = in.open(QIODevice::ReadOnly);
        }
        if (!ok) {
            err << tr("parse-syslog: cannot read %1: %2").arg(f, in.errorString()) << '\n';
            rc = ParseSyslogFailure;
            continue;
        }
        unparsed += parseDevice(in, f == QLatin1String("-") ? tr("<stdin>") : f, parser, out, err);
    }
    if (rc == ParseSyslogOk && unparsed > 0)
        rc = ParseSyslogUnparsedLines;
    out.flush();
    err.flush();
    return rc;
}

} // namespace nocdesk::syslog
