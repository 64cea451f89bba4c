#pragma once
// What the centre's administrator sets once for every user of a computer, in /etc/jcc/console.conf
// (packaging/etc/console.conf; $JCC_CONSOLE_CONF names another file): the server nodes the
// console connects to, and the SHA-256 fingerprints of their TLS certificates. A fingerprint set
// here is trusted without asking the operator, and a different certificate is refused.
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace jcc::console {

class SiteConfig {
public:
    /// Environment variable naming another file than kSystemFile (tests, a second centre).
    static constexpr const char* kFileEnvVar = "JCC_CONSOLE_CONF";
    static constexpr const char* kSystemFile = "/etc/jcc/console.conf";

    /// Reads $JCC_CONSOLE_CONF or kSystemFile; a missing file sets nothing.
    SiteConfig();

    /// The server addresses in the order the console tries them ([servers] urls); may be empty.
    const QStringList& serverUrls() const { return m_urls; }
    /// The file read, or empty when there is none.
    const QString& file() const { return m_file; }
    /// The fingerprint set for "host:port" ([trusted-certificates]), if any.
    std::optional<QString> fingerprint(const QString& hostPort) const;

private:
    QString m_file;
    QStringList m_urls;
    QHash<QString, QString> m_fingerprints; ///< "host:port" in lower case → fingerprint
};

} // namespace jcc::console
