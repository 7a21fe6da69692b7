#pragma once

#include "page.h"

#include <backend/backendtypes.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class DeliveriesChart;
class DeliveriesModel;
class ErrorBanner;
class StatusFilterButton;
class TraceView;

// Every delivery of the current backend, newest (or oldest) first, as it happens: a
// search box (Ctrl+F; a pasted uuid opens that delivery), filters for event, channel,
// any set of statuses, environment and time; a chart of the filtered deliveries by
// status over the chosen time (the last hour without one);
// and the selected delivery's trace beside the table. The table loads a page at a
// time, so a million deliveries open as fast as ten.
class DeliveriesPage final : public Page
{
    Q_OBJECT
public:
    explicit DeliveriesPage(Backend *backend, QWidget *parent = nullptr);

    QString title() const override;
    QWidget *searchField() const override;
    void setBackend(Backend *backend) override;
    void setLocalServerUrl(const QUrl &url);
    // The local server and the console key, for releasing email to a real inbox.
    void setReleaseServer(const QUrl &url, const QString &apiKey);

    DeliveriesModel *model() const { return m_model; }
    TraceView *traceView() const { return m_trace; }
    DeliveriesChart *chart() const { return m_chart; }
    QString selectedUuid() const;
    // Selects the delivery and shows its trace; it is looked up when not loaded (a
    // delivery hidden by the filters clears them first).
    void showDelivery(const QString &uuid);
    // Every delivery to one contact: the search box holds its uuid, other filters clear.
    void showContactDeliveries(const QString &contactUuid);
    // The search box holds `text` (a message id, a recipient…), other filters clear.
    void search(const QString &text);
    // Every delivery of one event, or on one channel: other filters clear.
    void showEventDeliveries(const QString &identifier);
    void showChannelDeliveries(Channel channel);
    // The table's context menu for `row` (not shown: the caller execs it, tests trigger
    // its actions by objectName).
    QMenu *contextMenu(int row);

    // The status filter: any of these statuses; empty for all. A remote takes one.
    QStringList statusFilter() const;
    void setStatusFilter(const QStringList &statuses);
    // Created-time order (the one order the store reads from an index); the Created
    // column's header toggles it.
    bool isOldestFirst() const { return m_oldestFirst; }
    void setOldestFirst(bool oldestFirst);

    // The time filter's choices, in the combo's order.
    enum class Period { Any, Last15Minutes, LastHour, Last24Hours, Last7Days, Custom };
    void setPeriod(Period period, const QDateTime &from = {}, const QDateTime &before = {});

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadEvents();
    void applyFilters();
    DeliveryQuery currentQuery() const;
    void deliveryChanged(const QString &uuid);
    void applyChanges();
    void updateLiveText();
    void refreshChart();
    void chartPage(quint64 request, const DeliveryQuery &query, QList<Delivery> rows);
    void selectionChanged();
    void selectPending();
    void updateCount();
    void updateSourceControls();
    void searchTyped();
    void clearFilters();
    void sortRequested(int section, Qt::SortOrder order);

    Backend *m_backend;
    DeliveriesModel *m_model;
    QComboBox *m_event;
    QComboBox *m_channel;
    StatusFilterButton *m_status;
    QComboBox *m_environment;
    QComboBox *m_period;
    QLineEdit *m_search;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_before;
    QPushButton *m_refresh;
    QLabel *m_live;
    DeliveriesChart *m_chart;
    QTableView *m_table;
    QLabel *m_count;
    ErrorBanner *m_errors;
    QSplitter *m_splitter;
    TraceView *m_trace;

    QSet<QString> m_changed; // deliveries reported changed since the last update
    QTimer m_coalesce;       // many reports (a load test) become one update
    QTimer m_poll;           // a remote reports nothing: it is asked
    QTimer m_chartTimer;     // the chart's update after the last change
    QTimer m_searchDelay;    // the search runs when typing pauses
    QElapsedTimer m_chartAge;
    QString m_pendingSelection;
    QString m_keptSelection; // selected before the table was reloaded: selected again
    QString m_topRow;        // the row at the top before rows came in above it
    bool m_oldestFirst = false;
    quint64 m_chartRequest = 0;
};

} // namespace sendivent::app
