// The trace's "Message as sent" (issue 17), driven offscreen through the real
// MainWindow beside a real local server: an email sent over HTTP shows its real From,
// To, Subject, the headers we would send, the payload, language and template
// revision; "Download .eml…" writes an RFC 5322 message that parses back to the same;
// "Download JSON…" writes the delivery as sent; a chat bubble carries the send time;
// the heading names the final state and its time; an older row shows what it has.
#include <deliveries/deliverystore.h>
#include <deliveries/tracestyle.h>
#include <deliveries/traceview.h>
#include <httpclient.h>
#include <stubservers.h>
#include <studio/chatpreview.h>
#include <studio/emailpreview.h>
#include <testserver.h>
#include <widgets/filechooser.h>
#include <widgets/theme.h>
#include <widgets/timeformat.h>

#include <windowfixture.h>

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

// RFC 2047 encoded-words ("=?UTF-8?B?…?="), as a mail reader decodes a header.
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    const QString text = QString::fromLatin1(value);
    QByteArray out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(at, m.capturedStart() - at);
        if (!between.trimmed().isEmpty() || at == 0) // whitespace between two words is dropped
            out += between.toUtf8();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        at = m.capturedEnd();
    }
    out += text.mid(at).toUtf8();
    return QString::fromUtf8(out);
}

QByteArray decodeQuotedPrintable(const QByteArray &body)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == '=' && body.mid(i + 1, 2) == "\r\n") {
            i += 2; // a soft line break
        } else if (body[i] == '=' && i + 2 < body.size()) {
            out += char(body.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += body[i];
        }
    }
    return out;
}

// A message's header block (unfolded, decoded) and its body.
struct Parsed
{
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    QString header(const QString &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

Parsed parseEntity(const QByteArray &bytes)
{
    Parsed p;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? bytes : bytes.left(end);
    p.body = end < 0 ? QByteArray() : bytes.mid(end + 4);
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon > 0)
            p.headers.append({QString::fromLatin1(l.left(colon)), decodeWords(l.mid(colon + 1).trimmed())});
    }
    return p;
}

QString allLabelText(const QWidget *root)
{
    QString text;
    for (const QLabel *l : root->findChildren<QLabel *>())
        text += l->text() + u'\n';
    return text;
}

} // namespace

class tst_TraceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emailAsSentIsComplete();
    void emlDownloadParsesBack();
    void jsonDownloadIsTheDeliveryAsSent();
    void chatBubbleCarriesTheSendTime();
    void headingNamesTheFinalState();
    void olderDeliveryShowsWhatItHas();

private:
    app::TraceView *trace() const { return m_app.window->findChild<app::TraceView *>(u"traceView"_s); }
    QString sentText(const QString &key) const
    {
        const auto *label = trace()->findChild<QLabel *>(u"traceSent_"_s + key);
        return label ? label->text() : QString();
    }
    // Sends over HTTP and returns the first delivery's uuid.
    QString send(const QString &path, const Json &body)
    {
        HttpClient http(kSandboxKey);
        const HttpReply r = http.post(QUrl(m_app.url() + path), body);
        if (r.status != 200)
            qWarning("send answered %d: %s", r.status, r.body.constData());
        const Json answer = r.json();
        if (!answer.contains("deliveries") || answer["deliveries"].empty())
            return {};
        return toQt(answer["deliveries"][0].begin().value().get<std::string>());
    }
    // The trace over HTTP once the delivery has `status`.
    Json traceOverHttp(const QString &uuid, const QString &status)
    {
        HttpClient http(kSandboxKey);
        const HttpReply r = http.get(QUrl(m_app.url() + u"/v1/deliveries/"_s + uuid
                                          + u"/trace?wait_for_status="_s + status + u"&timeout_ms=10000"_s));
        return r.status == 200 ? r.json() : Json();
    }
    // Opens the delivery in the window and waits for its trace with `status`.
    bool open(const QString &uuid, const QString &status)
    {
        const Json answer = traceOverHttp(uuid, status);
        if (!answer.contains("data") || answer["data"]["delivery"].value("status", "") != toStd(status))
            return false;
        m_app.window->showDelivery(uuid);
        return QTest::qWaitFor([&] {
            const DeliveryTrace *t = trace()->trace();
            return t && t->delivery.uuid == uuid && t->delivery.status == status;
        });
    }
    QString emailUuid()
    {
        return send(u"/v1/send/order.confirmed/email"_s, m_emailBody);
    }

    WindowWithServer m_app;
    QTemporaryDir m_files;
    const Json m_payload{{"order_id", "A-10042"}, {"total", "349 kr"}, {"items", Json::array({"Mug", "Tea"})}};
    const Json m_emailBody{{"to", "jane@example.com"},
                           {"from", "Acme Support <support@acme.test>"},
                           {"language", "sv"},
                           {"payload", m_payload}};
};

