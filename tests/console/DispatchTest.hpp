#pragma once
// The operator's workflow against a real jcc-server on a fresh database: logging an incident with
// the keyboard (F2, type, "Breclav" place search, Enter), assigning a recommended unit, a second
// console seeing both and alerting on priority 1, a server restart mid-session (the store equals a
// fresh snapshot, a command queued offline is applied exactly once), failover to a second node,
// conflicts, liaison requests, and switching the language.
#include "common/User.hpp"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <memory>

namespace jcc::test {
class ServerProcess;
} // namespace jcc::test

namespace jcc::console {
class ConsoleApp;
class Store;
} // namespace jcc::console

namespace jcc::console::test {

class ConsoleFixture;

class DispatchTest : public QObject {
    Q_OBJECT
public:
    DispatchTest();
    ~DispatchTest() override;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void createsIncidentWithKeyboard();
    void duplicateIsOfferedAndAttached();
    void assignsRecommendedUnit();
    void unitBoardKeysStepTheUnit();
    void priorityOneAlertsOtherConsole();
    void conflictOffersReloadOrReapply();
    void liaisonRequestAcrossTheBorder();
    void assistanceRequestAcceptedAcrossTheBorder();
    void incidentHandedOverAcrossTheBorder();
    void unitChoiceSelectsAsManyAsAsked();
    void serverRestartResumesAndAppliesQueuedCommandOnce();
    void gapResubscribesFromLastSeq();
    void failsOverToSecondNode();
    void handoverNoteFromKeyboard();
    void languageSwitchRetranslatesWindow();

private:
    void addUser(const QString& username, const QString& agency, Country country);
    /// Logs `username` in on `app` (to `urls`, default the test server) and waits for the snapshot.
    void logIn(ConsoleApp& app, const QString& username, const QStringList& urls = {});
    /// The open work of a store as the snapshot holds it: open incidents, every unit, active
    /// liaison requests, by kind and id.
    static QJsonObject openWork(const Store& store);
    /// A fresh snapshot from the server, as openWork().
    QJsonObject freshSnapshot(const QString& username);
    qint64 countIncidents(const QString& description);

    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<jcc::test::ServerProcess> m_restarted; ///< the same node after a restart
    std::unique_ptr<ConsoleApp> m_czech;                   ///< operator of PČR
    std::unique_ptr<ConsoleApp> m_slovak;                  ///< operator of PZ SR
    qint64 m_incidentId = 0;                               ///< made by createsIncidentWithKeyboard
};

} // namespace jcc::console::test
