// The preview is the send (issue 19): every template of the corpus and every sample
// template of the built-in workspace, on every channel, rendered by a real send
// through the local server (the delivery's stored content, read back over the API)
// and by the template studio's preview renderer, must agree field by field; a
// template that fails must fail in both, at the same field, with the same error.
#include <httpclient.h>
#include <testserver.h>

#include <studio/previewrenderer.h>
#include <studio/templatedraft.h>

#include <checks/payloadskeleton.h>
#include <contacts/contactservice.h>
#include <send/messagerenderer.h>
#include <storage/database.h>
#include <template/handlebars.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtTest/QTest>

#include <set>

using namespace sendivent;
using namespace sendivent::app;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

const QString kContact = u"ada@example.com"_s;

Json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

// Every channel active, both addons, senders for email and phone; names that need
// escaping. (Built, not parsed from a raw string: moc misreads that one.)
Json baseWorkspace()
{
    Json integrations = Json::array();
    const std::pair<const char *, const char *> providers[] = {{"email", "ses"}, {"sms", "sns"},
        {"slack", "slack"}, {"push", "expo"}, {"telegram", "telegram"}, {"whatsapp", "whatsapp"},
        {"discord", "discord"}};
    for (const auto &[channel, provider] : providers)
        integrations.push_back({{"channel", channel}, {"provider", provider}, {"status", "active"},
                                {"config", Json::object()}, {"secrets", Json::object()}});
    return Json {{"app", {{"name", "Preview & Send <Co>"}}},
                 {"plan", {{"contact_limit", 100}, {"addons", {"sms", "whatsapp"}}}},
                 {"senders", {{{"name", "Ann \"<Sender>\""}, {"email", "hello@test.example"}},
                              {{"name", "SMS & Co"}, {"phone", "+46700000009"}}}},
                 {"integrations", std::move(integrations)},
                 {"partials", Json::object()},
                 {"events", Json::array()}};
}

struct CorpusCase
{
    QString name; // file / case
    std::string templ;
    Json data;
    Json partials;
};

// What a send of one field list renders, in the send's words, from the preview: the
// outputs up to the first field that fails, and that field's error as the delivery
// records it.
struct Expected
{
    Json content = Json::object();
    QString error; // "Template error: html: 2:5: …"; empty when every field rendered
};

Expected expectedFrom(Channel channel, const PreviewResult &preview)
{
    Expected e;
    for (const QString &field : templateFields(channel)) {
        if (!preview.fields.contains(field))
            continue;
        const FieldPreview &f = preview.fields[field];
        if (f.ok()) {
            e.content[toStd(field)] = toStd(f.output);
            continue;
        }
        e.error = f.syntax ? u"Template error: %1: %2:%3: %4"_s.arg(field, QString::number(f.syntax->line),
                                                                     QString::number(f.syntax->column), f.syntax->message)
                           : u"Template error: %1: %2"_s.arg(field, f.renderError);
        break;
    }
    return e;
}

// The syntax errors the preview marks in an event's templates (fixture form), as the
// workspace's import reports them: {"events[0].templates[I].FIELD", "template syntax
// error at LINE:COL: message"}.
std::set<std::pair<std::string, std::string>> previewSyntaxErrors(const Json &event)
{
    std::set<std::pair<std::string, std::string>> errors;
    const Json &templates = event["templates"];
    for (std::size_t i = 0; i < templates.size(); ++i) {
        PreviewRequest request;
        request.channel = *channelFromName(toQt(templates[i]["channel"].get<std::string>()));
        for (const QString &field : templateFields(request.channel))
            request.fields.insert(field, toQt(templates[i][toStd(field)].get<std::string>()));
        const PreviewResult preview = PreviewRenderer::renderNow(request);
        for (auto it = preview.fields.cbegin(); it != preview.fields.cend(); ++it) {
            if (it->syntax)
                errors.emplace("events[0].templates[" + std::to_string(i) + "]." + toStd(it.key()),
                               toStd(u"template syntax error at %1:%2: %3"_s.arg(QString::number(it->syntax->line),
                                                                                 QString::number(it->syntax->column),
                                                                                 it->syntax->message)));
        }
    }
    return errors;
}

} // namespace

class tst_PreviewIsSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusPreviewsAsItSends();
    void sampleTemplatesPreviewAsTheySend();

