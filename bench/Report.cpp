#include "bench/Report.hpp"

#include <cmath>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <sys/utsname.h>
#include <thread>

namespace jcc::bench {

namespace {

// Each marker is a line of its own.
constexpr std::string_view kBeginMarker = "\n<!-- jcc-bench results -->\n";
constexpr std::string_view kEndMarker = "\n<!-- end jcc-bench results -->\n";

std::string verdict(const std::optional<Target>& target) {
    if (!target) {
        return "";
    }
    return target->text + (target->met ? " — met" : " — NOT met");
}

/// Display width of UTF-8 text (code points).
std::size_t width(const std::string& text) {
    std::size_t count = 0;
    for (const unsigned char c : text) {
        count += (c & 0xC0) != 0x80;
    }
    return count;
}

std::string firstLineStartingWith(const std::string& file, const std::string& prefix) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with(prefix)) {
            return line;
        }
    }
    return "";
}

} // namespace

std::string fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

nlohmann::json describeMachine() {
    std::string model = firstLineStartingWith("/proc/cpuinfo", "model name");
    if (const auto colon = model.find(':'); colon != std::string::npos) {
        model = model.substr(colon + 2);
    }
    std::string memory = firstLineStartingWith("/proc/meminfo", "MemTotal:");
    double memoryGiB = 0;
    if (!memory.empty()) {
        memoryGiB = std::stod(memory.substr(9)) / (1024.0 * 1024.0);
    }
    std::string os = firstLineStartingWith("/etc/os-release", "PRETTY_NAME=");
    if (!os.empty()) {
        os = os.substr(12);
        std::erase(os, '"');
    }
    utsname names{};
    uname(&names);
    return {{"cpu", model},
            {"cpus", std::thread::hardware_concurrency()},
            {"memory_gib", std::round(memoryGiB * 10) / 10},
            {"os", os},
            {"kernel", std::string(names.release)}};
}

std::string Report::table() const {
    const std::vector<std::string> headings{"scenario", "figure", "value",
                                            "baseline", "ratio",  "target"};
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : m_rows) {
        cells.push_back(
            {row.scenario, row.figure, row.value, row.baseline, row.ratio, verdict(row.target)});
    }
    std::vector<std::size_t> widths;
    for (const auto& heading : headings) {
        widths.push_back(width(heading));
    }
    for (const auto& line : cells) {
        for (std::size_t i = 0; i < line.size(); ++i) {
            widths[i] = std::max(widths[i], width(line[i]));
        }
    }
    std::ostringstream out;
    const auto print = [&](const std::vector<std::string>& line) {
        for (std::size_t i = 0; i < line.size(); ++i) {
            out << line[i];
            if (i + 1 < line.size()) {
                out << std::string(widths[i] - width(line[i]) + 2, ' ');
            }
        }
        out << "\n";
    };
    print(headings);
    for (const auto& line : cells) {
        print(line);
    }
    return out.str();
}

std::string Report::markdown() const {
    std::ostringstream out;
    out << "| scenario | figure | value | baseline | ratio | target |\n"
        << "| --- | --- | ---: | ---: | ---: | --- |\n";
    for (const auto& row : m_rows) {
        out << "| " << row.scenario << " | " << row.figure << " | " << row.value << " | "
            << row.baseline << " | " << row.ratio << " | " << verdict(row.target) << " |\n";
    }
    if (m_json.contains("machine")) {
        const auto& machine = m_json["machine"];
        out << "\nMachine: " << machine.value("cpus", 0u) << " × "
            << machine.value("cpu", std::string()) << ", " << machine.value("memory_gib", 0.0)
            << " GiB, " << machine.value("os", std::string()) << " (kernel "
            << machine.value("kernel", std::string()) << ").\n";
    }
    if (m_json.contains("command")) {
        out << "\nCommand: `" << m_json["command"].get<std::string>() << "`\n";
    }
    return out.str();
}

nlohmann::json Report::toJson() const {
    auto json = m_json;
    json["figures"] = nlohmann::json::array();
    json["targets"] = nlohmann::json::array();
    for (const auto& row : m_rows) {
        json["figures"].push_back({{"scenario", row.scenario},
                                   {"figure", row.figure},
                                   {"value", row.value},
                                   {"baseline", row.baseline},
                                   {"ratio", row.ratio}});
        if (row.target) {
            json["targets"].push_back({{"scenario", row.scenario},
                                       {"figure", row.figure},
                                       {"value", row.value},
                                       {"target", row.target->text},
                                       {"met", row.target->met}});
        }
    }
    return json;
}

void Report::writeMarkdown(const std::filesystem::path& file) const {
    std::string text;
    {
        std::ifstream in(file);
        std::stringstream content;
        content << in.rdbuf();
        text = content.str();
    }
    const auto begin = text.find(kBeginMarker);
    const auto end = text.find(kEndMarker, begin == std::string::npos ? 0 : begin);
    if (begin != std::string::npos && end != std::string::npos && begin < end) {
        const auto from = begin + kBeginMarker.size();
        text = text.substr(0, from) + "\n" + markdown() + text.substr(end);
    } else {
        text = markdown();
    }
    std::ofstream out(file, std::ios::trunc);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

} // namespace jcc::bench
