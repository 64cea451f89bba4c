#include "server/store/Database.hpp"

#include "server/store/AssignmentRepository.hpp"
#include "server/store/AuditLog.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/ExchangeStatsRepository.hpp"
#include "server/store/HandoverRepository.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/LiaisonRepository.hpp"
#include "server/store/LoginFailures.hpp"
#include "server/store/PlaceRepository.hpp"
#include "server/store/PlanRepository.hpp"
#include "server/store/RequestResults.hpp"
#include "server/store/SessionRepository.hpp"
#include "server/store/StoreError.hpp"
#include "server/store/TaskingRepository.hpp"
#include "server/store/UnitRepository.hpp"
#include "server/store/UserRepository.hpp"

#include <pqxx/pqxx>
#include <regex>

namespace jcc::store {

std::string redactedUrl(const std::string& url) {
    static const std::regex uriPassword(R"(://([^:/@]*):([^@]*)@)");
    static const std::regex keywordPassword(R"(password\s*=\s*('[^']*'|\S+))");
    std::string out = std::regex_replace(url, uriPassword, "://$1:***@");
    return std::regex_replace(out, keywordPassword, "password=***");
}

std::unique_ptr<pqxx::connection> openConnection(const std::string& url) {
    try {
        return std::make_unique<pqxx::connection>(url);
    } catch (const std::exception& e) {
        std::string reason = e.what();
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) {
            reason.pop_back();
        }
        throw StoreError("cannot connect to database '" + redactedUrl(url) + "': " + reason);
    }
}

std::unique_ptr<pqxx::connection> openWorkerConnection(const std::string& url,
                                                       std::chrono::milliseconds statementTimeout) {
    auto connection = openConnection(url);
    connection->set_variable("statement_timeout", std::to_string(statementTimeout.count()));
    prepareStatements(*connection);
    return connection;
}

void prepareStatements(pqxx::connection_base& connection) {
    UserRepository::prepare(connection);
    SessionRepository::prepare(connection);
    LoginFailures::prepare(connection);
    AuditLog::prepare(connection);
    EventLog::prepare(connection);
    IncidentRepository::prepare(connection);
    UnitRepository::prepare(connection);
    AssignmentRepository::prepare(connection);
    LiaisonRepository::prepare(connection);
    PlaceRepository::prepare(connection);
    PlanRepository::prepare(connection);
    RequestResults::prepare(connection);
    HandoverRepository::prepare(connection);
    ExchangeStatsRepository::prepare(connection);
    TaskingRepository::prepare(connection);
}

} // namespace jcc::store
