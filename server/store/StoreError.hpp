#pragma once
// A storage failure with context: what was being done when the database or the filesystem failed.
#include <stdexcept>
#include <string>
#include <string_view>

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

/// SQLSTATEs that callers tell apart (PostgreSQL manual, appendix A).
namespace sqlstate {
inline constexpr std::string_view kUniqueViolation = "23505";
/// Cancelled, here at the connection's statement_timeout.
inline constexpr std::string_view kQueryCanceled = "57014";
} // namespace sqlstate

/// A database statement that failed (store::exec and its variants, Statement.hpp): names the
/// statement and, when the database refused it, carries the SQLSTATE.
class StatementError : public StoreError {
public:
    StatementError(std::string statement, std::string sqlstate, std::string reason)
        : StoreError("statement " + statement + " failed: " + reason),
          m_statement(std::move(statement)), m_sqlstate(std::move(sqlstate)),
          m_reason(std::move(reason)) {}

    const std::string& statement() const noexcept { return m_statement; }
    /// Why it failed: the database's message, or what else went wrong.
    const std::string& reason() const noexcept { return m_reason; }
    /// The database's SQLSTATE (sqlstate::...); empty when the failure was not the database
    /// refusing the statement (a wrong row count, a pqxx usage or conversion error, a rollback).
    const std::string& sqlstate() const noexcept { return m_sqlstate; }

private:
    std::string m_statement;
    std::string m_sqlstate;
    std::string m_reason;
};

} // namespace jcc::store
