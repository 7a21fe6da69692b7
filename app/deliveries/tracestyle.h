#pragma once

#include <QtGui/QColor>
#include <QtGui/QIcon>
#include <QtGui/QPalette>

class QPainter;

namespace sendivent::app {

// How delivery statuses and timeline events look wherever they are shown (table,
// chart, timeline): one colour and one glyph each, readable in light and dark.
QColor deliveryStateColor(const QString &state, const QPalette &palette);
// The name to show for a status or timeline event ("delivered" → "Delivered").
QString deliveryStateLabel(const QString &state);
// A filled circle in the state's colour with its glyph (check, cross, arrow, …).
void paintDeliveryState(QPainter &painter, const QRectF &circle, const QString &state, const QPalette &palette);
QIcon deliveryStateIcon(const QString &state, const QPalette &palette, int size = 14);

} // namespace sendivent::app
