#include "server/store/TaskingRepository.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

void TaskingRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("tasking_may_task", "SELECT may_task($1, $2)");
    connection.prepare("tasking_grants",
                       "SELECT agency, unit_agency, iso_time(granted_at) FROM tasking_grants "
                       "ORDER BY agency, unit_agency LIMIT 1000");
    connection.prepare("tasking_grant",
                       "INSERT INTO tasking_grants (agency, unit_agency) VALUES ($1, $2) "
                       "ON CONFLICT DO NOTHING");
    connection.prepare("tasking_revoke",
                       "DELETE FROM tasking_grants WHERE agency = $1 AND unit_agency = $2");
}

bool TaskingRepository::mayTask(pqxx::transaction_base& txn, const std::string& userAgency,
                                const std::string& unitAgency) {
    return exec1(txn, "tasking_may_task", userAgency, unitAgency)[0].as<bool>();
}

std::vector<TaskingGrant> TaskingRepository::grants(pqxx::transaction_base& txn) {
    std::vector<TaskingGrant> grants;
    for (const auto& row : exec(txn, "tasking_grants")) {
        grants.push_back(
            {row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>()});
    }
    return grants;
}

bool TaskingRepository::grant(pqxx::transaction_base& txn, const std::string& agency,
                              const std::string& unitAgency) {
    return exec(txn, "tasking_grant", agency, unitAgency).affected_rows() == 1;
}

bool TaskingRepository::revoke(pqxx::transaction_base& txn, const std::string& agency,
                               const std::string& unitAgency) {
    return exec(txn, "tasking_revoke", agency, unitAgency).affected_rows() == 1;
}

} // namespace jcc::store
