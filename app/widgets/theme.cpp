#include "theme.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QHash>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QWidget>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>

namespace sendivent::app::theme {

using namespace Qt::StringLiterals;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void apply()
{
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0) {
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
    }
    const QString choice = QSettings().value(u"ui/theme"_s, u"system"_s).toString();
    if (choice == u"dark"_s)
        QApplication::setPalette(darkPalette());
    else if (choice == u"light"_s)
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        // An empty palette resolves against the platform's, and keeps following it:
        // Qt re-reads it when the desktop switches between dark and light (on 6.5+
        // through QStyleHints::colorScheme(), on 6.4 through the platform theme).
        QApplication::setPalette(QPalette());
}

void repolish(QWidget *root)
{
    // Style sheets resolve palette(…) when a widget is polished; polishing again
    // makes them take the palette in use.
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->styleSheet().isEmpty())
            continue;
        w->style()->unpolish(w);
        w->style()->polish(w);
        w->update();
    }
}

void recolour(QWidget *root, const Colors &from, const Colors &to)
{
    const QColor Colors::*fields[] = {&Colors::keyword, &Colors::path, &Colors::delimiter, &Colors::string,
        &Colors::comment, &Colors::htmlTag, &Colors::error, &Colors::errorBackground, &Colors::success,
        &Colors::muted};
    QHash<QString, QString> swap;
    QStringList names;
    for (const auto field : fields) {
        const QString old = (from.*field).name();
        if (old != (to.*field).name() && !swap.contains(old)) {
            swap.insert(old, (to.*field).name());
            names << QRegularExpression::escape(old);
        }
    }
    if (swap.isEmpty())
        return;
    // One pass, so a new colour is never taken for an old one.
    const QRegularExpression any(names.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    const auto replaced = [&](const QString &text) {
        QString out;
        qsizetype at = 0;
        for (auto it = any.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at) + swap.value(m.captured().toLower());
            at = m.capturedEnd();
        }
        return at == 0 ? text : out + text.mid(at);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *label = qobject_cast<QLabel *>(w); label && label->text().contains(u'#')) {
            if (const QString t = replaced(label->text()); t != label->text())
                label->setText(t);
        }
        if (w->styleSheet().contains(u'#')) {
            if (const QString t = replaced(w->styleSheet()); t != w->styleSheet())
                w->setStyleSheet(t);
        }
    }
}

QString clockTime(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    format.remove(seconds);
    return QLocale().toString(time, format.trimmed());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base(0x1d, 0x1f, 0x23);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7d, 0x84, 0x8f);
    const QColor accent(0x4c, 0x8d, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(108));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(112));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(120));
    p.setColor(QPalette::LinkVisited, accent.lighter(140));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

Colors colors(const QPalette &palette)
{
    if (isDark(palette)) {
        return {QColor(0xc6, 0x92, 0xf0), QColor(0x7c, 0xc4, 0xf5), QColor(0xe0, 0xa8, 0x5a), QColor(0x98, 0xd0, 0x8a),
            QColor(0x8b, 0x93, 0x9e), QColor(0x6f, 0xb3, 0xb8), QColor(0xff, 0x7b, 0x72), QColor(0x4a, 0x22, 0x22),
            QColor(0x6c, 0xcb, 0x8a), QColor(0x9a, 0xa1, 0xab)};
    }
    return {QColor(0x7a, 0x2d, 0xb8), QColor(0x05, 0x5d, 0xa8), QColor(0xb3, 0x5c, 0x00), QColor(0x2f, 0x7d, 0x32),
        QColor(0x7c, 0x83, 0x8d), QColor(0x11, 0x7a, 0x85), QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea),
        QColor(0x1e, 0x7e, 0x3e), QColor(0x66, 0x70, 0x85)};
}

} // namespace sendivent::app::theme
