#include "console/CertificatePins.hpp"

#include "console/SiteConfig.hpp"

#include <QCryptographicHash>
#include <QSettings>

namespace jcc::console {

namespace {

const QString kGroup = QStringLiteral("certificatePins");

// Upper-case hex without separators or spaces, so "ab:cd" and "AB CD" compare equal.
QString normalized(QString fingerprint) {
    fingerprint.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return fingerprint.trimmed().toUpper();
}

} // namespace

QString CertificatePins::fingerprint(const QSslCertificate& certificate) {
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString CertificatePins::hostPort(const QUrl& url) {
    QString host = url.host();
    if (host.contains(QLatin1Char(':'))) {
        host = QLatin1Char('[') + host + QLatin1Char(']');
    }
    return host + QLatin1Char(':') + QString::number(url.port(443));
}

CertificatePins::Check CertificatePins::check(const QUrl& url, const QSslCertificate& certificate,
                                              const QList<QSslError>& errors) const {
    Check result;
    result.hostPort = hostPort(url);
    result.fingerprint = fingerprint(certificate);
    for (const QSslError& error : errors) {
        result.tlsProblems.append(error.errorString());
    }
    const QString preTrusted = qEnvironmentVariable(kTrustEnvVar);
    if (!preTrusted.isEmpty() && normalized(preTrusted) == normalized(result.fingerprint)) {
        result.verdict = Verdict::Trusted;
        return result;
    }
    // The administrator's fingerprint for this server (console.conf) outranks the user's pin.
    const SiteConfig site;
    auto pin = site.fingerprint(result.hostPort);
    if (pin) {
        result.siteConfigFile = site.file();
    } else {
        pin = pinned(result.hostPort);
    }
    if (!pin) {
        result.verdict = Verdict::Unknown;
    } else if (normalized(*pin) == normalized(result.fingerprint)) {
        result.verdict = Verdict::Trusted;
    } else {
        result.verdict = Verdict::Changed;
        result.pinnedFingerprint = *pin;
    }
    return result;
}

std::optional<QString> CertificatePins::pinned(const QString& hostPort) const {
    QSettings settings;
    settings.beginGroup(kGroup);
    const QString value = settings.value(hostPort).toString();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    return value;
}

void CertificatePins::pin(const QString& hostPort, const QString& fingerprint) {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(hostPort, fingerprint);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        // The connection goes ahead; the user will only be asked again next time.
        qWarning("cannot save the certificate pin for %s to %s", qPrintable(hostPort),
                 qPrintable(settings.fileName()));
    }
}

bool CertificatePins::forget(const QString& hostPort) {
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.contains(hostPort)) {
        return false;
    }
    settings.remove(hostPort);
    return true;
}

} // namespace jcc::console
