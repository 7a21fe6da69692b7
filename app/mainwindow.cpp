#include "mainwindow.h"

#include "eventspage.h"

#include <QtCore/QSettings>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>

namespace sendivent::app {

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_serverLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sendivent Console"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(new EventsPage(backend, this), tr("Events"), QStringLiteral("navEvents"));

    m_serverLabel->setObjectName(QStringLiteral("serverStatus"));
    statusBar()->addPermanentWidget(m_serverLabel);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &objectName)
{
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setData(Qt::UserRole, objectName);
    item->setSizeHint(QSize(0, 34));
    m_pages->addWidget(page);
}

void MainWindow::setServerStatus(const QString &url, bool running)
{
    m_serverLabel->setText(running ? tr("Local server: %1").arg(url) : tr("Local server stopped"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace sendivent::app
