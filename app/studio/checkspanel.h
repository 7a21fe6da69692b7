#pragma once

#include <checks/templatechecks.h>

#include <QtWidgets/QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sendivent::app {

// The studio's Checks tab (issue 20): the findings of the template checks for the
// event being edited, as `check-templates` reports them. Activating a finding asks
// the studio to show its template field at its line and column; "Learn more" opens
// the caniemail.com page of an email client finding. The clients checked are chosen
// in a menu and remembered.
class ChecksPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget *parent = nullptr);

    void setFindings(const QList<checks::Finding> &findings);
    const QList<checks::Finding> &findings() const { return m_findings; }
    // "Checks", "Checks (2)": the tab's title.
    QString tabTitle() const;
    QStringList clients() const { return m_clients; }

Q_SIGNALS:
    void findingActivated(const sendivent::checks::Finding &finding);
    // The findings are stale: other clients were chosen, or the language changed
    // (their messages are in it).
    void recheckNeeded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseClients();
    void activated(QTreeWidgetItem *item);
    void updateSummary();
    void showDetail();
    void retranslate();

    QList<checks::Finding> m_findings;
    QStringList m_clients;
    QLabel *m_summary;
    QToolButton *m_clientsButton;
    QTreeWidget *m_list;
    QLabel *m_detail; // the current finding in full, with its caniemail link
};

} // namespace sendivent::app
