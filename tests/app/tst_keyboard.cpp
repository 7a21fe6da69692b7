// The window without a mouse, and for assistive technology (issue 21), on the real
// window over a real server and a seeded workspace: the sidebar takes focus and moves
// with the arrows, its focus shows in both themes, Tab walks every page's controls in
// order and leaves every table at once, and every control a keyboard reaches has an
// accessible name; a status shown in colour is also said in words.
#include <windowfixture.h>

#include <httpclient.h>
#include <page.h>
#include <widgets/theme.h>

#include <QtGui/QAccessible>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextEdit>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_Keyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sidebarTakesFocusAndArrows();
    void sidebarFocusIsVisibleInBothThemes();
    void noTableTakesTab();
    void tabWalksEveryPage_data();
    void tabWalksEveryPage();
    void everyControlHasAnAccessibleName();
    void coloursComeWithWords();

private:
    QListWidget *sidebar() const { return m_app.window->findChild<QListWidget *>(u"sidebar"_s); }
    QString currentPage() const { return m_app.window->currentPage()->objectName(); }
    static QString describe(const QWidget *w)
    {
        return w ? u"%1(%2)"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()) : u"none"_s;
    }
    void send(const QString &to)
    {
        HttpClient http(kSandboxKey);
        const HttpReply r = http.post(QUrl(m_app.url() + u"/v1/send/order.confirmed/email"_s),
            Json{{"to", toStd(to)}, {"payload", {{"order_id", 7}}}});
        QCOMPARE(r.status, 200);
    }
    // Tab from the sidebar until focus comes back to it; the widgets on the way.
    QList<QWidget *> walk();

    WindowWithServer m_app;
};

void tst_Keyboard::init()
{
    m_app.start(u"eventsPage"_s);
    Status seeded;
    m_app.onServer([this, &seeded] { seeded = m_app.services()->workspace.seedDemoIfEmpty(); });
    QVERIFY(seeded.ok());
    m_app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
}

void tst_Keyboard::cleanup()
{
    m_app.stop();
}

void tst_Keyboard::sidebarTakesFocusAndArrows()
{
    QListWidget *list = sidebar();
    QVERIFY(list->focusPolicy() & Qt::TabFocus);
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(currentPage(), u"templateStudioPage"_s);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(currentPage(), u"contactsPage"_s);
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(currentPage(), u"settingsPage"_s);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(currentPage(), u"serverPage"_s);
    QVERIFY(list->hasFocus()); // moving does not take focus away
}

// The focused sidebar looks different from the unfocused one, light and dark.
void tst_Keyboard::sidebarFocusIsVisibleInBothThemes()
{
    QListWidget *list = sidebar();
    for (const QString &theme : {u"light"_s, u"dark"_s}) {
        QSettings().setValue(u"ui/theme"_s, theme);
        app::theme::apply();
        QTRY_COMPARE(app::theme::isDark(list->palette()), theme == u"dark"_s);
        m_app.window->findChild<QWidget *>(u"eventSearch"_s)->setFocus();
        QTRY_VERIFY(!list->hasFocus());
        const QRect current = list->visualItemRect(list->currentItem());
        const QImage unfocused = list->grab(current).toImage();
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        const QImage focused = list->grab(current).toImage();
        QVERIFY2(focused != unfocused, qPrintable(theme));
        // A ring in the text colour: dark on light, light on dark.
        const QColor text = list->palette().color(QPalette::Text);
        const auto ringPixels = [&text](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += qAbs(c.red() - text.red()) < 10 && qAbs(c.green() - text.green()) < 10
                        && qAbs(c.blue() - text.blue()) < 10;
                }
            }
            return n;
        };
        QVERIFY2(ringPixels(focused) - ringPixels(unfocused) > current.width(),
            qPrintable(theme + u": %1 vs %2"_s.arg(ringPixels(focused)).arg(ringPixels(unfocused))));
    }
    QSettings().setValue(u"ui/theme"_s, u"system"_s);
    app::theme::apply();
}

void tst_Keyboard::noTableTakesTab()
{
    // Every page built: the views of all of them, polished.
    for (int i = 0; i < sidebar()->count(); ++i)
        sidebar()->setCurrentRow(i);
    const auto views = m_app.window->findChildren<QAbstractItemView *>();
    QVERIFY(views.size() > 10);
    int tables = 0;
    for (const QAbstractItemView *view : views) {
        if (view->window() != m_app.window.get())
            continue; // a combo box's popup list
        QVERIFY2(!view->tabKeyNavigation(), qPrintable(describe(view)));
        tables += qobject_cast<const QTableView *>(view) ? 1 : 0;
    }
    QVERIFY(tables >= 5);
}

QList<QWidget *> tst_Keyboard::walk()
{
    QListWidget *list = sidebar();
    list->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([list] { return list->hasFocus(); }))
        return {};
    QList<QWidget *> visited;
    for (int step = 0; step < 200; ++step) {
        QWidget *before = QApplication::focusWidget();
        // A multi-line editor keeps Tab for indenting; Ctrl+Tab leaves it.
        const auto *plain = qobject_cast<QPlainTextEdit *>(before);
        const auto *rich = qobject_cast<QTextEdit *>(before);
        const bool keepsTab = (plain && !plain->tabChangesFocus()) || (rich && !rich->tabChangesFocus());
        QTest::keyClick(before, Qt::Key_Tab, keepsTab ? Qt::ControlModifier : Qt::NoModifier);
        QWidget *after = QApplication::focusWidget();
        if (after == before) {
            qWarning("Tab is stuck on %s", qPrintable(describe(before)));
            return {};
        }
        if (after == list)
            return visited;
        if (!after || visited.contains(after)) {
            qWarning("Tab goes round without the sidebar, again at %s", qPrintable(describe(after)));
            return {};
        }
        visited << after;
    }
    qWarning("Tab never comes back to the sidebar");
    return {};
}

