#pragma once

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sendivent {
class Database;
class JournalStore;
}

namespace sendivent::app {

class JournalModel;

// The request inspector: the local server's request journal (GET /_local/requests,
// read through JournalStore), newest on top, filtered by method, status class and
// path; the selected exchange's bodies; and the request as a curl command.
class JournalView final : public QWidget
{
    Q_OBJECT
public:
    explicit JournalView(QWidget *parent = nullptr);
    ~JournalView() override;

    // The database the server journals into (the GUI's own connection to it).
    void setDatabase(const Database *db);
    // The server's address, for "Copy as curl".
    void setBaseUrl(const QString &url) { m_baseUrl = url; }

    // Reads the journal again now; scheduleReload() once the server's buffered
    // entries are written (it flushes 250 ms after a request).
    void reload();
    void scheduleReload();

    int rowCount() const;
    bool selectRow(int row);
    // Shows every request and selects the one with this X-Request-Id (Go to anything);
    // false when it is not among the newest kShownEntries.
    bool selectRequest(const QString &requestId);
    // The selected request as curl; empty without a selection.
    QString curlForSelection() const;

    static constexpr int kShownEntries = 500;

private:
    void showSelected();

    std::unique_ptr<JournalStore> m_store;
    QString m_baseUrl;
    JournalModel *m_model;
    QComboBox *m_method;
    QComboBox *m_status;
    QLineEdit *m_path;
    QTableView *m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPushButton *m_copyCurl;
    QLabel *m_count;
    QTimer m_reload;
};

} // namespace sendivent::app
