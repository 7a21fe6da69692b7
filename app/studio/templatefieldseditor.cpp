#include "templatefieldseditor.h"

#include "handlebarshighlighter.h"
#include "widgets/codeeditor.h"
#include "widgets/theme.h"

#include <QtCore/QEvent>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

bool isOneLine(const QString &field)
{
    return field == u"subject"_s || field == u"title"_s;
}

} // namespace

TemplateFieldsEditor::TemplateFieldsEditor(Channel channel, QWidget *parent)
    : QWidget(parent)
    , m_channel(channel)
    , m_fields(templateFields(channel))
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"fields_"_s + channelName(channel));
    m_tabs->setObjectName(u"fieldTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_problem->setObjectName(u"templateProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setContentsMargins(8, 6, 8, 6);
    m_problem->setAutoFillBackground(true);
    m_problem->hide();

    auto *oneLiners = new QFormLayout;
    oneLiners->setContentsMargins(0, 0, 0, 0);
    for (const QString &field : std::as_const(m_fields)) {
        auto *editor = new CodeEditor(this);
        editor->setObjectName(u"editor_%1_%2"_s.arg(channelName(channel), field));
        editor->setAccessibleName(fieldTitle(m_channel, field));
        m_highlighters << new HandlebarsHighlighter(editor->document(), field == u"html"_s);
        m_editors.insert(field, editor);
        if (isOneLine(field)) {
            editor->setSingleLine(true);
            oneLiners->addRow(fieldTitle(m_channel, field), editor);
        } else {
            m_tabs->addTab(editor, fieldTitle(m_channel, field));
        }
        connect(editor, &QPlainTextEdit::textChanged, this, [this, field] { Q_EMIT edited(field); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    if (oneLiners->rowCount() > 0)
        layout->addLayout(oneLiners);
    else
        delete oneLiners;
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
}

QString TemplateFieldsEditor::fieldTitle(Channel channel, const QString &field)
{
    if (field == u"subject"_s)
        return tr("Subject");
    if (field == u"html"_s)
        return tr("HTML");
    if (field == u"text"_s)
        return channel == Channel::Email ? tr("Plain text") : tr("Message");
    if (field == u"title"_s)
        return tr("Title");
    if (field == u"body"_s)
        return tr("Body");
    return field;
}

void TemplateFieldsEditor::setSources(const QMap<QString, QString> &sources, const QString &placeholder)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        const QString text = sources.value(it.key());
        if (it.value()->toPlainText() != text)
            it.value()->setPlainText(text);
        it.value()->setPlaceholderText(placeholder);
    }
}

QMap<QString, QString> TemplateFieldsEditor::sources() const
{
    QMap<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        out.insert(it.key(), it.value()->toPlainText());
    return out;
}

void TemplateFieldsEditor::setProblems(const QMap<QString, TextProblem> &problems)
{
    QString strip;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &field : std::as_const(m_fields)) {
        CodeEditor *editor = m_editors.value(field);
        const auto problem = problems.constFind(field);
        if (problem == problems.cend()) {
            editor->clearProblem();
        } else {
            editor->setProblem(*problem);
            if (strip.isEmpty()) {
                strip = tr("%1, line %2, column %3: %4")
                            .arg(fieldTitle(m_channel, field))
                            .arg(problem->line)
                            .arg(problem->column)
                            .arg(problem->message);
            }
        }
        const int tab = m_tabs->indexOf(editor);
        if (tab >= 0)
            m_tabs->setTabIcon(tab, problem == problems.cend() ? QIcon() : warning);
    }
    const theme::Colors colors = theme::colors(palette());
    QPalette p = m_problem->palette();
    p.setColor(QPalette::Window, colors.errorBackground);
    p.setColor(QPalette::WindowText, colors.error);
    m_problem->setPalette(p);
    m_problem->setText(strip);
    m_problem->setVisible(!strip.isEmpty());
}

bool TemplateFieldsEditor::hasProblems() const
{
    for (const CodeEditor *editor : m_editors) {
        if (editor->problem())
            return true;
    }
    return false;
}

void TemplateFieldsEditor::revealProblem()
{
    for (const QString &field : std::as_const(m_fields)) {
        CodeEditor *editor = m_editors.value(field);
        if (!editor->problem())
            continue;
        if (const int tab = m_tabs->indexOf(editor); tab >= 0)
            m_tabs->setCurrentIndex(tab);
        editor->jumpToProblem();
        return;
    }
}

void TemplateFieldsEditor::reveal(const QString &field, int line, int column)
{
    CodeEditor *editor = m_editors.value(field);
    if (!editor)
        return;
    if (const int tab = m_tabs->indexOf(editor); tab >= 0)
        m_tabs->setCurrentIndex(tab);
    editor->jumpTo(std::max(line, 1), std::max(column, 1));
}

QString TemplateFieldsEditor::currentField() const
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value()->hasFocus())
            return it.key();
    }
    return m_editors.key(static_cast<CodeEditor *>(m_tabs->currentWidget()));
}

void TemplateFieldsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (HandlebarsHighlighter *h : std::as_const(m_highlighters))
            h->setColors(theme::colors(palette()));
    }
}

} // namespace sendivent::app
