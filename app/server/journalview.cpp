#include "journalview.h"

#include "journalmodel.h"
#include "widgets/copyfeedback.h"
#include "widgets/jsontext.h"

#include <auth/apikey.h>
#include <backend/localoperations.h>
#include <base/json.h>
#include <remote/httpsnippet.h>
#include <remote/outgoingheaders.h>
#include <storage/journalentry.h>

#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>
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

QString headerLines(const QByteArray &stored, char side)
{
    QString out;
    for (const auto &[name, value] : journalHeaders(stored, side))
        out += name + u": "_s + value + u'\n';
    return out;
}

} // namespace

JournalView::JournalView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_method(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_requestHeaders(new QPlainTextEdit(this))
    , m_request(new QPlainTextEdit(this))
    , m_responseHeaders(new QPlainTextEdit(this))
    , m_response(new QPlainTextEdit(this))
    , m_replay(new QPushButton(tr("Replay…"), this))
    , m_copyCurl(new QPushButton(tr("Copy as curl"), this))
    , m_copyHttpie(new QPushButton(tr("Copy as HTTPie"), this))
    , m_copyFetch(new QPushButton(tr("Copy as fetch"), this))
    , m_replayResult(new QLabel(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"journalView"_s);
    m_method->setObjectName(u"journalMethod"_s);
    m_status->setObjectName(u"journalStatus"_s);
    m_path->setObjectName(u"journalPath"_s);
    m_table->setObjectName(u"journalTable"_s);
    m_table->setAccessibleName(tr("Requests"));
    m_summary->setObjectName(u"journalSummary"_s);
    m_request->setObjectName(u"journalRequestBody"_s);
    m_response->setObjectName(u"journalResponseBody"_s);
    m_copyCurl->setObjectName(u"journalCopyCurl"_s);
    m_copyHttpie->setObjectName(u"journalCopyHttpie"_s);
    m_copyFetch->setObjectName(u"journalCopyFetch"_s);
    m_replay->setObjectName(u"journalReplay"_s);
    m_replayResult->setObjectName(u"journalReplayResult"_s);
    m_requestHeaders->setObjectName(u"journalRequestHeaders"_s);
    m_requestHeaders->setAccessibleName(tr("Request headers"));
    m_responseHeaders->setObjectName(u"journalResponseHeaders"_s);
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
    m_copyHttpie->setToolTip(tr("The request as an HTTPie command; the key is read from $SENDIVENT_API_KEY."));
    m_copyFetch->setToolTip(tr("The request as JavaScript fetch(); the key is read from "
                               "process.env.SENDIVENT_API_KEY."));
    m_replayResult->setWordWrap(true);
    m_replayResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replayResult->hide();
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(JournalModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setToolTip(
        tr("The journal is read newest first (its only index); clicking a column sorts the %1 requests shown, "
           "in the console.")
            .arg(kShownEntries));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::PathColumn, QHeaderView::Stretch);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_requestHeaders, m_request, m_responseHeaders, m_response}) {
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
    bodies->addTab(m_requestHeaders, tr("Request headers"));
    bodies->addTab(m_request, tr("Request body"));
    bodies->addTab(m_responseHeaders, tr("Response headers"));
    bodies->addTab(m_response, tr("Response body"));
    m_requestHeaders->setPlaceholderText(tr("No headers kept for this request"));
    m_responseHeaders->setPlaceholderText(tr("No headers kept for this request"));

    // Replay, then the copies on a row of their own: on one row they held the detail
    // side so wide that the list lost its path column at 1024 px (issue 21).
    auto *actions = new QVBoxLayout;
    auto *replayRow = new QHBoxLayout;
    replayRow->addWidget(m_replay);
    replayRow->addStretch(1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyCurl);
    copyRow->addWidget(m_copyHttpie);
    copyRow->addWidget(m_copyFetch);
    copyRow->addStretch(1);
    actions->addLayout(replayRow);
    actions->addLayout(copyRow);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addLayout(actions);
    detailsLayout->addWidget(m_replayResult);
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
    // The list takes what the window gives and what it takes back: at 1024 px its
    // path column keeps room (issue 21).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({620, 380});
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
    connect(m_copyCurl, &QPushButton::clicked, this, [this] { copyWithFeedback(m_copyCurl, curlForSelection()); });
    connect(m_copyHttpie, &QPushButton::clicked, this, [this] { copyWithFeedback(m_copyHttpie, httpieForSelection()); });
    connect(m_copyFetch, &QPushButton::clicked, this, [this] { copyWithFeedback(m_copyFetch, fetchForSelection()); });
    connect(m_replay, &QPushButton::clicked, this, &JournalView::replaySelected);
    connect(m_table, &QWidget::customContextMenuRequested, this, &JournalView::showContextMenu);
    showSelected();
}

