#include "integrationspage.h"

#include "widgets/errorbanner.h"
#include "widgets/rowmenu.h"

#include <backend/backend.h>
#include <backend/backend.h>
#include <backend/localoperations.h>

#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QString configText(const Json &value)
{
    return value.is_string() ? toQt(value.get<std::string>()) : QString::fromUtf8(dumpJson(value));
}

Json configValue(const QString &text)
{
    if (auto parsed = parseJson(text.trimmed().toUtf8()); parsed && !parsed->is_string() && !text.trimmed().isEmpty())
        return *parsed;
    return toStd(text);
}

QString statusLabel(const QString &status)
{
    if (status == u"active"_s)
        return IntegrationsPage::tr("Active");
    if (status == u"inactive"_s)
        return IntegrationsPage::tr("Inactive");
    return status;
}

} // namespace

IntegrationsPage::IntegrationsPage(Backend *backend, QWidget *parent)
    : Page(parent)
    , m_backend(backend)
    , m_notice(new QLabel(this))
    , m_errors(new ErrorBanner(this))
    , m_list(new QTreeWidget(this))
    , m_form(new QGroupBox(this))
    , m_formTitle(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_config(new QTableWidget(0, 2, this))
    , m_secrets(new QVBoxLayout)
    , m_addSecret(new QPushButton(tr("Add secret"), this))
    , m_save(new QPushButton(tr("Save integration"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_planBox(new QGroupBox(tr("Plan"), this))
    , m_contactLimit(new QSpinBox(this))
    , m_sms(new QCheckBox(tr("SMS addon"), this))
    , m_whatsapp(new QCheckBox(tr("WhatsApp addon"), this))
    , m_savePlan(new QPushButton(tr("Save plan"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"integrationsPage"_s);
    m_notice->setObjectName(u"integrationsNotice"_s);
    m_errors->setObjectName(u"integrationErrors"_s);
    m_list->setObjectName(u"integrationList"_s);
    m_list->setAccessibleName(tr("Integrations"));
    m_provider->setObjectName(u"integrationProvider"_s);
    m_status->setObjectName(u"integrationStatus"_s);
    m_config->setObjectName(u"integrationConfig"_s);
    m_config->setAccessibleName(tr("Configuration"));
    m_addSecret->setObjectName(u"integrationAddSecret"_s);
    m_save->setObjectName(u"integrationSave"_s);
    m_remove->setObjectName(u"integrationRemove"_s);
    m_contactLimit->setObjectName(u"planContactLimit"_s);
    m_sms->setObjectName(u"planAddonSms"_s);
    m_whatsapp->setObjectName(u"planAddonWhatsapp"_s);
    m_savePlan->setObjectName(u"planSave"_s);
    m_message->setObjectName(u"integrationMessage"_s);

    m_notice->setWordWrap(true);
    m_list->setHeaderLabels({tr("Channel"), tr("Provider"), tr("Status"), tr("Settings")});
    // Not sortable: one row per integration in the workspace's order, which is the
    // order a send picks among two integrations of one channel.
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->headerItem()->setToolTip(
            column, tr("Listed in the workspace's order, the order a send picks integrations in; not sortable"));
    m_list->setRootIsDecorated(false);
    m_list->setStyleSheet(u"QTreeWidget#integrationList::item { padding: 4px 2px; }"_s);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 120);
    m_list->setColumnWidth(1, 120);
    m_list->setColumnWidth(2, 110);

    m_status->addItem(tr("Active"), u"active"_s);
    m_status->addItem(tr("Inactive"), u"inactive"_s);
    m_config->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_config->horizontalHeader()->setStretchLastSection(true);
    m_config->verticalHeader()->hide();
    m_config->setMinimumHeight(110);
    m_config->setToolTip(tr("Settings that are not secret (a region, a sender id). Empty rows are dropped."));
    auto *addConfig = new QPushButton(tr("Add setting"), this);
    addConfig->setObjectName(u"integrationAddConfig"_s);

    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    auto *secretsHint = new QLabel(
        tr("Secrets are stored in the local database and never shown again, nor sent by the API. Leave a stored "
           "secret empty to keep it."),
        this);
    secretsHint->setWordWrap(true);
    secretsHint->setForegroundRole(QPalette::PlaceholderText);

    auto *formLayout = new QFormLayout(m_form);
    formLayout->addRow(m_formTitle);
    formLayout->addRow(tr("Provider"), m_provider);
    formLayout->addRow(tr("Status"), m_status);
    auto *configBox = new QVBoxLayout;
    configBox->addWidget(m_config);
    configBox->addWidget(addConfig, 0, Qt::AlignLeft);
    formLayout->addRow(tr("Settings"), configBox);
    auto *secretsBox = new QVBoxLayout;
    secretsBox->addLayout(m_secrets);
    secretsBox->addWidget(m_addSecret, 0, Qt::AlignLeft);
    secretsBox->addWidget(secretsHint);
    formLayout->addRow(tr("Secrets"), secretsBox);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_remove);
    formButtons->addWidget(m_save);
    formLayout->addRow(formButtons);

    m_contactLimit->setRange(0, 100'000'000);
    m_contactLimit->setGroupSeparatorShown(true);
    m_contactLimit->setToolTip(tr("Creating a contact beyond this many answers 402 QUOTA_EXCEEDED"));
    auto *planLayout = new QFormLayout(m_planBox);
    planLayout->addRow(tr("Contact limit"), m_contactLimit);
    auto *addons = new QHBoxLayout;
    addons->addWidget(m_sms);
    addons->addWidget(m_whatsapp);
    addons->addStretch(1);
    planLayout->addRow(tr("Addons"), addons);
    auto *planButtons = new QHBoxLayout;
    planButtons->addStretch(1);
    planButtons->addWidget(m_savePlan);
    planLayout->addRow(planButtons);

    auto *title = new QLabel(tr("Integrations"), this);
    QFont pageTitle = title->font();
    pageTitle.setPointSizeF(pageTitle.pointSizeF() * 1.4);
    pageTitle.setBold(true);
    title->setFont(pageTitle);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_planBox);
    rightLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; scrolling follows

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"integrationsSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addWidget(m_errors);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &IntegrationsPage::showSelected);
    installRowMenu(m_list, [this](int row) { return contextMenu(row); });
    connect(addConfig, &QPushButton::clicked, this, [this] {
        const int row = m_config->rowCount();
        m_config->insertRow(row);
        m_config->setItem(row, 0, new QTableWidgetItem);
        m_config->setItem(row, 1, new QTableWidgetItem);
        m_config->editItem(m_config->item(row, 0));
    });
    connect(m_addSecret, &QPushButton::clicked, this, [this] { addSecretRow({}, false); });
    connect(m_save, &QPushButton::clicked, this, &IntegrationsPage::saveIntegration);
    connect(m_remove, &QPushButton::clicked, this, &IntegrationsPage::removeIntegration);
    connect(m_savePlan, &QPushButton::clicked, this, &IntegrationsPage::savePlan);

    m_backend = nullptr;
    setBackend(backend);
}

QString IntegrationsPage::title() const
{
    return tr("Integrations");
}

void IntegrationsPage::setBackend(Backend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_local = backend->local();
    connect(m_backend, &Backend::dataChanged, this, &IntegrationsPage::reload);
    m_notice->setText(m_local ? tr("The local workspace's integrations: sends on a channel need an active one. "
                                   "The local server emulates every provider; nothing reaches a real one.")
                              : tr("Read-only: the %1 API's integrations and plan are managed in the Sendivent "
                                   "dashboard, and the API never returns their secrets.")
                                    .arg(m_backend->displayName()));
    m_planBox->setVisible(m_local != nullptr);
    updateEditable();
    reload();
}

void IntegrationsPage::updateEditable()
{
    const bool editable = m_local != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_provider, m_status, m_config, m_addSecret, m_save, m_remove})
        w->setEnabled(editable);
    for (const SecretRow &r : std::as_const(m_secretRows))
        r.row->setEnabled(editable);
}