void tst_TraceView::init()
{
    m_app.start(u"deliveriesPage"_s);
}

void tst_TraceView::cleanup()
{
    app::setSavePathForTesting({});
    m_app.stop();
}

void tst_TraceView::emailAsSentIsComplete()
{
    const QString uuid = emailUuid();
    QVERIFY(!uuid.isEmpty());
    QVERIFY(open(uuid, u"delivered"_s));
    const Delivery &d = trace()->trace()->delivery;
    const std::string subject = d.content.value("subject", "");
    QVERIFY(!subject.empty());

    // The sender it was sent with (not the workspace's first), the recipient, the subject.
    QCOMPARE(sentText(u"from"_s), u"Acme Support <support@acme.test>"_s);
    QCOMPARE(sentText(u"to"_s), u"jane@example.com"_s);
    QCOMPARE(sentText(u"subject"_s), toQt(subject));
    QCOMPARE(sentText(u"language"_s), u"sv"_s);
    // The revision the API reports is the one shown.
    const Json api = traceOverHttp(uuid, u"delivered"_s)["data"];
    QVERIFY2(api.contains("sent"), api.dump().c_str());
    const qint64 revision = api["sent"].value("template_revision", qint64(-1));
    QVERIFY(revision > 0);
    QVERIFY2(sentText(u"revision"_s).contains(QString::number(revision)), qPrintable(sentText(u"revision"_s)));
    QCOMPARE(api["sent"]["payload"], m_payload);
    QCOMPARE(api["sent"]["from"]["email"], Json("support@acme.test"));
    QVERIFY(!api["content"].contains("$sent")); // the rendered fields stay as DESIGN §10 has them

    // The email preview: its real From and its Date, the send time.
    auto *email = trace()->findChild<app::EmailPreview *>();
    QVERIFY(email && email->isVisibleTo(trace()));
    QCOMPARE(email->findChild<QLabel *>(u"emailFrom"_s)->text(), u"Acme Support <support@acme.test>"_s);
    auto *date = email->findChild<QLabel *>(u"emailDate"_s);
    QVERIFY(date->isVisibleTo(trace()));
    QCOMPARE(date->text(), app::TimeFormat::text(d.sentAt));
    QCOMPARE(date->toolTip(), app::TimeFormat::iso(d.sentAt));

    // The headers we would send, in order.
    const QString headers = trace()->findChild<QPlainTextEdit *>(u"traceSentHeaders"_s)->toPlainText();
    const QStringList lines = headers.split(u'\n');
    QStringList names;
    for (const QString &line : lines)
        names << line.section(u':', 0, 0);
    QCOMPARE(names, (QStringList{u"Date"_s, u"From"_s, u"To"_s, u"Subject"_s, u"Message-ID"_s, u"MIME-Version"_s,
                                 u"Content-Type"_s}));
    QVERIFY(lines.contains(u"From: Acme Support <support@acme.test>"_s));
    QVERIFY(lines.contains(u"To: jane@example.com"_s));
    QVERIFY(lines.contains(u"Subject: "_s + toQt(subject)));
    QVERIFY(lines.contains(u"Message-ID: <%1@acme.test>"_s.arg(uuid)));
    QVERIFY(lines.contains(u"MIME-Version: 1.0"_s));
    QVERIFY2(lines.last().startsWith(u"Content-Type: multipart/alternative; boundary="_s), qPrintable(lines.last()));

    // The payload that rendered it.
    const auto payload = parseJson(trace()->findChild<QPlainTextEdit *>(u"traceSentPayload"_s)->toPlainText().toUtf8());
    QVERIFY(payload);
    QCOMPARE(*payload, m_payload);

    // Nothing says what is missing: nothing is.
    QVERIFY(!allLabelText(trace()).contains(u"not part of the snapshot"_s));
}

