#pragma once
// The offline map of the Czech–Slovak border region: both countries, their border, the gazetteer
// towns (bigger towns labelled first, villages only when zoomed in) and the incident and unit
// markers the caller sets. Projection: MapProjection (local equirectangular around 48.8° N).
//
// Mouse: wheel zooms about the cursor, dragging pans, a click on a marker selects it and emits
// markerClicked; hovering a marker shows its label as a tooltip (labels that do not fit are not
// drawn). In pick mode (setPickMode) a click anywhere, markers included, emits pointPicked
// with the position under the cursor instead; Escape leaves pick mode.
// Keys: + and - zoom, arrows pan, Home shows the whole border region again (fitRegion).
// The land, towns, scale bar and attribution are drawn once per view transform into a pixmap;
// only the markers are drawn on every paint, so a few thousand markers stay smooth.
#include "console/map/GeoPoint.hpp"
#include "console/map/LabelSpace.hpp"
#include "console/map/MapData.hpp"
#include "console/map/MapMarker.hpp"
#include "console/map/MapProjection.hpp"

#include <QPainterPath>
#include <QPixmap>
#include <QVector>
#include <QWidget>
#include <optional>

namespace jcc::console {

class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);

    /// Replaces every marker. The selection stays on the same kind and id.
    void setMarkers(QVector<MapMarker> markers);
    const QVector<MapMarker>& markers() const { return m_markers; }
    /// Highlights the marker of this kind and id (a ring, drawn on top, label always shown),
    /// now or as soon as setMarkers brings it.
    void setSelected(MapMarker::Kind kind, qint64 id);
    void clearSelection();

    /// In pick mode a click emits pointPicked instead of selecting a marker.
    void setPickMode(bool on);
    bool pickMode() const { return m_pickMode; }

    /// Shows every gazetteer place (the border region), as the Home key does. Until the user
    /// zooms or pans, resizing the widget fits the region again.
    void fitRegion();
    /// Centres the view on a point, keeping the zoom.
    void centerOn(double lat, double lon);

    /// Where a position is drawn, in widget pixels.
    QPointF toScreen(double lat, double lon) const;
    /// The position drawn at `pos` (widget pixels).
    GeoPoint toGeo(QPointF pos) const;

    QSize sizeHint() const override { return {900, 700}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

Q_SIGNALS:
    /// The user clicked this marker (not in pick mode); it is now the selected marker.
    void markerClicked(jcc::console::MapMarker::Kind kind, qint64 id);
    /// In pick mode the user clicked the map at this position.
    void pointPicked(double lat, double lon);
    void pickModeChanged(bool on);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct MarkerRef {
        MapMarker::Kind kind;
        qint64 id;
    };

    /// The projection for the widget's current size; until the user zooms or pans, a new size
    /// fits the region again. (Hidden widgets get their resize events late, so this is lazy.)
    const MapProjection& projection() const;
    void zoomAt(double factor, QPointF anchor);
    void panBy(QPointF pixels);
    /// The marker drawn topmost within reach of `pos`, as an index into m_markers, or -1.
    int markerAt(QPointF pos) const;
    bool isSelected(const MapMarker& marker) const;

    void renderStaticLayer();
    void paintLand(QPainter& painter) const;
    void paintPlaces(QPainter& painter, LabelSpace& labels) const;
    void paintCountryNames(QPainter& painter, LabelSpace& labels) const;
    void paintScaleBar(QPainter& painter, LabelSpace& labels) const;
    void paintAttribution(QPainter& painter, LabelSpace& labels) const;
    /// The markers drawn this frame, with their screen positions, in drawing order.
    using DrawnMarkers = QVector<std::pair<const MapMarker*, QPointF>>;
    void paintMarkers(QPainter& painter) const;
    /// The labels of `drawn` and of the selected marker, where they cover nothing else.
    void paintMarkerLabels(QPainter& painter, const DrawnMarkers& drawn, const MapMarker* selected,
                           QPointF selectedAt) const;

    const MapData& m_data;
    QVector<QPainterPath> m_countryPaths; // plane coordinates, as MapData::countries
    QPainterPath m_borderPath;            // plane coordinates
    QRectF m_region;                      // plane rectangle that fitRegion shows
    mutable MapProjection m_projection;
    bool m_viewMoved = false;

    QVector<MapMarker> m_markers;
    QVector<int> m_drawOrder; // units below incidents
    std::optional<MarkerRef> m_selected;
    bool m_pickMode = false;

    QPixmap m_staticLayer;
    LabelSpace m_staticLabels{QSize()}; // what the static layer covers; marker labels avoid it
    std::optional<MapProjection> m_staticLayerProjection; // unset: redraw at the next paint

    std::optional<QPointF> m_pressPos; // left button held
    QPointF m_lastDragPos;
    bool m_dragging = false;
};

} // namespace jcc::console
