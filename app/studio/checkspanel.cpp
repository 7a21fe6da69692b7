#include "checkspanel.h"

#include <checks/emailsupport.h>

#include <QtCore/QEvent>
#include <QtCore/QSettings>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFindingRole = Qt::UserRole;
const auto kClientsKey = u"studio/checkClients"_s;

QString severityText(checks::Severity severity)
{
    switch (severity) {
    case checks::Severity::Error: return ChecksPanel::tr("Error");
    case checks::Severity::Warning: return ChecksPanel::tr("Warning");
    case checks::Severity::Info: return ChecksPanel::tr("Note");
    }
    return {};
}

QIcon severityIcon(const QStyle *style, checks::Severity severity)
{
    switch (severity) {
    case checks::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case checks::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case checks::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_clientsButton(new QToolButton(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
{
    setObjectName(u"checksPanel"_s);
    m_summary->setObjectName(u"checksSummary"_s);
    m_summary->setWordWrap(true);
    m_clientsButton->setObjectName(u"checksClients"_s);
    m_clientsButton->setAutoRaise(true);
    m_list->setObjectName(u"checksList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_detail->setObjectName(u"checksDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setOpenExternalLinks(true);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->hide();

    const QStringList stored = QSettings().value(kClientsKey).toStringList();
    const auto known = checks::EmailSupportData::instance().expand(stored);
    m_clients = stored.isEmpty() || !known ? checks::defaultEmailClients() : *known;

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_clientsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);

    connect(m_clientsButton, &QToolButton::clicked, this, &ChecksPanel::chooseClients);
    connect(m_list, &QTreeWidget::itemActivated, this, &ChecksPanel::activated);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChecksPanel::showDetail);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_list->itemAt(pos);
        if (!item)
            return;
        const checks::Finding &f = m_findings.at(item->data(0, kFindingRole).toInt());
        QMenu menu(this);
        menu.addAction(tr("Show in the template"), this, [this, item] { activated(item); });
        if (!f.url.isEmpty())
            menu.addAction(tr("Learn more on caniemail.com"), this, [url = f.url] { QDesktopServices::openUrl(QUrl(url)); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    retranslate();
}

void ChecksPanel::setFindings(const QList<checks::Finding> &findings)
{
    m_findings = findings;
    // Errors first, then warnings, then notes; in template order within each.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const checks::Finding &a, const checks::Finding &b) { return a.severity > b.severity; });
    m_list->clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const checks::Finding &f = m_findings.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, severityIcon(style(), f.severity));
        item->setText(0, severityText(f.severity));
        QString where = f.language.isEmpty() ? f.channel : f.channel + u'/' + f.language;
        if (!f.field.isEmpty())
            where += u" › "_s + f.field;
        if (f.line > 0)
            where += u":%1:%2"_s.arg(f.line).arg(f.column);
        item->setText(1, where.isEmpty() ? tr("event") : where);
        item->setText(2, f.message);
        item->setToolTip(2, f.url.isEmpty() ? f.message : f.message + u"\n\n"_s + f.url);
        item->setData(0, kFindingRole, int(i));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateSummary();
    showDetail();
}

void ChecksPanel::showDetail()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_detail->hide();
        return;
    }
    const checks::Finding &f = m_findings.at(item->data(0, kFindingRole).toInt());
    QString html = u"<b>%1</b> %2"_s.arg(item->text(1).toHtmlEscaped(), f.message.toHtmlEscaped());
    if (!f.url.isEmpty())
        html += u" <a href=\"%1\">%2</a>"_s.arg(f.url.toHtmlEscaped(), tr("Learn more on caniemail.com").toHtmlEscaped());
    m_detail->setText(html);
    m_detail->show();
}

QString ChecksPanel::tabTitle() const
{
    const auto serious = std::count_if(m_findings.cbegin(), m_findings.cend(),
                                       [](const checks::Finding &f) { return f.severity >= checks::Severity::Warning; });
    return serious ? tr("Checks (%1)").arg(serious) : tr("Checks");
}

void ChecksPanel::updateSummary()
{
    const auto count = [this](checks::Severity s) {
        return std::count_if(m_findings.cbegin(), m_findings.cend(), [s](const checks::Finding &f) { return f.severity == s; });
    };
    if (m_findings.isEmpty())
        m_summary->setText(tr("No problems found in this event's templates."));
    else
        m_summary->setText(tr("%1 errors, %2 warnings, %3 notes. Double-click one to show it in its template.")
                               .arg(count(checks::Severity::Error))
                               .arg(count(checks::Severity::Warning))
                               .arg(count(checks::Severity::Info)));
}

void ChecksPanel::activated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT findingActivated(m_findings.at(item->data(0, kFindingRole).toInt()));
}

void ChecksPanel::chooseClients()
{
    const checks::EmailSupportData &data = checks::EmailSupportData::instance();
    QDialog dialog(this);
    dialog.setObjectName(u"checksClientsDialog"_s);
    dialog.setWindowTitle(tr("Email clients to check"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(u"checksClientsList"_s);
    for (const QString &id : data.clientIds()) {
        auto *item = new QListWidgetItem(data.clientName(id), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_clients.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    list->sortItems();
    auto *note = new QLabel(tr("Support data from caniemail.com (%1).").arg(data.lastUpdate().left(10)), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, list, [list] {
        const QStringList defaults = checks::defaultEmailClients();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(defaults.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(360, 480);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->data(Qt::UserRole).toString();
    }
    m_clients = chosen;
    QSettings().setValue(kClientsKey, chosen);
    retranslate();
    Q_EMIT recheckNeeded();
}

void ChecksPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    Q_EMIT recheckNeeded(); // the findings' messages are in the old language
}

void ChecksPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Finding")});
    m_clientsButton->setText(tr("Email clients (%1)…").arg(m_clients.size()));
    m_clientsButton->setToolTip(tr("Choose the email clients whose support is checked"));
    m_clientsButton->setAccessibleName(tr("Email clients to check"));
    m_list->setAccessibleName(tr("Template check findings"));
    m_detail->setAccessibleName(tr("The selected finding"));
    updateSummary();
    showDetail();
}

} // namespace sendivent::app
