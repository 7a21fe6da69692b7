#include "eventspage.h"

#include "datasourcebanner.h"
#include "eventeditor.h"
#include "eventedits.h"
#include "eventlistmodel.h"
#include "widgets/errorbanner.h"
#include "widgets/filechooser.h"
#include "widgets/rowmenu.h"

#include <backend/backend.h>
#include <backend/backend.h>
#include <backend/localoperations.h>
#include <remote/remotebackend.h>
#include <remote/workspacepull.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QShortcut>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

EventsPage::EventsPage(Backend *backend, QWidget *parent)
    : Page(parent)
    , m_backend(backend)
    , m_local(backend->local())
    , m_home(m_local)
    , m_model(new EventListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_editor(new EventEditor(this))
    , m_errors(new ErrorBanner(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("New event"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_pull(new QPushButton(tr("Copy to local workspace"), this))
{
    setObjectName(u"eventsPage"_s);
    m_search->setObjectName(u"eventSearch"_s);
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(u"eventNew"_s);
    m_delete->setObjectName(u"eventDelete"_s);
    m_import->setObjectName(u"workspaceImport"_s);
    m_export->setObjectName(u"workspaceExport"_s);
    m_errors->setObjectName(u"importErrors"_s);
    m_splitter->setObjectName(u"eventsSplitter"_s);
    m_import->setToolTip(
        tr("Replace the workspace (not its contacts) with a fixture file; contacts in it are added or updated"));
    m_export->setToolTip(tr("Save the workspace as a fixture file, without integration secrets"));
    m_pull->setObjectName(u"workspacePull"_s);
    m_pull->setToolTip(tr("Copy these events, their templates and the integrations into the local workspace, "
                          "so that app tests run against them; local contacts, senders and secrets stay"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(EventListModel::SortRole);

    m_table->setObjectName(u"eventTable"_s);
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::IdentifierColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_status->setObjectName(u"eventStatus"_s);
    m_count->setObjectName(u"eventCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);

    auto *title = new QLabel(tr("Events"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    bar->addWidget(m_pull);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; scrolling follows
    auto *editorSide = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(8, 0, 0, 0);
    editorLayout->addWidget(editorScroll);

    m_splitter->addWidget(listSide);
    m_splitter->addWidget(editorSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_errors);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    m_notice->setObjectName(u"eventsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    applyEditable();

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPage::showSelected);
    installRowMenu(m_table, [this](int row) { return contextMenu(row); });
    connect(m_editor, &EventEditor::saveRequested, this, &EventsPage::saveEvent);
    connect(m_editor, &EventEditor::openTemplatesRequested, this, &EventsPage::openTemplatesRequested);
    connect(m_new, &QPushButton::clicked, this, &EventsPage::createEvent);
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, &EventsPage::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &EventsPage::chooseExportFile);
    connect(m_pull, &QPushButton::clicked, this, &EventsPage::pullIntoLocal);
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"undo"_s)
            undoDelete();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const QString id = selectedEvent(); !id.isEmpty())
            Q_EMIT openTemplatesRequested(id);
    });
    // Ctrl+F and Ctrl+S are the window's Edit → Find and File → Save (searchField(),
    // saveChanges()).
    auto *remove = new QShortcut(QKeySequence::Delete, m_table, this, &EventsPage::deleteSelected);
    remove->setContext(Qt::WidgetShortcut);
    remove->setWhatsThis(tr("Delete the selected event"));

    connect(m_backend, &Backend::dataChanged, this, &EventsPage::reload);
    reload();
}

void EventsPage::setBackend(Backend *backend)
{
    if (!backend || backend == m_backend)
        return;
    disconnect(m_backend, &Backend::dataChanged, this, &EventsPage::reload);
    m_backend = backend;
    m_local = backend->local();
    connect(m_backend, &Backend::dataChanged, this, &EventsPage::reload);
    m_errors->clear();
    applyEditable();
    reload();
}

void EventsPage::applyEditable()
{
    const bool editable = m_local != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *> {m_new, m_import, m_export})
        w->setEnabled(editable);
    m_pull->setVisible(!editable && m_home);
    m_delete->setEnabled(editable && !selectedEvent().isEmpty());
    m_editor->setReadOnly(!editable);
    const QString notice = localOnlyNotice(*m_backend);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void EventsPage::pullIntoLocal()
{
    if (m_local || !m_home)
        return;
    const auto *remote = qobject_cast<RemoteBackend *>(m_backend);
    if (remote && remote->environment() == Environment::Production) {
        const auto answer = QMessageBox::question(
            this, tr("Copy from production"),
            tr("Copy the production workspace's events, templates and integrations into the local workspace? "
               "Nothing is sent, and the local contacts stay."));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_pull->setEnabled(false);
    showStatus(tr("Reading %1…").arg(m_backend->displayName()));
    pullRemoteWorkspace(*m_backend).then(this, [this, source = m_backend->displayName()](
                                                   const Result<RemoteWorkspace> &pulled) {
        m_pull->setEnabled(true);
        if (!pulled) {
            Error error = pulled.error();
            error.message = tr("Nothing was copied from %1: %2").arg(source, error.message);
            m_errors->showError(error);
            showStatus({});
            return;
        }
        // The user's own copy, at their word: waits for the local services' answers.
        const auto local = m_home->workspace();
        const auto fixture = m_home->exportFixture().result();
        if (!local || !fixture) {
            m_errors->showError(local ? fixture.error() : local.error());
            return;
        }
        ImportOptions options;
        options.keepContacts = true;
        const auto imported =
            m_home->importFixture(fixtureWithRemoteWorkspace(**local, (*fixture)["contacts"], *pulled), options).result();
        if (!imported) {
            Error error = imported.error();
            error.message = tr("The workspace of %1 could not be copied: %2").arg(source, error.message);
            m_errors->showError(error);
            showStatus({});
            return;
        }
        m_errors->clear();
        showStatus(tr("Copied %n event(s) from %1 into the local workspace", nullptr, int(pulled->events.size()))
                       .arg(source));
    });
}

QString EventsPage::title() const
{
    return tr("Events");
}

QWidget *EventsPage::searchField() const
{
    return m_search;
}

bool EventsPage::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

bool EventsPage::saveChanges()
{
    if (!m_editor->isModified())
        return true;
    saveEvent(m_editor->originalIdentifier(), m_editor->editedEvent());
    return !m_editor->isModified();
}

void EventsPage::reload()
{
    const QString selected = m_selectAfterReload.isEmpty() ? selectedEvent() : m_selectAfterReload;
    m_backend->events().then(this, [this, selected](const Result<QList<Event>> &events) {
        m_selectAfterReload.clear();
        if (!events) {
            showStatus(tr("Could not load events: %1").arg(events.error().message).toHtmlEscaped());
            return;
        }
        m_model->setEvents(events.value());
        m_count->setText(tr("%n event(s)", nullptr, int(events->size())));
        if (!selectEvent(selected) && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        showSelected();
    });
}

bool EventsPage::selectEvent(const QString &identifier)
{
    if (identifier.isEmpty())
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(EventListModel::IdentifierRole).toString() == identifier) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString EventsPage::selectedEvent() const
{
    return m_table->currentIndex().data(EventListModel::IdentifierRole).toString();
}

void EventsPage::showSelected()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const Event *e = m_model->eventAt(index.row());
    m_delete->setEnabled(m_local && e);
    if (!e) {
        m_editor->clearEvent();
        return;
    }
    // Don't throw away a form being edited because something else changed the workspace.
    if (m_editor->isModified() && m_editor->originalIdentifier() == e->identifier)
        return;
    m_editor->setEvent(*e, index.row());
}

bool EventsPage::write(const Workspace &workspace)
{
    const Status saved = m_local->replaceWorkspace(workspace).result(); // a save says at once whether it stored
    if (!saved) {
        m_editor->showError(saved.error());
        return false;
    }
    m_errors->clear();
    return true;
}

void EventsPage::saveEvent(const QString &originalIdentifier, const Event &edited)
{
    if (!m_local)
        return;
    auto ws = m_local->workspace();
    if (!ws) {
        m_editor->showError(ws.error());
        return;
    }
    Workspace next = **ws;
    if (!replaceEvent(next, originalIdentifier, edited)) {
        m_editor->showError(Error::validation(tr("“%1” is no longer in the workspace.").arg(originalIdentifier)));
        return;
    }
    // A rename changes the identifier the reload has to find again.
    m_selectAfterReload = edited.identifier;
    if (!write(next)) {
        m_selectAfterReload.clear();
        return; // the form keeps the edits, with the problems above them
    }
    m_editor->setEvent(edited, eventIndex(next, edited.identifier));
    selectEvent(edited.identifier);
    showStatus(tr("Saved “%1”.").arg(edited.name.toHtmlEscaped()));
}

bool EventsPage::createEvent()
{
    if (!m_local)
        return false;
    auto ws = m_local->workspace();
    if (!ws)
        return false;
    Workspace next = **ws;
    const Event created = newEvent(next, tr("New event"));
    next.events << created;
    m_selectAfterReload = created.identifier;
    if (!write(next)) {
        m_selectAfterReload.clear();
        return false;
    }
    m_search->clear();
    selectEvent(created.identifier);
    showSelected();
    m_editor->focusName();
    showStatus(tr("Created “%1”: name it, choose its channels, then write its templates.").arg(created.identifier));
    return true;
}

bool EventsPage::deleteSelected()
{
    const QString identifier = selectedEvent();
    if (!m_local || identifier.isEmpty())
        return false;
    auto ws = m_local->workspace();
    if (!ws)
        return false;
    Workspace next = **ws;
    if (!removeEvent(next, identifier))
        return false;
    // No confirmation dialog: the delete can be undone from the status line.
    const Workspace before = **ws;
    if (!write(next))
        return false;
    m_beforeDelete = before;
    showStatus(tr("Deleted “%1”.").arg(identifier.toHtmlEscaped()) + u" <a href=\"undo\">"_s + tr("Undo") + u"</a>"_s);
    return true;
}

bool EventsPage::undoDelete()
{
    if (!m_local || !m_beforeDelete)
        return false;
    const Workspace before = *std::exchange(m_beforeDelete, std::nullopt);
    if (!write(before))
        return false;
    showStatus(tr("Restored."));
    return true;
}

bool EventsPage::importFrom(const QString &path)
{
    if (!m_local)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors->showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QString problem;
    const auto json = parseJson(file.readAll(), &problem);
    if (!json) {
        m_errors->showMessage(
            tr("%1 is not valid JSON (%2). Nothing was imported.").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    // In the window an import never deletes the contacts being browsed; the fixture's
    // contacts become the baseline a reset returns to all the same.
    ImportOptions options;
    options.keepContacts = true;
    const auto imported = m_local->importFixture(*json, options).result();
    if (!imported) {
        Error error = imported.error();
        error.message = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), error.message);
        m_errors->showError(error);
        return false;
    }
    m_errors->clear();
    m_beforeDelete.reset();
    showStatus(tr("Imported %1: %n event(s)", nullptr, imported->events).arg(QFileInfo(path).fileName().toHtmlEscaped())
        + u", "_s + tr("%n contact(s) added", nullptr, imported->contactsCreated) + u", "_s
        + tr("%n updated", nullptr, imported->contactsUpdated) + u'.');
    return true;
}

bool EventsPage::exportTo(const QString &path)
{
    if (!m_local)
        return false;
    const auto fixture = m_local->exportFixture().result();
    if (!fixture) {
        m_errors->showError(fixture.error());
        return false;
    }
    // Atomic: an export over an older file never leaves half of each.
    QSaveFile file(path);
    const std::string text = fixture->dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit()) {
        m_errors->showMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_errors->clear();
    showStatus(tr("Exported the workspace to %1.").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    return true;
}

void EventsPage::chooseImportFile()
{
    const QString path = chooseFileToOpen(this, tr("Import workspace"), u"events/fixtureDir"_s,
                                          tr("Workspace fixtures (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    importFrom(path);
}

void EventsPage::chooseExportFile()
{
    const QString path = chooseFileToSave(this, tr("Export workspace"), u"events/fixtureDir"_s, u"workspace.json"_s,
                                          tr("Workspace fixtures (*.json)"), u"json"_s);
    if (path.isEmpty())
        return;
    exportTo(path);
}

void EventsPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

QMenu *EventsPage::contextMenu(int row)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"eventMenu"_s);
    const QString identifier = m_proxy->index(row, 0).data(EventListModel::IdentifierRole).toString();
    if (identifier.isEmpty())
        return menu;
    QAction *copy = menu->addAction(tr("Copy identifier"), this,
                                    [identifier] { QGuiApplication::clipboard()->setText(identifier); });
    copy->setObjectName(u"eventMenuCopyIdentifier"_s);
    QAction *deliveries = menu->addAction(tr("Show deliveries of %1").arg(identifier), this,
                                          [this, identifier] { Q_EMIT deliveriesRequested(identifier); });
    deliveries->setObjectName(u"eventMenuDeliveries"_s);
    return menu;
}

} // namespace sendivent::app
