#pragma once

#include "callrecord.h"
#include "jsonkeys.h"

#include <string_view>
#include <vector>

// The scalar properties of every schema type, declared once: the loader reads them, the JSON
// writer writes them, redaction masks the personal ones and the inspector shows the ones it
// has no place for, all from these tables. A new Graph property is a member in callrecord.h
// and a row in schema.cpp (and, where a column is wanted, a line in export/csvexporter.cpp).
// Structured members (endpoints, networks, lists of nodes) are read by hand.

/// How a property's JSON value is read and written.
enum class ValueKind : uint8_t {
    Text, ///< a string (numbers and booleans are kept as written)
    Number, ///< Edm.Double
    Integer, ///< Edm.Int32 / Edm.Int64
    Boolean,
    Duration, ///< Edm.Duration, held in milliseconds
    DateTime, ///< Edm.DateTimeOffset
    Enum, ///< an evolvable enumeration member
    EnumList, ///< a collection of them
};

/// What a number means to people: the unit the inspector shows it in.
enum class Unit : uint8_t {
    None,
    Fraction, ///< 0 to 1, shown as percent
    Percent, ///< 0 to 100
    BitsPerSecond,
    FramesPerSecond,
    Megahertz,
    PerFiveMinutes,
};

/// The personal data a text property may hold, and so what redaction does with it.
enum class Personal : uint8_t {
    None, ///< kept as it is
    Id, ///< an id of a person, tenant or application: "redacted-id-N" (phone numbers keep the country code)
    IpAddress, ///< two octets (IPv4) or two groups (IPv6) kept
    MacAddress, ///< hex digits masked (also BSSIDs)
    DeviceName, ///< "Device N"
    AudioDeviceName, ///< "Audio device N"
    Hidden, ///< "redacted" (UPNs, e-mail addresses, DNS suffixes, links)
    FreeText, ///< the record's personal words masked in it (reasons, header values)
    Removed, ///< replaced as a whole (what a user typed)
};

/// One scalar property of schema type T.
template <typename T>
struct Property {
    std::string_view name; ///< as Graph spells it; matched in any letter case
    ValueKind kind = ValueKind::Text;
    Unit unit = Unit::None;
    Personal personal = Personal::None;
    EnumType enumType = EnumType::EnumTypeCount; ///< for Enum and EnumList
    union {
        Text T::*text;
        OptionalDouble T::*number; ///< Number and Duration
        OptionalInt T::*integer;
        std::optional<bool> T::*boolean;
        DateTime T::*dateTime;
        EnumValue T::*enumValue;
        List<EnumValue> T::*enumList;
    };

    /// The value's address in `object`, whatever its type (the inspector notes what it showed).
    const void* address(const T& object) const;
    /// Whether `object` has a value for it (a null, or an empty list, is none).
    bool isSet(const T& object) const;
    /// Copies the value of `from` into `to`.
    void copy(T& to, const T& from) const;
    /// Whether `a` and `b` hold the same value.
    bool same(const T& a, const T& b) const;
};

/// The properties of one type, in the order Graph documents them (and the writer writes
/// them), found by JSON key in constant time.
template <typename T>
class PropertyList {
public:
    PropertyList(std::initializer_list<Property<T>> properties);

    const Property<T>* begin() const { return m_properties.data(); }
    const Property<T>* end() const { return m_properties.data() + m_properties.size(); }
    /// The property `key` names, or null.
    const Property<T>* find(JsonKey key) const
    {
        const auto index = size_t(key);
        return index < m_index.size() && m_index[index] >= 0 ? &m_properties[size_t(m_index[index])] : nullptr;
    }
    /// Called once, after every table exists (the key table is built from their names).
    void buildIndex() const;

private:
    std::vector<Property<T>> m_properties;
    mutable std::vector<int8_t> m_index; // by JsonKey
};

/// The table of a schema type: Identity, IdentitySet, Participant, AdministrativeUnitInfo,
/// UserAgent, UserFeedback, Endpoint, FailureInfo, TraceRouteHop, NetworkInfo, DeviceInfo,
/// MediaStream, Media, Segment, Session, CallRecord.
template <typename T>
const PropertyList<T>& properties();

/// Every property name of every table (for the key table).
std::vector<std::string_view> schemaPropertyNames();

template <typename T>
const void* Property<T>::address(const T& object) const
{
    switch (kind) {
    case ValueKind::Text:
        return &(object.*text);
    case ValueKind::Number:
    case ValueKind::Duration:
        return &(object.*number);
    case ValueKind::Integer:
        return &(object.*integer);
    case ValueKind::Boolean:
        return &(object.*boolean);
    case ValueKind::DateTime:
        return &(object.*dateTime);
    case ValueKind::Enum:
        return &(object.*enumValue);
    case ValueKind::EnumList:
        return &(object.*enumList);
    }
    return nullptr;
}

template <typename T>
void Property<T>::copy(T& to, const T& from) const
{
    switch (kind) {
    case ValueKind::Text:
        to.*text = from.*text;
        return;
    case ValueKind::Number:
    case ValueKind::Duration:
        to.*number = from.*number;
        return;
    case ValueKind::Integer:
        to.*integer = from.*integer;
        return;
    case ValueKind::Boolean:
        to.*boolean = from.*boolean;
        return;
    case ValueKind::DateTime:
        to.*dateTime = from.*dateTime;
        return;
    case ValueKind::Enum:
        to.*enumValue = from.*enumValue;
        return;
    case ValueKind::EnumList:
        to.*enumList = from.*enumList;
        return;
    }
}

template <typename T>
bool Property<T>::same(const T& a, const T& b) const
{
    switch (kind) {
    case ValueKind::Text:
        return a.*text == b.*text;
    case ValueKind::Number:
    case ValueKind::Duration:
        return a.*number == b.*number;
    case ValueKind::Integer:
        return a.*integer == b.*integer;
    case ValueKind::Boolean:
        return a.*boolean == b.*boolean;
    case ValueKind::DateTime:
        return a.*dateTime == b.*dateTime;
    case ValueKind::Enum:
        return a.*enumValue == b.*enumValue;
    case ValueKind::EnumList:
        return a.*enumList == b.*enumList;
    }
    return true;
}

template <typename T>
bool Property<T>::isSet(const T& object) const
{
    switch (kind) {
    case ValueKind::Text:
        return !(object.*text).isNull();
    case ValueKind::Number:
    case ValueKind::Duration:
        return (object.*number).has_value();
    case ValueKind::Integer:
        return (object.*integer).has_value();
    case ValueKind::Boolean:
        return (object.*boolean).has_value();
    case ValueKind::DateTime:
        return !(object.*dateTime).isNull();
    case ValueKind::Enum:
        return !(object.*enumValue).isNull();
    case ValueKind::EnumList:
        return (object.*enumList).isReported();
    }
    return false;
}
