#include "FakeNetbox.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace {

const QStringList kPaths = {
    QStringLiteral("/api/circuits/providers/"), QStringLiteral("/api/circuits/circuits/"),
    QStringLiteral("/api/circuits/circuit-terminations/"), QStringLiteral("/api/dcim/sites/"),
    QStringLiteral("/api/dcim/locations/"), QStringLiteral("/api/dcim/devices/"), QStringLiteral("/api/dcim/interfaces/"),
};

QHttpServerResponse json(const QJsonObject &o, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(o, status);
}

} // namespace

FakeNetbox::FakeNetbox(Flavor flavor) : m_flavor(flavor)
{
    for (const QString &path : kPaths) {
        m_server.route(path, [this, path](const QHttpServerRequest &request) { return serve(path, request); });
    }
}

bool FakeNetbox::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeNetbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QString FakeNetbox::sitesPath() const
{
    return m_flavor == Flavor::Nautobot2 ? QStringLiteral("/api/dcim/locations/") : QStringLiteral("/api/dcim/sites/");
}

QJsonValue FakeNetbox::id(int n) const
{
    // Nautobot's primary keys are UUIDs.
    if (m_flavor == Flavor::Nautobot2)
        return QUuid::createUuidV5(QUuid(), QString::number(n)).toString(QUuid::WithoutBraces);
    return n;
}

QJsonObject FakeNetbox::nested(const QString &kind, int n, const QJsonObject &fields) const
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("id"), id(n));
    o.insert(QStringLiteral("url"), QString(baseUrl().toString() + QStringLiteral("api/%1/%2/").arg(kind, id(n).toVariant().toString())));
    o.insert(QStringLiteral("display"), fields.value(QStringLiteral("name")).toString());
    if (m_flavor == Flavor::Nautobot2) {
        // "circuits/circuit-terminations" -> "circuits.circuittermination"
        const QString type = kind.section(QLatin1Char('/'), 0, 0) + QLatin1Char('.')
            + kind.section(QLatin1Char('/'), 1).remove(QLatin1Char('-')).chopped(1);
        o.insert(QStringLiteral("object_type"), type);
    }
    return o;
}

