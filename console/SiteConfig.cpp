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
}

std::optional<QString> SiteConfig::fingerprint(const QString& hostPort) const {
    if (m_file.isEmpty()) {
        return std::nullopt;
    }
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(kTrustGroup);
    const QString value = settings.value(hostPort.toLower()).toString().trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    return value;
}

} // namespace jcc::console
