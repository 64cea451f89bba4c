#pragma once
// Trust on first use for servers whose TLS certificate the system does not trust (self-signed):
// the SHA-256 fingerprint the user confirmed is pinned per host:port in QSettings, and a later
// certificate must match it exactly. A fingerprint the administrator set in console.conf
// (SiteConfig) outranks the user's pin. JCC_CONSOLE_TRUST_FINGERPRINT pre-trusts one fingerprint.
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace jcc::console {

class CertificatePins {
public:
    /// Environment variable holding a fingerprint ("AB:CD:...") trusted without asking.
    static constexpr const char* kTrustEnvVar = "JCC_CONSOLE_TRUST_FINGERPRINT";

    enum class Verdict {
        Trusted, ///< set in console.conf, pinned, or pre-trusted through kTrustEnvVar
        Unknown, ///< no pin for this host:port yet; the user may confirm it
        Changed, ///< a different certificate is set or pinned for this host:port; refuse
    };

    /// The outcome of checking an untrusted certificate, with what the user needs to decide.
    struct Check {
        Verdict verdict = Verdict::Unknown;
        QString hostPort;
        QString fingerprint;       ///< of the presented certificate
        QString pinnedFingerprint; ///< set when verdict is Changed
        QString siteConfigFile;    ///< the console.conf that set pinnedFingerprint, if it did
        QStringList tlsProblems;   ///< why TLS did not trust it, e.g. "self-signed"
    };

    /// SHA-256 of the DER certificate as upper-case hex pairs joined by ':', as jcc-server logs it.
    static QString fingerprint(const QSslCertificate& certificate);
    /// "host:port" (port 443 when the URL has none); IPv6 hosts in brackets.
    static QString hostPort(const QUrl& url);

    /// Decides about `certificate` presented by `url`'s server, which failed TLS verification
    /// with `errors`.
    Check check(const QUrl& url, const QSslCertificate& certificate,
                const QList<QSslError>& errors) const;
    /// The pinned fingerprint for `hostPort`, if any.
    std::optional<QString> pinned(const QString& hostPort) const;
    /// Remembers `fingerprint` as the trusted certificate of `hostPort`.
    void pin(const QString& hostPort, const QString& fingerprint);
    /// Forgets the pin of `hostPort`, so its next certificate is asked about again; returns
    /// whether there was one.
    bool forget(const QString& hostPort);
};

} // namespace jcc::console