JournalView::~JournalView() = default;

void JournalView::setLocal(LocalOperations *local)
{
    m_local = local;
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
    const quint64 reload = ++m_reloads;
    if (!m_local) {
        m_model->setEntries({});
        m_count->clear();
        showSelected();
        return;
    }
    m_local->journal(currentFilter(), kShownEntries).then(this, [this, reload](Result<QList<JournalEntry>> entries) {
        if (reload == m_reloads)
            showEntries(std::move(entries));
    });
}

JournalFilter JournalView::currentFilter() const
{
    JournalFilter filter;
    filter.method = m_method->currentData().toString();
    filter.statusClass = m_status->currentData().toInt();
    filter.pathContains = m_path->text().trimmed();
    return filter;
}

void JournalView::showEntries(Result<QList<JournalEntry>> entries)
{
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
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
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
    m_table->setCurrentIndex(m_sorted->index(row, 0));
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
    // Asked for by name (Go to anything): the list as it is now, at once.
    ++m_reloads;
    m_reload.stop();
    if (!m_local)
        return false;
    showEntries(m_local->journal(currentFilter(), kShownEntries).result());
    const int row = m_model->rowOf(requestId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    m_table->scrollTo(m_table->currentIndex());
    return true;
}

void JournalView::setBaseUrl(const QString &url)
{
    m_baseUrl = url;
    showSelected();
}

void JournalView::setReplayKey(const QString &key)
{
    m_replayKey = key;
    showSelected();
}

QString JournalView::baseUrl() const
{
    return m_baseUrl.isEmpty() ? u"http://127.0.0.1:8787"_s : m_baseUrl;
}

const JournalEntry *JournalView::selected() const
{
    return m_model->entryAt(m_sorted->mapToSource(m_table->currentIndex()).row());
}

QString JournalView::curlForSelection() const
{
    const JournalEntry *entry = selected();
    return entry ? curlSnippet(snippetRequest(*entry, baseUrl())) : QString();
}

QString JournalView::httpieForSelection() const
{
    const JournalEntry *entry = selected();
    return entry ? httpieSnippet(snippetRequest(*entry, baseUrl())) : QString();
}

QString JournalView::fetchForSelection() const
{
    const JournalEntry *entry = selected();
    return entry ? fetchSnippet(snippetRequest(*entry, baseUrl())) : QString();
}

QString JournalView::replayRefusal() const
{
    const JournalEntry *entry = selected();
    if (!entry)
        return tr("Select a request to replay it.");
    if (m_baseUrl.isEmpty())
        return tr("The local server is not running.");
    if (entry->environment.isEmpty())
        return {}; // made without a valid key: replayed without one
    const auto keyEnvironment = environmentOfKey(m_replayKey);
    if (!keyEnvironment || environmentName(*keyEnvironment) != entry->environment)
        return tr("The journal keeps no keys, and the console has no %1 key to replay this request with; "
                  "copy it as curl and use your own.")
            .arg(entry->environment);
    return {};
}

void JournalView::replaySelected()
{
    const JournalEntry *found = selected();
    if (!found || !replayRefusal().isEmpty())
        return;
    const JournalEntry entry = *found;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replay Request"),
                                tr("Send %1 %2 again to the local server, in the %3 environment?")
                                    .arg(entry.method, entry.path,
                                         entry.environment.isEmpty() ? tr("no (the request had no valid key)")
                                                                     : entry.environment),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmJournalReplay"_s);
    box->setInformativeText(tr("It is a new request with the console's own key: it can send notifications "
                               "again. The body is the journal's copy: values it masked (••••) are sent masked."));
    QPushButton *confirm = box->addButton(tr("Replay"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmJournalReplayButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, entry](QAbstractButton *button) {
        if (button == confirm)
            replay(entry);
    });
    box->open();
}

void JournalView::replay(const JournalEntry &entry)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(QUrl(snippetRequest(entry, baseUrl()).url));
    setOutgoingHeaders(request);
    // Only what makes the request: the key is the console's, and an Idempotency-Key
    // would answer with the first request's stored answer instead of a new one.
    if (!entry.environment.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_replayKey.toUtf8());
    if (!entry.requestBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, entry.method.toLatin1(), entry.requestBody);
    m_replayResult->setText(tr("Replaying %1 %2…").arg(entry.method, entry.path));
    m_replayResult->show();
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
        m_replayResult->setText(status > 0 ? tr("Replayed: HTTP %1, request %2.").arg(status).arg(requestId)
                                           : tr("Not replayed: %1").arg(reply->errorString()));
        scheduleReload();
        Q_EMIT replayed(status, requestId);
    });
}