void IntegrationsPage::reload()
{
    const Channel selected = m_rows.value(m_list->indexOfTopLevelItem(m_list->currentItem()), Row{Channel::Email, -1})
                                 .channel;
    const int selectedIndex = m_rows.value(m_list->indexOfTopLevelItem(m_list->currentItem()), Row{Channel::Email, -1})
                                  .index;
    const auto fill = [this, selected, selectedIndex](const QList<Integration> &integrations) {
        m_integrations = integrations;
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        m_rows.clear();
        QTreeWidgetItem *current = nullptr;
        for (const Channel channel : kAllChannels) {
            bool any = false;
            for (qsizetype i = 0; i < m_integrations.size(); ++i) {
                const Integration &in = m_integrations[i];
                if (in.channel != channel)
                    continue;
                any = true;
                QStringList settings;
                for (auto it = in.config.begin(); it != in.config.end(); ++it)
                    settings << u"%1: %2"_s.arg(toQt(it.key()), configText(it.value()));
                auto *item = new QTreeWidgetItem(m_list, {channelName(channel), in.provider, statusLabel(in.status),
                                                          settings.join(u", "_s)});
                item->setForeground(2, in.isActive() ? QColor(0x1e, 0x7e, 0x3e) : palette().color(QPalette::PlaceholderText));
                m_rows.append({channel, int(i)});
                if (channel == selected && (selectedIndex < 0 || selectedIndex == i) && !current)
                    current = item;
            }
            if (!any) {
                auto *item = new QTreeWidgetItem(m_list, {channelName(channel), tr("—"), tr("Not configured"),
                                                          tr("Sends on this channel answer INTEGRATION_MISSING")});
                for (int c = 1; c < 4; ++c)
                    item->setForeground(c, palette().color(QPalette::PlaceholderText));
                m_rows.append({channel, -1});
                if (channel == selected && !current)
                    current = item;
            }
        }
        m_list->setCurrentItem(current ? current : m_list->topLevelItem(0));
        showSelected();
    };
    if (m_local) {
        auto ws = m_local->workspace();
        if (!ws) {
            m_errors->showError(ws.error());
            return;
        }
        m_plan = (*ws)->plan;
        m_contactLimit->setValue(m_plan.contactLimit);
        m_sms->setChecked(m_plan.hasAddon(u"sms"_s));
        m_whatsapp->setChecked(m_plan.hasAddon(u"whatsapp"_s));
        fill((*ws)->integrations); // with their secrets, which the form never shows
        return;
    }
    m_backend->integrations().then(this, [this, fill](const Result<QList<Integration>> &integrations) {
        if (!integrations) {
            m_errors->showError(integrations.error());
            return;
        }
        fill(*integrations);
    });
}

