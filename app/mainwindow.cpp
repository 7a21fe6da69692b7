#include "mainwindow.h"

#include "apikeydialog.h"
#include "contacts/contactspage.h"
#include "datasourcebanner.h"
#include "deliveries/deliveriespage.h"
#include "gotoanything.h"
#include "release/releasesettingspanel.h"
#include "server/clockpanel.h"
#include "server/journalview.h"
#include "server/servercontroller.h"
#include "server/serverpage.h"
#include "settingspage.h"
#include "studio/templatestudiopage.h"
#include "uilanguage.h"
#include "webhooks/webhookspage.h"
#include "widgets/theme.h"
#include "workspace/eventspage.h"
#include "workspace/integrationspage.h"

#include <backend/datasource.h>
#include <backend/localoperations.h>
#include <emulation/clock.h>
#include <remote/remotebackend.h>

#include <QtCore/QSettings>
#include <QtGui/QAccessible>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTextEdit>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole;

QString placeholderOf(const QWidget *w)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(w))
        return line->placeholderText();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->placeholderText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->placeholderText();
    return {};
}

// A field without a label of its own (a search box, a row of a key/value list) is
// named by what it shows in its place: its placeholder, else its tool tip. Qt names
// labelled fields from their buddy label; pages name their tables and editors.
void nameForScreenReaders(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return;
    QString name = placeholderOf(w);
    if (name.isEmpty())
        name = w->toolTip();
    if (name.isEmpty())
        return;
    const QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
    if (accessible && accessible->text(QAccessible::Name).trimmed().isEmpty())
        w->setAccessibleName(name);
}

} // namespace

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dataSource(new QComboBox(this))
    , m_banner(new DataSourceBanner(this))
    , m_serverLabel(new QLabel(this))
{
    // Before any text: a live language switch needs to know where each came from.
    recordTranslations();
    m_colors = theme::colors(palette());
    // Tab leaves every table: item views are polished before they first show (some
    // while their page is built), and Ctrl+Tab leaves a multi-line editor.
    qApp->installEventFilter(this);
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Sendivent Console"));

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    // Reached with Tab, moved with the arrow keys: the current page follows.
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setAccessibleName(tr("Pages"));
    // palette() roles, so the sidebar follows a light or a dark palette. With focus,
    // the current page gets a ring in the text colour, visible in both themes.
    m_sidebar->setStyleSheet(u"QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
                             "QListWidget#sidebar::item { padding: 5px 10px; margin: 1px 8px; border-radius: 6px;"
                             " border: 2px solid transparent; }"
                             "QListWidget#sidebar::item:selected { background: palette(highlight);"
                             " color: palette(highlighted-text); }"
                             "QListWidget#sidebar::item:selected:focus { border-color: palette(text); }"
                             "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"_s);
    m_pages->setObjectName(u"pages"_s);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    // Which remote the pages show, above them all: production must never go unnoticed.
    auto *framed = new QWidget(this);
    auto *column = new QVBoxLayout(framed);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(central, 1);
    setCentralWidget(framed);
    buildMenus();
    buildToolBar();

    auto *events = new EventsPage(backend, this);
    addPage(events);
    if (backend->local()) {
        m_studio = new TemplateStudioPage(backend, this);
        addPage(m_studio);
        connect(events, &EventsPage::openTemplatesRequested, this, [this](const QString &identifier) {
            m_studio->openEvent(identifier);
            showPage(m_studio->objectName());
        });
        connect(m_studio, &TemplateStudioPage::deliveryRequested, this, &MainWindow::showDelivery);
    }
    auto *contacts = new ContactsPage(backend, this);
    addPage(contacts);
    m_deliveries = new DeliveriesPage(backend, this);
    addPage(m_deliveries);
    connect(contacts, &ContactsPage::deliveriesRequested, this, [this](const QString &contactUuid) {
        m_deliveries->showContactDeliveries(contactUuid);
        showPage(m_deliveries->objectName());
    });
    auto *integrations = new IntegrationsPage(backend, this);
    addPage(integrations);
    connect(integrations, &IntegrationsPage::deliveriesRequested, this, [this](Channel channel) {
        m_deliveries->showChannelDeliveries(channel);
        showPage(m_deliveries->objectName());
    });
    connect(events, &EventsPage::deliveriesRequested, this, [this](const QString &identifier) {
        m_deliveries->showEventDeliveries(identifier);
        showPage(m_deliveries->objectName());
    });
    auto *webhooks = new WebhooksPage(backend, this);
    addPage(webhooks);
    connect(webhooks, &WebhooksPage::deliveryRequested, this, &MainWindow::showDelivery);
    m_server = new ServerPage(this);
    addPage(m_server);
    if (LocalOperations *local = backend->local()) {
        m_server->setLocal(local);
        // Visible from every page while the emulated time is not the wall clock, so
        // no timestamp is read as real time by mistake (issue 23).
        m_clock = local->clock();
        m_clockLabel = new QLabel(this);
        m_clockLabel->setObjectName(u"clockStatus"_s);
        m_clockLabel->setTextFormat(Qt::RichText);
        statusBar()->addPermanentWidget(m_clockLabel);
        connect(m_clock, &Clock::changed, this, &MainWindow::showClock);
        showClock();
    }
    m_settings = new SettingsPage(this);
    addPage(m_settings);

    m_goTo = new GoToAnything(backend, central);
    if (backend->local()) {
        // Request ids are the local journal's (the Server page's inspector).
        m_goTo->setRequestLookup([this](const QString &requestId) {
            if (!m_server->journal()->selectRequest(requestId))
                return false;
            showPage(m_server->objectName());
            if (auto *tabs = qobject_cast<QTabWidget *>(m_server->journal()->parentWidget()->parentWidget()))
                tabs->setCurrentWidget(m_server->journal());
            return true;
        });
    }
    connect(m_goTo, &GoToAnything::deliveryFound, this, &MainWindow::showDelivery);
    connect(m_goTo, &GoToAnything::deliveriesFound, this, [this](const QString &text) {
        m_deliveries->search(text);
        showPage(m_deliveries->objectName());
    });
    connect(m_goTo, &GoToAnything::contactFound, this, [this, contacts](const Contact &contact) {
        contacts->showContact(contact);
        showPage(contacts->objectName());
    });
    connect(m_goTo, &GoToAnything::webhookMessageFound, this, [this, webhooks](const QString &id) {
        webhooks->selectMessage(id);
        showPage(webhooks->objectName());
    });

    m_serverLabel->setObjectName(u"serverStatus"_s);
    m_serverLabel->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_serverLabel);
    setServerStatus(tr("not started"), false);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageShown);
    // The window's minimum size is the shown page's, not the largest page's: a wide
    // page (the Server page in Swedish) does not keep the others from 1024 px.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
    });
    m_sidebar->setCurrentRow(0);
    pageShown(0);
    // The first start's size; a remembered geometry replaces it when the window shows.
    resize(1440, 880);
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Data source"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);

    m_dataSource->setObjectName(u"dataSource"_s);
    auto *model = new QStandardItemModel(m_dataSource);
    const auto add = [model](const QString &text, const QString &id, const QString &tip, bool enabled) {
        auto *item = new QStandardItem(text);
        item->setData(id, kIdRole);
        item->setToolTip(tip);
        item->setEnabled(enabled);
        model->appendRow(item);
    };
    add(tr("Local"), u"local"_s, tr("The workspace and server on this computer"), true);
    // Enabled by setDataSource(), which names where each one is.
    const QString unset = tr("The remote API is not set up in this window");
    add(tr("Sandbox"), u"sandbox"_s, unset, false);
    add(tr("Production"), u"production"_s, unset, false);
    m_dataSource->setModel(model);
    m_dataSource->setToolTip(tr("Where the pages read from: this computer, or the remote sandbox or production API"));
    connect(m_dataSource, &QComboBox::currentIndexChanged, this, &MainWindow::dataSourceChosen);

    auto *label = new QLabel(tr("Data source"), this);
    label->setContentsMargins(10, 0, 6, 0);
    bar->addWidget(label);
    bar->addWidget(m_dataSource);
    bar->addSeparator();
    // The Go menu's action: one place for its text, shortcut and tip.
    bar->addAction(findChild<QAction *>(u"goToAction"_s));
}

