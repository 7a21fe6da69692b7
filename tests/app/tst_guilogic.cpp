// The GUI's logic without its windows: SMS segments, chat formatting, the payload
// skeleton, JSON error positions, the event edits, the preview renderer and the
// editor's marker position.
#include <checks/payloadskeleton.h>
#include <checks/smssegments.h>
#include <studio/chatformat.h>
#include <studio/previewrenderer.h>
#include <widgets/codeeditor.h>
#include <widgets/jsontext.h>
#include <workspace/eventedits.h>
#include <workspace/workspaceservice.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::app;

class tst_GuiLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smsSegments_data();
    void smsSegments();
    void smsNamesWhatForcesUcs2();
    void chatFormatting();
    void payloadSkeletonCoversTemplates();
    void jsonProblemPositions_data();
    void jsonProblemPositions();
    void eventEdits();
    void previewEscapesHtmlOnly();
    void previewReportsProblems();
    void previewDropsStaleResults();
    void markerPositionCountsCodePoints();
};

void tst_GuiLogic::smsSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("remaining");

    const QString euro = QStringLiteral("€");
    const QString wave = QStringLiteral("👋");
    QTest::newRow("empty") << QString() << true << 0 << 0 << 160;
    QTest::newRow("hello") << QStringLiteral("Hello") << true << 5 << 1 << 155;
    QTest::newRow("160 gsm") << QString(160, u'a') << true << 160 << 1 << 0;
    QTest::newRow("161 gsm") << QString(161, u'a') << true << 161 << 2 << 145;
    QTest::newRow("gsm accents stay gsm") << QStringLiteral("Café Ñoño ÄÖÜ") << true << 13 << 1 << 147;
    QTest::newRow("extension counts 2") << QStringLiteral("{x}") << true << 5 << 1 << 155;
    QTest::newRow("80 euro fit one") << euro.repeated(80) << true << 160 << 1 << 0;
    // 76 escapes fill 152 of 153 septets; the 77th may not be split, so it starts
    // the second segment.
    QTest::newRow("81 euro") << euro.repeated(81) << true << 162 << 2 << 143;
    QTest::newRow("swedish å is gsm") << QStringLiteral("Hej på dig") << true << 10 << 1 << 150;
    QTest::newRow("70 ucs2") << QStringLiteral("á").repeated(70) << false << 70 << 1 << 0;
    QTest::newRow("71 ucs2") << QStringLiteral("á").repeated(71) << false << 71 << 2 << 63;
    QTest::newRow("emoji are two units") << wave.repeated(35) << false << 70 << 1 << 0;
    // 33 emoji fill 66 of 67 units; a surrogate pair is never split.
    QTest::newRow("36 emoji") << wave.repeated(36) << false << 72 << 2 << 61;
}

void tst_GuiLogic::smsSegments()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, remaining);
    const SmsCount count = countSms(text);
    QCOMPARE(count.encoding == SmsCount::Encoding::Gsm7, gsm);
    QCOMPARE(count.units, units);
    QCOMPARE(count.segments, segments);
    QCOMPARE(count.remaining, remaining);
}

void tst_GuiLogic::smsNamesWhatForcesUcs2()
{
    QCOMPARE(countSms(QStringLiteral("Hi 👋 — ok 👋")).nonGsm, QStringLiteral("👋—"));
    QVERIFY(countSms(QStringLiteral("plain")).nonGsm.isEmpty());
}

