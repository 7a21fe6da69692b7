#include "templatechecks.h"

#include "emailsupport.h"
#include "payloadskeleton.h"
#include "smssegments.h"

#include "contacts/contact.h"
#include "contacts/contactservice.h"
#include "send/fieldrenderer.h"
#include "send/messagerenderer.h"
#include "workspace/workspace.h"

#include "template/handlebars.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QUrl>

namespace sendivent::checks {

using namespace Qt::StringLiterals;

// The findings' texts, in a translation context of their own.
struct TemplateChecks
{
    Q_DECLARE_TR_FUNCTIONS(sendivent::checks::TemplateChecks)
};

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Error: return u"error"_s;
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (const Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString Finding::location() const
{
    QStringList parts;
    for (const QString &p : {event, channel, language, field}) {
        if (!p.isEmpty())
            parts << p;
    }
    QString out = parts.join(u'/');
    if (line > 0)
        out += u":%1:%2"_s.arg(line).arg(column);
    return out;
}

CheckOptions::CheckOptions() : clients(defaultEmailClients()) {}

namespace {

// A contact with every field a template may read, as a send's context has it.
Json sampleContact()
{
    Contact c;
    c.uuid = u"00000000-0000-4000-8000-000000000000"_s;
    c.email = u"jane@example.com"_s;
    c.phone = u"+46700000000"_s;
    c.externalId = u"user-1"_s;
    c.slack = u"U0000000"_s;
    c.telegram = u"100000000"_s;
    c.discord = u"100000000000000000"_s;
    c.name = u"Jane Cooper"_s;
    c.avatar = u"https://example.com/avatar.png"_s;
    c.username = u"jane"_s;
    return ContactService::toJson(c);
}

// 1-based line and column (UTF-16 units, as the editor counts) of `index` in `text`.
std::pair<int, int> lineColumn(const QString &text, qsizetype index)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text[i] == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(index - lineStart) + 1};
}

enum class Found { Yes, No, Unknown };

// Looks a variable's path up in a render context; "[]" is an element of a list.
Found lookUp(const Json &context, const std::vector<std::string> &path)
{
    const Json *node = &context;
    for (const std::string &part : path) {
        if (part == "[]") {
            if (node->is_array()) {
                if (node->empty())
                    return Found::Unknown;
                node = &node->front();
                continue;
            }
            return node->is_object() ? Found::Unknown : Found::No; // #each over an object's values
        }
        if (node->is_array() && part == "length")
            return Found::Yes;
        if (!node->is_object())
            return Found::No;
        const auto it = node->find(part);
        if (it == node->end())
            return Found::No;
        node = &*it;
    }
    return Found::Yes;
}

QString dotted(const std::vector<std::string> &path)
{
    QString out;
    for (const std::string &part : path) {
        if (part == "[]") {
            out += u"[]"_s;
            continue;
        }
        if (!out.isEmpty())
            out += u'.';
        out += QString::fromStdString(part);
    }
    return out;
}

// Every leaf path of a payload ("order.items[].sku").
void leaves(const Json &node, const QString &prefix, QStringList &out)
{
    if (node.is_object() && !node.empty()) {
        for (const auto &[key, value] : node.items())
            leaves(value, prefix.isEmpty() ? QString::fromStdString(key) : prefix + u'.' + QString::fromStdString(key), out);
    } else if (node.is_array() && !node.empty() && (node.front().is_object() || node.front().is_array())) {
        leaves(node.front(), prefix + u"[]"_s, out);
    } else {
        out << prefix;
    }
}

class EventChecker
{
public:
    EventChecker(const Workspace &ws, const Event &event, const CheckOptions &options, QList<Finding> &out)
        : m_ws(ws), m_event(event), m_options(options), m_out(out)
    {
        for (auto it = ws.partials.cbegin(); it != ws.partials.cend(); ++it)
            m_partials.insert(toStd(it.key()), toStd(it.value()));
    }

