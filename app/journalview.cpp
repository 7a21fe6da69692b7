#include "journalview.h"

#include "journalmodel.h"
#include "jsontext.h"

#include <database.h>
#include <journalstore.h>
#include <json.h>

#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The journal's write comes 250 ms after a request; a little later it is there.
constexpr int kReloadDelayMs = 350;

// JSON bodies indented for reading; anything else as it is.
QString readableBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    if (const auto json = parseJson(body))
        return formatJson(*json);
    return QString::fromUtf8(body);
}

} // namespace

JournalView::JournalView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalModel(this))
    , m_method(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_request(new QPlainTextEdit(this))
    , m_response(new QPlainTextEdit(this))
    , m_copyCurl(new QPushButton(tr("Copy as curl"), this))
    , m_count(new QLabel(this))
{
    setObjectName(u"journalView"_s);
    m_method->setObjectName(u"journalMethod"_s);
    m_status->setObjectName(u"journalStatus"_s);
    m_path->setObjectName(u"journalPath"_s);
    m_table->setObjectName(u"journalTable"_s);
    m_summary->setObjectName(u"journalSummary"_s);
    m_request->setObjectName(u"journalRequestBody"_s);
    m_response->setObjectName(u"journalResponseBody"_s);
    m_copyCurl->setObjectName(u"journalCopyCurl"_s);
    m_count->setObjectName(u"journalCount"_s);

    m_method->addItem(tr("Any method"), QString());
    for (const QString &method : {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s})
        m_method->addItem(method, method);
    m_status->addItem(tr("Any status"), 0);
    m_status->addItem(tr("2xx success"), 2);
    m_status->addItem(tr("3xx redirect"), 3);
    m_status->addItem(tr("4xx client error"), 4);
    m_status->addItem(tr("5xx server error"), 5);
    m_path->setPlaceholderText(tr("Path contains…"));
    m_path->setClearButtonEnabled(true);
    m_copyCurl->setToolTip(tr("The request as a curl command; the key is read from $SENDIVENT_API_KEY. "
                              "Secret-looking values are masked in the journal, so fill them in again."));
    m_copyCurl->setEnabled(false);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::PathColumn, QHeaderView::Stretch);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_request, m_response}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_request->setPlaceholderText(tr("No request body"));
    m_response->setPlaceholderText(tr("No response body"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_method);
    filters->addWidget(m_status);
    filters->addWidget(m_path, 1);

    auto *bodies = new QTabWidget(this);
    bodies->setObjectName(u"journalBodies"_s);
    bodies->setDocumentMode(true);
    bodies->addTab(m_request, tr("Request body"));
    bodies->addTab(m_response, tr("Response body"));

    auto *detailsHeader = new QHBoxLayout;
    detailsHeader->addWidget(m_summary, 1);
    detailsHeader->addWidget(m_copyCurl);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(detailsHeader);
    detailsLayout->addWidget(bodies, 1);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"journalSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_reload.setSingleShot(true);
    m_reload.setInterval(kReloadDelayMs);
    connect(&m_reload, &QTimer::timeout, this, &JournalView::reload);
    connect(m_method, &QComboBox::currentIndexChanged, this, &JournalView::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &JournalView::reload);
    connect(m_path, &QLineEdit::textChanged, this, &JournalView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalView::showSelected);
    connect(m_copyCurl, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(curlForSelection()); });
    showSelected();
}

JournalView::~JournalView() = default;

void JournalView::setDatabase(const Database *db)
{
    m_store = db ? std::make_unique<JournalStore>(*db) : nullptr;
    reload();
}

void JournalView::scheduleReload()
{
    // Not restarted by every request: under steady traffic the list still moves.
    if (!m_reload.isActive())
        m_reload.start();
}

void JournalView::reload()
{
    m_reload.stop();
    if (!m_store) {
        m_model->setEntries({});
        m_count->clear();
        showSelected();
        return;
    }
    JournalFilter filter;
    filter.method = m_method->currentData().toString();
    filter.statusClass = m_status->currentData().toInt();
    filter.pathContains = m_path->text().trimmed();
    auto entries = m_store->list(filter, kShownEntries, 0);
    if (!entries) {
        m_count->setText(tr("Could not read the request journal: %1").arg(entries.error().message));
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const QString selected = current.isValid() ? current.data(JournalModel::RequestIdRole).toString() : QString();
    m_model->setEntries(std::move(*entries));
    m_count->setText(m_model->rowCount() >= kShownEntries
                         ? tr("The newest %1 requests").arg(kShownEntries)
                         : tr("%n request(s)", nullptr, m_model->rowCount()));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

int JournalView::rowCount() const
{
    return m_model->rowCount();
}

bool JournalView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool JournalView::selectRequest(const QString &requestId)
{
    {
        const QSignalBlocker method(m_method), status(m_status), path(m_path);
        m_method->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_path->clear();
    }
    reload();
    return selectRow(m_model->rowOf(requestId));
}

QString JournalView::curlForSelection() const
{
    const JournalEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    if (!entry)
        return {};
    return curlCommand(*entry, m_baseUrl.isEmpty() ? u"http://127.0.0.1:8787"_s : m_baseUrl);
}

void JournalView::showSelected()
{
    const JournalEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    m_copyCurl->setEnabled(entry != nullptr);
    if (!entry) {
        m_summary->setText(tr("Select a request to see its bodies."));
        m_request->clear();
        m_response->clear();
        return;
    }
    m_summary->setText(tr("%1 %2 → %3\n%4 · %5")
                           .arg(entry->method, entry->path, QString::number(entry->status), entry->requestId,
                                entry->environment.isEmpty() ? tr("no valid key") : entry->environment));
    m_request->setPlainText(readableBody(entry->requestBody));
    m_response->setPlainText(readableBody(entry->responseBody));
}

} // namespace sendivent::app
