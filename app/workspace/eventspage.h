#pragma once

#include "page.h"

#include <workspace/workspace.h>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace sendivent {
class Backend;
class LocalOperations;
} // namespace sendivent

namespace sendivent::app {

class ErrorBanner;
class EventEditor;
class EventListModel;

// The workspace's events: a searchable list, the selected event's details to edit,
// create / delete, and the workspace fixture's import and export (DESIGN §11).
// Every write goes through the local services (WorkspaceService), which check it as the API does;
// problems are listed inline and nothing is stored half-way.
class EventsPage final : public Page
{
    Q_OBJECT
public:
    // Editing needs the local workspace; with another backend the page only reads.
    explicit EventsPage(Backend *backend, QWidget *parent = nullptr);

    QString title() const override;
    QWidget *searchField() const override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    // Browses `backend`; editing, import and export only on the local one.
    void setBackend(Backend *backend) override;

    void reload();
    bool selectEvent(const QString &identifier);
    QString selectedEvent() const;

    // The file dialogs' work, callable without them (tests, drag and drop later).
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // While a remote is browsed: copies its events (with their templates) and
    // integrations into the local workspace, keeping the local contacts, senders and
    // secrets (issue 16). Production asks first.
    void pullIntoLocal();
    bool createEvent();
    bool deleteSelected();
    bool undoDelete();

    // The table's context menu for the (shown) `row`; the caller execs it.
    QMenu *contextMenu(int row);

Q_SIGNALS:
    void openTemplatesRequested(const QString &identifier);
    // "Deliveries of this event": the Deliveries page should show them.
    void deliveriesRequested(const QString &identifier);

private:
    void showSelected();
    void saveEvent(const QString &originalIdentifier, const Event &edited);
    bool write(const Workspace &workspace);
    void chooseImportFile();
    void chooseExportFile();
    void showStatus(const QString &text);
    void applyEditable();

    Backend *m_backend;
    LocalOperations *m_local;
    LocalOperations *m_home; // the local workspace, whichever backend is browsed
    EventListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QSplitter *m_splitter;
    EventEditor *m_editor;
    ErrorBanner *m_errors;
    QLabel *m_status;
    QLabel *m_notice;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_pull;
    std::optional<Workspace> m_beforeDelete; // for Undo
    QString m_selectAfterReload;
};

} // namespace sendivent::app
