#include "faultspanel.h"

#include "widgets/theme.h"

#include <base/channel.h>
#include <emulation/faults.h>

#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

enum Column { RuleColumn, KindColumn, TargetColumn, WhenColumn, FiredColumn, ColumnCount };

QString text(const Json &j, const char *field)
{
    return j.contains(field) && j[field].is_string() ? toQt(j[field].get<std::string>()) : QString();
}

// "sms · event order.* · to +1555*" — what a rule matches, in a few words.
QString targetOf(const Json &rule)
{
    QStringList parts;
    if (const QString method = text(rule, "method"); !method.isEmpty())
        parts << method;
    if (const QString path = text(rule, "path"); !path.isEmpty())
        parts << path;
    if (const QString channel = text(rule, "channel"); !channel.isEmpty())
        parts << channel;
    if (const QString provider = text(rule, "provider"); !provider.isEmpty())
        parts << provider;
    if (const QString event = text(rule, "event"); !event.isEmpty())
        parts << FaultsPanel::tr("event %1").arg(event);
    if (const QString recipient = text(rule, "recipient"); !recipient.isEmpty())
        parts << FaultsPanel::tr("to %1").arg(recipient);
    if (parts.isEmpty()) {
        return isApiFault(faultKindFromName(text(rule, "kind")).value_or(FaultKind::Refuse))
            ? FaultsPanel::tr("every /v1 request")
            : FaultsPanel::tr("every send");
    }
    return parts.join(u" · "_s);
}

QString whenOf(const Json &rule)
{
    QString when = rule.contains("count")
        ? FaultsPanel::tr("next %1").arg(rule["count"].get<int>())
        : FaultsPanel::tr("%1% of matches").arg(QLocale().toString(rule["probability"].get<double>() * 100, 'g', 3));
    if (rule.contains("latency_ms"))
        when += FaultsPanel::tr(", %1–%2 ms").arg(rule["latency_ms"][0].get<int>()).arg(rule["latency_ms"][1].get<int>());
    return when;
}

} // namespace

