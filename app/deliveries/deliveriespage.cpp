#include "deliveriespage.h"

#include "deliverieschart.h"
#include "deliveriesmodel.h"
#include "statusfilterbutton.h"
#include "tracestyle.h"
#include "traceview.h"
#include "widgets/errorbanner.h"
#include "widgets/rowmenu.h"
#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <backend/backend.h>
#include <backend/localoperations.h>
#include <emulation/clock.h>
#include <remote/remotebackend.h>

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The local server's emulated time (issue 23), so "the last hour" is the last hour of
// what it dates; a remote's is the wall clock.
QDateTime nowOf(Backend *backend)
{
    LocalOperations *local = backend ? backend->local() : nullptr;
    return clockNow(local ? local->clock() : nullptr);
}

constexpr int kCoalesceMs = 250;    // live updates at most four times a second
constexpr int kChartEveryMs = 2000; // the chart reads more; it is redrawn less often
constexpr int kPollMs = 10'000;     // a remote has rate limits
constexpr int kMaxTraceUpdates = 20;
constexpr int kSearchDelayMs = 300; // typing pauses this long before the search runs

bool isWholeUuid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

DeliveriesPage::DeliveriesPage(Backend *backend, QWidget *parent)
    : Page(parent)
    , m_backend(nullptr)
    , m_model(new DeliveriesModel(this))
    , m_event(combo(u"deliveryFilterEvent"_s, this))
    , m_channel(combo(u"deliveryFilterChannel"_s, this))
    , m_status(new StatusFilterButton(this))
    , m_environment(combo(u"deliveryFilterEnvironment"_s, this))
    , m_period(combo(u"deliveryFilterPeriod"_s, this))
    , m_search(new QLineEdit(this))
    , m_from(new QDateTimeEdit(this))
    , m_before(new QDateTimeEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_live(new QLabel(this))
    , m_chart(new DeliveriesChart(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_errors(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_trace(new TraceView(backend, this))
{
    setObjectName(u"deliveriesPage"_s);
    m_search->setObjectName(u"deliverySearch"_s);
    m_from->setObjectName(u"deliveryFilterFrom"_s);
    m_before->setObjectName(u"deliveryFilterBefore"_s);
    m_refresh->setObjectName(u"deliveryRefresh"_s);
    m_live->setObjectName(u"deliveryLive"_s);
    m_table->setObjectName(u"deliveryTable"_s);
    m_table->setAccessibleName(tr("Deliveries"));
    m_count->setObjectName(u"deliveryCount"_s);
    m_errors->setObjectName(u"deliveryErrors"_s);
    m_splitter->setObjectName(u"deliveriesSplitter"_s);

    m_event->addItem(tr("All events"), QString());
    m_channel->addItem(tr("All channels"), QString());
    for (const Channel c : kAllChannels)
        m_channel->addItem(channelName(c), channelName(c));
    connect(m_status, &StatusFilterButton::changed, this, &DeliveriesPage::applyFilters);
    m_environment->addItem(tr("Both environments"), QString());
    m_environment->addItem(tr("Sandbox"), u"sandbox"_s);
    m_environment->addItem(tr("Production"), u"production"_s);
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Last 15 minutes"), int(Period::Last15Minutes));
    m_period->addItem(tr("Last hour"), int(Period::LastHour));
    m_period->addItem(tr("Last 24 hours"), int(Period::Last24Hours));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Between…"), int(Period::Custom));
    for (QDateTimeEdit *edit : {m_from, m_before}) {
        edit->setCalendarPopup(true);
        // Issue 21: the order every time has, in the zone every time is shown in.
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setTimeSpec(TimeFormat::utc() ? Qt::UTC : Qt::LocalTime);
        edit->setDateTime(TimeFormat::shown(QDateTime::currentDateTime()));
        edit->hide();
    }
    connect(TimeFormat::instance(), &TimeFormat::changed, this, [this] {
        for (QDateTimeEdit *edit : {m_from, m_before}) {
            const QSignalBlocker blocker(edit); // the same moments: nothing to filter again
            const QDateTime moment = edit->dateTime();
            edit->setTimeSpec(TimeFormat::utc() ? Qt::UTC : Qt::LocalTime);
            edit->setDateTime(TimeFormat::shown(moment));
        }
    });
    m_from->setDateTime(TimeFormat::shown(QDateTime::currentDateTime().addDays(-1)));
    m_from->setToolTip(tr("From (inclusive)"));
    m_before->setToolTip(tr("Until (exclusive)"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Only the Created column sorts (the header's tooltips say why the others do not).
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(DeliveriesModel::CreatedColumn, Qt::DescendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &DeliveriesPage::sortRequested);
    for (const auto &[column, width] :
         {std::pair{DeliveriesModel::CreatedColumn, 140}, {DeliveriesModel::StatusColumn, 105},
          {DeliveriesModel::EventColumn, 125}, {DeliveriesModel::ChannelColumn, 70},
          {DeliveriesModel::RecipientColumn, 190}, {DeliveriesModel::ProviderColumn, 70}})
        m_table->setColumnWidth(column, width);
    // Who it went to right after what it was: the channel is in the event's row already
    // often enough, and at 1024 px the recipient then starts inside the list (issue 21).
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(DeliveriesModel::RecipientColumn),
                                             m_table->horizontalHeader()->visualIndex(DeliveriesModel::ChannelColumn));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_live->setForegroundRole(QPalette::PlaceholderText);

    auto *title = new QLabel(tr("Deliveries"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_live);
    bar->addStretch(1);
    bar->addWidget(m_refresh);

    m_search->setClearButtonEnabled(true);
    // Wide enough for a uuid's first part; the row fits a 1024 px window in Swedish.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'x') * 20);
    // Ctrl+F is the window's Edit → Find (searchField()).

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_event, m_channel, m_status, m_environment, m_period})
        filters->addWidget(w);
    // A custom range on a row of its own, under the period it belongs to: beside the
    // other filters it made the row wider than a 1024 px window in Swedish.
    auto *range = new QHBoxLayout;
    range->addStretch(1);
    range->addWidget(m_from);
    range->addWidget(m_before);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_chart);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_trace);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addLayout(range);
    layout->addWidget(m_errors);
    layout->addWidget(m_splitter, 1);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DeliveriesPage::applyChanges);
    m_chartTimer.setSingleShot(true);
    connect(&m_chartTimer, &QTimer::timeout, this, &DeliveriesPage::refreshChart);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_model->refresh();
        refreshChart();
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &DeliveriesPage::searchTyped);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    // Enter, a paste, or the clear button: at once.
    connect(m_search, &QLineEdit::returnPressed, this, &DeliveriesPage::searchTyped);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() || isWholeUuid(text.trimmed()))
            searchTyped();
    });
    for (QComboBox *box : {m_event, m_channel, m_environment})
        connect(box, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_before->setVisible(custom);
        applyFilters();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &DeliveriesPage::applyFilters);
    connect(m_before, &QDateTimeEdit::dateTimeChanged, this, &DeliveriesPage::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        applyFilters();
        m_trace->reload();
    });
    connect(m_model, &DeliveriesModel::pageLoaded, this, [this] {
        m_errors->clear();
        updateCount();
        selectPending();
    });
    // A live refresh keeps the selection: rows inserted above keep it by themselves; a
    // reload (many new rows at once) selects the same delivery again when it is loaded.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const QString uuid = selectedUuid(); !uuid.isEmpty() && m_pendingSelection.isEmpty())
            m_keptSelection = uuid;
    });
    // Rows coming in above a scrolled list leave the rows in view where they are.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first) {
        m_topRow.clear();
        if (first == 0 && m_table->verticalScrollBar()->value() > 0)
            m_topRow = m_table->indexAt(QPoint(0, 0)).data(DeliveriesModel::UuidRole).toString();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const QString top = std::exchange(m_topRow, {});
        if (top.isEmpty())
            return;
        QTimer::singleShot(0, this, [this, top] {
            if (const int row = m_model->rowOf(top); row >= 0)
                m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        });
    });
    connect(m_model, &DeliveriesModel::loadFailed, this, [this](const Error &error) { m_errors->showError(error); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPage::selectionChanged);
    installRowMenu(m_table, [this](int row) { return contextMenu(row); });
    connect(m_trace, &TraceView::deliveryUpdated, this, [this](Delivery d) {
        d.content = Json::object();
        d.timeline.clear();
        m_model->updateRow(d);
    });

    setBackend(backend);
}

