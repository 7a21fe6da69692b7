#include "pagination.h"

#include <algorithm>
#include <limits>

namespace sendivent::server {

using namespace Qt::StringLiterals;

Result<Page> readPage(const ApiRequest &request, int defaultLimit, int maxLimit)
{
    Page page{defaultLimit, 0};
    QList<FieldError> problems;
    // A number above the maximum is clamped ("Max 100" is what a page holds, not a
    // reason to refuse); one that is not a whole number or is below the minimum is not.
    const auto read = [&](const QString &name, int min, int max, int &target) {
        if (!request.hasQuery(name))
            return;
        bool ok = false;
        const QString text = request.queryValue(name);
        const qint64 value = text.toLongLong(&ok);
        if (ok && value >= min)
            target = int(std::min<qint64>(value, max));
        else if (max == std::numeric_limits<int>::max())
            problems.append({name, u"must be a whole number, %1 or more"_s.arg(min)});
        else
            problems.append({name, u"must be a whole number, %1 or more (above %2 reads as %2)"_s.arg(min).arg(max)});
    };
    read(u"limit"_s, 1, maxLimit, page.limit);
    read(u"offset"_s, 0, std::numeric_limits<int>::max(), page.offset);
    if (!problems.isEmpty())
        return Error::validation(u"Invalid pagination parameters"_s, problems);
    return page;
}

Json pageJson(const char *plural, Json items, qint64 total, const Page &page)
{
    return Json{{plural, std::move(items)}, {"total", total}, {"limit", page.limit}, {"offset", page.offset}};
}

} // namespace sendivent::server
