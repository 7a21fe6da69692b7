#include "sampledatapanel.h"

#include "widgets/codeeditor.h"
#include "widgets/theme.h"

#include <contacts/contactinput.h>

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The `to` object a send would take for this contact: what the editor starts from.
Json recipientJson(const Contact &c)
{
    Json j = Json::object();
    const auto put = [&j](const char *key, const QString &value) {
        if (!value.isEmpty())
            j[key] = toStd(value);
    };
    put("name", c.name);
    put("email", c.email);
    put("phone", c.phone);
    put("externalId", c.externalId);
    put("slack", c.slack);
    put("telegram", c.telegram);
    put("discord", c.discord);
    put("username", c.username);
    put("avatar", c.avatar);
    if (c.meta.is_object() && !c.meta.empty())
        j["meta"] = c.meta;
    return j;
}

// What upserting `input` onto `base` stores (ContactService's rules: given fields
// replace, meta merges key by key, a null removes a key).
Contact applied(Contact base, const ContactInput &in)
{
    const auto set = [](QString &field, const std::optional<QString> &value) {
        if (value)
            field = *value;
    };
    set(base.email, in.email);
    set(base.phone, in.phone);
    set(base.externalId, in.externalId);
    set(base.slack, in.slack);
    set(base.telegram, in.telegram);
    set(base.discord, in.discord);
    set(base.name, in.name);
    set(base.avatar, in.avatar);
    set(base.username, in.username);
    if (in.clearMeta || !base.meta.is_object())
        base.meta = Json::object();
    for (auto it = in.meta.begin(); it != in.meta.end(); ++it) {
        if (it->is_null())
            base.meta.erase(it.key());
        else
            base.meta[it.key()] = *it;
    }
    return base;
}

QString contactLabel(const Contact &c)
{
    const QString address = !c.email.isEmpty() ? c.email
        : !c.phone.isEmpty()                   ? c.phone
        : !c.externalId.isEmpty()              ? c.externalId
                                               : c.uuid.left(8);
    return c.name.isEmpty() ? address : u"%1 <%2>"_s.arg(c.name, address);
}

