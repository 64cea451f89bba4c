#pragma once
// Text from the server with HTML in it, against a real jcc-server on a fresh database: a user's
// display name, an incident's place, description, caller and note, a unit's call sign and reason,
// a liaison request's subject and body, a handover note. No label, tooltip, dialog or HTML view of
// the main window or the handover window may render its markup; each shows it as the characters
// it is (issue 11, "hostile input"). "%1" in a place name stays as typed (one QString::arg).
#include <QObject>
#include <memory>

namespace jcc::console {
class ConsoleApp;
} // namespace jcc::console

namespace jcc::console::test {

class ConsoleFixture;
struct TestSession;

class HostileTextTest : public QObject {
    Q_OBJECT
public:
    HostileTextTest();
    ~HostileTextTest() override;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void mainWindowShowsMarkupAsText();
    void handoverReportShowsMarkupAsText();
    void percentSignsStayAsTyped();

private:
    /// The console logs in as the dispatcher; a colleague across the border then logs a priority
    /// 1 incident, a note, a liaison request and a handover note, all with markup.
    void logInAndReceiveHostileWork();
    /// Reveals the caller of the current incident, answering the justification dialog.
    void revealCaller();
    /// The labels of the dialog the unit board opens for "out of service" (key O) on the unit
    /// with the hostile call sign, as problems like renderedMarkup()'s.
    QStringList outOfServiceDialogProblems();
    /// The map's tooltip over the unit with the hostile call sign, as a problem, or empty.
    QStringList mapTooltipProblems();

    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<ConsoleApp> m_app;        ///< the dispatcher's console
    std::unique_ptr<TestSession> m_colleague; ///< the Slovak operator's session
    qint64 m_unitId = 0;                      ///< the unit with the hostile call sign
    qint64 m_incidentId = 0;
};

} // namespace jcc::console::test