private:
    // PUTs the workspace, keeping the contact.
    bool putWorkspace(const Json &fixture);
    // PUTs the base workspace with `event` alone and expects exactly the `syntax`
    // errors the preview found, in the import's words.
    void compareRefusal(const QString &label, const Json &event,
                        const std::set<std::pair<std::string, std::string>> &syntax);
    // Sends `event` (only `channel` when given) and compares each delivery with the
    // preview of the template the send took. Differences go to m_differences.
    void sendAndCompare(const QString &label, const QString &event, std::optional<Channel> channel,
                        const QString &language, const Json &payload);

    TestServer m_server;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<Database> m_db;
    int m_compared = 0;
    int m_failedInBoth = 0;
    int m_refused = 0;
    QStringList m_differences;
};

void tst_PreviewIsSend::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_client = std::make_unique<HttpClient>(kSandboxKey);
    QVERIFY(putWorkspace(baseWorkspace()));
    // Every channel's identifier, a push token, and meta a template can read.
    const Json contact = {{"email", toStd(kContact)}, {"phone", "+46701111111"}, {"name", "Ada <Lovelace> & \"Co\""},
                          {"slack", "U0ADA"}, {"telegram", "100200"}, {"discord", "300400"},
                          {"tier", "<gold>"}, {"language", "en"}};
    const HttpReply created = m_client->post(m_server.url(u"/v1/contacts"_s), contact);
    QVERIFY2(created.status == 200 || created.status == 201, created.body.constData());
    const HttpReply token = m_client->post(m_server.url(u"/v1/contacts/%1/push-tokens"_s.arg(kContact)),
                                           Json {{"token", "ExponentPushToken[preview]"}});
    QVERIFY2(token.status == 200 || token.status == 201, token.body.constData());
    m_db = std::make_unique<Database>(m_server.databasePath());
    QVERIFY(m_db->open());
}

bool tst_PreviewIsSend::putWorkspace(const Json &fixture)
{
    const HttpReply r = m_client->put(m_server.url(u"/_local/workspace?keep_contacts=true"_s), fixture);
    if (r.status != 200)
        qWarning("PUT /_local/workspace: %d %s", r.status, r.body.constData());
    return r.status == 200;
}

void tst_PreviewIsSend::compareRefusal(const QString &label, const Json &event,
                                       const std::set<std::pair<std::string, std::string>> &syntax)
{
    Json fixture = baseWorkspace();
    fixture["events"].push_back(event);
    const HttpReply r = m_client->put(m_server.url(u"/_local/workspace?keep_contacts=true"_s), fixture);
    std::set<std::pair<std::string, std::string>> refused;
    for (const Json &detail : r.json().value("details", Json::array()))
        refused.emplace(detail.value("field", std::string()), detail.value("message", std::string()));
    if (r.status != 400 || refused != syntax) {
        m_differences << u"%1: the preview finds syntax errors %2, storing it answers %3 %4"_s.arg(
            label, QString::fromStdString(Json(syntax).dump())).arg(r.status).arg(QString::fromUtf8(r.body));
        return;
    }
    ++m_refused;
}