void showProblem(QLabel *label, const QString &text)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, theme::colors(label->palette()).error);
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SampleDataPanel::SampleDataPanel(QWidget *parent)
    : QWidget(parent)
    , m_contactCombo(new QComboBox(this))
    , m_contactJson(new CodeEditor(this))
    , m_contactProblem(new QLabel(this))
    , m_payload(new CodeEditor(this))
    , m_payloadProblem(new QLabel(this))
    , m_senderCombo(new QComboBox(this))
{
    setObjectName(u"sampleDataPanel"_s);
    m_contactCombo->setObjectName(u"sampleContact"_s);
    m_contactJson->setObjectName(u"sampleContactJson"_s);
    m_contactJson->setAccessibleName(tr("Sample contact (JSON)"));
    m_contactProblem->setObjectName(u"sampleContactProblem"_s);
    m_payload->setObjectName(u"samplePayload"_s);
    m_payload->setAccessibleName(tr("Sample payload (JSON)"));
    m_payloadProblem->setObjectName(u"samplePayloadProblem"_s);
    m_senderCombo->setObjectName(u"sampleSender"_s);
    // A long sender narrows with its panel rather than widen the studio past 1024 px.
    m_senderCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_senderCombo->setMinimumContentsLength(12);

    m_contactCombo->setToolTip(tr("A contact of the local workspace, or your own JSON"));
    m_contactJson->setToolTip(tr("The contact as a send's \"to\" object: identifiers, name, and meta"));
    m_payload->setToolTip(tr("The send's \"payload\": what {{payload.…}} reads"));
    for (QLabel *l : {m_contactProblem, m_payloadProblem}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->hide();
    }

    auto *skeleton = new QPushButton(tr("From templates"), this);
    skeleton->setObjectName(u"sampleSkeleton"_s);
    skeleton->setToolTip(tr("Fill the payload with every payload field the templates use"));

    auto *payloadHeader = new QHBoxLayout;
    payloadHeader->addWidget(new QLabel(tr("Payload"), this), 1);
    payloadHeader->addWidget(skeleton);

    auto *senderForm = new QFormLayout;
    senderForm->setContentsMargins(0, 0, 0, 0);
    senderForm->addRow(tr("Sender"), m_senderCombo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Contact"), this));
    layout->addWidget(m_contactCombo);
    layout->addWidget(m_contactJson, 2);
    layout->addWidget(m_contactProblem);
    layout->addLayout(payloadHeader);
    layout->addWidget(m_payload, 3);
    layout->addWidget(m_payloadProblem);
    layout->addLayout(senderForm);

    m_contactCombo->addItem(tr("Custom contact"));
    m_senderCombo->addItem(tr("Channel's default sender"));
    m_contactJson->setPlainText(u"{\n  \"name\": \"Jane\",\n  \"email\": \"jane@example.com\"\n}"_s);
    m_payload->setPlainText(u"{}"_s);
    validateContact();
    validatePayload();

    connect(m_contactCombo, &QComboBox::currentIndexChanged, this, &SampleDataPanel::contactPicked);
    connect(m_contactJson, &QPlainTextEdit::textChanged, this, [this] {
        validateContact();
        Q_EMIT changed();
    });
    connect(m_payload, &QPlainTextEdit::textChanged, this, [this] {
        validatePayload();
        Q_EMIT changed();
    });
    connect(m_senderCombo, &QComboBox::currentIndexChanged, this, &SampleDataPanel::changed);
    connect(skeleton, &QPushButton::clicked, this, &SampleDataPanel::skeletonRequested);
}

void SampleDataPanel::setContacts(const QList<Contact> &contacts)
{
    const QString selected = selectedContactUuid();
    m_contacts = contacts;
    const QSignalBlocker blocker(m_contactCombo);
    while (m_contactCombo->count() > 1)
        m_contactCombo->removeItem(1);
    for (const Contact &c : contacts)
        m_contactCombo->addItem(contactLabel(c), c.uuid);
    const int index = selected.isEmpty() ? 0 : m_contactCombo->findData(selected);
    m_contactCombo->setCurrentIndex(qMax(0, index));
    validateContact();
}

void SampleDataPanel::setSenders(const QList<Sender> &senders)
{
    if (senders == m_senders)
        return;
    const int previous = m_senderCombo->currentIndex();
    m_senders = senders;
    const QSignalBlocker blocker(m_senderCombo);
    while (m_senderCombo->count() > 1)
        m_senderCombo->removeItem(1);
    for (const Sender &s : senders) {
        const QString address = s.email.isEmpty() ? s.phone : s.email;
        m_senderCombo->addItem(s.name.isEmpty() ? address : u"%1 <%2>"_s.arg(s.name, address));
    }
    m_senderCombo->setCurrentIndex(previous < m_senderCombo->count() ? qMax(0, previous) : 0);
}

bool SampleDataPanel::selectContact(const QString &uuid)
{
    const int index = m_contactCombo->findData(uuid);
    if (index < 0)
        return false;
    m_contactCombo->setCurrentIndex(index);
    return true;
}

bool SampleDataPanel::selectFirstContact()
{
    if (m_contacts.isEmpty())
        return false;
    m_contactCombo->setCurrentIndex(1);
    return true;
}

QString SampleDataPanel::selectedContactUuid() const
{
    return m_contactCombo->currentData().toString();
}

void SampleDataPanel::contactPicked()
{
    const int row = m_contactCombo->currentIndex() - 1;
    if (row >= 0 && row < m_contacts.size())
        m_contactJson->setPlainText(formatJson(recipientJson(m_contacts[row])));
    // "Custom contact" keeps whatever JSON is there, to be edited.
}

void SampleDataPanel::validateContact()
{
    m_contactValid = false;
    TextProblem problem;
    const auto json = parseJsonText(m_contactJson->toPlainText(), &problem);
    if (!json) {
        m_contactJson->setProblem(problem);
        showProblem(
            m_contactProblem, tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(problem.message));
        return;
    }
    m_contactJson->clearProblem();
    if (!json->is_object()) {
        showProblem(m_contactProblem, tr("The contact must be a JSON object"));
        return;
    }
    auto input = parseContactInput(*json);
    if (!input) {
        QStringList lines {input.error().message};
        for (const FieldError &d : input.error().details)
            lines << u"%1: %2"_s.arg(d.field, d.message);
        showProblem(m_contactProblem, lines.join(u'\n'));
        return;
    }
    showProblem(m_contactProblem, QString());
    const int row = m_contactCombo->currentIndex() - 1;
    const Contact base = row >= 0 && row < m_contacts.size() ? m_contacts[row] : Contact {};
    m_contact = applied(base, *input);
    m_recipient = *json;
    m_contactValid = true;
}

void SampleDataPanel::validatePayload()
{
    TextProblem problem;
    const auto json = parseJsonText(m_payload->toPlainText(), &problem);
    if (!json) {
        m_payload->setProblem(problem);
        showProblem(
            m_payloadProblem, tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(problem.message));
        m_payloadValid = false;
        return;
    }
    m_payload->clearProblem();
    if (!json->is_object()) {
        showProblem(m_payloadProblem, tr("The payload must be a JSON object, like {\"order_id\": 1042}"));
        m_payloadValid = false;
        return;
    }
    showProblem(m_payloadProblem, QString());
    m_payloadValue = *json;
    m_payloadValid = true;
}

void SampleDataPanel::setPayloadText(const QString &text)
{
    m_payload->setPlainText(text);
}

QString SampleDataPanel::payloadText() const
{
    return m_payload->toPlainText();
}

Json SampleDataPanel::payload() const
{
    return m_payloadValue;
}

Contact SampleDataPanel::contact() const
{
    return m_contact;
}

std::optional<Json> SampleDataPanel::recipient() const
{
    return m_contactValid ? std::optional<Json>(m_recipient) : std::nullopt;
}

std::optional<Sender> SampleDataPanel::sender() const
{
    const int row = m_senderCombo->currentIndex() - 1;
    if (row < 0 || row >= m_senders.size())
        return std::nullopt;
    return m_senders[row];
}

} // namespace sendivent::app
