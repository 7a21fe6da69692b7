#include "gotoanything.h"

#include <backend/backend.h>
#include <backend/localoperations.h>
#include <webhooks/webhookmessage.h>

#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QStringListModel>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QGraphicsDropShadowEffect>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kRecentKey = "goTo/recent";
constexpr int kWidth = 560;

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool isNotFound(const Error &error)
{
    return error.code == ErrorCode::NotFound || error.code == ErrorCode::DeliveryNotFound
        || error.code == ErrorCode::ContactNotFound;
}

} // namespace

GoToAnything::GoToAnything(Backend *backend, QWidget *parent)
    : QFrame(parent)
    , m_backend(backend)
    , m_input(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_recentModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_recentModel, this))
{
    setObjectName(u"goToAnything"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_input->setObjectName(u"goToAnythingInput"_s);
    m_message->setObjectName(u"goToAnythingMessage"_s);
    m_input->setClearButtonEnabled(true);
    m_input->setPlaceholderText(tr("Go to: delivery or contact UUID, email, phone, external id, message id, msg_…, req_…"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_input->setCompleter(m_completer);
    m_recentModel->setStringList(recent());

    // Lifted off the page it covers.
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);
    auto *heading = new QLabel(tr("Go to anything"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(heading);
    layout->addWidget(m_input);
    layout->addWidget(m_message);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { go(m_input->text()); });
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        ++m_lookup;
        m_message->setText(tr("Enter to go; Esc to close. Recent lookups are offered as you type."));
    });
    hide();
    // Ctrl+K reaches the window from every page, whatever has focus (a line edit
    // would otherwise take it as "delete to the end of the line").
    qApp->installEventFilter(this);
}

GoToAnything::~GoToAnything()
{
    qApp->removeEventFilter(this);
}

void GoToAnything::setBackend(Backend *backend)
{
    m_backend = backend;
    ++m_lookup;
}

QStringList GoToAnything::recent() const
{
    return QSettings().value(QLatin1StringView(kRecentKey)).toStringList();
}

bool GoToAnything::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != parentWidget()->window())
        return false;
    if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier) {
        open();
        return true;
    }
    if (key->key() == Qt::Key_Escape && isVisible() && (widget == m_input || isAncestorOf(widget))
        && !m_completer->popup()->isVisible()) {
        hide();
        return true;
    }
    return false;
}

void GoToAnything::open()
{
    place();
    show();
    raise();
    m_recentModel->setStringList(recent());
    if (m_message->text().isEmpty())
        m_message->setText(tr("Enter to go; Esc to close. Recent lookups are offered as you type."));
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void GoToAnything::place()
{
    const QWidget *host = parentWidget();
    const int width = std::min(kWidth, host->width() - 40);
    resize(width, sizeHint().height());
    move((host->width() - width) / 2, 60);
}

void GoToAnything::go(const QString &input)
{
    const QString text = input.trimmed();
    const quint64 lookup = ++m_lookup;
    if (text.isEmpty())
        return;
    m_message->setText(tr("Looking up “%1”…").arg(text));
    LocalOperations *local = m_backend ? m_backend->local() : nullptr;
    const QString name = m_backend->displayName();
    if (text.startsWith(u"req_"_s)) {
        if (!m_requestLookup)
            return notFound(tr("Request ids are in the local server's request journal; the %1 API keeps none.").arg(name));
        if (!m_requestLookup(text))
            return notFound(tr("No request %1 in the request journal.").arg(text));
        return found(text);
    }
    if (text.startsWith(u"msg_"_s)) {
        if (!local)
            return notFound(tr("Webhook messages are the local server's; the %1 API cannot look them up.").arg(name));
        WebhookAttemptFilter byId;
        byId.messageId = text;
        local->webhookAttempts(1, byId).then(this, [this, text, lookup](const Result<QList<WebhookAttemptEntry>> &list) {
            if (lookup != m_lookup)
                return;
            if (!list)
                return notFound(list.error().message);
            for (const WebhookAttemptEntry &entry : *list) {
                if (entry.messageId == text) {
                    found(text);
                    Q_EMIT webhookMessageFound(text);
                    return;
                }
            }
            notFound(tr("No attempt of webhook message %1 was recorded.").arg(text));
        });
        return;
    }
    if (isUuid(text)) {
        const QString uuid = text.toLower();
        m_backend->deliveryTrace(uuid).then(this, [this, uuid, lookup](const Result<DeliveryTrace> &trace) {
            if (lookup != m_lookup)
                return;
            if (trace) {
                found(uuid);
                Q_EMIT deliveryFound(uuid);
            } else if (isNotFound(trace.error())) {
                lookUpContact(uuid, lookup, true);
            } else {
                notFound(trace.error().message);
            }
        });
        return;
    }
    lookUpContact(text, lookup, false);
}

void GoToAnything::lookUpContact(const QString &text, quint64 lookup, bool uuid)
{
    m_backend->contact(text).then(this, [this, text, lookup, uuid](const Result<Contact> &contact) {
        if (lookup != m_lookup)
            return;
        if (contact) {
            found(text);
            Q_EMIT contactFound(*contact);
        } else if (!isNotFound(contact.error()) && contact.error().code != ErrorCode::ValidationError) {
            notFound(contact.error().message);
        } else if (uuid) {
            notFound(tr("No delivery or contact has the UUID %1.").arg(text));
        } else {
            lookUpDeliveries(text, lookup);
        }
    });
}

// Not a contact: a provider message id, or the start of a recipient. The remote API
// cannot search its deliveries.
void GoToAnything::lookUpDeliveries(const QString &text, quint64 lookup)
{
    if (!m_backend->isLocal()) {
        return notFound(tr("No contact “%1”. The %2 API finds deliveries by UUID only, not by message id or "
                           "recipient.")
                            .arg(text, m_backend->displayName()));
    }
    DeliveryQuery query;
    query.search = text;
    query.limit = 2;
    m_backend->deliveries(query).then(this, [this, text, lookup](const Result<DeliveryPage> &page) {
        if (lookup != m_lookup)
            return;
        if (!page)
            return notFound(page.error().message);
        if (page->total == 0)
            return notFound(tr("Nothing found for “%1”: no delivery, contact, message or request has it.").arg(text));
        found(text);
        if (page->total == 1)
            Q_EMIT deliveryFound(page->deliveries.first().uuid);
        else
            Q_EMIT deliveriesFound(text);
    });
}

void GoToAnything::found(const QString &text)
{
    QStringList list = recent();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > kRecentLookups)
        list.removeLast();
    QSettings().setValue(QLatin1StringView(kRecentKey), list);
    m_recentModel->setStringList(list);
    m_message->clear();
    hide();
}

void GoToAnything::notFound(const QString &why)
{
    m_message->setText(why);
    m_input->setFocus();
    m_input->selectAll();
}

} // namespace sendivent::app
