#pragma once

#include <deliveries/delivery.h>

#include <QtWidgets/QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sendivent::app {

// Asks for the API key of the remote sandbox or production API. OK is enabled once
// the key has the environment's prefix (test_ or live_). Says where the key will be
// kept: the system keychain, or — when there is none — this session only.
class ApiKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ApiKeyDialog(Environment environment, bool keychainAvailable = true, QWidget *parent = nullptr);

    QString key() const;
    // The keychain turned out to be unavailable while the dialog was open: its line says so.
    void setKeychainAvailable(bool available);

private:
    void validate();

    Environment m_environment;
    QLineEdit *m_key;
    QLabel *m_problem;
    QLabel *m_storage;
    QDialogButtonBox *m_buttons;
};

} // namespace sendivent::app
