#pragma once

#include <base/result.h>

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QComboBox;
class QNetworkAccessManager;
class QSortFilterProxyModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sendivent {
class LocalOperations;
struct JournalEntry;
struct JournalFilter;
struct JournalEntry;
struct JournalFilter;
}

namespace sendivent::app {

class JournalModel;

// The request inspector: the local server's request journal (GET /_local/requests,
// read through JournalStore), newest on top, filtered by method, status class and
// path; the selected exchange in full (request line, headers with secrets redacted,
// bodies, status, duration, fault); the request as curl, HTTPie or fetch; and a
// replay of it, after a confirmation, with the console's own key.
class JournalView final : public QWidget
{
    Q_OBJECT
public:
    explicit JournalView(QWidget *parent = nullptr);
    ~JournalView() override;

    // The database the server journals into (the GUI's own connection to it).
    // The local services the journal is read from (none: an empty list).
    void setLocal(LocalOperations *local);
    // The server's address, for the snippets and the replay.
    void setBaseUrl(const QString &url);
    // The console's key: a replay authenticates with it (the journal keeps no key),
    // so only requests of its environment, or made without a key, can be replayed.
    void setReplayKey(const QString &key);

    // Reads the journal again now; scheduleReload() once the server's buffered
    // entries are written (it flushes 250 ms after a request).
    void reload();
    void scheduleReload();

    int rowCount() const;
    bool selectRow(int row);
    // Shows every request and selects the one with this X-Request-Id (Go to anything);
    // false when it is not among the newest kShownEntries.
    bool selectRequest(const QString &requestId);
    // The selected request as curl (HTTPie, fetch); empty without a selection.
    QString curlForSelection() const;
    QString httpieForSelection() const;
    QString fetchForSelection() const;
    const JournalEntry *selected() const;
    // Asks (window-modal), then sends the selected request again.
    void replaySelected();
    // Why the selected request cannot be replayed; empty when it can.
    QString replayRefusal() const;

    static constexpr int kShownEntries = 500;

Q_SIGNALS:
    // A replay was answered: its status and the new request's X-Request-Id.
    void replayed(int status, const QString &requestId);

private:
    JournalFilter currentFilter() const;
    void showEntries(Result<QList<JournalEntry>> entries);
    void showSelected();
    void replay(const JournalEntry &entry);
    void showContextMenu(const QPoint &pos);
    QString baseUrl() const;

    LocalOperations *m_local = nullptr;
    quint64 m_reloads = 0; // the newest reload asked for; older answers are dropped
    QString m_baseUrl;
    QString m_replayKey;
    QNetworkAccessManager *m_network = nullptr;
    JournalModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_method;
    QComboBox *m_status;
    QLineEdit *m_path;
    QTableView *m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_requestHeaders;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_responseHeaders;
    QPlainTextEdit *m_response;
    QPushButton *m_replay;
    QPushButton *m_copyCurl;
    QPushButton *m_copyHttpie;
    QPushButton *m_copyFetch;
    QLabel *m_replayResult;
    QLabel *m_count;
    QTimer m_reload;
};

} // namespace sendivent::app
