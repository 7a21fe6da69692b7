#include "smtprelay.h"

#include <QtCore/QThreadPool>
#include <QtCore/QUrlQuery>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace sendivent::mail {

using namespace Qt::StringLiterals;

namespace {

void initCurlOnce()
{
    // curl_global_init is not thread-safe on older libcurl; run it exactly once.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// What a user can do something about, for the failures SMTP relaying meets most.
QString explain(CURLcode code, long response, const QString &server, const char *detail)
{
    QString what;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        what = u"the host name could not be resolved"_s;
        break;
    case CURLE_COULDNT_CONNECT:
        what = u"the connection was refused or the server is unreachable"_s;
        break;
    case CURLE_OPERATION_TIMEDOUT:
        what = u"the server did not answer in time"_s;
        break;
    case CURLE_LOGIN_DENIED:
        what = u"the server refused the user name or password"_s;
        break;
    case CURLE_USE_SSL_FAILED:
        what = u"the server does not offer STARTTLS, and the relay never sends without it when asked for it"_s;
        break;
    case CURLE_SSL_CONNECT_ERROR:
        what = u"the TLS handshake failed (is the port for implicit TLS or for STARTTLS?)"_s;
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        what = u"the server's TLS certificate is not trusted (a self-signed server needs its CA file)"_s;
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        what = u"the connection broke off"_s;
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        what = u"the server's answer was not SMTP"_s;
        break;
    default:
        what = QString::fromUtf8(curl_easy_strerror(code));
        break;
    }
    QString message = u"SMTP relay to %1 failed: %2"_s.arg(server, what);
    if (response >= 400)
        message += u" (server answered %1)"_s.arg(response);
    // curl's own detail names the step (a refused recipient, a TLS alert); it never
    // holds the password, which curl does not echo.
    if (detail && *detail && QString::fromUtf8(detail) != what)
        message += u" — "_s + QString::fromUtf8(detail).trimmed();
    return message;
}

} // namespace

QString securityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return u"none"_s;
    case SmtpSecurity::StartTls:
        return u"starttls"_s;
    case SmtpSecurity::Tls:
        return u"tls"_s;
    }
    return {};
}

std::optional<SmtpSecurity> securityFromName(QStringView name)
{
    for (const SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::Tls}) {
        if (name == securityName(s))
            return s;
    }
    return std::nullopt;
}

int SmtpServer::effectivePort() const
{
    if (port > 0)
        return port;
    switch (security) {
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::Tls:
        return 465;
    }
    return 25;
}

QString SmtpServer::displayUrl() const
{
    const QString scheme = security == SmtpSecurity::Tls ? u"smtps"_s : u"smtp"_s;
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return u"%1://%2:%3"_s.arg(scheme, h).arg(effectivePort());
}

Result<SmtpServer> SmtpServer::fromUrl(const QUrl &url)
{
    SmtpServer s;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"smtps"_s)
        s.security = SmtpSecurity::Tls;
    else if (scheme == u"smtp"_s || scheme == u"smtp+starttls"_s)
        s.security = SmtpSecurity::StartTls;
    else
        return Error::validation(u"An SMTP server is smtp://host:port or smtps://host:port, not '%1'"_s.arg(
            url.toDisplayString(QUrl::RemoveUserInfo)));
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"security"_s)) {
        const auto security = securityFromName(query.queryItemValue(u"security"_s));
        if (!security)
            return Error::validation(u"security must be none, starttls or tls"_s);
        s.security = *security;
    }
    s.host = url.host();
    if (s.host.isEmpty())
        return Error::validation(u"The SMTP URL names no host"_s);
    s.port = url.port(0);
    s.username = url.userName(QUrl::FullyDecoded);
    // A password in the URL is refused: it would end up in shell history and process
    // lists. It comes from the keychain or SENDIVENT_SMTP_PASSWORD.
    if (!url.password().isEmpty())
        return Error::validation(u"Give the SMTP password through SENDIVENT_SMTP_PASSWORD or the keychain, "
                                 u"not in the URL"_s);
    return s;
}

Status send(const SmtpServer &server, const QString &envelopeFrom, const QStringList &recipients,
            const QByteArray &message)
{
    if (!server.isConfigured())
        return Error{ErrorCode::Conflict, u"No SMTP server is configured for releasing mail"_s, {}};
    if (recipients.isEmpty())
        return Error::validation(u"A released message needs a recipient"_s);
    initCurlOnce();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return Error{ErrorCode::ServerError, u"libcurl could not start a transfer"_s, {}};
    CURL *h = curl.get();

    const QByteArray url = server.displayUrl().toUtf8();
    const QByteArray from = '<' + envelopeFrom.toUtf8() + '>';
    const QByteArray user = server.username.toUtf8();
    const QByteArray password = server.password.toUtf8();
    const QByteArray caFile = server.caFile.toUtf8();
    curl_slist *rcpt = nullptr;
    for (const QString &r : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + r.toUtf8() + '>').constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcptGuard(rcpt, &curl_slist_free_all);
    Upload upload{&message};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // off the main thread: no SIGALRM for DNS time-outs
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(server.timeoutMs, 15'000)));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(server.timeoutMs));
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readBody);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    if (server.security == SmtpSecurity::StartTls)
        curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS or fail, never plain
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK)
        return {};
    long response = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
    // The relay is a provider of sorts: its failures are PROVIDER_ERROR (502).
    return Error{ErrorCode::ProviderError, explain(code, response, server.displayUrl(), errorBuffer), {}};
}

void sendAsync(const SmtpServer &server, const QString &envelopeFrom, const QStringList &recipients,
               const QByteArray &message, std::function<void(Status)> done)
{
    QThreadPool::globalInstance()->start([server, envelopeFrom, recipients, message, done = std::move(done)] {
        done(send(server, envelopeFrom, recipients, message));
    });
}

} // namespace sendivent::mail
