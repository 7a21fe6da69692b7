// The template checks (issue 20): each check with a template that passes and one
// that doesn't, the variables a template reads, and the email client data.

#include <checks/emailsupport.h>
#include <checks/templatechecks.h>
#include <workspace/fixture.h>
#include <workspace/workspace.h>

#include <template/handlebars.h>

#include <QFile>
#include <QTest>

using namespace sendivent;
using namespace sendivent::checks;
using namespace Qt::StringLiterals;

class TestTemplateChecks : public QObject
{
    Q_OBJECT

private slots:
    void variablesFollowScopes();
    void syntaxErrorHasPosition();
    void partialSyntaxError();
    void missingPayloadValue();
    void fallbackSilencesMissingValue();
    void conditionsGuardOptionalValues();
    void contactMetaIsInfo();
    void unknownRootIsWarning();
    void noPayloadSaysSo();
    void unusedPayloadKeys();
    void missingTranslation();
    void missingDefaultLanguageTemplate();
    void emailClientSupport();
    void emailClientSupportPartial();
    void clientFamiliesExpand();
    void linksAndImages();
    void gmailClipping();
    void smsSegmentsAndEncoding();
    void pushLimits();
    void chatLimits();
    void renderErrorIsReported();
    void demoWorkspaceIsClean();

private:
    static Workspace workspace(Channel channel, QMap<QString, QString> fields, QString language = u"en"_s);
    static QList<Finding> only(const QList<Finding> &all, const QString &check);
};

Workspace TestTemplateChecks::workspace(Channel channel, QMap<QString, QString> fields, QString language)
{
    Workspace ws;
    ws.senders = {{u"Acme"_s, u"hello@acme.test"_s, u"+46700000001"_s}};
    Event e;
    e.identifier = u"order.confirmed"_s;
    e.channels = {channel};
    e.defaultLanguage = language;
    e.templates = {{channel, language, std::move(fields)}};
    ws.events = {e};
    return ws;
}

QList<Finding> TestTemplateChecks::only(const QList<Finding> &all, const QString &check)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.check == check)
            out << f;
    }
    return out;
}

void TestTemplateChecks::variablesFollowScopes()
{
    const auto compiled = hbs::Template::compile(
        "Hi {{contact.name}}\n{{#each payload.items}}{{name}} {{../payload.currency}} {{@index}}{{/each}}"
        "{{#with payload.order}}{{id}}{{/with}}{{#if payload.paid}}{{@root.app.name}}{{/if}}"
        "{{payload.note | none}}{{#each payload.list as |x|}}{{x.y}}{{/each}}");
    QVERIFY(compiled);
    QStringList paths;
    QList<bool> fallbacks;
    for (const auto &use : compiled.value().variables()) {
        QString p;
        for (const auto &part : use.path)
            p += (p.isEmpty() || part == "[]" ? QString() : u"."_s) + QString::fromStdString(part);
        paths << p;
        fallbacks << use.hasFallback;
    }
    QCOMPARE(paths, (QStringList{u"contact.name"_s, u"payload.items"_s, u"payload.items[].name"_s, u"payload.currency"_s,
                                 u"payload.order"_s, u"payload.order.id"_s, u"payload.paid"_s, u"app.name"_s,
                                 u"payload.note"_s, u"payload.list"_s}));
    QCOMPARE(fallbacks.count(true), 1);
    QVERIFY(fallbacks.at(8));
    const auto first = compiled.value().variables().front();
    QCOMPARE(first.line, 1);
    QCOMPARE(first.column, 6);
    const auto currency = compiled.value().variables().at(3);
    QCOMPARE(currency.line, 2);
}

void TestTemplateChecks::syntaxErrorHasPosition()
{
    const Workspace ws = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s}, {u"html"_s, u"<p>\n  {{#if x}}open</p>"_s}, {u"text"_s, u"ok"_s}});
    const auto findings = only(checkWorkspace(ws, {}), u"syntax"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].field, u"html"_s);
    QCOMPARE(findings[0].language, u"en"_s);
    QCOMPARE(findings[0].line, 2);
    QVERIFY(findings[0].column > 0);
    QVERIFY(findings[0].location().startsWith(u"order.confirmed/email/en/html:2:"_s));

    const Workspace good = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s}, {u"html"_s, u"<p>{{#if x}}open{{/if}}</p>"_s}, {u"text"_s, u"ok"_s}});
    QVERIFY(only(checkWorkspace(good, {}), u"syntax"_s).isEmpty());
}

void TestTemplateChecks::partialSyntaxError()
{
    Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{> footer}}"_s}});
    ws.partials.insert(u"footer"_s, u"{{#each}}"_s);
    const auto findings = only(checkWorkspace(ws, {}), u"syntax"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].field, u"partial:footer"_s);
    QVERIFY(findings[0].event.isEmpty());
}

