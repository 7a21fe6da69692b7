#pragma once

#include <QtWidgets/QDialog>

class QMenuBar;

namespace sendivent::app {

// Help → Keyboard shortcuts: every shortcut of the window, read from the objects that
// carry them — the menu bar's actions and the pages' own QShortcuts (those with a
// whatsThis saying what they do) — so the list cannot drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group; // the menu, or the page the shortcut works on
        QString text;
        QString keys; // in the platform's notation
    };

    explicit ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    // What `window` answers to: its menu bar's actions, then its pages' shortcuts.
    static QList<Entry> entriesOf(QWidget *window, QMenuBar *menuBar);
};

} // namespace sendivent::app
