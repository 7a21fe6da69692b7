#include "apikeyspanel.h"

#include "widgets/copyfeedback.h"
#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <auth/apikey.h>
#include <backend/localoperations.h>

#include <QtCore/QLocale>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

ApiKeysPanel::ApiKeysPanel(QWidget *parent)
    : QWidget(parent)
    , m_keys(new QTreeWidget(this))
    , m_label(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_create(new QPushButton(tr("Create key"), this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
    , m_newKeyPanel(new QFrame(this))
    , m_newKey(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"apiKeysPanel"_s);
    m_keys->setObjectName(u"keysTable"_s);
    m_label->setObjectName(u"keyLabel"_s);
    m_environment->setObjectName(u"keyEnvironment"_s);
    m_create->setObjectName(u"keyCreate"_s);
    m_revoke->setObjectName(u"keyRevoke"_s);
    m_newKeyPanel->setObjectName(u"newKeyPanel"_s);
    m_newKey->setObjectName(u"newKey"_s);
    m_problem->setObjectName(u"keyProblem"_s);

    m_keys->setHeaderLabels({tr("Key"), tr("Label"), tr("Environment"), tr("Created")});
    m_keys->setRootIsDecorated(false);
    m_keys->setAlternatingRowColors(true);
    m_keys->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keys->header()->setStretchLastSection(true);
    m_label->setPlaceholderText(tr("Label, e.g. “CI” or “Jane's laptop”"));
    m_environment->addItem(tr("Sandbox (test_)"), environmentName(Environment::Sandbox));
    m_environment->addItem(tr("Production (live_)"), environmentName(Environment::Production));
    m_environment->setToolTip(tr("Production keys act as production here too: their deliveries are marked "
                                 "production and the production limits apply. Nothing leaves this computer."));
    m_revoke->setEnabled(false);
    m_revoke->setToolTip(tr("Requests with the selected key are refused (401) from now on"));

    // The new key: shown once, with a copy button, until dismissed.
    m_newKeyPanel->setFrameShape(QFrame::StyledPanel);
    m_newKey->setReadOnly(true);
    m_newKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *newKeyText = new QLabel(tr("Your new key. Copy it now: it is shown only this once, "
                                     "the console keeps nothing but its hash."),
                                  m_newKeyPanel);
    newKeyText->setWordWrap(true);
    auto *copy = new QPushButton(tr("Copy"), m_newKeyPanel);
    copy->setObjectName(u"newKeyCopy"_s);
    auto *done = new QPushButton(tr("Done"), m_newKeyPanel);
    done->setObjectName(u"newKeyDone"_s);
    auto *newKeyRow = new QHBoxLayout;
    newKeyRow->addWidget(m_newKey, 1);
    newKeyRow->addWidget(copy);
    newKeyRow->addWidget(done);
    auto *newKeyLayout = new QVBoxLayout(m_newKeyPanel);
    newKeyLayout->addWidget(newKeyText);
    newKeyLayout->addLayout(newKeyRow);
    m_newKeyPanel->hide();

    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_label, 1);
    createRow->addWidget(m_environment);
    createRow->addWidget(m_create);
    createRow->addSpacing(12);
    createRow->addWidget(m_revoke);

    auto *intro = new QLabel(tr("Keys your apps and tests use with this server. Keys given with --api-key "
                                "and the console's own session key are not listed: they last for this run only."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(createRow);
    layout->addWidget(m_newKeyPanel);
    layout->addWidget(m_problem);
    layout->addWidget(m_keys, 1);

    connect(m_create, &QPushButton::clicked, this, &ApiKeysPanel::createRequested);
    connect(TimeFormat::instance(), &TimeFormat::changed, this, &ApiKeysPanel::reload);
    connect(m_label, &QLineEdit::returnPressed, this, &ApiKeysPanel::createRequested);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPanel::revokeRequested);
    connect(copy, &QPushButton::clicked, this, [this, copy] { copyWithFeedback(copy, m_newKey->text()); });
    connect(done, &QPushButton::clicked, this, [this] {
        m_newKey->clear();
        m_newKeyPanel->hide();
    });
    connect(m_keys, &QTreeWidget::currentItemChanged, this,
        [this] { m_revoke->setEnabled(m_local && selectedKey() != 0); });
    setLocal(nullptr);
}

ApiKeysPanel::~ApiKeysPanel() = default;

void ApiKeysPanel::setLocal(LocalOperations *local)
{
    m_local = local;
    m_create->setEnabled(m_local != nullptr);
    reload();
}

void ApiKeysPanel::reload()
{
    const quint64 reload = ++m_reloads;
    if (!m_local) {
        m_keys->clear();
        return;
    }
    m_local->apiKeys().then(this, [this, reload](const Result<QList<ApiKey>> &keys) {
        if (reload == m_reloads)
            showKeys(keys);
    });
}

void ApiKeysPanel::showKeys(const Result<QList<ApiKey>> &keys)
{
    const qint64 selected = selectedKey();
    m_keys->clear();
    if (!keys) {
        showProblem(tr("Could not read the keys: %1").arg(keys.error().message));
        return;
    }
    for (const ApiKey &key : *keys) {
        auto *item = new QTreeWidgetItem(m_keys);
        item->setText(0, key.prefix);
        item->setText(1, key.label);
        item->setText(2, key.environment == Environment::Production ? tr("production") : tr("sandbox"));
        item->setText(3, TimeFormat::text(key.createdAt));
        item->setToolTip(3, TimeFormat::iso(key.createdAt));
        item->setData(0, kIdRole, key.id);
        item->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (key.id == selected)
            m_keys->setCurrentItem(item);
    }
    m_revoke->setEnabled(selectedKey() != 0);
}

qint64 ApiKeysPanel::selectedKey() const
{
    const QTreeWidgetItem *item = m_keys->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

Result<QString> ApiKeysPanel::createKey(Environment environment, const QString &label)
{
    if (!m_local)
        return Error{ErrorCode::ServerError, tr("The local database is not open"), {}};
    // At the user's word, with the key to show: waits for the local services' answer.
    auto key = m_local->createApiKey(environment, label.trimmed()).result();
    if (!key) {
        showProblem(tr("Could not create the key: %1").arg(key.error().message));
        return key;
    }
    m_problem->hide();
    m_newKey->setText(*key);
    m_newKeyPanel->show();
    m_label->clear();
    reload();
    return key;
}

Status ApiKeysPanel::revokeKey(qint64 id)
{
    if (!m_local)
        return Error{ErrorCode::ServerError, tr("The local database is not open"), {}};
    const Status revoked = m_local->revokeApiKey(id).result();
    if (!revoked)
        showProblem(tr("Could not revoke the key: %1").arg(revoked.error().message));
    else
        m_problem->hide();
    reload();
    return revoked;
}

void ApiKeysPanel::createRequested()
{
    const Environment environment = m_environment->currentData().toString() == environmentName(Environment::Production)
                                        ? Environment::Production
                                        : Environment::Sandbox;
    (void)createKey(environment, m_label->text());
}

void ApiKeysPanel::revokeRequested()
{
    const QTreeWidgetItem *item = m_keys->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    // Revoking cannot be undone (only the hash was kept), so it asks first.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Revoke API key?"),
                                tr("Requests with %1 (%2) will be refused from now on. This cannot be undone.")
                                    .arg(item->text(0), item->text(1).isEmpty() ? tr("no label") : item->text(1)),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRevoke"_s);
    QPushButton *revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, revoke, id] {
        if (box->clickedButton() == revoke)
            (void)revokeKey(id);
    });
    box->open();
}

void ApiKeysPanel::showProblem(const QString &message)
{
    m_problem->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(theme::colors(palette()).error.name(),
                                                                   message.toHtmlEscaped()));
    m_problem->show();
}

} // namespace sendivent::app
