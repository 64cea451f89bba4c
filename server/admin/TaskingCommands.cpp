#include "server/admin/TaskingCommands.hpp"

#include "common/ProtocolError.hpp"
#include "server/admin/TablePrinter.hpp"
#include "server/store/TaskingRepository.hpp"
#include "server/store/UserRepository.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::admin {

using nlohmann::json;

void listTaskingGrants(pqxx::connection_base& connection, bool asJson, std::ostream& out) {
    pqxx::read_transaction txn(connection, "tasking_list");
    const auto grants = store::TaskingRepository::grants(txn);
    if (asJson) {
        json list = json::array();
        for (const auto& grant : grants) {
            list.push_back({{"agency", grant.agency},
                            {"unit_agency", grant.unitAgency},
                            {"granted_at", grant.grantedAt}});
        }
        out << json{{"grants", list}}.dump(2) << '\n';
        return;
    }
    if (grants.empty()) {
        out << "no grants: every agency tasks only its own units\n";
        return;
    }
    TablePrinter table({"AGENCY", "MAY TASK UNITS OF", "SINCE"});
    for (const auto& grant : grants) {
        table.addRow({grant.agency, grant.unitAgency, grant.grantedAt});
    }
    table.print(out);
}

namespace {

void requireAgency(pqxx::transaction_base& txn, const std::string& code, const std::string& name) {
    if (!store::UserRepository::agencyCountry(txn, code)) {
        throw ProtocolError(ErrorCode::NotFound,
                            name + " '" + code +
                                "' is not an agency (PCR, HZS-JMK, ZZS-JMK, PZSR, HAZZ-TT, "
                                "ZZS-SK)",
                            name);
    }
}

} // namespace

void changeTaskingGrant(pqxx::connection_base& connection, const AdminRequest& request,
                        const store::Actor& actor, bool asJson, std::ostream& out) {
    const bool granting = request.command == AdminCommand::TaskingGrant;
    pqxx::work txn(connection, "tasking_change");
    requireAgency(txn, request.agency, "AGENCY");
    requireAgency(txn, request.unitAgency, "UNIT_AGENCY");
    if (request.agency == request.unitAgency) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "every agency tasks its own units; name two different agencies",
                            "UNIT_AGENCY");
    }
    const bool changed =
        granting ? store::TaskingRepository::grant(txn, request.agency, request.unitAgency)
                 : store::TaskingRepository::revoke(txn, request.agency, request.unitAgency);
    const json grant = {{"agency", request.agency}, {"unit_agency", request.unitAgency}};
    if (changed) {
        store::AuditLog::append(txn, actor,
                                {granting ? "tasking.grant" : "tasking.revoke", "tasking_grant",
                                 request.agency + ">" + request.unitAgency,
                                 granting ? json(nullptr) : grant,
                                 granting ? grant : json(nullptr)});
    }
    txn.commit();
    if (asJson) {
        out << json{{"agency", request.agency},
                    {"unit_agency", request.unitAgency},
                    {"granted", granting},
                    {"changed", changed}}
                   .dump(2)
            << '\n';
        return;
    }
    const std::string what = request.agency + " tasking units of " + request.unitAgency;
    if (!changed) {
        out << (granting ? "already granted: " : "no such grant: ") << what
            << "; nothing changed\n";
        return;
    }
    out << (granting ? "granted: " : "revoked: ") << what
        << (granting ? " directly, from the next command on every node\n"
                     : "; such units are asked for again from the next command\n");
}

} // namespace jcc::admin
