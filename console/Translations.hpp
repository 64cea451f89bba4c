#pragma once
// The console's languages (Czech, Slovak, English) and switching between them at run time:
// installing new translators makes Qt send QEvent::LanguageChange to every widget.
#include <QList>
#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

namespace jcc::console {

class Translations {
public:
    struct Language {
        QString code;       ///< "cs", "sk" or "en", as in the user's profile
        QString nativeName; ///< the language's name in that language, e.g. "Čeština"
    };

    /// Every language the console speaks, in menu order.
    static const QList<Language>& languages();
    /// The remembered choice, else the system locale's language if the console speaks it, else
    /// English.
    static QString preferredLanguage();

    Translations();
    ~Translations();

    /// Installs the console's and Qt's translations for `code`; on failure logs why and keeps the
    /// current language.
    bool apply(const QString& code);
    /// apply() and remember the choice for the next start.
    bool choose(const QString& code);
    /// The language in use, e.g. "cs".
    const QString& current() const { return m_current; }
    /// The language last applied by any Translations object ("en" before the first); models
    /// use it for names that come with the data in three languages.
    static QString active();

private:
    std::vector<std::unique_ptr<QTranslator>> m_console; ///< the console's own catalogues
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace jcc::console