QString DeliveriesPage::title() const
{
    return tr("Deliveries");
}

QWidget *DeliveriesPage::searchField() const
{
    return m_search;
}

void DeliveriesPage::setBackend(Backend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    connect(m_backend, &Backend::deliveryChanged, this, &DeliveriesPage::deliveryChanged);
    connect(m_backend, &Backend::dataChanged, this, [this] {
        loadEvents();
        m_model->refresh();
        refreshChart();
    });
    m_trace->setBackend(backend);
    m_model->setBackend(backend);
    updateSourceControls();
    loadEvents();
    applyFilters();
}

void DeliveriesPage::setLocalServerUrl(const QUrl &url)
{
    m_trace->setLocalServerUrl(url);
}

void DeliveriesPage::setReleaseServer(const QUrl &url, const QString &apiKey)
{
    m_trace->setReleaseServer(url, apiKey);
}

void DeliveriesPage::updateSourceControls()
{
    const bool local = m_backend->isLocal();
    const auto *remote = qobject_cast<const RemoteBackend *>(m_backend);
    {
        const QSignalBlocker environment(m_environment);
        const QSignalBlocker period(m_period);
        if (remote) {
            m_environment->setCurrentIndex(remote->environment() == Environment::Production ? 2 : 1);
            m_period->setCurrentIndex(0);
            m_from->hide();
            m_before->hide();
        }
    }
    m_environment->setEnabled(local);
    m_period->setEnabled(local);
    m_environment->setToolTip(local ? tr("Which API key's deliveries: test_ (sandbox) or live_ (production)")
                                    : tr("The %1 API shows the deliveries of its own environment only.")
                                          .arg(m_backend->displayName()));
    m_period->setToolTip(local ? tr("When the deliveries were made")
                               : tr("The remote API filters by event, channel and status only."));
    m_status->setToolTip(local ? tr("Show deliveries in any of the checked statuses")
                               : tr("The %1 API filters by one status at a time.").arg(m_backend->displayName()));
    m_status->setSingleChoice(!local);
    if (!local) {
        m_oldestFirst = false;
        const QSignalBlocker header(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(DeliveriesModel::CreatedColumn, Qt::DescendingOrder);
    }
    m_search->setPlaceholderText(local ? tr("Search: recipient, delivery or message id, contact… (Ctrl+F)")
                                       : tr("Paste a delivery UUID to open it (Ctrl+F)"));
    m_search->setToolTip(
        local ? tr("Finds deliveries by the start of a recipient (email, phone, chat id, push token) or provider "
                   "message id, a delivery UUID or its first 8 characters, or any identifier of the contact. A whole "
                   "UUID opens that delivery.")
              : tr("The %1 API cannot search deliveries: paste a whole delivery UUID to open its trace.")
                    .arg(m_backend->displayName()));
    updateLiveText();
    m_poll.stop();
    if (!local && isVisible())
        m_poll.start();
}

// Rich text built whole, so it is rebuilt on a language or theme change rather than
// retranslated piece by piece.
void DeliveriesPage::updateLiveText()
{
    const bool local = m_backend && m_backend->isLocal();
    m_live->setText(local ? u"<span style=\"color:%1\">●</span> "_s.arg(theme::colors(palette()).success.name())
                                + tr("Live: deliveries appear as they are made").toHtmlEscaped()
                          : tr("Checked for new deliveries every %n second(s)", nullptr, kPollMs / 1000));
}

void DeliveriesPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        updateLiveText();
}

