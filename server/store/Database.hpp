#pragma once
// Opening database connections: every connection gets the project's named statements prepared.
#include <chrono>
#include <memory>
#include <pqxx/connection>
#include <string>

namespace jcc::store {

/// Connects to `url` (a libpq URI or key=value string); throws StoreError naming the target
/// (password removed) when it cannot.
std::unique_ptr<pqxx::connection> openConnection(const std::string& url);

/// Registers every repository's named statements on `connection` (needs a migrated schema).
void prepareStatements(pqxx::connection_base& connection);

/// A connection for the server's request work: openConnection, then every statement limited to
/// `statementTimeout` (a longer one is cancelled with SQLSTATE 57014), then prepareStatements.
std::unique_ptr<pqxx::connection> openWorkerConnection(const std::string& url,
                                                       std::chrono::milliseconds statementTimeout);

/// `url` with any password replaced by "***", for logs and messages.
std::string redactedUrl(const std::string& url);

} // namespace jcc::store