void TestTemplateChecks::missingPayloadValue()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"Order {{payload.order_id}} of {{payload.total}}"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"order_id", "1001"}}});
    const auto findings = only(checkWorkspace(ws, options), u"variable"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Warning);
    QVERIFY(findings[0].message.contains(u"payload.total"_s));
    QCOMPARE(findings[0].line, 1);
    QCOMPARE(findings[0].column, 33); // the path, after "{{"

    // Present in one of two sample payloads: an optional value, not a finding.
    options.payloads.insert(u"order.confirmed"_s, {Json{{"order_id", "1"}}, Json{{"order_id", "2"}, {"total", "9"}}});
    QVERIFY(only(checkWorkspace(ws, options), u"variable"_s).isEmpty());
}

void TestTemplateChecks::fallbackSilencesMissingValue()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{payload.total | n/a}} {{#each payload.items}}{{sku}}{{/each}}"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"items", Json::array({Json{{"sku", "A"}}})}}});
    QVERIFY(only(checkWorkspace(ws, options), u"variable"_s).isEmpty());
    // An element field the sample's elements lack is found.
    options.payloads.insert(u"order.confirmed"_s, {Json{{"items", Json::array({Json{{"id", "A"}}})}}});
    const auto findings = only(checkWorkspace(ws, options), u"variable"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings[0].message.contains(u"payload.items[].sku"_s));
}

void TestTemplateChecks::conditionsGuardOptionalValues()
{
    // An optional value tested by #if (and read inside it) is not missing.
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{#if payload.coupon}}Code {{payload.coupon.code}}{{/if}}"
                                                               "{{#unless payload.gift}}-{{/unless}} {{payload.total}}"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"order_id", "1"}}});
    const auto findings = only(checkWorkspace(ws, options), u"variable"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings[0].message.contains(u"payload.total"_s));
}

void TestTemplateChecks::contactMetaIsInfo()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{contact.meta.plan}} {{contact.name}} {{sender.phone}} {{app.name}}"_s}});
    const auto findings = only(checkWorkspace(ws, {}), u"variable"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Info);
    QVERIFY(findings[0].message.contains(u"contact.meta.plan"_s));
}

void TestTemplateChecks::unknownRootIsWarning()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{name}} {{contact.nmae}}"_s}});
    const auto findings = only(checkWorkspace(ws, {}), u"variable"_s);
    QCOMPARE(findings.size(), 2);
    for (const Finding &f : findings)
        QCOMPARE(f.severity, Severity::Warning);
}

void TestTemplateChecks::noPayloadSaysSo()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{payload.anything}}"_s}});
    const auto findings = only(checkWorkspace(ws, {}), u"variable"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Info);
    QVERIFY(findings[0].channel.isEmpty());
}

void TestTemplateChecks::unusedPayloadKeys()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{payload.order.id}}"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"order", {{"id", "1"}, {"coupon", "X"}}}, {"debug", true}}});
    const auto findings = only(checkWorkspace(ws, options), u"unused-payload"_s);
    QCOMPARE(findings.size(), 2);
    QVERIFY(findings[0].message.contains(u"payload.order.coupon"_s));
    QVERIFY(findings[1].message.contains(u"payload.debug"_s));
    QCOMPARE(findings[0].severity, Severity::Info);
}

void TestTemplateChecks::missingTranslation()
{
    Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"Hi"_s}});
    ws.events[0].channels << Channel::Slack;
    ws.events[0].templates << EventTemplate{Channel::Slack, u"en"_s, {{u"text"_s, u"Hi"_s}}}
                           << EventTemplate{Channel::Slack, u"sv"_s, {{u"text"_s, u"Hej"_s}}};
    const auto findings = only(checkWorkspace(ws, {}), u"translation"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].channel, u"sms"_s);
    QCOMPARE(findings[0].language, u"sv"_s);
    QCOMPARE(findings[0].severity, Severity::Warning);

    ws.events[0].templates << EventTemplate{Channel::Sms, u"sv"_s, {{u"text"_s, u"Hej"_s}}};
    QVERIFY(only(checkWorkspace(ws, {}), u"translation"_s).isEmpty());
}

void TestTemplateChecks::missingDefaultLanguageTemplate()
{
    Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"Hi"_s}});
    ws.events[0].channels << Channel::Push;
    const auto findings = only(checkWorkspace(ws, {}), u"translation"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].channel, u"push"_s);
}

