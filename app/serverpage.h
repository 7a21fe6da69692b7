#pragma once

#include "page.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sendivent::app {

// The local server at a glance: whether it runs and where, the key this session
// sends with, and a request to paste into a terminal.
class ServerPage final : public Page
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);

    QString title() const override;

    void setServerStatus(const QString &urlOrError, bool running);
    void setApiKey(const QString &key);

private:
    void refresh();

    QString m_url;
    QString m_error;
    QString m_key;
    bool m_running = false;
    QLabel *m_state;
    QLineEdit *m_address;
    QLineEdit *m_keyEdit;
    QPushButton *m_showKey;
    QPlainTextEdit *m_example;
    QLabel *m_links;
};

} // namespace sendivent::app