void FakeNetbox::fillStandard()
{
    const bool nautobot = m_flavor == Flavor::Nautobot2;
    const QStringList providerNames = {QStringLiteral("Zayo"), QStringLiteral("Lumen"), QStringLiteral("Telia Carrier")};
    const QStringList providerSlugs = {QStringLiteral("zayo"), QStringLiteral("lumen"), QStringLiteral("telia-carrier")};
    QJsonArray providers;
    for (int i = 0; i < 3; ++i) {
        QJsonObject p{{QStringLiteral("name"), providerNames.at(i)}, {QStringLiteral("account"), QStringLiteral("A-%1").arg(i)}};
        if (!nautobot)
            p.insert(QStringLiteral("slug"), providerSlugs.at(i));
        providers.append(nested(QStringLiteral("circuits/providers"), 100 + i, p));
    }
    lists.insert(QStringLiteral("/api/circuits/providers/"), providers);

    QJsonArray sites;
    const auto siteName = [](int i) { return QStringLiteral("FRA%1").arg(i + 1); };
    const auto siteRef = [&](int i) {
        QJsonObject s{{QStringLiteral("name"), siteName(i)}};
        if (!nautobot)
            s.insert(QStringLiteral("slug"), siteName(i).toLower());
        return nested(nautobot ? QStringLiteral("dcim/locations") : QStringLiteral("dcim/sites"), 200 + i, s);
    };
    for (int i = 0; i < 6; ++i) {
        QJsonObject s = siteRef(i);
        s.insert(QStringLiteral("description"), QStringLiteral("Frankfurt hall %1").arg(i + 1));
        s.insert(QStringLiteral("time_zone"), i == 5 ? QJsonValue() : QJsonValue(QStringLiteral("Europe/Berlin")));
        s.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("value"), QStringLiteral("active")}});
        sites.append(s);
    }
    lists.insert(sitesPath(), sites);

    QJsonArray circuits;
    QJsonArray terminations;
    int terminationId = 5000;
    const auto circuitRef = [&](int i) {
        return nested(QStringLiteral("circuits/circuits"), 1000 + i, {{QStringLiteral("cid"), QStringLiteral("ZY-%1").arg(i, 4, 10, QLatin1Char('0'))}});
    };
    for (int i = 0; i < 90; ++i) {
        const int p = i % 3;
        QJsonObject c = circuitRef(i);
        QJsonObject provider{{QStringLiteral("name"), providerNames.at(p)}};
        if (!nautobot)
            provider.insert(QStringLiteral("slug"), providerSlugs.at(p));
        c.insert(QStringLiteral("provider"), nested(QStringLiteral("circuits/providers"), 100 + p, provider));
        c.insert(nautobot ? QStringLiteral("circuit_type") : QStringLiteral("type"),
                 nested(QStringLiteral("circuits/circuit-types"), 300, {{QStringLiteral("name"), QStringLiteral("Transit")}}));
        c.insert(QStringLiteral("description"), QStringLiteral("uplink %1").arg(i));
        circuits.append(c);

        for (const QString &side : {QStringLiteral("A"), QStringLiteral("Z")}) {
            QJsonObject t = nested(QStringLiteral("circuits/circuit-terminations"), terminationId++, {});
            t.insert(QStringLiteral("circuit"), circuitRef(i));
            t.insert(QStringLiteral("term_side"), side);
            const int site = side == QLatin1String("A") ? i % 6 : (i + 1) % 6;
            const bool providerNetwork = i == 89 && side == QLatin1String("Z");
            if (m_flavor == Flavor::NetBox41) {
                t.insert(QStringLiteral("site"), providerNetwork ? QJsonValue() : QJsonValue(siteRef(site)));
                if (providerNetwork)
                    t.insert(QStringLiteral("provider_network"), nested(QStringLiteral("circuits/provider-networks"), 400, {{QStringLiteral("name"), QStringLiteral("Zayo IP")}}));
            } else if (m_flavor == Flavor::NetBox42) {
                t.insert(QStringLiteral("termination_type"), providerNetwork ? QStringLiteral("circuits.providernetwork") : QStringLiteral("dcim.site"));
                t.insert(QStringLiteral("termination_id"), providerNetwork ? 400 : 200 + site);
                t.insert(QStringLiteral("termination"), providerNetwork
                             ? nested(QStringLiteral("circuits/provider-networks"), 400, {{QStringLiteral("name"), QStringLiteral("Zayo IP")}})
                             : siteRef(site));
            } else {
                t.insert(QStringLiteral("location"), providerNetwork ? QJsonValue() : QJsonValue(siteRef(site)));
            }
            // The first 12 circuits' A ends are cabled to port 1 of device i.
            const bool cabled = side == QLatin1String("A") && i < 12;
            QJsonObject peer = nested(QStringLiteral("dcim/interfaces"), 9000 + i * 10,
                                      {{QStringLiteral("name"), QStringLiteral("et-0/0/1")}});
            peer.insert(QStringLiteral("device"), nested(QStringLiteral("dcim/devices"), 600 + i, {{QStringLiteral("name"), QStringLiteral("edge%1.fra").arg(i + 1)}}));
            if (nautobot) {
                t.insert(QStringLiteral("cable_peer_type"), cabled ? QJsonValue(QStringLiteral("dcim.interface")) : QJsonValue());
                t.insert(QStringLiteral("cable_peer"), cabled ? QJsonValue(peer) : QJsonValue());
            } else {
                t.insert(QStringLiteral("link_peers_type"), cabled ? QJsonValue(QStringLiteral("dcim.interface")) : QJsonValue());
                t.insert(QStringLiteral("link_peers"), cabled ? QJsonArray{peer} : QJsonArray{});
            }
            terminations.append(t);
        }
    }
    lists.insert(QStringLiteral("/api/circuits/circuits/"), circuits);
    lists.insert(QStringLiteral("/api/circuits/circuit-terminations/"), terminations);

    QJsonArray devices;
    QJsonArray interfaces;
    for (int d = 0; d < 12; ++d) {
        QJsonObject device = nested(QStringLiteral("dcim/devices"), 600 + d, {{QStringLiteral("name"), QStringLiteral("edge%1.fra").arg(d + 1)}});
        device.insert(nautobot ? QStringLiteral("location") : QStringLiteral("site"), siteRef(d % 6));
        QJsonObject type = nested(QStringLiteral("dcim/device-types"), 700, {{QStringLiteral("model"), QStringLiteral("MX204")}});
        if (!nautobot)
            type.insert(QStringLiteral("manufacturer"), nested(QStringLiteral("dcim/manufacturers"), 710, {{QStringLiteral("name"), QStringLiteral("Juniper")}}));
        device.insert(QStringLiteral("device_type"), type);
        device.insert(QStringLiteral("platform"), nested(QStringLiteral("dcim/platforms"), 720, {{QStringLiteral("name"), QStringLiteral("Junos")}}));
        const QJsonObject ip = nested(QStringLiteral("ipam/ip-addresses"), 800 + d, {{QStringLiteral("address"), QStringLiteral("192.0.2.%1/24").arg(d + 1)}});
        device.insert(nautobot ? QStringLiteral("primary_ip4") : QStringLiteral("primary_ip"), ip);
        devices.append(device);
        for (int port = 1; port <= 10; ++port) {
            QJsonObject interface = nested(QStringLiteral("dcim/interfaces"), 9000 + d * 10 + port - 1,
                                           {{QStringLiteral("name"), QStringLiteral("et-0/0/%1").arg(port)}});
            interface.insert(QStringLiteral("device"), nested(QStringLiteral("dcim/devices"), 600 + d, {{QStringLiteral("name"), QStringLiteral("edge%1.fra").arg(d + 1)}}));
            interface.insert(QStringLiteral("description"), port == 1 ? QStringLiteral("to provider") : QString());
            interfaces.append(interface);
        }
    }
    // A device NetBox allows without a name (an unnamed patch panel).
    QJsonObject unnamed = nested(QStringLiteral("dcim/devices"), 699, {});
    unnamed.insert(QStringLiteral("name"), QJsonValue());
    devices.append(unnamed);
    lists.insert(QStringLiteral("/api/dcim/devices/"), devices);
    lists.insert(QStringLiteral("/api/dcim/interfaces/"), interfaces);
}

