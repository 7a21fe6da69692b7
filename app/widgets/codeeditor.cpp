#include "codeeditor.h"

#include "theme.h"

#include <QtCore/QMimeData>
#include <QtGui/QFontDatabase>
#include <QtGui/QPainter>
#include <QtGui/QTextBlock>
#include <QtWidgets/QToolTip>

namespace sendivent::app {

// The line-number strip, painted by the editor it belongs to.
class CodeEditorGutter final : public QWidget
{
public:
    explicit CodeEditorGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        // The marker's message also on hover over its dot.
        if (event->type() == QEvent::ToolTip && m_editor->problem()) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_editor->problem()->message, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeEditorGutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterGeometry();
}

void CodeEditor::setSingleLine(bool singleLine)
{
    m_singleLine = singleLine;
    setLineWrapMode(singleLine ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setTabChangesFocus(singleLine);
    setSizePolicy(QSizePolicy::Expanding, singleLine ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    if (singleLine)
        setFixedHeight(sizeHint().height());
    updateGutterGeometry();
    updateGeometry();
}

QSize CodeEditor::sizeHint() const
{
    if (!m_singleLine)
        return QPlainTextEdit::sizeHint();
    const int frame = 2 * frameWidth() + int(2 * document()->documentMargin());
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() + frame + 2};
}

QSize CodeEditor::minimumSizeHint() const
{
    if (!m_singleLine)
        return QPlainTextEdit::minimumSizeHint();
    // A one-line field may narrow to a dozen characters: the studio fits 1024 px (issue 21).
    return {fontMetrics().horizontalAdvance(u'x') * 12 + 2 * frameWidth() + gutterWidth(), sizeHint().height()};
}

int CodeEditor::gutterWidth() const
{
    if (m_singleLine)
        return 6; // room for the marker's dot only
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits);
}

void CodeEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
    m_gutter->update();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // A subject has no second line; Enter (with a modifier or not) goes to the window,
    // where Ctrl+Enter sends a test.
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::insertFromMimeData(const QMimeData *source)
{
    if (m_singleLine && source->hasText()) {
        QString text = source->text();
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
        insertPlainText(text);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGutterGeometry();
        updateMarker();
    }
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    const theme::Colors colors = theme::colors(pal);
    painter.setFont(font());

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int number = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool marked = m_problem && m_problem->line == number;
            if (marked) {
                const int d = qMin(8, fontMetrics().height() - 6);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(colors.error);
                const int y = top + (fontMetrics().height() - d) / 2;
                painter.drawEllipse(QRect(m_singleLine ? 0 : 3, y, m_singleLine ? 5 : d, m_singleLine ? 5 : d));
            }
            if (!m_singleLine) {
                painter.setPen(marked ? colors.error : colors.muted);
                painter.drawText(
                    0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight, QString::number(number));
            }
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::setProblem(const TextProblem &problem)
{
    m_problem = problem;
    updateMarker();
    m_gutter->update();
    setToolTip(problem.message);
}

void CodeEditor::clearProblem()
{
    if (!m_problem)
        return;
    m_problem.reset();
    updateMarker();
    m_gutter->update();
    setToolTip(QString());
}

int CodeEditor::problemPosition() const
{
    if (!m_problem)
        return -1;
    const QTextBlock block = document()->findBlockByNumber(qMax(0, m_problem->line - 1));
    if (!block.isValid())
        return qMax(0, document()->characterCount() - 1);
    // Walk code points: a column past an emoji is two UTF-16 units further on.
    const QString text = block.text();
    int offset = 0;
    for (int column = 1; column < m_problem->column && offset < text.size(); ++column)
        offset += text[offset].isHighSurrogate() && offset + 1 < text.size() ? 2 : 1;
    return block.position() + qMin(offset, int(text.size()));
}

void CodeEditor::jumpToProblem()
{
    if (!m_problem)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(problemPosition());
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void CodeEditor::jumpTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(line, 1) - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, std::max(block.length() - 1, 0)));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void CodeEditor::updateMarker()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_problem) {
        const theme::Colors colors = theme::colors(palette());
        const int position = problemPosition();
        const QTextBlock block = document()->findBlock(position);
        QTextCursor cursor(document());
        cursor.setPosition(position);
        // Underline the word at the position; at the end of a line (an unclosed
        // block), the character before it, so there is always something to see.
        if (position >= block.position() + block.length() - 1 && position > block.position())
            cursor.movePosition(QTextCursor::PreviousCharacter);
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection())
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);

        QTextEdit::ExtraSelection line;
        line.format.setBackground(colors.errorBackground);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections << line;

        QTextEdit::ExtraSelection word;
        word.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        word.format.setUnderlineColor(colors.error);
        word.format.setToolTip(m_problem->message);
        word.cursor = cursor;
        selections << word;
    }
    setExtraSelections(selections);
}

} // namespace sendivent::app
