#include "serverpage.h"

#include "theme.h"

#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QPushButton *copyButton(QWidget *parent, const QString &objectName, std::function<QString()> text)
{
    auto *button = new QPushButton(ServerPage::tr("Copy"), parent);
    button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, parent,
        [text = std::move(text)] { QGuiApplication::clipboard()->setText(text()); });
    return button;
}

} // namespace

ServerPage::ServerPage(QWidget *parent)
    : Page(parent)
    , m_state(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_keyEdit(new QLineEdit(this))
    , m_showKey(new QPushButton(tr("Show"), this))
    , m_example(new QPlainTextEdit(this))
    , m_links(new QLabel(this))
{
    setObjectName(u"serverPage"_s);
    m_state->setObjectName(u"serverState"_s);
    m_address->setObjectName(u"serverAddress"_s);
    m_keyEdit->setObjectName(u"serverKey"_s);
    m_showKey->setObjectName(u"serverShowKey"_s);
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
    m_example->setFixedHeight(QFontMetrics(mono).lineSpacing() * 3 + 2 * m_example->frameWidth()
        + int(2 * m_example->document()->documentMargin()) + 4);
    m_example->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_state->setTextFormat(Qt::RichText);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setWordWrap(true);

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

    auto *form = new QFormLayout;
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Address"), addressRow);
    form->addRow(tr("Session key"), keyRow);

    auto *exampleHeader = new QHBoxLayout;
    exampleHeader->addWidget(new QLabel(tr("Try it from a terminal:"), this), 1);
    auto *copyExample = copyButton(this, u"serverCopyExample"_s, [this] {
        QString text = m_example->toPlainText();
        return m_key.isEmpty() ? text : text.replace(u"$SENDIVENT_KEY"_s, m_key);
    });
    copyExample->setText(tr("Copy with the key"));
    exampleHeader->addWidget(copyExample);

    // A readable column rather than fields stretched across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(960);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addLayout(exampleHeader);
    layout->addWidget(m_example);
    layout->addWidget(m_links);
    layout->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(column, 3);
    outer->addStretch(1);

    connect(m_showKey, &QPushButton::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    refresh();
}

QString ServerPage::title() const
{
    return tr("Server");
}

void ServerPage::setServerStatus(const QString &urlOrError, bool running)
{
    m_running = running;
    m_url = running ? urlOrError : QString();
    m_error = running ? QString() : urlOrError;
    refresh();
}

void ServerPage::setApiKey(const QString &key)
{
    m_key = key;
    refresh();
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
    const QString key = m_key.isEmpty() ? u"test_…"_s : u"$SENDIVENT_KEY"_s;
    const QString base = m_url.isEmpty() ? u"http://127.0.0.1:8787"_s : m_url;
    // The key stays masked here; "Copy" puts the runnable command, key included, on the clipboard.
    QString example = u"curl -H \"Authorization: Bearer %1\" %2/v1/events\n"_s.arg(key, base);
    example
        += u"curl -X POST -H \"Authorization: Bearer %1\" -H \"Content-Type: application/json\" \\\n"
           u"  -d '{\"to\": \"jane@example.com\", \"payload\": {\"order_id\": 1042}}' %2/v1/send/order.confirmed"_s.arg(
               key, base);
    m_example->setPlainText(example);
    m_links->setText(m_running ? tr("The API's description: <a href=\"%1/openapi.json\">%1/openapi.json</a> · health: "
                                    "<a href=\"%1/healthz\">%1/healthz</a>")
                                     .arg(m_url.toHtmlEscaped())
                               : QString());
}

} // namespace sendivent::app
