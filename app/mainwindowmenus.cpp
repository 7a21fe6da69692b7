// The main window's menu bar: File, Edit, View, Go and Help (issue 21). Native on
// macOS (QMenuBar is), with the About, Preferences and Quit roles where that
// platform puts them. Every shortcut of the window is an action here or a page's
// QShortcut with a whatsThis, and the shortcuts dialog lists exactly those.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "gotoanything.h"
#include "page.h"
#include "server/journalview.h"
#include "server/serverpage.h"
#include "settingspage.h"
#include "shortcutsdialog.h"

#include <QtCore/QHash>
#include <QtCore/QSettings>
#include <QtGui/QActionGroup>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabWidget>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QAction *named(QAction *action, const QString &objectName)
{
    action->setObjectName(objectName);
    return action;
}

} // namespace

void MainWindow::buildMenus()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(u"menuBar"_s);

    // File: what goes in and out of the workspace, through the pages' own buttons (their
    // state says whether it can be done: not against a remote API, not while busy).
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    named(file->addAction(tr("&Import Workspace…"), this,
              [this] { clickPageButton(u"eventsPage"_s, u"workspaceImport"_s); }),
        u"fileImportWorkspace"_s);
    named(file->addAction(tr("&Export Workspace…"), this,
              [this] { clickPageButton(u"eventsPage"_s, u"workspaceExport"_s); }),
        u"fileExportWorkspace"_s);
    file->addSeparator();
    named(file->addAction(tr("Import &Contacts from CSV…"), this,
              [this] { clickPageButton(u"contactsPage"_s, u"contactImport"_s); }),
        u"fileImportContacts"_s);
    named(file->addAction(tr("Export Contacts to CS&V…"), this,
              [this] { clickPageButton(u"contactsPage"_s, u"contactExport"_s); }),
        u"fileExportContacts"_s);
    file->addSeparator();
    m_saveAction = named(file->addAction(tr("&Save"), this, [this] {
        if (Page *p = currentPage(); p && p->hasUnsavedChanges())
            p->saveChanges();
    }),
        u"fileSave"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the edits of this page (an event, a template)"));
    file->addSeparator();
    QAction *quit = named(file->addAction(tr("&Quit"), this, [this] {
        // As a person closing the window: unsaved edits are asked about first.
        if (confirmClose())
            close();
    }),
        u"fileQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(file, &QMenu::aboutToShow, this, [this, file] {
        const auto mirror = [this, file](const QString &action, const QString &page, const QString &button) {
            const Page *p = this->page(page);
            const auto *b = p ? p->findChild<QAbstractButton *>(button) : nullptr;
            file->findChild<QAction *>(action)->setEnabled(b && b->isEnabled());
        };
        mirror(u"fileImportWorkspace"_s, u"eventsPage"_s, u"workspaceImport"_s);
        mirror(u"fileExportWorkspace"_s, u"eventsPage"_s, u"workspaceExport"_s);
        mirror(u"fileImportContacts"_s, u"contactsPage"_s, u"contactImport"_s);
        mirror(u"fileExportContacts"_s, u"contactsPage"_s, u"contactExport"_s);
        const Page *p = currentPage();
        m_saveAction->setEnabled(p && p->hasUnsavedChanges());
    });

    // Edit: the standard commands on the focused field. Text fields take their own
    // keys (Qt's), so these shortcuts are shown, not bound: clicking one acts on the
    // field that had focus.
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    const struct
    {
        const char *text;
        const char *name;
        const char *slot;
        QKeySequence::StandardKey key;
    } commands[] = {
        {QT_TR_NOOP("&Undo"), "editUndo", "undo", QKeySequence::Undo},
        {QT_TR_NOOP("&Redo"), "editRedo", "redo", QKeySequence::Redo},
        {nullptr, nullptr, nullptr, QKeySequence::UnknownKey},
        {QT_TR_NOOP("Cu&t"), "editCut", "cut", QKeySequence::Cut},
        {QT_TR_NOOP("&Copy"), "editCopy", "copy", QKeySequence::Copy},
        {QT_TR_NOOP("&Paste"), "editPaste", "paste", QKeySequence::Paste},
        {QT_TR_NOOP("Select &All"), "editSelectAll", "selectAll", QKeySequence::SelectAll},
    };
    for (const auto &c : commands) {
        if (!c.text) {
            edit->addSeparator();
            continue;
        }
        QAction *a = named(edit->addAction(tr(c.text)), QString::fromLatin1(c.name));
        a->setShortcuts(c.key);
        a->setShortcutContext(Qt::WidgetShortcut); // the menu's: the field keeps the keys
        const char *slot = c.slot;
        connect(a, &QAction::triggered, this, [this, slot] { editFocused(slot); });
        m_editActions << a;
    }
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);
    edit->addSeparator();
    m_findAction = named(edit->addAction(tr("&Find"), this, [this] {
        if (QWidget *field = currentPage() ? currentPage()->searchField() : nullptr) {
            field->setFocus(Qt::ShortcutFocusReason);
            if (auto *line = qobject_cast<QLineEdit *>(field))
                line->selectAll();
        }
    }),
        u"editFind"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Search this page's list"));
    edit->addSeparator();
    QAction *preferences = named(edit->addAction(tr("Se&ttings…"), this,
                                     [this] { showPage(u"settingsPage"_s); }),
        u"editSettings"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    // View: the pages (Ctrl+1…8, added by addPage()) and the theme.
    m_viewMenu = bar->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    m_pagesEnd = m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    themes->setObjectName(u"viewThemeMenu"_s);
    m_themeActions = new QActionGroup(this);
    const struct
    {
        const char *text;
        const char *id;
    } choices[] = {{QT_TR_NOOP("Follow the &System"), "system"}, {QT_TR_NOOP("&Light"), "light"},
        {QT_TR_NOOP("&Dark"), "dark"}};
    for (const auto &c : choices) {
        QAction *a = named(themes->addAction(tr(c.text)), u"viewTheme_"_s + QLatin1StringView(c.id));
        a->setCheckable(true);
        a->setData(QString::fromLatin1(c.id));
        m_themeActions->addAction(a);
    }
    connect(themes, &QMenu::aboutToShow, this, [this] {
        const QString current = QSettings().value(QLatin1StringView(settings::kTheme), u"system"_s).toString();
        const auto actions = m_themeActions->actions();
        for (QAction *a : actions)
            a->setChecked(a->data().toString() == current);
    });
    // Through the Settings page, so its choice shows the same.
    connect(m_themeActions, &QActionGroup::triggered, this,
        [this](QAction *a) { m_settings->setTheme(a->data().toString()); });

    // Go: anything by its id, and back and forth between the pages shown.
    QMenu *go = bar->addMenu(tr("&Go"));
    go->setObjectName(u"goMenu"_s);
    QAction *goTo = named(go->addAction(tr("Go to &Anything…"), this, [this] { m_goTo->open(); }), u"goToAction"_s);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    goTo->setIconText(tr("Go to… (Ctrl+K)"));
    goTo->setToolTip(tr("Find a delivery, contact, message or request by any of its ids"));
    go->addSeparator();
    m_backAction = named(go->addAction(tr("&Back"), this, [this] { goBack(-1); }), u"goBack"_s);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_forwardAction = named(go->addAction(tr("&Forward"), this, [this] { goBack(1); }), u"goForward"_s);
    m_forwardAction->setShortcuts(QKeySequence::Forward);

    // Help: the guide, the API's description, the request journal, the shortcuts, About.
    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *guide = named(help->addAction(tr("&User Guide"), this, [this] {
        auto *dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }),
        u"helpGuide"_s);
    guide->setShortcuts(QKeySequence::HelpContents);
    m_openApiAction = named(help->addAction(tr("API Description (&OpenAPI)"), this, [this] {
        if (!m_serverUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_serverUrl + u"/openapi.json"_s));
    }),
        u"helpOpenApi"_s);
    m_openApiAction->setToolTip(tr("The local server's OpenAPI document, in the browser"));
    named(help->addAction(tr("Request &Journal"), this, &MainWindow::showJournal), u"helpJournal"_s);
    help->addSeparator();
    QAction *keys = named(help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts),
        u"helpShortcuts"_s);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    help->addSeparator();
    QAction *about = named(help->addAction(tr("&About Sendivent Console"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }),
        u"helpAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = named(help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt), u"helpAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(help, &QMenu::aboutToShow, this, [this] { m_openApiAction->setEnabled(!m_serverUrl.isEmpty()); });
}

