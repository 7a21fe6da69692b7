#pragma once

#include <base/result.h>
#include <deliveries/delivery.h>

#include <QtWidgets/QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sendivent {
class LocalOperations;
struct ApiKey;
}

namespace sendivent::app {

// The local server's stored API keys: listed by prefix (only their hash is kept),
// created — the new key shown once, with a button to copy it — and revoked. The
// server checks keys against the database on every request, so a change counts at
// once.
class ApiKeysPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeysPanel(QWidget *parent = nullptr);
    ~ApiKeysPanel() override;

    // The local services whose keys are listed (none: nothing to list or create).
    void setLocal(LocalOperations *local);
    void reload();

    // What the buttons do; the key is returned (and shown) once.
    Result<QString> createKey(Environment environment, const QString &label);
    Status revokeKey(qint64 id);
    // The selected key's id; 0 when none is selected.
    qint64 selectedKey() const;

private:
    void createRequested();
    void revokeRequested();
    void showProblem(const QString &message);
    void showKeys(const Result<QList<ApiKey>> &keys);

    LocalOperations *m_local = nullptr;
    quint64 m_reloads = 0; // the newest reload asked for
    QTreeWidget *m_keys;
    QLineEdit *m_label;
    QComboBox *m_environment;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QFrame *m_newKeyPanel;
    QLineEdit *m_newKey;
    QLabel *m_problem;
};

} // namespace sendivent::app
