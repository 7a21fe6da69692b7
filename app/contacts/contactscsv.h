#pragma once

#include <base/json.h>
#include <contacts/contact.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QStringList>

class QSaveFile;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// RFC 4180 CSV: fields in double quotes may hold commas, quotes (doubled) and line
// breaks; CRLF or LF ends a record; a UTF-8 byte order mark is skipped.
QList<QStringList> parseCsv(QStringView text);
QString csvRecord(const QStringList &fields);

// The columns an export writes; an import reads the same (uuid, push_tokens and the
// timestamps are ignored, as the API ignores them; meta is a JSON object).
QStringList contactCsvHeader();
QStringList contactCsvFields(const Contact &contact);
// One data record as the body of POST /v1/contacts: header → cell, empty cells left
// out; any column the API does not know goes to meta.
Json contactCsvBody(const QStringList &header, const QStringList &record);

// One problem of an import: the line of the file (the header is line 1) and why.
struct CsvRowError
{
    int line = 0;
    QString message;
};

// Imports or exports contacts through a backend, one request at a time, reporting
// progress; the event loop runs between requests, so the window stays responsive
// and a remote's answers arrive.
class ContactsCsvJob final : public QObject
{
    Q_OBJECT
public:
    explicit ContactsCsvJob(Backend *backend, QObject *parent = nullptr);
    ~ContactsCsvJob() override;

    // False (with the reason in `error`) when the file cannot be read or has no header.
    bool startImport(const QString &path, QString *error);
    bool startExport(const QString &path, QString *error);
    void cancel();

    int created() const { return m_created; }
    int updated() const { return m_updated; }
    int written() const { return m_written; }
    const QList<CsvRowError> &rowErrors() const { return m_rowErrors; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `error` is empty when the job ran to the end (row errors are in rowErrors()).
    void finished(const QString &error);

private:
    void importNext();
    void exportNext();
    void finish(const QString &error);

    Backend *m_backend;
    QStringList m_header;
    QList<QStringList> m_records;
    qsizetype m_next = 0;
    QSaveFile *m_out = nullptr;
    qint64 m_total = 0;
    int m_created = 0;
    int m_updated = 0;
    int m_written = 0;
    bool m_cancelled = false;
    QList<CsvRowError> m_rowErrors;
};

} // namespace sendivent::app
