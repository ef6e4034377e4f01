#pragma once

#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

// NetBox's REST API (and Nautobot's, which has the same shapes) as far as the inventory sync
// reads it, with the behaviour of the real servers:
//   GET /api/circuits/providers/ /api/circuits/circuits/ /api/circuits/circuit-terminations/
//       /api/dcim/sites/ (Nautobot 2: /api/dcim/locations/) /api/dcim/devices/ /api/dcim/interfaces/
// - "Authorization: Token <key>"; a wrong or missing one is refused with {"detail": ...}:
//   403 as NetBox does (SessionAuthentication comes first, so DRF has no challenge to send),
//   or 401 when refusalStatus says so.
// - Paging with ?limit=&offset=: {"count", "next", "previous", "results"}; limit is capped at
//   maxPageSize (NetBox's MAX_PAGE_SIZE) and "next" is an absolute URL.
// - Circuit terminations: "site" before NetBox 4.2, "termination_type"/"termination" from 4.2
//   on; Nautobot 2: "location", UUID ids, no slugs, related objects only with ?depth=1.
class FakeNetbox
{
public:
    enum class Flavor { NetBox41, NetBox42, Nautobot2 };

    explicit FakeNetbox(Flavor flavor = Flavor::NetBox42);
    bool listen();
    [[nodiscard]] QUrl baseUrl() const;

    QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    int refusalStatus = 403;
    int maxPageSize = 40;
    // "next" links name this host instead (a NetBox behind a proxy that ends TLS).
    QString nextHost;
    // path -> how many more requests get a 500 / a body that is not JSON.
    QHash<QString, int> failures;
    QHash<QString, int> brokenJson;

    struct Request
    {
        QString path;
        QString query;
        QByteArray authorization;
        QByteArray host;
    };
    QList<Request> requests;

    // The inventory served: 3 providers, 6 sites, 90 circuits (A and Z ends, one ending at a
    // provider network), 12 devices with 10 interfaces each, the first 12 circuits cabled.
    void fillStandard();
    [[nodiscard]] QString sitesPath() const;

    QHash<QString, QJsonArray> lists; // path -> every object

private:
    QHttpServerResponse serve(const QString &path, const QHttpServerRequest &request);
    QJsonValue id(int n) const;
    QJsonObject nested(const QString &kind, int n, const QJsonObject &fields) const;

    Flavor m_flavor;
    QHttpServer m_server;
    quint16 m_port = 0;
};
