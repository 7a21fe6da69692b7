#include "rendercommand.h"

#include "commandline.h"

#include <template/handlebars.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

#include <cstdio>

namespace sendivent::app {

namespace {

// The command's strings, in a translation context of their own.
struct RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(sendivent::app::RenderCommand)
};

void writeBytes(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void printError(const QString &message)
{
    writeBytes(stderr, message.toUtf8() + '\n');
}

bool readFile(const QString &path, QByteArray *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(RenderCommand::tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    *contents = file.readAll();
    return true;
}

bool readJson(const QString &path, hbs::Json *json)
{
    QByteArray bytes;
    if (!readFile(path, &bytes))
        return false;
    try {
        *json = hbs::Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const hbs::Json::exception &e) {
        printError(RenderCommand::tr("%1 is not valid JSON: %2").arg(path, QString::fromUtf8(e.what())));
        return false;
    }
    return true;
}

} // namespace

int runRenderCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == QLatin1String("render"))
        args.removeAt(1); // QCommandLineParser wants the program name first, then options

    QCommandLineParser parser;
    parser.setApplicationDescription(RenderCommand::tr("Render a Handlebars template file with JSON data."));
    const QCommandLineOption templateOption(QStringLiteral("template-file"),
                                            RenderCommand::tr("Handlebars template to render."), RenderCommand::tr("file"));
    const QCommandLineOption dataOption(QStringLiteral("data-file"),
                                        RenderCommand::tr("JSON data the template is rendered with."), RenderCommand::tr("file"));
    const QCommandLineOption partialsOption(QStringLiteral("partials-file"),
                                            RenderCommand::tr("JSON object of partial name to template source."),
                                            RenderCommand::tr("file"));
    const QCommandLineOption escapeOption(QStringLiteral("escape"),
                                          RenderCommand::tr("html (default) escapes {{value}} output; none does not."),
                                          RenderCommand::tr("mode"), QStringLiteral("html"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, RenderCommand::tr("Show this help."));
    parser.addOptions({templateOption, dataOption, partialsOption, escapeOption, helpOption});

    if (!parser.parse(args)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        writeBytes(stdout, helpText(parser, QStringLiteral("sendivent-console render")).toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(RenderCommand::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    if (!parser.isSet(templateOption) || !parser.isSet(dataOption)) {
        printError(RenderCommand::tr("usage: sendivent-console render --template-file FILE --data-file FILE "
                      "[--partials-file FILE] [--escape html|none]"));
        return 2;
    }
    const QString escape = parser.value(escapeOption);
    if (escape != QLatin1String("html") && escape != QLatin1String("none")) {
        printError(RenderCommand::tr("--escape must be html or none, not %1").arg(escape));
        return 2;
    }

    QByteArray source;
    hbs::Json data;
    if (!readFile(parser.value(templateOption), &source) || !readJson(parser.value(dataOption), &data))
        return 1;
    hbs::Partials partials;
    if (parser.isSet(partialsOption)) {
        hbs::Json object;
        if (!readJson(parser.value(partialsOption), &object))
            return 1;
        std::string error;
        if (!hbs::Partials::fromJson(object, partials, &error)) {
            printError(parser.value(partialsOption) + QStringLiteral(": ") + QString::fromStdString(error));
            return 1;
        }
    }

    const hbs::Compiled compiled = hbs::Template::compile(std::string_view(source.constData(),
                                                                           static_cast<size_t>(source.size())));
    if (!compiled) {
        printError(QString::fromStdString(compiled.error().toString()));
        return 1;
    }
    const hbs::RenderResult result = compiled.value().render(
        data, partials, escape == QLatin1String("none") ? hbs::Escaping::None : hbs::Escaping::Html);
    if (!result) {
        printError(QString::fromStdString(result.error()));
        return 1;
    }
    const std::string &out = result.value();
    writeBytes(stdout, QByteArray::fromRawData(out.data(), static_cast<qsizetype>(out.size())));
    return 0;
}

} // namespace sendivent::app
