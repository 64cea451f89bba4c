#include "server/core/RoadRoute.hpp"

#include <cmath>
#include <numbers>

namespace jcc::server {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
/// A vehicle over this weight is "heavy" (unit_types.heavy).
constexpr double kLightVehicleT = 3.5;

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

double straightMetres(GeoPoint a, GeoPoint b) {
    const double dLat = radians(b.lat - a.lat);
    const double dLon = radians(b.lon - a.lon);
    const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(radians(a.lat)) *
                                                           std::cos(radians(b.lat)) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2 * kEarthRadiusM * std::asin(std::sqrt(h));
}

std::optional<RoadRoute> roadRoute(GeoPoint from, const std::string& fromSide, GeoPoint to,
                                   const std::string& toSide, bool heavy,
                                   const std::vector<store::BorderCrossing>& crossings) {
    if (fromSide == toSide) {
        return RoadRoute{straightMetres(from, to), std::nullopt};
    }
    std::optional<RoadRoute> best;
    for (const auto& crossing : crossings) {
        if (heavy && crossing.maxWeightT && *crossing.maxWeightT <= kLightVehicleT) {
            continue;
        }
        const GeoPoint bridge{crossing.lat, crossing.lon};
        const double metres = straightMetres(from, bridge) + straightMetres(bridge, to);
        if (!best || metres < best->metres) {
            best = RoadRoute{metres, crossing.name};
        }
    }
    return best;
}

} // namespace jcc::server
