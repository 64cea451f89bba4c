#pragma once
// How far a unit travels to an incident at this border: the Morava is the border and is crossed
// only at a few bridges (border_crossings, migration 0009), so a unit on the other bank goes
// through the crossing that makes its way shortest and that carries its weight.
#include "server/store/PlanRepository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jcc::server {

struct GeoPoint {
    double lat = 0;
    double lon = 0;
};

/// The great-circle distance in metres (as distance_m() in SQL).
double straightMetres(GeoPoint a, GeoPoint b);

struct RoadRoute {
    double metres = 0;
    std::optional<std::string> via; ///< the crossing's name; none on one side
};

/// From `from` (on side `fromSide`, "CZ" or "SK") to `to` (on `toSide`): the straight line
/// when both are on one side, otherwise the straight lines to and from the crossing that makes
/// the way shortest among those that carry the vehicle (`heavy`: over 3.5 t). nullopt when no
/// crossing carries it.
std::optional<RoadRoute> roadRoute(GeoPoint from, const std::string& fromSide, GeoPoint to,
                                   const std::string& toSide, bool heavy,
                                   const std::vector<store::BorderCrossing>& crossings);

} // namespace jcc::server