void MainWindow::addPage(Page *page)
{
    Q_ASSERT(!page->objectName().isEmpty());
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(kIdRole, page->objectName());
    const int number = m_sidebar->count();
    item->setToolTip(number <= 9 ? tr("%1 (Ctrl+%2)").arg(page->title()).arg(number) : page->title());
    if (m_pages->count() > 0)
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_pages->addWidget(page);
    addPageAction(number);
}

Page *MainWindow::page(const QString &objectName) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName)
            return static_cast<Page *>(m_pages->widget(i));
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return static_cast<Page *>(m_pages->currentWidget());
}

bool MainWindow::showPage(const QString &objectName)
{
    Page *p = page(objectName);
    if (!p)
        return false;
    m_sidebar->setCurrentRow(m_pages->indexOf(p));
    return true;
}

void MainWindow::setServerStatus(const QString &urlOrError, bool running)
{
    m_serverUrl = running ? urlOrError : QString();
    m_serverStatus = urlOrError;
    m_serverRunning = running;
    applyServer();
    showServerStatus();
    if (m_server)
        m_server->setServerStatus(urlOrError, running);
}

void MainWindow::setServerHealth(bool degraded, const QString &reason)
{
    m_degradedReason = degraded ? (reason.isEmpty() ? tr("unknown reason") : reason) : QString();
    showServerStatus();
}

