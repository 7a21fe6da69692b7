#include "contactsdialog.h"

#include "widgets/errorbanner.h"

#include <backend/backend.h>
#include <base/validation.h>

#include <QtCore/QCoreApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The form's fields in the API's spelling, in the order shown.
struct FieldSpec
{
    const char *name;
    const char *label;
    const char *placeholder;
};
constexpr FieldSpec kFields[] = {
    {"name", QT_TRANSLATE_NOOP("ContactDialog", "Name"), ""},
    {"email", QT_TRANSLATE_NOOP("ContactDialog", "Email"), "jane@example.com"},
    {"phone", QT_TRANSLATE_NOOP("ContactDialog", "Phone"), "+46701234567"},
    {"externalId", QT_TRANSLATE_NOOP("ContactDialog", "External id"), ""},
    {"username", QT_TRANSLATE_NOOP("ContactDialog", "Username"), ""},
    {"avatar", QT_TRANSLATE_NOOP("ContactDialog", "Avatar URL"), "https://"},
    {"slack", QT_TRANSLATE_NOOP("ContactDialog", "Slack user ID"), "U0123ABCD"},
    {"telegram", QT_TRANSLATE_NOOP("ContactDialog", "Telegram user ID"), ""},
    {"discord", QT_TRANSLATE_NOOP("ContactDialog", "Discord user ID"), ""},
};

QString storedValue(const Contact &c, const QString &name)
{
    if (name == u"name"_s) return c.name;
    if (name == u"email"_s) return c.email;
    if (name == u"phone"_s) return c.phone;
    if (name == u"externalId"_s) return c.externalId;
    if (name == u"username"_s) return c.username;
    if (name == u"avatar"_s) return c.avatar;
    if (name == u"slack"_s) return c.slack;
    if (name == u"telegram"_s) return c.telegram;
    if (name == u"discord"_s) return c.discord;
    return {};
}

std::optional<QString> &inputField(ContactInput &in, const QString &name)
{
    if (name == u"name"_s) return in.name;
    if (name == u"email"_s) return in.email;
    if (name == u"phone"_s) return in.phone;
    if (name == u"externalId"_s) return in.externalId;
    if (name == u"username"_s) return in.username;
    if (name == u"avatar"_s) return in.avatar;
    if (name == u"slack"_s) return in.slack;
    if (name == u"telegram"_s) return in.telegram;
    return in.discord;
}

// Meta values are shown as text: strings as they are, anything else as JSON.
QString metaText(const Json &value)
{
    return value.is_string() ? toQt(value.get<std::string>()) : QString::fromUtf8(dumpJson(value));
}

// Text that is JSON other than a string (42, true, {"a":1}) is stored as that value,
// so numbers and flags survive an edit; anything else is a string.
Json metaValue(const QString &text)
{
    if (auto parsed = parseJson(text.trimmed().toUtf8()); parsed && !parsed->is_string() && !text.trimmed().isEmpty())
        return *parsed;
    return toStd(text);
}

} // namespace

