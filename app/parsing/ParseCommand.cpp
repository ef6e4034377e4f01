#include "ParseCommand.h"

#include "NoticeParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk::parsing {

namespace {

// lupdate files these strings under the context named here.
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::parsing::ParseCommand)
};

int fail(QTextStream &err, const QJsonObject &error)
{
    err << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 2;
}

int usage(QTextStream &err, const QString &why)
{
    return fail(err, QJsonObject{{QStringLiteral("error"), why},
                                 {QStringLiteral("usage"), CommandText::tr("nocdesk-cli parse --provider ID INPUT... "
                                                              "(INPUT is PATH or TYPE=PATH)")}});
}

const QStringList &inputTypes()
{
    static const QStringList types{QStringLiteral("email"), QStringLiteral("ical"), QStringLiteral("html"),
                                   QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                                   QStringLiteral("email-header-date"), QStringLiteral("email-header-subject")};
    return types;
}

} // namespace

int runParseCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString provider;
    QStringList inputs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--provider")) {
            if (i + 1 >= args.size())
                return usage(err, CommandText::tr("--provider needs a provider id"));
            provider = args.at(++i);
        } else if (a.startsWith(QLatin1String("--provider="))) {
            provider = a.mid(11);
        } else {
            inputs.append(a);
        }
    }
    if (provider.isEmpty())
        return usage(err, CommandText::tr("no provider given"));
    if (inputs.isEmpty())
        return usage(err, CommandText::tr("no input given"));

    QList<NoticeInput> notice;
    for (const QString &in : std::as_const(inputs)) {
        QString type = QStringLiteral("email");
        QString path = in;
        const qsizetype eq = in.indexOf(QLatin1Char('='));
        if (eq > 0 && inputTypes().contains(in.left(eq))) {
            type = in.left(eq);
            path = in.mid(eq + 1);
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(err, QJsonObject{{QStringLiteral("error"), CommandText::tr("cannot read %1: %2").arg(path, f.errorString())},
                                         {QStringLiteral("input"), in}});
        notice.append(NoticeInput{type, f.readAll()});
    }

    const ParseOutcome outcome = parseNotice(provider, buildNotification(notice));
    if (!outcome.ok)
        return fail(err, outcome.errorJson());
    out << QString::fromUtf8(QJsonDocument(toJson(outcome.maintenances)).toJson(QJsonDocument::Indented));
    out.flush();
    return 0;
}

} // namespace nocdesk::parsing
