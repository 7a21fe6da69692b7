#include "rendereventcommand.h"

#include "commandline.h"

#include <base/validation.h>
#include <contacts/contactinput.h>
#include <contacts/contactservice.h>
#include <send/messagerenderer.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <cstdio>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The command's strings, in a translation context of their own.
struct RenderEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(sendivent::app::RenderEventCommand)
};

// --to: a JSON contact object, or an identifier of a stored contact; an unknown email
// or phone stands for a new contact, as a send would create it (nothing is stored).
Result<Contact> recipient(const QString &to, const Database &db)
{
    if (to.trimmed().startsWith(u'{')) {
        QString problem;
        auto json = parseJson(to.toUtf8(), &problem);
        if (!json)
            return Error::validation(RenderEventCommand::tr("--to is not valid JSON: %1").arg(problem));
        auto input = parseContactInput(*json);
        if (!input)
            return input.error();
        Contact c;
        c.email = input->email.value_or(QString());
        c.phone = input->phone.value_or(QString());
        c.externalId = input->externalId.value_or(QString());
        c.slack = input->slack.value_or(QString());
        c.telegram = input->telegram.value_or(QString());
        c.discord = input->discord.value_or(QString());
        c.name = input->name.value_or(QString());
        c.avatar = input->avatar.value_or(QString());
        c.username = input->username.value_or(QString());
        c.meta = input->meta;
        // A stored contact with the same identifier lends what the object leaves out.
        const QString key = !c.email.isEmpty() ? c.email : !c.phone.isEmpty() ? c.phone : c.externalId;
        if (!key.isEmpty()) {
            if (auto stored = ContactService(db).find(key)) {
                for (auto it = c.meta.begin(); it != c.meta.end(); ++it)
                    stored->meta[it.key()] = *it;
                if (!c.name.isEmpty())
                    stored->name = c.name;
                return *stored;
            }
        }
        return c;
    }
    if (auto stored = ContactService(db).find(to); stored)
        return stored;
    Contact c;
    if (to.contains(u'@') && isValidEmail(to))
        c.email = to.toLower();
    else if (isValidE164(to))
        c.phone = to;
    else
        return Error{ErrorCode::ContactNotFound, RenderEventCommand::tr("no contact '%1' in the workspace").arg(to), {}};
    return c;
}

} // namespace

int runRenderEventCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == u"render"_s)
        args.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        RenderEventCommand::tr("Render an event of the local workspace as a send would, and print each rendered field.\n"
           "The other form, render --template-file T --data-file D, renders a template file."));
    parser.addPositionalArgument(u"event"_s, RenderEventCommand::tr("Event identifier, e.g. order.confirmed."));
    const QCommandLineOption channelOption(u"channel"_s, RenderEventCommand::tr("Only this channel."), RenderEventCommand::tr("channel"));
    const QCommandLineOption languageOption(u"language"_s, RenderEventCommand::tr("Template language (default: the contact's, then the event's)."), RenderEventCommand::tr("language"));
    const QCommandLineOption toOption(u"to"_s, RenderEventCommand::tr("Recipient: a contact JSON object or an identifier."), RenderEventCommand::tr("JSON|identifier"));
    const QCommandLineOption payloadOption(u"payload"_s, RenderEventCommand::tr("Payload JSON object."), RenderEventCommand::tr("JSON"), u"{}"_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s, RenderEventCommand::tr("Folder of the database."), RenderEventCommand::tr("dir"), defaultDataDir());
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, RenderEventCommand::tr("Show this help."));
    parser.addOptions({channelOption, languageOption, toOption, payloadOption, dataDirOption, helpOption});

    if (!parser.parse(args)) {
        writeTo(stderr, parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(helpOption)) {
        writeTo(stdout, helpText(parser, u"sendivent-console render"_s));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        writeTo(stderr, RenderEventCommand::tr("usage: sendivent-console render EVENT [--channel C] [--language L] [--to JSON|IDENTIFIER] "
                         "[--payload JSON] [--data-dir DIR]\n"));
        return 2;
    }
    const QString eventId = parser.positionalArguments().constFirst();
    QString problem;
    const auto payload = parseJson(parser.value(payloadOption).toUtf8(), &problem);
    if (!payload || !payload->is_object()) {
        writeTo(stderr, RenderEventCommand::tr("--payload must be a JSON object%1\n").arg(problem.isEmpty() ? QString() : u": "_s + problem));
        return 2;
    }
    std::optional<Channel> onlyChannel;
    if (parser.isSet(channelOption)) {
        onlyChannel = channelFromName(parser.value(channelOption));
        if (!onlyChannel) {
            writeTo(stderr, RenderEventCommand::tr("--channel must be one of: %1\n").arg(allChannelNames().join(u", "_s)));
            return 2;
        }
    }

    const QString dbPath = QDir(parser.value(dataDirOption)).filePath(u"sendivent.db"_s);
    if (!QFileInfo::exists(dbPath)) {
        writeTo(stderr, RenderEventCommand::tr("no workspace in %1 (start sendivent-console once, or pass --data-dir)\n").arg(parser.value(dataDirOption)));
        return 1;
    }
    Database db(dbPath);
    if (Status s = db.open(); !s) {
        writeTo(stderr, s.error().message + u'\n');
        return 1;
    }
    WorkspaceService workspaces(db);
    auto ws = workspaces.current();
    if (!ws) {
        writeTo(stderr, ws.error().message + u'\n');
        return 1;
    }
    const Event *event = (*ws)->findEvent(eventId);
    if (!event) {
        writeTo(stderr, RenderEventCommand::tr("Event '%1' not found\n").arg(eventId));
        return 1;
    }
    if (onlyChannel && !event->channels.contains(*onlyChannel)) {
        writeTo(stderr, RenderEventCommand::tr("the event %1 does not use the %2 channel\n").arg(eventId, channelName(*onlyChannel)));
        return 1;
    }
    Contact contact;
    if (parser.isSet(toOption)) {
        auto found = recipient(parser.value(toOption), db);
        if (!found) {
            writeTo(stderr, found.error().message + u'\n');
            return 1;
        }
        contact = *found;
    }

    QString language = parser.value(languageOption);
    if (language.isEmpty() && contact.meta.contains("language") && contact.meta["language"].is_string())
        language = toQt(contact.meta["language"].get<std::string>());
    MessageRenderer renderer;
    int failures = 0;
    for (const Channel channel : event->channels) {
        if (onlyChannel && channel != *onlyChannel)
            continue;
        const EventTemplate *tmpl = event->findTemplate(channel, language.isEmpty() ? event->defaultLanguage : language);
        if (!tmpl)
            tmpl = event->findTemplate(channel, event->defaultLanguage);
        if (!tmpl) {
            writeTo(stderr, RenderEventCommand::tr("%1: no template\n").arg(channelName(channel)));
            ++failures;
            continue;
        }
        const Json context = MessageRenderer::context(**ws, contact, *payload, (*ws)->defaultSender(channel));
        const MessageRenderer::Rendered rendered = renderer.render(**ws, workspaces.cachedRevision(), *tmpl, context);
        if (!rendered.ok()) {
            writeTo(stderr, u"%1: %2\n"_s.arg(channelName(channel), rendered.error));
            ++failures;
            continue;
        }
        for (auto it = rendered.content.begin(); it != rendered.content.end(); ++it) {
            const QString text = it->is_string() ? toQt(it->get<std::string>()) : toQt(it->dump());
            writeTo(stdout, u"== %1 %2 (%3) ==\n%4\n"_s.arg(channelName(channel), toQt(it.key()), tmpl->language, text));
        }
    }
    return failures ? 1 : 0;
}

} // namespace sendivent::app
