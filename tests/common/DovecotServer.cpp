#include "DovecotServer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QStringList kSbin{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")};

QString findTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, kSbin);
    return found;
}

// A port nobody listens on right now (the kernel's choice, so in the high ephemeral range).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

// Whether a process of this group still runs (zombies do not count: they wait for init).
bool groupAlive(pid_t group)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid pgrp ...": comm may hold anything, so split after its last ')'
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[0] != "Z" && fields[2].toInt() == group)
            return true;
    }
    return false;
}

// Mail files belong to this uid: dovecot refuses root (uid 0) as a mail user, and needs no
// system account for a numeric uid from the passwd-file.
constexpr uint kMailUidWhenRoot = 64000;

} // namespace

DovecotServer::DovecotServer(Tls tls) : m_tls(tls) {}

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::missingTools()
{
    QStringList missing;
    for (const QString &tool : {QStringLiteral("dovecot"), QStringLiteral("doveadm"), QStringLiteral("openssl")}) {
        if (findTool(tool).isEmpty())
            missing << tool;
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("%1 not installed (scripts/install-deps installs dovecot-core, dovecot-imapd and openssl)")
        .arg(missing.join(QStringLiteral(", ")));
}

QString DovecotServer::path(const QString &name) const
{
    return m_dir->filePath(name);
}

QString DovecotServer::caFile() const
{
    return path(QStringLiteral("tls/ca.crt"));
}

QString DovecotServer::certificateFingerprint() const
{
    return m_fingerprint;
}

QString DovecotServer::log() const
{
    if (!m_dir)
        return {};
    QFile file(path(QStringLiteral("dovecot.log")));
    QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    QFile out(path(QStringLiteral("dovecot.out")));
    if (out.open(QIODevice::ReadOnly))
        text += QString::fromUtf8(out.readAll());
    return text;
}

bool DovecotServer::run(const QString &program, const QStringList &arguments, QString *error, QByteArray *out,
                        const QByteArray &input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        if (error)
            *error = QStringLiteral("%1 %2: did not finish").arg(program, arguments.join(QLatin1Char(' ')));
        return false;
    }
    const QByteArray stdOut = process.readAllStandardOutput();
    if (out)
        *out = stdOut;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("%1 %2 failed (%3): %4")
                         .arg(program, arguments.join(QLatin1Char(' ')))
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError() + stdOut));
        }
        return false;
    }
    return true;
}

bool DovecotServer::doveadm(const QStringList &arguments, QString *error, QByteArray *out, const QByteArray &input)
{
    return run(findTool(QStringLiteral("doveadm")), QStringList{QStringLiteral("-c"), path(QStringLiteral("dovecot.conf"))} + arguments,
               error, out, input);
}

