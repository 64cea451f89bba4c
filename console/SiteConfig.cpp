#include "console/SiteConfig.hpp"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace jcc::console {

namespace {

const QString kUrlsKey = QStringLiteral("servers/urls");
const QString kTrustGroup = QStringLiteral("trusted-certificates");

} // namespace

SiteConfig::SiteConfig() {
    const QString fromEnv = qEnvironmentVariable(kFileEnvVar);
    m_file = fromEnv.isEmpty() ? QString::fromLatin1(kSystemFile) : fromEnv;
    if (!QFileInfo::exists(m_file)) {
        m_file.clear();
        return;
    }
    const QSettings settings(m_file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        qWarning("cannot read %s; it is ignored", qPrintable(m_file));
        m_file.clear();
        return;
    }
    // "urls = a, b" reads as a list; a single address as a string.
    const QString joined = settings.value(kUrlsKey).toStringList().join(QLatin1Char(','));
    m_urls = joined.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    QSettings trusted(m_file, QSettings::IniFormat);
    trusted.beginGroup(kTrustGroup);
    for (const QString& hostPort : trusted.childKeys()) {
        const QString value = trusted.value(hostPort).toString().trimmed();
        if (!value.isEmpty()) {
            m_fingerprints.insert(hostPort.toLower(), value);
        }
    }
}

std::optional<QString> SiteConfig::fingerprint(const QString& hostPort) const {
    const auto it = m_fingerprints.constFind(hostPort.toLower());
    if (it == m_fingerprints.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace jcc::console
