#include "mainwindow.h"

#include "eventspage.h"
#include "serverpage.h"
#include "templatestudiopage.h"
#include "theme.h"

#include <localbackend.h>

#include <QtCore/QSettings>
#include <QtGui/QCloseEvent>
#include <QtGui/QShortcut>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolBar>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dataSource(new QComboBox(this))
    , m_serverLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Sendivent Console"));

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    // palette() roles, so the sidebar follows a light or a dark palette.
    m_sidebar->setStyleSheet(u"QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
                             "QListWidget#sidebar::item { padding: 7px 12px; margin: 1px 8px; border-radius: 6px; }"
                             "QListWidget#sidebar::item:selected { background: palette(highlight);"
                             " color: palette(highlighted-text); }"
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
    setCentralWidget(central);
    buildToolBar();

    auto *events = new EventsPage(backend, this);
    addPage(events);
    if (auto *local = qobject_cast<LocalBackend *>(backend)) {
        m_studio = new TemplateStudioPage(local, this);
        addPage(m_studio);
        connect(events, &EventsPage::openTemplatesRequested, this, [this](const QString &identifier) {
            m_studio->openEvent(identifier);
            showPage(m_studio->objectName());
        });
        connect(m_studio, &TemplateStudioPage::deliveryRequested, this, &MainWindow::showDelivery);
    }
    m_server = new ServerPage(this);
    addPage(m_server);

    m_serverLabel->setObjectName(u"serverStatus"_s);
    m_serverLabel->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_serverLabel);
    setServerStatus(tr("not started"), false);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
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
    const QString later = tr("Browsing the remote API needs its client, which this version does not have yet");
    add(tr("Sandbox"), u"sandbox"_s, later, false);
    add(tr("Production"), u"production"_s, later, false);
    m_dataSource->setModel(model);
    m_dataSource->setToolTip(tr("Where the pages read from. Only Local is available in this version."));

    auto *label = new QLabel(tr("Data source"), this);
    label->setContentsMargins(10, 0, 6, 0);
    bar->addWidget(label);
    bar->addWidget(m_dataSource);
}

void MainWindow::addPage(Page *page)
{
    Q_ASSERT(!page->objectName().isEmpty());
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(kIdRole, page->objectName());
    const int number = m_sidebar->count();
    item->setToolTip(number <= 9 ? tr("%1 (Ctrl+%2)").arg(page->title()).arg(number) : page->title());
    m_pages->addWidget(page);
    if (number <= 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)), this);
        connect(shortcut, &QShortcut::activated, this, [this, number] { m_sidebar->setCurrentRow(number - 1); });
    }
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
    applyServer();
    const theme::Colors colors = theme::colors(palette());
    const QString text
        = running ? tr("Local server: %1").arg(urlOrError) : tr("Local server stopped: %1").arg(urlOrError);
    m_serverLabel->setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(
        (running ? colors.success : colors.error).name(), text.toHtmlEscaped()));
    if (m_server)
        m_server->setServerStatus(urlOrError, running);
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
}

void MainWindow::showDelivery(const QString &uuid)
{
    statusBar()->showMessage(tr("Delivery %1 created").arg(uuid), 15000);
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
