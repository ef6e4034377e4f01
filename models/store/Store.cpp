#include "Store.h"

#include "Migrations.h"
#include "SqlQuery.h"
#include "TransactionGuard.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>

namespace nocdesk {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

// Pool threads each own their connections; they are removed when the thread ends.
class ThreadConnections
{
public:
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(m_byPath)) {
            SqlQuery::forgetStatements(name);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    QHash<QString, QString> m_byPath;
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

QSqlDatabase openConnection(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::CannotOpen,
                         Store::tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    return db;
}

void configureConnection(const QSqlDatabase &db)
{
    // WAL lets the GUI read while the pool writes; NORMAL sync is safe in WAL mode and fast.
    SqlQuery(db, QStringLiteral("PRAGMA journal_mode=WAL")).exec();
    SqlQuery(db, QStringLiteral("PRAGMA synchronous=NORMAL")).exec();
    SqlQuery(db, QStringLiteral("PRAGMA foreign_keys=ON")).exec();
    // A page cache that holds what a pane reads (the maintenance pane reads some 16 MB over
    // 20,000 maintenances), where the default 2 MB had each open read the file again. No memory
    // map: mapped pages count as the process's resident memory, and over a million events a
    // 256 MB map took the events pane from 81 to 400 MiB for no measurable gain in speed.
    SqlQuery(db, QStringLiteral("PRAGMA cache_size=-32768")).exec();
}

qint64 pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    SqlQuery q(db, QStringLiteral("PRAGMA ") + pragma);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

struct FileIdentity
{
    qint64 applicationId = 0;
    int userVersion = 0;
    qint64 objectCount = 0;
};

// Reads the identity of an existing file through a read-only connection, so a file that turns
// out not to be ours is never written to.
FileIdentity inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen,
                         Store::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        throw StoreError(StoreError::Kind::NotADatabase,
                         Store::tr("%1 is not a NocDesk database (it is not an SQLite file). "
                                   "Choose another file with --database, or move this one away.")
                             .arg(QDir::toNativeSeparators(path)));
    file.close();

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("nocdesk-inspect-%1").arg(counter.fetchAndAddRelaxed(1));
    FileIdentity identity;
    {
        QSqlDatabase db = openConnection(path, name, true);
        try {
            identity.applicationId = pragmaValue(db, QStringLiteral("application_id"));
            identity.userVersion = int(pragmaValue(db, QStringLiteral("user_version")));
            SqlQuery q(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            q.exec();
            identity.objectCount = q.next() ? q.value(0).toLongLong() : 0;
        } catch (const StoreError &) {
            SqlQuery::forgetStatements(name);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw StoreError(StoreError::Kind::NotADatabase,
                             Store::tr("%1 is damaged or not a database NocDesk can read.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        SqlQuery::forgetStatements(name);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

void migrate(const QSqlDatabase &db, int fromVersion)
{
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        try {
            TransactionGuard transaction(db);
            for (const QString &statement : step.statements)
                SqlQuery(db, statement).exec();
            // Both pragmas are transactional in SQLite: a failed step leaves the old version.
            SqlQuery(db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)).exec();
            SqlQuery(db, QStringLiteral("PRAGMA user_version=%1").arg(step.version)).exec();
            transaction.commit();
        } catch (const StoreError &e) {
            throw StoreError(StoreError::Kind::MigrationFailed,
                             Store::tr("Upgrading the database to schema version %1 failed: %2")
                                 .arg(step.version)
                                 .arg(e.message()));
        }
    }
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

int Store::inspectSchemaVersion(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    return inspect(path).userVersion;
}

Store Store::open(const QString &path, const QString &connectionName)
{
    const QFileInfo info(path);
    int version = 0;
    if (info.exists() && info.size() > 0) {
        const FileIdentity identity = inspect(path);
        const bool ours = identity.applicationId == kApplicationId;
        if (!ours && (identity.applicationId != 0 || identity.objectCount > 0))
            throw StoreError(StoreError::Kind::NotNocDesk,
                             tr("%1 is an SQLite database of another application, not a NocDesk "
                                "database. It was left untouched.")
                                 .arg(QDir::toNativeSeparators(path)));
        if (identity.userVersion > currentSchemaVersion())
            throw StoreError(StoreError::Kind::TooNew,
                             tr("%1 was written by a newer NocDesk (schema version %2; this version "
                                "reads up to %3). It was left untouched; update NocDesk to open it.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(identity.userVersion)
                                 .arg(currentSchemaVersion()));
        version = identity.userVersion;
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase db = openConnection(path, connectionName, false);
    configureConnection(db);
    migrate(db, version);
    return Store(path, connectionName);
}

Store Store::forCurrentThread(const QString &path)
{
    auto &storage = threadConnections();
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    ThreadConnections *connections = storage.localData();
    auto it = connections->m_byPath.constFind(path);
    if (it != connections->m_byPath.constEnd())
        return Store(path, it.value());

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("nocdesk-worker-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = openConnection(path, name, false);
    configureConnection(db);
    connections->m_byPath.insert(path, name);
    return Store(path, name);
}

QSqlDatabase Store::database() const { return QSqlDatabase::database(m_connectionName, false); }

int Store::schemaVersion() const { return int(pragmaValue(database(), QStringLiteral("user_version"))); }

QMap<QString, qint64> Store::tableCounts() const
{
    QMap<QString, qint64> counts;
    const QSqlDatabase db = database();
    SqlQuery tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    tables.exec();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        q.exec();
        counts.insert(name, q.next() ? q.value(0).toLongLong() : 0);
    }
    return counts;
}

} // namespace nocdesk