bool IntegrationsPage::selectChannel(Channel channel)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].channel == channel) {
            m_list->setCurrentItem(m_list->topLevelItem(int(i)));
            return true;
        }
    }
    return false;
}

void IntegrationsPage::showSelected()
{
    const int at = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (at < 0 || at >= m_rows.size())
        return;
    const Row row = m_rows[at];
    const Integration shown = row.index >= 0 ? m_integrations[row.index] : Integration{row.channel, {}, u"active"_s, {}, {}};
    m_formTitle->setText(row.index >= 0 ? tr("%1 integration").arg(channelName(row.channel))
                                        : tr("Set up %1").arg(channelName(row.channel)));
    m_provider->clear();
    for (const QString &p : channelProviders(row.channel))
        m_provider->addItem(p, p);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(shown.provider)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(shown.status)));
    m_config->setRowCount(0);
    for (auto it = shown.config.begin(); it != shown.config.end(); ++it) {
        const int r = m_config->rowCount();
        m_config->insertRow(r);
        m_config->setItem(r, 0, new QTableWidgetItem(toQt(it.key())));
        m_config->setItem(r, 1, new QTableWidgetItem(configText(it.value())));
    }
    for (const SecretRow &r : std::as_const(m_secretRows))
        delete r.row;
    m_secretRows.clear();
    for (auto it = shown.secrets.begin(); it != shown.secrets.end(); ++it)
        addSecretRow(toQt(it.key()), true);
    m_save->setText(row.index >= 0 ? tr("Save integration") : tr("Add integration"));
    m_remove->setVisible(row.index >= 0);
    updateEditable();
}

void IntegrationsPage::addSecretRow(const QString &key, bool stored)
{
    auto *row = new QWidget(m_form);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *keyEdit = new QLineEdit(key, row);
    keyEdit->setObjectName(u"integrationSecretKey"_s);
    keyEdit->setPlaceholderText(tr("name, e.g. secret_access_key"));
    auto *valueEdit = new QLineEdit(row);
    valueEdit->setObjectName(u"integrationSecretValue"_s);
    valueEdit->setEchoMode(QLineEdit::Password);
    valueEdit->setPlaceholderText(stored ? tr("stored — type to replace") : tr("value"));
    auto *remove = new QPushButton(tr("Remove"), row);
    layout->addWidget(keyEdit, 2);
    layout->addWidget(valueEdit, 3);
    layout->addWidget(remove);
    m_secrets->addWidget(row);
    m_secretRows.append({row, keyEdit, valueEdit, stored ? key : QString()});
    connect(remove, &QPushButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_secretRows.size(); ++i) {
            if (m_secretRows[i].row == row) {
                m_secretRows.removeAt(i);
                break;
            }
        }
        row->deleteLater();
    });
}

