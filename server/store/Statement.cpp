#include "server/store/Statement.hpp"

#include "server/store/StatementObserver.hpp"
#include "server/store/StoreError.hpp"

#include <chrono>
#include <pqxx/except>
#include <spdlog/spdlog.h>

namespace jcc::store {

namespace detail {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point started) {
    return std::chrono::duration<double>(Clock::now() - started).count();
}

/// pqxx's message without the line end libpq leaves.
std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

/// Rethrows the exception being handled, a pqxx one as StatementError naming `statement`,
/// except a lost connection and a commit of unknown outcome, which the server must see as such.
[[noreturn]] void rethrowNaming(std::string_view statement) {
    try {
        throw;
    } catch (const pqxx::broken_connection&) {
        throw;
    } catch (const pqxx::in_doubt_error&) {
        throw;
    } catch (const pqxx::sql_error& e) {
        throw StatementError(std::string(statement), e.sqlstate(), trimmed(e.what()));
    } catch (const pqxx::pqxx_exception& e) {
        throw StatementError(std::string(statement), "", trimmed(e.base().what()));
    }
}

} // namespace

pqxx::result run(std::string_view statement, Runner runner, const void* call) {
    const auto started = Clock::now();
    try {
        auto result = runner(call);
        const double seconds = secondsSince(started);
        reportStatement(statement, seconds);
        spdlog::debug("statement {}: {:.3f} ms, {} row(s), {} affected", statement, seconds * 1000,
                      result.size(), result.affected_rows());
        return result;
    } catch (...) {
        const double seconds = secondsSince(started);
        reportStatement(statement, seconds);
        spdlog::debug("statement {}: failed after {:.3f} ms", statement, seconds * 1000);
        rethrowNaming(statement);
    }
}

pqxx::row onlyRow(std::string_view statement, const pqxx::result& result) {
    if (result.size() != 1) {
        throw StatementError(std::string(statement), "",
                             "returned " + std::to_string(result.size()) +
                                 " rows where exactly one was expected");
    }
    return result[0];
}

std::optional<pqxx::row> optionalRow(std::string_view statement, const pqxx::result& result) {
    if (result.size() > 1) {
        throw StatementError(std::string(statement), "",
                             "returned " + std::to_string(result.size()) +
                                 " rows where at most one was expected");
    }
    return result.empty() ? std::nullopt : std::optional<pqxx::row>(result[0]);
}

} // namespace detail

} // namespace jcc::store
