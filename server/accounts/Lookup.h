#pragma once

#include <optional>
#include <utility>

// What a repository's lookup of one row gives: the row, no such row, or a database error. The
// three must stay apart: a missing row is a 404, a failed query a 500.
template<typename T>
class Lookup
{
public:
    static Lookup found(T value) { return Lookup(std::move(value), false); }
    static Lookup missing() { return Lookup(std::nullopt, false); }
    static Lookup failure() { return Lookup(std::nullopt, true); }

    bool failed() const { return m_failed; }
    bool isFound() const { return m_value.has_value(); }
    // Valid only when isFound().
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }

private:
    Lookup(std::optional<T> value, bool failed)
        : m_value(std::move(value))
        , m_failed(failed)
    { }

    std::optional<T> m_value;
    bool m_failed = false;
};
