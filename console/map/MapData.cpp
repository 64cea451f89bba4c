#include "console/map/MapData.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <stdexcept>

namespace jcc::console {

namespace {

[[noreturn]] void fail(const QString& path, const QString& what) {
    throw std::runtime_error(QStringLiteral("map data %1: %2").arg(path, what).toStdString());
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, file.errorString());
    return file.readAll();
}

// [[lon, lat], ...] of feature `feature`.
QPolygonF polyline(const QJsonArray& points, const QString& path, int feature) {
    QPolygonF line;
    line.reserve(points.size());
    for (const auto& value : points) {
        const QJsonArray point = value.toArray();
        if (point.size() < 2 || !point[0].isDouble() || !point[1].isDouble())
            fail(path,
                 QStringLiteral("feature %1 has a point that is not [lon, lat]").arg(feature));
        line.append(QPointF(point[0].toDouble(), point[1].toDouble()));
    }
    if (line.size() < 2)
        fail(path, QStringLiteral("feature %1 has a line of fewer than 2 points").arg(feature));
    return line;
}

void loadOutlines(const QString& path, MapData& data) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    if (document.isNull())
        fail(
            path,
            QStringLiteral("not JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonArray features = document.object().value(QStringLiteral("features")).toArray();
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString kind = properties.value(QStringLiteral("kind")).toString();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        if (kind == QLatin1String("country") && type == QLatin1String("MultiPolygon")) {
            CountryOutline country{properties.value(QStringLiteral("iso")).toString(), {}};
            for (const auto& polygon : coordinates)
                for (const auto& ring : polygon.toArray())
                    country.rings.append(polyline(ring.toArray(), path, i));
            if (country.iso.isEmpty() || country.rings.isEmpty())
                fail(path, QStringLiteral("country feature %1 has no iso code or no rings").arg(i));
            data.countries.append(country);
        } else if (kind == QLatin1String("border") && type == QLatin1String("MultiLineString")) {
            for (const auto& line : coordinates)
                data.border.append(polyline(line.toArray(), path, i));
        } else {
            fail(path, QStringLiteral("feature %1 is a '%2' %3, expected a country MultiPolygon or "
                                      "a border MultiLineString")
                           .arg(i)
                           .arg(kind, type));
        }
    }
    if (data.countries.isEmpty() || data.border.isEmpty())
        fail(path, QStringLiteral("has no country outline or no border"));
}

MapPlace::Kind placeKind(const QString& text, const QString& path, int line) {
    if (text == QLatin1String("town"))
        return MapPlace::Kind::Town;
    if (text == QLatin1String("municipality"))
        return MapPlace::Kind::Municipality;
    if (text == QLatin1String("border_crossing"))
        return MapPlace::Kind::BorderCrossing;
    fail(path, QStringLiteral("line %1: kind '%2' is not town, municipality or border_crossing")
                   .arg(line)
                   .arg(text));
}

// Columns: kind, country, rank, lat, lon, name; one header line.
void loadPlaces(const QString& path, MapData& data) {
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        if (fields.size() != 6)
            fail(path,
                 QStringLiteral("line %1 has %2 fields, expected 6").arg(i + 1).arg(fields.size()));
        MapPlace place;
        place.kind = placeKind(fields[0], path, i + 1);
        place.country = fields[1];
        bool rankOk = false;
        bool latOk = false;
        bool lonOk = false;
        place.rank = fields[2].toInt(&rankOk);
        place.position = {fields[3].toDouble(&latOk), fields[4].toDouble(&lonOk)};
        place.name = fields[5];
        if (!rankOk || !latOk || !lonOk || place.rank < 1 || place.rank > 4)
            fail(path,
                 QStringLiteral("line %1: rank must be 1 to 4, lat and lon numbers").arg(i + 1));
        data.places.append(place);
    }
    if (data.places.isEmpty())
        fail(path, QStringLiteral("has no places"));
    std::stable_sort(data.places.begin(), data.places.end(),
                     [](const MapPlace& a, const MapPlace& b) { return a.rank < b.rank; });
}

} // namespace

bool CountryOutline::contains(GeoPoint point) const {
    const QPointF p(point.lon, point.lat);
    const auto inside = std::count_if(rings.begin(), rings.end(), [&](const QPolygonF& ring) {
        return ring.containsPoint(p, Qt::OddEvenFill);
    });
    return inside % 2 == 1;
}

const MapData& MapData::builtIn() {
    static const MapData data =
        load(QStringLiteral(":/map/cz-sk.geojson"), QStringLiteral(":/map/places.tsv"));
    return data;
}

MapData MapData::load(const QString& outlinesPath, const QString& placesPath) {
    MapData data;
    loadOutlines(outlinesPath, data);
    loadPlaces(placesPath, data);
    return data;
}

const CountryOutline* MapData::country(const QString& iso) const {
    const auto it = std::find_if(countries.begin(), countries.end(),
                                 [&](const CountryOutline& c) { return c.iso == iso; });
    return it == countries.end() ? nullptr : &*it;
}

} // namespace jcc::console
