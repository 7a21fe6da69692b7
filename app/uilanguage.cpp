#include "uilanguage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QLibraryInfo>
#include <QtCore/QMutex>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTranslator>
#include <QtGui/QAction>
#include <QtGui/QShortcut>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTextEdit>

#include <memory>
#include <optional>
#include <vector>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// Answers tr() from the translators of the chosen language and remembers which
// source each answer came from: Qt keeps no way back from a text on screen to its
// source, and a live switch needs one for every label built in a constructor. One
// object instead of a retranslateUi() per page that repeats every constructor.
class RecordingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    // Replaces the translators; the next LanguageChange puts the texts into `locale`.
    void use(const QLocale &locale)
    {
        std::vector<std::unique_ptr<QTranslator>> loaded;
        // The console's own first: its strings are the more specific.
        auto own = std::make_unique<QTranslator>();
        if (own->load(locale, u"sendivent"_s, u"_"_s, u":/i18n"_s))
            loaded.push_back(std::move(own));
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            loaded.push_back(std::move(qt));
        const QMutexLocker lock(&m_mutex);
        m_previous = std::exchange(m_language, locale.name());
        m_translators = std::move(loaded);
    }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (!source)
            return {};
        const QMutexLocker lock(&m_mutex);
        QString result;
        for (const auto &translator : m_translators) {
            result = translator->translate(context, source, disambiguation, n);
            if (!result.isNull())
                break;
        }
        QString shown = result.isNull() ? QString::fromUtf8(source) : result;
        if (n >= 0) {
            // As QCoreApplication::translate() fills in a plural's count after this.
            shown.replace(u"%Ln"_s, QLocale().toString(n));
            shown.replace(u"%n"_s, QString::number(n));
        }
        remember(shown, context, source, disambiguation, n);
        return result;
    }

    // `text` in the language now installed, when tr() gave it in this process.
    // Where several sources gave the same text, the one whose context is among
    // `scopes` (the classes of the widget and its parents) wins.
    std::optional<QString> retranslate(const QString &text, const QObject *scope) const
    {
        Origin best;
        QStringList arguments;
        {
            const QMutexLocker lock(&m_mutex);
            int bestScore = -1;
            const auto consider = [&](const Origin &origin, const QStringList &args) {
                const int score = (named(origin.context, scope) ? 4 : 0) + (inScope(origin.context, scope) ? 2 : 0)
                    + (origin.language == m_previous ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = origin;
                    arguments = args;
                }
            };
            if (const auto found = m_seen.constFind(text); found != m_seen.cend()) {
                for (const Origin &origin : *found)
                    consider(origin, {});
            } else {
                // Built with arguments ("Delivery %1 created"): the recorded pattern
                // that matches, its arguments put into the new translation.
                for (const Pattern &pattern : m_patterns) {
                    if (!text.startsWith(pattern.prefix) || !text.endsWith(pattern.suffix))
                        continue;
                    const QRegularExpressionMatch match = pattern.regex.match(text);
                    if (match.hasMatch())
                        consider(pattern.origin, match.capturedTexts().mid(1));
                }
            }
            if (bestScore < 0)
                return std::nullopt;
        }
        QString result = QCoreApplication::translate(best.context.constData(), best.source.constData(),
            best.disambiguation.isEmpty() ? nullptr : best.disambiguation.constData(), best.n);
        for (const QString &argument : std::as_const(arguments))
            result = result.arg(retranslate(argument, scope).value_or(argument));
        return result;
    }

private:
    struct Origin
    {
        QByteArray context;
        QByteArray source;
        QByteArray disambiguation;
        QString language;
        int n = -1;
    };
    // A translation with %1…%9 as a pattern that finds it in a text built from it.
    struct Pattern
    {
        Origin origin;
        QString prefix;
        QString suffix;
        QRegularExpression regex;
    };

    void rememberPattern(const QString &text, const Origin &origin) const
    {
        static const QRegularExpression placeholder(u"%(\\d)"_s);
        QList<int> numbers;
        QString regex = u"^"_s;
        qsizetype at = 0;
        QString literal;
        QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            literal += text.mid(at, m.capturedStart() - at);
            regex += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + u"(.*?)"_s;
            numbers << m.captured(1).toInt();
            at = m.capturedEnd();
        }
        // Numbered in order once each, so the arguments apply with arg() in turn; with
        // too little text around them a pattern would match anything.
        literal += text.mid(at);
        if (numbers.isEmpty() || literal.trimmed().size() < 3)
            return;
        for (int i = 0; i < numbers.size(); ++i) {
            if (numbers[i] != i + 1)
                return;
        }
        regex += QRegularExpression::escape(text.mid(at)) + u"$"_s;
        const qsizetype first = text.indexOf(u'%');
        m_patterns.append({origin, text.left(first), text.mid(at), QRegularExpression(regex,
            QRegularExpression::DotMatchesEverythingOption)});
    }

    // A widget whose text comes from another context than its classes' says which, in
    // its "translationContext" property.
    static bool named(const QByteArray &context, const QObject *scope)
    {
        return scope && scope->property("translationContext").toByteArray() == context;
    }

    static bool inScope(const QByteArray &context, const QObject *scope)
    {
        for (const QObject *o = scope; o; o = o->parent()) {
            for (const QMetaObject *m = o->metaObject(); m; m = m->superClass()) {
                if (context == m->className())
                    return true;
            }
        }
        return false;
    }

    void remember(const QString &text, const char *context, const char *source, const char *disambiguation,
        int n) const
    {
        QList<Origin> &origins = m_seen[text];
        for (const Origin &o : std::as_const(origins)) {
            if (o.language == m_language && o.source == source && o.context == context)
                return;
        }
        const Origin origin{context, source, disambiguation, m_language, n};
        origins.append(origin);
        if (text.contains(u'%'))
            rememberPattern(text, origin);
    }

    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QString m_language;
    QString m_previous;
    mutable QHash<QString, QList<Origin>> m_seen;
    mutable QList<Pattern> m_patterns;
};