void MainWindow::addPageAction(int number)
{
    const auto *p = static_cast<const Page *>(m_pages->widget(number - 1));
    auto *a = new QAction(p->title(), m_pageActions);
    a->setObjectName(u"viewPage_"_s + p->objectName());
    a->setCheckable(true);
    if (number <= 9)
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(a, &QAction::triggered, this, [this, number] { m_sidebar->setCurrentRow(number - 1); });
    m_viewMenu->insertAction(m_pagesEnd, a);
}

void MainWindow::pageShown(int index)
{
    const auto actions = m_pageActions->actions();
    if (index >= 0 && index < actions.size())
        actions[index]->setChecked(true);
    if (!std::exchange(m_goingBack, false) && index >= 0 && (m_history.isEmpty() || m_history.value(m_historyAt) != index)) {
        m_history.resize(m_historyAt + 1);
        m_history.append(index);
        m_historyAt = int(m_history.size()) - 1;
    }
    m_backAction->setEnabled(m_historyAt > 0);
    m_forwardAction->setEnabled(m_historyAt + 1 < m_history.size());
    const Page *p = currentPage();
    m_findAction->setEnabled(p && p->searchField());
}

void MainWindow::goBack(int step)
{
    const int to = m_historyAt + step;
    if (to < 0 || to >= m_history.size())
        return;
    m_historyAt = to;
    m_goingBack = true;
    if (m_sidebar->currentRow() == m_history[to])
        m_goingBack = false;
    m_sidebar->setCurrentRow(m_history[to]);
    m_backAction->setEnabled(m_historyAt > 0);
    m_forwardAction->setEnabled(m_historyAt + 1 < m_history.size());
}

