#pragma once

#include <functional>

class QAbstractItemView;
class QMenu;

namespace sendivent::app {

// A right-click on a row of `view` pops up the menu `make` builds for that row (the
// row of the view's model), which deletes itself once closed. With `selectRow`, the
// row becomes the current one first, as it does in a file manager.
void installRowMenu(QAbstractItemView *view, std::function<QMenu *(int row)> make, bool selectRow = false);

} // namespace sendivent::app
