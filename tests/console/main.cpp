// console_tests: runs every console test class; settings go to a temporary directory so the
// tests never read or change the user's own console settings.
#include "tests/console/LoginTest.hpp"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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

    jcc::console::test::LoginTest loginTest;
    return QTest::qExec(&loginTest, argc, argv);
}
