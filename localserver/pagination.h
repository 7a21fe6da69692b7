#pragma once

#include "apirequest.h"

#include <base/result.h>

namespace sendivent::server {

struct Page
{
    int limit = 20;
    int offset = 0;
};

// Reads ?limit= and ?offset=: whole numbers, limit ≥ 1 (clamped to maxLimit), offset ≥ 0;
// anything else is a VALIDATION_ERROR naming the parameter.
Result<Page> readPage(const ApiRequest &request, int defaultLimit, int maxLimit);

// {"<plural>":[…],"total":N,"limit":L,"offset":O}
Json pageJson(const char *plural, Json items, qint64 total, const Page &page);

} // namespace sendivent::server
