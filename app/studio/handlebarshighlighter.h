#pragma once

#include "widgets/theme.h"

#include <QtGui/QSyntaxHighlighter>

namespace sendivent::app {

// Colours Handlebars in a template editor: mustache delimiters, block keywords
// (#if, /each, else, >partial), paths and @data, strings and numbers, comments
// (also {{!-- --}} over several lines), the reference's `| Default` fallback, and
// in HTML fields the tags around them.
class HandlebarsHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit HandlebarsHighlighter(QTextDocument *document, bool html = false);

    void setColors(const theme::Colors &colors);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Text = 0, InMustache = 1, InComment = 2, InLongComment = 3 };

    int highlightMustache(const QString &text, int from, int *state);
    void highlightHtml(const QString &text, int from, int to);
    QTextCharFormat format(const QColor &color, bool bold = false, bool italic = false) const;

    theme::Colors m_colors;
    bool m_html;
};

} // namespace sendivent::app
