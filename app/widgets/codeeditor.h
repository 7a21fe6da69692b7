#pragma once

#include "jsontext.h"

#include <QtWidgets/QPlainTextEdit>

#include <optional>

namespace sendivent::app {

// A plain-text editor for templates and JSON: a line-number gutter, and an inline
// marker (a wavy underline and a gutter dot) at a problem's line and column. A
// single-line variant (subjects, push titles) has neither gutter nor newlines.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setSingleLine(bool singleLine);
    bool isSingleLine() const { return m_singleLine; }

    // Line and column are 1-based; the column counts code points (the template
    // engine's and the JSON parser's unit), not UTF-16 units.
    void setProblem(const TextProblem &problem);
    void clearProblem();
    const std::optional<TextProblem> &problem() const { return m_problem; }
    // The document position the problem points at, for tests and for jumping to it.
    int problemPosition() const;
    void jumpToProblem();
    // Puts the cursor at a 1-based line and column (a check's finding) and shows it.
    void jumpTo(int line, int column);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    friend class CodeEditorGutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutterGeometry();
    void updateMarker();

    QWidget *m_gutter;
    std::optional<TextProblem> m_problem;
    bool m_singleLine = false;
};

} // namespace sendivent::app
