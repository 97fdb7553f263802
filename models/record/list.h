#pragma once

#include <cstdint>
#include <vector>

/// How a JSON array property was written. An empty array, null and a missing property say
/// different things ("no participants" is not "participants not reported"), and a record
/// written back must say the same.
enum class ListState : uint8_t {
    Absent, ///< the property was not there (or was not an array, and was ignored)
    Null, ///< written as null
    Array, ///< written as an array, possibly empty
};

/// A std::vector that remembers how its JSON property was written. Elements make it an
/// array whatever `state` says (code that builds records by appending need not set it);
/// `state` tells an empty array from null and from absent.
template <typename T>
class List : public std::vector<T> {
public:
    using std::vector<T>::vector;

    ListState state = ListState::Absent;

    /// What a writer should write: Array when there are elements.
    ListState written() const { return this->empty() ? state : ListState::Array; }
    /// Written as an array (an empty one counts): the list was reported.
    bool isReported() const { return written() == ListState::Array; }

    friend bool operator==(const List& a, const List& b)
    {
        return a.written() == b.written()
            && static_cast<const std::vector<T>&>(a) == static_cast<const std::vector<T>&>(b);
    }
};