void tst_Keyboard::tabWalksEveryPage_data()
{
    QTest::addColumn<QString>("page");
    // Key controls, in the order Tab must reach them.
    QTest::addColumn<QStringList>("order");
    QTest::newRow("events") << u"eventsPage"_s << QStringList{u"dataSource"_s, u"eventSearch"_s, u"eventTable"_s, u"eventName"_s};
    QTest::newRow("templates") << u"templateStudioPage"_s << QStringList{u"dataSource"_s};
    QTest::newRow("contacts") << u"contactsPage"_s << QStringList{u"dataSource"_s, u"contactSearch"_s, u"contactTable"_s};
    QTest::newRow("deliveries") << u"deliveriesPage"_s << QStringList{u"dataSource"_s, u"deliverySearch"_s, u"deliveryTable"_s};
    QTest::newRow("integrations") << u"integrationsPage"_s << QStringList{u"dataSource"_s};
    QTest::newRow("webhooks") << u"webhooksPage"_s << QStringList{u"dataSource"_s};
    QTest::newRow("server") << u"serverPage"_s << QStringList{u"dataSource"_s};
    QTest::newRow("settings") << u"settingsPage"_s << QStringList{u"dataSource"_s, u"settingsPort"_s, u"settingsLanguage"_s, u"settingsTheme"_s, u"settingsSandboxUrl"_s};
}

// Tab from the sidebar visits every control the page shows, each once, in order,
// leaves each table at the first Tab (the selection stays), and comes back.
void tst_Keyboard::tabWalksEveryPage()
{
    QFETCH(QString, page);
    QFETCH(QStringList, order);
    QVERIFY(m_app.window->showPage(page));
    auto *events = m_app.window->findChild<QTableView *>(u"eventTable"_s);
    QTRY_VERIFY(events->model()->rowCount() > 1);
    const QModelIndex selected = events->currentIndex();

    const QList<QWidget *> visited = walk();
    QVERIFY(!visited.isEmpty());
    QStringList names;
    for (const QWidget *w : visited)
        names << describe(w);

    // Every control the keyboard should reach on this page is on the way.
    QWidget *shown = m_app.window->page(page);
    QStringList missed;
    const auto children = shown->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisibleTo(m_app.window.get()) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        if (!visited.contains(w))
            missed << describe(w);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"not reached: "_s + missed.join(u", "_s) + u"\nreached: "_s + names.join(u", "_s)));

    // The key controls in reading order.
    int last = -1;
    for (const QString &name : std::as_const(order)) {
        const int at = int(visited.indexOf(m_app.window->findChild<QWidget *>(name)));
        QVERIFY2(at > last, qPrintable(name + u" out of order: "_s + names.join(u", "_s)));
        last = at;
    }
    QCOMPARE(events->currentIndex(), selected);
}

// Every control the keyboard reaches says what it is to a screen reader.
void tst_Keyboard::everyControlHasAnAccessibleName()
{
    QStringList unnamed;
    for (int i = 0; i < sidebar()->count(); ++i) {
        sidebar()->setCurrentRow(i);
        QWidget *page = m_app.window->currentPage();
        QList<QWidget *> widgets = page->findChildren<QWidget *>();
        if (i == 0) // the window's own controls once
            widgets << sidebar() << m_app.window->findChild<QWidget *>(u"dataSource"_s);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisibleTo(m_app.window.get()) || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << page->objectName() + u": "_s + describe(w);
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name:\n"_s + unnamed.join(u'\n')));
}

// Where a table paints a status in colour, the cell also says it in words.
void tst_Keyboard::coloursComeWithWords()
{
    send(u"ada@example.com"_s);
    send(u"grace@example.com"_s);
    QVERIFY(m_app.window->showPage(u"deliveriesPage"_s));
    auto *deliveries = m_app.window->findChild<QTableView *>(u"deliveryTable"_s);
    QTRY_VERIFY(deliveries->model()->rowCount() >= 2);
    int coloured = 0;
    for (int i = 0; i < sidebar()->count(); ++i) {
        sidebar()->setCurrentRow(i);
        const auto views = m_app.window->currentPage()->findChildren<QAbstractItemView *>();
        for (const QAbstractItemView *view : views) {
            const QAbstractItemModel *model = view->model();
            if (!model || !view->isVisibleTo(m_app.window.get()))
                continue;
            for (int r = 0; r < qMin(model->rowCount(), 20); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    const bool colour = index.data(Qt::ForegroundRole).isValid() || index.data(Qt::BackgroundRole).isValid()
                        || index.data(Qt::DecorationRole).isValid();
                    if (!colour)
                        continue;
                    ++coloured;
                    QVERIFY2(!index.data(Qt::DisplayRole).toString().trimmed().isEmpty()
                            || !index.data(Qt::ToolTipRole).toString().trimmed().isEmpty(),
                        qPrintable(describe(view) + u" row %1 column %2"_s.arg(r).arg(c)));
                }
            }
        }
    }
    QVERIFY(coloured > 0); // the delivery status column at least
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
