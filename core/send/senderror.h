#pragma once

#include "base/apierror.h"
#include "base/channel.h"

#include <QtCore/QString>

#include <optional>

namespace sendivent {

// One (recipient, channel) that could not be sent: an entry of the answer's `errors`
// (DESIGN §5). `channel` is empty when the recipient itself could not be resolved.
struct SendError
{
    ErrorCode code = ErrorCode::ValidationError;
    QString message;
    std::optional<Channel> channel;
    QString recipient;
};

} // namespace sendivent
