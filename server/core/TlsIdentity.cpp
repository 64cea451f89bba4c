#include "server/core/TlsIdentity.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::server {

namespace {

std::string opensslReason() {
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof(buffer));
    return buffer;
}

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error(what + ": " + opensslReason());
}

struct FileCloser {
    void operator()(FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<FILE, FileCloser>;

File openFile(const fs::path& path, const char* mode) {
    File file(std::fopen(path.c_str(), mode));
    if (!file) {
        throw std::runtime_error("cannot open " + path.string());
    }
    return file;
}

/// Opens `path` for writing with mode 0600, whatever the umask and whatever mode an earlier
/// file there had; refuses a symbolic link.
File openPrivateFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0 || ::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const std::string reason = std::strerror(errno);
        if (fd >= 0) {
            ::close(fd);
        }
        throw std::runtime_error("cannot write " + path.string() + ": " + reason);
    }
    File file(::fdopen(fd, "wb"));
    if (!file) {
        ::close(fd);
        throw std::runtime_error("cannot open " + path.string());
    }
    return file;
}

void addExtension(X509* cert, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (extension == nullptr) {
        fail("cannot build certificate extension");
    }
    X509_add_ext(cert, extension, -1);
    X509_EXTENSION_free(extension);
}

void generateSelfSigned(const fs::path& certFile, const fs::path& keyFile) {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!key) {
        fail("cannot generate an EC key");
    }
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    std::FILE* random = std::fopen("/dev/urandom", "rb");
    if (random == nullptr || std::fread(serial, 1, sizeof(serial), random) != sizeof(serial)) {
        if (random) {
            std::fclose(random);
        }
        throw std::runtime_error("cannot read /dev/urandom for a certificate serial");
    }
    std::fclose(random);
    serial[0] &= 0x7f;
    BIGNUM* serialNumber = BN_bin2bn(serial, sizeof(serial), nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 5L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());

    char host[256] = "localhost";
    gethostname(host, sizeof(host) - 1);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("JCC Dispatch"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(host), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const std::string altNames = "DNS:localhost,IP:127.0.0.1,IP:::1,DNS:" + std::string(host);
    addExtension(cert.get(), NID_subject_alt_name, altNames.c_str());
    addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), NID_ext_key_usage, "serverAuth");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        fail("cannot sign the certificate");
    }

    if (fs::create_directories(keyFile.parent_path())) {
        fs::permissions(keyFile.parent_path(), fs::perms::owner_all, fs::perm_options::replace);
    }
    {
        File out = openPrivateFile(keyFile);
        if (PEM_write_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1) {
            fail("cannot write " + keyFile.string());
        }
    }
    File out = openFile(certFile, "wb");
    if (PEM_write_X509(out.get(), cert.get()) != 1) {
        fail("cannot write " + certFile.string());
    }
}

} // namespace

std::string certificateFingerprint(const fs::path& certFile) {
    File in = openFile(certFile, "rb");
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_X509(in.get(), nullptr, nullptr, nullptr), X509_free);
    if (!cert) {
        fail("cannot read a certificate from " + certFile.string());
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert.get(), EVP_sha256(), digest, &length);
    std::string text;
    static const char* hex = "0123456789ABCDEF";
    for (unsigned int i = 0; i < length; ++i) {
        if (i > 0) {
            text += ':';
        }
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 0xf];
    }
    return text;
}

TlsIdentity loadOrCreateTlsIdentity(const fs::path& dataDir, const std::string& certFile,
                                    const std::string& keyFile) {
    TlsIdentity identity;
    if (!certFile.empty()) {
        identity.certFile = certFile;
        identity.keyFile = keyFile;
    } else {
        identity.certFile = dataDir / "tls" / "cert.pem";
        identity.keyFile = dataDir / "tls" / "key.pem";
        if (!fs::exists(identity.certFile) || !fs::exists(identity.keyFile)) {
            generateSelfSigned(identity.certFile, identity.keyFile);
            spdlog::info("generated a self-signed TLS certificate {}", identity.certFile.string());
        }
    }
    identity.fingerprint = certificateFingerprint(identity.certFile);
    return identity;
}

} // namespace jcc::server
