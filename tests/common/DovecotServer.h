#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real dovecot for IMAP tests: its own temp folder, a test CA and a server certificate
// (CN=localhost, SAN localhost and 127.0.0.1) made with openssl, dovecot in the foreground on
// 127.0.0.1 (and 127.0.0.2, which the certificate does not name) with two free high ports, IMAPS (implicit TLS) and IMAP with STARTTLS, one
// passwd-file user with a maildir. Started and stopped by its pid; nothing outlives the object.
// Mail is put in and looked at with dovecot's own doveadm, so appending sets no flag and reading
// flags does not touch them.
class DovecotServer
{
public:
    enum class Tls { Offered, Absent }; // Absent: plain IMAP only, no STARTTLS and no IMAPS port

    explicit DovecotServer(Tls tls = Tls::Offered);
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Empty when dovecot, doveadm and openssl are installed; else what is missing (for QSKIP).
    [[nodiscard]] static QString missingTools();

    // Makes the folder, certificates and config on the first call, then runs dovecot and waits
    // (bounded) until both ports accept connections. false with *error (and the log) otherwise.
    bool start(QString *error);
    // SIGTERM to the master's process group and wait for all of it.
    void stop();
    // SIGSTOP / SIGCONT to the whole server: connections stay open, nothing answers.
    void freeze();
    void thaw();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] quint16 imapsPort() const { return m_imapsPort; } // 0 without TLS
    [[nodiscard]] quint16 imapPort() const { return m_imapPort; } // plain, offers STARTTLS
    [[nodiscard]] QString caFile() const;                         // the test CA's certificate (PEM)
    [[nodiscard]] QString certificateFingerprint() const;        // server cert, SHA-256 "AB:CD:..."
    [[nodiscard]] static QString user() { return QStringLiteral("alice"); }
    [[nodiscard]] static QString password() { return QStringLiteral("s3cret pass"); }
    [[nodiscard]] QString log() const;

    // IMAP-side helpers through doveadm; each returns false (with *error) on failure.
    bool append(const QString &folder, const QByteArray &message, QString *error = nullptr);
    bool createFolder(const QString &folder, QString *error = nullptr);
    bool deleteFolder(const QString &folder, QString *error = nullptr);
    // The flags of one message ("\\Seen", "\\Recent", ...); empty list when there is none.
    [[nodiscard]] QStringList flags(const QString &folder, quint32 uid, QString *error = nullptr);
    [[nodiscard]] qint64 messageCount(const QString &folder);
    [[nodiscard]] quint32 uidValidity(const QString &folder);
    // Many messages at once, written straight into the folder's Maildir/new (the folder must
    // exist): fast, but dovecot numbers them in directory order, not in this order.
    // Maildir::Cur writes them into cur/ without flags instead, as they are once a client has
    // opened the folder read-write. Mail in new/ stays there as long as every client only
    // EXAMINEs the folder; with 10,000 there, dovecot 2.3 stalled on its own lock for about a
    // second every few seconds of a long fetch.
    enum class Maildir { New, Cur };
    bool writeToMaildir(const QString &folder, const QList<QByteArray> &messages, QString *error = nullptr,
                        Maildir where = Maildir::New);

private:
    bool prepare(QString *error);
    bool run(const QString &program, const QStringList &arguments, QString *error, QByteArray *out = nullptr,
             const QByteArray &input = {});
    bool doveadm(const QStringList &arguments, QString *error, QByteArray *out = nullptr, const QByteArray &input = {});
    [[nodiscard]] QString path(const QString &name) const;
    [[nodiscard]] QString status(const QString &folder, const QString &field);

    Tls m_tls;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_imapsPort = 0;
    quint16 m_imapPort = 0;
    uint m_mailUid = 0;
    QString m_fingerprint;
};
