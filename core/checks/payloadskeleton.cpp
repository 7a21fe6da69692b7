#include "payloadskeleton.h"

#include <QtCore/QRegularExpression>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

Json sampleValue(const QString &key)
{
    const QString k = key.toLower();
    if (k.endsWith(u"url"_s))
        return toStd(u"https://example.com/"_s + key.section(u'_', 0, 0));
    if (k == u"quantity"_s || k.endsWith(u"count"_s) || k.endsWith(u"minutes"_s))
        return 2;
    if (k.contains(u"price"_s) || k.contains(u"total"_s) || k.contains(u"amount"_s))
        return "$19.90";
    if (k.endsWith(u"id"_s) || k.endsWith(u"number"_s))
        return "1001";
    if (k.contains(u"code"_s))
        return "ABC123";
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return toStd(words);
}

// Puts `value` at the dotted `path` unless something is there already; an object
// found on the way wins over a leaf (payload.a and payload.a.b both used).
void place(Json &root, const QStringList &path, const Json &value)
{
    Json *node = &root;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const std::string key = toStd(path[i]);
        const bool last = i == path.size() - 1;
        if (!node->is_object())
            *node = Json::object();
        if (last) {
            if (!node->contains(key))
                (*node)[key] = value;
            return;
        }
        Json &child = (*node)[key];
        if (child.is_array())
            return; // a list from #each; `payload.items.length` adds nothing to it
        if (!child.is_object())
            child = Json::object();
        node = &child;
    }
}

} // namespace

Json payloadSkeleton(const Event &event)
{
    static const QRegularExpression eachBlock(
        u"\\{\\{~?#each\\s+payload\\.([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*~?\\}\\}([\\s\\S]*?)\\{\\{~?/each"_s);
    static const QRegularExpression thisField(u"this\\.([A-Za-z_$][\\w$]*)"_s);
    static const QRegularExpression path(u"payload\\.([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)"_s);

    Json payload = Json::object();
    for (const EventTemplate &t : event.templates) {
        for (const QString &source : t.fields) {
            auto blocks = eachBlock.globalMatch(source);
            while (blocks.hasNext()) {
                const auto m = blocks.next();
                Json item = Json::object();
                auto fields = thisField.globalMatch(m.captured(2));
                while (fields.hasNext()) {
                    const QString key = fields.next().captured(1);
                    item[toStd(key)] = sampleValue(key);
                }
                place(payload, m.captured(1).split(u'.'), Json::array({item}));
            }
            auto paths = path.globalMatch(source);
            while (paths.hasNext()) {
                const QStringList parts = paths.next().captured(1).split(u'.');
                place(payload, parts, sampleValue(parts.last()));
            }
        }
    }
    return payload;
}

} // namespace sendivent
