#include "emailmessage.h"

#include "deliveries/delivery.h"

#include <QtCore/QCryptographicHash>

namespace sendivent::mail {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxHeaderLine = 78; // RFC 5322 §2.1.1's "SHOULD"
constexpr int kMaxQpLine = 76;     // RFC 2045 §6.7
constexpr QByteArrayView kCrlf = "\r\n";

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    // Text that looks like an encoded-word would be decoded by the reader: encode it.
    return !text.contains(u"=?"_s);
}

// Splits UTF-8 into pieces of at most `first` bytes, then `rest` bytes, never inside
// a character (an encoded-word must hold whole characters, RFC 2047 §5).
QList<QByteArray> utf8Chunks(const QByteArray &utf8, int first, int rest)
{
    QList<QByteArray> chunks;
    qsizetype start = 0;
    while (start < utf8.size()) {
        const int limit = chunks.isEmpty() ? first : rest;
        qsizetype end = std::min(utf8.size(), start + limit);
        // Back off continuation bytes (10xxxxxx) so the next chunk starts a character.
        while (end < utf8.size() && end > start + 1 && (uchar(utf8[end]) & 0xc0) == 0x80)
            --end;
        chunks.append(utf8.mid(start, end - start));
        start = end;
    }
    return chunks;
}

// Folds plain ASCII header text at spaces so no line passes kMaxHeaderLine.
QByteArray foldAscii(const QString &text, int used)
{
    const QByteArray ascii = text.toLatin1();
    if (used + ascii.size() <= kMaxHeaderLine)
        return ascii;
    QByteArray out;
    int line = used;
    const QList<QByteArray> words = ascii.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0) {
            if (line + 1 + words[i].size() > kMaxHeaderLine) {
                out += "\r\n ";
                line = 1;
            } else {
                out += ' ';
                ++line;
            }
        }
        out += words[i];
        line += int(words[i].size());
    }
    return out;
}

bool needsQuoting(const QString &name)
{
    static const QString specials = u"()<>[]:;@\\,.\""_s;
    for (const QChar c : name) {
        if (specials.contains(c))
            return true;
    }
    return false;
}

QByteArray header(QByteArrayView name, const QByteArray &value)
{
    return name.toByteArray() + ": " + value + kCrlf.toByteArray();
}

QByteArray part(QByteArrayView type, const QString &body)
{
    return "Content-Type: " + type.toByteArray() + "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           + quotedPrintable(body) + kCrlf.toByteArray();
}

} // namespace

Mailbox Mailbox::parse(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype open = t.lastIndexOf(u'<');
    if (open >= 0 && t.endsWith(u'>')) {
        QString name = t.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        return {name, t.mid(open + 1, t.size() - open - 2).trimmed()};
    }
    return {QString(), t};
}

QByteArray encodeHeaderText(const QString &text, int used)
{
    if (isPlainAscii(text))
        return foldAscii(text, used);
    // "=?UTF-8?B?" + base64 + "?=": 12 characters around 4 per 3 bytes. The first
    // line shares its room with the header's name; every word stays within the
    // 75 characters RFC 2047 §2 allows.
    constexpr int kWrapper = 12;
    const int firstBytes = std::max(3, (kMaxHeaderLine - used - kWrapper) / 4 * 3);
    const int restBytes = std::min(45, (kMaxHeaderLine - 1 - kWrapper) / 4 * 3);
    QByteArray out;
    const QList<QByteArray> chunks = utf8Chunks(text.toUtf8(), firstBytes, restBytes);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunks[i].toBase64() + "?=";
    }
    return out;
}

QByteArray encodeMailbox(const Mailbox &mailbox)
{
    const QByteArray address = mailbox.address.toUtf8();
    if (mailbox.name.isEmpty())
        return address;
    QByteArray name;
    if (!isPlainAscii(mailbox.name)) {
        name = encodeHeaderText(mailbox.name, kMaxHeaderLine - 75 + 12); // whole words, one line each
    } else if (needsQuoting(mailbox.name)) {
        QByteArray escaped = mailbox.name.toLatin1();
        escaped.replace("\\", "\\\\").replace("\"", "\\\"");
        name = '"' + escaped + '"';
    } else {
        name = mailbox.name.toLatin1();
    }
    return name + " <" + address + '>';
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (l > 0)
            out += kCrlf;
        const QByteArray bytes = lines[l].toUtf8();
        int column = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar c = uchar(bytes[i]);
            const bool last = i == bytes.size() - 1;
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // A soft line break ("=" at the end) keeps every line within 76.
            const int room = last ? kMaxQpLine : kMaxQpLine - 1;
            if (column + token.size() > room) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += int(token.size());
        }
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = when.date();
    const QTime t = when.time();
    const int offset = when.offsetFromUtc() / 60;
    const QString text = QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[d.dayOfWeek() - 1],
                                           d.day(), months[d.month() - 1], d.year(), t.hour(), t.minute(),
                                           t.second(), offset < 0 ? '-' : '+', std::abs(offset) / 60,
                                           std::abs(offset) % 60);
    return text.toLatin1();
}

