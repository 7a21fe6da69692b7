#pragma once

// "Copied" on every copy button (issue 21): the one place a button puts text on the
// clipboard and says so, so each copy button answers the same way.
class QAbstractButton;
class QString;

namespace sendivent::app {

// Puts `text` on the clipboard, and shows "Copied" on `button` for a moment (its width
// kept, so the row does not move) before its own text comes back. Its accessible
// description says the same for a screen reader.
void copyWithFeedback(QAbstractButton *button, const QString &text);

// How long the button says "Copied", in milliseconds.
inline constexpr int kCopiedFeedbackMs = 1500;

} // namespace sendivent::app
