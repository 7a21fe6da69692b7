#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class EventListModel;

// The workspace's events: a searchable list and the selected event's details.
class EventsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(Backend *backend, QWidget *parent = nullptr);

    void reload();

private:
    void showSelected();

    Backend *m_backend;
    EventListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_status;
};

} // namespace sendivent::app
