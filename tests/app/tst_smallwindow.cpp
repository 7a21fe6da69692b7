// Issue 21, "1024×700 holds": the real window at 1024×700 in Swedish (the longest
// labels we ship), every page shown in turn, its key widgets on screen and not cut
// off, its key columns inside the table without scrolling sideways.
#include <deliveries/deliverieschart.h>
#include <deliveries/deliveriesmodel.h>
#include <deliveries/deliveriespage.h>
#include <httpclient.h>
#include <server/journalmodel.h>
#include <studio/templatestudiopage.h>
#include <webhooklistener.h>
#include <webhooks/webhooklistenermodel.h>
#include <webhooks/webhookspage.h>

#include <windowfixture.h>

#include <QtCore/QScopeGuard>
#include <QtCore/QTranslator>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractScrollArea>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize kSmall(1024, 700);

// Empty when `w` shows whole: visible, inside the window and inside each parent up to
// it (a splitter, a layout that ran out of room); otherwise what cuts it.
QString cutOff(const QWidget *w, const QWidget *window)
{
    if (!w)
        return u"missing"_s;
    if (!w->isVisible())
        return w->objectName() + u" is hidden"_s;
    if (w->width() <= 0 || w->height() <= 0)
        return w->objectName() + u" has no size"_s;
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        const QRect pr(p->mapTo(window, QPoint(0, 0)), p->size());
        if (!pr.contains(r))
            return u"%1 (%2,%3 %4×%5) is cut by %6 (%7,%8 %9×%10)"_s.arg(w->objectName())
                .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                .arg(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName())
                .arg(pr.x()).arg(pr.y()).arg(pr.width()).arg(pr.height());
    }
    if (!window->rect().contains(r))
        return w->objectName() + u" reaches outside the window"_s;
    // A one-line label shows all of its text.
    if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->wordWrap()
        && label->width() < label->minimumSizeHint().width())
        return u"%1 “%2” is %3 px wide of %4"_s.arg(w->objectName(), label->text())
            .arg(label->width()).arg(label->minimumSizeHint().width());
    return {};
}

// Empty when column `c` is inside the table's viewport, without scrolling sideways,
// and at least as wide as its title.
QString columnCutOff(const QTableView *table, int c)
{
    const QHeaderView *header = table->horizontalHeader();
    const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
    if (table->isColumnHidden(c))
        return title + u" is hidden"_s;
    if (table->horizontalScrollBar()->value() != 0)
        return u"the table is scrolled sideways"_s;
    const int x = header->sectionViewportPosition(c);
    const int width = header->sectionSize(c);
    if (x < 0 || x + width > table->viewport()->width())
        return u"%1 at %2..%3 is outside the %4 px viewport"_s.arg(title).arg(x).arg(x + width).arg(
            table->viewport()->width());
    if (width < header->fontMetrics().horizontalAdvance(title) + 8) {
        QStringList sections;
        for (int i = 0; i < header->count(); ++i)
            sections << u"%1 %2"_s.arg(table->model()->headerData(header->logicalIndex(i), Qt::Horizontal).toString())
                            .arg(header->sectionSize(header->logicalIndex(i)));
        return u"%1 is %2 px, narrower than its title (%3 in %4 px)"_s.arg(title).arg(width).arg(
            sections.join(u", "_s)).arg(table->viewport()->width());
    }
    return {};
}

} // namespace

class tst_SmallWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void everyPageHolds();
    void customRangeKeepsTheWidth();

private:
    template <typename T>
    T *widget(const QString &name) const
    {
        T *w = m_app.window->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    // What holds a page wider or taller than the window: every widget whose minimum
    // is large, indented by depth (printed when the window would not shrink).
    static void dump(const QWidget *w, int depth = 0)
    {
        const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (m.width() > 140 || m.height() > 300)
            qWarning("%s%s %s min %dx%d", qPrintable(QString(depth * 2, u' ')), w->metaObject()->className(),
                     qPrintable(w->objectName()), m.width(), m.height());
        for (const QObject *o : w->children())
            if (const auto *c = qobject_cast<const QWidget *>(o); c && !c->isWindow())
                dump(c, depth + 1);
    }
    void show(const QString &page)
    {
        QVERIFY(m_app.window->showPage(page));
        QTest::qWait(0); // one turn: the page's layout runs
        if (m_app.window->size() != kSmall)
            dump(m_app.window.get());
        QCOMPARE(m_app.window->size(), kSmall);
    }
    void whole(const QString &name)
    {
        const QString cut = cutOff(widget<QWidget>(name), m_app.window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
    }
    void columns(const QString &table, std::initializer_list<int> keys)
    {
        auto *view = widget<QTableView>(table);
        QVERIFY(view);
        whole(table);
        for (const int c : keys) {
            const QString cut = columnCutOff(view, c);
            QVERIFY2(cut.isEmpty(), qPrintable(table + u": "_s + cut));
        }
    }

    QTranslator m_swedish;
    QLocale m_before;
    WindowWithServer m_app;
};

void tst_SmallWindow::initTestCase()
{
    QVERIFY(m_swedish.load(QLocale(u"sv"_s), u"sendivent"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_swedish);
    QLocale::setDefault(QLocale(u"sv_SE"_s));
}

void tst_SmallWindow::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_swedish);
    QLocale::setDefault(m_before);
}

