#include "console/map/MapProjection.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace jcc::console {

namespace {
const double kLonScale = std::cos(MapProjection::kReferenceLatitude * std::numbers::pi / 180.0);
}

QPointF MapProjection::toPlane(GeoPoint point) {
    return {point.lon * kLonScale, point.lat};
}

GeoPoint MapProjection::fromPlane(QPointF plane) {
    return {plane.y(), plane.x() / kLonScale};
}

QPointF MapProjection::toScreen(GeoPoint point) const {
    return planeToScreen().map(toPlane(point));
}

GeoPoint MapProjection::toGeo(QPointF screen) const {
    return fromPlane(planeToScreen().inverted().map(screen));
}

QTransform MapProjection::planeToScreen() const {
    QTransform transform;
    transform.translate(m_viewSize.width() / 2, m_viewSize.height() / 2);
    transform.scale(m_pixelsPerDegree, -m_pixelsPerDegree);
    transform.translate(-m_center.x(), -m_center.y());
    return transform;
}

void MapProjection::fit(const QRectF& plane) {
    m_center = plane.center();
    m_pixelsPerDegree = std::min(m_viewSize.width() / std::max(plane.width(), 1e-9),
                                 m_viewSize.height() / std::max(plane.height(), 1e-9));
}

void MapProjection::zoomAt(double factor, QPointF anchor) {
    const QPointF anchored = planeToScreen().inverted().map(anchor);
    m_pixelsPerDegree *= factor;
    // Move the centre so that `anchored` is under `anchor` again.
    const QPointF drift = planeToScreen().map(anchored) - anchor;
    panBy(-drift);
}

void MapProjection::panBy(QPointF pixels) {
    m_center -= QPointF(pixels.x(), -pixels.y()) / m_pixelsPerDegree;
}

} // namespace jcc::console