void TestTemplateChecks::emailClientSupport()
{
    const QString html = u"<div>\n<div style=\"display:flex; color:#333\">A</div></div>"_s;
    const Workspace ws = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s}, {u"html"_s, html}, {u"text"_s, u"A"_s}});
    CheckOptions options;
    options.clients = {u"outlook-windows"_s, u"apple-mail-macos"_s};
    const auto findings = only(checkWorkspace(ws, options), u"email-client"_s);
    const auto flex = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.url.contains(u"css-display-flex"_s); });
    QVERIFY(flex != findings.cend());
    QCOMPARE(flex->severity, Severity::Warning);
    QVERIFY(flex->clients.contains(u"outlook-windows"_s));
    QVERIFY(!flex->clients.contains(u"apple-mail-macos"_s));
    QVERIFY(flex->message.contains(u"Outlook (Windows)"_s));
    QCOMPARE(flex->line, 2); // located in the template's source
    // The same layout in a table: nothing Outlook lacks.
    const Workspace tables = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s},
                                                        {u"html"_s, u"<table><tr><td style=\"color:#333333\">A</td></tr></table>"_s},
                                                        {u"text"_s, u"A"_s}});
    for (const Finding &f : only(checkWorkspace(tables, options), u"email-client"_s))
        QVERIFY2(f.severity != Severity::Warning, qPrintable(f.message));
    // Only clients that lack it count: Apple Mail alone has flex.
    options.clients = {u"apple-mail-macos"_s};
    const auto apple = only(checkWorkspace(ws, options), u"email-client"_s);
    QVERIFY(std::none_of(apple.cbegin(), apple.cend(), [](const Finding &f) { return f.url.contains(u"css-display-flex"_s); }));
}

void TestTemplateChecks::emailClientSupportPartial()
{
    // The data says which clients support a feature partly; the finding is an info.
    const EmailSupportData &data = EmailSupportData::instance();
    const EmailFeature *feature = data.feature(u"css-at-media"_s);
    QVERIFY(feature);
    QString partialClient;
    for (auto it = feature->support.cbegin(); it != feature->support.cend(); ++it) {
        if (it.value() == Support::Partial) {
            partialClient = it.key();
            break;
        }
    }
    QVERIFY2(!partialClient.isEmpty(), "some client supports @media partly");
    const Workspace ws = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s},
                                                    {u"html"_s, u"<style>@media (max-width: 600px) { .a { color: red } }</style><p class=\"a\">x</p>"_s},
                                                    {u"text"_s, u"x"_s}});
    CheckOptions options;
    options.clients = {partialClient};
    const auto findings = only(checkWorkspace(ws, options), u"email-client"_s);
    const auto media = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.url.endsWith(u"/css-at-media/"_s); });
    QVERIFY(media != findings.cend());
    QCOMPARE(media->severity, Severity::Info);
}

void TestTemplateChecks::clientFamiliesExpand()
{
    const EmailSupportData &data = EmailSupportData::instance();
    QVERIFY(data.clientIds().size() > 30);
    const auto apple = data.expand({u"apple-mail"_s, u"outlook-windows"_s});
    QVERIFY(apple);
    QCOMPARE(*apple, (QStringList{u"apple-mail-ios"_s, u"apple-mail-macos"_s, u"outlook-windows"_s}));
    QString unknown;
    QVERIFY(!data.expand({u"gmail"_s, u"lotus-notes"_s}, &unknown));
    QCOMPARE(unknown, u"lotus-notes"_s);
    for (const QString &id : defaultEmailClients())
        QVERIFY2(data.clientIds().contains(id), qPrintable(id));
}

void TestTemplateChecks::linksAndImages()
{
    const QString html = u"<a href=\"https://acme.test/a\">ok</a>\n<a href=\"http://acme.test/b\">b</a>"
                         "<a href=\"/relative\">c</a><a href=\"\">d</a><a href=\"mailto:x@acme.test\">e</a>"
                         "<img src=\"https://acme.test/logo.png\" alt=\"Acme\"><img src=\"https://acme.test/x.png\">"
                         "<a name=\"top\"></a>"_s;
    const Workspace ws = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s}, {u"html"_s, html}, {u"text"_s, u"x"_s}});
    const auto all = checkWorkspace(ws, {});
    const auto links = only(all, u"link"_s);
    QCOMPARE(links.size(), 3);
    QVERIFY(links[0].message.contains(u"http://acme.test/b"_s));
    QCOMPARE(links[0].line, 2);
    QVERIFY(links[1].message.contains(u"/relative"_s));
    QVERIFY(links[2].message.contains(u"without a target"_s));
    const auto images = only(all, u"image"_s);
    QCOMPARE(images.size(), 1);
    QVERIFY(images[0].message.contains(u"https://acme.test/x.png"_s));
}