    void run()
    {
        checkTranslations();
        const QList<Json> given = m_options.payloads.value(m_event.identifier);
        // Without samples, made-up values for what the templates read (the studio's
        // starting payload), so that links and layouts are checked as they will look.
        const QList<Json> payloads = given.isEmpty() ? QList<Json>{payloadSkeleton(m_event)} : given;
        bool readsPayload = false;
        for (const EventTemplate &tmpl : m_event.templates) {
            if (!m_event.channels.contains(tmpl.channel))
                continue; // kept in the workspace, never sent
            std::map<QString, hbs::Template> compiled;
            bool syntaxError = false;
            for (const QString &field : templateFields(tmpl.channel)) {
                const auto source = tmpl.fields.constFind(field);
                if (source == tmpl.fields.cend())
                    continue;
                hbs::Compiled c = hbs::Template::compile(source->toStdString());
                if (!c) {
                    Finding f = base(tmpl, field, Severity::Error, u"syntax"_s);
                    f.line = c.error().line;
                    f.column = c.error().column;
                    f.message = QString::fromStdString(c.error().message);
                    add(std::move(f));
                    syntaxError = true;
                    continue;
                }
                compiled.emplace(field, std::move(c).value());
            }
            if (syntaxError)
                continue; // nothing to render
            std::map<QString, std::vector<hbs::VariableUse>> uses;
            for (const auto &[field, t] : compiled) {
                std::vector<hbs::VariableUse> &list = uses[field] = t.variables();
                readsPayload = readsPayload || std::any_of(list.cbegin(), list.cend(), [](const hbs::VariableUse &use) {
                    return !use.path.empty() && use.path.front() == "payload";
                });
            }
            renderAndCheck(tmpl, compiled, uses, payloads, !given.isEmpty());
        }
        if (given.isEmpty() && readsPayload) {
            Finding f;
            f.severity = Severity::Info;
            f.check = u"variable"_s;
            f.event = m_event.identifier;
            f.message = TemplateChecks::tr("No sample payload for this event: the payload values its templates read are not checked.");
            add(std::move(f));
        }
        if (!given.isEmpty())
            checkUnusedPayload(given);
    }

private:
    Finding base(const EventTemplate &tmpl, const QString &field, Severity severity, const QString &check) const
    {
        Finding f;
        f.severity = severity;
        f.check = check;
        f.event = m_event.identifier;
        f.channel = channelName(tmpl.channel);
        f.language = tmpl.language;
        f.field = field;
        return f;
    }

    void add(Finding f)
    {
        if (!m_out.contains(f))
            m_out.append(std::move(f));
    }

    // Places a finding at the first occurrence of `snippet` in the field's source.
    void locate(Finding &f, const EventTemplate &tmpl, const QString &snippet) const
    {
        const QString source = tmpl.fields.value(f.field);
        const QString probe = snippet.left(40);
        const qsizetype at = probe.isEmpty() ? -1 : source.indexOf(probe, 0, Qt::CaseInsensitive);
        if (at < 0)
            return;
        std::tie(f.line, f.column) = lineColumn(source, at);
    }

    void checkTranslations()
    {
        const QStringList languages = m_event.languages();
        for (const Channel channel : m_event.channels) {
            if (!m_event.findTemplate(channel, m_event.defaultLanguage)) {
                Finding f;
                f.severity = Severity::Error;
                f.check = u"translation"_s;
                f.event = m_event.identifier;
                f.channel = channelName(channel);
                f.language = m_event.defaultLanguage;
                f.message = TemplateChecks::tr("No %1 template in the default language (%2): sends on this channel fail.")
                                .arg(channelName(channel), m_event.defaultLanguage);
                add(std::move(f));
                continue;
            }
            for (const QString &language : languages) {
                if (m_event.findTemplate(channel, language))
                    continue;
                Finding f;
                f.severity = Severity::Warning;
                f.check = u"translation"_s;
                f.event = m_event.identifier;
                f.channel = channelName(channel);
                f.language = language;
                f.message = TemplateChecks::tr("No %1 translation of the %2 template: contacts who read %1 get the %3 one.")
                                .arg(language, channelName(channel), m_event.defaultLanguage);
                add(std::move(f));
            }
        }
    }