namespace {

QString mailboxText(const Mailbox &m)
{
    return m.name.isEmpty() ? m.address : u"%1 <%2>"_s.arg(m.name, m.address);
}

// One header as a reader shows it and as it is written.
struct Field
{
    QByteArray name;
    QString shown;
    QByteArray encoded;
};

// The date and Message-ID a message goes out with: its own, else now and a random id.
struct Stamp
{
    QDateTime date;
    QString messageId;
};

Stamp stampOf(const EmailMessage &message)
{
    Stamp stamp{message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc(), message.messageId};
    if (stamp.messageId.isEmpty()) {
        const QString domain = message.from.address.section(u'@', 1);
        stamp.messageId = randomUuid() + u'@' + (domain.isEmpty() ? u"sendivent.local"_s : domain);
    }
    return stamp;
}

bool isMultipart(const EmailMessage &message)
{
    return !message.html.isEmpty() && !message.text.isEmpty();
}

// Derived from the Message-ID, so one message always has one form: what the trace
// shows is what a download writes. "=_" cannot occur in quoted-printable bodies (a
// literal "=" is always "=3D"), so the boundary never collides with the content.
QByteArray boundaryFor(const QString &messageId)
{
    return "=_sendivent_" + QCryptographicHash::hash(messageId.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
}

// Every header of the message, in the order it is written. A message without a From
// (a delivery stored before its sender was kept) has no From header.
QList<Field> fieldsOf(const EmailMessage &message, const Stamp &stamp)
{
    QList<Field> fields;
    const QByteArray date = rfc5322Date(stamp.date);
    fields.append({"Date", QString::fromLatin1(date), date});
    if (!message.from.isEmpty())
        fields.append({"From", mailboxText(message.from), encodeMailbox(message.from)});
    QString toShown;
    QByteArray to;
    for (const Mailbox &m : message.to) {
        toShown += (toShown.isEmpty() ? u""_s : u", "_s) + mailboxText(m);
        to += (to.isEmpty() ? "" : ",\r\n ") + encodeMailbox(m);
    }
    fields.append({"To", toShown, to});
    fields.append({"Subject", message.subject, encodeHeaderText(message.subject, 9)});
    const QByteArray id = '<' + stamp.messageId.toLatin1() + '>';
    fields.append({"Message-ID", QString::fromLatin1(id), id});
    fields.append({"MIME-Version", u"1.0"_s, "1.0"});
    for (const auto &[name, value] : message.extraHeaders)
        fields.append({name, value, encodeHeaderText(value, int(name.size()) + 2)});
    if (isMultipart(message)) {
        const QByteArray boundary = boundaryFor(stamp.messageId);
        fields.append({"Content-Type", QString::fromLatin1("multipart/alternative; boundary=\"" + boundary + '"'),
                       "multipart/alternative;\r\n boundary=\"" + boundary + '"'});
    } else {
        const QByteArray type = message.html.isEmpty() ? "text/plain; charset=UTF-8" : "text/html; charset=UTF-8";
        fields.append({"Content-Type", QString::fromLatin1(type), type});
        fields.append({"Content-Transfer-Encoding", u"quoted-printable"_s, "quoted-printable"});
    }
    return fields;
}

} // namespace

QList<HeaderField> headerFields(const EmailMessage &message)
{
    QList<HeaderField> out;
    for (const Field &f : fieldsOf(message, stampOf(message)))
        out.append({f.name, f.shown});
    return out;
}

QByteArray buildMessage(const EmailMessage &message)
{
    const Stamp stamp = stampOf(message);
    QByteArray out;
    for (const Field &f : fieldsOf(message, stamp))
        out += header(f.name, f.encoded);
    out += kCrlf.toByteArray();
    if (!isMultipart(message)) {
        out += quotedPrintable(message.html.isEmpty() ? message.text : message.html) + kCrlf.toByteArray();
        return out;
    }
    const QByteArray boundary = boundaryFor(stamp.messageId);
    out += "This is a multi-part message in MIME format.\r\n";
    out += "--" + boundary + kCrlf.toByteArray() + part("text/plain", message.text);
    out += "--" + boundary + kCrlf.toByteArray() + part("text/html", message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace sendivent::mail