void TestTemplateChecks::gmailClipping()
{
    const QString big = u"<p>"_s + QString(limits::kGmailClipBytes, u'x') + u"</p>"_s;
    const Workspace ws = workspace(Channel::Email, {{u"subject"_s, u"Hi"_s}, {u"html"_s, u"{{payload.body}}"_s}, {u"text"_s, u"x"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"body", big.toStdString()}}});
    const auto findings = only(checkWorkspace(ws, options), u"size"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings[0].message.contains(u"102 KB"_s));
    options.payloads.insert(u"order.confirmed"_s, {Json{{"body", "short"}}});
    QVERIFY(only(checkWorkspace(ws, options), u"size"_s).isEmpty());
}

void TestTemplateChecks::smsSegmentsAndEncoding()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{payload.text}}"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"text", std::string(153 * 3 + 1, 'a')}}});
    auto findings = only(checkWorkspace(ws, options), u"sms"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings[0].message.startsWith(u"4 segments"_s));
    options.smsMaxSegments = 4;
    QVERIFY(only(checkWorkspace(ws, options), u"sms"_s).isEmpty());

    const Workspace unicode = workspace(Channel::Sms, {{u"text"_s, u"Tack 🎉"_s}});
    findings = only(checkWorkspace(unicode, {}), u"sms"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Info);
    QVERIFY(findings[0].message.contains(u"UCS-2"_s));
    QCOMPARE(findings[0].column, 6);
}

void TestTemplateChecks::pushLimits()
{
    const Workspace ws = workspace(Channel::Push, {{u"title"_s, u"{{payload.title}}"_s}, {u"body"_s, u"{{payload.body}}"_s}});
    CheckOptions options;
    options.payloads.insert(u"order.confirmed"_s, {Json{{"title", "Shipped"}, {"body", "On its way"}}});
    QVERIFY(only(checkWorkspace(ws, options), u"push"_s).isEmpty());
    options.payloads.insert(u"order.confirmed"_s, {Json{{"title", std::string(80, 't')}, {"body", std::string(5000, 'b')}}});
    const auto findings = only(checkWorkspace(ws, options), u"push"_s);
    QCOMPARE(findings.size(), 3); // long title, long body, payload over 4 KB
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Severity::Error && f.message.contains(u"4096"_s); }));
}

void TestTemplateChecks::chatLimits()
{
    const struct
    {
        Channel channel;
        int limit;
        Severity severity;
    } cases[] = {{Channel::Discord, limits::kDiscordContentChars, Severity::Error},
                 {Channel::Telegram, limits::kTelegramTextChars, Severity::Error},
                 {Channel::Whatsapp, limits::kWhatsappBodyChars, Severity::Error},
                 {Channel::Slack, limits::kSlackTextChars, Severity::Warning}};
    for (const auto &c : cases) {
        const Workspace ws = workspace(c.channel, {{u"text"_s, u"{{payload.text}}"_s}});
        CheckOptions options;
        options.payloads.insert(u"order.confirmed"_s, {Json{{"text", std::string(std::size_t(c.limit), 'x')}}});
        const auto atLimit = only(checkWorkspace(ws, options), u"message-size"_s);
        QVERIFY(std::none_of(atLimit.cbegin(), atLimit.cend(), [&](const Finding &f) { return f.severity == c.severity; }));
        options.payloads.insert(u"order.confirmed"_s, {Json{{"text", std::string(std::size_t(c.limit) + 1, 'x')}}});
        const auto over = only(checkWorkspace(ws, options), u"message-size"_s);
        QVERIFY2(std::any_of(over.cbegin(), over.cend(), [&](const Finding &f) { return f.severity == c.severity; }),
                 qPrintable(channelName(c.channel)));
    }
}

void TestTemplateChecks::renderErrorIsReported()
{
    const Workspace ws = workspace(Channel::Sms, {{u"text"_s, u"{{> missing}}"_s}});
    const auto findings = only(checkWorkspace(ws, {}), u"render"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Error);
    QVERIFY(findings[0].message.contains(u"missing"_s));
}

void TestTemplateChecks::demoWorkspaceIsClean()
{
    QFile file(u":/sendivent/demo-workspace.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto fixture = parseWorkspaceFixture(Json::parse(file.readAll().toStdString()), handlebarsSyntaxError);
    QVERIFY(fixture);
    const auto findings = checkWorkspace(fixture->workspace, {});
    QStringList problems;
    for (const Finding &f : findings) {
        if (f.severity >= Severity::Warning)
            problems << f.location() + u": "_s + f.message;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTemplateChecks)
#include "tst_templatechecks.moc"
