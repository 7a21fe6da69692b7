#include "statusfilterbutton.h"

#include "tracestyle.h"

#include <deliveries/delivery.h>

#include <QtCore/QEvent>
#include <QtWidgets/QMenu>

namespace sendivent::app {

using namespace Qt::StringLiterals;

StatusFilterButton::StatusFilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"deliveryStatusFilter"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"deliveryStatusMenu"_s);
    QAction *all = menu->addAction(tr("All statuses"), this, [this] { setStatuses({}); });
    all->setObjectName(u"deliveryStatus_all"_s);
    menu->addSeparator();
    for (const QString &s : deliveryStatuses()) {
        QAction *action = menu->addAction(deliveryStateIcon(s, palette()), deliveryStateLabel(s));
        action->setObjectName(u"deliveryStatus_"_s + s);
        action->setData(s);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action](bool checked) {
            if (checked && m_single) {
                const auto actions = this->menu()->actions();
                for (QAction *other : actions) {
                    if (other != action && other->isCheckable())
                        other->setChecked(false);
                }
            }
            showPicked();
            Q_EMIT changed();
        });
    }
    setMenu(menu);
    showPicked();
}

QStringList StatusFilterButton::statuses() const
{
    QStringList statuses;
    const auto actions = menu()->actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            statuses << action->data().toString();
    }
    return statuses;
}

void StatusFilterButton::setStatuses(const QStringList &statuses)
{
    const auto actions = menu()->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setChecked(statuses.contains(action->data().toString()));
    }
    showPicked();
    Q_EMIT changed();
}

void StatusFilterButton::clear()
{
    const auto actions = menu()->actions();
    for (QAction *action : actions)
        action->setChecked(false);
    showPicked();
}

void StatusFilterButton::setSingleChoice(bool single)
{
    m_single = single;
    if (const QStringList picked = statuses(); single && picked.size() > 1)
        setStatuses({picked.first()});
}

// The status icons are drawn from the palette: a theme switch redraws them.
void StatusFilterButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    const auto actions = menu()->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setIcon(deliveryStateIcon(action->data().toString(), palette()));
    }
    showPicked();
}

void StatusFilterButton::showPicked()
{
    const QStringList picked = statuses();
    if (picked.isEmpty()) {
        setText(tr("All statuses"));
        setIcon({});
    } else if (picked.size() == 1) {
        setText(deliveryStateLabel(picked.first()));
        setIcon(deliveryStateIcon(picked.first(), palette()));
    } else {
        QStringList labels;
        for (const QString &s : picked)
            labels << deliveryStateLabel(s);
        setText(picked.size() == 2 ? labels.join(u", "_s) : tr("%n statuses", nullptr, int(picked.size())));
        setIcon({});
    }
}

} // namespace sendivent::app
