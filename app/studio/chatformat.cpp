#include "chatformat.h"

#include <QtCore/QHash>
#include <QtCore/QRegularExpression>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The shortcodes the demo workspace and most notification templates use.
QString emoji(const QString &code)
{
    static const QHash<QString, QString> known {{u"wave"_s, u"👋"_s}, {u"package"_s, u"📦"_s},
        {u"rotating_light"_s, u"🚨"_s}, {u"tada"_s, u"🎉"_s}, {u"white_check_mark"_s, u"✅"_s},
        {u"warning"_s, u"⚠️"_s}, {u"x"_s, u"❌"_s}, {u"rocket"_s, u"🚀"_s}, {u"fire"_s, u"🔥"_s}, {u"bell"_s, u"🔔"_s},
        {u"eyes"_s, u"👀"_s}, {u"heart"_s, u"❤️"_s}, {u"thumbsup"_s, u"👍"_s}, {u"+1"_s, u"👍"_s},
        {u"smile"_s, u"😄"_s}, {u"truck"_s, u"🚚"_s}, {u"moneybag"_s, u"💰"_s}, {u"lock"_s, u"🔒"_s}, {u"key"_s, u"🔑"_s},
        {u"email"_s, u"📧"_s}, {u"calendar"_s, u"📅"_s}, {u"information_source"_s, u"ℹ️"_s}};
    return known.value(code);
}

void replaceAll(QString &html, const QString &pattern, const QString &replacement)
{
    html.replace(QRegularExpression(pattern), replacement);
}

void replaceEmoji(QString &html)
{
    static const QRegularExpression shortcode(u":([a-z0-9_+\\-]+):"_s);
    QString out;
    qsizetype last = 0;
    auto it = shortcode.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString e = emoji(m.captured(1));
        if (e.isEmpty())
            continue;
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += e;
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    html = out;
}

} // namespace

QString chatMessageHtml(Channel channel, const QString &text)
{
    QString html = text.toHtmlEscaped();
    const QString code = u"<code style=\"font-family:monospace\">\\1</code>"_s;
    switch (channel) {
    case Channel::Slack:
        replaceAll(html, u"```([\\s\\S]+?)```"_s, u"<pre>\\1</pre>"_s);
        replaceAll(html, u"`([^`\\n]+)`"_s, code);
        // <https://x|label> arrives escaped as &lt;…&gt;.
        replaceAll(html, u"&lt;(https?://[^|&]+)\\|([^&]+)&gt;"_s, u"<a href=\"\\1\">\\2</a>"_s);
        replaceAll(html, u"&lt;(https?://[^&]+)&gt;"_s, u"<a href=\"\\1\">\\1</a>"_s);
        replaceAll(html, u"(^|[\\s(])\\*([^*\\n]+)\\*"_s, u"\\1<b>\\2</b>"_s);
        replaceAll(html, u"(^|[\\s(])_([^_\\n]+)_"_s, u"\\1<i>\\2</i>"_s);
        replaceAll(html, u"(^|[\\s(])~([^~\\n]+)~"_s, u"\\1<s>\\2</s>"_s);
        replaceEmoji(html);
        break;
    case Channel::Discord:
        replaceAll(html, u"```([\\s\\S]+?)```"_s, u"<pre>\\1</pre>"_s);
        replaceAll(html, u"`([^`\\n]+)`"_s, code);
        replaceAll(html, u"\\*\\*([^*\\n]+)\\*\\*"_s, u"<b>\\1</b>"_s);
        replaceAll(html, u"__([^_\\n]+)__"_s, u"<u>\\1</u>"_s);
        replaceAll(html, u"~~([^~\\n]+)~~"_s, u"<s>\\1</s>"_s);
        replaceAll(html, u"(^|[^*\\w])\\*([^*\\n]+)\\*"_s, u"\\1<i>\\2</i>"_s);
        replaceAll(html, u"(^|[^_\\w])_([^_\\n]+)_"_s, u"\\1<i>\\2</i>"_s);
        replaceEmoji(html);
        break;
    case Channel::Whatsapp:
        replaceAll(html, u"```([\\s\\S]+?)```"_s, u"<tt>\\1</tt>"_s);
        replaceAll(html, u"(^|[\\s(])\\*([^*\\n]+)\\*"_s, u"\\1<b>\\2</b>"_s);
        replaceAll(html, u"(^|[\\s(])_([^_\\n]+)_"_s, u"\\1<i>\\2</i>"_s);
        replaceAll(html, u"(^|[\\s(])~([^~\\n]+)~"_s, u"\\1<s>\\2</s>"_s);
        break;
    default:
        break;
    }
    html.replace(u'\n', u"<br>"_s);
    return html;
}

} // namespace sendivent::app
