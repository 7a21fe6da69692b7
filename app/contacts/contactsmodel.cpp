#include "contactsmodel.h"

#include "widgets/timeformat.h"

#include <backend/backend.h>

#include <QtCore/QLocale>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// Where else the contact can be reached besides email and phone.
QString otherChannels(const Contact &c)
{
    QStringList names;
    if (!c.slack.isEmpty())
        names << u"Slack"_s;
    if (!c.telegram.isEmpty())
        names << u"Telegram"_s;
    if (!c.discord.isEmpty())
        names << u"Discord"_s;
    if (!c.pushTokens.isEmpty())
        names << ContactsModel::tr("Push (%n)", nullptr, int(c.pushTokens.size()));
    return names.join(u", "_s);
}

} // namespace

ContactsModel::ContactsModel(QObject *parent)
    : PagedModel<Contact>(parent)
{
    TimeFormat::refreshColumn(this, CreatedColumn);
}

void ContactsModel::setBackend(Backend *backend)
{
    m_backend = backend;
    reload();
}

void ContactsModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

QFuture<Result<ContactsModel::Page>> ContactsModel::fetch(int offset, int limit)
{
    if (!m_backend)
        return QtFuture::makeReadyFuture(Result<Page>(Page{}));
    return m_backend->contacts(m_search, limit, offset).then([](const Result<ContactPage> &page) -> Result<Page> {
        if (!page)
            return page.error();
        return Page{page->contacts, page->total};
    });
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_rows[index.row()];
    if (role == UuidRole)
        return c.uuid;
    if (role == SortRole && index.column() == CreatedColumn)
        return c.createdAt;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn: return c.name;
    case EmailColumn: return c.email;
    case PhoneColumn: return c.phone;
    case ExternalIdColumn: return c.externalId;
    case ChannelsColumn: return otherChannels(c);
    case CreatedColumn: return role == Qt::ToolTipRole ? TimeFormat::iso(c.createdAt) : TimeFormat::text(c.createdAt);
    default: return {};
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The list is in the order contacts were added (the API's paging order); the
    // search's index does not order by a column either.
    if (role == Qt::ToolTipRole)
        return tr("Contacts are listed oldest first, as the API pages them: sorting a column would read and sort "
                  "every contact on each page.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case ExternalIdColumn: return tr("External id");
    case ChannelsColumn: return tr("Also reachable on");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

} // namespace sendivent::app
