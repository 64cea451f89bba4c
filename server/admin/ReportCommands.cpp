#include "server/admin/ReportCommands.hpp"

#include "common/ProtocolError.hpp"
#include "server/admin/ReportRenderer.hpp"
#include "server/admin/TablePrinter.hpp"
#include "server/store/HandoverRepository.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::admin {

using nlohmann::json;
using store::HandoverRepository;

namespace {

constexpr int kListLimit = 500;

std::string cell(const json& value) {
    return value.is_null() ? "-" : value.is_string() ? value.get<std::string>() : value.dump();
}

ReportFormat formatOf(const std::string& name) {
    return name == "json"   ? ReportFormat::Json
           : name == "html" ? ReportFormat::Html
                            : ReportFormat::Markdown;
}

} // namespace

void listReports(pqxx::connection_base& connection, const AdminRequest& request, bool asJson,
                 std::ostream& out) {
    pqxx::read_transaction txn(connection, "report_list");
    const store::HandoverFilter filter{request.shifts.zone, request.from, request.to, std::nullopt};
    const auto page = json{
        {"reports", HandoverRepository::list(txn, filter, store::PageKey::top(), kListLimit).items},
        {"total", HandoverRepository::count(txn, filter)}};
    if (asJson) {
        out << page.dump(2) << '\n';
        return;
    }
    TablePrinter table({"SHIFT", "STARTS", "ENDS", "NOTES", "SIGNED BY", "SIGNED AT",
                        "ACKNOWLEDGED BY", "DIGEST"});
    for (const auto& report : page["reports"]) {
        const auto digest = cell(report["digest"]);
        table.addRow({cell(report["shift_id"]), cell(report["starts_at"]), cell(report["ends_at"]),
                      cell(report["notes"]), cell(report["signed_by"]), cell(report["signed_at"]),
                      cell(report["acknowledged_by"]),
                      digest.size() > 16 ? digest.substr(0, 16) + "…" : digest});
    }
    table.print(out);
    out << '\n'
        << page["total"].get<std::int64_t>() << " report(s)"
        << (page["total"].get<std::int64_t>() > kListLimit
                ? ", the newest " + std::to_string(kListLimit) + " shown"
                : "")
        << '\n';
}

void exportReport(pqxx::connection_base& connection, const AdminRequest& request,
                  const store::Actor& actor, std::ostream& out) {
    pqxx::work txn(connection, "report_export");
    const auto shift = HandoverRepository::period(txn, request.shifts,
                                                  *parseShiftId(request.shifts, request.shiftId));
    if (!shift.started) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "shift " + shift.id + " has not started yet (it starts " +
                                shift.localStart + ")",
                            "shift");
    }
    const auto handover = HandoverRepository::json(txn, shift);
    const auto signature = HandoverRepository::signature(txn, shift.id);
    const auto report =
        signature ? json::parse(signature->snapshot)
                  : HandoverRepository::buildReport(txn, shift, request.shifts.zone,
                                                    std::string(toString(request.language)));
    const auto document =
        renderReport(report, handover, formatOf(request.reportFormat), [&](const std::string& at) {
            return HandoverRepository::localTime(txn, at, report["shift"]["zone"]);
        });
    store::AuditLog::append(
        txn, actor,
        {"report.export", "handover_report", shift.id, nullptr,
         json{{"format", request.reportFormat}, {"signed", signature.has_value()}}});
    txn.commit();
    out << document;
}

} // namespace jcc::admin
