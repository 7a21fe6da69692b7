#pragma once

// The headers every request the console sends carries, and only those: webhooks and
// the remote API alike. Qt adds Accept-Encoding and Accept-Language (from the system
// locale) to any request that lacks them, and an empty value counts as lacking
// (QHttpNetworkConnectionPrivate::prepareRequest), so the console names its own:
// `identity` and `*` mean what no header means (RFC 9110 §12.5.3, §12.5.4) and tell a
// receiver nothing about the user's language.
#include <QtNetwork/QNetworkRequest>

namespace sendivent {

inline constexpr char kUserAgent[] = "sendivent-console/" SENDIVENT_VERSION;

inline void setOutgoingHeaders(QNetworkRequest &request)
{
    request.setRawHeader("User-Agent", kUserAgent);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("Accept-Language", "*");
}

} // namespace sendivent