void MainWindow::showServerStatus()
{
    const theme::Colors colors = theme::colors(palette());
    QString text = m_serverRunning ? tr("Local server: %1").arg(m_serverStatus)
                                   : tr("Local server stopped: %1").arg(m_serverStatus);
    // Running but unable to keep anything: sends fail, so it is not "fine".
    const bool degraded = m_serverRunning && !m_degradedReason.isEmpty();
    if (degraded)
        text = tr("Local server: %1 — writes to the database fail: %2").arg(m_serverStatus, m_degradedReason);
    m_serverLabel->setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(
        (m_serverRunning && !degraded ? colors.success : colors.error).name(), text.toHtmlEscaped()));
    m_serverLabel->setToolTip(degraded ? tr("GET /healthz answers 503 until a write succeeds again") : QString());
}

void MainWindow::showClock()
{
    if (!m_clock || !m_clockLabel)
        return;
    const QString summary = clockSummary(*m_clock);
    const theme::Colors colors = theme::colors(palette());
    m_clockLabel->setText(u"<span style=\"color:%1\">◷</span> %2"_s.arg(colors.error.name(), summary.toHtmlEscaped()));
    m_clockLabel->setToolTip(clockExplanation(*m_clock));
    m_clockLabel->setVisible(!summary.isEmpty());
}

void MainWindow::setApiKey(const QString &key)
{
    m_apiKey = key;
    m_server->setApiKey(key);
    applyServer();
}

void MainWindow::applyServer()
{
    if (m_studio)
        m_studio->setServer(m_serverUrl.isEmpty() ? QUrl() : QUrl(m_serverUrl), m_apiKey);
    if (m_deliveries)
        m_deliveries->setLocalServerUrl(m_serverUrl.isEmpty() ? QUrl() : QUrl(m_serverUrl));
    // Release to a real inbox goes through the local server with the console's key.
    const QUrl url = m_serverUrl.isEmpty() ? QUrl() : QUrl(m_serverUrl);
    if (m_deliveries)
        m_deliveries->setReleaseServer(url, m_apiKey);
    m_settings->releasePanel()->setServer(url, m_apiKey);
}

void MainWindow::setServer(ServerController *controller, const QString &dataDir)
{
    m_server->setController(controller);
    if (controller)
        connect(controller, &ServerController::healthChanged, this, &MainWindow::setServerHealth);
    m_settings->setDataDir(dataDir);
    if (controller)
        connect(m_settings->releasePanel(), &ReleaseSettingsPanel::settingsChanged, controller,
                &ServerController::setReleaseSettings);
}

