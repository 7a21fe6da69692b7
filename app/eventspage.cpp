#include "eventspage.h"

#include "eventlistmodel.h"

#include <backend.h>

#include <QtCore/QSortFilterProxyModel>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

EventsPage::EventsPage(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(new EventListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search events"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(EventListModel::SortRole);

    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::IdentifierColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("eventStatus"));

    auto *title = new QLabel(tr("Events"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPage::showSelected);
    connect(m_backend, &Backend::dataChanged, this, &EventsPage::reload);
    reload();
}

void EventsPage::reload()
{
    const QString selected = m_table->currentIndex().data(EventListModel::IdentifierRole).toString();
    m_backend->events().then(this, [this, selected](const Result<QList<Event>> &events) {
        if (!events) {
            m_status->setText(tr("Could not load events: %1").arg(events.error().message));
            return;
        }
        m_model->setEvents(events.value());
        m_status->setText(tr("%n event(s)", nullptr, int(events->size())));
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(EventListModel::IdentifierRole).toString() == selected || (selected.isEmpty() && row == 0)) {
                m_table->setCurrentIndex(index);
                break;
            }
        }
        showSelected();
    });
}

void EventsPage::showSelected()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const Event *e = m_model->eventAt(index.row());
    if (!e) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p><code>%2</code></p>").arg(e->name.toHtmlEscaped(), e->identifier.toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='3'>");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList channels;
    for (const Channel c : e->channels)
        channels << channelName(c);
    row(tr("Channels"), channels.join(QStringLiteral(", ")));
    row(tr("Default language"), e->defaultLanguage);
    row(tr("Languages"), e->languages().join(QStringLiteral(", ")));
    row(tr("Templates"), QString::number(e->templates.size()));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace sendivent::app
