#include "GmailClient.h"

#include "FormEncoding.h"
#include "GmailLog.h"
#include "GmailQuery.h"
#include "GmailTokenStore.h"
#include "GmailTransport.h"
#include "GoogleAuthorizer.h"
#include "GoogleCredentials.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace nocdesk::gmail {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::gmail::GmailClient)
};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

class GmailClient::Private
{
public:
    Private(const QString &sourceName, GmailSettings s, SecretStore &secrets, const GmailClientOptions &o)
        : settings(std::move(s)),
          options(o),
          transport(RetryPolicy{o.maxAttempts, o.retryBaseDelay, o.retryMaxDelay}, o.requestTimeout),
          authorizer(settings, GmailTokenStore(secrets, sourceName), transport, o.signInTimeout)
    {
    }

    [[nodiscard]] QUrl apiUrl(const QString &encodedPath, const QList<QPair<QString, QString>> &query = {}) const;
    // One API call with the source's token: a 401 gets a new token and one more try; 5xx/429
    // are retried by the transport. Anything but 2xx becomes an error.
    GmailResult<QJsonObject> call(HttpRequest request, const QDeadlineTimer &deadline, const CancelCheck &cancelled);
    [[nodiscard]] GmailError apiError(const HttpResponse &response, const QString &what) const;

    GmailSettings settings;
    GmailClientOptions options;
    GmailTransport transport;
    GoogleAuthorizer authorizer;
};

QUrl GmailClient::Private::apiUrl(const QString &encodedPath, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = settings.effectiveApiBaseUrl();
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/gmail/v1/users/me/") + encodedPath, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(formEncoded(query)), QUrl::TolerantMode);
    return url;
}

GmailResult<QJsonObject> GmailClient::Private::call(HttpRequest request, const QDeadlineTimer &deadline,
                                                    const CancelCheck &cancelled)
{
    const QString what = QString::fromLatin1(request.verb) + QLatin1Char(' ') + request.url.path();
    for (int tokenAttempt = 1;; ++tokenAttempt) {
        const GmailResult<QString> token = authorizer.accessToken(deadline, cancelled);
        if (!token.ok())
            return token.error;
        request.bearerToken = token.value;
        const GmailResult<HttpResponse> answer = transport.sendWithRetry(request, deadline, cancelled);
        if (!answer.ok())
            return answer.error;
        const HttpResponse &response = answer.value;
        // The token can die before its expiry (revoked, password changed): get another once.
        if (response.status == 401 && tokenAttempt == 1) {
            qCInfo(lcGmail) << what << "refused the access token; getting a new one";
            authorizer.discardAccessToken();
            continue;
        }
        if (response.status < 200 || response.status >= 300)
            return apiError(response, what);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (!document.isObject())
            return GmailError::make(GmailFailure::Protocol,
                                    Text::tr("Gmail answered %1 with something that is not a JSON object (%2).")
                                        .arg(what, parseError.errorString()),
                                    response.status);
        return document.object();
    }
}

GmailError GmailClient::Private::apiError(const HttpResponse &response, const QString &what) const
{
    QString said = GmailTransport::googleErrorMessage(response.body);
    if (said.isEmpty())
        said = QString::fromUtf8(response.body.left(200)).simplified();
    const QString status = QString::number(response.status);
    if (response.status == 401)
        return GmailError::make(GmailFailure::SignInRequired,
                                Text::tr("Gmail does not accept the sign-in of %1 (%2): sign in again.")
                                    .arg(settings.account, said),
                                response.status);
    if (response.status == 403 && !GmailTransport::isRetryable(response))
        return GmailError::make(GmailFailure::Forbidden,
                                Text::tr("Gmail refused %1 for %2: %3").arg(what, settings.account, said),
                                response.status);
    if (GmailTransport::isRetryable(response))
        return GmailError::make(GmailFailure::Http,
                                Text::tr("Gmail answered %1 to %2 %3 times in a row (%4): try again later.")
                                    .arg(status, what, QString::number(response.attempts), said),
                                response.status);
    return GmailError::make(GmailFailure::Http, Text::tr("Gmail answered %1 to %2: %3").arg(status, what, said),
                            response.status);
}

