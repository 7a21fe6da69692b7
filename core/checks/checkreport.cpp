#include "checkreport.h"

#include "workspace/workspace.h"

#include <QtCore/QXmlStreamWriter>

namespace sendivent::checks {

using namespace Qt::StringLiterals;

QString textReport(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings) {
        out += u"%1: %2 [%3] %4"_s.arg(f.location().isEmpty() ? u"workspace"_s : f.location(), severityName(f.severity), f.check, f.message);
        if (!f.url.isEmpty())
            out += u" (" + f.url + u')';
        out += u'\n';
    }
    return out;
}

QByteArray jsonReport(const QList<Finding> &findings)
{
    Json list = Json::array();
    for (const Finding &f : findings) {
        Json item = Json::object();
        item["severity"] = toStd(severityName(f.severity));
        item["check"] = toStd(f.check);
        const auto orNull = [](const QString &s) { return s.isEmpty() ? Json(nullptr) : Json(toStd(s)); };
        item["event"] = orNull(f.event);
        item["channel"] = orNull(f.channel);
        item["language"] = orNull(f.language);
        item["field"] = orNull(f.field);
        item["line"] = f.line > 0 ? Json(f.line) : Json(nullptr);
        item["column"] = f.column > 0 ? Json(f.column) : Json(nullptr);
        item["message"] = toStd(f.message);
        item["url"] = orNull(f.url);
        Json clients = Json::array();
        for (const QString &c : f.clients)
            clients.push_back(toStd(c));
        item["clients"] = clients;
        list.push_back(std::move(item));
    }
    Json counts = Json::object();
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        counts[toStd(severityName(s))] = std::count_if(findings.cbegin(), findings.cend(), [s](const Finding &f) { return f.severity == s; });
    Json root = Json::object();
    root["findings"] = std::move(list);
    root["counts"] = std::move(counts);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray junitReport(const Workspace &workspace, const QList<Finding> &findings, Severity failOn)
{
    struct Case
    {
        QString className;
        QString name;
        QList<const Finding *> findings;
    };
    QList<Case> cases;
    const auto caseFor = [&cases](const QString &className, const QString &name) -> Case & {
        for (Case &c : cases) {
            if (c.className == className && c.name == name)
                return c;
        }
        cases.append({className, name, {}});
        return cases.last();
    };
    for (auto it = workspace.partials.cbegin(); it != workspace.partials.cend(); ++it)
        caseFor(u"partials"_s, it.key());
    for (const Event &e : workspace.events) {
        caseFor(e.identifier, u"event"_s); // translations and payload keys
        for (const EventTemplate &t : e.templates)
            caseFor(e.identifier, channelName(t.channel) + u'/' + t.language);
    }
    for (const Finding &f : findings) {
        if (f.event.isEmpty() && f.field.startsWith(u"partial:"_s))
            caseFor(u"partials"_s, f.field.mid(8)).findings << &f;
        else if (f.channel.isEmpty())
            caseFor(f.event, u"event"_s).findings << &f;
        else
            caseFor(f.event, f.channel + u'/' + f.language).findings << &f;
    }

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"testsuites"_s);
    int failures = 0;
    for (const Case &c : std::as_const(cases)) {
        if (std::any_of(c.findings.cbegin(), c.findings.cend(), [failOn](const Finding *f) { return f->severity >= failOn; }))
            ++failures;
    }
    w.writeStartElement(u"testsuite"_s);
    w.writeAttribute(u"name"_s, u"sendivent templates"_s);
    w.writeAttribute(u"tests"_s, QString::number(cases.size()));
    w.writeAttribute(u"failures"_s, QString::number(failures));
    w.writeAttribute(u"errors"_s, u"0"_s);
    for (const Case &c : std::as_const(cases)) {
        w.writeStartElement(u"testcase"_s);
        w.writeAttribute(u"classname"_s, c.className);
        w.writeAttribute(u"name"_s, c.name);
        QString output;
        for (const Finding *f : c.findings) {
            const QString line = u"%1: %2 [%3] %4"_s.arg(f->location(), severityName(f->severity), f->check, f->message);
            if (f->severity >= failOn) {
                w.writeStartElement(u"failure"_s);
                w.writeAttribute(u"type"_s, f->check);
                w.writeAttribute(u"message"_s, f->message);
                w.writeCharacters(line + (f->url.isEmpty() ? QString() : u"\n"_s + f->url));
                w.writeEndElement();
            } else {
                output += line + u'\n';
            }
        }
        if (!output.isEmpty())
            w.writeTextElement(u"system-out"_s, output);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace sendivent::checks
