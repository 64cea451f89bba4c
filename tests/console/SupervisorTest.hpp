#pragma once
// The supervisor view against a real jcc-server on a fresh database: the report of the current
// shift and of a scripted one with the figures the server computed, live notes of others, remarks
// with a conflict, signing with a wrong then the right password, read-only signed reports and
// operators, acknowledgement by the next supervisor, PDF export, the search of past reports, the
// statistics charts and switching languages.
#include <QObject>
#include <QString>
#include <memory>

namespace jcc::console::test {

class ConsoleFixture;
struct TestSession;

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
    void signatureIsNeverWrittenToTheSettings();

private:
    /// A logged-in, subscribed session of `username`.
    std::unique_ptr<TestSession> logIn(const QString& username);

    std::unique_ptr<ConsoleFixture> m_fixture;
};

} // namespace jcc::console::test
