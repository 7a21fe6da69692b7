#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace sendivent::mail {

// A mailbox: an optional display name and an address ("Acme <hello@acme.test>").
struct Mailbox
{
    QString name;
    QString address;
    bool isEmpty() const { return address.isEmpty(); }
    // Reads "Name <a@b>", "<a@b>" or "a@b"; nullopt-like empty address when none.
    static Mailbox parse(const QString &text);
};

// What a captured email is made of, for building its RFC 5322 form.
struct EmailMessage
{
    Mailbox from;
    QList<Mailbox> to;
    QString subject;
    QString html; // empty: no HTML part
    QString text; // empty: no plain-text part
    QDateTime date;    // invalid: now
    QString messageId; // without the angle brackets; empty: a random one at from's domain
    QList<QPair<QByteArray, QString>> extraHeaders; // X-… headers, values ASCII or encoded
};

// The message as it goes over SMTP or into an .eml file (RFC 5322 with MIME): CRLF line
// endings, no line over 78 characters but for the body's hard limit of 998, non-ASCII
// header text as RFC 2047 encoded-words, both bodies UTF-8 in quoted-printable, and
// multipart/alternative (text first, HTML last, as clients prefer the last they can
// show) when there are both.
//
// The Date and Message-ID are the message's own, or now and a random id when unset;
// the multipart boundary follows from the Message-ID.
QByteArray buildMessage(const EmailMessage &message);

// One header of a built message: its name and its value as a reader shows it
// (neither encoded nor folded).
struct HeaderField
{
    QByteArray name;
    QString value;
};
// The headers buildMessage() writes for `message`, in its order, from the same code:
// what the trace shows as "headers we would send". Give the message a date and a
// Message-ID for the same values as a build.
QList<HeaderField> headerFields(const EmailMessage &message);

// RFC 2047 "B" encoded-words for `text`, folded onto continuation lines when it is
// long; plain ASCII that needs no encoding is returned as it is. `used` is how much
// of the first line the header's name already takes ("Subject: " = 9).
QByteArray encodeHeaderText(const QString &text, int used = 0);
// A mailbox for a From/To header: the name quoted or encoded as needed.
QByteArray encodeMailbox(const Mailbox &mailbox);
// Quoted-printable (RFC 2045) of UTF-8 text; line breaks in the text become CRLF.
QByteArray quotedPrintable(const QString &text);
// "Fri, 04 Dec 2026 20:52:00 +0000" (RFC 5322 §3.3), English whatever the locale.
QByteArray rfc5322Date(const QDateTime &when);

} // namespace sendivent::mail
