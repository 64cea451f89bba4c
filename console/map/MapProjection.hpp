#pragma once
// The map's projection: local equirectangular around 48.8° N (the Czech–Slovak border region),
// i.e. plane x = lon·cos(48.8°), y = lat, in degrees; then a uniform scale and a translation to
// widget pixels (y down). Distances are true to within 1 % across the border region.
#include "console/map/GeoPoint.hpp"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace jcc::console {

class MapProjection {
public:
    static constexpr double kReferenceLatitude = 48.8;
    /// Length of one plane degree (one degree of latitude) on the mean Earth sphere.
    static constexpr double kKmPerPlaneDegree = 111.195;

    static QPointF toPlane(GeoPoint point);
    static GeoPoint fromPlane(QPointF plane);

    QPointF toScreen(GeoPoint point) const;
    GeoPoint toGeo(QPointF screen) const;
    /// Plane to widget pixels, for painting plane geometry.
    QTransform planeToScreen() const;
    double pixelsPerKm() const { return m_pixelsPerDegree / kKmPerPlaneDegree; }

    QSizeF viewSize() const { return m_viewSize; }
    /// Keeps the plane point at the centre of the view and the scale.
    void setViewSize(QSizeF size) { m_viewSize = size; }
    /// Centres `plane` in the view at the largest scale that shows all of it.
    void fit(const QRectF& plane);
    void centerOn(GeoPoint point) { m_center = toPlane(point); }
    /// Multiplies the scale, keeping the point under `anchor` (widget pixels) where it is.
    void zoomAt(double factor, QPointF anchor);
    /// Moves the content by `pixels`.
    void panBy(QPointF pixels);

    bool operator==(const MapProjection& other) const = default;

private:
    QSizeF m_viewSize{1, 1};
    QPointF m_center;
    double m_pixelsPerDegree = 1;
};

} // namespace jcc::console
