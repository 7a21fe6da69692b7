#include "settingspage.h"

#include "release/releasesettingspanel.h"
#include "uilanguage.h"
#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <backend/datasource.h>
#include <remote/remoteclient.h>

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace settings {

std::optional<quint16> port()
{
    bool ok = false;
    const int value = QSettings().value(QLatin1StringView(kPort)).toInt(&ok);
    if (!ok || value < 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

QUrl remoteUrl(Environment environment)
{
    const auto key = QLatin1StringView(environment == Environment::Production ? kProductionUrl : kSandboxUrl);
    const QUrl url(QSettings().value(key).toString(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

namespace {
// What the Settings page stored, whether or not release is switched on.
mail::ReleaseSettings storedRelease(QSettings &s)
{
    mail::ReleaseSettings r;
    s.beginGroup(QLatin1StringView(kReleaseGroup));
    r.server.host = s.value(u"host"_s).toString();
    r.server.port = s.value(u"port"_s, 0).toInt();
    r.server.security = mail::securityFromName(s.value(u"security"_s, u"starttls"_s).toString())
                            .value_or(mail::SmtpSecurity::StartTls);
    r.server.username = s.value(u"username"_s).toString();
    r.server.caFile = s.value(u"ca_file"_s).toString();
    r.from = mail::Mailbox::parse(s.value(u"from"_s).toString());
    r.to = s.value(u"to"_s).toString();
    r.releaseAll = s.value(u"release_all"_s, false).toBool();
    s.endGroup();
    return r;
}
} // namespace

mail::ReleaseSettings release()
{
    QSettings s;
    if (!releaseEnabled())
        return {};
    return storedRelease(s);
}

bool releaseEnabled()
{
    return QSettings().value(QLatin1StringView(kReleaseGroup) + u"/enabled"_s, false).toBool();
}

void setRelease(const mail::ReleaseSettings &r, bool enabled)
{
    QSettings s;
    s.beginGroup(QLatin1StringView(kReleaseGroup));
    s.setValue(u"enabled"_s, enabled);
    s.setValue(u"host"_s, r.server.host);
    s.setValue(u"port"_s, r.server.port);
    s.setValue(u"security"_s, mail::securityName(r.server.security));
    s.setValue(u"username"_s, r.server.username);
    s.setValue(u"ca_file"_s, r.server.caFile);
    s.setValue(u"from"_s, r.from.isEmpty() ? QString()
                          : r.from.name.isEmpty() ? r.from.address
                                                  : u"%1 <%2>"_s.arg(r.from.name, r.from.address));
    s.setValue(u"to"_s, r.to);
    s.setValue(u"release_all"_s, r.releaseAll);
    s.endGroup();
}

mail::ReleaseSettings storedReleaseSettings()
{
    QSettings s;
    return storedRelease(s);
}

} // namespace settings

namespace {

QLabel *note(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->hide(); // shown once it has something to say
    return label;
}

QGroupBox *section(const QString &title, QFormLayout *form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setLayout(form);
    return box;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
    , m_dataDir(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_portNote(note(this, u"settingsPortNote"_s))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_sandboxUrl(new QLineEdit(this))
    , m_productionUrl(new QLineEdit(this))
    , m_remoteNote(note(this, u"settingsRemoteNote"_s))
    , m_release(new ReleaseSettingsPanel(this))
{
    setObjectName(u"settingsPage"_s);
    m_dataDir->setObjectName(u"settingsDataDir"_s);
    m_port->setObjectName(u"settingsPort"_s);
    m_language->setObjectName(u"settingsLanguage"_s);
    m_theme->setObjectName(u"settingsTheme"_s);
    m_sandboxUrl->setObjectName(u"settingsSandboxUrl"_s);
    m_productionUrl->setObjectName(u"settingsProductionUrl"_s);

    m_dataDir->setReadOnly(true);
    m_dataDir->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("Where the local server listens when --port is not given; 0 picks a free port"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Svenska"_s, u"sv"_s);
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    for (QLineEdit *e : {m_sandboxUrl, m_productionUrl}) {
        e->setClearButtonEnabled(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_sandboxUrl->setPlaceholderText(defaultRemoteUrl(Environment::Sandbox).toString());
    m_productionUrl->setPlaceholderText(defaultRemoteUrl(Environment::Production).toString());

    auto *title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(u"settingsOpenDataDir"_s);
    open->setToolTip(tr("Show the folder in the file manager"));
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(open);
    auto *dataNote = note(this, u"settingsDataNote"_s);
    dataNote->setText(tr("The database, its journal and the settings of the local server. Choose another with "
                         "--data-dir."));
    dataNote->show();
    auto *storage = new QFormLayout;
    storage->addRow(tr("Data folder"), dataRow);
    storage->addRow(QString(), dataNote);

    auto *server = new QFormLayout;
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    server->addRow(tr("Default port"), portRow);
    server->addRow(QString(), m_portNote);

    auto *appearance = new QFormLayout;
    appearance->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    appearance->addRow(tr("Language"), m_language);
    appearance->addRow(tr("Theme"), m_theme);
    // Issue 21: how every time in the console reads; applies at once.
    auto *times = new QComboBox(this);
    times->setObjectName(u"settingsTimeZone"_s);
    times->addItem(tr("Local time"), false);
    times->addItem(tr("UTC"), true);
    times->setCurrentIndex(TimeFormat::utc() ? 1 : 0);
    connect(times, &QComboBox::currentIndexChanged, this, [times] { TimeFormat::setUtc(times->currentData().toBool()); });
    connect(TimeFormat::instance(), &TimeFormat::changed, times, [times] {
        const QSignalBlocker blocker(times);
        times->setCurrentIndex(TimeFormat::utc() ? 1 : 0);
    });
    appearance->addRow(tr("Times"), times);

    auto *remote = new QFormLayout;
    remote->addRow(tr("Sandbox API"), m_sandboxUrl);
    remote->addRow(tr("Production API"), m_productionUrl);
    remote->addRow(QString(), m_remoteNote);

    auto *column = new QWidget(this);
    column->setMaximumWidth(820);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(section(tr("Storage"), storage, column));
    layout->addWidget(section(tr("Local server"), server, column));
    layout->addWidget(section(tr("Appearance"), appearance, column));
    layout->addWidget(section(tr("Remote API"), remote, column));
    layout->addWidget(m_release);
    layout->addStretch(1);
    // Scrolled: the page is taller than a small window (the release section), and
    // must not make the window's minimum size grow.
    auto *content = new QWidget(this);
    auto *row = new QHBoxLayout(content);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; scrolling follows
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    load();
    m_startPort = m_port->value();
    m_appliedLanguage = m_language->currentData().toString();

    connect(open, &QPushButton::clicked, this, [this] {
        if (!m_dataDir->text().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir->text()));
    });
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsPage::setPort);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { setLanguage(m_language->currentData().toString()); });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { setTheme(m_theme->currentData().toString()); });
    connect(m_sandboxUrl, &QLineEdit::editingFinished, this,
        [this] { setRemoteUrl(Environment::Sandbox, m_sandboxUrl->text()); });
    connect(m_productionUrl, &QLineEdit::editingFinished, this,
        [this] { setRemoteUrl(Environment::Production, m_productionUrl->text()); });
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::load()
{
    QSettings s;
    const QSignalBlocker b1(m_port), b2(m_language), b3(m_theme);
    m_port->setValue(settings::port().value_or(8787));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.value(QLatin1StringView(settings::kLanguage)).toString())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(s.value(QLatin1StringView(settings::kTheme), u"system"_s).toString())));
    m_sandboxUrl->setText(s.value(QLatin1StringView(settings::kSandboxUrl)).toString());
    m_productionUrl->setText(s.value(QLatin1StringView(settings::kProductionUrl)).toString());
    m_remoteNote->setText(tr("Empty: the public Sendivent API. A change applies at once."));
    m_remoteNote->show();
}

void SettingsPage::setDataDir(const QString &path)
{
    m_dataDir->setText(QDir::toNativeSeparators(path));
}

void SettingsPage::setDataSource(DataSource *source, const QString &overriddenBy)
{
    m_source = source;
    m_remoteOverride = overriddenBy;
    const bool overridden = !overriddenBy.isEmpty();
    m_sandboxUrl->setEnabled(!overridden);
    m_productionUrl->setEnabled(!overridden);
    if (overridden)
        m_remoteNote->setText(tr("--remote-url %1 is in effect for this run; these are used without it.")
                                  .arg(overriddenBy));
}

void SettingsPage::noteRestart(QLabel *label, bool changed)
{
    label->setText(changed ? tr("Takes effect when the console is started again.") : QString());
    label->setVisible(changed);
}

bool SettingsPage::setPort(int port)
{
    if (port < 0 || port > 65535)
        return false;
    QSettings().setValue(QLatin1StringView(settings::kPort), port);
    if (m_port->value() != port) {
        const QSignalBlocker blocker(m_port);
        m_port->setValue(port);
    }
    noteRestart(m_portNote, port != m_startPort);
    return true;
}

void SettingsPage::setLanguage(const QString &language)
{
    QSettings s;
    if (language.isEmpty())
        s.remove(QLatin1StringView(settings::kLanguage));
    else
        s.setValue(QLatin1StringView(settings::kLanguage), language);
    if (const int index = m_language->findData(language); index >= 0 && index != m_language->currentIndex()) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(index);
    }
    // Live: every window gets LanguageChange and redoes its texts (issue 21).
    if (language != m_appliedLanguage) {
        m_appliedLanguage = language;
        applyUiLanguage();
    }
}

void SettingsPage::setTheme(const QString &theme)
{
    QSettings().setValue(QLatin1StringView(settings::kTheme), theme);
    if (const int index = m_theme->findData(theme); index >= 0 && index != m_theme->currentIndex()) {
        const QSignalBlocker blocker(m_theme);
        m_theme->setCurrentIndex(index);
    }
    // Live: the palette changes at once; "system" keeps following the desktop.
    theme::apply();
}

bool SettingsPage::setRemoteUrl(Environment environment, const QString &text)
{
    QLineEdit *edit = environment == Environment::Production ? m_productionUrl : m_sandboxUrl;
    const auto key = QLatin1StringView(environment == Environment::Production ? settings::kProductionUrl
                                                                              : settings::kSandboxUrl);
    const QString trimmed = text.trimmed();
    if (edit->text() != trimmed)
        edit->setText(trimmed);
    if (trimmed.isEmpty()) {
        QSettings().remove(key);
    } else {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
            showRemoteProblem(tr("“%1” is not an address such as https://api.example.com; not saved.").arg(trimmed));
            return false;
        }
        QSettings().setValue(key, url.toString());
    }
    if (m_source && m_remoteOverride.isEmpty())
        m_source->setRemoteUrl(environment, settings::remoteUrl(environment));
    m_remoteNote->setForegroundRole(QPalette::PlaceholderText);
    m_remoteNote->setStyleSheet(QString());
    m_remoteNote->setText(tr("Saved. Empty: the public Sendivent API."));
    return true;
}

void SettingsPage::showRemoteProblem(const QString &message)
{
    m_remoteNote->setStyleSheet(u"color: %1"_s.arg(theme::colors(palette()).error.name()));
    m_remoteNote->setText(message);
}

} // namespace sendivent::app