void DeliveriesPage::loadEvents()
{
    m_backend->events().then(this, [this](const Result<QList<Event>> &events) {
        if (!events)
            return;
        const QString current = m_event->currentData().toString();
        const QSignalBlocker blocker(m_event);
        while (m_event->count() > 1)
            m_event->removeItem(1);
        for (const Event &e : *events)
            m_event->addItem(e.identifier, e.identifier);
        // An event no longer in the workspace still has deliveries: keep filtering by it.
        int index = m_event->findData(current);
        if (index < 0 && !current.isEmpty()) {
            m_event->addItem(current, current);
            index = m_event->count() - 1;
        }
        m_event->setCurrentIndex(std::max(index, 0));
    });
}

DeliveryQuery DeliveriesPage::currentQuery() const
{
    DeliveryQuery q;
    q.event = m_event->currentData().toString();
    q.channel = channelFromName(m_channel->currentData().toString());
    q.statuses = statusFilter();
    if (!m_backend->isLocal())
        return q;
    q.oldestFirst = m_oldestFirst;
    q.search = m_search->text().trimmed();
    const QString env = m_environment->currentData().toString();
    if (!env.isEmpty())
        q.environment = env == u"production"_s ? Environment::Production : Environment::Sandbox;
    const QDateTime now = nowOf(m_backend);
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any: break;
    case Period::Last15Minutes: q.createdFrom = now.addSecs(-15 * 60); break;
    case Period::LastHour: q.createdFrom = now.addSecs(-3600); break;
    case Period::Last24Hours: q.createdFrom = now.addDays(-1); break;
    case Period::Last7Days: q.createdFrom = now.addDays(-7); break;
    case Period::Custom:
        q.createdFrom = m_from->dateTime().toUTC();
        q.createdBefore = m_before->dateTime().toUTC();
        break;
    }
    return q;
}

