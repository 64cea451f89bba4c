#include "bench/Plots.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::bench {

namespace {

constexpr std::size_t kMaxPointsPerCurve = 2000;

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

void writeFile(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::trunc);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

fs::path runGnuplot(const fs::path& dir, const fs::path& work, const std::string& name,
                    const std::string& script) {
    const auto scriptFile = work / (name + ".gp");
    const auto image = dir / (name + ".png");
    writeFile(scriptFile, "set terminal pngcairo size 900,560 font 'sans,10'\nset output " +
                              quoted(image.string()) + "\nset grid\nset key top left\n" + script);
    const auto errors = work / (name + ".errors");
    const std::string command =
        "gnuplot " + quoted(scriptFile.string()) + " 2>" + quoted(errors.string());
    if (std::system(command.c_str()) != 0) {
        std::ifstream in(errors);
        std::string message((std::istreambuf_iterator<char>(in)), {});
        throw std::runtime_error("gnuplot failed on " + scriptFile.string() + ": " + message);
    }
    return image;
}

/// The plots' data files and scripts, removed when drawing is done.
class WorkDir {
public:
    WorkDir() {
        std::string pattern = (fs::temp_directory_path() / "jcc-bench-plots-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("cannot create a temporary directory for the plots");
        }
        m_path = pattern;
    }
    ~WorkDir() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

} // namespace

std::vector<fs::path> drawPlots(const PlotData& data, const fs::path& dir) {
    fs::create_directories(dir);
    const WorkDir workDir;
    const auto& work = workDir.path();
    std::vector<fs::path> images;
    if (!data.distributions.empty()) {
        std::string plot = "plot ";
        for (std::size_t i = 0; i < data.distributions.size(); ++i) {
            const auto& [label, sorted] = data.distributions[i];
            const auto file = work / ("latency-distribution-" + std::to_string(i + 1) + ".dat");
            std::string text = "# milliseconds fraction_at_or_below\n";
            const std::size_t step = std::max<std::size_t>(1, sorted.size() / kMaxPointsPerCurve);
            for (std::size_t k = 0; k < sorted.size(); k += step) {
                text += std::to_string(std::max(sorted[k], 0.001)) + " " +
                        std::to_string(static_cast<double>(k + 1) / sorted.size()) + "\n";
            }
            if (!sorted.empty()) {
                text += std::to_string(std::max(sorted.back(), 0.001)) + " 1\n";
            }
            writeFile(file, text);
            plot += (i > 0 ? ", " : "") + quoted(file.string()) +
                    " using 1:2 with lines lw 2 title " + quoted(label);
        }
        images.push_back(runGnuplot(
            dir, work, "latency-distribution",
            "set title 'Latency distribution (cumulative)'\nset logscale x\n"
            "set xlabel 'milliseconds (log scale)'\nset ylabel 'fraction of samples at or below'\n"
            "set yrange [0:1]\nset key bottom right\n" +
                plot + "\n"));
    }
    if (!data.loadCurve.empty()) {
        const auto file = work / "latency-vs-load.dat";
        std::string text = "# offered achieved_per_s p50_ms p99_ms\n";
        for (const auto& point : data.loadCurve) {
            const std::string offered =
                point.offeredRate > 0 ? std::to_string(static_cast<int>(point.offeredRate)) + "/s"
                                      : "flat out";
            text += quoted("offered " + offered) + " " + std::to_string(point.achievedRate) + " " +
                    std::to_string(point.p50) + " " + std::to_string(point.p99) + "\n";
        }
        writeFile(file, text);
        images.push_back(runGnuplot(
            dir, work, "latency-vs-load",
            "set title 'End-to-end event latency against load (last point: flat out)'\n"
            "set xlabel 'commands per second achieved'\nset ylabel 'milliseconds'\n"
            "set logscale y\nset offsets graph 0.05, graph 0.15, graph 0.1, graph 0.1\nplot " +
                quoted(file.string()) + " using 2:3 with linespoints lw 2 title 'p50', " +
                quoted(file.string()) + " using 2:4 with linespoints lw 2 title 'p99', " +
                quoted(file.string()) + " using 2:4:1 with labels offset 0,1 font ',8' notitle\n"));
    }
    if (!data.memory.empty()) {
        const auto file = work / "memory-vs-connections.dat";
        std::string text = "# connections rss_mib\n";
        for (const auto& [connections, mib] : data.memory) {
            text += std::to_string(connections) + " " + std::to_string(mib) + "\n";
        }
        writeFile(file, text);
        images.push_back(runGnuplot(
            dir, work, "memory-vs-connections",
            "set title 'jcc-server resident memory against idle subscribed connections'\n"
            "set xlabel 'open connections'\nset ylabel 'VmRSS (MiB)'\nset yrange [0:*]\nplot " +
                quoted(file.string()) + " using 1:2 with linespoints lw 2 title 'VmRSS'\n"));
    }
    return images;
}

} // namespace jcc::bench