void tst_TraceView::emlDownloadParsesBack()
{
    const QString uuid = emailUuid();
    QVERIFY(open(uuid, u"delivered"_s));
    const Delivery d = trace()->trace()->delivery;
    const QString path = m_files.filePath(u"message.eml"_s);
    app::setSavePathForTesting(path);
    auto *button = trace()->findChild<QPushButton *>(u"traceDownloadEml"_s);
    QVERIFY(button && button->isVisibleTo(trace()) && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    QVERIFY(trace()->findChild<QLabel *>(u"traceDownloadNote"_s)->text().contains(u"message.eml"_s));

    // CRLF everywhere, no line over 998 characters.
    QCOMPARE(eml.count('\n'), eml.count("\r\n"));
    QCOMPARE(eml.count('\r'), eml.count("\r\n"));
    for (const QByteArray &line : eml.split('\n'))
        QVERIFY(line.size() <= 1000);

    const Parsed message = parseEntity(eml);
    QCOMPARE(message.header(u"From"_s), u"Acme Support <support@acme.test>"_s);
    QCOMPARE(message.header(u"To"_s), u"jane@example.com"_s);
    QCOMPARE(message.header(u"Subject"_s), toQt(d.content.value("subject", "")));
    QCOMPARE(message.header(u"Message-ID"_s), u"<%1@acme.test>"_s.arg(uuid));
    QCOMPARE(message.header(u"MIME-Version"_s), u"1.0"_s);
    // Date is the send time (RFC 5322 has seconds).
    const QDateTime date = QDateTime::fromString(message.header(u"Date"_s), Qt::RFC2822Date);
    QVERIFY2(date.isValid(), qPrintable(message.header(u"Date"_s)));
    QCOMPARE(date.toSecsSinceEpoch(), d.sentAt.toSecsSinceEpoch());
    // What the trace shows is what the file has.
    const QString shown = trace()->findChild<QPlainTextEdit *>(u"traceSentHeaders"_s)->toPlainText();
    for (const QString &line : shown.split(u'\n')) {
        const QString name = line.section(u": "_s, 0, 0);
        QCOMPARE(message.header(name), line.section(u": "_s, 1));
    }

    // multipart/alternative: the text first, the HTML last, both UTF-8 quoted-printable.
    static const QRegularExpression boundaryParam(u"boundary=\"([^\"]+)\""_s);
    const QRegularExpressionMatch b = boundaryParam.match(message.header(u"Content-Type"_s));
    QVERIFY(message.header(u"Content-Type"_s).startsWith(u"multipart/alternative;"_s));
    QVERIFY(b.hasMatch());
    const QByteArray boundary = "--" + b.captured(1).toLatin1();
    const QByteArray open = boundary + "\r\n";
    const QByteArray close = boundary + "--\r\n";
    const QByteArray between = "\r\n" + boundary;
    QVERIFY(message.body.contains(close));
    QList<Parsed> entities;
    qsizetype at = message.body.indexOf(open);
    while (at >= 0) {
        const qsizetype start = at + boundary.size() + 2;
        const qsizetype next = message.body.indexOf(between, start);
        QVERIFY(next > start);
        entities << parseEntity(message.body.mid(start, next - start));
        at = message.body.indexOf(open, next + 2);
    }
    QCOMPARE(entities.size(), 2);
    QCOMPARE(entities[0].header(u"Content-Type"_s), u"text/plain; charset=UTF-8"_s);
    QCOMPARE(entities[1].header(u"Content-Type"_s), u"text/html; charset=UTF-8"_s);
    for (const Parsed &part : std::as_const(entities))
        QCOMPARE(part.header(u"Content-Transfer-Encoding"_s), u"quoted-printable"_s);
    const auto lf = [](QByteArray s) { return s.replace("\r\n", "\n"); };
    QCOMPARE(QString::fromUtf8(lf(decodeQuotedPrintable(entities[0].body))),
             toQt(d.content.value("text", "")).replace(u"\r\n"_s, u"\n"_s));
    QCOMPARE(QString::fromUtf8(lf(decodeQuotedPrintable(entities[1].body))),
             toQt(d.content.value("html", "")).replace(u"\r\n"_s, u"\n"_s));
    QVERIFY(QString::fromUtf8(decodeQuotedPrintable(entities[1].body)).contains(u"A-10042"_s));
    // The same message as the trace builds (the builder a release uses).
    QCOMPARE(eml, trace()->emlBytes());
}

void tst_TraceView::jsonDownloadIsTheDeliveryAsSent()
{
    const QString uuid = send(u"/v1/send/order.confirmed/sms"_s,
                              Json{{"to", "+46701234567"}, {"language", "sv"}, {"payload", m_payload}});
    QVERIFY(!uuid.isEmpty());
    QVERIFY(open(uuid, u"sent"_s));
    // No .eml for an SMS; JSON for anything.
    QVERIFY(!trace()->findChild<QPushButton *>(u"traceDownloadEml"_s)->isVisibleTo(trace()));
    const QString path = m_files.filePath(u"delivery.json"_s);
    app::setSavePathForTesting(path);
    QTest::mouseClick(trace()->findChild<QPushButton *>(u"traceDownloadJson"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto json = parseJson(file.readAll());
    QVERIFY(json && json->is_object());
    const Json &j = *json;
    QCOMPARE(j["delivery"]["uuid"], Json(toStd(uuid)));
    QCOMPARE(j["delivery"]["status"], Json("sent"));
    QCOMPARE(j["delivery"]["language"], Json("sv"));
    QCOMPARE(j["delivery"]["channel"], Json("sms"));
    QCOMPARE(j["envelope"]["from"], Json("+46700000001"));
    QCOMPARE(j["envelope"]["to"], Json("+46701234567"));
    QVERIFY(j["envelope"].contains("sent_at"));
    QCOMPARE(j["payload"], m_payload);
    QVERIFY(j["template_revision"].is_number_integer() && j["template_revision"].get<qint64>() > 0);
    QVERIFY(j["content"]["text"].is_string() && !j["content"]["text"].get<std::string>().empty());
    QVERIFY(!j.contains("headers")); // email only
    QStringList events;
    for (const Json &e : j["timeline"])
        events << toQt(e.value("event", ""));
    QCOMPARE(events, (QStringList{u"queued"_s, u"rendered"_s, u"sent"_s}));
    QCOMPARE(sentText(u"from"_s), u"+46700000001"_s);
}

void tst_TraceView::chatBubbleCarriesTheSendTime()
{
    // Sent three hours from now on the emulated clock: the bubble says then, not now.
    QVERIFY(m_app.clock->advance(3 * 3600 * 1000));
    const QString uuid = send(u"/v1/send/order.shipped/sms"_s, Json{{"to", "+46701234567"}, {"payload", m_payload}});
    QVERIFY(open(uuid, u"sent"_s));
    const QDateTime sentAt = trace()->trace()->delivery.sentAt;
    QVERIFY(sentAt.isValid());
    app::ChatPreview *bubble = nullptr;
    for (app::ChatPreview *c : trace()->findChildren<app::ChatPreview *>()) {
        if (c->channel() == Channel::Sms)
            bubble = c;
    }
    QVERIFY(bubble && bubble->isVisibleTo(trace()));
    QCOMPARE(bubble->timeText(), app::theme::clockTime(sentAt.toLocalTime().time()));
    QVERIFY(bubble->timeText() != app::theme::clockTime(QTime::currentTime()));
    QVERIFY(m_app.clock->backToReal(0));
}

void tst_TraceView::headingNamesTheFinalState()
{
    const auto heading = [this] { return trace()->findChild<QLabel *>(u"traceHeading"_s)->text(); };
    const auto fact = [this](const QString &key) {
        const auto *l = trace()->findChild<QLabel *>(u"traceFact_"_s + key);
        return l ? l->text() : QString();
    };
    const auto timeOf = [](const Delivery &d, const QString &event) {
        for (const TimelineEntry &e : d.timeline) {
            if (e.event == event)
                return e.timestamp;
        }
        return QDateTime();
    };
    const auto clock = [](const QDateTime &t) { return app::TimeFormat::text(t); };

    // Bounced: the heading says so and when; nothing reads "Delivered".
    const QString bounced = send(u"/v1/send/order.confirmed/email"_s,
                                 Json{{"to", "bounce@simulator.amazonses.com"}, {"payload", m_payload}});
    QVERIFY(open(bounced, u"bounced"_s));
    const QDateTime bouncedAt = timeOf(trace()->trace()->delivery, u"bounced"_s);
    QVERIFY(bouncedAt.isValid());
    QVERIFY2(heading().contains(u"Bounced — "_s + clock(bouncedAt)), qPrintable(heading()));
    QVERIFY(!heading().contains(u"Delivered"_s));
    QVERIFY(fact(u"delivered"_s).isEmpty()); // no "Delivered —"
    QVERIFY(!fact(u"final"_s).isEmpty() && fact(u"final"_s) != u"—"_s);
    const auto *finalLabel = trace()->findChild<QLabel *>(u"traceFact_final"_s);
    QVERIFY(finalLabel);

    // Failed at submission (Twilio's magic number).
    const QString failed = send(u"/v1/send/password.reset/sms"_s, Json{{"to", "+15005550001"}, {"payload", m_payload}});
    QVERIFY(open(failed, u"failed"_s));
    QVERIFY2(heading().contains(u"Failed — "_s + clock(timeOf(trace()->trace()->delivery, u"failed"_s))),
             qPrintable(heading()));
    QVERIFY(fact(u"delivered"_s).isEmpty());

    // Complained after delivery: the complaint heads it; the delivery time stays a fact.
    const QString complained = emailUuid();
    QVERIFY(open(complained, u"delivered"_s));
    QVERIFY2(heading().contains(u"Delivered — "_s), qPrintable(heading()));
    QTest::mouseClick(trace()->findChild<QPushButton *>(u"traceSimulate_complained"_s), Qt::LeftButton);
    QTRY_COMPARE(trace()->trace()->delivery.status, u"complained"_s);
    QTRY_VERIFY2(heading().contains(u"Complained — "_s), qPrintable(heading()));
    QVERIFY(!heading().contains(u"Delivered"_s));
    QVERIFY(!fact(u"delivered"_s).isEmpty() && fact(u"delivered"_s) != u"—"_s);
    QVERIFY(!fact(u"final"_s).isEmpty());
}

void tst_TraceView::olderDeliveryShowsWhatItHas()
{
    // As a row written before the sender and payload were kept reads.
    Delivery old;
    old.uuid = timeOrderedUuid();
    old.channel = Channel::Email;
    old.status = u"sent"_s;
    old.eventName = u"order.confirmed"_s;
    old.recipient = u"old@example.com"_s;
    old.provider = u"ses"_s;
    old.language = u"en"_s;
    old.createdAt = QDateTime::currentDateTimeUtc();
    old.sentAt = old.createdAt;
    old.content = Json{{"subject", "Your order"}, {"html", "<p>Thanks</p>"}, {"text", "Thanks"}};
    old.timeline = {{u"queued"_s, old.createdAt, {}}, {u"sent"_s, old.createdAt, {}}};
    DeliveryStore store(m_app.services()->db);
    QVERIFY(store.insert(old));
    m_app.window->showDelivery(old.uuid);
    QTRY_VERIFY(trace()->trace() && trace()->trace()->delivery.uuid == old.uuid);

    QVERIFY(!trace()->findChild<QLabel *>(u"traceSent_from"_s));
    QVERIFY(!trace()->findChild<QLabel *>(u"traceSent_revision"_s));
    QCOMPARE(sentText(u"to"_s), u"old@example.com"_s);
    QCOMPARE(sentText(u"subject"_s), u"Your order"_s);
    QVERIFY(!allLabelText(trace()).contains(u"not part of the snapshot"_s));
    auto *email = trace()->findChild<app::EmailPreview *>();
    QVERIFY(!email->findChild<QLabel *>(u"emailFrom"_s)->isVisibleTo(trace()));
    QVERIFY(!trace()->findChild<QPlainTextEdit *>(u"traceSentPayload"_s)->isVisibleTo(trace()));
    const QString headers = trace()->findChild<QPlainTextEdit *>(u"traceSentHeaders"_s)->toPlainText();
    QVERIFY(!headers.contains(u"From:"_s));
    QVERIFY(headers.contains(u"Subject: Your order"_s));
    // Its download has what it has.
    const QString path = m_files.filePath(u"old.eml"_s);
    QVERIFY(trace()->downloadEml(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Parsed message = parseEntity(file.readAll());
    QVERIFY(message.header(u"From"_s).isEmpty());
    QCOMPARE(message.header(u"Subject"_s), u"Your order"_s);
}

QTEST_MAIN(tst_TraceView)
#include "tst_traceview.moc"
