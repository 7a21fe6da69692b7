#pragma once

#include <contacts/contact.h>
#include <contacts/contactinput.h>

#include <QtWidgets/QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class ErrorBanner;

// Creates or edits one contact: its identifiers and profile, its meta (key/value)
// and its push tokens. Email and phone are checked as the API checks them while
// typing; what the backend refuses (a conflict, the quota) is shown in the dialog,
// which keeps the edits. It closes once everything is written.
class ContactDialog final : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(Backend *backend, std::optional<Contact> contact, QWidget *parent = nullptr);

    QLineEdit *field(const QString &name) const;
    // The form's problems (empty when it can be saved), as shown under the fields.
    QStringList problems() const;
    // The request the form amounts to: every field for a new contact, only what
    // changed for an existing one.
    ContactInput input() const;

    void addMetaRow(const QString &key, const QString &value);
    void addToken(const QString &token);

    // OK: validates, writes, closes on success.
    void save();

Q_SIGNALS:
    void saved(const sendivent::Contact &contact);
    // "Deliveries" (an existing contact): the dialog closes; that contact's deliveries
    // should be shown.
    void deliveriesRequested(const QString &contactUuid);

private:
    void validate();
    void writeTokens(const QString &uuid, QStringList add, QStringList remove);
    void finished(const Contact &contact);
    void failed(const Error &error);
    QMap<QString, QString> metaRows() const;

    Backend *m_backend;
    std::optional<Contact> m_original;
    QMap<QString, QLineEdit *> m_fields;
    QMap<QString, QLabel *> m_fieldErrors;
    QTableWidget *m_meta;
    QListWidget *m_tokens;
    QLineEdit *m_newToken;
    ErrorBanner *m_errors;
    QPushButton *m_ok;
    bool m_saving = false;
};

} // namespace sendivent::app