void IntegrationsPage::setSecret(const QString &key, const QString &value)
{
    for (const SecretRow &r : std::as_const(m_secretRows)) {
        if (r.key->text() == key) {
            r.value->setText(value);
            return;
        }
    }
    addSecretRow({}, false);
    m_secretRows.last().key->setText(key);
    m_secretRows.last().value->setText(value);
}

bool IntegrationsPage::write(const Workspace &workspace, const QString &done)
{
    const Status saved = m_local->replaceWorkspace(workspace).result(); // a save says at once whether it stored
    if (!saved) {
        m_errors->showError(saved.error(), u"integrations"_s);
        return false;
    }
    m_errors->clear();
    m_message->setText(done);
    reload(); // also when no change notifier is connected
    return true;
}

bool IntegrationsPage::saveIntegration()
{
    const int at = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (!m_local || at < 0 || at >= m_rows.size())
        return false;
    auto ws = m_local->workspace();
    if (!ws) {
        m_errors->showError(ws.error());
        return false;
    }
    Workspace next = **ws;
    const Row row = m_rows[at];
    Integration edited = row.index >= 0 ? next.integrations.value(row.index) : Integration{};
    const Json storedSecrets = edited.secrets;
    edited.channel = row.channel;
    edited.provider = m_provider->currentData().toString();
    edited.status = m_status->currentData().toString();
    edited.config = Json::object();
    for (int r = 0; r < m_config->rowCount(); ++r) {
        const QString key = m_config->item(r, 0) ? m_config->item(r, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            edited.config[toStd(key)] = configValue(m_config->item(r, 1) ? m_config->item(r, 1)->text() : QString());
    }
    edited.secrets = Json::object();
    for (const SecretRow &r : std::as_const(m_secretRows)) {
        const QString key = r.key->text().trimmed();
        if (key.isEmpty())
            continue;
        if (!r.value->text().isEmpty())
            edited.secrets[toStd(key)] = toStd(r.value->text());
        else if (!r.storedKey.isEmpty() && storedSecrets.contains(toStd(r.storedKey)))
            edited.secrets[toStd(key)] = storedSecrets[toStd(r.storedKey)];
    }
    if (row.index >= 0 && row.index < next.integrations.size())
        next.integrations[row.index] = edited;
    else
        next.integrations.append(edited);
    return write(next, tr("Saved the %1 integration (%2).").arg(channelName(edited.channel), edited.provider));
}

bool IntegrationsPage::removeIntegration()
{
    const int at = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (!m_local || at < 0 || at >= m_rows.size() || m_rows[at].index < 0)
        return false;
    auto ws = m_local->workspace();
    if (!ws)
        return false;
    Workspace next = **ws;
    const Integration removed = next.integrations.takeAt(m_rows[at].index);
    return write(next, tr("Removed the %1 integration (%2): sends on %1 now answer INTEGRATION_MISSING.")
                           .arg(channelName(removed.channel), removed.provider));
}

bool IntegrationsPage::savePlan()
{
    if (!m_local)
        return false;
    auto ws = m_local->workspace();
    if (!ws)
        return false;
    Workspace next = **ws;
    next.plan.contactLimit = m_contactLimit->value();
    next.plan.addons.clear();
    if (m_sms->isChecked())
        next.plan.addons << u"sms"_s;
    if (m_whatsapp->isChecked())
        next.plan.addons << u"whatsapp"_s;
    return write(next, tr("Saved the plan: %Ln contacts", nullptr, next.plan.contactLimit)
                           + (next.plan.addons.isEmpty() ? QString() : u", "_s + next.plan.addons.join(u", "_s)) + u'.');
}

QMenu *IntegrationsPage::contextMenu(int row)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"integrationMenu"_s);
    if (row < 0 || row >= m_rows.size())
        return menu;
    const Row r = m_rows[row];
    if (r.index >= 0) {
        const QString provider = m_integrations[r.index].provider;
        QAction *copy = menu->addAction(tr("Copy provider"), this,
                                        [provider] { QGuiApplication::clipboard()->setText(provider); });
        copy->setObjectName(u"integrationMenuCopyProvider"_s);
    }
    const Channel channel = r.channel;
    QAction *deliveries = menu->addAction(tr("Show deliveries on %1").arg(channelName(channel)), this,
                                          [this, channel] { Q_EMIT deliveriesRequested(channel); });
    deliveries->setObjectName(u"integrationMenuDeliveries"_s);
    return menu;
}

} // namespace sendivent::app
