// jcc-console: the operator's desktop client for JCC Dispatch.
#include "common/Version.hpp"
#include "console/CertificatePins.hpp"
#include "console/ConsoleApp.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JCC"));
    QApplication::setApplicationName(QStringLiteral("jcc-console"));
    QApplication::setApplicationVersion(QString::fromLatin1(jcc::version()));

    // Built first so that --help is in the user's language too.
    jcc::console::ConsoleApp console;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "JCC Dispatch console for operators and supervisors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringList{QStringLiteral("s"), QStringLiteral("server")},
        QCoreApplication::translate("main", "Server address, e.g. wss://127.0.0.1:8443/ws."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption forgetOption(
        QStringLiteral("forget-certificate"),
        QCoreApplication::translate("main", "Forget the confirmed certificate of a server whose "
                                            "certificate was replaced, then exit."),
        QCoreApplication::translate("main", "host:port"));
    parser.addOption(serverOption);
    parser.addOption(forgetOption);
    parser.process(app);

    if (parser.isSet(forgetOption)) {
        const QString hostPort = parser.value(forgetOption);
        if (!jcc::console::CertificatePins().forget(hostPort)) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "No certificate of %1 was confirmed; the address "
                                               "must be written host:port, e.g. 127.0.0.1:8443.")
                                       .arg(hostPort)
                                << '\n';
            return 1;
        }
        QTextStream(stdout) << QCoreApplication::translate(
                                   "main", "Forgot the certificate of %1; the next login asks "
                                           "to confirm the new one.")
                                   .arg(hostPort)
                            << '\n';
        return 0;
    }

    console.start(parser.value(serverOption));
    return QApplication::exec();
}