bool DovecotServer::prepare(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nocdesk-dovecot-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = m_dir->errorString();
        return false;
    }
    const QString root = m_dir->path();
    // dovecot's mail processes run as the mail uid and must reach the maildir below this folder.
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (const QString &sub : {QStringLiteral("tls"), QStringLiteral("run"), QStringLiteral("state"), QStringLiteral("mail"),
                               QStringLiteral("home")}) {
        QDir(root).mkpath(sub);
    }

    // A CA and a server certificate signed by it (EC keys: quick to make), also when TLS is
    // off: caFile() stays valid.
    const QString openssl = findTool(QStringLiteral("openssl"));
    const QString tls = path(QStringLiteral("tls"));
    QFile ext(tls + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n") < 0) {
        *error = ext.errorString();
        return false;
    }
    ext.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!run(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                          + QStringList{QStringLiteral("-keyout"), tls + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                                        tls + QStringLiteral("/ca.crt"), QStringLiteral("-days"), QStringLiteral("3"),
                                        QStringLiteral("-subj"), QStringLiteral("/CN=NocDesk Test CA")},
             error)
        || !run(openssl, QStringList{QStringLiteral("req")} + ec
                             + QStringList{QStringLiteral("-keyout"), tls + QStringLiteral("/server.key"), QStringLiteral("-out"),
                                           tls + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
                                           QStringLiteral("/O=NocDesk Tests/CN=localhost")},
                error)
        || !run(openssl,
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), tls + QStringLiteral("/server.csr"),
                 QStringLiteral("-CA"), tls + QStringLiteral("/ca.crt"), QStringLiteral("-CAkey"), tls + QStringLiteral("/ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), tls + QStringLiteral("/server.crt"),
                 QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-extfile"), tls + QStringLiteral("/server.ext")},
                error)) {
        return false;
    }
    QByteArray fingerprint;
    if (!run(openssl, {QStringLiteral("x509"), QStringLiteral("-in"), tls + QStringLiteral("/server.crt"), QStringLiteral("-noout"),
                       QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
             error, &fingerprint)) {
        return false;
    }
    // "sha256 Fingerprint=AB:CD:..." (the prefix's case differs between openssl versions)
    m_fingerprint = QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1).trimmed()).toUpper();

    const bool root_ = ::geteuid() == 0;
    m_mailUid = root_ ? kMailUidWhenRoot : ::geteuid();
    const uint mailGid = root_ ? kMailUidWhenRoot : ::getegid();
    if (root_) {
        for (const QString &sub : {QStringLiteral("mail"), QStringLiteral("home")}) {
            if (::chown(QFile::encodeName(path(sub)).constData(), m_mailUid, mailGid) != 0) {
                *error = QStringLiteral("chown %1 failed").arg(sub);
                return false;
            }
        }
    }

    QFile users(path(QStringLiteral("passwd")));
    if (!users.open(QIODevice::WriteOnly)
        || users.write(QStringLiteral("%1:{PLAIN}%2:%3:%4::%5::\n")
                            .arg(user(), password())
                            .arg(m_mailUid)
                            .arg(mailGid)
                            .arg(path(QStringLiteral("home/")) + user())
                            .toUtf8())
               < 0) {
        *error = users.errorString();
        return false;
    }
    users.close();

    m_imapPort = freePort();
    if (m_tls == Tls::Offered) {
        m_imapsPort = freePort();
        while (m_imapsPort == m_imapPort)
            m_imapsPort = freePort();
    }

    QString unprivileged;
    if (!root_) {
        // Unprivileged: every dovecot process runs as this user.
        const struct passwd *me = ::getpwuid(::geteuid());
        const QString name = me ? QString::fromLocal8Bit(me->pw_name) : QString();
        unprivileged = QStringLiteral("default_login_user = %1\ndefault_internal_user = %1\n").arg(name);
    }
    // 127.0.0.2 is not in the certificate: a test connects there for a name mismatch. Service
    // and passdb blocks must span several lines; auth_failure_delay = 0 keeps a
    // rejected login from slowing the next ones down.
    const QString config = QStringLiteral(
                               "protocols = imap\n"
                               "listen = 127.0.0.1, 127.0.0.2\n"
                               "base_dir = %1/run\n"
                               "state_dir = %1/state\n"
                               "instance_name = nocdesk-test-%2\n"
                               "log_path = %1/dovecot.log\n"
                               "%6"
                               "disable_plaintext_auth = no\n"
                               "auth_mechanisms = plain login\n"
                               "auth_failure_delay = 0\n"
                               "login_trusted_networks = 127.0.0.0/8\n"
                               "first_valid_uid = 1\n"
                               "mail_location = maildir:%1/mail/%u\n"
                               "%5"
                               "passdb {\n"
                               "  driver = passwd-file\n"
                               "  args = scheme=PLAIN username_format=%u %1/passwd\n"
                               "}\n"
                               "userdb {\n"
                               "  driver = passwd-file\n"
                               "  args = username_format=%u %1/passwd\n"
                               "}\n"
                               "service imap-login {\n"
                               "  inet_listener imap {\n"
                               "    port = %3\n"
                               "  }\n"
                               "  inet_listener imaps {\n"
                               "    port = %4\n" // 0: no listener
                               "    ssl = yes\n"
                               "  }\n"
                               "}\n")
                               .arg(root)
                               .arg(::getpid())
                               .arg(m_imapPort)
                               .arg(m_imapsPort)
                               .arg(unprivileged)
                               .arg(m_tls == Tls::Offered ? QStringLiteral("ssl = yes\n"
                                                                           "ssl_cert = <%1/tls/server.crt\n"
                                                                           "ssl_key = <%1/tls/server.key\n")
                                                                .arg(root)
                                                          : QStringLiteral("ssl = no\n"));
    // %u is dovecot's, not QString's: arg() leaves it alone as it is no digit.
    QFile conf(path(QStringLiteral("dovecot.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(config.toUtf8()) < 0) {
        *error = conf.errorString();
        return false;
    }
    return true;
}

bool DovecotServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (!m_dir && !prepare(error))
        return false;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so stop() reaches the children too; and a SIGTERM when the test
    // process dies without stop() (a crash, an abort), so no dovecot outlives its test.
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    m_process.setStandardOutputFile(path(QStringLiteral("dovecot.out")), QIODevice::Append);
    m_process.start(findTool(QStringLiteral("dovecot")), {QStringLiteral("-F"), QStringLiteral("-c"), path(QStringLiteral("dovecot.conf"))});
    if (!m_process.waitForStarted()) {
        *error = m_process.errorString();
        return false;
    }
    // Bounded wait until both listeners take connections.
    for (int attempt = 0; attempt < 300; ++attempt) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("dovecot exited:\n") + log();
            return false;
        }
        if (accepts(m_imapPort) && (m_imapsPort == 0 || accepts(m_imapsPort)))
            return true;
        QThread::msleep(20);
    }
    *error = QStringLiteral("dovecot did not listen on %1 and %2:\n").arg(m_imapPort).arg(m_imapsPort) + log();
    stop();
    return false;
}

void DovecotServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM to the master's whole group: on its own SIGTERM the master leaves the login
    // processes running as long as they proxy a client's TLS connection, and those sessions
    // would go on as if the server were still there.
    const pid_t group = pid_t(m_process.processId());
    ::kill(-group, SIGTERM);
    ::kill(-group, SIGCONT); // a frozen server must be able to act on it
    if (!m_process.waitForFinished(30000)) {
        ::kill(-group, SIGKILL);
        m_process.waitForFinished();
    }
    for (int attempt = 0; attempt < 250 && groupAlive(group); ++attempt)
        QThread::msleep(20);
    if (groupAlive(group))
        ::kill(-group, SIGKILL);
}

void DovecotServer::freeze()
{
    if (isRunning())
        ::kill(-pid_t(m_process.processId()), SIGSTOP);
}

void DovecotServer::thaw()
{
    if (isRunning())
        ::kill(-pid_t(m_process.processId()), SIGCONT);
}

bool DovecotServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool DovecotServer::append(const QString &folder, const QByteArray &message, QString *error)
{
    return doveadm({QStringLiteral("save"), QStringLiteral("-u"), user(), QStringLiteral("-m"), folder}, error, nullptr, message);
}

bool DovecotServer::createFolder(const QString &folder, QString *error)
{
    return doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user(), folder}, error);
}

bool DovecotServer::deleteFolder(const QString &folder, QString *error)
{
    return doveadm({QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"), user(), folder}, error);
}

QStringList DovecotServer::flags(const QString &folder, quint32 uid, QString *error)
{
    QByteArray out;
    if (!doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user(), QStringLiteral("flags"), QStringLiteral("mailbox"), folder,
                  QStringLiteral("uid"), QString::number(uid)},
                 error, &out)) {
        return {QStringLiteral("<doveadm failed>")};
    }
    // "flags: \Seen \Recent"
    const QString line = QString::fromUtf8(out).trimmed();
    const QString value = line.section(QLatin1Char(':'), 1).trimmed();
    return value.isEmpty() ? QStringList() : value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString DovecotServer::status(const QString &folder, const QString &field)
{
    QByteArray out;
    if (!doveadm({QStringLiteral("mailbox"), QStringLiteral("status"), QStringLiteral("-u"), user(), field, folder}, nullptr, &out))
        return {};
    // "INBOX messages=2"
    return QString::fromUtf8(out).trimmed().section(QLatin1Char('='), 1);
}

qint64 DovecotServer::messageCount(const QString &folder)
{
    return status(folder, QStringLiteral("messages")).toLongLong();
}

quint32 DovecotServer::uidValidity(const QString &folder)
{
    return status(folder, QStringLiteral("uidvalidity")).toUInt();
}

bool DovecotServer::writeToMaildir(const QString &folder, const QList<QByteArray> &messages, QString *error, Maildir where)
{
    // Maildir++: INBOX is the user's maildir itself, another folder is ".Name" inside it.
    QString dir = path(QStringLiteral("mail/")) + user();
    if (folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0)
        dir += QStringLiteral("/.") + folder;
    dir += where == Maildir::Cur ? QStringLiteral("/cur") : QStringLiteral("/new");
    if (!QDir(dir).exists()) {
        if (error)
            *error = QStringLiteral("%1 does not exist (create the folder first)").arg(dir);
        return false;
    }
    static int written = 0; // unique file names across calls
    for (qsizetype i = 0; i < messages.size(); ++i, ++written) {
        // In cur/ a name carries its flags after ":2," (none here).
        const QString name = QStringLiteral("%1/%2.M%3P%4.nocdesk%5").arg(dir).arg(1700000000 + written).arg(written).arg(::getpid())
                                 .arg(where == Maildir::Cur ? QStringLiteral(":2,") : QString());
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(messages[i]) != messages[i].size()) {
            if (error)
                *error = file.errorString();
            return false;
        }
        file.close();
        if (::chown(QFile::encodeName(name).constData(), m_mailUid, m_mailUid == kMailUidWhenRoot ? kMailUidWhenRoot : ::getegid()) != 0) {
            if (error)
                *error = QStringLiteral("chown %1 failed").arg(name);
            return false;
        }
    }
    return true;
}
