#pragma once
// Requests the server tests share: a well-formed request of every op, and a fingerprint of the
// database to show that a campaign of bad requests changed nothing.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace jcc::test {

/// A well-formed request of every mutating or reading op (no "id"; commands without
/// "request_id"), valid against an empty database with the test accounts.
const std::vector<nlohmann::json>& opTemplates();
/// Whether `op` changes data (and so takes a request_id).
bool isCommandOp(const std::string& op);
/// A digest of every table's rows and the event counter.
std::string databaseFingerprint(const std::string& url);

} // namespace jcc::test
