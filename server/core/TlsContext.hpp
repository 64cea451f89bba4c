#pragma once
// The TLS context the node serves with: its identity (TlsIdentity) and the protocol settings.
#include "server/core/Config.hpp"
#include "server/core/Net.hpp"
#include "server/core/TlsIdentity.hpp"

#include <filesystem>

namespace jcc::server {

/// Loads --tls-cert/--tls-key, or the self-signed pair in `dataDir` (generated when absent), into
/// `tls`, allowing TLS 1.2 and 1.3 with the Mozilla "intermediate" ciphers. Throws
/// std::runtime_error naming the file that could not be used.
TlsIdentity configureTls(ssl::context& tls, const std::filesystem::path& dataDir,
                         const ServerConfig& config);

} // namespace jcc::server
