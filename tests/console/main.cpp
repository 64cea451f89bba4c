// console_tests: runs every console test class; settings go to a temporary directory so the
// tests never read or change the user's own console settings, nor the machine's console.conf.
#include "tests/console/TestRegistry.hpp"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace jcc::console::test {
std::vector<TestFactory>& registeredTests() {
    static std::vector<TestFactory> tests;
    return tests;
}
} // namespace jcc::console::test

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JCC-tests"));
    QApplication::setApplicationName(QStringLiteral("console_tests"));
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        qCritical("cannot create a temporary settings directory: %s",
                  qPrintable(settingsDir.errorString()));
        return 1;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // Nor the machine's /etc/jcc/console.conf (a console package may be installed here).
    qputenv("JCC_CONSOLE_CONF",
            QDir(settingsDir.path()).filePath(QStringLiteral("absent.conf")).toUtf8());

    // Arguments name one test class to run alone ("console_tests LoginTest [Qt Test options]"),
    // otherwise every registered class runs.
    int failed = 0;
    for (const auto& factory : jcc::console::test::registeredTests()) {
        const std::unique_ptr<QObject> test = factory();
        if (argc > 1 && argv[1][0] != '-') {
            if (QString::fromUtf8(argv[1]) != QString::fromUtf8(test->metaObject()->className())
                                                  .section(QStringLiteral("::"), -1))
                continue;
            QStringList args = QCoreApplication::arguments();
            args.removeAt(1);
            failed += QTest::qExec(test.get(), args);
        } else {
            failed += QTest::qExec(test.get(), argc, argv);
        }
    }
    return failed == 0 ? 0 : 1;
}
