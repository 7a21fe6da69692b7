#include "apikeydialog.h"

#include <auth/apikey.h>

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QString prefixOf(Environment environment)
{
    return environment == Environment::Production ? u"live_"_s : u"test_"_s;
}

} // namespace

ApiKeyDialog::ApiKeyDialog(Environment environment, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_key(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_storage(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"apiKeyDialog"_s);
    const bool production = environment == Environment::Production;
    setWindowTitle(production ? tr("Production API key") : tr("Sandbox API key"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(production ? tr("Enter the API key of the production API (it starts with live_). "
                                   "With it the console reads real data and sends reach real people.")
                              : tr("Enter the API key of the sandbox API (it starts with test_)."));
    m_storage->setObjectName(u"apiKeyStorage"_s);
    m_storage->setWordWrap(true);
    setKeychainAvailable(keychainAvailable);

    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(prefixOf(environment) + u"…"_s);
    m_problem->setObjectName(u"apiKeyProblem"_s);
    m_problem->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(m_problem);
    layout->addWidget(m_storage);
    layout->addWidget(m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, &ApiKeyDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ApiKeyDialog::setKeychainAvailable(bool available)
{
    m_storage->setText(available ? tr("The key is stored in the system keychain, never in a file.")
                                 : tr("No system keychain is available: the key is kept for this session only "
                                      "and asked for again at the next start."));
}

QString ApiKeyDialog::key() const
{
    return m_key->text().trimmed();
}

void ApiKeyDialog::validate()
{
    const QString text = key();
    const bool fits = environmentOfKey(text) == m_environment && text.size() > prefixOf(m_environment).size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(fits);
    m_problem->setText(text.isEmpty() || fits ? QString()
                                              : tr("A %1 key starts with %2.")
                                                    .arg(m_environment == Environment::Production ? tr("production")
                                                                                                  : tr("sandbox"),
                                                         prefixOf(m_environment)));
}

} // namespace sendivent::app
