#pragma once
// The one way the store runs a database statement, in the spirit of openstreetmap-cgimap's
// Transaction_Manager::exec_prepared (docs/architecture.md, "Store"). Each call is timed, logged
// at debug level (name, milliseconds, rows) and reported to the StatementObserver (the server's
// jcc_db_statement_seconds histogram). A statement that fails raises StatementError naming it,
// except that a lost connection (pqxx::broken_connection) and a commit of unknown outcome
// (pqxx::in_doubt_error) pass unchanged: the server's DbPool and CommandWriter catch those to
// reconnect and run the request again.
//
// Statement names are identifiers (lower case, digits, '_'): they label the metric.
#include <optional>
#include <pqxx/result>
#include <pqxx/row>
#include <pqxx/transaction_base>
#include <string>
#include <string_view>

namespace jcc::store {

namespace detail {

using Runner = pqxx::result (*)(const void* call);
/// Runs `runner(call)` as statement `statement`: times, logs, reports and converts its errors.
pqxx::result run(std::string_view statement, Runner runner, const void* call);

template <class Call> pqxx::result run(std::string_view statement, const Call& call) {
    return run(
        statement, [](const void* erased) { return (*static_cast<const Call*>(erased))(); }, &call);
}

/// The one row of `result`; StatementError naming `statement` for any other count.
pqxx::row onlyRow(std::string_view statement, const pqxx::result& result);
/// The row of `result` if it has one; StatementError naming `statement` for more.
std::optional<pqxx::row> optionalRow(std::string_view statement, const pqxx::result& result);

} // namespace detail

/// Runs the prepared statement `statement` (prepared by a repository's prepare()) with `args`
/// as $1, $2, ...
template <class... Args>
pqxx::result exec(pqxx::transaction_base& txn, const std::string& statement, const Args&... args) {
    return detail::run(statement, [&] { return txn.exec_prepared(statement, args...); });
}

/// exec for a statement that returns exactly one row (an aggregate, INSERT ... RETURNING).
template <class... Args>
pqxx::row exec1(pqxx::transaction_base& txn, const std::string& statement, const Args&... args) {
    return detail::onlyRow(statement, exec(txn, statement, args...));
}

/// exec for a statement that returns at most one row (a look-up by key): the row, or nullopt.
template <class... Args>
std::optional<pqxx::row> execOptional(pqxx::transaction_base& txn, const std::string& statement,
                                      const Args&... args) {
    return detail::optionalRow(statement, exec(txn, statement, args...));
}

/// Runs `sql`, which is not prepared (a migration, DDL, a one-off), under the name `name`:
/// with `args` as $1, $2, ...; without any, `sql` may hold several statements.
template <class... Args>
pqxx::result execSql(pqxx::transaction_base& txn, const std::string& name, const std::string& sql,
                     const Args&... args) {
    return detail::run(name, [&] {
        if constexpr (sizeof...(Args) == 0) {
            return txn.exec(sql);
        } else {
            return txn.exec_params(sql, args...);
        }
    });
}

} // namespace jcc::store
