#pragma once
// PNG plots of a run drawn with gnuplot (pngcairo): latency distribution, latency against load,
// server memory against open connections. Writes the data and the scripts beside the images.
#include "bench/Scenarios.hpp"

#include <filesystem>
#include <vector>

namespace jcc::bench {

/// Draws the plots that have data into `dir`; returns the PNG files made. Throws when gnuplot
/// fails (its message included).
std::vector<std::filesystem::path> drawPlots(const PlotData& data,
                                             const std::filesystem::path& dir);

} // namespace jcc::bench
