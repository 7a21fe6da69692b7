#include "serverpage.h"

#include "apikeydialog.h"
#include "apikeyspanel.h"
#include "clockpanel.h"
#include "faultspanel.h"
#include "journalview.h"
#include "servercontroller.h"
#include "storagepanel.h"
#include "widgets/copyfeedback.h"
#include "widgets/theme.h"

#include <auth/apikey.h>
#include <backend/datasource.h>
#include <backend/localoperations.h>
#include <remote/httpsnippet.h>

#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QPushButton *copyButton(QWidget *parent, const QString &objectName, std::function<QString()> text)
{
    auto *button = new QPushButton(ServerPage::tr("Copy"), parent);
    button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, parent,
        [button, text = std::move(text)] { copyWithFeedback(button, text()); });
    return button;
}

} // namespace

ServerPage::ServerPage(QWidget *parent)
    : Page(parent)
    , m_state(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_keyEdit(new QLineEdit(this))
    , m_showKey(new QPushButton(tr("Show"), this))
    , m_limits(new QCheckBox(tr("Enforce the API's rate limits and quotas"), this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyUrl(new QLineEdit(this))
    , m_proxyKey(new QLineEdit(this))
    , m_proxyApply(new QPushButton(tr("Apply"), this))
    , m_proxyState(new QLabel(this))
    , m_clock(new ClockPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_journal(new JournalView(this))
    , m_keys(new ApiKeysPanel(this))
    , m_example(new QPlainTextEdit(this))
    , m_links(new QLabel(this))
    , m_faults(new FaultsPanel(this))
    , m_storage(new StoragePanel(this))
{
    setObjectName(u"serverPage"_s);
    m_state->setObjectName(u"serverState"_s);
    m_address->setObjectName(u"serverAddress"_s);
    m_address->setAccessibleName(tr("Server address"));
    m_keyEdit->setObjectName(u"serverKey"_s);
    m_showKey->setObjectName(u"serverShowKey"_s);
    m_limits->setObjectName(u"serverLimits"_s);
    m_proxyMode->setObjectName(u"proxyMode"_s);
    m_proxyUrl->setObjectName(u"proxyUrl"_s);
    m_proxyKey->setObjectName(u"proxyKey"_s);
    m_proxyApply->setObjectName(u"proxyApply"_s);
    m_proxyState->setObjectName(u"proxyState"_s);
    m_tabs->setObjectName(u"serverTabs"_s);
    m_example->setObjectName(u"serverExample"_s);
    m_links->setObjectName(u"serverLinks"_s);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *e : {m_address, m_keyEdit}) {
        e->setReadOnly(true);
        e->setFont(mono);
    }
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setToolTip(tr("A sandbox key made for this session only; it stops working when the console quits"));
    m_showKey->setCheckable(true);
    m_example->setReadOnly(true);
    m_example->setFont(mono);
    m_example->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_state->setTextFormat(Qt::RichText);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setWordWrap(true);

    m_limits->setToolTip(tr("Requests per second and notifications per day, per environment, as the real API "
                            "counts them (429 when over), and the plan's contact quota (402). Off: anything goes."));
    m_proxyMode->addItem(tr("Off — emulate the API locally"), u"off"_s);
    m_proxyMode->addItem(tr("Sandbox API"), u"sandbox"_s);
    m_proxyMode->addItem(tr("Production API"), u"production"_s);
    m_proxyMode->addItem(tr("Another URL"), u"url"_s);
    m_proxyMode->setToolTip(tr("Forward /v1 requests to a remote API with its key, journal them, and return "
                               "the remote's answers unchanged. /_local, /healthz and the local keys stay local."));
    m_proxyUrl->setPlaceholderText(u"https://api.example.com"_s);
    m_proxyKey->setEchoMode(QLineEdit::Password);
    m_proxyKey->setPlaceholderText(tr("Remote API key (test_… or live_…)"));
    m_proxyKey->setToolTip(tr("Kept in memory while the proxy runs; never written anywhere"));
    m_proxyApply->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_proxyState->setWordWrap(true);
    m_proxyState->setTextFormat(Qt::RichText);

    auto *title = new QLabel(tr("Local server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(copyButton(this, u"serverCopyAddress"_s, [this] { return m_url; }));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(copyButton(this, u"serverCopyKey"_s, [this] { return m_key; }));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 2);
    proxyRow->addWidget(m_proxyKey, 1);
    proxyRow->addWidget(m_proxyApply);
    proxyRow->addStretch(); // only while the URL fields are hidden: they stretch otherwise

    auto *form = new QFormLayout;
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Address"), addressRow);
    form->addRow(tr("Session key"), keyRow);
    form->addRow(tr("Limits"), m_limits);
    form->addRow(tr("Clock"), m_clock);
    form->addRow(tr("Proxy"), proxyRow);
    form->addRow(QString(), m_proxyState);

    // A readable column rather than fields stretched across a wide window.
    auto *header = new QWidget(this);
    header->setMaximumWidth(1000);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_faults->badge()); // shown only while a fault rule is active
    titleRow->addStretch(1);
    headerLayout->addLayout(titleRow);
    headerLayout->addLayout(form);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(header, 3);
    headerRow->addStretch(1);

    auto *tryIt = new QWidget(this);
    auto *exampleHeader = new QHBoxLayout;
    exampleHeader->addWidget(new QLabel(tr("Try it from a terminal:"), tryIt), 1);
    auto *copyExample = copyButton(this, u"serverCopyExample"_s, [this] {
        QString text = m_example->toPlainText();
        return m_key.isEmpty() ? text : text.replace(u'$' + kApiKeyVariable.toString(), m_key);
    });
    copyExample->setText(tr("Copy with the key"));
    exampleHeader->addWidget(copyExample);
    auto *tryLayout = new QVBoxLayout(tryIt);
    tryLayout->addLayout(exampleHeader);
    tryLayout->addWidget(m_example, 1);
    tryLayout->addWidget(m_links);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_journal, tr("Requests"));
    m_tabs->addTab(m_keys, tr("API keys"));
    m_tabs->addTab(tryIt, tr("Try it"));
    m_tabs->addTab(m_faults, tr("Faults"));
    m_tabs->addTab(m_storage, tr("Storage"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    connect(m_showKey, &QPushButton::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_limits, &QCheckBox::toggled, this, [this](bool on) {
        if (m_controller && on != m_controller->limitsEnabled())
            m_controller->setLimitsEnabled(on);
    });
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &ServerPage::proxyModeChanged);
    connect(m_proxyApply, &QPushButton::clicked, this, &ServerPage::applyProxy);
    setController(nullptr);
    proxyModeChanged();
    refresh();
}

QString ServerPage::title() const
{
    return tr("Server");
}

void ServerPage::setLocal(LocalOperations *local)
{
    m_local = local;
    m_clock->setBackend(local);
    m_journal->setLocal(local);
    m_keys->setLocal(local);
    m_storage->setLocal(local);
}

void ServerPage::setController(ServerController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    for (QWidget *w : std::initializer_list<QWidget *> {m_limits, m_proxyMode, m_proxyUrl, m_proxyKey, m_proxyApply})
        w->setEnabled(controller != nullptr);
    if (controller) {
        const QSignalBlocker blocker(m_limits);
        m_limits->setChecked(controller->limitsEnabled());
        connect(controller, &ServerController::limitsChanged, this, [this](bool on) {
            const QSignalBlocker b(m_limits);
            m_limits->setChecked(on);
        });
        connect(controller, &ServerController::proxyChanged, this, &ServerPage::showProxyState);
        connect(controller, &ServerController::exchangesFinished, m_journal, &JournalView::scheduleReload);
    }
    m_faults->setFaults(controller ? controller->faults() : nullptr);
    m_storage->setController(controller);
    showProxyState();
}

void ServerPage::setDataSource(DataSource *source)
{
    m_source = source;
}

void ServerPage::setServerStatus(const QString &urlOrError, bool running)
{
    m_running = running;
    m_url = running ? urlOrError : QString();
    m_error = running ? QString() : urlOrError;
    m_journal->setBaseUrl(m_url);
    refresh();
}

void ServerPage::setApiKey(const QString &key)
{
    m_key = key;
    m_journal->setReplayKey(key);
    refresh();
}

void ServerPage::proxyModeChanged()
{
    const bool url = m_proxyMode->currentData().toString() == u"url"_s;
    m_proxyUrl->setVisible(url);
    m_proxyKey->setVisible(url);
}

void ServerPage::applyProxy()
{
    if (!m_controller)
        return;
    const QString mode = m_proxyMode->currentData().toString();
    if (mode == u"off"_s) {
        m_controller->setProxy(std::nullopt);
        return;
    }
    if (mode == u"url"_s) {
        const QUrl url(m_proxyUrl->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            showProxyProblem(tr("Enter the remote API's address, starting with https:// or http://"));
            return;
        }
        const QString key = m_proxyKey->text().trimmed();
        const auto environment = environmentOfKey(key);
        if (!environment) {
            showProxyProblem(tr("Enter the remote API's key: it starts with test_ (sandbox) or live_ (production)"));
            return;
        }
        startProxy(url, key, *environment == Environment::Production);
        return;
    }
    const Environment environment = mode == u"production"_s ? Environment::Production : Environment::Sandbox;
    if (!m_source || !m_source->credentials()) {
        showProxyProblem(tr("The remote APIs are not set up in this window"));
        return;
    }
    const QUrl url = m_source->remoteUrl(environment);
    m_source->credentials()->read(environment).then(this,
        [this, environment, url](const Result<std::optional<QString>> &key) {
            if (!key) {
                showProxyProblem(key.error().message);
                return;
            }
            if (!key->has_value()) {
                askProxyKey(environment, url);
                return;
            }
            startProxy(url, **key, environment == Environment::Production);
        });
}

void ServerPage::askProxyKey(Environment environment, const QUrl &url)
{
    CredentialStore *credentials = m_source->credentials();
    auto *dialog = new ApiKeyDialog(environment, credentials->keychainAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, environment, url] {
        const QString key = dialog->key();
        if (m_source && m_source->credentials())
            m_source->credentials()->write(environment, key); // the keychain's answer is not awaited
        startProxy(url, key, environment == Environment::Production);
    });
    dialog->open();
}

void ServerPage::startProxy(const QUrl &url, const QString &key, bool production)
{
    if (!m_controller)
        return;
    if (!production) {
        m_controller->setProxy(server::ProxyTarget {url, key});
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forward to production?"),
                                tr("Every /v1 request to this server will go to the production API at %1 with "
                                   "its key: sends reach real people and count against the production quota.")
                                    .arg(url.toDisplayString()),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmProductionProxy"_s);
    QPushButton *forward = box->addButton(tr("Forward to production"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, forward, url, key] {
        if (box->clickedButton() == forward && m_controller)
            m_controller->setProxy(server::ProxyTarget {url, key});
        else
            showProxyState();
    });
    box->open();
}

void ServerPage::showProxyState()
{
    const theme::Colors colors = theme::colors(palette());
    m_faults->setProxying(m_controller && !m_controller->proxyUrl().isEmpty());
    if (!m_controller) {
        m_proxyState->setText(QString());
        return;
    }
    const QUrl target = m_controller->proxyUrl();
    if (target.isEmpty()) {
        m_proxyState->setText(tr("Off: /v1 is answered by the local emulation."));
        return;
    }
    m_proxyState->setText(u"<span style=\"color:%1\">⇄</span> %2"_s.arg(
        colors.success.name(), tr("Forwarding /v1 to %1").arg(target.toDisplayString()).toHtmlEscaped()));
}

void ServerPage::showProxyProblem(const QString &message)
{
    m_proxyState->setText(
        u"<span style=\"color:%1\">%2</span>"_s.arg(theme::colors(palette()).error.name(), message.toHtmlEscaped()));
}

void ServerPage::refresh()
{
    const theme::Colors colors = theme::colors(palette());
    const QColor dot = m_running ? colors.success : colors.error;
    const QString state = m_running ? tr("Running") : tr("Not running");
    QString html = u"<span style=\"color:%1\">●</span> %2"_s.arg(dot.name(), state.toHtmlEscaped());
    if (!m_running && !m_error.isEmpty())
        html += u" — "_s + m_error.toHtmlEscaped();
    m_state->setText(html);
    m_address->setText(m_url);
    m_keyEdit->setText(m_key);
    m_keyEdit->setPlaceholderText(m_key.isEmpty() ? tr("none") : QString());
    const QString base = m_url.isEmpty() ? u"http://127.0.0.1:8787"_s : m_url;
    // The key stays out of sight here ($SENDIVENT_API_KEY, as in every snippet); "Copy
    // with the key" puts the runnable command, key included, on the clipboard.
    m_example->setPlainText(curlSnippet({u"GET"_s, base + u"/v1/events"_s, {}}) + u"\n\n"_s
                            + curlSnippet({u"POST"_s, base + u"/v1/send/order.confirmed"_s,
                                           R"({"to": "jane@example.com", "payload": {"order_id": 1042}})"}));
    m_links->setText(m_running ? tr("The API's description: <a href=\"%1/openapi.json\">%1/openapi.json</a> · health: "
                                    "<a href=\"%1/healthz\">%1/healthz</a>")
                                     .arg(m_url.toHtmlEscaped())
                               : QString());
}

} // namespace sendivent::app