    // `uses`: each compiled field's variables().
    void renderAndCheck(const EventTemplate &tmpl, const std::map<QString, hbs::Template> &compiled,
                        const std::map<QString, std::vector<hbs::VariableUse>> &uses, const QList<Json> &payloads,
                        bool payloadsGiven)
    {
        const Json contact = sampleContact();
        // Per variable use: was it found in any payload?
        std::map<std::pair<QString, std::size_t>, std::pair<const hbs::VariableUse *, bool>> reads;
        for (const Json &payload : payloads) {
            const Json context = MessageRenderer::context(m_ws, contact, payload, m_ws.defaultSender(tmpl.channel));
            QMap<QString, QString> rendered;
            bool failed = false;
            for (const auto &[field, t] : compiled) {
                const hbs::RenderResult r = t.render(context, m_partials, fieldEscaping(field));
                if (!r) {
                    Finding f = base(tmpl, field, Severity::Error, u"render"_s);
                    f.message = QString::fromStdString(r.error());
                    add(std::move(f));
                    failed = true;
                    continue;
                }
                rendered.insert(field, QString::fromStdString(r.value()));
            }
            for (const auto &[field, list] : uses) {
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const hbs::VariableUse &use = list[i];
                    auto &seen = reads[{field, i}];
                    seen.first = &use;
                    if (lookUp(context, use.path) != Found::No)
                        seen.second = true;
                }
            }
            if (!failed)
                checkRendered(tmpl, rendered);
        }
        for (const auto &[key, read] : reads) {
            const auto &[use, found] = read;
            if (found || use->hasFallback || use->guarded)
                continue;
            const QString path = dotted(use->path);
            const bool payloadRead = use->path.front() == "payload";
            if (payloadRead && !payloadsGiven)
                continue;
            const bool meta = use->path.size() > 2 && use->path[0] == "contact" && use->path[1] == "meta";
            Finding f = base(tmpl, key.first, meta ? Severity::Info : Severity::Warning, u"variable"_s);
            f.line = use->line;
            f.column = use->column;
            f.message = meta ? TemplateChecks::tr("%1 is contact data a contact may not have; give it a default: {{%1 | …}}").arg(path)
                        : payloadRead ? TemplateChecks::tr("%1 is not in the sample payload and has no default: {{%1 | …}}").arg(path)
                                      : TemplateChecks::tr("%1 does not exist: a template can read contact, payload, app and sender").arg(path);
            add(std::move(f));
        }
    }

    void checkRendered(const EventTemplate &tmpl, const QMap<QString, QString> &rendered)
    {
        switch (tmpl.channel) {
        case Channel::Email:
            if (rendered.contains(u"html"_s))
                checkEmailHtml(tmpl, rendered.value(u"html"_s));
            break;
        case Channel::Sms:
            checkSms(tmpl, rendered.value(u"text"_s));
            break;
        case Channel::Push:
            checkPush(tmpl, rendered.value(u"title"_s), rendered.value(u"body"_s));
            break;
        case Channel::Slack:
            checkLength(tmpl, rendered.value(u"text"_s), limits::kSlackTextChars, Severity::Warning,
                        TemplateChecks::tr("Slack truncates messages longer than %1 characters"));
            checkLength(tmpl, rendered.value(u"text"_s), limits::kSlackRecommendedChars, Severity::Info,
                        TemplateChecks::tr("Slack advises keeping a message under %1 characters"));
            break;
        case Channel::Discord:
            checkLength(tmpl, rendered.value(u"text"_s), limits::kDiscordContentChars, Severity::Error,
                        TemplateChecks::tr("Discord refuses messages longer than %1 characters"));
            break;
        case Channel::Telegram:
            checkLength(tmpl, rendered.value(u"text"_s), limits::kTelegramTextChars, Severity::Error,
                        TemplateChecks::tr("Telegram refuses messages longer than %1 characters"));
            break;
        case Channel::Whatsapp:
            checkLength(tmpl, rendered.value(u"text"_s), limits::kWhatsappBodyChars, Severity::Error,
                        TemplateChecks::tr("WhatsApp refuses text bodies longer than %1 characters"));
            break;
        }
    }

    void checkLength(const EventTemplate &tmpl, const QString &text, int limit, Severity severity, const QString &rule)
    {
        const int length = int(text.toUcs4().size());
        if (length <= limit)
            return;
        Finding f = base(tmpl, u"text"_s, severity, u"message-size"_s);
        f.message = TemplateChecks::tr("%1 characters with the sample data: %2.").arg(length).arg(rule.arg(limit));
        add(std::move(f));
    }

    void checkSms(const EventTemplate &tmpl, const QString &text)
    {
        const SmsCount count = countSms(text);
        if (count.segments > m_options.smsMaxSegments) {
            Finding f = base(tmpl, u"text"_s, Severity::Warning, u"sms"_s);
            f.message = TemplateChecks::tr("%1 segments with the sample data (at most %2 allowed); each segment is billed.")
                            .arg(count.segments)
                            .arg(m_options.smsMaxSegments);
            add(std::move(f));
        }
        if (count.encoding == SmsCount::Encoding::Ucs2) {
            Finding f = base(tmpl, u"text"_s, Severity::Info, u"sms"_s);
            f.message = TemplateChecks::tr("Sent as UCS-2 (70 characters a segment, not 160) because of: %1").arg(count.nonGsm);
            locate(f, tmpl, count.nonGsm.left(1));
            add(std::move(f));
        }
    }

