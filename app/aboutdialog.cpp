#include "aboutdialog.h"

#include <QtCore/QFile>
#include <QtCore/QLibraryInfo>
#include <QtCore/QSysInfo>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

#include <sqlite3.h>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QString version()
{
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral(SENDIVENT_VERSION) : v;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Sendivent Console"));

    auto *heading = new QLabel(this);
    heading->setObjectName(u"aboutVersion"_s);
    heading->setTextFormat(Qt::RichText);
    heading->setText(u"<h2>%1</h2><p>%2</p><p>%3</p>"_s.arg(
        tr("Sendivent Console %1").arg(version()).toHtmlEscaped(),
        tr("The desktop developer console for the Sendivent notification API, with a local emulator of the "
           "API inside.")
            .toHtmlEscaped(),
        tr("Built with Qt %1, running on Qt %2 (%3).")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName())
            .toHtmlEscaped()));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *licences = new QTextBrowser(this);
    licences->setObjectName(u"aboutLicences"_s);
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(true);
    const auto row = [](const QString &what, const QString &licence, const QString &url) {
        return u"<tr><td><a href=\"%3\">%1</a></td><td>%2</td></tr>"_s.arg(what.toHtmlEscaped(),
            licence.toHtmlEscaped(), url);
    };
    QString html = u"<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\">"_s.arg(
        tr("Libraries and data in this program").toHtmlEscaped());
    html += row(tr("Qt %1").arg(QString::fromLatin1(qVersion())),
        tr("GNU LGPL version 3; linked dynamically, so you may replace it"), u"https://www.qt.io/licensing/"_s);
    html += row(u"QtKeychain"_s, tr("BSD 3-clause licence"), u"https://github.com/frankosterfeld/qtkeychain"_s);
    html += row(u"nlohmann/json"_s, tr("MIT licence"), u"https://github.com/nlohmann/json"_s);
    html += row(tr("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion())), tr("Public domain"),
        u"https://sqlite.org/copyright.html"_s);
    html += row(u"libcurl"_s, tr("curl licence (MIT/X style)"), u"https://curl.se/docs/copyright.html"_s);
    html += row(tr("Email client support data from caniemail.com (npm caniemail)"),
        tr("MIT licence; © Avi Goldman, Andrew Powell and caniemail.com's contributors"), u"https://www.caniemail.com"_s);
    html += row(tr("The demo workspace, the OpenAPI document and the icons"),
        tr("Part of Sendivent Console, under its licence"), u"https://sendivent.com"_s);
    html += u"</table>"_s;
    licences->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"guideDialog"_s);
    setWindowTitle(tr("Sendivent Console Guide"));
    auto *text = new QTextBrowser(this);
    text->setObjectName(u"guideText"_s);
    text->setAccessibleName(tr("Guide"));
    text->setOpenExternalLinks(true);
    QFile readme(u":/sendivent/docs/README.md"_s);
    if (readme.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(readme.readAll()));
    else
        text->setPlainText(tr("The guide is missing from this build."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(820, 700);
}

} // namespace sendivent::app
