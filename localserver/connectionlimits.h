#pragma once

#include <QtCore/QtGlobal>

namespace sendivent::server {

// How the connections of the local server are kept in check (DESIGN §3, decisions.md
// "Connections").
struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 30'000;  // between requests, and while an answer is not being read
    int headTimeoutMs = 10'000;  // from a request's first byte to the end of its head
    int bodyTimeoutMs = 10'000;  // for a body, plus 1 s per 64 KiB of it
    int lingerTimeoutMs = 10'000; // draining what a client still sends after a closing answer
    int maxConnections = 1024;
    int maxConnectionsPerPeer = 992; // one address never takes the last slots
};

} // namespace sendivent::server
