#include "handlebarshighlighter.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QTextDocument>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

bool isPathChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'/' || c == u'@' || c == u'-' || c == u'$'
        || c == u'[' || c == u']';
}

bool isHelperKeyword(QStringView word)
{
    static const QStringList keywords {
        u"if"_s, u"unless"_s, u"each"_s, u"with"_s, u"else"_s, u"lookup"_s, u"log"_s, u"as"_s, u"this"_s};
    return keywords.contains(word);
}

} // namespace

HandlebarsHighlighter::HandlebarsHighlighter(QTextDocument *document, bool html)
    : QSyntaxHighlighter(document)
    , m_colors(theme::colors(QPalette()))
    , m_html(html)
{ }

void HandlebarsHighlighter::setColors(const theme::Colors &colors)
{
    m_colors = colors;
    rehighlight();
}

QTextCharFormat HandlebarsHighlighter::format(const QColor &color, bool bold, bool italic) const
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

void HandlebarsHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState() < 0 ? Text : previousBlockState();
    int i = 0;
    while (i < text.size()) {
        if (state == InComment || state == InLongComment) {
            const QString close = state == InLongComment ? u"--"_s : QString();
            const qsizetype end
                = text.indexOf(QRegularExpression(QRegularExpression::escape(close) + u"~?\\}\\}"_s), i);
            if (end < 0) {
                setFormat(i, int(text.size()) - i, format(m_colors.comment, false, true));
                i = int(text.size());
                break;
            }
            const int stop = int(text.indexOf(u"}}"_s, end)) + 2;
            setFormat(i, stop - i, format(m_colors.comment, false, true));
            i = stop;
            state = Text;
            continue;
        }
        if (state == InMustache) {
            i = highlightMustache(text, i, &state);
            continue;
        }
        const qsizetype open = text.indexOf(u"{{"_s, i);
        if (open < 0) {
            if (m_html)
                highlightHtml(text, i, int(text.size()));
            break;
        }
        if (m_html)
            highlightHtml(text, i, int(open));
        int after = int(open) + 2;
        if (after < text.size() && text[after] == u'{')
            ++after; // triple-stash
        if (after < text.size() && text[after] == u'~')
            ++after;
        if (text.mid(after, 3) == u"!--"_s) {
            state = InLongComment;
            setFormat(int(open), after + 3 - int(open), format(m_colors.comment, false, true));
            i = after + 3;
            continue;
        }
        if (after < text.size() && text[after] == u'!') {
            state = InComment;
            setFormat(int(open), after + 1 - int(open), format(m_colors.comment, false, true));
            i = after + 1;
            continue;
        }
        setFormat(int(open), after - int(open), format(m_colors.delimiter, true));
        state = InMustache;
        i = after;
    }
    setCurrentBlockState(state);
}

int HandlebarsHighlighter::highlightMustache(const QString &text, int from, int *state)
{
    int i = from;
    bool afterSigil = false;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Closing: "~}}}", "}}}", "~}}", "}}".
        int close = i;
        if (text[close] == u'~')
            ++close;
        if (text.mid(close, 2) == u"}}"_s) {
            close += 2;
            if (close < text.size() && text[close] == u'}')
                ++close;
            setFormat(i, close - i, format(m_colors.delimiter, true));
            *state = Text;
            return close;
        }
        if (c == u'#' || c == u'/' || c == u'^' || c == u'>' || c == u'&' || c == u'*') {
            setFormat(i, 1, format(m_colors.keyword, true));
            afterSigil = true;
            ++i;
            continue;
        }
        if (c == u'|') {
            // The reference's fallback: everything up to the closing braces is text.
            qsizetype end = text.indexOf(u"}}"_s, i);
            if (end < 0)
                end = text.size();
            if (end > i && text[end - 1] == u'~')
                --end;
            setFormat(i, 1, format(m_colors.delimiter, true));
            setFormat(i + 1, int(end) - i - 1, format(m_colors.string, false, true));
            i = int(end);
            continue;
        }
        if (c == u'"' || c == u'\'') {
            qsizetype end = text.indexOf(c, i + 1);
            end = end < 0 ? text.size() : end + 1;
            setFormat(i, int(end) - i, format(m_colors.string));
            i = int(end);
            continue;
        }
        if (c == u'(' || c == u')' || c == u'=') {
            setFormat(i, 1, format(m_colors.delimiter));
            ++i;
            continue;
        }
        if (isPathChar(c)) {
            int end = i;
            while (end < text.size() && isPathChar(text[end]))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            bool number = true;
            for (const QChar d : word)
                number = number && (d.isDigit() || d == u'.' || d == u'-');
            if (afterSigil || isHelperKeyword(word))
                setFormat(i, end - i, format(m_colors.keyword, true));
            else if (number)
                setFormat(i, end - i, format(m_colors.string));
            else
                setFormat(i, end - i, format(m_colors.path, false, word.startsWith(u'@')));
            afterSigil = false;
            i = end;
            continue;
        }
        ++i;
    }
    return i;
}

void HandlebarsHighlighter::highlightHtml(const QString &text, int from, int to)
{
    static const QRegularExpression tag(u"</?[A-Za-z][^<>]*>?|<!--.*?(-->|$)"_s);
    auto it = tag.globalMatch(QStringView(text).mid(from, to - from));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        setFormat(from + int(m.capturedStart()), int(m.capturedLength()), format(m_colors.htmlTag));
    }
}

} // namespace sendivent::app
