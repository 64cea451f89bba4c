#include "console/Translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace jcc::console {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

bool isSpoken(const QString& code) {
    for (const auto& language : Translations::languages()) {
        if (language.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

const QList<Translations::Language>& Translations::languages() {
    static const QList<Language> all{{QStringLiteral("cs"), QStringLiteral("Čeština")},
                                     {QStringLiteral("sk"), QStringLiteral("Slovenčina")},
                                     {QStringLiteral("en"), QStringLiteral("English")}};
    return all;
}

QString Translations::preferredLanguage() {
    const QString remembered = QSettings().value(kLanguageKey).toString();
    if (isSpoken(remembered)) {
        return remembered;
    }
    switch (QLocale::system().language()) {
    case QLocale::Czech:
        return QStringLiteral("cs");
    case QLocale::Slovak:
        return QStringLiteral("sk");
    default:
        return QStringLiteral("en");
    }
}

Translations::Translations() = default;

Translations::~Translations() {
    for (const auto& catalogue : m_console) {
        QCoreApplication::removeTranslator(catalogue.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
}

namespace {
QString& activeLanguage() {
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString Translations::active() {
    return activeLanguage();
}

bool Translations::apply(const QString& code) {
    if (!isSpoken(code)) {
        qWarning("the console does not speak '%s'; keeping '%s'", qPrintable(code),
                 qPrintable(m_current));
        return false;
    }
    // The operator screens' catalogue and the supervisor window's.
    std::vector<std::unique_ptr<QTranslator>> console;
    for (const QLatin1String name : {QLatin1String("jcc"), QLatin1String("jcc_supervisor")}) {
        auto catalogue = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/%1_%2.qm").arg(name, code);
        if (!catalogue->load(file)) {
            qWarning("cannot load the console translation %s; keeping '%s'", qPrintable(file),
                     qPrintable(m_current));
            return false;
        }
        console.push_back(std::move(catalogue));
    }
    // Qt's own strings (standard buttons, socket and TLS errors); English needs none.
    std::unique_ptr<QTranslator> qt;
    if (code != QLatin1String("en")) {
        qt = std::make_unique<QTranslator>();
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!qt->load(QStringLiteral("qtbase_") + code, qtDirectory)) {
            qWarning("cannot load Qt's %s translation from %s; Qt's own texts stay English",
                     qPrintable(code), qPrintable(qtDirectory));
            qt.reset();
        }
    }
    for (const auto& catalogue : m_console) {
        QCoreApplication::removeTranslator(catalogue.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
    m_console = std::move(console);
    m_qt = std::move(qt);
    if (m_qt) {
        QCoreApplication::installTranslator(m_qt.get());
    }
    for (const auto& catalogue : m_console) {
        QCoreApplication::installTranslator(catalogue.get());
    }
    // Numbers (distances, the map's scale) follow the language too: "0,2 km" in Czech.
    QLocale::setDefault(QLocale(code));
    m_current = code;
    activeLanguage() = code;
    return true;
}

bool Translations::choose(const QString& code) {
    if (!apply(code)) {
        return false;
    }
    QSettings().setValue(kLanguageKey, code);
    return true;
}

} // namespace jcc::console
