#pragma once
// A WGS84 position in decimal degrees, north and east positive.

namespace jcc::console {

struct GeoPoint {
    double lat = 0;
    double lon = 0;
};

} // namespace jcc::console