void tst_PreviewIsSend::sendAndCompare(const QString &label, const QString &event, std::optional<Channel> channel,
                                       const QString &language, const Json &payload)
{
    Json body = {{"to", toStd(kContact)}, {"payload", payload}};
    if (!language.isEmpty())
        body["language"] = toStd(language);
    const QString path = channel ? u"/v1/send/%1/%2"_s.arg(event, channelName(*channel)) : u"/v1/send/%1"_s.arg(event);
    const HttpReply sent = m_client->post(m_server.url(path), body);
    const Json answer = sent.json();
    if (sent.status != 200 || !answer.value("success", false)) {
        m_differences << u"%1: the send was refused: %2 %3"_s.arg(label).arg(sent.status).arg(QString::fromUtf8(sent.body));
        return;
    }
    if (answer.contains("errors")) {
        m_differences << u"%1: the send reported errors: %2"_s.arg(label, QString::fromUtf8(sent.body));
        return;
    }

    // What the send saw: the workspace as stored, the contact as stored.
    auto ws = WorkspaceService(*m_db).current();
    auto contact = ContactService(*m_db).find(kContact);
    if (!ws || !contact) {
        m_differences << u"%1: cannot read the workspace or the contact"_s.arg(label);
        return;
    }
    const Workspace &workspace = **ws;
    const Event *stored = workspace.findEvent(event);
    if (!stored) {
        m_differences << u"%1: no event %2"_s.arg(label, event);
        return;
    }
    // The studio's own choice of template (the fallback language) and of partials.
    TemplateDraft draft;
    draft.open(event, stored);
    hbs::Partials partials;
    for (auto it = workspace.partials.cbegin(); it != workspace.partials.cend(); ++it)
        partials.insert(toStd(it.key()), toStd(it.value()));
    const QString previewLanguage = language.isEmpty() ? stored->defaultLanguage : language;

    for (const Json &delivery : answer["deliveries"]) {
        for (auto it = delivery.begin(); it != delivery.end(); ++it) {
            const auto deliveryChannel = channelFromName(toQt(it.key()));
            if (!deliveryChannel)
                continue;
            const QString uuid = toQt(it.value().get<std::string>());
            const Json trace = m_client->get(m_server.url(u"/v1/deliveries/%1/trace"_s.arg(uuid))).json();
            const Json &d = trace["data"]["delivery"];
            const Json &content = trace["data"]["content"];
            const QString status = toQt(d.value("status", std::string()));
            const QString error = d["error"].is_string() ? toQt(d["error"].get<std::string>()) : QString();

            const EventTemplate *t = draft.templateFor(*deliveryChannel, previewLanguage);
            PreviewRequest request;
            request.channel = *deliveryChannel;
            request.fields = t ? t->fields : QMap<QString, QString>();
            request.context = MessageRenderer::context(workspace, *contact, payload,
                                                       workspace.defaultSender(*deliveryChannel));
            request.partials = partials;
            const Expected expected = expectedFrom(*deliveryChannel, PreviewRenderer::renderNow(request));

            const QString where = u"%1 [%2]"_s.arg(label, channelName(*deliveryChannel));
            ++m_compared;
            if (!expected.error.isEmpty()) {
                if (status != u"failed"_s || error != expected.error)
                    m_differences << u"%1: the preview fails with “%2”, the send is %3 “%4”"_s.arg(where, expected.error,
                                                                                                   status, error);
                else
                    ++m_failedInBoth;
            } else if (error.startsWith(u"Template error"_s)) {
                m_differences << u"%1: the preview renders, the send fails with “%2”"_s.arg(where, error);
            }
            if (content != expected.content)
                m_differences << u"%1: fields differ\n    send:    %2\n    preview: %3"_s.arg(
                    where, QString::fromStdString(content.dump()), QString::fromStdString(expected.content.dump()));
        }
    }
}