void tst_SmallWindow::init()
{
    m_app.start(u"eventsPage"_s);
    if (QTest::currentTestFailed())
        return;
    m_app.window->resize(kSmall);
    QTRY_COMPARE(m_app.window->size(), kSmall);
}

void tst_SmallWindow::cleanup()
{
    m_app.stop();
}

void tst_SmallWindow::everyPageHolds()
{
    // Something in the tables: the listener as the endpoint, and a send it hears about.
    auto *webhooks = widget<app::WebhooksPage>(u"webhooksPage"_s);
    show(webhooks->objectName());
    QTRY_VERIFY(webhooks->isLoaded());
    QVERIFY(webhooks->startListener());
    webhooks->useListenerUrl(webhooks->listener()->url().toString());
    webhooks->save();
    QTRY_VERIFY(webhooks->endpoint().has_value());
    HttpClient http(kSandboxKey);
    QCOMPARE(http.post(QUrl(m_app.url() + u"/v1/send/order.confirmed/email"_s),
                       Json{{"to", "jane@example.com"}, {"payload", {{"order_id", 7}}}})
                 .status,
             200);
    QTRY_VERIFY(webhooks->received()->rowCount() >= 1);

    // Webhooks: the form, and the listener's Answered and Signature columns.
    whole(u"webhookUrl"_s);
    whole(u"webhookSave"_s);
    whole(u"listenerToggle"_s);
    whole(u"listenerUseUrl"_s);
    columns(u"webhookReceivedTable"_s, {app::WebhookListenerModel::TimeColumn, app::WebhookListenerModel::EventColumn,
                                        app::WebhookListenerModel::StatusColumn,
                                        app::WebhookListenerModel::SignatureColumn});

    // The listener stopped under its endpoint: the notice and its buttons fit too.
    webhooks->stopListener();
    QTRY_VERIFY(widget<QWidget>(u"webhookListenerNotice"_s)->isVisible());
    QTest::qWait(0);
    QCOMPARE(m_app.window->size(), kSmall);
    whole(u"webhookNoticeStartListener"_s);
    whole(u"webhookNoticePointEndpoint"_s);
    columns(u"webhookReceivedTable"_s, {app::WebhookListenerModel::StatusColumn, app::WebhookListenerModel::SignatureColumn});

    show(u"eventsPage"_s);
    columns(u"eventTable"_s, {0, 1});

    // The studio: the email's Subject field keeps its label, the preview its subject.
    show(u"templateStudioPage"_s);
    auto *studio = widget<app::TemplateStudioPage>(u"templateStudioPage"_s);
    studio->openEvent(u"order.confirmed"_s);
    studio->setChannel(Channel::Email);
    // The fields are built per event: the visible one is the open event's.
    const auto visibleSubject = [this]() -> QWidget * {
        for (QWidget *w : m_app.window->findChildren<QWidget *>(u"editor_email_subject"_s))
            if (w->isVisible())
                return w;
        return nullptr;
    };
    QTRY_VERIFY(visibleSubject());
    QWidget *subject = visibleSubject();
    const QString editorCut = cutOff(subject, m_app.window.get());
    QVERIFY2(editorCut.isEmpty(), qPrintable(editorCut));
    QLabel *subjectLabel = nullptr;
    for (QLabel *label : m_app.window->findChildren<QLabel *>())
        subjectLabel = label->buddy() == subject ? label : subjectLabel;
    QVERIFY(subjectLabel);
    QCOMPARE(subjectLabel->text(), u"Ämne"_s);
    const QString labelCut = cutOff(subjectLabel, m_app.window.get());
    QVERIFY2(labelCut.isEmpty(), qPrintable(labelCut));
    auto *previewSubject = studio->findChild<QLabel *>(u"emailSubject"_s);
    QTRY_VERIFY(previewSubject->isVisible());
    const QString previewCut = cutOff(previewSubject, m_app.window.get());
    QVERIFY2(previewCut.isEmpty(), qPrintable(previewCut));

    show(u"deliveriesPage"_s);
    auto *deliveries = widget<QTableView>(u"deliveryTable"_s);
    widget<QPushButton>(u"deliveryRefresh"_s)->click();
    QTRY_VERIFY(deliveries->model()->rowCount() >= 1);
    deliveries->setCurrentIndex(deliveries->model()->index(0, 0));
    // When, how it went and what: the trace beside the list has the rest.
    columns(u"deliveryTable"_s, {app::DeliveriesModel::CreatedColumn, app::DeliveriesModel::StatusColumn,
                                 app::DeliveriesModel::EventColumn});
    whole(u"deliverySearch"_s);
    whole(u"deliveriesChart"_s);
    QTRY_VERIFY(widget<QLabel>(u"traceFact_created"_s) && widget<QLabel>(u"traceFact_created"_s)->isVisible());
    // The trace beside the list keeps its right edge: its buttons whole, nothing to scroll sideways to.
    whole(u"traceRelease"_s);
    whole(u"traceCopyCurl"_s);
    whole(u"traceSimulate_delivered"_s);
    whole(u"traceSimulate_complained"_s);
    auto *traceScroll = widget<QScrollArea>(u"traceScroll"_s);
    QVERIFY(traceScroll);
    QVERIFY2(traceScroll->widget()->minimumSizeHint().width() <= traceScroll->viewport()->width(),
             qPrintable(u"the trace needs %1 px of %2"_s.arg(traceScroll->widget()->minimumSizeHint().width())
                            .arg(traceScroll->viewport()->width())));

    show(u"contactsPage"_s);
    columns(u"contactTable"_s, {0, 1});
    whole(u"contactSearch"_s);
    whole(u"contactImport"_s);
    whole(u"contactExport"_s);

    show(u"integrationsPage"_s);
    whole(u"integrationList"_s);

    show(u"serverPage"_s);
    columns(u"journalTable"_s, {app::JournalModel::TimeColumn, app::JournalModel::MethodColumn,
                                app::JournalModel::PathColumn, app::JournalModel::StatusColumn});

    // Settings scroll up and down, never sideways.
    show(u"settingsPage"_s);
    auto *settings = widget<QScrollArea>(u"settingsScroll"_s);
    QVERIFY(settings);
    QVERIFY(!settings->horizontalScrollBar()->isVisible());
    QVERIFY(settings->widget()->width() <= settings->viewport()->width());
}

