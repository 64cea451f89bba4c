#pragma once
// The server's TLS certificate and key: the configured pair, or a self-signed pair generated into
// the data directory on first start.
#include <filesystem>
#include <string>

namespace jcc::server {

struct TlsIdentity {
    std::filesystem::path certFile;
    std::filesystem::path keyFile;
    std::string fingerprint; ///< SHA-256 of the certificate, "AB:CD:..."
};

/// Uses certFile/keyFile when given; otherwise dataDir/tls/{cert,key}.pem, generating an ECDSA
/// P-256 self-signed pair (valid 5 years, for localhost and this host) when absent.
/// Throws std::runtime_error with the file and OpenSSL's reason.
TlsIdentity loadOrCreateTlsIdentity(const std::filesystem::path& dataDir,
                                    const std::string& certFile, const std::string& keyFile);

/// SHA-256 fingerprint of the first certificate in a PEM file.
std::string certificateFingerprint(const std::filesystem::path& certFile);

} // namespace jcc::server
