#pragma once

#include <QtWidgets/QToolButton>

namespace sendivent::app {

// The Deliveries page's status filter: a button whose menu checks any set of
// statuses (status=a,b), or one at a time where an API filters by one status. The
// button reads what is picked: "All statuses", one status with its icon, two names,
// or "3 statuses".
class StatusFilterButton final : public QToolButton
{
    Q_OBJECT
public:
    explicit StatusFilterButton(QWidget *parent = nullptr);

    QStringList statuses() const;
    // Checks exactly these and emits changed().
    void setStatuses(const QStringList &statuses);
    // Unchecks every status without emitting changed() (the page clears all filters at once).
    void clear();
    // One status at a time: picking one drops the others, and a set picked before
    // keeps its first status (emitting changed() when that drops any).
    void setSingleChoice(bool single);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPicked();

    bool m_single = false;
};

} // namespace sendivent::app