void tst_GuiLogic::chatFormatting()
{
    const QString slack = chatMessageHtml(Channel::Slack, QStringLiteral(":wave: *Jane* <b>x</b> _now_ `id`"));
    QVERIFY2(slack.contains(QStringLiteral("👋")), qPrintable(slack));
    QVERIFY(slack.contains(QStringLiteral("<b>Jane</b>")));
    QVERIFY(slack.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;"))); // the template's output is text
    QVERIFY(slack.contains(QStringLiteral("<i>now</i>")));
    QVERIFY(slack.contains(QStringLiteral(">id</code>")));
    const QString discord = chatMessageHtml(Channel::Discord, QStringLiteral("**Alert**\nline two ~~old~~"));
    QVERIFY(discord.contains(QStringLiteral("<b>Alert</b><br>line two <s>old</s>")));
    const QString whatsapp = chatMessageHtml(Channel::Whatsapp, QStringLiteral("*bold* ~gone~"));
    QVERIFY(whatsapp.contains(QStringLiteral("<b>bold</b> <s>gone</s>")));
    QCOMPARE(chatMessageHtml(Channel::Telegram, QStringLiteral("*as is* <x>")), QStringLiteral("*as is* &lt;x&gt;"));
    QCOMPARE(chatMessageHtml(Channel::Slack, QStringLiteral(":not_an_emoji:")), QStringLiteral(":not_an_emoji:"));
}

void tst_GuiLogic::payloadSkeletonCoversTemplates()
{
    const auto fixture = parseWorkspaceFixture(WorkspaceService::demoFixture(), handlebarsSyntaxError);
    QVERIFY(fixture);
    const Event *order = fixture->workspace.findEvent(QStringLiteral("order.confirmed"));
    const Json payload = payloadSkeleton(*order);
    QVERIFY(payload.contains("order_id"));
    QVERIFY(payload.contains("total"));
    QVERIFY(payload["items"].is_array());
    QCOMPARE(payload["items"].size(), size_t(1));
    for (const char *field : {"quantity", "name", "price"})
        QVERIFY2(payload["items"][0].contains(field), field);
    QCOMPARE(payload["items"][0]["quantity"], Json(2));
    const Json reset = payloadSkeleton(*fixture->workspace.findEvent(QStringLiteral("password.reset")));
    QVERIFY(reset["reset_url"].get<std::string>().starts_with("https://"));
}

void tst_GuiLogic::jsonProblemPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing value") << QStringLiteral("{\n  \"a\": ,\n}") << 2 << 8;
    QTest::newRow("unclosed") << QStringLiteral("{") << 1 << 2;
    QTest::newRow("after emoji") << QStringLiteral("{\"👋\": x}") << 1 << 7;
    QTest::newRow("trailing comma") << QStringLiteral("[1,\n2,\n]") << 3 << 1;
}

void tst_GuiLogic::jsonProblemPositions()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    TextProblem problem;
    QVERIFY(!parseJsonText(text, &problem));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QVERIFY(!problem.message.isEmpty());
    QVERIFY(!problem.message.contains(QStringLiteral("json.exception")));
    QVERIFY(parseJsonText(QStringLiteral("{\"ok\": true}"), &problem));
}

void tst_GuiLogic::eventEdits()
{
    Workspace ws;
    Event first = newEvent(ws, QStringLiteral("New event"));
    QCOMPARE(first.identifier, QStringLiteral("new.event"));
    ws.events << first;
    QCOMPARE(newEvent(ws, QString()).identifier, QStringLiteral("new.event-2"));
    QVERIFY(first.findTemplate(Channel::Email, QStringLiteral("en")));

    Event e = first;
    addEventLanguage(e, QStringLiteral("sv"));
    QCOMPARE(e.languages(), (QStringList {QStringLiteral("en"), QStringLiteral("sv")}));
    QCOMPARE(e.findTemplate(Channel::Email, QStringLiteral("sv"))->fields,
        e.findTemplate(Channel::Email, QStringLiteral("en"))->fields);
    setEventChannels(e, {Channel::Sms, Channel::Email});
    QCOMPARE(e.channels, (QList<Channel> {Channel::Email, Channel::Sms})); // canonical order
    QVERIFY(e.findTemplate(Channel::Sms, QStringLiteral("en")));
    QVERIFY(e.findTemplate(Channel::Sms, QStringLiteral("sv")));
    setEventChannels(e, {Channel::Sms});
    QVERIFY(!e.findTemplate(Channel::Email, QStringLiteral("en")));
    QVERIFY(!removeEventLanguage(e, QStringLiteral("en")));
    QVERIFY(removeEventLanguage(e, QStringLiteral("sv")));
    QCOMPARE(e.languages(), QStringList {QStringLiteral("en")});

    QVERIFY(isLanguageTag(QStringLiteral("pt-BR")));
    QVERIFY(isLanguageTag(QStringLiteral("zh-Hant")));
    QVERIFY(!isLanguageTag(QStringLiteral("english please")));
    QVERIFY(!isLanguageTag(QString()));

    QVERIFY(replaceEvent(ws, QStringLiteral("new.event"), e));
    QCOMPARE(ws.events.first().channels, QList<Channel> {Channel::Sms});
    QVERIFY(!replaceEvent(ws, QStringLiteral("missing"), e));
    QVERIFY(removeEvent(ws, QStringLiteral("new.event")));
    QVERIFY(ws.events.isEmpty());
}