void MainWindow::updateEditActions()
{
    QWidget *focused = QApplication::focusWidget();
    for (QAction *a : std::as_const(m_editActions)) {
        static const QHash<QString, QByteArray> methods = {{u"editUndo"_s, "undo()"}, {u"editRedo"_s, "redo()"},
            {u"editCut"_s, "cut()"}, {u"editCopy"_s, "copy()"}, {u"editPaste"_s, "paste()"},
            {u"editSelectAll"_s, "selectAll()"}};
        bool enabled = focused && focused->metaObject()->indexOfMethod(methods.value(a->objectName())) >= 0;
        if (enabled && focused->property("readOnly").toBool())
            enabled = a->objectName() == u"editCopy"_s || a->objectName() == u"editSelectAll"_s;
        a->setEnabled(enabled);
    }
}

void MainWindow::editFocused(const char *slot)
{
    if (QWidget *focused = QApplication::focusWidget())
        QMetaObject::invokeMethod(focused, slot);
}

void MainWindow::clickPageButton(const QString &pageName, const QString &button)
{
    Page *p = page(pageName);
    auto *b = p ? p->findChild<QAbstractButton *>(button) : nullptr;
    if (!b || !b->isEnabled())
        return;
    showPage(pageName);
    b->click();
}

void MainWindow::showJournal()
{
    if (!m_server || !m_server->journal())
        return;
    showPage(m_server->objectName());
    for (QWidget *w = m_server->journal()->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setCurrentWidget(m_server->journal());
            break;
        }
    }
}

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(ShortcutsDialog::entriesOf(this, menuBar()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sendivent::app
