#include "jsontext.h"

#include <QtCore/QCoreApplication>

namespace sendivent::app {

namespace {

// nlohmann reports the byte it stopped at; an editor wants a line and a column.
void positionOfByte(const QByteArray &utf8, qsizetype byte, TextProblem *problem)
{
    int line = 1;
    int column = 1;
    const qsizetype end = qMin(byte, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    // The byte nlohmann names (1-based) is the offending one; past the end, the
    // problem is where the text stops.
    problem->line = line;
    problem->column = byte > utf8.size() ? column : qMax(1, column - 1);
}

} // namespace

std::optional<Json> parseJsonText(const QString &text, TextProblem *problem)
{
    const QByteArray utf8 = text.toUtf8();
    try {
        return Json::parse(utf8.cbegin(), utf8.cend());
    } catch (const Json::parse_error &e) {
        if (problem) {
            positionOfByte(utf8, qsizetype(e.byte), problem);
            // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
            // error while parsing value - unexpected '}'" → the part after the position.
            QString detail = QString::fromUtf8(e.what());
            const qsizetype colon = detail.indexOf(QLatin1String(": "));
            if (colon >= 0)
                detail = detail.mid(colon + 2);
            problem->message = detail;
        }
    } catch (const Json::exception &) {
        if (problem) {
            problem->line = 1;
            problem->column = 1;
            problem->message = QCoreApplication::translate("sendivent::app::JsonText", "not valid JSON");
        }
    }
    return std::nullopt;
}

QString formatJson(const Json &value)
{
    return QString::fromStdString(value.dump(2, ' ', false, Json::error_handler_t::replace));
}

} // namespace sendivent::app
