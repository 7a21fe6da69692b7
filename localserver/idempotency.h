#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <base/result.h>

#include <functional>

namespace sendivent {
class GroupCommit;
class IdempotencyStore;
struct WriteSession;
}

namespace sendivent::server {

// What a handler's work came to, before anything it must store is stored.
struct GroupedResult
{
    ApiResponse response;
    // Whether the work ran and its answer is the one a retry must get back. False
    // for requests rejected before anything happened (a malformed body, an unknown
    // event) and for server errors: they are answered at once and nothing is kept,
    // so a corrected retry may reuse the key.
    bool remember = true;
    // Writes what the answer acknowledges, inside the group's transaction, on the
    // group commit's writer thread.
    std::function<Status(WriteSession &)> write;
    // Runs once that transaction is committed (true) or has failed (false), just
    // before the answer is written.
    std::function<void(bool committed)> done;
};

// Runs `work` under the request's X-Idempotency-Key (DESIGN §5) and answers after the
// group commit that stores its writes: a key answered before replays that answer
// byte for byte with X-Idempotent-Replay: true; the same key with another method,
// path or body → 422 IDEMPOTENCY_KEY_REUSED; a key whose first request is not
// answered yet → 409 IDEMPOTENCY_IN_PROGRESS. The answer is stored in the same
// transaction as the writes, so a crash can never keep the one without the other,
// and nothing is acknowledged before it is committed.
ApiResponse runIdempotent(GroupCommit &group, IdempotencyStore &store, const ApiRequest &request,
                          const std::function<GroupedResult()> &work);

} // namespace sendivent::server
