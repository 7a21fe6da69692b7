#pragma once

#include <QtCore/QString>

namespace sendivent {

// How an SMS text is encoded and split, as carriers do (3GPP TS 23.038): GSM-7 when
// every character is in the GSM 03.38 alphabet (its extension table costs two
// septets a character), else UCS-2. A single message holds 160 septets or 70 UCS-2
// units; a concatenated one 153 or 67 per segment, and an escape pair or a surrogate
// pair is never split across segments.
struct SmsCount
{
    enum class Encoding { Gsm7, Ucs2 };
    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets for GSM-7, UTF-16 code units for UCS-2
    int segments = 0; // 0 for an empty text
    int perSegment = 160;
    int remaining = 160; // units left in the last segment before another one starts
    QString nonGsm; // the characters that forced UCS-2, each once, in order
};

SmsCount countSms(QStringView text);

} // namespace sendivent
