#include "terminaltext.h"

QString terminalSafe(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F);
        const bool directionOverride = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        const bool lineSeparator = u == 0x2028 || u == 0x2029; // terminals may break the line there
        if (control || directionOverride || lineSeparator)
            c = QChar::ReplacementCharacter;
    }
    return text;
}
