#include "pagination.h"

namespace sendivent::server {

using namespace Qt::StringLiterals;

Result<Page> readPage(const ApiRequest &request, int defaultLimit, int maxLimit)
{
    Page page{defaultLimit, 0};
    QList<FieldError> problems;
    const auto read = [&](const QString &name, int min, int max, int &target) {
        if (!request.hasQuery(name))
            return;
        bool ok = false;
        const QString text = request.queryValue(name);
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < min || value > max)
            problems.append({name, u"must be a whole number from %1 to %2"_s.arg(min).arg(max)});
        else
            target = int(value);
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
