#include "eventeditor.h"

#include "eventedits.h"
#include "widgets/errorbanner.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

EventEditor::EventEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_identifier(new QLineEdit(this))
    , m_languages(new QListWidget(this))
    , m_newLanguage(new QLineEdit(this))
    , m_addLanguage(new QPushButton(tr("Add"), this))
    , m_removeLanguage(new QPushButton(tr("Remove"), this))
    , m_defaultLanguage(new QComboBox(this))
    , m_templates(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_errors(new ErrorBanner(this))
    , m_save(new QPushButton(tr("Save changes"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_openTemplates(new QPushButton(tr("Edit templates…"), this))
{
    setObjectName(u"eventEditor"_s);
    m_name->setObjectName(u"eventName"_s);
    m_identifier->setObjectName(u"eventIdentifier"_s);
    m_languages->setObjectName(u"eventLanguages"_s);
    m_languages->setAccessibleName(tr("Languages"));
    m_newLanguage->setObjectName(u"eventNewLanguage"_s);
    m_addLanguage->setObjectName(u"eventAddLanguage"_s);
    m_removeLanguage->setObjectName(u"eventRemoveLanguage"_s);
    m_defaultLanguage->setObjectName(u"eventDefaultLanguage"_s);
    m_templates->setObjectName(u"eventTemplates"_s);
    m_hint->setObjectName(u"eventHint"_s);
    m_errors->setObjectName(u"eventErrors"_s);
    m_save->setObjectName(u"eventSave"_s);
    m_revert->setObjectName(u"eventRevert"_s);
    m_openTemplates->setObjectName(u"eventOpenTemplates"_s);

    m_identifier->setToolTip(tr("What apps send: POST /v1/send/{identifier}. Letters, digits, '.', '_' and '-'."));
    m_identifier->setFont(QFont(u"monospace"_s));
    m_newLanguage->setPlaceholderText(tr("e.g. de or pt-BR"));
    m_newLanguage->setMaximumWidth(140);
    m_languages->setMaximumHeight(110);
    m_templates->setTextFormat(Qt::RichText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_save->setDefault(true);

    auto *channelGrid = new QGridLayout;
    channelGrid->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    int row = 0;
    for (const Channel c : kAllChannels) {
        auto *box = new QCheckBox(channelName(c), this);
        box->setObjectName(u"eventChannel_"_s + channelName(c));
        m_channels.insert(c, box);
        channelGrid->addWidget(box, row, column);
        if (++column == 4) {
            column = 0;
            ++row;
        }
        connect(box, &QCheckBox::toggled, this, &EventEditor::readForm);
    }

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newLanguage);
    addRow->addWidget(m_addLanguage);
    addRow->addStretch(1);
    addRow->addWidget(m_removeLanguage);
    auto *languages = new QVBoxLayout;
    languages->addWidget(m_languages);
    languages->addLayout(addRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Identifier"), m_identifier);
    form->addRow(tr("Channels"), channelGrid);
    form->addRow(tr("Languages"), languages);
    form->addRow(tr("Default language"), m_defaultLanguage);
    form->addRow(tr("Templates"), m_templates);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openTemplates);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &EventEditor::readForm);
    connect(m_identifier, &QLineEdit::textEdited, this, &EventEditor::readForm);
    connect(m_defaultLanguage, &QComboBox::currentIndexChanged, this, &EventEditor::readForm);
    connect(m_addLanguage, &QPushButton::clicked, this, &EventEditor::addLanguage);
    connect(m_newLanguage, &QLineEdit::returnPressed, this, &EventEditor::addLanguage);
    connect(m_removeLanguage, &QPushButton::clicked, this, &EventEditor::removeLanguage);
    connect(m_languages, &QListWidget::currentRowChanged, this, &EventEditor::updateState);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isModified())
            Q_EMIT saveRequested(m_original.identifier, m_edited);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { setEvent(m_original, m_index); });
    connect(
        m_openTemplates, &QPushButton::clicked, this, [this] { Q_EMIT openTemplatesRequested(m_original.identifier); });
    clearEvent();
}

void EventEditor::setEvent(const Event &event, qsizetype index)
{
    m_original = event;
    m_edited = event;
    m_index = index;
    m_hasEvent = true;
    m_errors->clear();
    m_newLanguage->clear();
    showEdited();
}

void EventEditor::clearEvent()
{
    m_original = Event {};
    m_edited = Event {};
    m_hasEvent = false;
    m_errors->clear();
    showEdited();
}

void EventEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void EventEditor::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void EventEditor::showError(const Error &error)
{
    m_errors->showError(error, u"events[%1]."_s.arg(m_index));
}

void EventEditor::showEdited(bool withTexts)
{
    m_updating = true;
    // Not while they are being typed in: that would move the cursor.
    if (withTexts) {
        m_name->setText(m_edited.name);
        m_identifier->setText(m_edited.identifier);
    }
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        it.value()->setChecked(m_edited.channels.contains(it.key()));
    const QString selected = m_languages->currentItem() ? m_languages->currentItem()->text() : QString();
    m_languages->clear();
    m_defaultLanguage->clear();
    const QStringList languages = m_hasEvent ? m_edited.languages() : QStringList();
    for (const QString &l : languages) {
        auto *item = new QListWidgetItem(l == m_edited.defaultLanguage ? tr("%1 (default)").arg(l) : l, m_languages);
        item->setData(Qt::UserRole, l);
        if (l == selected)
            m_languages->setCurrentItem(item);
        m_defaultLanguage->addItem(l, l);
    }
    m_defaultLanguage->setCurrentIndex(qMax(0, m_defaultLanguage->findData(m_edited.defaultLanguage)));

    // Which (channel, language) has a template; a gap falls back to the default.
    QString grid;
    if (m_hasEvent && !m_edited.channels.isEmpty()) {
        grid = u"<table cellspacing='0' cellpadding='2'><tr><td></td>"_s;
        for (const QString &l : languages)
            grid += u"<td align='center'><b>%1</b></td>"_s.arg(l.toHtmlEscaped());
        grid += u"</tr>"_s;
        for (const Channel c : std::as_const(m_edited.channels)) {
            grid += u"<tr><td>%1&nbsp;</td>"_s.arg(channelName(c));
            for (const QString &l : languages)
                grid += u"<td align='center'>%1</td>"_s.arg(m_edited.findTemplate(c, l) ? u"✓"_s : u"–"_s);
            grid += u"</tr>"_s;
        }
        grid += u"</table>"_s;
    }
    m_templates->setText(grid);
    m_updating = false;
    updateState();
}

void EventEditor::readForm()
{
    if (m_updating || !m_hasEvent)
        return;
    m_edited.name = m_name->text();
    // As typed: the workspace service says what is wrong with it, as the API would.
    m_edited.identifier = m_identifier->text();
    QList<Channel> channels;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        if (it.value()->isChecked())
            channels << it.key();
    }
    if (channels != m_edited.channels) {
        const QList<Channel> before = m_edited.channels;
        const QStringList languages = m_edited.languages();
        setEventChannels(m_edited, channels);
        // A channel unticked and ticked again gets its saved templates back, not starters.
        for (const Channel c : channels) {
            if (before.contains(c) || !m_original.channels.contains(c))
                continue;
            for (const QString &l : languages) {
                if (const EventTemplate *saved = m_original.findTemplate(c, l)) {
                    m_edited.templates.removeIf(
                        [&](const EventTemplate &t) { return t.channel == c && t.language == l; });
                    m_edited.templates << *saved;
                }
            }
        }
    }
    const QString defaultLanguage = m_defaultLanguage->currentData().toString();
    if (!defaultLanguage.isEmpty())
        m_edited.defaultLanguage = defaultLanguage;
    showEdited(false);
}