QHttpServerResponse FakeNetbox::serve(const QString &path, const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    requests.append({path, request.url().query(), authorization, request.value(QByteArrayLiteral("Host"))});
    if (authorization != QByteArrayLiteral("Token ") + token.toUtf8()) {
        const QString detail = authorization.isEmpty() ? QStringLiteral("Authentication credentials were not provided.")
                                                       : QStringLiteral("Invalid token");
        return json({{QStringLiteral("detail"), detail}}, QHttpServerResponse::StatusCode(refusalStatus));
    }
    if (failures.value(path) > 0) {
        --failures[path];
        return QHttpServerResponse(QByteArrayLiteral("text/html"),
                                   QByteArrayLiteral("<h1>Server Error (500)</h1>"),
                                   QHttpServerResponse::StatusCode::InternalServerError);
    }
    if (brokenJson.value(path) > 0) {
        --brokenJson[path];
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"count\": 3, \"results\": [{\"id\": 1,"));
    }
    if (m_flavor == Flavor::Nautobot2 && path == QLatin1String("/api/dcim/sites/"))
        return json({{QStringLiteral("detail"), QStringLiteral("Not found.")}}, QHttpServerResponse::StatusCode::NotFound);

    const QUrlQuery query(request.url());
    int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 50;
    if (limit <= 0 || limit > maxPageSize)
        limit = maxPageSize;
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    const QJsonArray all = lists.value(path);
    QJsonArray page;
    for (int i = offset; i < std::min<int>(offset + limit, int(all.size())); ++i) {
        QJsonObject o = all.at(i).toObject();
        // Without ?depth=1 Nautobot 2 nests related objects as {id, object_type, url} only.
        if (m_flavor == Flavor::Nautobot2 && query.queryItemValue(QStringLiteral("depth")) != QLatin1String("1")) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it->isObject()) {
                    const QJsonObject n = it->toObject();
                    *it = QJsonObject{{QStringLiteral("id"), n.value(QStringLiteral("id"))},
                                      {QStringLiteral("object_type"), n.value(QStringLiteral("object_type"))},
                                      {QStringLiteral("url"), n.value(QStringLiteral("url"))}};
                }
            }
        }
        page.append(o);
    }
    const auto link = [&](int at) -> QJsonValue {
        if (at < 0 || at >= all.size())
            return QJsonValue();
        QUrl url = baseUrl();
        url.setPath(path);
        if (!nextHost.isEmpty())
            url.setHost(nextHost);
        QUrlQuery q(query);
        q.removeAllQueryItems(QStringLiteral("limit"));
        q.removeAllQueryItems(QStringLiteral("offset"));
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        q.addQueryItem(QStringLiteral("offset"), QString::number(at));
        url.setQuery(q);
        return url.toString();
    };
    return json({{QStringLiteral("count"), int(all.size())},
                 {QStringLiteral("next"), offset + limit < all.size() ? link(offset + limit) : QJsonValue()},
                 {QStringLiteral("previous"), offset > 0 ? link(std::max(0, offset - limit)) : QJsonValue()},
                 {QStringLiteral("results"), page}});
}
