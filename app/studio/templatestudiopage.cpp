#include "templatestudiopage.h"

#include "checkspanel.h"
#include "datasourcebanner.h"
#include "previewpane.h"
#include "previewrenderer.h"
#include "sampledatapanel.h"
#include "studiosender.h"
#include "templatefieldseditor.h"
#include "widgets/codeeditor.h"
#include "widgets/errorbanner.h"
#include "widgets/theme.h"

#include <backend/backend.h>
#include <backend/localoperations.h>
#include <checks/payloadskeleton.h>
#include <send/messagerenderer.h>

#include <QtCore/QSettings>
#include <QtGui/QShortcut>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDebounceMs = 150;

QString settingsKey(const QString &what, const QString &event)
{
    return u"studio/%1/%2"_s.arg(what, event);
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(content);
    return box;
}

} // namespace

TemplateStudioPage::TemplateStudioPage(Backend *backend, QWidget *parent)
    : Page(parent)
    , m_backend(backend)
    , m_current(backend)
    , m_partials(std::make_shared<hbs::Partials>())
    , m_eventCombo(new QComboBox(this))
    , m_languageCombo(new QComboBox(this))
    , m_dirty(new QLabel(this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_send(new QPushButton(tr("Send test"), this))
    , m_channels(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_preview(new PreviewPane(this))
    , m_sample(new SampleDataPanel(this))
    , m_checks(new ChecksPanel(this))
    , m_side(new QTabWidget(this))
    , m_errors(new ErrorBanner(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_renderer(new PreviewRenderer(this))
    , m_sender(new StudioSender(this))
{
    m_sendTarget = new QComboBox(this);
    m_sendTarget->setObjectName(u"studioSendTarget"_s);
    m_sendTarget->addItem(tr("to the sample contact"), u"contact"_s);
    m_sendTarget->addItem(tr("to my inbox"), u"inbox"_s);
    m_sendTarget->setToolTip(tr("“My inbox”: the email is captured as usual, then released to the inbox set in "
                                "Settings › Release to a real inbox"));
    setObjectName(u"templateStudioPage"_s);
    m_eventCombo->setObjectName(u"studioEvent"_s);
    m_languageCombo->setObjectName(u"studioLanguage"_s);
    m_dirty->setObjectName(u"studioDirty"_s);
    m_revert->setObjectName(u"studioRevert"_s);
    m_save->setObjectName(u"studioSave"_s);
    m_send->setObjectName(u"studioSendTest"_s);
    m_channels->setObjectName(u"studioChannels"_s);
    m_splitter->setObjectName(u"studioSplitter"_s);
    m_errors->setObjectName(u"studioErrors"_s);
    m_status->setObjectName(u"studioStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_notice->setObjectName(u"studioNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();

    // Wide enough for "Name (identifier)" when the window has room, narrower at 1024 px
    // rather than widen the page past it (issue 21).
    m_eventCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventCombo->setMinimumContentsLength(16);
    m_eventCombo->setMaximumWidth(m_eventCombo->fontMetrics().horizontalAdvance(u'x') * 40);
    m_languageCombo->setMinimumContentsLength(4);
    m_save->setToolTip(tr("Save the event's templates (Ctrl+S)"));
    m_send->setToolTip(tr("Send this channel's message to the sample contact through the local server (Ctrl+Enter)"));
    m_save->setDefault(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_channels->setDocumentMode(true);

    auto *title = new QLabel(tr("Template studio"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Event"), this));
    bar->addWidget(m_eventCombo, 2);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Language"), this));
    bar->addWidget(m_languageCombo);
    bar->addStretch(1);
    bar->addWidget(m_dirty);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    bar->addWidget(m_send);
    bar->addWidget(m_sendTarget);

    m_splitter->addWidget(m_channels);
    m_splitter->addWidget(group(tr("Preview"), m_preview, this));
    m_side->setObjectName(u"studioSide"_s);
    m_side->setDocumentMode(true);
    m_side->addTab(m_sample, tr("Sample data"));
    m_side->addTab(m_checks, m_checks->tabTitle());
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_errors);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TemplateStudioPage::renderPreview);
    connect(m_renderer, &PreviewRenderer::rendered, this, &TemplateStudioPage::previewRendered);
    connect(m_sender, &StudioSender::busyChanged, this, &TemplateStudioPage::updateDirtyState);
    connect(m_sender, &StudioSender::status, this, &TemplateStudioPage::showStatus);
    connect(m_sender, &StudioSender::deliveryRequested, this, &TemplateStudioPage::deliveryRequested);
    connect(m_sample, &SampleDataPanel::changed, this, [this] {
        m_sampleEdited = true;
        m_debounce.start();
    });
    connect(m_checks, &ChecksPanel::findingActivated, this, &TemplateStudioPage::revealFinding);
    connect(m_checks, &ChecksPanel::recheckNeeded, this, &TemplateStudioPage::runChecks);
    connect(m_sample, &SampleDataPanel::skeletonRequested, this,
        [this] { m_sample->setPayloadText(formatJson(payloadSkeleton(m_draft.draft()))); });
    connect(m_eventCombo, &QComboBox::currentIndexChanged, this,
        [this] { loadEvent(m_eventCombo->currentData().toString()); });
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &TemplateStudioPage::loadSources);
    connect(m_channels, &QTabWidget::currentChanged, this, [this] {
        if (const auto channel = currentChannel())
            m_preview->setChannel(*channel);
        renderPreview();
    });
    connect(m_save, &QPushButton::clicked, this, &TemplateStudioPage::save);
    connect(m_revert, &QPushButton::clicked, this, &TemplateStudioPage::revert);
    connect(m_send, &QPushButton::clicked, this, &TemplateStudioPage::sendTest);
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"delivery:"_s))
            Q_EMIT deliveryRequested(link.mid(9));
    });

    // Ctrl+S is the window's File → Save (saveChanges()).
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *send = new QShortcut(QKeySequence(Qt::CTRL | key), this, this, &TemplateStudioPage::sendTest);
        send->setContext(Qt::WidgetWithChildrenShortcut);
        send->setWhatsThis(tr("Send a test message"));
    }

    setServer({}, {});
    connect(m_backend, &Backend::dataChanged, this, &TemplateStudioPage::reload);
    reload();
}

QString TemplateStudioPage::title() const
{
    return tr("Templates");
}

void TemplateStudioPage::setServer(const QUrl &baseUrl, const QString &apiKey)
{
    m_sender->setServer(baseUrl, apiKey);
    applyMode();
}

void TemplateStudioPage::setBackend(Backend *backend)
{
    if (!backend || backend == m_current)
        return;
    m_current = backend;
    m_sender->setRemote(backend);
    applyMode();
}

bool TemplateStudioPage::isReadOnly() const
{
    return m_current && !m_current->isLocal();
}

void TemplateStudioPage::applyMode()
{
    const bool readOnly = isReadOnly();
    if (readOnly) {
        m_notice->setText(localOnlyNotice(*m_current) + u' '
                          + tr("“Send test” sends the event through the %1 API, with its templates there.")
                                .arg(m_current->displayName()));
        m_send->setToolTip(tr("Send this event to the sample contact through the %1 API (Ctrl+Enter)")
                               .arg(m_current->displayName()));
    } else if (!m_sender->isReady()) {
        m_send->setToolTip(tr("The local server is not running, so there is nothing to send through"));
    } else {
        m_send->setToolTip(
            tr("Send this channel's message to the sample contact through the local server (Ctrl+Enter)"));
    }
    m_notice->setVisible(readOnly);
    // Releasing is a local tool: a remote API's sends reach their real recipients.
    m_sendTarget->setVisible(!readOnly);
    const auto editors = m_channels->findChildren<CodeEditor *>();
    for (CodeEditor *editor : editors)
        editor->setReadOnly(readOnly);
    updateDirtyState();
}

void TemplateStudioPage::reload()
{
    auto ws = m_backend->local()->workspace();
    if (!ws) {
        showStatus(tr("Could not read the workspace: %1").arg(ws.error().message), true);
        return;
    }
    m_workspace = *ws;
    m_sample->setSenders(m_workspace->senders);
    loadContacts();

    const QString current = currentEvent();
    {
        const QSignalBlocker blocker(m_eventCombo);
        m_eventCombo->clear();
        for (const Event &e : m_workspace->events)
            m_eventCombo->addItem(
                e.name.isEmpty() ? e.identifier : u"%1 (%2)"_s.arg(e.name, e.identifier), e.identifier);
        const int index = m_eventCombo->findData(current);
        m_eventCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QString shown = currentEvent();
    const Event *stored = m_workspace->findEvent(shown);
    if (!stored) {
        m_draft.close();
        m_channels->clear();
        updateDirtyState();
        return;
    }
    // A draft being edited stays as it is; anything else follows the workspace.
    if (m_draft.isEditing(shown)) {
        renderPreview();
        return;
    }
    loadEvent(shown);
}

void TemplateStudioPage::loadContacts()
{
    // The first page of contacts (the API's largest); the JSON editor takes any other.
    m_backend->contacts(QString(), 100, 0).then(this, [this](const Result<ContactPage> &page) {
        if (!page)
            return;
        m_sample->setContacts(page->contacts);
        if (std::exchange(m_wantFirstContact, false))
            m_sample->selectFirstContact();
    });
}

void TemplateStudioPage::openEvent(const QString &identifier)
{
    const int index = m_eventCombo->findData(identifier);
    if (index >= 0)
        m_eventCombo->setCurrentIndex(index);
}

void TemplateStudioPage::loadEvent(const QString &identifier)
{
    const bool sameEvent = m_draft.identifier() == identifier;
    const Event *stored = m_workspace ? m_workspace->findEvent(identifier) : nullptr;
    m_draft.open(identifier, stored);
    if (!stored) {
        m_channels->clear();
        updateDirtyState();
        return;
    }
    m_errors->clear();
    if (!sameEvent)
        restoreSampleData();

    const QString language = currentLanguage();
    {
        const QSignalBlocker blocker(m_languageCombo);
        m_languageCombo->clear();
        for (const QString &l : m_draft.draft().languages())
            m_languageCombo->addItem(l, l);
        const int index = m_languageCombo->findData(sameEvent ? language : m_draft.draft().defaultLanguage);
        m_languageCombo->setCurrentIndex(qMax(0, index));
    }
    rebuildChannelTabs();
    loadSources();
    updateDirtyState();
}

void TemplateStudioPage::rebuildChannelTabs()
{
    const auto previous = currentChannel();
    const QSignalBlocker blocker(m_channels);
    while (m_channels->count() > 0) {
        QWidget *w = m_channels->widget(0);
        m_channels->removeTab(0);
        w->deleteLater();
    }
    for (const Channel channel : std::as_const(m_draft.draft().channels)) {
        auto *editor = new TemplateFieldsEditor(channel, m_channels);
        connect(editor, &TemplateFieldsEditor::edited, this,
            [this, channel](const QString &field) { edited(channel, field); });
        m_channels->addTab(editor, channelName(channel));
        if (isReadOnly()) {
            const auto editors = editor->findChildren<CodeEditor *>();
            for (CodeEditor *e : editors)
                e->setReadOnly(true);
        }
        if (previous == channel)
            m_channels->setCurrentWidget(editor);
    }
    if (const auto channel = currentChannel())
        m_preview->setChannel(*channel);
}

TemplateFieldsEditor *TemplateStudioPage::fieldsEditor(Channel channel) const
{
    for (int i = 0; i < m_channels->count(); ++i) {
        auto *editor = qobject_cast<TemplateFieldsEditor *>(m_channels->widget(i));
        if (editor && editor->channel() == channel)
            return editor;
    }
    return nullptr;
}

void TemplateStudioPage::loadSources()
{
    const QString language = currentLanguage();
    const Event &draft = m_draft.draft();
    for (int i = 0; i < m_channels->count(); ++i) {
        auto *editor = qobject_cast<TemplateFieldsEditor *>(m_channels->widget(i));
        const EventTemplate *t = draft.findTemplate(editor->channel(), language);
        QString placeholder;
        if (!t && language != draft.defaultLanguage) {
            placeholder = tr("No %1 template in “%2”: sends use the “%3” one. Type here to write one.")
                              .arg(channelName(editor->channel()), language, draft.defaultLanguage);
        } else if (!t) {
            placeholder = tr("No %1 template yet. Type here to write one.").arg(channelName(editor->channel()));
        }
        editor->setSources(t ? t->fields : QMap<QString, QString>(), placeholder);
        editor->setProblems({});
    }
    renderPreview();
}

void TemplateStudioPage::edited(Channel channel, const QString &field)
{
    TemplateFieldsEditor *editor = fieldsEditor(channel);
    if (!editor)
        return;
    m_draft.setField(channel, currentLanguage(), field, editor->editor(field)->toPlainText());
    updateDirtyState();
    m_debounce.start();
}

void TemplateStudioPage::renderPreview()
{
    m_debounce.stop();
    if (std::exchange(m_sampleEdited, false))
        rememberSampleData();
    const auto channel = currentChannel();
    if (!m_draft.hasEvent() || !channel || !m_workspace)
        return;
    // Like a send: a language without this channel's template falls back to the default.
    const EventTemplate *t = m_draft.templateFor(*channel, currentLanguage(), &m_previewIsFallback);

    const Contact contact = m_sample->contact();
    const Sender sender = m_sample->sender().value_or(m_workspace->defaultSender(*channel));
    PreviewRequest request;
    request.channel = *channel;
    request.fields = t ? t->fields : QMap<QString, QString>();
    request.context = MessageRenderer::context(*m_workspace, contact, m_sample->payload(), sender);
    request.partials = partials();
    m_renderer->render(std::move(request));

    m_preview->setEnvelope(previewEnvelope(*m_workspace, *channel, contact, sender));
    runChecks();
}

// The checks of the event as edited, with the sample payload (check-templates runs
// the same engine on the saved workspace).
void TemplateStudioPage::runChecks()
{
    if (!m_draft.hasEvent() || !m_workspace) {
        m_checks->setFindings({});
    } else {
        checks::CheckOptions options;
        options.clients = m_checks->clients();
        options.payloads.insert(m_draft.draft().identifier, {m_sample->payload()});
        m_checks->setFindings(checks::checkEvent(*m_workspace, m_draft.draft(), options));
    }
    m_side->setTabText(m_side->indexOf(m_checks), m_checks->tabTitle());
}

void TemplateStudioPage::revealFinding(const checks::Finding &finding)
{
    const auto channel = channelFromName(finding.channel);
    if (!channel)
        return;
    if (!finding.language.isEmpty())
        setLanguage(finding.language);
    if (!setChannel(*channel))
        return;
    if (TemplateFieldsEditor *editor = fieldsEditor(*channel); editor && !finding.field.isEmpty())
        editor->reveal(finding.field, finding.line, finding.column);
}

void TemplateStudioPage::previewRendered(const PreviewResult &result)
{
    if (!m_previewIsFallback) {
        if (TemplateFieldsEditor *editor = fieldsEditor(result.channel)) {
            QMap<QString, TextProblem> problems;
            for (auto it = result.fields.cbegin(); it != result.fields.cend(); ++it) {
                if (it->syntax)
                    problems.insert(it.key(), *it->syntax);
            }
            editor->setProblems(problems);
        }
    }
    m_preview->setResult(result);
}

const hbs::Partials &TemplateStudioPage::partials()
{
    if (m_partialsOf != m_workspace) {
        auto fresh = std::make_shared<hbs::Partials>();
        for (auto it = m_workspace->partials.cbegin(); it != m_workspace->partials.cend(); ++it)
            fresh->insert(toStd(it.key()), toStd(it.value()));
        m_partials = std::move(fresh);
        m_partialsOf = m_workspace;
    }
    return *m_partials;
}

void TemplateStudioPage::updateDirtyState()
{
    const bool dirty = hasUnsavedChanges();
    m_dirty->setText(dirty ? tr("Unsaved changes") : QString());
    const bool readOnly = isReadOnly();
    m_save->setEnabled(!readOnly && m_draft.hasEvent() && dirty);
    m_revert->setEnabled(!readOnly && m_draft.hasEvent() && dirty);
    m_send->setEnabled(m_draft.hasEvent() && !m_sender->isBusy() && (readOnly || m_sender->isReady()));
}

bool TemplateStudioPage::hasUnsavedChanges() const
{
    return m_draft.hasUnsavedChanges();
}

bool TemplateStudioPage::saveChanges()
{
    // Drafts of other events first, so the one on screen is the last (and any
    // problem with it stays visible).
    const QStringList stashed = m_draft.stashedEvents();
    for (const QString &identifier : stashed) {
        openEvent(identifier);
        if (!save())
            return false;
    }
    return !hasUnsavedChanges() || save();
}

void TemplateStudioPage::revert()
{
    m_draft.revert();
    m_errors->clear();
    loadSources();
    updateDirtyState();
    showStatus(tr("Reverted to the saved templates"));
}

// A syntax error blocks saving: finds the first, shows its field with the marker.
bool TemplateStudioPage::revealSyntaxError()
{
    const auto error = m_draft.firstSyntaxError();
    if (!error)
        return false;
    const FieldProblem &e = error->problem;
    setLanguage(error->language);
    setChannel(error->channel);
    TemplateFieldsEditor *editor = fieldsEditor(error->channel);
    editor->setProblems({{e.field, TextProblem {e.line, e.column, e.message}}});
    editor->revealProblem();
    showStatus(tr("Not saved: the %1 %2 template in “%3” has a syntax error at line %4, column %5.")
                   .arg(channelName(error->channel), e.field, error->language)
                   .arg(e.line)
                   .arg(e.column),
        true);
    return true;
}

bool TemplateStudioPage::save()
{
    if (!m_draft.hasEvent() || !m_workspace || isReadOnly())
        return false;
    if (!m_draft.isDirty())
        return true;
    if (revealSyntaxError())
        return false;
    qsizetype index = -1;
    const std::optional<Workspace> next = m_draft.appliedTo(*m_workspace, &index);
    if (!next) {
        m_errors->showMessage(tr("“%1” is no longer in the workspace; nothing was saved.").arg(m_draft.identifier()));
        return false;
    }
    // Waits for its own write (one short transaction on the server's thread): a save
    // answers at once whether it was stored, as the window's Save and quit expect.
    const Status saved = m_backend->local()->replaceWorkspace(*next).result();
    if (!saved) {
        m_errors->showError(saved.error(), u"events[%1]."_s.arg(index));
        showStatus(tr("Not saved."), true);
        return false;
    }
    m_errors->clear();
    if (auto ws = m_backend->local()->workspace())
        m_workspace = *ws;
    m_draft.markSaved();
    updateDirtyState();
    const Event &stored = m_draft.stored();
    showStatus(tr("Saved “%1”.").arg(stored.name.isEmpty() ? stored.identifier : stored.name));
    return true;
}

void TemplateStudioPage::sendTest()
{
    const auto channel = currentChannel();
    if (!m_draft.hasEvent() || !channel || m_sender->isBusy())
        return;
    TestMessage message;
    message.event = m_draft.identifier();
    message.channel = *channel;
    message.language = currentLanguage();
    message.recipient = m_sample->recipient();
    message.payload = m_sample->payload();
    message.payloadValid = m_sample->isPayloadValid();
    message.sender = m_sample->sender();
    message.toInbox = m_sendTarget->currentData() == u"inbox"_s;
    if (const QString refusal = m_sender->refusal(message); !refusal.isEmpty()) {
        showStatus(refusal, true);
        return;
    }
    // The server sends what is stored: unsaved edits are saved first (a remote has
    // its own templates; nothing here is saved for it).
    if (!m_sender->isRemote() && hasUnsavedChanges() && !save())
        return;
    if (m_sender->needsConfirmation()) {
        confirmProductionSend(this, tr("This test message"), [this, message] {
            if (m_sender->isRemote()) // still, after the question
                m_sender->send(message);
        });
        return;
    }
    m_sender->send(message);
}

void TemplateStudioPage::showStatus(const QString &text, bool problem)
{
    // Rich text: links in success messages; anything else arrives escaped.
    const QString html = problem
        ? u"<span style=\"color:%1\">%2</span>"_s.arg(theme::colors(palette()).error.name(), text.toHtmlEscaped())
        : text;
    m_status->setText(html);
}

void TemplateStudioPage::rememberSampleData()
{
    if (!m_draft.hasEvent())
        return;
    QSettings settings;
    settings.setValue(settingsKey(u"payload"_s, m_draft.identifier()), m_sample->payloadText());
    settings.setValue(u"studio/contact"_s, m_sample->selectedContactUuid());
}

void TemplateStudioPage::restoreSampleData()
{
    const QSignalBlocker blocker(m_sample);
    QSettings settings;
    const QString payload = settings.value(settingsKey(u"payload"_s, m_draft.identifier())).toString();
    m_sample->setPayloadText(payload.isEmpty() ? formatJson(payloadSkeleton(m_draft.stored())) : payload);
    const QString contact = settings.value(u"studio/contact"_s).toString();
    // The first contact of the workspace makes a better first preview than a made-up one.
    if (contact.isEmpty() || !m_sample->selectContact(contact))
        m_wantFirstContact = !m_sample->selectFirstContact();
}

QString TemplateStudioPage::currentEvent() const
{
    return m_eventCombo->currentData().toString();
}

QString TemplateStudioPage::currentLanguage() const
{
    return m_languageCombo->currentData().toString();
}

std::optional<Channel> TemplateStudioPage::currentChannel() const
{
    if (const auto *editor = qobject_cast<TemplateFieldsEditor *>(m_channels->currentWidget()))
        return editor->channel();
    return std::nullopt;
}

bool TemplateStudioPage::setLanguage(const QString &language)
{
    const int index = m_languageCombo->findData(language);
    if (index < 0)
        return false;
    m_languageCombo->setCurrentIndex(index);
    return true;
}

bool TemplateStudioPage::setChannel(Channel channel)
{
    TemplateFieldsEditor *editor = fieldsEditor(channel);
    if (!editor)
        return false;
    m_channels->setCurrentWidget(editor);
    return true;
}

} // namespace sendivent::app
