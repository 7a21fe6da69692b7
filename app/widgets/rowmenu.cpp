#include "rowmenu.h"

#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QMenu>

namespace sendivent::app {

void installRowMenu(QAbstractItemView *view, std::function<QMenu *(int row)> make, bool selectRow)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, make = std::move(make), selectRow](const QPoint &at) {
                         const QModelIndex index = view->indexAt(at);
                         if (!index.isValid())
                             return;
                         if (selectRow)
                             view->setCurrentIndex(index);
                         QMenu *menu = make(index.row());
                         if (!menu)
                             return;
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->popup(view->viewport()->mapToGlobal(at));
                     });
}

} // namespace sendivent::app
