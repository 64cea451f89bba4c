#pragma once
// The supervisor view against a real jcc-server on a fresh database: the report of the current
// shift and of a scripted one with the figures the server computed, live notes of others, remarks
// with a conflict, signing with a wrong then the right password, read-only signed reports and
// operators, acknowledgement by the next supervisor, PDF export, the search of past reports, the
// statistics charts and switching languages.
#include "server/store/Database.hpp"

#include <QObject>
#include <QString>
#include <memory>

namespace jcc::test {
class ServerProcess;
class TestDatabase;
} // namespace jcc::test

namespace jcc::console {
class CertificatePins;
class ServerConnection;
} // namespace jcc::console

namespace jcc::console::test {

class SupervisorTest : public QObject {
    Q_OBJECT
public:
    SupervisorTest();
    ~SupervisorTest() override;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void currentShiftShowsItsActivity();
    void followsNotesOfOthers();
    void longTextWithDiacriticsArrives();
    void scriptedShiftFiguresMatch();
    void remarksAreSavedAndConflictsShown();
    void operatorSeesReportReadOnly();
    void signsAfterWrongPassword();
    void signedReportIsReadOnly();
    void nextSupervisorAcknowledges();
    void exportsPdf();
    void searchesPastReports();
    void statisticsShowSeries();
    void responsePlansTabShowsEachPlan();
    void switchesLanguage();

private:
    QString serverUrl() const;
    /// A logged-in connection of `username`.
    std::unique_ptr<ServerConnection> logIn(const QString& username);

    std::unique_ptr<jcc::test::TestDatabase> m_database;
    std::unique_ptr<jcc::test::ServerProcess> m_server;
    std::unique_ptr<pqxx::connection> m_db;
    std::unique_ptr<CertificatePins> m_pins;
};

} // namespace jcc::console::test
