#include "GmailSettings.h"

#include <algorithm>

namespace nocdesk::gmail {

namespace {

const QString kAccount = QStringLiteral("account");
const QString kCredentialsFile = QStringLiteral("credentials_file");
const QString kSourceHeader = QStringLiteral("source_header");
const QString kLimitFrom = QStringLiteral("limit_emails_with_not_header_from");
const QString kExtraScopes = QStringLiteral("extra_scopes");
const QString kLabels = QStringLiteral("labels");
const QString kApiBaseUrl = QStringLiteral("api_base_url");
const QString kTokenUrl = QStringLiteral("token_url");
const QString kAuthUrl = QStringLiteral("auth_url");

// A list setting may arrive as a list or as one comma-separated string (a CLI argument).
QStringList stringList(const QVariant &value)
{
    QStringList items = value.typeId() == QMetaType::QString
                            ? value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)
                            : value.toStringList();
    QStringList out;
    for (const QString &item : std::as_const(items)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

QUrl url(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text);
}

} // namespace

const QStringList &outcome::all()
{
    static const QStringList names{kUnknownProvider, kParsingFailed, kParsed, kIgnored, kOutOfSequence, kUnknownCids};
    return names;
}

GmailSettings GmailSettings::fromVariantMap(const QVariantMap &map)
{
    GmailSettings settings;
    settings.account = map.value(kAccount).toString().trimmed();
    settings.credentialsFile = map.value(kCredentialsFile).toString().trimmed();
    const QString header = map.value(kSourceHeader).toString().trimmed();
    if (!header.isEmpty())
        settings.sourceHeader = header;
    settings.limitEmailsWithNotHeaderFrom = stringList(map.value(kLimitFrom));
    settings.extraScopes = stringList(map.value(kExtraScopes));
    const QVariantMap labels = map.value(kLabels).toMap();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const QString id = it.value().toString().trimmed();
        if (!id.isEmpty())
            settings.labels.insert(it.key(), id);
    }
    settings.apiBaseUrl = url(map.value(kApiBaseUrl));
    settings.tokenUrl = url(map.value(kTokenUrl));
    settings.authUrl = url(map.value(kAuthUrl));
    return settings;
}

QVariantMap GmailSettings::toVariantMap() const
{
    QVariantMap map{{kAccount, account},
                    {kCredentialsFile, credentialsFile},
                    {kSourceHeader, sourceHeader},
                    {kLimitFrom, limitEmailsWithNotHeaderFrom},
                    {kExtraScopes, extraScopes}};
    QVariantMap labelMap;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelMap.insert(it.key(), it.value());
    map.insert(kLabels, labelMap);
    // Only tests point these elsewhere; an operator's settings stay free of them.
    if (!apiBaseUrl.isEmpty())
        map.insert(kApiBaseUrl, apiBaseUrl.toString());
    if (!tokenUrl.isEmpty())
        map.insert(kTokenUrl, tokenUrl.toString());
    if (!authUrl.isEmpty())
        map.insert(kAuthUrl, authUrl.toString());
    return map;
}

QUrl GmailSettings::effectiveApiBaseUrl() const
{
    return apiBaseUrl.isEmpty() ? QUrl(QStringLiteral("https://gmail.googleapis.com")) : apiBaseUrl;
}

QStringList GmailSettings::scopes() const
{
    QStringList result{labels.isEmpty() ? kScopeReadonly : kScopeModify};
    for (const QString &scope : extraScopes) {
        // Short names as Google's documentation writes them ("gmail.labels").
        const bool asIs = scope.contains(QLatin1Char(':')) || scope == QLatin1String("openid")
                          || scope == QLatin1String("email") || scope == QLatin1String("profile");
        result.append(asIs ? scope : QStringLiteral("https://www.googleapis.com/auth/") + scope);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QString GmailSettings::labelFor(const QString &outcomeName) const
{
    return labels.value(outcomeName);
}

} // namespace nocdesk::gmail
