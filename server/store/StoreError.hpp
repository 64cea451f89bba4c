#pragma once
// A storage failure with context: what was being done when the database or the filesystem failed.
#include <stdexcept>
#include <string>

namespace jcc::store {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The database schema does not match this binary (newer, or an applied migration was edited).
class SchemaError : public StoreError {
public:
    using StoreError::StoreError;
};

} // namespace jcc::store
