#pragma once

#include <base/apierror.h>
#include <workspace/workspace.h>

#include <QtCore/QMap>
#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sendivent::app {

class ErrorBanner;

// The selected event's details as a form: name, identifier, channels, languages and
// the default one. Changes stay in the form until "Save changes"; the page writes
// them and hands back the core's verdict, shown inline.
class EventEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit EventEditor(QWidget *parent = nullptr);

    // `index` is the event's position in the workspace, to read error fields
    // ("events[3].identifier") as this form's own.
    void setEvent(const Event &event, qsizetype index);
    void clearEvent();
    void setReadOnly(bool readOnly);
    bool hasEvent() const { return m_hasEvent; }
    QString originalIdentifier() const { return m_original.identifier; }
    Event editedEvent() const { return m_edited; }
    bool isModified() const { return m_hasEvent && m_edited != m_original; }

    void showError(const Error &error);
    void focusName();

Q_SIGNALS:
    void saveRequested(const QString &originalIdentifier, const sendivent::Event &edited);
    void openTemplatesRequested(const QString &identifier);

private:
    void showEdited(bool withTexts = true);
    void readForm();
    void addLanguage();
    void removeLanguage();
    void updateState();

    Event m_original;
    Event m_edited;
    qsizetype m_index = -1;
    bool m_hasEvent = false;
    bool m_readOnly = false;
    bool m_updating = false;

    QLineEdit *m_name;
    QLineEdit *m_identifier;
    QMap<Channel, QCheckBox *> m_channels;
    QListWidget *m_languages;
    QLineEdit *m_newLanguage;
    QPushButton *m_addLanguage;
    QPushButton *m_removeLanguage;
    QComboBox *m_defaultLanguage;
    QLabel *m_templates;
    QLabel *m_hint;
    ErrorBanner *m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_openTemplates;
};

} // namespace sendivent::app
