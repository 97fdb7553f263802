#pragma once

// The rows of the inspector: groups of "property | value", each value formatted for people,
// with "not reported" where a value is missing. Internal to PropertyModel.

#include "format/displayformat.h"
#include "propertymodel.h"
#include "record/schema.h"

#include <QCoreApplication>

#include <unordered_set>

namespace inspector {

/// A property no row of the inspector is written for (a new one in schema.h): its JSON name
/// and its value in its unit.
inline QString genericText(ValueKind kind, Unit unit, double number)
{
    if (kind == ValueKind::Duration)
        return DisplayFormat::milliseconds(number);
    switch (unit) {
    case Unit::Fraction:
        return DisplayFormat::percentFromFraction(number);
    case Unit::Percent:
        return DisplayFormat::percent(number);
    case Unit::BitsPerSecond:
        return DisplayFormat::bitsPerSecond(qint64(number));
    case Unit::FramesPerSecond:
        //: %1 a frame rate, e.g. "29.5"
        return QCoreApplication::translate("PropertyModel", "%1 fps").arg(DisplayFormat::number(number, 1));
    case Unit::Megahertz:
        //: %1 a processor speed, e.g. "2,800"
        return QCoreApplication::translate("PropertyModel", "%1 MHz").arg(DisplayFormat::number(number, 0));
    case Unit::PerFiveMinutes:
        //: %1 how often something happened, e.g. "3"
        return QCoreApplication::translate("PropertyModel", "%1 per 5 min").arg(DisplayFormat::number(number));
    case Unit::None:
        break;
    }
    return DisplayFormat::number(number);
}

/// Collects groups and rows; each add* turns a possibly missing value into a row.

/// Collects groups and rows; each typed adder turns a possibly missing value into a row and
/// notes that the value has one, so that others() can add what no row was written for.
class PropertyRows {
    Q_DECLARE_TR_FUNCTIONS(PropertyModel)

public:
    std::vector<PropertyModel::Group> groups;

    /// Rows for the properties of `object` that have a value but no row yet: what schema.h
    /// declares and this inspector does not know by name (annotations aside).
    template <typename T>
    void others(const T& object)
    {
        for (const Property<T>& p : properties<T>()) {
            if (p.name.starts_with('@') || !p.isSet(object) || m_shown.contains(p.address(object)))
                continue;
            otherGroup();
            const QString name = QString::fromLatin1(p.name.data(), qsizetype(p.name.size()));
            switch (p.kind) {
            case ValueKind::Text:
                text(name, object.*(p.text));
                break;
            case ValueKind::Number:
            case ValueKind::Duration:
                row(name, genericText(p.kind, p.unit, *(object.*(p.number))));
                break;
            case ValueKind::Integer:
                row(name, genericText(p.kind, p.unit, double(*(object.*(p.integer)))));
                break;
            case ValueKind::Boolean:
                boolean(name, object.*(p.boolean));
                break;
            case ValueKind::DateTime:
                dateTime(name, object.*(p.dateTime));
                break;
            case ValueKind::Enum:
                enumValue(name, p.enumType, object.*(p.enumValue));
                break;
            case ValueKind::EnumList: {
                QStringList names;
                for (const auto& value : object.*(p.enumList))
                    names.append(enumValueText(p.enumType, value));
                row(name, names.join(u", "));
                break;
            }
            }
        }
    }
    /// Notes values shown in a row of their own, or left out on purpose.
    void shown(const void* value) { m_shown.insert(value); }
    /// Starts the "Other properties" group, unless it is the current one.
    void otherGroup()
    {
        const QString title = tr("Other properties");
        if (groups.empty() || groups.back().title != title)
            group(title);
    }

    void group(const QString& title) { groups.push_back({ title, {} }); }
    void row(const QString& name, const QString& value, const QString& toolTip = {})
    {
        if (value.isEmpty()) {
            missing(name);
            return;
        }
        groups.back().rows.push_back({ name, value, toolTip.isEmpty() ? value : toolTip, false });
    }
    void missing(const QString& name)
    {
        groups.back().rows.push_back({ name, DisplayFormat::missing(), DisplayFormat::missingToolTip(), true });
    }
    void text(const QString& name, const Text& value)
    {
        shown(&value);
        row(name, value.toQString());
    }
    void enumValue(const QString& name, EnumType type, const EnumValue& value)
    {
        shown(&value);
        row(name, value.isNull() ? QString() : enumValueText(type, value));
    }
    void integer(const QString& name, const OptionalInt& value, const QString& unit = {})
    {
        shown(&value);
        if (!value)
            return missing(name);
        const QString number = DisplayFormat::number(double(*value), 0);
        row(name, unit.isEmpty() ? number : number + u' ' + unit);
    }
    void number(const QString& name, const OptionalDouble& value, const QString& unit = {}, int decimals = -1)
    {
        shown(&value);
        if (!value)
            return missing(name);
        const QString number = DisplayFormat::number(*value, decimals);
        row(name, unit.isEmpty() ? number : number + u' ' + unit);
    }
    void ms(const QString& name, const Milliseconds& value)
    {
        shown(&value);
        if (!value)
            return missing(name);
        row(name, DisplayFormat::milliseconds(*value));
    }
    void fraction(const QString& name, const OptionalDouble& value)
    {
        shown(&value);
        if (!value)
            return missing(name);
        //: %1 is the raw fraction, e.g. 0.0138
        row(name, DisplayFormat::percentFromFraction(*value),
            tr("%1 (fraction of the call)").arg(DisplayFormat::number(*value)));
    }
    void percent(const QString& name, const OptionalDouble& value)
    {
        shown(&value);
        if (!value)
            return missing(name);
        row(name, DisplayFormat::percent(*value));
    }
    void bitrate(const QString& name, const OptionalInt& value)
    {
        shown(&value);
        if (!value)
            return missing(name);
        //: %1 the exact bit rate as a number, e.g. "2,500,000"
        row(name, DisplayFormat::bitsPerSecond(*value),
            tr("%1 bits per second").arg(DisplayFormat::number(double(*value), 0)));
    }
    void boolean(const QString& name, const std::optional<bool>& value)
    {
        shown(&value);
        if (!value)
            return missing(name);
        row(name, *value ? tr("yes") : tr("no"));
    }
    void dateTime(const QString& name, const DateTime& value)
    {
        shown(&value);
        if (value.isNull())
            return missing(name);
        //: %1 the time as recorded, in ISO 8601 UTC, e.g. "2024-05-02T10:15:30.123Z"
        row(name, DisplayFormat::localDateTime(value), tr("%1 (UTC)").arg(value.text.toQString()));
    }

private:
    std::unordered_set<const void*> m_shown;
};

} // namespace inspector