void JournalView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const JournalEntry *found = selected();
    if (!found)
        return;
    const JournalEntry e = *found;
    const auto copy = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
    QMenu menu(this);
    menu.setObjectName(u"journalMenu"_s);
    menu.addAction(tr("Copy request id"), this, [copy, e] { copy(e.requestId); });
    menu.addAction(tr("Copy path"), this, [copy, e] { copy(e.path); });
    menu.addAction(tr("Copy as curl"), this, [this, copy] { copy(curlForSelection()); });
    menu.addSeparator();
    menu.addAction(tr("Filter by method %1").arg(e.method), this,
                   [this, e] { m_method->setCurrentIndex(std::max(0, m_method->findData(e.method))); });
    menu.addAction(tr("Filter by status %1xx").arg(e.status / 100), this,
                   [this, e] { m_status->setCurrentIndex(std::max(0, m_status->findData(e.status / 100))); });
    menu.addAction(tr("Filter by this path"), this, [this, e] { m_path->setText(e.path); });
    menu.addSeparator();
    menu.addAction(tr("Replay…"), this, &JournalView::replaySelected)->setEnabled(replayRefusal().isEmpty());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void JournalView::showSelected()
{
    const JournalEntry *entry = selected();
    for (QPushButton *b : {m_copyCurl, m_copyHttpie, m_copyFetch})
        b->setEnabled(entry != nullptr);
    const QString refusal = replayRefusal();
    m_replay->setEnabled(refusal.isEmpty());
    m_replay->setToolTip(refusal.isEmpty() ? tr("Send this request again to the local server, after a "
                                                "confirmation, with the console's key for its environment")
                                           : refusal);
    if (!entry) {
        m_summary->setText(tr("Select a request to see its headers and bodies."));
        for (QPlainTextEdit *e : {m_requestHeaders, m_request, m_responseHeaders, m_response})
            e->clear();
        return;
    }
    QString summary = tr("%1 %2 → %3 in %4 ms\n%5 · %6")
                          .arg(entry->method, entry->query.isEmpty() ? entry->path : entry->path + u'?' + entry->query,
                               QString::number(entry->status),
                               QLocale().toString(double(entry->durationUs) / 1000.0, 'f', 1), entry->requestId,
                               entry->environment.isEmpty() ? tr("no valid key") : entry->environment);
    if (!entry->fault.isEmpty())
        summary += u'\n' + tr("Injected fault: %1").arg(entry->fault);
    m_summary->setText(summary);
    m_requestHeaders->setPlainText(headerLines(entry->headers, '>'));
    m_request->setPlainText(readableBody(entry->requestBody));
    m_responseHeaders->setPlainText(headerLines(entry->headers, '<'));
    m_response->setPlainText(readableBody(entry->responseBody));
}

} // namespace sendivent::app