void MainWindow::setDataSource(DataSource *source, const QString &remoteOverride)
{
    Q_ASSERT(!m_source);
    m_source = source;
    auto *model = static_cast<QStandardItemModel *>(m_dataSource->model());
    for (const DataSourceKind kind : {DataSourceKind::Sandbox, DataSourceKind::Production}) {
        const Environment environment = *DataSource::environmentOf(kind);
        QStandardItem *item = model->item(kind == DataSourceKind::Sandbox ? 1 : 2);
        item->setEnabled(true);
        item->setToolTip(environment == Environment::Production
                             ? tr("The production API at %1: real data; sends reach real people")
                                   .arg(source->remoteUrl(environment).toDisplayString())
                             : tr("The sandbox API at %1").arg(source->remoteUrl(environment).toDisplayString()));
    }
    connect(source, &DataSource::keyRequired, this, &MainWindow::askForKey);
    connect(source, &DataSource::backendChanged, this, &MainWindow::backendChanged);
    connect(source, &DataSource::selectionFailed, this, [this](DataSourceKind, const QString &message) {
        statusBar()->showMessage(tr("Data source not changed: %1").arg(message), 20000);
        showDataSource();
    });
    connect(source, &DataSource::keyStored, this, [this](DataSourceKind, KeyStorage storage) {
        statusBar()->showMessage(storage == KeyStorage::Keychain
                                     ? tr("The API key is stored in the system keychain")
                                     : tr("The API key is kept for this session only"),
                                 10000);
    });
    if (CredentialStore *credentials = source->credentials()) {
        connect(credentials, &CredentialStore::keychainUnavailable, this, &MainWindow::keychainUnavailable);
        if (!credentials->keychainAvailable())
            keychainUnavailable(credentials->unavailableReason());
    }
    m_server->setDataSource(source);
    m_settings->setDataSource(source, remoteOverride);
    showDataSource();
    m_banner->showBackend(source->current());
}

void MainWindow::dataSourceChosen(int index)
{
    if (!m_source)
        return;
    static constexpr DataSourceKind kinds[] = {DataSourceKind::Local, DataSourceKind::Sandbox,
                                               DataSourceKind::Production};
    if (index >= 0 && index < 3)
        m_source->select(kinds[index]);
}

void MainWindow::askForKey(DataSourceKind kind)
{
    const auto environment = DataSource::environmentOf(kind);
    if (!environment)
        return;
    const CredentialStore *credentials = m_source->credentials();
    // Issue 21: one modal at a time. The dialog says where the key is kept, which is
    // all a keychain notice still open would say.
    if (auto *notice = findChild<QMessageBox *>(u"keychainNotice"_s))
        notice->close();
    auto *dialog = new ApiKeyDialog(*environment, credentials && credentials->keychainAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind] { m_source->provideKey(kind, dialog->key()); });
    // Cancelled: the switch goes back to what is shown.
    connect(dialog, &QDialog::rejected, this, &MainWindow::showDataSource);
    dialog->open();
}

void MainWindow::backendChanged(Backend *backend)
{
    showDataSource();
    m_banner->showBackend(backend);
    for (int i = 0; i < m_pages->count(); ++i)
        static_cast<Page *>(m_pages->widget(i))->setBackend(backend);
    m_goTo->setBackend(backend);
    if (const auto *remote = qobject_cast<const RemoteBackend *>(backend))
        statusBar()->showMessage(tr("Showing the %1 API at %2")
                                     .arg(remote->displayName(), remote->baseUrl().toDisplayString()),
                                 10000);
}

void MainWindow::showDataSource()
{
    const QSignalBlocker blocker(m_dataSource);
    const DataSourceKind kind = m_source ? m_source->kind() : DataSourceKind::Local;
    m_dataSource->setCurrentIndex(kind == DataSourceKind::Production ? 2 : kind == DataSourceKind::Sandbox ? 1 : 0);
}

