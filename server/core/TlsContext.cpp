#include "server/core/TlsContext.hpp"

#include <openssl/ssl.h>

namespace jcc::server {

namespace {

// Mozilla "intermediate" configuration (TLS 1.2 and 1.3).
constexpr const char* kIntermediateCiphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

} // namespace

TlsIdentity configureTls(ssl::context& tls, const std::filesystem::path& dataDir,
                         const ServerConfig& config) {
    auto identity =
        loadOrCreateTlsIdentity(dataDir, config.tlsCert.value_or(""), config.tlsKey.value_or(""));
    tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                    ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                    ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(tls.native_handle(), kIntermediateCiphers);
    SSL_CTX_set1_groups_list(tls.native_handle(), "X25519:prime256v1:secp384r1");
    boost::system::error_code ec;
    tls.use_certificate_chain_file(identity.certFile.string(), ec);
    if (ec) {
        throw std::runtime_error("cannot load TLS certificate " + identity.certFile.string() +
                                 ": " + ec.message());
    }
    tls.use_private_key_file(identity.keyFile.string(), ssl::context::pem, ec);
    if (ec) {
        throw std::runtime_error("cannot load TLS key " + identity.keyFile.string() + ": " +
                                 ec.message());
    }
    return identity;
}

} // namespace jcc::server