ContactDialog::ContactDialog(Backend *backend, std::optional<Contact> contact, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_original(std::move(contact))
    , m_meta(new QTableWidget(0, 2, this))
    , m_tokens(new QListWidget(this))
    , m_newToken(new QLineEdit(this))
    , m_errors(new ErrorBanner(this))
{
    setObjectName(u"contactDialog"_s);
    setWindowTitle(m_original ? tr("Edit contact") : tr("New contact"));
    m_errors->setObjectName(u"contactDialogErrors"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const FieldSpec &spec : kFields) {
        const QString name = QString::fromLatin1(spec.name);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"contactField_"_s + name);
        edit->setPlaceholderText(QString::fromUtf8(spec.placeholder));
        if (m_original)
            edit->setText(storedValue(*m_original, name));
        auto *error = new QLabel(this);
        error->setObjectName(u"contactFieldError_"_s + name);
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        form->addRow(QCoreApplication::translate("ContactDialog", spec.label), cell);
        m_fields.insert(name, edit);
        m_fieldErrors.insert(name, error);
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::validate);
    }
    auto *hint = new QLabel(tr("At least one of email, phone, external id, Slack, Telegram or Discord is needed."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);

    // Meta: free key/value pairs, available to templates as {{contact.meta.key}}.
    m_meta->setObjectName(u"contactMeta"_s);
    m_meta->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_meta->horizontalHeader()->setStretchLastSection(true);
    m_meta->verticalHeader()->hide();
    m_meta->setToolTip(tr("Values that are JSON (42, true, {\"a\": 1}) are stored as such; anything else as text."));
    auto *addMeta = new QPushButton(tr("Add field"), this);
    auto *removeMeta = new QPushButton(tr("Remove field"), this);
    addMeta->setObjectName(u"contactMetaAdd"_s);
    removeMeta->setObjectName(u"contactMetaRemove"_s);
    if (m_original) {
        for (auto it = m_original->meta.begin(); it != m_original->meta.end(); ++it)
            addMetaRow(toQt(it.key()), metaText(it.value()));
    }
    auto *metaBox = new QGroupBox(tr("Meta"), this);
    auto *metaLayout = new QVBoxLayout(metaBox);
    metaLayout->addWidget(m_meta);
    auto *metaButtons = new QHBoxLayout;
    metaButtons->addWidget(addMeta);
    metaButtons->addWidget(removeMeta);
    metaButtons->addStretch(1);
    metaLayout->addLayout(metaButtons);

    m_tokens->setObjectName(u"contactTokens"_s);
    m_newToken->setObjectName(u"contactNewToken"_s);
    m_newToken->setPlaceholderText(u"ExponentPushToken[…]"_s);
    auto *addToken = new QPushButton(tr("Add token"), this);
    auto *removeToken = new QPushButton(tr("Remove token"), this);
    addToken->setObjectName(u"contactTokenAdd"_s);
    removeToken->setObjectName(u"contactTokenRemove"_s);
    if (m_original) {
        for (const QString &token : std::as_const(m_original->pushTokens))
            m_tokens->addItem(token);
    }
    auto *tokenBox = new QGroupBox(tr("Push tokens"), this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->addWidget(m_tokens);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_newToken, 1);
    tokenRow->addWidget(addToken);
    tokenRow->addWidget(removeToken);
    tokenLayout->addLayout(tokenRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setObjectName(u"contactSave"_s);
    if (m_original) {
        QPushButton *deliveries = buttons->addButton(tr("Deliveries"), QDialogButtonBox::ActionRole);
        deliveries->setObjectName(u"contactDialogDeliveries"_s);
        deliveries->setToolTip(tr("Close this dialog (without saving) and show the deliveries to this contact"));
        if (!m_backend->isLocal()) {
            deliveries->setEnabled(false);
            deliveries->setToolTip(tr("The %1 API cannot list one contact's deliveries.").arg(m_backend->displayName()));
        }
        connect(deliveries, &QPushButton::clicked, this, [this] {
            const QString uuid = m_original->uuid;
            reject();
            Q_EMIT deliveriesRequested(uuid);
        });
    }

    auto *side = new QVBoxLayout;
    side->addWidget(metaBox, 1);
    side->addWidget(tokenBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addSpacing(12);
    columns->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(addMeta, &QPushButton::clicked, this, [this] {
        addMetaRow({}, {});
        m_meta->setCurrentCell(m_meta->rowCount() - 1, 0);
        m_meta->editItem(m_meta->item(m_meta->rowCount() - 1, 0));
    });
    connect(removeMeta, &QPushButton::clicked, this, [this] {
        if (m_meta->currentRow() >= 0)
            m_meta->removeRow(m_meta->currentRow());
        validate();
    });
    connect(m_meta, &QTableWidget::itemChanged, this, &ContactDialog::validate);
    connect(addToken, &QPushButton::clicked, this, [this] {
        this->addToken(m_newToken->text());
        m_newToken->clear();
    });
    connect(m_newToken, &QLineEdit::returnPressed, addToken, &QPushButton::click);
    connect(removeToken, &QPushButton::clicked, this, [this] { delete m_tokens->currentItem(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(860, 520);
}

QLineEdit *ContactDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

void ContactDialog::addMetaRow(const QString &key, const QString &value)
{
    const int row = m_meta->rowCount();
    m_meta->insertRow(row);
    m_meta->setItem(row, 0, new QTableWidgetItem(key));
    m_meta->setItem(row, 1, new QTableWidgetItem(value));
}

void ContactDialog::addToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty() || !m_tokens->findItems(trimmed, Qt::MatchExactly).isEmpty())
        return;
    m_tokens->addItem(trimmed);
}

QMap<QString, QString> ContactDialog::metaRows() const
{
    QMap<QString, QString> rows;
    for (int row = 0; row < m_meta->rowCount(); ++row) {
        const QString key = m_meta->item(row, 0) ? m_meta->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            rows.insert(key, m_meta->item(row, 1) ? m_meta->item(row, 1)->text() : QString());
    }
    return rows;
}

QStringList ContactDialog::problems() const
{
    QStringList found;
    for (const QLabel *label : m_fieldErrors) {
        if (!label->text().isEmpty())
            found << label->text();
    }
    return found;
}

void ContactDialog::validate()
{
    const auto show = [this](const QString &name, const QString &problem) {
        QLabel *label = m_fieldErrors.value(name);
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        label->setPalette(p);
    };
    const QString email = m_fields.value(u"email"_s)->text().trimmed();
    show(u"email"_s, email.isEmpty() || isValidEmail(email) ? QString() : tr("Not an email address."));
    QString phone = m_fields.value(u"phone"_s)->text();
    phone.remove(u' ');
    show(u"phone"_s, phone.isEmpty() || isValidE164(phone)
                         ? QString()
                         : tr("Not an E.164 number: + and the country code, then 8–15 digits in all (+46701234567)."));
    bool identified = false;
    for (const char *id : {"email", "phone", "externalId", "slack", "telegram", "discord"})
        identified = identified || !m_fields.value(QString::fromLatin1(id))->text().trimmed().isEmpty();
    show(u"name"_s, identified ? QString() : tr("Give at least one identifier below."));
    // Keys become camelCase in the API; two rows naming one key would lose one.
    QStringList keys;
    QString duplicate;
    for (int row = 0; row < m_meta->rowCount(); ++row) {
        const QString key = m_meta->item(row, 0) ? camelCase(m_meta->item(row, 0)->text().trimmed()) : QString();
        if (!key.isEmpty() && keys.contains(key))
            duplicate = key;
        keys << key;
    }
    m_meta->setToolTip(duplicate.isEmpty() ? QString() : tr("The key “%1” is given twice.").arg(duplicate));
    m_ok->setEnabled(!m_saving && problems().isEmpty() && duplicate.isEmpty());
}

ContactInput ContactDialog::input() const
{
    ContactInput in;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString value = it.value()->text().trimmed();
        if (it.key() == u"phone"_s)
            value.remove(u' ');
        if (it.key() == u"email"_s)
            value = value.toLower();
        const QString stored = m_original ? storedValue(*m_original, it.key()) : QString();
        if (!m_original ? !value.isEmpty() : value != stored)
            inputField(in, it.key()) = value; // an empty string clears the field
    }
    const QMap<QString, QString> rows = metaRows();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const std::string key = toStd(camelCase(it.key()));
        const Json value = metaValue(it.value());
        if (!m_original || !m_original->meta.contains(key) || m_original->meta[key] != value)
            in.meta[key] = value;
    }
    if (m_original) {
        for (auto it = m_original->meta.begin(); it != m_original->meta.end(); ++it) {
            bool kept = false;
            for (const QString &key : rows.keys())
                kept = kept || toStd(camelCase(key)) == it.key();
            if (!kept)
                in.meta[it.key()] = nullptr; // removed
        }
    }
    return in;
}

void ContactDialog::save()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    m_saving = true;
    m_ok->setEnabled(false);
    m_errors->clear();
    QStringList tokens;
    for (int i = 0; i < m_tokens->count(); ++i)
        tokens << m_tokens->item(i)->text();
    const QStringList before = m_original ? m_original->pushTokens : QStringList();
    QStringList add;
    QStringList remove;
    for (const QString &t : std::as_const(tokens)) {
        if (!before.contains(t))
            add << t;
    }
    for (const QString &t : before) {
        if (!tokens.contains(t))
            remove << t;
    }
    const ContactInput in = input();
    if (!m_original) {
        m_backend->saveContact(in).then(this, [this, add, remove](const Result<SavedContact> &saved) {
            if (!saved)
                return failed(saved.error());
            writeTokens(saved->contact.uuid, add, remove);
        });
        return;
    }
    if (in.isEmpty()) {
        writeTokens(m_original->uuid, add, remove);
        return;
    }
    m_backend->updateContact(m_original->uuid, in).then(this, [this, add, remove](const Result<Contact> &updated) {
        if (!updated)
            return failed(updated.error());
        writeTokens(updated->uuid, add, remove);
    });
}

// Token writes one after the other (each answers the contact as it now is); the
// last answer is the contact to show.
void ContactDialog::writeTokens(const QString &uuid, QStringList add, QStringList remove)
{
    QFuture<Result<Contact>> step;
    if (!add.isEmpty())
        step = m_backend->addPushToken(uuid, add.takeFirst());
    else if (!remove.isEmpty())
        step = m_backend->removePushToken(uuid, remove.takeFirst());
    else
        step = m_backend->contact(uuid);
    const bool last = add.isEmpty() && remove.isEmpty();
    step.then(this, [this, uuid, add, remove, last](const Result<Contact> &contact) {
        if (!contact)
            return failed(contact.error());
        if (last)
            return finished(*contact);
        writeTokens(uuid, add, remove);
    });
}

void ContactDialog::finished(const Contact &contact)
{
    m_saving = false;
    m_original = contact; // a retry after a later failure is an edit of what is stored
    Q_EMIT saved(contact);
    accept();
}

void ContactDialog::failed(const Error &error)
{
    m_saving = false;
    m_errors->showError(error);
    validate();
}

} // namespace sendivent::app