void DeliveriesPage::setPeriod(Period period, const QDateTime &from, const QDateTime &before)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_before);
    if (from.isValid())
        m_from->setDateTime(TimeFormat::shown(from));
    if (before.isValid())
        m_before->setDateTime(TimeFormat::shown(before));
    const int index = m_period->findData(int(period));
    if (index == m_period->currentIndex())
        applyFilters();
    else
        m_period->setCurrentIndex(index);
}

void DeliveriesPage::applyFilters()
{
    m_model->setFilter(currentQuery());
    refreshChart();
}

void DeliveriesPage::searchTyped()
{
    m_searchDelay.stop();
    const QString text = m_search->text().trimmed();
    // A whole uuid is one delivery: open it, on any backend, whether the filters show
    // it or not (a remote's trace answers what its list cannot search for).
    if (isWholeUuid(text)) {
        // Locally the list finds it (or the contact it names) and selecting the row
        // opens it; a remote's list cannot search, so its trace is asked directly.
        if (m_backend->isLocal())
            m_pendingSelection = text.toLower();
        else
            m_trace->showDelivery(text.toLower());
    }
    if (m_backend->isLocal()) {
        if (currentQuery().search != m_model->filter().search)
            applyFilters();
    } else if (!text.isEmpty() && !isWholeUuid(text)) {
        m_count->setText(tr("The %1 API cannot search: paste a whole delivery UUID.").arg(m_backend->displayName()));
    } else {
        updateCount();
    }
}

