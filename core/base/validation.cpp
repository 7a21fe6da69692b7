#include "validation.h"

#include <QtCore/QRegularExpression>

namespace sendivent {

using namespace Qt::StringLiterals;

bool isValidEmail(QStringView email)
{
    static const QRegularExpression re(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        u"(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    return email.size() <= 254 && re.match(email).hasMatch() && !email.contains(u".."_s);
}

bool isValidE164(QStringView phone)
{
    if (phone.size() < 9 || phone.size() > 16 || phone.front() != u'+' || phone[1] == u'0')
        return false;
    for (qsizetype i = 1; i < phone.size(); ++i) {
        if (phone[i] < u'0' || phone[i] > u'9')
            return false;
    }
    return true;
}

bool isValidEventIdentifier(QStringView identifier)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._-]{1,100}$"_s);
    return re.match(identifier).hasMatch();
}

bool isUuid(QStringView s)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(s).hasMatch();
}

} // namespace sendivent