QPointer<RecordingTranslator> g_translator;

} // namespace

QLocale uiLocale()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void recordTranslations()
{
    QCoreApplication *application = QCoreApplication::instance();
    if (g_translator || !application)
        return;
    g_translator = new RecordingTranslator(application);
    QCoreApplication::installTranslator(g_translator);
}

void applyUiLanguage()
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return;
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    if (!g_translator)
        g_translator = new RecordingTranslator(application);
    g_translator->use(locale);
    // Installing again is what sends every window QEvent::LanguageChange.
    QCoreApplication::removeTranslator(g_translator);
    QCoreApplication::installTranslator(g_translator);
}

QString retranslated(const QString &text, const QObject *scope)
{
    if (!g_translator || text.isEmpty())
        return text;
    return g_translator->retranslate(text, scope).value_or(text);
}

int retranslateWidgets(QWidget *root)
{
    if (!g_translator || !root)
        return 0;
    const RecordingTranslator &translator = *g_translator;
    int changed = 0;
    const auto redo = [&](const QObject *scope, const QString &text, const auto &set) {
        if (text.isEmpty())
            return;
        if (const std::optional<QString> t = translator.retranslate(text, scope); t && *t != text) {
            set(*t);
            ++changed;
        }
    };

    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        redo(w, w->toolTip(), [w](const QString &t) { w->setToolTip(t); });
        redo(w, w->statusTip(), [w](const QString &t) { w->setStatusTip(t); });
        redo(w, w->whatsThis(), [w](const QString &t) { w->setWhatsThis(t); });
        redo(w, w->accessibleName(), [w](const QString &t) { w->setAccessibleName(t); });
        redo(w, w->accessibleDescription(), [w](const QString &t) { w->setAccessibleDescription(t); });
        redo(w, w->windowTitle(), [w](const QString &t) { w->setWindowTitle(t); });
        if (auto *label = qobject_cast<QLabel *>(w))
            redo(w, label->text(), [label](const QString &t) { label->setText(t); });
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            redo(w, button->text(), [button](const QString &t) { button->setText(t); });
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            redo(w, box->title(), [box](const QString &t) { box->setTitle(t); });
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            redo(w, line->placeholderText(), [line](const QString &t) { line->setPlaceholderText(t); });
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            redo(w, plain->placeholderText(), [plain](const QString &t) { plain->setPlaceholderText(t); });
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            redo(w, rich->placeholderText(), [rich](const QString &t) { rich->setPlaceholderText(t); });
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                redo(w, tabs->tabText(i), [tabs, i](const QString &t) { tabs->setTabText(i, t); });
                redo(w, tabs->tabToolTip(i), [tabs, i](const QString &t) { tabs->setTabToolTip(i, t); });
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            // An editable box holds what was typed; a fixed one its choices.
            for (int i = 0; i < combo->count(); ++i) {
                redo(w, combo->itemText(i), [combo, i](const QString &t) { combo->setItemText(i, t); });
                redo(w, combo->itemData(i, Qt::ToolTipRole).toString(),
                    [combo, i](const QString &t) { combo->setItemData(i, t, Qt::ToolTipRole); });
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            // Models translate in headerData() and data(): they only need asking again.
            QAbstractItemModel *model = view->model();
            if (const int columns = model->columnCount(); columns > 0)
                Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
            view->viewport()->update();
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            redo(w, spin->specialValueText(), [spin](const QString &t) { spin->setSpecialValueText(t); });
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            redo(w, spin->prefix(), [spin](const QString &t) { spin->setPrefix(t); });
            redo(w, spin->suffix(), [spin](const QString &t) { spin->setSuffix(t); });
        }
    }
    const auto actions = root->findChildren<QAction *>();
    for (QAction *a : actions) {
        redo(a, a->text(), [a](const QString &t) { a->setText(t); });
        redo(a, a->toolTip(), [a](const QString &t) { a->setToolTip(t); });
        redo(a, a->iconText(), [a](const QString &t) { a->setIconText(t); });
        redo(a, a->statusTip(), [a](const QString &t) { a->setStatusTip(t); });
        redo(a, a->whatsThis(), [a](const QString &t) { a->setWhatsThis(t); });
    }
    const auto shortcuts = root->findChildren<QShortcut *>();
    for (QShortcut *s : shortcuts)
        redo(s, s->whatsThis(), [s](const QString &t) { s->setWhatsThis(t); });
    return changed;
}

} // namespace sendivent::app
