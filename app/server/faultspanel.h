#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sendivent {
class FaultRules;
}

namespace sendivent::app {

// The Server page's fault controls (issue 23): the rules in force with what each
// fired, a row to add a common rule (channel or API + kind + next N or a
// probability), "Clear all", and a warning badge shown while any rule can still fire.
// It works on the local server's FaultRules, which are thread-safe.
class FaultsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FaultsPanel(QWidget *parent = nullptr);

    // Null: no local server (remote data source) — everything disabled.
    void setFaults(FaultRules *faults);
    // Proxy mode forwards /v1 as it is: no fault applies, and none can be added.
    void setProxying(bool proxying);
    // The badge, for the page's header (it stays visible whatever tab is shown).
    QLabel *badge() const { return m_badge; }

public Q_SLOTS:
    void refresh();

private:
    void kindChanged();
    void addRule();
    void clearRules();

    QPointer<FaultRules> m_faults;
    bool m_proxying = false;
    QLabel *m_badge;
    QLabel *m_note;
    QTableWidget *m_table;
    QComboBox *m_target;
    QComboBox *m_kind;
    QComboBox *m_when;
    QSpinBox *m_amount;
    QPushButton *m_add;
    QPushButton *m_clear;
    QTimer m_refresh; // changes come per send: shown at most every 100 ms
};

} // namespace sendivent::app