void DeliveriesPage::deliveryChanged(const QString &uuid)
{
    m_changed.insert(uuid);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DeliveriesPage::applyChanges()
{
    const QSet<QString> changed = std::exchange(m_changed, {});
    m_model->refresh();
    // Rows further down than the first page are read one by one, a few at a time.
    int budget = kMaxTraceUpdates;
    for (const QString &uuid : changed) {
        const int row = m_model->rowOf(uuid);
        if (row < DeliveriesModel::kPageSize || budget-- <= 0)
            continue;
        m_backend->deliveryTrace(uuid).then(this, [this](const Result<DeliveryTrace> &trace) {
            if (!trace)
                return;
            Delivery d = trace->delivery;
            d.content = Json::object();
            d.timeline.clear();
            m_model->updateRow(d);
        });
    }
    if (changed.contains(m_trace->uuid()))
        m_trace->reload();
    // At most every kChartEveryMs, and once more after the last change.
    if (!m_chartAge.isValid() || m_chartAge.elapsed() >= kChartEveryMs)
        refreshChart();
    else if (!m_chartTimer.isActive())
        m_chartTimer.start(int(kChartEveryMs - m_chartAge.elapsed()));
}

void DeliveriesPage::refreshChart()
{
    m_chartTimer.stop();
    m_chartAge.start();
    // The chart shows what the table shows, by status over time: every filter applies;
    // without a time filter it covers the last hour.
    DeliveryQuery q = currentQuery();
    q.oldestFirst = false;
    q.offset = 0;
    q.limit = DeliveriesModel::kPageSize;
    // Each page in its own turn of the event loop, after the table's: the window
    // stays responsive while the chart reads.
    const quint64 request = ++m_chartRequest;
    QTimer::singleShot(0, this, [this, request, q] { chartPage(request, q, {}); });
}

namespace {

struct ChartSpan
{
    QDateTime end;
    qint64 spanMs = 3'600'000;
    int slotCount = 60;
    QString label;
};

} // namespace

// Newest first, page after page, until a page reaches past the span or the budget
// is spent (a remote gets fewer requests than the local database).
void DeliveriesPage::chartPage(quint64 request, const DeliveryQuery &query, QList<Delivery> rows)
{
    m_backend->deliveries(query).then(this, [this, request, query, rows](const Result<DeliveryPage> &page) mutable {
        if (request != m_chartRequest || !page)
            return;
        rows += page->deliveries;
        ChartSpan span;
        span.end = nowOf(m_backend);
        span.label = tr("Last hour, per minute");
        switch (m_backend->isLocal() ? Period(m_period->currentData().toInt()) : Period::Any) {
        case Period::Any:
        case Period::LastHour: break;
        case Period::Last15Minutes:
            span = {span.end, 15 * 60'000, 15, tr("Last 15 minutes, per minute")};
            break;
        case Period::Last24Hours:
            span = {span.end, 86'400'000, 24, tr("Last 24 hours, per hour")};
            break;
        case Period::Last7Days:
            span = {span.end, 7 * 86'400'000LL, 7 * 4, tr("Last 7 days, per 6 hours")};
            break;
        case Period::Custom:
            span.end = query.createdBefore;
            span.spanMs = std::max<qint64>(60'000, query.createdFrom.msecsTo(query.createdBefore));
            span.label = tr("%1 to %2").arg(TimeFormat::text(query.createdFrom), TimeFormat::text(query.createdBefore));
            break;
        }
        const bool reachedEnd = page->deliveries.size() < query.limit
            || page->deliveries.last().createdAt < span.end.addMSecs(-span.spanMs);
        const int budget = m_backend->isLocal() ? 20 : 3;
        const int pages = query.offset / query.limit + 1;
        if (reachedEnd || pages >= budget) {
            m_chart->setData(rows, span.end, span.spanMs, span.slotCount, span.label, !reachedEnd);
            return;
        }
        DeliveryQuery next = query;
        next.offset += query.limit;
        QTimer::singleShot(0, this, [this, request, next, rows = std::move(rows)] { chartPage(request, next, rows); });
    });
}

void DeliveriesPage::selectionChanged()
{
    const QString uuid = selectedUuid();
    if (!uuid.isEmpty() && uuid != m_trace->uuid())
        m_trace->showDelivery(uuid);
}

QString DeliveriesPage::selectedUuid() const
{
    return m_table->currentIndex().data(DeliveriesModel::UuidRole).toString();
}

void DeliveriesPage::showDelivery(const QString &uuid)
{
    m_trace->showDelivery(uuid);
    const int row = m_model->rowOf(uuid);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    // Not loaded: newer than the table (refresh brings it in), or hidden by a filter.
    m_pendingSelection = uuid;
    const bool filtered = m_event->currentIndex() > 0 || m_channel->currentIndex() > 0 || !statusFilter().isEmpty()
        || m_environment->currentIndex() > 0 || m_period->currentIndex() > 0 || !m_search->text().isEmpty();
    if (filtered) {
        clearFilters();
        applyFilters();
    } else {
        m_model->refresh();
    }
}

void DeliveriesPage::clearFilters()
{
    const QSignalBlocker search(m_search);
    m_search->clear();
    for (QComboBox *box : {m_event, m_channel, m_environment, m_period}) {
        const QSignalBlocker blocker(box);
        if (box->isEnabled())
            box->setCurrentIndex(0);
    }
    m_status->clear();
    m_from->hide();
    m_before->hide();
}

void DeliveriesPage::showContactDeliveries(const QString &contactUuid)
{
    search(contactUuid);
}

void DeliveriesPage::showEventDeliveries(const QString &identifier)
{
    clearFilters();
    int index = m_event->findData(identifier);
    if (index < 0) {
        m_event->addItem(identifier, identifier); // not loaded yet, or no longer an event
        index = m_event->count() - 1;
    }
    const QSignalBlocker blocker(m_event);
    m_event->setCurrentIndex(index);
    applyFilters();
}

void DeliveriesPage::showChannelDeliveries(Channel channel)
{
    clearFilters();
    const QSignalBlocker blocker(m_channel);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channelName(channel))));
    applyFilters();
}

void DeliveriesPage::search(const QString &text)
{
    clearFilters();
    {
        const QSignalBlocker search(m_search);
        m_search->setText(text);
    }
    applyFilters();
}