void EventEditor::addLanguage()
{
    const QString language = m_newLanguage->text().trimmed();
    if (!isLanguageTag(language)) {
        m_errors->showMessage(tr("“%1” is not a language tag; use one like en, sv or pt-BR.").arg(language));
        return;
    }
    if (m_edited.languages().contains(language)) {
        m_errors->showMessage(tr("The event has “%1” already.").arg(language));
        return;
    }
    m_errors->clear();
    addEventLanguage(m_edited, language);
    m_newLanguage->clear();
    showEdited();
}

void EventEditor::removeLanguage()
{
    const QListWidgetItem *item = m_languages->currentItem();
    if (!item)
        return;
    removeEventLanguage(m_edited, item->data(Qt::UserRole).toString());
    showEdited();
}

void EventEditor::updateState()
{
    const bool editable = m_hasEvent && !m_readOnly;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_name, m_identifier, m_languages, m_newLanguage, m_addLanguage, m_defaultLanguage})
        w->setEnabled(editable);
    for (QCheckBox *box : std::as_const(m_channels))
        box->setEnabled(editable);
    const QListWidgetItem *item = m_languages->currentItem();
    const bool removable = item && item->data(Qt::UserRole).toString() != m_edited.defaultLanguage;
    m_removeLanguage->setEnabled(editable && removable);
    m_removeLanguage->setToolTip(removable || !item ? QString() : tr("The default language cannot be removed"));
    m_save->setEnabled(editable && isModified());
    m_revert->setEnabled(editable && isModified());
    m_openTemplates->setEnabled(m_hasEvent);

    QStringList hints;
    if (m_hasEvent && m_edited.identifier != m_original.identifier) {
        hints << tr("Apps sending “%1” get EVENT_NOT_FOUND once it is renamed.").arg(m_original.identifier);
    }
    for (const Channel c : std::as_const(m_original.channels)) {
        if (!m_edited.channels.contains(c))
            hints << tr("Saving deletes the %1 templates.").arg(channelName(c));
    }
    for (const QString &l : m_original.languages()) {
        if (m_hasEvent && !m_edited.languages().contains(l))
            hints << tr("Saving deletes the “%1” templates.").arg(l);
    }
    m_hint->setText(hints.join(u' '));
    m_hint->setVisible(!hints.isEmpty());
}

} // namespace sendivent::app
