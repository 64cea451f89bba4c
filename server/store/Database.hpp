#pragma once
// Opening database connections: every connection gets the project's named statements prepared.
#include <memory>
#include <pqxx/connection>
#include <string>

namespace jcc::store {

/// Connects to `url` (a libpq URI or key=value string); throws StoreError naming the target
/// (password removed) when it cannot.
std::unique_ptr<pqxx::connection> openConnection(const std::string& url);

/// Registers every repository's named statements on `connection` (needs a migrated schema).
void prepareStatements(pqxx::connection_base& connection);

/// `url` with any password replaced by "***", for logs and messages.
std::string redactedUrl(const std::string& url);

} // namespace jcc::store
