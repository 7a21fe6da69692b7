#pragma once

#include "page.h"

#include <contacts/contact.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class ContactDialog;
class ContactsCsvJob;
class ContactsModel;
class ErrorBanner;

// The contacts of the current backend: a table that loads a page at a time (a
// million contacts scroll as smoothly as ten), a search that runs as the user types,
// create and edit in a dialog, GDPR erasure after a confirmation, and CSV import
// (with a per-row report) and export.
class ContactsPage final : public Page
{
    Q_OBJECT
public:
    explicit ContactsPage(Backend *backend, QWidget *parent = nullptr);

    QString title() const override;
    QWidget *searchField() const override;
    void setBackend(Backend *backend) override;

    ContactsModel *model() const { return m_model; }
    QString selectedUuid() const;
    bool selectContact(const QString &uuid);
    // Selects the contact, searching for it by email or phone when it is not loaded.
    void showContact(const Contact &contact);

    // The dialogs open window-modal and return at once; the dialog is returned for
    // callers that drive it (tests).
    ContactDialog *createContact();
    ContactDialog *editSelected();
    // Asks first; the erasure runs when the user confirms.
    void deleteSelected();
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // The table's context menu for `row` (not shown: the caller execs it, tests trigger
    // its actions by objectName).
    QMenu *contextMenu(int row);

Q_SIGNALS:
    // "Deliveries" on a contact: the Deliveries page should show that contact's.
    void deliveriesRequested(const QString &contactUuid);

private:
    void searchNow();
    void updateCount();
    void updateButtons();
    ContactDialog *openDialog(const std::optional<Contact> &contact);
    void erase(const QString &uuid, const QString &label);
    void startJob(ContactsCsvJob *job, const QString &what);
    void jobFinished(const QString &error, bool importing);
    void chooseImportFile();
    void chooseExportFile();
    void showStatus(const QString &text);
    // Hides the import's problems: the close button, and whatever the user does next.
    void dismissReport();

    Backend *m_backend;
    ContactsModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_deliveries;
    QPushButton *m_import;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    ErrorBanner *m_errors;
    QPlainTextEdit *m_report;
    QWidget *m_reportPane; // m_report under a title with a close button
    QLabel *m_status;
    QTimer m_debounce;
    QPointer<ContactsCsvJob> m_job;
    QString m_selectAfterLoad;
};

} // namespace sendivent::app
