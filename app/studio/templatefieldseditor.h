#pragma once

#include "widgets/jsontext.h"

#include <base/channel.h>

#include <QtCore/QMap>
#include <QtWidgets/QWidget>

class QLabel;
class QTabWidget;

namespace sendivent::app {

class CodeEditor;
class HandlebarsHighlighter;

// The editors of one channel's template: a one-line editor for a subject or a push
// title, tabs for the bodies (email html and text, push body, chat text), and a
// message strip naming the first syntax error, whose marker sits in its editor.
class TemplateFieldsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateFieldsEditor(Channel channel, QWidget *parent = nullptr);

    Channel channel() const { return m_channel; }
    // Replaces the texts without reporting edits (a language or event switch).
    void setSources(const QMap<QString, QString> &sources, const QString &placeholder = {});
    QMap<QString, QString> sources() const;

    // Fields not named have no problem.
    void setProblems(const QMap<QString, TextProblem> &problems);
    bool hasProblems() const;
    // Shows the first problem's field and puts the cursor on the marker.
    void revealProblem();
    // Shows `field` with the cursor at a 1-based line and column (0: the start).
    void reveal(const QString &field, int line, int column);

    CodeEditor *editor(const QString &field) const { return m_editors.value(field); }
    QString currentField() const;
    // What the studio calls a channel's field ("text" is "Message" outside email).
    static QString fieldTitle(Channel channel, const QString &field);

Q_SIGNALS:
    void edited(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:

    Channel m_channel;
    QStringList m_fields;
    QMap<QString, CodeEditor *> m_editors;
    QList<HandlebarsHighlighter *> m_highlighters;
    QTabWidget *m_tabs;
    QLabel *m_problem;
};

} // namespace sendivent::app
