#include "shortcutsdialog.h"

#include "page.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QAction>
#include <QtGui/QShortcut>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// "&Import Workspace…" as a list shows it.
QString plain(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

// The first of a standard key's sequences: the others are the platform's rarer
// alternatives (Shift+Del, F20) that would hide the one people use.
QString keysOf(const QList<QKeySequence> &sequences)
{
    return sequences.isEmpty() ? QString() : sequences.first().toString(QKeySequence::NativeText);
}

void addMenu(QList<ShortcutsDialog::Entry> &entries, const QMenu *menu, const QString &group)
{
    const auto actions = menu->actions();
    for (const QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            addMenu(entries, a->menu(), group);
            continue;
        }
        if (const QString keys = keysOf(a->shortcuts()); !keys.isEmpty())
            entries.append({group, plain(a->text()), keys});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(QWidget *window, QMenuBar *menuBar)
{
    QList<Entry> entries;
    const auto menus = menuBar->actions();
    for (const QAction *a : menus) {
        if (a->menu())
            addMenu(entries, a->menu(), plain(a->text()));
    }
    const auto shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *s : shortcuts) {
        if (s->whatsThis().isEmpty() || s->key().isEmpty())
            continue;
        const Page *page = nullptr;
        for (QObject *o = s->parent(); o && !page; o = o->parent())
            page = qobject_cast<const Page *>(o);
        const QString group = page ? tr("On the %1 page").arg(page->title()) : tr("Everywhere");
        const QString keys = s->key().toString(QKeySequence::NativeText);
        // One line for Ctrl+Return and Ctrl+Enter.
        if (std::any_of(entries.cbegin(), entries.cend(),
                [&](const Entry &e) { return e.group == group && e.text == s->whatsThis(); })) {
            continue;
        }
        entries.append({group, s->whatsThis(), keys});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(u"shortcutsList"_s);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    QTreeWidgetItem *heading = nullptr;
    for (const Entry &e : entries) {
        if (!heading || heading->text(0) != e.group) {
            heading = new QTreeWidgetItem(list, {e.group});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFirstColumnSpanned(true);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(heading, {e.text, e.keys});
        item->setFlags(Qt::ItemIsEnabled);
    }
    list->expandAll();
    list->setItemsExpandable(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    list->setIndentation(12);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(520, 600);
}

} // namespace sendivent::app