void tst_PreviewIsSend::corpusPreviewsAsItSends()
{
    // The corpus of the differential test: each case's template in every field of an
    // event of its own, on email and, in turn, each other channel; its data as the
    // payload. The first field of a channel that has several takes the template as
    // written (reading the send's context: contact, app, sender); the others read the
    // case's data through `#with payload`.
    const QDir corpusDir(QStringLiteral(SENDIVENT_TEMPLATE_CORPUS_DIR));
    const QStringList files = corpusDir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    std::map<std::string, std::vector<CorpusCase>> byPartials; // cases that share their partials share a workspace
    int cases = 0;
    for (const QString &file : files) {
        const Json list = readJson(corpusDir.filePath(file));
        QVERIFY2(list.is_array(), qPrintable(file));
        for (const Json &c : list) {
            CorpusCase item;
            item.name = file + u" / "_s + toQt(c.at("name").get<std::string>());
            item.templ = c.at("template").get<std::string>();
            item.data = c.value("data", Json::object());
            item.partials = c.value("partials", Json::object());
            byPartials[item.partials.dump()].push_back(std::move(item));
            ++cases;
        }
    }
    QVERIFY2(cases >= 300, "the corpus must hold at least 300 cases");

    const QList<Channel> others = {Channel::Sms, Channel::Slack, Channel::Push, Channel::Telegram,
                                   Channel::Whatsapp, Channel::Discord};
    int index = 0;
    int brokenPartials = 0;
    for (const auto &[partialsKey, group] : byPartials) {
        Json fixture = baseWorkspace();
        fixture["partials"] = group.front().partials;
        // A partial that does not compile is refused when stored, so no send can
        // meet it: the workspace must say so, and the group's cases are not sent.
        std::set<std::pair<std::string, std::string>> brokenPartial;
        for (auto it = fixture["partials"].begin(); it != fixture["partials"].end(); ++it) {
            if (!it->is_string())
                continue;
            const hbs::Compiled compiled = hbs::Template::compile(it->get<std::string>());
            if (!compiled)
                brokenPartial.emplace("partials." + it.key(), "template syntax error at " + compiled.error().toString());
        }
        if (!brokenPartial.empty()) {
            const HttpReply r = m_client->put(m_server.url(u"/_local/workspace?keep_contacts=true"_s), fixture);
            std::set<std::pair<std::string, std::string>> refused;
            for (const Json &detail : r.json().value("details", Json::array()))
                refused.emplace(detail.value("field", std::string()), detail.value("message", std::string()));
            QCOMPARE(r.status, 400);
            QVERIFY2(refused == brokenPartial, r.body.constData());
            brokenPartials += int(group.size());
            continue;
        }
        std::vector<std::tuple<QString, QString, Json>> sends; // label, event, payload
        for (const CorpusCase &c : group) {
            const QString event = u"corpus.%1"_s.arg(index);
            const Channel other = others[index % others.size()];
            Json e = {{"identifier", toStd(event)}, {"name", "Corpus case " + std::to_string(index++)},
                      {"channels", {"email", toStd(channelName(other))}}, {"default_language", "en"},
                      {"templates", Json::array()}};
            const std::string wrapped = "{{#with payload}}" + c.templ + "{{/with}}";
            for (const Channel channel : {Channel::Email, other}) {
                Json t = {{"channel", toStd(channelName(channel))}, {"language", "en"}};
                const QStringList fields = templateFields(channel);
                for (qsizetype i = 0; i < fields.size(); ++i)
                    t[toStd(fields[i])] = i == 0 && fields.size() > 1 ? c.templ : wrapped;
                e["templates"].push_back(std::move(t));
            }
            // A syntax error never reaches a send: the workspace refuses to store it, at
            // the line and column the preview marks.
            if (const std::set<std::pair<std::string, std::string>> syntax = previewSyntaxErrors(e); !syntax.empty()) {
                compareRefusal(c.name, e, syntax);
                continue;
            }
            fixture["events"].push_back(std::move(e));
            sends.emplace_back(c.name, event, c.data.is_object() ? c.data : Json::object());
        }
        QVERIFY(putWorkspace(fixture));
        for (const auto &[label, event, payload] : sends)
            sendAndCompare(label, event, std::nullopt, QString(), payload);
    }

    for (qsizetype i = 0; i < qMin<qsizetype>(m_differences.size(), 20); ++i)
        qWarning("DIFFERENCE %s", qPrintable(m_differences[i]));
    qInfo("%d corpus cases: %d deliveries compared (%d failing in both), %d syntax errors refused as previewed, "
          "%d with a partial that does not compile",
          cases, m_compared, m_failedInBoth, m_refused, brokenPartials);
    QCOMPARE(m_differences.size(), 0);
    QCOMPARE(m_compared + 2 * m_refused + 2 * brokenPartials, 2 * cases);
    // The corpus has templates that fail (08-errors.json, missing partials): both
    // sides met them, at render time and at parse time.
    QVERIFY(m_failedInBoth >= 5);
    QVERIFY(m_refused >= 10);
}

void tst_PreviewIsSend::sampleTemplatesPreviewAsTheySend()
{
    // The built-in workspace's sample templates, each channel of each event in each
    // of its languages and in one it lacks (the fallback), with the payload skeleton
    // the studio offers as sample data.
    const Json demo = readJson(QStringLiteral(SENDIVENT_DEMO_WORKSPACE));
    QVERIFY(demo.is_object());
    QVERIFY(putWorkspace(demo));
    auto ws = WorkspaceService(*m_db).current();
    QVERIFY(ws);
    m_compared = 0;
    m_differences.clear();
    QSet<Channel> channels;
    for (const Event &event : (*ws)->events) {
        QStringList languages = event.languages();
        languages << u"de"_s; // none of the samples is in German
        for (const Channel channel : event.channels) {
            channels.insert(channel);
            for (const QString &language : std::as_const(languages))
                sendAndCompare(u"%1 in %2"_s.arg(event.identifier, language), event.identifier, channel, language,
                               payloadSkeleton(event));
        }
    }
    for (const QString &difference : std::as_const(m_differences))
        qWarning("DIFFERENCE %s", qPrintable(difference));
    qInfo("%d sample deliveries compared", m_compared);
    QCOMPARE(m_differences.size(), 0);
    QVERIFY(m_compared >= 30);
    // Every channel the samples use (WhatsApp has none: the corpus covers it).
    QCOMPARE(channels.size(), 6);
}

QTEST_GUILESS_MAIN(tst_PreviewIsSend)
#include "tst_previewissend.moc"
