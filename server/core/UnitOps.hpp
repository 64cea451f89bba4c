#pragma once
// Unit ops: unit.create, update, set_status, set_position and recommend (docs/protocol.md).
#include <string_view>

namespace jcc::server {

class OpTable;
void addUnitOps(OpTable& table);

/// The average speed (km/h) unit.recommend assumes for a unit type; 40 for a type it does not
/// know.
double averageSpeedKmh(std::string_view unitType);
/// Whole minutes, rounded up, to cover a straight-line `distanceM` at the type's average speed.
int etaMinutes(std::string_view unitType, double distanceM);

} // namespace jcc::server
