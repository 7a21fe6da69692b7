#include "contactscsv.h"

#include <backend/backend.h>
#include <base/timeutil.h>
#include <contacts/contactinput.h>

#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QTimer>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kExportPage = 100;

QString joinDetails(const Error &error)
{
    QString text = error.message;
    QStringList parts;
    for (const FieldError &d : error.details)
        parts << (d.field.isEmpty() ? d.message : u"%1: %2"_s.arg(d.field, d.message));
    if (!parts.isEmpty())
        text += u" ("_s + parts.join(u"; "_s) + u')';
    return text;
}

} // namespace

QList<QStringList> parseCsv(QStringView text)
{
    if (text.startsWith(QChar(0xfeff)))
        text = text.mid(1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false; // the record has a field (a blank line is no record)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            any = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                record << field;
                records << record;
            }
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

QString csvRecord(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
            out << u'"' + QString(f).replace(u"\""_s, u"\"\""_s) + u'"';
        else
            out << f;
    }
    return out.join(u',') + u"\r\n"_s;
}

QStringList contactCsvHeader()
{
    return {u"uuid"_s,  u"email"_s,    u"phone"_s,   u"name"_s,        u"externalId"_s, u"username"_s, u"avatar"_s,
            u"slack"_s, u"telegram"_s, u"discord"_s, u"push_tokens"_s, u"meta"_s,       u"created_at"_s,
            u"updated_at"_s};
}

QStringList contactCsvFields(const Contact &c)
{
    return {c.uuid,
            c.email,
            c.phone,
            c.name,
            c.externalId,
            c.username,
            c.avatar,
            c.slack,
            c.telegram,
            c.discord,
            c.pushTokens.join(u' '),
            c.meta.empty() ? QString() : QString::fromUtf8(dumpJson(c.meta)),
            isoTimestamp(c.createdAt),
            isoTimestamp(c.updatedAt)};
}

Json contactCsvBody(const QStringList &header, const QStringList &record)
{
    Json body = Json::object();
    for (qsizetype i = 0; i < header.size() && i < record.size(); ++i) {
        const QString key = header[i].trimmed();
        const QString value = record[i].trimmed();
        if (key.isEmpty() || value.isEmpty())
            continue;
        if (key == u"meta"_s) {
            // Exported meta is a JSON object; anything else is kept as text.
            if (auto parsed = parseJson(value.toUtf8()); parsed && parsed->is_object()) {
                body["meta"] = *parsed;
                continue;
            }
        }
        body[toStd(key)] = toStd(value);
    }
    return body;
}

ContactsCsvJob::ContactsCsvJob(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

ContactsCsvJob::~ContactsCsvJob()
{
    delete m_out; // an unfinished export leaves the old file as it was
}

bool ContactsCsvJob::startImport(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_records = parseCsv(QString::fromUtf8(file.readAll()));
    if (m_records.isEmpty()) {
        *error = tr("%1 is empty: the first line must name the columns (email, phone, name, …).").arg(path);
        return false;
    }
    m_header = m_records.takeFirst();
    m_total = m_records.size();
    Q_EMIT progress(0, m_total);
    QTimer::singleShot(0, this, &ContactsCsvJob::importNext);
    return true;
}

void ContactsCsvJob::importNext()
{
    if (m_cancelled)
        return finish(tr("Cancelled after %n row(s).", nullptr, int(m_next)));
    if (m_next >= m_records.size())
        return finish({});
    const qsizetype index = m_next++;
    const int line = int(index) + 2;
    const auto nextTurn = [this] {
        Q_EMIT progress(m_next, m_total);
        // Through the event loop, also when the answer was ready at once: the
        // progress bar paints and a large file does not deepen the stack.
        QTimer::singleShot(0, this, &ContactsCsvJob::importNext);
    };
    auto input = parseContactInput(contactCsvBody(m_header, m_records[index]));
    if (!input) {
        m_rowErrors.append({line, joinDetails(input.error())});
        return nextTurn();
    }
    if (!input->hasIdentifier()) {
        m_rowErrors.append(
            {line, tr("No identifier: give an email, phone, externalId, slack, telegram or discord.")});
        return nextTurn();
    }
    m_backend->saveContact(*input).then(this, [this, line, nextTurn](const Result<SavedContact> &saved) {
        if (!saved)
            m_rowErrors.append({line, joinDetails(saved.error())});
        else if (saved->created)
            ++m_created;
        else
            ++m_updated;
        nextTurn();
    });
}

bool ContactsCsvJob::startExport(const QString &path, QString *error)
{
    m_out = new QSaveFile(path);
    if (!m_out->open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, m_out->errorString());
        return false;
    }
    m_out->write(csvRecord(contactCsvHeader()).toUtf8());
    QTimer::singleShot(0, this, &ContactsCsvJob::exportNext);
    return true;
}

void ContactsCsvJob::exportNext()
{
    if (m_cancelled)
        return finish(tr("Cancelled; the file was not written."));
    m_backend->contacts({}, kExportPage, m_written).then(this, [this](const Result<ContactPage> &page) {
        if (!page)
            return finish(joinDetails(page.error()));
        m_total = page->total;
        QByteArray chunk;
        for (const Contact &c : page->contacts)
            chunk += csvRecord(contactCsvFields(c)).toUtf8();
        m_out->write(chunk);
        m_written += int(page->contacts.size());
        Q_EMIT progress(m_written, m_total);
        if (page->contacts.size() < kExportPage || m_written >= m_total) {
            if (!m_out->commit())
                return finish(tr("Cannot write %1: %2").arg(m_out->fileName(), m_out->errorString()));
            return finish({});
        }
        QTimer::singleShot(0, this, &ContactsCsvJob::exportNext);
    });
}

void ContactsCsvJob::cancel()
{
    m_cancelled = true;
}

void ContactsCsvJob::finish(const QString &error)
{
    Q_EMIT finished(error);
}

} // namespace sendivent::app
