#include "smssegments.h"

#include <QtCore/QList>

namespace sendivent {

namespace {

// GSM 03.38 default alphabet (one septet each) and its extension table (two).
constexpr char16_t kBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                              u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr char16_t kExtension[] = u"^{}\\[~]|€\f";

int gsmCost(char16_t c)
{
    for (const char16_t b : kBasic) {
        if (b == c && b != 0)
            return 1;
    }
    for (const char16_t e : kExtension) {
        if (e == c && e != 0)
            return 2;
    }
    return 0;
}

// Packs items of the given sizes into segments of `capacity`, never splitting one.
int packSegments(const QList<int> &sizes, int capacity, int *lastFill)
{
    int segments = sizes.isEmpty() ? 0 : 1;
    int fill = 0;
    for (const int size : sizes) {
        if (fill + size > capacity) {
            ++segments;
            fill = 0;
        }
        fill += size;
    }
    *lastFill = fill;
    return segments;
}

} // namespace

SmsCount countSms(QStringView text)
{
    SmsCount out;
    QList<int> septets;
    septets.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int cost = gsmCost(text[i].unicode());
        if (cost != 0) {
            septets << cost;
            continue;
        }
        // A character outside the BMP (an emoji) is reported whole, not as two halves.
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const QStringView character = text.mid(i, pair ? 2 : 1);
        if (!out.nonGsm.contains(character))
            out.nonGsm += character;
        i += pair ? 1 : 0;
    }

    QList<int> sizes;
    int single = 160;
    int multi = 153;
    if (out.nonGsm.isEmpty()) {
        sizes = septets;
    } else {
        out.encoding = SmsCount::Encoding::Ucs2;
        single = 70;
        multi = 67;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
            sizes << (pair ? 2 : 1);
            i += pair ? 1 : 0;
        }
    }
    for (const int s : sizes)
        out.units += s;

    if (out.units <= single) {
        out.segments = out.units == 0 ? 0 : 1;
        out.perSegment = single;
        out.remaining = single - out.units;
        return out;
    }
    int lastFill = 0;
    out.segments = packSegments(sizes, multi, &lastFill);
    out.perSegment = multi;
    out.remaining = multi - lastFill;
    return out;
}

} // namespace sendivent