void MainWindow::keychainUnavailable(const QString &reason)
{
    // CredentialStore says it once a session; so does this. With a key dialog open the
    // dialog says it, rather than a second modal box on top of it.
    statusBar()->showMessage(tr("No system keychain: remote API keys are kept for this session only"), 20000);
    if (auto *dialog = findChild<ApiKeyDialog *>(); dialog && dialog->isVisible()) {
        dialog->setKeychainAvailable(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("No system keychain"),
                                tr("The system keychain cannot be used (%1). Remote API keys you enter are kept "
                                   "for this session only and asked for again at the next start; they are never "
                                   "written to a file.")
                                    .arg(reason),
                                QMessageBox::Ok, this);
    box->setObjectName(u"keychainNotice"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showDelivery(const QString &uuid)
{
    if (m_deliveries) {
        m_deliveries->showDelivery(uuid);
        showPage(m_deliveries->objectName());
        return;
    }
    statusBar()->showMessage(tr("Delivery %1 created").arg(uuid), 15000);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // Before the pages' own handlers (they come after their parent's), which
        // redo only the texts built with arguments.
        retranslateWidgets(this);
        setWindowTitle(tr("Sendivent Console"));
        retitlePages();
        // "not started", or why it stopped, kept to be shown again.
        m_serverStatus = retranslated(m_serverStatus, this);
        showServerStatus();
        showClock();
        if (m_server)
            m_server->setServerStatus(m_serverStatus, m_serverRunning); // its state line, redone
    } else if (event->type() == QEvent::PaletteChange) {
        const theme::Colors now = theme::colors(palette());
        theme::recolour(this, m_colors, now);
        m_colors = now;
        theme::repolish(this);
        showServerStatus();
        showClock();
        if (m_server)
            m_server->setServerStatus(m_serverStatus, m_serverRunning); // its coloured dot
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Tab moves to the next control, never from cell to cell (a QTableView's default).
    if (event->type() == QEvent::Polish) {
        if (auto *view = qobject_cast<QAbstractItemView *>(watched))
            view->setTabKeyNavigation(false);
        if (auto *w = qobject_cast<QWidget *>(watched); w && (w->focusPolicy() & Qt::TabFocus))
            nameForScreenReaders(w);
    } else if (event->type() == QEvent::KeyPress) {
        // A multi-line editor keeps Tab for indenting; Ctrl+Tab leaves it (Qt Creator,
        // GTK), so the keyboard never gets stuck in one.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlTab = (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && (key->modifiers() & Qt::ControlModifier);
        auto *plain = qobject_cast<QPlainTextEdit *>(watched);
        auto *rich = qobject_cast<QTextEdit *>(watched);
        if (ctrlTab && ((plain && !plain->tabChangesFocus()) || (rich && !rich->tabChangesFocus()))
            && static_cast<QWidget *>(watched)->window() == this) {
            const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            QKeyEvent tab(QEvent::KeyPress, back ? Qt::Key_Backtab : Qt::Key_Tab, Qt::NoModifier);
            QCoreApplication::sendEvent(static_cast<QWidget *>(watched)->parentWidget(), &tab);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::retitlePages()
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        const auto *p = static_cast<const Page *>(m_pages->widget(i));
        QListWidgetItem *item = m_sidebar->item(i);
        item->setText(p->title());
        item->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(p->title()).arg(i + 1) : p->title());
    }
    const auto actions = m_pageActions->actions();
    for (int i = 0; i < actions.size() && i < m_pages->count(); ++i)
        actions[i]->setText(static_cast<const Page *>(m_pages->widget(i))->title());
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Splitters have their final children only once every page is added.
    if (!std::exchange(m_layoutRestored, true))
        restoreLayout();
    QMainWindow::showEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(u"splitters/"_s + splitter->objectName()).toByteArray());
    }
    showPage(settings.value(u"window/page"_s).toString());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    const auto splitters = findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(u"splitters/"_s + splitter->objectName(), splitter->saveState());
    }
    if (const Page *p = currentPage())
        settings.setValue(u"window/page"_s, p->objectName());
}

bool MainWindow::confirmClose()
{
    QList<Page *> unsaved;
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *p = static_cast<Page *>(m_pages->widget(i));
        if (p->hasUnsavedChanges())
            unsaved << p;
    }
    if (unsaved.isEmpty())
        return true;
    QStringList titles;
    for (const Page *p : std::as_const(unsaved))
        titles << p->title();
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("%1 have unsaved changes. Save them before quitting?").arg(titles.join(u", "_s)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    for (Page *p : std::as_const(unsaved)) {
        if (!p->saveChanges()) {
            showPage(p->objectName());
            return false; // the page shows why
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only a person closing the window is asked; a SIGTERM closes without a dialog.
    if (event->spontaneous() && !confirmClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace sendivent::app