FaultsPanel::FaultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_target(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_when(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_add(new QPushButton(tr("Add rule"), this))
    , m_clear(new QPushButton(tr("Clear all"), this))
{
    setObjectName(u"faultsPanel"_s);
    m_badge->setObjectName(u"faultsBadge"_s);
    m_note->setObjectName(u"faultsNote"_s);
    m_table->setObjectName(u"faultsTable"_s);
    m_target->setObjectName(u"faultTarget"_s);
    m_kind->setObjectName(u"faultKind"_s);
    m_when->setObjectName(u"faultWhen"_s);
    m_amount->setObjectName(u"faultAmount"_s);
    m_add->setObjectName(u"faultAdd"_s);
    m_clear->setObjectName(u"faultsClear"_s);

    const theme::Colors colors = theme::colors(palette());
    m_badge->setStyleSheet(u"QLabel { color: %1; background: %2; border-radius: 4px; padding: 2px 8px; font-weight: bold; }"_s
                               .arg(colors.error.name(), colors.errorBackground.name()));
    m_badge->setToolTip(tr("Answers and deliveries shaped by a rule say so: X-Sendivent-Fault, the journal, the trace"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Make the emulated providers and the API fail on purpose, to test how your app copes. "
                       "Off by default; POST /_local/reset clears every rule. More rules (targets, latency, a seed): "
                       "PUT /_local/faults or --faults FILE."));

    m_target->addItem(tr("Any channel"), QString());
    for (const Channel channel : kAllChannels)
        m_target->addItem(channelName(channel), channelName(channel));
    m_target->addItem(tr("API requests (/v1)"), u"api"_s);
    m_kind->setToolTip(tr("What the rule does to a matching send or request"));
    m_when->addItem(tr("Next"), u"count"_s);
    m_when->addItem(tr("Probability"), u"probability"_s);
    m_amount->setRange(1, 100);
    m_amount->setValue(3);

    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Kind"), tr("Applies to"), tr("When"), tr("Fired")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    for (const int column : {KindColumn, WhenColumn, FiredColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_target);
    addRow->addWidget(m_kind);
    addRow->addWidget(m_when);
    addRow->addWidget(m_amount);
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    addRow->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &FaultsPanel::refresh);
    connect(m_target, &QComboBox::currentIndexChanged, this, &FaultsPanel::kindChanged);
    connect(m_when, &QComboBox::currentIndexChanged, this, [this] {
        const bool count = m_when->currentData().toString() == u"count"_s;
        m_amount->setRange(1, count ? 1000 : 100);
        m_amount->setSuffix(count ? QString() : u" %"_s);
        m_amount->setValue(count ? 3 : 50);
    });
    connect(m_add, &QPushButton::clicked, this, &FaultsPanel::addRule);
    connect(m_clear, &QPushButton::clicked, this, &FaultsPanel::clearRules);
    kindChanged();
    refresh();
}

void FaultsPanel::setFaults(FaultRules *faults)
{
    if (m_faults)
        disconnect(m_faults, nullptr, this, nullptr);
    m_faults = faults;
    if (faults) {
        // From the server's thread, once per decision: queued, then coalesced.
        connect(faults, &FaultRules::changed, this, [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        });
    }
    refresh();
}

void FaultsPanel::setProxying(bool proxying)
{
    m_proxying = proxying;
    refresh();
}

void FaultsPanel::kindChanged()
{
    const bool api = m_target->currentData().toString() == u"api"_s;
    const QString keep = m_kind->currentData().toString();
    m_kind->clear();
    if (api) {
        m_kind->addItem(tr("429 rate limited"), u"rate_limited"_s);
        m_kind->addItem(tr("500 server error"), u"server_error"_s);
        m_kind->addItem(tr("503 unavailable"), u"unavailable"_s);
    } else {
        m_kind->addItem(tr("Refuse (502)"), u"refuse"_s);
        m_kind->addItem(tr("Fail later"), u"fail"_s);
        m_kind->addItem(tr("Bounce (email)"), u"bounce"_s);
        m_kind->addItem(tr("Complaint (email)"), u"complain"_s);
    }
    if (const int i = m_kind->findData(keep); i >= 0)
        m_kind->setCurrentIndex(i);
}

void FaultsPanel::refresh()
{
    const bool usable = m_faults && !m_proxying;
    for (QWidget *w : std::initializer_list<QWidget *>{m_target, m_kind, m_when, m_amount, m_add})
        w->setEnabled(usable);
    const Json state = m_faults ? m_faults->toJson() : Json{{"rules", Json::array()}, {"active", false}};
    const Json &rules = state["rules"];
    m_clear->setEnabled(m_faults && !rules.empty());
    m_table->setRowCount(int(rules.size()));
    int row = 0;
    int live = 0;
    for (const Json &rule : rules) {
        const bool spent = rule.contains("remaining") && rule["remaining"].get<int>() <= 0;
        live += spent ? 0 : 1;
        const QStringList cells{text(rule, "id"), text(rule, "kind"), targetOf(rule), whenOf(rule),
                                spent ? tr("%1 (spent)").arg(rule["fired"].get<int>())
                                      : QString::number(rule["fired"].get<int>())};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (spent)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    if (m_proxying)
        m_badge->setText(tr("Fault rules paused: proxy mode"));
    else if (live == 1)
        m_badge->setText(tr("⚠ 1 fault rule active"));
    else
        m_badge->setText(tr("⚠ %1 fault rules active").arg(live));
    m_badge->setVisible(live > 0);
    if (m_faults)
        m_table->setToolTip(tr("Seed %1: the same seed and the same requests give the same faults").arg(m_faults->seed()));
}

void FaultsPanel::addRule()
{
    if (!m_faults)
        return;
    // The rules as they are, without their counters, plus the new one; the seed stays.
    Json document = m_faults->toJson();
    Json rules = Json::array();
    for (Json rule : document["rules"]) {
        for (const char *counter : {"matched", "fired", "remaining"})
            rule.erase(counter);
        rules.push_back(std::move(rule));
    }
    Json rule{{"kind", toStd(m_kind->currentData().toString())}};
    const QString target = m_target->currentData().toString();
    if (!target.isEmpty() && target != u"api"_s)
        rule["channel"] = toStd(target);
    if (m_when->currentData().toString() == u"count"_s)
        rule["count"] = m_amount->value();
    else
        rule["probability"] = m_amount->value() / 100.0;
    rules.push_back(rule);
    int n = int(rules.size());
    // Ids by position would change as rules come and go: a fresh one.
    for (QString id = u"r%1"_s.arg(n);; id = u"r%1"_s.arg(++n)) {
        const bool taken = std::any_of(rules.begin(), rules.end(), [&](const Json &r) { return text(r, "id") == id; });
        if (!taken) {
            rules.back()["id"] = toStd(id);
            break;
        }
    }
    const Json replacement{{"seed", document["seed"]}, {"rules", rules}};
    if (Status s = m_faults->replace(replacement); !s) {
        QString message = s.error().message;
        for (const FieldError &d : s.error().details)
            message += u"\n%1 %2"_s.arg(d.field, d.message);
        QMessageBox::warning(this, tr("Fault rule"), message);
    }
    refresh();
}

void FaultsPanel::clearRules()
{
    if (m_faults)
        m_faults->clear();
    refresh();
}

} // namespace sendivent::app
