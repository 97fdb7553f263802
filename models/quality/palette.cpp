#include "palette.h"

namespace Palette {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor verdictFill(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Poor:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Verdict::Good:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Verdict::Unclassified:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor verdictText(Verdict verdict, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (verdict) {
    case Verdict::Poor:
        return dark ? QColor(0xFF, 0x9E, 0x66) : QColor(0xA3, 0x3A, 0x00);
    case Verdict::Good:
        return dark ? QColor(0x5E, 0xD6, 0xB0) : QColor(0x00, 0x6E, 0x50);
    case Verdict::Unclassified:
        break;
    }
    return dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x5F, 0x5F, 0x5F);
}

QColor severityText(Finding::Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Finding::Severity::Problem:
        return verdictText(Verdict::Poor, palette);
    case Finding::Severity::Warning:
        return dark ? QColor(0xF0, 0xC0, 0x50) : QColor(0x85, 0x5A, 0x00); // orange, darkened
    case Finding::Severity::Note:
        break;
    }
    return dark ? QColor(0xB8, 0xC4, 0xCC) : QColor(0x37, 0x47, 0x4F);
}

QColor chartAverage()
{
    return QColor(0x00, 0x72, 0xB2); // blue
}

QColor chartMaximum()
{
    return QColor(0x56, 0xB4, 0xE9); // sky blue
}

QColor chartPoorAverage()
{
    return verdictFill(Verdict::Poor);
}

QColor chartPoorMaximum()
{
    return QColor(0xF0, 0xA8, 0x78); // vermillion, lighter
}

QColor threshold()
{
    return QColor(0xA3, 0x3A, 0x00);
}

QColor errorText(const QPalette& palette)
{
    return verdictText(Verdict::Poor, palette);
}

QColor successText(const QPalette& palette)
{
    return verdictText(Verdict::Good, palette);
}

QColor redactedMark()
{
    return QColor(0xB4, 0x53, 0x09);
}

QString html(const QColor& color)
{
    return color.name(QColor::HexRgb);
}

} // namespace Palette
