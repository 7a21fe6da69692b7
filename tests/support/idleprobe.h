#pragma once

// Instead of sleeping "long enough" to see that nothing more arrives (issue 19): wait
// until the local server owes nothing, then check what arrived. Owed means an
// emulated provider outcome still to come, or a webhook message in flight or due by
// the emulator's clock now. A server that still owes something keeps the probe
// waiting until it has done it, so a check after the probe fails at once when too
// much arrived; what is owed only later (a retry at a later time) waits for the
// clock, which the test moves.
#include <functional>

namespace sendivent {
class Services;
}

namespace sendivent::test {

class TestServer;

// Runs `work` on the thread the services live on (the server's: this one, or a thread
// of its own as in the console) and returns when it ran.
void onServerThread(Services &services, const std::function<void()> &work);

// Whether nothing is owed now (one look, on the services' thread).
bool isIdle(Services &services);

// Runs the event loop until nothing is owed at two looks an event-loop turn apart
// (what one step set off is then queued as the next), or `timeoutMs` passed: false.
bool settle(Services &services, int timeoutMs = 10'000);
bool settle(TestServer &server, int timeoutMs = 10'000);

} // namespace sendivent::test
