#pragma once

#include <QtGui/QIcon>
#include <QtWidgets/QWidget>

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// A page of the main window: its title in the sidebar, and what the window asks of
// it before closing. MainWindow knows pages only through this.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

    // Edits that would be lost by closing the window.
    virtual bool hasUnsavedChanges() const { return false; }
    // Saves them; false (with the reason shown on the page) when it could not.
    virtual bool saveChanges() { return true; }

    // The data source switched (Local / Sandbox / Production): show `backend`'s data.
    virtual void setBackend(Backend *backend) { Q_UNUSED(backend); }

    // The page's search field, which Edit → Find (Ctrl+F) focuses; none by default.
    virtual QWidget *searchField() const { return nullptr; }
};

} // namespace sendivent::app
