#pragma once
// The static content of the offline map: the Czech and Slovak outlines, their common border and
// the gazetteer places to label (console/map/data/README.md says where they come from).
// Coordinates of outlines and lines are QPointF(lon, lat).
#include "console/map/GeoPoint.hpp"

#include <QPolygonF>
#include <QString>
#include <QVector>

namespace jcc::console {

struct CountryOutline {
    QString iso; ///< "CZ" or "SK"
    /// Outer rings and holes alike; a point is inside when an odd number of rings contain it.
    QVector<QPolygonF> rings;

    bool contains(GeoPoint point) const;
};

struct MapPlace {
    enum class Kind { Town, Municipality, BorderCrossing };

    Kind kind = Kind::Town;
    QString country; ///< "CZ" or "SK"
    /// 1 regional capital, 2 district seat, 3 other town, 4 municipality or border crossing; the
    /// map labels lower ranks first and shows rank 4 only when zoomed in.
    int rank = 4;
    GeoPoint position;
    QString name;
};

class MapData {
public:
    /// The data compiled into the console (resources :/map/cz-sk.geojson and :/map/places.tsv),
    /// loaded at the first call.
    static const MapData& builtIn();
    /// Reads a GeoJSON file as scripts/extract-border-map writes it and a places.tsv. Throws
    /// std::runtime_error naming the file (and line or feature) that is missing or malformed.
    static MapData load(const QString& outlinesPath, const QString& placesPath);

    /// The outline of country `iso`, or nullptr.
    const CountryOutline* country(const QString& iso) const;

    QVector<CountryOutline> countries;
    /// The Czech–Slovak border as polylines.
    QVector<QPolygonF> border;
    /// Sorted by rank.
    QVector<MapPlace> places;
};

} // namespace jcc::console
