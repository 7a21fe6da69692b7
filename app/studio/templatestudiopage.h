#pragma once

#include "page.h"
#include "previewresult.h"
#include "templatedraft.h"

#include <workspace/workspace.h>

#include <memory>

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace sendivent {
class Backend;
}

namespace sendivent::checks {
struct Finding;
}

namespace sendivent::hbs {
class Partials;
}

namespace sendivent::app {

class ChecksPanel;
class ErrorBanner;
class PreviewPane;
class PreviewRenderer;
class SampleDataPanel;
class StudioSender;
class TemplateFieldsEditor;

// The template studio: one event's templates, a tab per channel and a language
// selector, each edit re-rendered live beside it with sample data, saved through the
// workspace service (which checks it as the API does), and sent for real through the
// local server. The view of a TemplateDraft (the unsaved state) and a StudioSender
// (the test sends). With a remote data source the templates are read-only (editing
// belongs to the local workspace) and "Send test" goes to the remote API, asking
// first when that is production.
class TemplateStudioPage final : public Page
{
    Q_OBJECT
public:
    // `backend` is the local one (Backend::local() is not null).
    explicit TemplateStudioPage(Backend *backend, QWidget *parent = nullptr);

    QString title() const override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void setBackend(Backend *backend) override;
    bool isReadOnly() const;

    // Where "Send test" sends, and with which key; an empty key disables it.
    void setServer(const QUrl &baseUrl, const QString &apiKey);

    void openEvent(const QString &identifier);
    bool setLanguage(const QString &language);
    bool setChannel(Channel channel);
    QString currentEvent() const;
    QString currentLanguage() const;
    std::optional<Channel> currentChannel() const;
    TemplateFieldsEditor *fieldsEditor(Channel channel) const;

    // Ctrl+S: false when nothing was saved (a syntax error, a rejected workspace).
    bool save();
    // Ctrl+Enter.
    void sendTest();

Q_SIGNALS:
    void deliveryRequested(const QString &uuid);

private:
    void reload();
    void loadContacts();
    void loadEvent(const QString &identifier);
    void rebuildChannelTabs();
    void loadSources();
    void revert();
    void edited(Channel channel, const QString &field);
    void renderPreview();
    void runChecks();
    void revealFinding(const checks::Finding &finding);
    void previewRendered(const PreviewResult &result);
    void updateDirtyState();
    void applyMode();
    void showStatus(const QString &text, bool problem = false);
    void rememberSampleData();
    void restoreSampleData();
    bool revealSyntaxError();
    const hbs::Partials &partials();

    Backend *m_backend;
    QPointer<Backend> m_current; // the data source's backend: m_backend, or a remote
    std::shared_ptr<const Workspace> m_workspace; // as last stored
    TemplateDraft m_draft;
    bool m_previewIsFallback = false;
    bool m_sampleEdited = false;
    bool m_wantFirstContact = false; // once the contacts are read
    // Held by pointer so that the page's header (the main window includes it) does not
    // bring in the template engine.
    std::shared_ptr<const hbs::Partials> m_partials;
    std::shared_ptr<const Workspace> m_partialsOf; // the workspace m_partials were built from

    QComboBox *m_eventCombo;
    QComboBox *m_languageCombo;
    QLabel *m_dirty;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPushButton *m_send;
    QComboBox *m_sendTarget; // the sample contact (captured) or my inbox (captured, then released)
    QTabWidget *m_channels;
    QSplitter *m_splitter;
    PreviewPane *m_preview;
    SampleDataPanel *m_sample;
    ChecksPanel *m_checks;
    QTabWidget *m_side; // sample data and checks
    ErrorBanner *m_errors;
    QLabel *m_status;
    QLabel *m_notice;
    QTimer m_debounce;
    PreviewRenderer *m_renderer;
    StudioSender *m_sender;
};

} // namespace sendivent::app
