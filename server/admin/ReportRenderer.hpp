#pragma once
// A shift handover report (the JSON of handover.generate, docs/protocol.md) as a Markdown or a
// standalone HTML document for people: headings, tables, priority 1 marked. The words are the
// report's own labels, so the document is in the report's language.
#include <nlohmann/json.hpp>
#include <string>

namespace jcc::admin {

enum class ReportFormat { Json, Html, Markdown };

/// `handover` is the report's state (handover_json): its signature and digest are shown.
std::string renderReport(const nlohmann::json& report, const nlohmann::json& handover,
                         ReportFormat format);

} // namespace jcc::admin
