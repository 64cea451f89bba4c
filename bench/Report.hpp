#pragma once
// The results of a run: one row per figure (value, its baseline, their ratio, the target and
// whether it is met), printed as a table, written as JSON and as Markdown.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace jcc::bench {

struct Target {
    std::string text; ///< e.g. "≤ 3 × baseline"
    bool met = false;
};

struct ReportRow {
    std::string scenario;
    std::string figure;
    std::string value;
    std::string baseline{}; ///< empty when the figure has none
    std::string ratio{};    ///< empty when the figure has none
    std::optional<Target> target{};
};

class Report {
public:
    void add(ReportRow row) { m_rows.push_back(std::move(row)); }
    /// The scenario's raw figures in the JSON report (scenarios.NAME).
    nlohmann::json& scenario(const std::string& name) { return m_json["scenarios"][name]; }
    void setMachine(nlohmann::json machine) { m_json["machine"] = std::move(machine); }
    void setCommand(const std::string& command) { m_json["command"] = command; }

    std::string table() const;
    std::string markdown() const;
    nlohmann::json toJson() const;
    /// Writes markdown() to `file`, between the result markers when the file has them.
    void writeMarkdown(const std::filesystem::path& file) const;

private:
    std::vector<ReportRow> m_rows;
    nlohmann::json m_json = nlohmann::json::object();
};

/// "12.3" with `decimals` decimals.
std::string fixed(double value, int decimals = 1);
/// A description of this machine: CPU model and count, memory, OS, kernel.
nlohmann::json describeMachine();

} // namespace jcc::bench