// Last session's finding: a custom range widened the Deliveries filters past 1024 px in
// Swedish. The range has its own row; the window keeps its size and every filter shows.
void tst_SmallWindow::customRangeKeepsTheWidth()
{
    show(u"deliveriesPage"_s);
    auto *page = widget<app::DeliveriesPage>(u"deliveriesPage"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    page->setPeriod(app::DeliveriesPage::Period::Custom, now.addDays(-1), now.addSecs(60));
    QTRY_VERIFY(widget<QDateTimeEdit>(u"deliveryFilterFrom"_s)->isVisible());
    QVERIFY2(m_app.window->minimumSizeHint().width() <= kSmall.width(),
             qPrintable(QString::number(m_app.window->minimumSizeHint().width())));
    m_app.window->resize(kSmall);
    QTest::qWait(0);
    QCOMPARE(m_app.window->size(), kSmall);
    whole(u"deliverySearch"_s);
    whole(u"deliveryFilterFrom"_s);
    whole(u"deliveryFilterBefore"_s);
    whole(u"deliveryStatusFilter"_s);
    columns(u"deliveryTable"_s, {app::DeliveriesModel::CreatedColumn, app::DeliveriesModel::StatusColumn});
    const QString apart = page->chart()->captionRect().intersects(page->chart()->legendRect())
        ? u"the chart's caption and legend overlap"_s
        : QString();
    QVERIFY2(apart.isEmpty(), qPrintable(apart));
}

QTEST_MAIN(tst_SmallWindow)
#include "tst_smallwindow.moc"
