#pragma once

#include <contacts/contact.h>

#include <QtWidgets/QFrame>

#include <functional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// "Go to anything" (Ctrl+K from every page): one field that takes a delivery UUID, a
// contact's email, phone, UUID or external id, a provider message id, a webhook
// message id (msg_…) or a request id (req_…), looks it up and says where it is; the
// window then shows it on its page. Not found is said inline. Lookups that found
// something are remembered (QSettings "goTo/recent") and offered as completions.
class GoToAnything final : public QFrame
{
    Q_OBJECT
public:
    explicit GoToAnything(Backend *backend, QWidget *parent);
    ~GoToAnything() override;

    void setBackend(Backend *backend);
    // Whether a request id is in the local server's journal (and shows it there);
    // unset without a local server.
    void setRequestLookup(std::function<bool(const QString &)> lookup) { m_requestLookup = std::move(lookup); }

    // Shows the field over the top of the parent, focused, text selected.
    void open();
    // Looks `text` up (what Enter does).
    void go(const QString &text);
    QStringList recent() const;

    static constexpr int kRecentLookups = 10;

Q_SIGNALS:
    void deliveryFound(const QString &uuid);
    void contactFound(const sendivent::Contact &contact);
    // Several deliveries match (a provider message id): the Deliveries page searches.
    void deliveriesFound(const QString &search);
    void webhookMessageFound(const QString &messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUpContact(const QString &text, quint64 lookup, bool uuid);
    void lookUpDeliveries(const QString &text, quint64 lookup);
    void found(const QString &text);
    void notFound(const QString &why);
    void place();

    Backend *m_backend;
    QLineEdit *m_input;
    QLabel *m_message;
    QStringListModel *m_recentModel;
    QCompleter *m_completer;
    std::function<bool(const QString &)> m_requestLookup;
    quint64 m_lookup = 0; // answers to an older lookup are dropped
};

} // namespace sendivent::app
