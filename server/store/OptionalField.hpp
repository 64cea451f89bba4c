#pragma once
// A nullable column read as std::optional.
#include <optional>
#include <pqxx/pqxx>

namespace jcc::store {

/// The field as T, or nullopt when it is NULL.
template <class T> std::optional<T> optionalField(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<T>(field.as<T>());
}

} // namespace jcc::store