QMenu *DeliveriesPage::contextMenu(int row)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"deliveryMenu"_s);
    const Delivery *d = m_model->at(row);
    if (!d)
        return menu;
    const auto add = [this, menu](const QString &label, const QString &name, auto &&slot) {
        QAction *action = menu->addAction(label, this, std::forward<decltype(slot)>(slot));
        action->setObjectName(name);
        return action;
    };
    const auto copy = [](const QString &value) { return [value] { QGuiApplication::clipboard()->setText(value); }; };
    const QString uuid = d->uuid;
    add(tr("Open trace"), u"deliveryMenuOpen"_s, [this, uuid] { showDelivery(uuid); });
    menu->addSeparator();
    add(tr("Copy delivery UUID"), u"deliveryMenuCopyUuid"_s, copy(uuid));
    add(tr("Copy recipient"), u"deliveryMenuCopyRecipient"_s, copy(d->recipient));
    if (!d->messageId.isEmpty())
        add(tr("Copy message id"), u"deliveryMenuCopyMessageId"_s, copy(d->messageId));
    menu->addSeparator();
    const bool local = m_backend->isLocal();
    const QString recipient = d->recipient;
    QAction *byRecipient = add(tr("Search for “%1”").arg(recipient), u"deliveryMenuFilterRecipient"_s,
                               [this, recipient] {
                                   m_search->setText(recipient);
                                   searchTyped();
                               });
    byRecipient->setEnabled(local);
    if (!d->contactUuid.isEmpty()) {
        const QString contact = d->contactUuid;
        QAction *byContact = add(tr("Only deliveries to this contact"), u"deliveryMenuFilterContact"_s,
                                 [this, contact] { showContactDeliveries(contact); });
        byContact->setEnabled(local);
    }
    if (!local) {
        for (QAction *action : menu->actions()) {
            if (action->objectName().startsWith(u"deliveryMenuFilter"_s))
                action->setToolTip(tr("The %1 API cannot search deliveries.").arg(m_backend->displayName()));
        }
    }
    const QString event = d->eventName;
    add(tr("Only event %1").arg(event), u"deliveryMenuFilterEvent"_s, [this, event] {
        if (const int i = m_event->findData(event); i >= 0)
            m_event->setCurrentIndex(i);
    });
    const QString status = d->status;
    add(tr("Only status “%1”").arg(deliveryStateLabel(status)), u"deliveryMenuFilterStatus"_s,
        [this, status] { setStatusFilter({status}); });
    const QString channel = channelName(d->channel);
    add(tr("Only channel %1").arg(channel), u"deliveryMenuFilterChannel"_s, [this, channel] {
        if (const int i = m_channel->findData(channel); i >= 0)
            m_channel->setCurrentIndex(i);
    });
    menu->setToolTipsVisible(true);
    return menu;
}

QStringList DeliveriesPage::statusFilter() const
{
    return m_status->statuses();
}

void DeliveriesPage::setStatusFilter(const QStringList &statuses)
{
    m_status->setStatuses(statuses);
}

void DeliveriesPage::setOldestFirst(bool oldestFirst)
{
    if (!m_backend->isLocal())
        oldestFirst = false;
    {
        const QSignalBlocker header(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(DeliveriesModel::CreatedColumn,
                                                      oldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
    if (std::exchange(m_oldestFirst, oldestFirst) != oldestFirst)
        applyFilters();
}

// A header click: the Created column turns the order round; the others cannot sort
// (no index serves them over a million rows) and leave it as it is.
void DeliveriesPage::sortRequested(int section, Qt::SortOrder order)
{
    if (section == DeliveriesModel::CreatedColumn && m_backend->isLocal())
        setOldestFirst(order == Qt::AscendingOrder);
    else
        setOldestFirst(m_oldestFirst);
}

void DeliveriesPage::selectPending()
{
    if (const QString kept = std::exchange(m_keptSelection, {}); !kept.isEmpty() && m_pendingSelection.isEmpty()) {
        if (const int row = m_model->rowOf(kept); row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    if (m_pendingSelection.isEmpty())
        return;
    const int row = m_model->rowOf(m_pendingSelection);
    if (row < 0)
        return;
    m_pendingSelection.clear();
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void DeliveriesPage::updateCount()
{
    m_count->setText(tr("%1 of %Ln deliveries loaded", nullptr, int(std::min<qint64>(m_model->total(), INT_MAX)))
                         .arg(QLocale().toString(m_model->rowCount())));
}

void DeliveriesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_backend->isLocal()) {
        m_model->refresh();
        m_poll.start();
    }
}

void DeliveriesPage::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    Page::hideEvent(event);
}

} // namespace sendivent::app
