// Issue 21, "Times look the same everywhere": one formatter for every time the console
// shows. On the real window, in a time zone that is not UTC (TZ=Europe/Stockholm): the
// Settings page's switch turns the Deliveries table, the trace, a webhook attempt, the
// listener and the journal to UTC and back, at once, with ISO 8601 on hover.
#include <deliveries/deliveriesmodel.h>
#include <deliveries/traceview.h>
#include <httpclient.h>
#include <server/journalmodel.h>
#include <webhooklistener.h>
#include <webhooks/webhookattemptsmodel.h>
#include <webhooks/webhooklistenermodel.h>
#include <webhooks/webhookspage.h>
#include <widgets/timeformat.h>

#include <windowfixture.h>

#include <QtCore/QSettings>
#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableView>

#include <chrono>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_TimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formsAndIso();
    void switchTurnsEveryViewToUtc();

private:
    template <typename T>
    T *widget(const QString &name) const
    {
        T *w = m_app.window->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    void setUtc(bool utc)
    {
        QVERIFY(m_app.window->showPage(u"settingsPage"_s));
        auto *box = widget<QComboBox>(u"settingsTimeZone"_s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        box->setCurrentIndex(box->findData(utc));
        QCOMPARE(app::TimeFormat::utc(), utc);
    }

    WindowWithServer m_app;
};

void tst_TimeFormat::init()
{
    app::TimeFormat::setUtc(false);
    m_app.start(u"deliveriesPage"_s, [](server::LocalServerOptions &options) {
        options.webhookRetrySchedule = {200ms};
        options.webhookTimeout = 3000ms;
    });
}

void tst_TimeFormat::cleanup()
{
    m_app.stop();
    app::TimeFormat::setUtc(false);
}

// The forms themselves, against a fixed moment: Stockholm is UTC+1 in December.
void tst_TimeFormat::formsAndIso()
{
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Stockholm"));
    const QDateTime t = QDateTime::fromString(u"2026-12-05T13:04:05.678Z"_s, Qt::ISODateWithMs);
    QVERIFY(t.isValid());
    using Form = app::TimeFormat::Form;
    QCOMPARE(app::TimeFormat::text(t), u"2026-12-05 14:04:05"_s);
    QCOMPARE(app::TimeFormat::text(t, Form::Milliseconds), u"2026-12-05 14:04:05.678"_s);
    QCOMPARE(app::TimeFormat::text(t, Form::Clock), u"14:04:05.678"_s);
    QCOMPARE(app::TimeFormat::iso(t), u"2026-12-05T14:04:05.678+01:00"_s);
    QCOMPARE(app::TimeFormat::text(QDateTime()), QString());

    QSignalSpy changed(app::TimeFormat::instance(), &app::TimeFormat::changed);
    app::TimeFormat::setUtc(true);
    QCOMPARE(changed.size(), 1);
    app::TimeFormat::setUtc(true); // no change, no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(QSettings().value(u"display/utcTimes"_s).toBool(), true);
    QCOMPARE(app::TimeFormat::text(t), u"2026-12-05 13:04:05 UTC"_s);
    QCOMPARE(app::TimeFormat::text(t, Form::Clock), u"13:04:05.678 UTC"_s);
    QCOMPARE(app::TimeFormat::iso(t), u"2026-12-05T13:04:05.678Z"_s);
    // Parsed back as the same moment, whichever zone printed it.
    QCOMPARE(QDateTime::fromString(app::TimeFormat::iso(t), Qt::ISODateWithMs), t);
    app::TimeFormat::setUtc(false);
    QCOMPARE(QDateTime::fromString(app::TimeFormat::iso(t), Qt::ISODateWithMs), t);
}

void tst_TimeFormat::switchTurnsEveryViewToUtc()
{
    // Something in every view: the Webhooks page's listener as the endpoint, a send
    // (a delivery, its attempt, what the listener received) and a journal line.
    auto *webhooks = widget<app::WebhooksPage>(u"webhooksPage"_s);
    QVERIFY(m_app.window->showPage(webhooks->objectName()));
    QTRY_VERIFY(webhooks->isLoaded());
    QVERIFY(webhooks->startListener());
    webhooks->useListenerUrl(webhooks->listener()->url().toString());
    webhooks->save();
    QTRY_VERIFY(webhooks->endpoint().has_value());
    HttpClient http(kSandboxKey);
    const HttpReply sent = http.post(QUrl(m_app.url() + u"/v1/send/order.confirmed/email"_s),
                                     Json{{"to", "jane@example.com"}, {"payload", {{"order_id", 7}}}});
    QCOMPARE(sent.status, 200);
    QTRY_VERIFY(webhooks->received()->rowCount() >= 1);
    webhooks->reloadAttempts();
    QTRY_VERIFY(webhooks->attempts()->rowCount() >= 1);

    QVERIFY(m_app.window->showPage(u"deliveriesPage"_s));
    auto *table = widget<QTableView>(u"deliveryTable"_s);
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *deliveries = qobject_cast<app::DeliveriesModel *>(table->model());
    QVERIFY(deliveries);
    const QDateTime created = deliveries->at(0)->createdAt;
    // The trace builds its facts anew on each read: found again each time.
    const auto fact = [this]() -> QString {
        const auto *label = m_app.window->findChild<QLabel *>(u"traceFact_created"_s);
        return label ? label->text() : QString();
    };
    const auto factTip = [this]() -> QString {
        const auto *label = m_app.window->findChild<QLabel *>(u"traceFact_created"_s);
        return label ? label->toolTip() : QString();
    };
    QTRY_VERIFY(!fact().isEmpty() && fact() != u"—"_s);

    app::JournalModel journal;
    JournalEntry line;
    line.createdAt = created;
    line.method = u"GET"_s;
    line.path = u"/v1/events"_s;
    journal.setEntries({line});

    const QDateTime attempted = webhooks->attempts()->at(0)->attempt.startedAt;
    const QDateTime received = webhooks->received()->at(0)->request.receivedAt;
    const auto cell = [](const QAbstractItemModel *m, int column, int role = Qt::DisplayRole) {
        return m->index(0, column).data(role).toString();
    };
    const auto local = [](const QDateTime &t, const QString &pattern) -> QString { return t.toLocalTime().toString(pattern); };
    const auto utc = [](const QDateTime &t, const QString &pattern) -> QString { return t.toUTC().toString(pattern) + u" UTC"_s; };

    // Local time first: the hours differ from UTC's here.
    QVERIFY(created.toLocalTime().time().hour() != created.toUTC().time().hour());
    QCOMPARE(cell(deliveries, app::DeliveriesModel::CreatedColumn), local(created, u"yyyy-MM-dd HH:mm:ss"_s));
    QVERIFY(cell(deliveries, app::DeliveriesModel::CreatedColumn, Qt::ToolTipRole).endsWith(u"+01:00"_s));
    QCOMPARE(fact(), local(created, u"yyyy-MM-dd HH:mm:ss.zzz"_s));

    QSignalSpy repainted(deliveries, &QAbstractItemModel::dataChanged);
    setUtc(true);
    QVERIFY(!repainted.isEmpty()); // the views are told, not left to the next reload

    // Deliveries: the table, its tooltip, and the trace of the selected delivery.
    QCOMPARE(cell(deliveries, app::DeliveriesModel::CreatedColumn), utc(created, u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(cell(deliveries, app::DeliveriesModel::CreatedColumn, Qt::ToolTipRole),
             created.toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(cell(deliveries, app::DeliveriesModel::CreatedColumn, Qt::ToolTipRole).endsWith(u'Z'));
    QTRY_COMPARE(fact(), utc(created, u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    QCOMPARE(factTip(), created.toUTC().toString(Qt::ISODateWithMs));

    // A webhook attempt.
    const auto *attempts = webhooks->attempts();
    QCOMPARE(cell(attempts, app::WebhookAttemptsModel::TimeColumn), utc(attempted, u"yyyy-MM-dd HH:mm:ss"_s));
    QVERIFY(cell(attempts, app::WebhookAttemptsModel::TimeColumn, Qt::ToolTipRole)
                .startsWith(attempted.toUTC().toString(Qt::ISODateWithMs)));

    // The listener.
    const auto *listener = webhooks->received();
    QCOMPARE(cell(listener, app::WebhookListenerModel::TimeColumn), utc(received, u"HH:mm:ss.zzz"_s));
    QCOMPARE(cell(listener, app::WebhookListenerModel::TimeColumn, Qt::ToolTipRole),
             received.toUTC().toString(Qt::ISODateWithMs));

    // The journal.
    QCOMPARE(cell(&journal, app::JournalModel::TimeColumn), utc(created, u"HH:mm:ss.zzz"_s));
    QCOMPARE(cell(&journal, app::JournalModel::TimeColumn, Qt::ToolTipRole), created.toUTC().toString(Qt::ISODateWithMs));

    // Kept for the next start, and back to local time at once.
    QCOMPARE(QSettings().value(u"display/utcTimes"_s).toBool(), true);
    setUtc(false);
    QCOMPARE(cell(deliveries, app::DeliveriesModel::CreatedColumn), local(created, u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(cell(listener, app::WebhookListenerModel::TimeColumn), local(received, u"HH:mm:ss.zzz"_s));
    QCOMPARE(cell(&journal, app::JournalModel::TimeColumn), local(created, u"HH:mm:ss.zzz"_s));
    QCOMPARE(cell(attempts, app::WebhookAttemptsModel::TimeColumn), local(attempted, u"yyyy-MM-dd HH:mm:ss"_s));
    QTRY_COMPARE(fact(), local(created, u"yyyy-MM-dd HH:mm:ss.zzz"_s));
}

QTEST_MAIN(tst_TimeFormat)
#include "tst_timeformat.moc"