    void checkPush(const EventTemplate &tmpl, const QString &title, const QString &body)
    {
        if (const int n = int(title.toUcs4().size()); n > limits::kPushTitleChars) {
            Finding f = base(tmpl, u"title"_s, Severity::Info, u"push"_s);
            f.message = TemplateChecks::tr("The title has %1 characters; phones show about %2 before cutting it.").arg(n).arg(limits::kPushTitleChars);
            add(std::move(f));
        }
        if (const int n = int(body.toUcs4().size()); n > limits::kPushBodyChars) {
            Finding f = base(tmpl, u"body"_s, Severity::Info, u"push"_s);
            f.message = TemplateChecks::tr("The body has %1 characters; a lock screen shows about %2.").arg(n).arg(limits::kPushBodyChars);
            add(std::move(f));
        }
        Json aps = Json::object();
        aps["aps"]["alert"]["title"] = title.toStdString();
        aps["aps"]["alert"]["body"] = body.toStdString();
        const qsizetype bytes = qsizetype(aps.dump().size());
        if (bytes > limits::kPushPayloadBytes) {
            Finding f = base(tmpl, u"body"_s, Severity::Error, u"push"_s);
            f.message = TemplateChecks::tr("The notification payload is %1 bytes; APNs and FCM refuse more than %2.").arg(bytes).arg(limits::kPushPayloadBytes);
            add(std::move(f));
        }
    }

    void checkEmailHtml(const EventTemplate &tmpl, const QString &html)
    {
        const QString field = u"html"_s;
        const qsizetype bytes = html.toUtf8().size();
        if (bytes > limits::kGmailClipBytes) {
            Finding f = base(tmpl, field, Severity::Warning, u"size"_s);
            f.message = TemplateChecks::tr("The HTML is %1 KB with the sample data; Gmail clips messages over 102 KB.").arg(bytes / 1024);
            add(std::move(f));
        }
        checkLinksAndImages(tmpl, html);
        const EmailSupportData &data = EmailSupportData::instance();
        for (const FeatureUse &use : scanEmailFeatures(html)) {
            const EmailFeature *feature = data.feature(use.slug);
            QStringList unsupported, partial, notes;
            for (const QString &client : m_options.clients) {
                const Support s = feature->support.value(client, Support::Unknown);
                if (s == Support::No)
                    unsupported << client;
                else if (s == Support::Partial) {
                    partial << client;
                    if (const QString note = feature->notes.value(client); !note.isEmpty() && !notes.contains(note))
                        notes << note;
                }
            }
            if (unsupported.isEmpty() && partial.isEmpty())
                continue;
            const auto names = [&](const QStringList &ids) {
                QStringList out;
                for (const QString &id : ids)
                    out << data.clientName(id);
                return out.join(u", "_s);
            };
            Finding f = base(tmpl, field, unsupported.isEmpty() ? Severity::Info : Severity::Warning, u"email-client"_s);
            f.url = feature->url;
            f.clients = unsupported + partial;
            f.message = unsupported.isEmpty()
                            ? TemplateChecks::tr("%1 is only partly supported in %2.").arg(feature->title, names(partial))
                            : TemplateChecks::tr("%1 is not supported in %2.").arg(feature->title, names(unsupported));
            if (!unsupported.isEmpty() && !partial.isEmpty())
                f.message += u' ' + TemplateChecks::tr("Partly in %1.").arg(names(partial));
            if (!notes.isEmpty())
                f.message += u' ' + notes.join(u' ');
            locate(f, tmpl, use.snippet);
            add(std::move(f));
        }
    }

