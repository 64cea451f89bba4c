#pragma once
// A shift handover report (the JSON of handover.generate, docs/protocol.md) as a Markdown or a
// standalone HTML document for people: the document of common/ReportModel.hpp, the one the
// console's supervisor view shows, with priority 1 and overdue marked. The words are in the
// report's language.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace jcc::admin {

enum class ReportFormat { Json, Html, Markdown };

/// An ISO 8601 UTC time of the report as local time for people, e.g. "2026-03-10 09:12".
using LocalTime = std::function<std::string(const std::string& isoUtc)>;

/// `handover` is the report's state (handover_json): its signature and digest are shown. Times
/// in HTML and Markdown go through `localTime`.
std::string renderReport(const nlohmann::json& report, const nlohmann::json& handover,
                         ReportFormat format, const LocalTime& localTime);

} // namespace jcc::admin
