#include "server/admin/PlanCommands.hpp"

#include "common/ProtocolError.hpp"
#include "server/admin/TablePrinter.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/PlanRepository.hpp"
#include "server/store/UnitRepository.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::admin {

using nlohmann::json;

namespace {

void requireIncidentType(pqxx::transaction_base& txn, const std::optional<std::string>& type) {
    if (type && !store::IncidentRepository::typeExists(txn, *type)) {
        throw ProtocolError(
            ErrorCode::NotFound,
            "TYPE '" + *type + "' is not an incident type (see 'jcc-admin plan list')", "TYPE");
    }
}

} // namespace

void listPlans(pqxx::connection_base& connection, const AdminRequest& request, bool asJson,
               std::ostream& out) {
    pqxx::read_transaction txn(connection, "plan_list");
    requireIncidentType(txn, request.incidentType);
    const auto lines = store::PlanRepository::lines(txn, request.incidentType);
    if (asJson) {
        json plans = json::array();
        for (const auto& line : lines) {
            plans.push_back(store::toJson(line));
        }
        out << json{{"plans", plans}}.dump(2) << '\n';
        return;
    }
    TablePrinter table({"INCIDENT TYPE", "PRIORITY", "UNIT TYPE", "COUNT", "ONLY WHEN"});
    for (const auto& line : lines) {
        table.addRow({line.incidentType, std::to_string(line.priority), line.unitType,
                      std::to_string(line.count), line.condition.value_or("")});
    }
    table.print(out);
}

void setPlanLine(pqxx::connection_base& connection, const AdminRequest& request,
                 const store::Actor& actor, bool asJson, std::ostream& out) {
    pqxx::work txn(connection, "plan_set");
    requireIncidentType(txn, request.incidentType);
    if (!store::UnitRepository::typeExists(txn, request.unitType)) {
        throw ProtocolError(ErrorCode::NotFound,
                            "UNIT_TYPE '" + request.unitType + "' is not a unit type", "UNIT_TYPE");
    }
    const store::PlanLine line{*request.incidentType, request.priority, request.unitType,
                               request.count, request.condition};
    const auto before = store::PlanRepository::setLine(txn, line);
    const std::string id =
        line.incidentType + "/" + std::to_string(line.priority) + "/" + line.unitType;
    store::AuditLog::append(txn, actor,
                            {"plan.set", "response_plan", id,
                             before ? store::toJson(*before) : json(nullptr),
                             line.count > 0 ? store::toJson(line) : json(nullptr)});
    txn.commit();
    if (asJson) {
        out << store::toJson(line).dump(2) << '\n';
        return;
    }
    if (line.count == 0) {
        out << (before ? "removed " : "no such line: ") << id << " from the plans\n";
        return;
    }
    out << line.incidentType << " priority " << line.priority << " needs " << line.count << " × "
        << line.unitType << (line.condition ? " when " + *line.condition : "") << '\n';
}

void resetPlans(pqxx::connection_base& connection, const AdminRequest& request,
                const store::Actor& actor, bool asJson, std::ostream& out) {
    pqxx::work txn(connection, "plan_reset");
    requireIncidentType(txn, request.incidentType);
    const int lines = store::PlanRepository::resetToDefaults(txn, request.incidentType);
    const std::string which = request.incidentType.value_or("all");
    store::AuditLog::append(
        txn, actor, {"plan.reset", "response_plan", which, nullptr, json{{"lines", lines}}});
    txn.commit();
    if (asJson) {
        out << json{{"reset", which}, {"lines", lines}}.dump(2) << '\n';
        return;
    }
    out << "plans of " << (request.incidentType ? *request.incidentType : "every incident type")
        << " back to the defaults (" << lines << " lines)\n";
}

} // namespace jcc::admin