void tst_GuiLogic::previewEscapesHtmlOnly()
{
    PreviewRequest request;
    request.channel = Channel::Email;
    request.fields = {{QStringLiteral("subject"), QStringLiteral("Hi {{payload.x}}")},
        {QStringLiteral("html"), QStringLiteral("<p>{{payload.x}}</p>")},
        {QStringLiteral("text"), QStringLiteral("{{payload.x}} {{payload.missing | fallback}}")}};
    request.context = Json {{"payload", {{"x", "<b>&"}}}};
    const PreviewResult result = PreviewRenderer::renderNow(request);
    QCOMPARE(result.fields.value(QStringLiteral("subject")).output, QStringLiteral("Hi <b>&"));
    QCOMPARE(result.fields.value(QStringLiteral("html")).output, QStringLiteral("<p>&lt;b&gt;&amp;</p>"));
    QCOMPARE(result.fields.value(QStringLiteral("text")).output, QStringLiteral("<b>& fallback"));
}

void tst_GuiLogic::previewReportsProblems()
{
    PreviewRequest request;
    request.channel = Channel::Sms;
    request.fields = {{QStringLiteral("text"), QStringLiteral("line one\n{{#if x}}never closed")}};
    PreviewResult result = PreviewRenderer::renderNow(request);
    const FieldPreview text = result.fields.value(QStringLiteral("text"));
    QVERIFY(text.syntax);
    QVERIFY(!text.ok());
    QVERIFY(text.syntax->line >= 2);
    QVERIFY(!text.syntax->message.isEmpty());

    request.fields = {{QStringLiteral("text"), QStringLiteral("{{> nowhere}}")}};
    result = PreviewRenderer::renderNow(request);
    QVERIFY(!result.fields.value(QStringLiteral("text")).syntax);
    QVERIFY(!result.fields.value(QStringLiteral("text")).renderError.isEmpty());
}

void tst_GuiLogic::previewDropsStaleResults()
{
    PreviewRenderer renderer;
    QSignalSpy spy(&renderer, &PreviewRenderer::rendered);
    quint64 last = 0;
    for (int i = 1; i <= 3; ++i) {
        PreviewRequest request;
        request.channel = Channel::Sms;
        request.fields = {{QStringLiteral("text"), QStringLiteral("version %1").arg(i)}};
        last = renderer.render(request);
    }
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50); // nothing older arrives late
    QCOMPARE(spy.count(), 1);
    const auto result = spy.first().first().value<PreviewResult>();
    QCOMPARE(result.generation, last);
    QCOMPARE(result.fields.value(QStringLiteral("text")).output, QStringLiteral("version 3"));
}

void tst_GuiLogic::markerPositionCountsCodePoints()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("ab\n👋x{{"));
    editor.setProblem({2, 2, QStringLiteral("here")});
    // Line 2 starts at 3; column 2 is after the emoji's two UTF-16 units.
    QCOMPARE(editor.problemPosition(), 5);
    QCOMPARE(editor.extraSelections().size(), 2);
    editor.setProblem({9, 1, QStringLiteral("past the end")});
    QVERIFY(editor.problemPosition() >= 0);
    editor.clearProblem();
    QVERIFY(editor.extraSelections().isEmpty());
}

QTEST_MAIN(tst_GuiLogic)
#include "tst_guilogic.moc"
