#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <limits>
#include <optional>

/// An optional double in 8 bytes (std::optional<double> takes 16): "missing" is one
/// particular NaN bit pattern. The loader never stores NaN or infinities (they are reported
/// as missing), so no real value can collide with it. A big record holds millions of these.
class OptionalDouble {
public:
    constexpr OptionalDouble() = default;
    constexpr OptionalDouble(std::nullopt_t) { }
    constexpr OptionalDouble(double value)
        : m_bits(std::bit_cast<uint64_t>(value))
    {
    }
    constexpr OptionalDouble(const std::optional<double>& value)
        : m_bits(value ? std::bit_cast<uint64_t>(*value) : kMissing)
    {
    }

    constexpr bool has_value() const { return m_bits != kMissing; }
    constexpr explicit operator bool() const { return has_value(); }
    constexpr double operator*() const { return std::bit_cast<double>(m_bits); }
    constexpr double value_or(double fallback) const { return has_value() ? **this : fallback; }
    constexpr void reset() { m_bits = kMissing; }
    constexpr operator std::optional<double>() const
    {
        return has_value() ? std::optional<double>(**this) : std::nullopt;
    }
    friend constexpr bool operator==(OptionalDouble a, OptionalDouble b) { return a.m_bits == b.m_bits; }

private:
    static constexpr uint64_t kMissing = 0x7FF8DEADBEEF0001ull; // a quiet NaN with a payload
    uint64_t m_bits = kMissing;
};

/// An optional 64-bit integer in 8 bytes; "missing" is the minimum value, which no call-record
/// property uses.
class OptionalInt {
public:
    constexpr OptionalInt() = default;
    constexpr OptionalInt(std::nullopt_t) { }
    constexpr OptionalInt(qint64 value)
        : m_value(value == kMissing ? kMissing + 1 : value)
    {
    }
    constexpr OptionalInt(const std::optional<qint64>& value)
        : OptionalInt(value ? OptionalInt(*value) : OptionalInt())
    {
    }

    constexpr bool has_value() const { return m_value != kMissing; }
    constexpr explicit operator bool() const { return has_value(); }
    constexpr qint64 operator*() const { return m_value; }
    constexpr qint64 value_or(qint64 fallback) const { return has_value() ? m_value : fallback; }
    constexpr void reset() { m_value = kMissing; }
    constexpr operator std::optional<qint64>() const
    {
        return has_value() ? std::optional<qint64>(m_value) : std::nullopt;
    }
    friend constexpr bool operator==(OptionalInt a, OptionalInt b) { return a.m_value == b.m_value; }

private:
    static constexpr qint64 kMissing = std::numeric_limits<qint64>::min();
    qint64 m_value = kMissing;
};