    void checkLinksAndImages(const EventTemplate &tmpl, const QString &html)
    {
        static const QRegularExpression tag(u"<(a|img)\\b([^>]*)>"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression attribute(u"\\b([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s);
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const bool image = m.captured(1).compare(u"img"_s, Qt::CaseInsensitive) == 0;
            QHash<QString, QString> attrs;
            for (auto a = attribute.globalMatch(m.captured(2)); a.hasNext();) {
                const auto am = a.next();
                attrs.insert(am.captured(1).toLower(), !am.captured(2).isNull() ? am.captured(2) : !am.captured(3).isNull() ? am.captured(3) : am.captured(4));
            }
            const QString attr = image ? u"src"_s : u"href"_s;
            const QString target = attrs.value(attr).trimmed();
            const auto finding = [&](Severity s, const QString &message) {
                Finding f = base(tmpl, u"html"_s, s, image ? u"image"_s : u"link"_s);
                f.message = message;
                locate(f, tmpl, attrs.contains(attr) && !target.isEmpty() ? target : m.captured(0));
                add(std::move(f));
            };
            if (image && !attrs.contains(u"alt"_s))
                finding(Severity::Warning, TemplateChecks::tr("An image without alt text: readers with images off or a screen reader get nothing (%1).").arg(target));
            if (!image && !attrs.contains(attr))
                continue; // a named anchor
            if (target.isEmpty()) {
                finding(Severity::Warning, image ? TemplateChecks::tr("An image without a source.") : TemplateChecks::tr("A link without a target."));
                continue;
            }
            if (target.startsWith(u'#') || target.startsWith(u"mailto:"_s, Qt::CaseInsensitive)
                || target.startsWith(u"tel:"_s, Qt::CaseInsensitive) || (image && target.startsWith(u"cid:"_s)) || (image && target.startsWith(u"data:"_s)))
                continue;
            const QUrl url(target, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
                finding(Severity::Warning, TemplateChecks::tr("\"%1\" is not an absolute URL: a mail client has no page to resolve it against.").arg(target));
            } else if (url.scheme() == u"http"_s) {
                finding(Severity::Warning, image ? TemplateChecks::tr("The image %1 is loaded over http: many clients block it; use https.").arg(target)
                                                 : TemplateChecks::tr("The link %1 uses http: use https.").arg(target));
            } else if (url.scheme() != u"https"_s) {
                finding(Severity::Warning, TemplateChecks::tr("The %1 scheme of \"%2\" does not work in mail clients.").arg(url.scheme(), target));
            }
        }
    }

    void checkUnusedPayload(const QList<Json> &payloads)
    {
        QStringList read;
        for (const EventTemplate &tmpl : m_event.templates) {
            for (const QString &source : tmpl.fields) {
                const hbs::Compiled c = hbs::Template::compile(source.toStdString());
                if (!c)
                    return; // a syntax error hides what is read
                for (const hbs::VariableUse &use : c.value().variables()) {
                    if (use.path.size() > 1 && use.path.front() == "payload")
                        read << dotted(std::vector<std::string>(use.path.begin() + 1, use.path.end()));
                }
            }
        }
        if (!m_ws.partials.isEmpty())
            return; // partials read the payload too, in contexts we don't follow
        QSet<QString> reported;
        for (const Json &payload : payloads) {
            QStringList keys;
            leaves(payload, {}, keys);
            for (const QString &key : std::as_const(keys)) {
                if (key.isEmpty() || reported.contains(key))
                    continue;
                const bool used = std::any_of(read.cbegin(), read.cend(), [&](const QString &r) {
                    return r == key || key.startsWith(r + u'.') || key.startsWith(r + u"[]"_s) || r.startsWith(key + u'.') || r.startsWith(key + u"[]"_s);
                });
                if (used)
                    continue;
                reported.insert(key);
                Finding f;
                f.severity = Severity::Info;
                f.check = u"unused-payload"_s;
                f.event = m_event.identifier;
                f.message = TemplateChecks::tr("payload.%1 is in the sample payload but no template reads it.").arg(key);
                add(std::move(f));
            }
        }
    }

    const Workspace &m_ws;
    const Event &m_event;
    const CheckOptions &m_options;
    QList<Finding> &m_out;
    hbs::Partials m_partials;
};

} // namespace

QList<Finding> checkEvent(const Workspace &workspace, const Event &event, const CheckOptions &options)
{
    QList<Finding> out;
    EventChecker(workspace, event, options, out).run();
    return out;
}

QList<Finding> checkWorkspace(const Workspace &workspace, const CheckOptions &options)
{
    QList<Finding> out;
    for (auto it = workspace.partials.cbegin(); it != workspace.partials.cend(); ++it) {
        const hbs::Compiled c = hbs::Template::compile(it.value().toStdString());
        if (c)
            continue;
        Finding f;
        f.severity = Severity::Error;
        f.check = u"syntax"_s;
        f.field = u"partial:"_s + it.key();
        f.line = c.error().line;
        f.column = c.error().column;
        f.message = QString::fromStdString(c.error().message);
        out.append(std::move(f));
    }
    for (const Event &event : workspace.events)
        out += checkEvent(workspace, event, options);
    return out;
}

} // namespace sendivent::checks