GmailClient::GmailClient(QString sourceName, GmailSettings settings, SecretStore &secrets, GmailClientOptions options)
    : d(std::make_unique<Private>(sourceName, std::move(settings), secrets, options))
{
}

GmailClient::~GmailClient() = default;

const GmailSettings &GmailClient::settings() const
{
    return d->settings;
}

bool GmailClient::usesServiceAccount() const
{
    const GmailResult<GoogleCredentials> credentials = d->authorizer.credentials();
    return credentials.ok() && credentials.value.kind == GoogleCredentials::Kind::ServiceAccount;
}

GmailError GmailClient::signIn(const OpenBrowser &openBrowser, const CancelCheck &cancelled)
{
    return d->authorizer.signIn(openBrowser, cancelled);
}

GmailError GmailClient::signOut()
{
    return d->authorizer.signOut();
}

GmailResult<GmailValidation> GmailClient::validate(const CancelCheck &cancelled)
{
    const QDeadlineTimer deadline(d->options.validateBudget);
    GmailValidation validation;

    HttpRequest profileRequest;
    profileRequest.url = d->apiUrl(QStringLiteral("profile"));
    const GmailResult<QJsonObject> profile = d->call(profileRequest, deadline, cancelled);
    if (!profile.ok())
        return profile.error;
    validation.emailAddress = profile.value.value(QLatin1String("emailAddress")).toString();
    validation.messagesTotal = profile.value.value(QLatin1String("messagesTotal")).toInteger(-1);

    HttpRequest labelsRequest;
    labelsRequest.url = d->apiUrl(QStringLiteral("labels"));
    const GmailResult<QJsonObject> labels = d->call(labelsRequest, deadline, cancelled);
    if (!labels.ok())
        return labels.error;
    for (const QJsonValue &value : labels.value.value(QLatin1String("labels")).toArray()) {
        const QJsonObject label = value.toObject();
        validation.labels.append(GmailLabel{label.value(QLatin1String("id")).toString(),
                                            label.value(QLatin1String("name")).toString(),
                                            label.value(QLatin1String("type")).toString()});
    }
    validation.scopes = d->authorizer.grantedScopes();

    const QString &account = d->settings.account;
    if (!account.isEmpty() && account.compare(validation.emailAddress, Qt::CaseInsensitive) != 0)
        validation.warnings.append(Text::tr("The sign-in opens the mailbox %1, not %2 as configured.")
                                       .arg(validation.emailAddress, account));
    for (auto it = d->settings.labels.cbegin(); it != d->settings.labels.cend(); ++it) {
        if (!outcome::all().contains(it.key())) {
            validation.warnings.append(Text::tr("\"%1\" is not an outcome; the outcomes are %2.")
                                           .arg(it.key(), outcome::all().join(QStringLiteral(", "))));
            continue;
        }
        const auto byId = std::find_if(validation.labels.cbegin(), validation.labels.cend(),
                                       [&it](const GmailLabel &label) { return label.id == it.value(); });
        if (byId != validation.labels.cend())
            continue;
        const auto byName = std::find_if(validation.labels.cbegin(), validation.labels.cend(),
                                         [&it](const GmailLabel &label) { return label.name == it.value(); });
        if (byName != validation.labels.cend())
            validation.warnings.append(Text::tr("The label for \"%1\" is given by its name \"%2\"; Gmail needs its "
                                                "id, %3.")
                                           .arg(it.key(), it.value(), byName->id));
        else
            validation.warnings.append(Text::tr("The label %1 for \"%2\" does not exist in %3.")
                                           .arg(it.value(), it.key(), validation.emailAddress));
    }
    validation.summary = Text::tr("Signed in to %1: %2 messages, %3 labels.")
                             .arg(validation.emailAddress)
                             .arg(validation.messagesTotal)
                             .arg(validation.labels.size());
    return validation;
}

QString GmailClient::searchQuery(const QDateTime &after, const QStringList &providerSenders) const
{
    return gmailSearchQuery(d->settings, after, providerSenders);
}

