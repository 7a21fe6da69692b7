#include "contactspage.h"

#include "contactscsv.h"
#include "contactsdialog.h"
#include "contactsmodel.h"
#include "widgets/errorbanner.h"
#include "widgets/filechooser.h"
#include "widgets/rowmenu.h"

#include <backend/backend.h>

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QShortcut>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// DESIGN/decisions: searches of one or two characters scan the table (no trigram),
// so they wait for a longer pause than those the index serves.
constexpr int kSearchDelayMs = 250;
constexpr int kShortSearchDelayMs = 700;

QString contactLabel(const Contact &c)
{
    for (const QString &s : {c.name, c.email, c.phone, c.externalId, c.slack, c.telegram, c.discord}) {
        if (!s.isEmpty())
            return s;
    }
    return c.uuid;
}

} // namespace

ContactsPage::ContactsPage(Backend *backend, QWidget *parent)
    : Page(parent)
    , m_backend(backend)
    , m_model(new ContactsModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("New contact"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_deliveries(new QPushButton(tr("Deliveries"), this))
    , m_import(new QPushButton(tr("Import CSV…"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_errors(new ErrorBanner(this))
    , m_report(new QPlainTextEdit(this))
    , m_reportPane(new QWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"contactsPage"_s);
    m_search->setObjectName(u"contactSearch"_s);
    m_table->setObjectName(u"contactTable"_s);
    m_table->setAccessibleName(tr("Contacts"));
    m_count->setObjectName(u"contactCount"_s);
    m_new->setObjectName(u"contactNew"_s);
    m_edit->setObjectName(u"contactEdit"_s);
    m_deliveries->setObjectName(u"contactDeliveries"_s);
    m_delete->setObjectName(u"contactDelete"_s);
    m_import->setObjectName(u"contactImport"_s);
    m_export->setObjectName(u"contactExport"_s);
    m_progress->setObjectName(u"contactProgress"_s);
    m_cancel->setObjectName(u"contactCancel"_s);
    m_errors->setObjectName(u"contactErrors"_s);
    m_report->setObjectName(u"contactImportReport"_s);
    m_status->setObjectName(u"contactStatus"_s);

    m_search->setPlaceholderText(tr("Search by email, name or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_import->setToolTip(tr("Add or update contacts from a CSV file whose first line names the columns "
                            "(email, phone, name, externalId, …; other columns go to meta)"));
    m_export->setToolTip(tr("Save every contact to a CSV file"));
    m_delete->setToolTip(tr("Erase the contact and their personal data, including the messages sent to them"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no content-sized columns: nothing measures every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] : {std::pair{ContactsModel::NameColumn, 200}, {ContactsModel::EmailColumn, 260},
                                       {ContactsModel::PhoneColumn, 150}, {ContactsModel::ExternalIdColumn, 130},
                                       {ContactsModel::ChannelsColumn, 200}})
        m_table->setColumnWidth(column, width);

    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_progress->hide();
    m_cancel->hide();
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(140);
    m_reportPane->setObjectName(u"contactImportProblems"_s);
    auto *reportTitle = new QLabel(tr("Rows the import skipped"), m_reportPane);
    reportTitle->setForegroundRole(QPalette::PlaceholderText);
    auto *closeReport = new QToolButton(m_reportPane);
    closeReport->setObjectName(u"contactImportProblemsClose"_s);
    closeReport->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeReport->setAutoRaise(true);
    closeReport->setToolTip(tr("Dismiss the import's problems"));
    closeReport->setAccessibleName(tr("Dismiss the import's problems"));
    auto *reportHeader = new QHBoxLayout;
    reportHeader->addWidget(reportTitle, 1);
    reportHeader->addWidget(closeReport);
    auto *reportLayout = new QVBoxLayout(m_reportPane);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->setSpacing(2);
    reportLayout->addLayout(reportHeader);
    reportLayout->addWidget(m_report);
    m_reportPane->hide();
    connect(closeReport, &QToolButton::clicked, this, &ContactsPage::dismissReport);
    // The problems belong to the import that found them: the next thing the user
    // does (another action, a search) puts them away.
    for (QPushButton *action : {m_new, m_edit, m_delete, m_deliveries, m_import, m_export})
        connect(action, &QPushButton::clicked, this, &ContactsPage::dismissReport);
    connect(m_search, &QLineEdit::textEdited, this, &ContactsPage::dismissReport);

    auto *title = new QLabel(tr("Contacts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addWidget(m_deliveries);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_export);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errors);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addLayout(progressRow);
    layout->addWidget(m_reportPane);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ContactsPage::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qsizetype length = text.trimmed().size();
        m_debounce.start(length == 0 || length >= 3 ? kSearchDelayMs : kShortSearchDelayMs);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ContactsPage::searchNow);
    connect(m_model, &ContactsModel::pageLoaded, this, [this] {
        updateCount();
        if (!m_selectAfterLoad.isEmpty() && selectContact(m_selectAfterLoad))
            m_selectAfterLoad.clear();
    });
    connect(m_model, &ContactsModel::modelReset, this, &ContactsPage::updateButtons);
    connect(m_model, &ContactsModel::loadFailed, this, [this](const Error &error) { m_errors->showError(error); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &ContactsPage::editSelected);
    connect(m_new, &QPushButton::clicked, this, &ContactsPage::createContact);
    connect(m_edit, &QPushButton::clicked, this, &ContactsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ContactsPage::deleteSelected);
    connect(m_deliveries, &QPushButton::clicked, this, [this] {
        if (const QString uuid = selectedUuid(); !uuid.isEmpty())
            Q_EMIT deliveriesRequested(uuid);
    });
    installRowMenu(m_table, [this](int row) { return contextMenu(row); }, true);
    connect(m_import, &QPushButton::clicked, this, &ContactsPage::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &ContactsPage::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    // Ctrl+F is the window's Edit → Find (searchField()).
    auto *remove = new QShortcut(QKeySequence::Delete, m_table, this, &ContactsPage::deleteSelected);
    remove->setContext(Qt::WidgetShortcut);
    remove->setWhatsThis(tr("Erase the selected contact"));

    setBackend(backend);
}

QString ContactsPage::title() const
{
    return tr("Contacts");
}

QWidget *ContactsPage::searchField() const
{
    return m_search;
}

void ContactsPage::setBackend(Backend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    connect(m_backend, &Backend::dataChanged, this, [this] { m_model->refresh(); });
    m_errors->clear();
    m_model->setBackend(backend);
    updateButtons();
}

void ContactsPage::searchNow()
{
    m_debounce.stop();
    m_model->setSearch(m_search->text().trimmed());
}

void ContactsPage::updateCount()
{
    const QString search = m_model->search();
    m_count->setText(search.isEmpty()
                         ? tr("%Ln contact(s)", nullptr, int(m_model->total()))
                         : tr("%Ln contact(s) match “%1”", nullptr, int(m_model->total())).arg(search));
}

QMenu *ContactsPage::contextMenu(int row)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"contactMenu"_s);
    const Contact *c = m_model->at(row);
    if (!c)
        return menu;
    const QString uuid = c->uuid;
    QAction *deliveries = menu->addAction(tr("Show deliveries"), this, [this, uuid] { Q_EMIT deliveriesRequested(uuid); });
    deliveries->setObjectName(u"contactMenuDeliveries"_s);
    deliveries->setEnabled(m_deliveries->isEnabled());
    deliveries->setToolTip(m_deliveries->toolTip());
    menu->addAction(tr("Edit…"), this, &ContactsPage::editSelected)->setObjectName(u"contactMenuEdit"_s);
    menu->addSeparator();
    const auto copy = [this, menu](const QString &label, const QString &value, const QString &name) {
        if (value.isEmpty())
            return;
        QAction *action = menu->addAction(label, this, [value] { QGuiApplication::clipboard()->setText(value); });
        action->setObjectName(name);
    };
    copy(tr("Copy UUID"), c->uuid, u"contactMenuCopyUuid"_s);
    copy(tr("Copy email"), c->email, u"contactMenuCopyEmail"_s);
    copy(tr("Copy phone"), c->phone, u"contactMenuCopyPhone"_s);
    copy(tr("Copy external id"), c->externalId, u"contactMenuCopyExternalId"_s);
    menu->addSeparator();
    menu->addAction(tr("Delete…"), this, &ContactsPage::deleteSelected)->setObjectName(u"contactMenuDelete"_s);
    return menu;
}

void ContactsPage::updateButtons()
{
    const bool selected = !selectedUuid().isEmpty();
    const bool busy = m_job != nullptr;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    // The reference's GET /v1/deliveries cannot filter by contact; the local one can.
    m_deliveries->setEnabled(selected && m_backend->isLocal());
    m_deliveries->setToolTip(m_backend->isLocal()
                                 ? tr("The deliveries to this contact, on the Deliveries page")
                                 : tr("The %1 API cannot list one contact's deliveries.").arg(m_backend->displayName()));
    m_import->setEnabled(!busy);
    m_export->setEnabled(!busy);
}

QString ContactsPage::selectedUuid() const
{
    return m_table->currentIndex().data(ContactsModel::UuidRole).toString();
}

bool ContactsPage::selectContact(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void ContactsPage::showContact(const Contact &contact)
{
    // A search still being typed would replace the list, and the selection with it,
    // a moment later: then the contact is searched for instead.
    if (!m_debounce.isActive() && selectContact(contact.uuid))
        return;
    m_selectAfterLoad = contact.uuid;
    m_search->setText(!contact.email.isEmpty() ? contact.email : contact.phone);
    searchNow();
}

ContactDialog *ContactsPage::createContact()
{
    return openDialog(std::nullopt);
}

ContactDialog *ContactsPage::editSelected()
{
    const Contact *c = m_model->at(m_table->currentIndex().row());
    if (!c)
        return nullptr;
    return openDialog(*c);
}

ContactDialog *ContactsPage::openDialog(const std::optional<Contact> &contact)
{
    auto *dialog = new ContactDialog(m_backend, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const bool creating = !contact;
    connect(dialog, &ContactDialog::deliveriesRequested, this, &ContactsPage::deliveriesRequested);
    connect(dialog, &ContactDialog::saved, this, [this, creating](const Contact &saved) {
        if (m_model->rowOf(saved.uuid) >= 0)
            m_model->updateRow(saved);
        else
            m_model->refresh();
        showStatus(creating ? tr("Saved %1.").arg(contactLabel(saved)) : tr("Updated %1.").arg(contactLabel(saved)));
        if (!selectContact(saved.uuid))
            m_selectAfterLoad = saved.uuid; // once its page is read
    });
    dialog->open();
    return dialog;
}

void ContactsPage::deleteSelected()
{
    const Contact *c = m_model->at(m_table->currentIndex().row());
    if (!c)
        return;
    const QString uuid = c->uuid;
    const QString label = contactLabel(*c);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete contact?"),
                                tr("Delete %1 for good? The contact and their personal data are erased: their "
                                   "identifiers, profile, meta, push tokens and the messages sent to them. This "
                                   "cannot be undone.")
                                    .arg(label),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmContactDelete"_s);
    auto *erase = box->addButton(tr("Erase contact"), QMessageBox::DestructiveRole);
    erase->setObjectName(u"confirmContactDeleteErase"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, erase, uuid, label](int) {
        if (box->clickedButton() == erase)
            this->erase(uuid, label);
    });
    box->open();
}

void ContactsPage::erase(const QString &uuid, const QString &label)
{
    m_backend->deleteContact(uuid).then(this, [this, uuid, label](const Status &done) {
        if (!done) {
            m_errors->showError(done.error());
            return;
        }
        m_errors->clear();
        m_model->removeKey(uuid);
        updateCount();
        showStatus(tr("Erased %1 and their personal data.").arg(label));
    });
}

bool ContactsPage::importFrom(const QString &path)
{
    if (m_job)
        return false;
    auto *job = new ContactsCsvJob(m_backend, this);
    QString error;
    if (!job->startImport(path, &error)) {
        delete job;
        m_errors->showMessage(error);
        return false;
    }
    dismissReport();
    startJob(job, tr("Importing %1…").arg(QFileInfo(path).fileName()));
    connect(job, &ContactsCsvJob::finished, this, [this](const QString &e) { jobFinished(e, true); });
    return true;
}

bool ContactsPage::exportTo(const QString &path)
{
    if (m_job)
        return false;
    auto *job = new ContactsCsvJob(m_backend, this);
    QString error;
    if (!job->startExport(path, &error)) {
        delete job;
        m_errors->showMessage(error);
        return false;
    }
    dismissReport();
    startJob(job, tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    connect(job, &ContactsCsvJob::finished, this, [this, path](const QString &e) {
        if (e.isEmpty())
            showStatus(tr("Exported %n contact(s) to %1.", nullptr, m_job->written()).arg(QDir::toNativeSeparators(path)));
        jobFinished(e, false);
    });
    return true;
}

void ContactsPage::startJob(ContactsCsvJob *job, const QString &what)
{
    m_job = job;
    m_errors->clear();
    m_progress->setRange(0, 0);
    m_progress->setFormat(u"%v / %m"_s);
    m_progress->show();
    m_cancel->show();
    showStatus(what);
    connect(job, &ContactsCsvJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    updateButtons();
}

void ContactsPage::jobFinished(const QString &error, bool importing)
{
    ContactsCsvJob *job = m_job;
    m_progress->hide();
    m_cancel->hide();
    if (!error.isEmpty())
        m_errors->showMessage(error);
    if (importing) {
        const auto &problems = job->rowErrors();
        showStatus(tr("Imported: %n added", nullptr, job->created()) + u", "_s
                   + tr("%n updated", nullptr, job->updated()) + u", "_s
                   + tr("%n row(s) with problems", nullptr, int(problems.size())) + u'.');
        QStringList lines;
        for (const CsvRowError &p : problems)
            lines << tr("Line %1: %2").arg(p.line).arg(p.message);
        m_report->setPlainText(lines.join(u'\n'));
        m_reportPane->setVisible(!lines.isEmpty());
        m_model->refresh();
    }
    m_job = nullptr;
    job->deleteLater();
    updateButtons();
}

void ContactsPage::dismissReport()
{
    m_report->clear();
    m_reportPane->hide();
}

void ContactsPage::chooseImportFile()
{
    const QString path = chooseFileToOpen(this, tr("Import contacts"), u"contacts/csvDir"_s,
                                          tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    importFrom(path);
}

void ContactsPage::chooseExportFile()
{
    const QString path = chooseFileToSave(this, tr("Export contacts"), u"contacts/csvDir"_s, u"contacts.csv"_s,
                                          tr("CSV files (*.csv)"), u"csv"_s);
    if (path.isEmpty())
        return;
    exportTo(path);
}

void ContactsPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace sendivent::app
