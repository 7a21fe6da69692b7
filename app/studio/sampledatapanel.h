#pragma once

#include <base/json.h>
#include <contacts/contact.h>
#include <workspace/workspace.h>

#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace sendivent::app {

class CodeEditor;

// The data a preview renders with: a contact (picked from the local contacts, or
// typed as the JSON a send's `to` takes), the payload JSON and the sender. Invalid
// JSON is marked where it is wrong; the last valid data stays in use meanwhile.
class SampleDataPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SampleDataPanel(QWidget *parent = nullptr);

    void setContacts(const QList<Contact> &contacts);
    void setSenders(const QList<Sender> &senders);
    void setPayloadText(const QString &text);
    QString payloadText() const;

    // Selects the contact with this uuid; false when it is not in the list.
    bool selectContact(const QString &uuid);
    QString selectedContactUuid() const;
    // False when there are no contacts to pick.
    bool selectFirstContact();

    // The last valid payload object (while the text is being fixed, the one before).
    Json payload() const;
    bool isPayloadValid() const { return m_payloadValid; }
    // The contact as a send would see it after upserting the typed JSON onto the
    // picked contact; the last valid one while the JSON is being fixed.
    Contact contact() const;
    bool isContactValid() const { return m_contactValid; }
    // The typed JSON, for a send's `to`; nullopt while it is invalid.
    std::optional<Json> recipient() const;
    // The chosen verified sender; nullopt: the channel's default, as a send without
    // `from` picks it.
    std::optional<Sender> sender() const;

Q_SIGNALS:
    void changed();
    void skeletonRequested();

private:
    void contactPicked();
    void validateContact();
    void validatePayload();

    QList<Contact> m_contacts;
    QList<Sender> m_senders;
    QComboBox *m_contactCombo;
    CodeEditor *m_contactJson;
    QLabel *m_contactProblem;
    CodeEditor *m_payload;
    QLabel *m_payloadProblem;
    QComboBox *m_senderCombo;
    Contact m_contact;
    Json m_recipient = Json::object();
    Json m_payloadValue = Json::object();
    bool m_contactValid = false;
    bool m_payloadValid = false;
};

} // namespace sendivent::app
