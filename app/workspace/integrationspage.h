#pragma once

#include "page.h"

#include <workspace/workspace.h>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace sendivent {
class Backend;
class LocalOperations;
}

namespace sendivent::app {

class ErrorBanner;

// Each channel's provider and status; for the local workspace also the editing of
// integrations (secrets typed into password fields and never shown again) and of
// the plan's addons and contact limit. A remote API's integrations are read-only.
class IntegrationsPage final : public Page
{
    Q_OBJECT
public:
    explicit IntegrationsPage(Backend *backend, QWidget *parent = nullptr);

    QString title() const override;
    void setBackend(Backend *backend) override;

    void reload();
    // Selects the row of `channel`'s first integration (or its "not configured" row).
    bool selectChannel(Channel channel);
    // The list's context menu for `row`; the caller execs it.
    QMenu *contextMenu(int row);

    // The form's state, for tests: provider, status, config rows and secrets to set.
    void setSecret(const QString &key, const QString &value);
    bool saveIntegration();
    bool removeIntegration();
    bool savePlan();

Q_SIGNALS:
    // "Deliveries on this channel": the Deliveries page should show them.
    void deliveriesRequested(sendivent::Channel channel);

private:
    struct Row
    {
        Channel channel;
        int index; // into Workspace::integrations; -1: not configured
    };
    void showSelected();
    void addSecretRow(const QString &key, bool stored);
    bool write(const Workspace &workspace, const QString &done);
    void updateEditable();

    Backend *m_backend;
    LocalOperations *m_local = nullptr;
    QList<Integration> m_integrations;
    QList<Row> m_rows;
    Plan m_plan;

    QLabel *m_notice;
    ErrorBanner *m_errors;
    QTreeWidget *m_list;
    QGroupBox *m_form;
    QLabel *m_formTitle;
    QComboBox *m_provider;
    QComboBox *m_status;
    QTableWidget *m_config;
    QVBoxLayout *m_secrets;
    struct SecretRow
    {
        QWidget *row;
        QLineEdit *key;
        QLineEdit *value; // empty: keep the stored value of `storedKey`
        QString storedKey;
    };
    QList<SecretRow> m_secretRows;
    QPushButton *m_addSecret;
    QPushButton *m_save;
    QPushButton *m_remove;
    QGroupBox *m_planBox;
    QSpinBox *m_contactLimit;
    QCheckBox *m_sms;
    QCheckBox *m_whatsapp;
    QPushButton *m_savePlan;
    QLabel *m_message;
};

} // namespace sendivent::app