GmailResult<QStringList> GmailClient::listMessageIds(const QString &query, const Progress &progress,
                                                     const CancelCheck &cancelled)
{
    const QDeadlineTimer noDeadline(QDeadlineTimer::Forever);
    QStringList ids;
    QSet<QString> seenPageTokens;
    QString pageToken;
    do {
        QList<QPair<QString, QString>> parameters{{QStringLiteral("maxResults"),
                                                   QString::number(d->options.pageSize)}};
        if (!query.isEmpty())
            parameters.append({QStringLiteral("q"), query});
        if (!pageToken.isEmpty())
            parameters.append({QStringLiteral("pageToken"), pageToken});
        HttpRequest request;
        request.url = d->apiUrl(QStringLiteral("messages"), parameters);
        const GmailResult<QJsonObject> page = d->call(request, noDeadline, cancelled);
        if (!page.ok())
            return page.error;
        // An absent "messages" is how Gmail says "none (more)".
        for (const QJsonValue &message : page.value.value(QLatin1String("messages")).toArray()) {
            const QString id = message.toObject().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                ids.append(id);
        }
        const int estimate = page.value.value(QLatin1String("resultSizeEstimate")).toInt();
        if (progress)
            progress(int(ids.size()), std::max(estimate, int(ids.size())));
        pageToken = page.value.value(QLatin1String("nextPageToken")).toString();
        if (!pageToken.isEmpty() && seenPageTokens.contains(pageToken))
            return GmailError::make(GmailFailure::Protocol,
                                    Text::tr("Gmail returned the same page twice while listing messages."));
        seenPageTokens.insert(pageToken);
        if (cancelled && cancelled())
            return GmailError::make(GmailFailure::Cancelled, Text::tr("Cancelled."));
    } while (!pageToken.isEmpty());
    return ids;
}

GmailResult<GmailMessage> GmailClient::rawMessage(const QString &id, const CancelCheck &cancelled)
{
    HttpRequest request;
    request.url = d->apiUrl(QStringLiteral("messages/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                            {{QStringLiteral("format"), QStringLiteral("raw")}});
    const GmailResult<QJsonObject> answer = d->call(request, QDeadlineTimer(QDeadlineTimer::Forever), cancelled);
    if (!answer.ok())
        return answer.error;
    const QJsonObject &object = answer.value;
    // Gmail sends base64url, with or without the trailing '='.
    const auto decoded = QByteArray::fromBase64Encoding(object.value(QLatin1String("raw")).toString().toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !object.contains(QLatin1String("raw")))
        return GmailError::make(GmailFailure::Protocol,
                                Text::tr("Gmail sent message %1 without a readable raw body.").arg(id));
    GmailMessage message;
    message.id = object.value(QLatin1String("id")).toString();
    message.threadId = object.value(QLatin1String("threadId")).toString();
    message.labelIds = stringList(object.value(QLatin1String("labelIds")));
    // internalDate: milliseconds since the epoch, as a JSON string.
    bool ok = false;
    const qint64 millis = object.value(QLatin1String("internalDate")).toString().toLongLong(&ok);
    if (ok)
        message.internalDate = QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
    message.raw = *decoded;
    return message;
}

GmailError GmailClient::modifyLabels(const QString &id, const QStringList &add, const QStringList &remove,
                                     const CancelCheck &cancelled)
{
    if (add.isEmpty() && remove.isEmpty())
        return {};
    HttpRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.url = d->apiUrl(QStringLiteral("messages/") + QString::fromLatin1(QUrl::toPercentEncoding(id))
                            + QStringLiteral("/modify"));
    request.contentType = QByteArrayLiteral("application/json");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("addLabelIds"), QJsonArray::fromStringList(add)},
                                             {QStringLiteral("removeLabelIds"), QJsonArray::fromStringList(remove)}})
                       .toJson(QJsonDocument::Compact);
    return d->call(request, QDeadlineTimer(QDeadlineTimer::Forever), cancelled).error;
}

GmailError GmailClient::applyOutcomeLabel(const QString &id, const QString &outcomeName, const CancelCheck &cancelled)
{
    const QString label = d->settings.labelFor(outcomeName);
    if (label.isEmpty())
        return {};
    QStringList others;
    for (const QString &other : outcome::all()) {
        const QString otherLabel = d->settings.labelFor(other);
        if (!otherLabel.isEmpty() && otherLabel != label && !others.contains(otherLabel))
            others.append(otherLabel);
    }
    return modifyLabels(id, {label}, others, cancelled);
}

} // namespace nocdesk::gmail
