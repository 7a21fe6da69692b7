#include "datasourcebanner.h"

#include <remote/remotebackend.h>

#include <QtCore/QCoreApplication>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace sendivent::app {

using namespace Qt::StringLiterals;

DataSourceBanner::DataSourceBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"dataSourceBanner"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setContentsMargins(8, 5, 8, 5);
    hide();
}

void DataSourceBanner::showBackend(const Backend *backend)
{
    const auto *remote = qobject_cast<const RemoteBackend *>(backend);
    if (!remote) {
        hide();
        setProperty("environment", QString());
        return;
    }
    const QString host = remote->baseUrl().host();
    const bool production = remote->environment() == Environment::Production;
    setProperty("environment", environmentName(remote->environment()));
    // Fixed colours on purpose: the warning must look the same in a light and a dark theme.
    setStyleSheet(production ? u"QLabel#dataSourceBanner { background: #b3261e; color: white; font-weight: bold; }"_s
                             : u"QLabel#dataSourceBanner { background: #f2c14e; color: #1f1f1f; }"_s);
    setText(production ? tr("PRODUCTION — %1: real data; sends reach real people").arg(host)
                       : tr("Remote sandbox — %1").arg(host));
    show();
}

void confirmProductionSend(QWidget *parent, const QString &what, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("DataSourceBanner", "Send to production?"),
                                QCoreApplication::translate("DataSourceBanner",
                                                            "%1 goes to the production API: it reaches real people "
                                                            "and counts against the production quota.")
                                    .arg(what),
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(u"confirmProductionSend"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(QCoreApplication::translate("DataSourceBanner", "Send to production"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, confirmed = std::move(confirmed)](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            confirmed();
    });
    box->open();
}

QString localOnlyNotice(const Backend &backend)
{
    if (backend.isLocal())
        return {};
    return QCoreApplication::translate("DataSourceBanner",
                                       "Read-only: templates and simulations belong to the local workspace. The %1 "
                                       "API's events are edited in the Sendivent dashboard.")
        .arg(backend.displayName());
}

} // namespace sendivent::app
