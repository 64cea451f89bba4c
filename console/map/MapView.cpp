#include "console/map/MapView.hpp"

#include "console/PlainText.hpp"

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>

namespace jcc::console {

namespace {

// A muted, light control-room palette: the two countries in quiet tones, everything else grey,
// the Czech–Slovak border and the markers the only strong colours.
const QColor kOutsideColor(0xd5, 0xdb, 0xe0);
const QColor kCzechColor(0xf4, 0xf0, 0xe6);
const QColor kSlovakColor(0xe7, 0xee, 0xe3);
const QColor kOutlineColor(0x8c, 0x96, 0x9f);
const QColor kBorderColor(0x8e, 0x24, 0x3a);
const QColor kPlaceColor(0x33, 0x3b, 0x44);
const QColor kMinorPlaceColor(0x5f, 0x69, 0x73);
const QColor kCountryNameColor(0x6e, 0x78, 0x82, 150);
const QColor kHaloColor(255, 255, 255, 225);
const QColor kSelectionColor(0x0b, 0x57, 0xd0);
const QColor kDefaultIncidentColor(0xc6, 0x28, 0x28);
const QColor kDefaultUnitColor(0x15, 0x65, 0xc0);

// Zoom range, and the zoom from which each place rank is shown (index: rank - 1).
constexpr double kMinPixelsPerKm = 0.5;
constexpr double kMaxPixelsPerKm = 50;
constexpr std::array<double, 4> kRankMinPixelsPerKm{0, 0.7, 2.2, 4.5};
constexpr double kRegionMargin = 0.06; // of the region's size, on each side

constexpr double kIncidentRadius = 7;
constexpr double kUnitRadius = 5.5;
constexpr double kHitRadius = 10;
constexpr double kSelectionRadius = 12;
constexpr double kWheelZoomPerNotch = 1.25;
constexpr double kKeyZoom = 1.5;
constexpr double kKeyPanFraction = 0.2;

// Where the country names are written: in each country, inside the border region, off the towns.
struct CountryName {
    const char* iso;
    GeoPoint anchor;
};
constexpr std::array<CountryName, 2> kCountryNames{
    {{"CZ", {49.40, 17.45}}, {"SK", {48.28, 17.12}}}};

QPainterPath planePath(const QPolygonF& lonLat) {
    QPainterPath path;
    for (int i = 0; i < lonLat.size(); ++i) {
        const QPointF p = MapProjection::toPlane({lonLat[i].y(), lonLat[i].x()});
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    return path;
}

QPen cosmeticPen(const QColor& color, double width) {
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

QFont scaledFont(const QFont& base, double pointDelta, QFont::Weight weight) {
    QFont font = base;
    font.setPointSizeF(std::max(6.0, base.pointSizeF() + pointDelta));
    font.setWeight(weight);
    return font;
}

// Text with a white halo, readable on any background; `topLeft` is the corner of its box.
void drawHaloText(QPainter& painter, QPointF topLeft, const QFont& font, const QString& text,
                  const QColor& color) {
    QPainterPath path;
    path.addText(topLeft + QPointF(0, QFontMetricsF(font).ascent()), font, text);
    painter.strokePath(path, QPen(kHaloColor, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, color);
}

// Boxes for a label of `size` around a symbol of `radius` at `at`, best first: right, left,
// above, below, then the four corners.
std::array<QRectF, 8> labelCandidates(QPointF at, double radius, QSizeF size) {
    const double gap = radius + 3;
    const double corner = radius * 0.7 + 2;
    const double w = size.width();
    const double h = size.height();
    return {QRectF(QPointF(at.x() + gap, at.y() - h / 2), size),
            QRectF(QPointF(at.x() - gap - w, at.y() - h / 2), size),
            QRectF(QPointF(at.x() - w / 2, at.y() - gap - h), size),
            QRectF(QPointF(at.x() - w / 2, at.y() + gap), size),
            QRectF(QPointF(at.x() + corner, at.y() - corner - h), size),
            QRectF(QPointF(at.x() + corner, at.y() + corner), size),
            QRectF(QPointF(at.x() - corner - w, at.y() - corner - h), size),
            QRectF(QPointF(at.x() - corner - w, at.y() + corner), size)};
}

QPolygonF diamond(QPointF at, double radius) {
    return QPolygonF({at + QPointF(0, -radius), at + QPointF(radius, 0), at + QPointF(0, radius),
                      at + QPointF(-radius, 0)});
}

// 1, 2 or 5 times a power of ten, at most `limit`.
double roundScaleLength(double limit) {
    const double power = std::pow(10.0, std::floor(std::log10(limit)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * power <= limit)
            return step * power;
    return power;
}

} // namespace

MapView::MapView(QWidget* parent) : QWidget(parent), m_data(MapData::builtIn()) {
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    for (const auto& country : m_data.countries) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const auto& ring : country.rings) {
            path.addPath(planePath(ring));
            path.closeSubpath();
        }
        m_countryPaths.append(path);
    }
    for (const auto& line : m_data.border)
        m_borderPath.addPath(planePath(line));
    QPolygonF placePoints;
    for (const auto& place : m_data.places)
        placePoints.append(MapProjection::toPlane(place.position));
    const QRectF places = placePoints.boundingRect();
    const double marginX = places.width() * kRegionMargin;
    const double marginY = places.height() * kRegionMargin;
    m_region = places.adjusted(-marginX, -marginY, marginX, marginY);
    fitRegion();
}

void MapView::setMarkers(QVector<MapMarker> markers) {
    m_markers = std::move(markers);
    m_drawOrder.clear();
    m_drawOrder.reserve(m_markers.size());
    for (const auto kind : {MapMarker::Unit, MapMarker::Incident})
        for (int i = 0; i < m_markers.size(); ++i)
            if (m_markers[i].kind == kind)
                m_drawOrder.append(i);
    update();
}

void MapView::setSelected(MapMarker::Kind kind, qint64 id) {
    m_selected = MarkerRef{kind, id};
    update();
}

void MapView::clearSelection() {
    m_selected.reset();
    update();
}

void MapView::setPickMode(bool on) {
    if (on == m_pickMode)
        return;
    m_pickMode = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    Q_EMIT pickModeChanged(on);
}

void MapView::fitRegion() {
    m_projection.setViewSize(size());
    m_projection.fit(m_region);
    m_viewMoved = false;
    update();
}

void MapView::centerOn(double lat, double lon) {
    projection();
    m_projection.centerOn({lat, lon});
    m_viewMoved = true;
    update();
}

QPointF MapView::toScreen(double lat, double lon) const {
    return projection().toScreen({lat, lon});
}

GeoPoint MapView::toGeo(QPointF pos) const {
    return projection().toGeo(pos);
}

void MapView::zoomAt(double factor, QPointF anchor) {
    const double pixelsPerKm = projection().pixelsPerKm();
    const double target = std::clamp(pixelsPerKm * factor, kMinPixelsPerKm, kMaxPixelsPerKm);
    m_projection.zoomAt(target / pixelsPerKm, anchor);
    m_viewMoved = true;
    update();
}

void MapView::panBy(QPointF pixels) {
    projection();
    m_projection.panBy(pixels);
    m_viewMoved = true;
    update();
}

const MapProjection& MapView::projection() const {
    if (m_projection.viewSize() != QSizeF(size())) {
        m_projection.setViewSize(size());
        if (!m_viewMoved)
            m_projection.fit(m_region);
    }
    return m_projection;
}

bool MapView::isSelected(const MapMarker& marker) const {
    return m_selected && m_selected->kind == marker.kind && m_selected->id == marker.id;
}

int MapView::markerAt(QPointF pos) const {
    int found = -1;
    double best = kHitRadius * kHitRadius;
    const QTransform planeToScreen = projection().planeToScreen();
    // Later in draw order is drawn on top and wins a tie; the selected marker is drawn last.
    auto consider = [&](int index) {
        const MapMarker& marker = m_markers[index];
        const QPointF d = planeToScreen.map(MapProjection::toPlane({marker.lat, marker.lon})) - pos;
        const double distance = QPointF::dotProduct(d, d);
        if (distance <= best) {
            best = distance;
            found = index;
        }
    };
    int selected = -1;
    for (const int index : m_drawOrder) {
        if (isSelected(m_markers[index]))
            selected = index;
        else
            consider(index);
    }
    if (selected >= 0)
        consider(selected);
    return found;
}

bool MapView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const int index = markerAt(help->pos());
    if (index >= 0 && !m_markers[index].label.isEmpty())
        QToolTip::showText(help->globalPos(), plainAutoText(m_markers[index].label), this);
    else
        QToolTip::hideText();
    return true;
}

void MapView::paintEvent(QPaintEvent*) {
    if (!m_staticLayerProjection || *m_staticLayerProjection != projection() ||
        m_staticLayer.devicePixelRatio() != devicePixelRatioF())
        renderStaticLayer();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_staticLayer);
    painter.setRenderHint(QPainter::Antialiasing);
    paintMarkers(painter);
}

void MapView::renderStaticLayer() {
    const qreal ratio = devicePixelRatioF();
    m_staticLayer = QPixmap((QSizeF(size()) * ratio).toSize());
    m_staticLayer.setDevicePixelRatio(ratio);
    m_staticLayer.fill(kOutsideColor);
    QPainter painter(&m_staticLayer);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLand(painter);
    LabelSpace labels(size());
    paintScaleBar(painter, labels);
    paintAttribution(painter, labels);
    paintPlaces(painter, labels);
    paintCountryNames(painter, labels);
    m_staticLabels = labels;
    m_staticLayerProjection = projection();
}

void MapView::paintLand(QPainter& painter) const {
    painter.save();
    painter.setTransform(projection().planeToScreen());
    for (int i = 0; i < m_countryPaths.size(); ++i) {
        painter.setPen(cosmeticPen(kOutlineColor, 1.0));
        painter.setBrush(m_data.countries[i].iso == QLatin1String("SK") ? kSlovakColor
                                                                        : kCzechColor);
        painter.drawPath(m_countryPaths[i]);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(kHaloColor, 6));
    painter.drawPath(m_borderPath);
    painter.setPen(cosmeticPen(kBorderColor, 2.4));
    painter.drawPath(m_borderPath);
    painter.restore();
}

void MapView::paintPlaces(QPainter& painter, LabelSpace& labels) const {
    const double pixelsPerKm = projection().pixelsPerKm();
    const QRectF view = rect();
    struct Shown {
        const MapPlace* place;
        QPointF at;
        double radius;
    };
    QVector<Shown> shown;
    for (const auto& place : m_data.places) {
        if (pixelsPerKm < kRankMinPixelsPerKm[place.rank - 1])
            continue;
        const QPointF at = projection().toScreen(place.position);
        if (!view.contains(at))
            continue;
        const double radius = place.rank == 1 ? 4.5 : place.rank == 2 ? 3.5 : 2.5;
        shown.append({&place, at, radius});
        // The symbol's own space, so that no label covers it.
        labels.reserve(QRectF(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
    painter.setPen(QPen(Qt::white, 1.2));
    for (const auto& s : shown) {
        if (s.place->kind == MapPlace::Kind::BorderCrossing) {
            painter.setBrush(kBorderColor);
            painter.drawRect(QRectF(s.at - QPointF(3, 3), QSizeF(6, 6)));
        } else {
            painter.setBrush(s.place->rank <= 3 ? kPlaceColor : kMinorPlaceColor);
            painter.drawEllipse(s.at, s.radius, s.radius);
        }
    }
    const std::array<QFont, 4> fonts{
        scaledFont(font(), 3, QFont::Bold), scaledFont(font(), 1.5, QFont::DemiBold),
        scaledFont(font(), 0.5, QFont::Normal), scaledFont(font(), -0.5, QFont::Normal)};
    for (const auto& s : shown) {
        const QFont& font = fonts[s.place->rank - 1];
        const QFontMetricsF metrics(font);
        const QSizeF size(metrics.horizontalAdvance(s.place->name), metrics.height());
        for (const QRectF& box : labelCandidates(s.at, s.radius, size)) {
            if (labels.take(box)) {
                drawHaloText(painter, box.topLeft(), font, s.place->name,
                             s.place->rank <= 3 ? kPlaceColor : kMinorPlaceColor);
                break;
            }
        }
    }
}

void MapView::paintCountryNames(QPainter& painter, LabelSpace& labels) const {
    QFont font = scaledFont(this->font(), 6, QFont::DemiBold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    const QFontMetricsF metrics(font);
    for (const auto& name : kCountryNames) {
        const QString text =
            (QLatin1String(name.iso) == QLatin1String("CZ") ? tr("Czechia") : tr("Slovakia"))
                .toUpper();
        const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
        const QPointF at = projection().toScreen(name.anchor);
        const QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
        if (labels.take(box)) {
            painter.setFont(font);
            painter.setPen(kCountryNameColor);
            painter.drawText(box.topLeft() + QPointF(0, metrics.ascent()), text);
        }
    }
}

void MapView::paintScaleBar(QPainter& painter, LabelSpace& labels) const {
    constexpr double kMaxBarPixels = 120;
    const double km = roundScaleLength(kMaxBarPixels / projection().pixelsPerKm());
    const double pixels = km * projection().pixelsPerKm();
    const QPointF start(14, height() - 16);
    const QPointF end = start + QPointF(pixels, 0);
    const QPolygonF bar({start - QPointF(0, 5), start, end, end - QPointF(0, 5)});
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kHaloColor, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(bar);
    painter.setPen(QPen(kPlaceColor, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPolyline(bar);
    const QFont font = scaledFont(this->font(), -0.5, QFont::Normal);
    const QString text = tr("%1 km").arg(QLocale().toString(km));
    const QFontMetricsF metrics(font);
    const QPointF textAt = start + QPointF(4, -5 - metrics.height());
    drawHaloText(painter, textAt, font, text, kPlaceColor);
    labels.reserve(QRectF(textAt, QSizeF(metrics.horizontalAdvance(text), metrics.height()))
                       .united(QRectF(start - QPointF(2, 7), end + QPointF(2, 2))));
}

void MapView::paintAttribution(QPainter& painter, LabelSpace& labels) const {
    const QFont font = scaledFont(this->font(), -1.5, QFont::Normal);
    const QFontMetricsF metrics(font);
    const QString text = tr("Borders: Natural Earth");
    const QSizeF size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    const QRectF box(QPointF(width() - size.width(), height() - size.height()), size);
    painter.fillRect(box, QColor(255, 255, 255, 170));
    painter.setFont(font);
    painter.setPen(kMinorPlaceColor);
    painter.drawText(box, Qt::AlignCenter, text);
    labels.reserve(box);
}

void MapView::paintMarkers(QPainter& painter) const {
    const QRectF visible = QRectF(rect()).adjusted(-kSelectionRadius, -kSelectionRadius,
                                                   kSelectionRadius, kSelectionRadius);
    const QPen outline(QColor(0x20, 0x24, 0x28), 1.2);
    const MapMarker* selected = nullptr;
    QPointF selectedAt;
    DrawnMarkers drawn;
    drawn.reserve(m_drawOrder.size());
    const QTransform planeToScreen = projection().planeToScreen();
    for (const int index : m_drawOrder) {
        const MapMarker& marker = m_markers[index];
        const QPointF at = planeToScreen.map(MapProjection::toPlane({marker.lat, marker.lon}));
        if (!visible.contains(at))
            continue;
        if (isSelected(marker)) {
            selected = &marker;
            selectedAt = at;
            continue;
        }
        drawn.append({&marker, at});
    }
    auto drawSymbol = [&](const MapMarker& marker, QPointF at) {
        painter.setPen(outline);
        if (marker.kind == MapMarker::Incident) {
            painter.setBrush(marker.color.isValid() ? marker.color : kDefaultIncidentColor);
            painter.drawPolygon(diamond(at, kIncidentRadius));
        } else {
            painter.setBrush(marker.color.isValid() ? marker.color : kDefaultUnitColor);
            painter.drawEllipse(at, kUnitRadius, kUnitRadius);
        }
    };
    for (const auto& [marker, at] : drawn)
        drawSymbol(*marker, at);
    if (selected) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kHaloColor, 6));
        painter.drawEllipse(selectedAt, kSelectionRadius, kSelectionRadius);
        painter.setPen(QPen(kSelectionColor, 3));
        painter.drawEllipse(selectedAt, kSelectionRadius, kSelectionRadius);
        drawSymbol(*selected, selectedAt);
    }

    paintMarkerLabels(painter, drawn, selected, selectedAt);
}

void MapView::paintMarkerLabels(QPainter& painter, const DrawnMarkers& drawn,
                                const MapMarker* selected, QPointF selectedAt) const {
    // Labels: the selected marker's first (always, where it covers least), then incidents, then
    // units, each only where it covers neither a symbol nor another label.
    LabelSpace labels = m_staticLabels;
    for (const auto& [marker, at] : drawn) {
        const double radius = marker->kind == MapMarker::Incident ? kIncidentRadius : kUnitRadius;
        labels.reserve(QRectF(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
    if (selected)
        labels.reserve(QRectF(selectedAt - QPointF(kSelectionRadius, kSelectionRadius),
                              QSizeF(2 * kSelectionRadius, 2 * kSelectionRadius)));
    const QFont font = scaledFont(this->font(), -0.5, QFont::Normal);
    const QFont selectedFont = scaledFont(this->font(), 0.5, QFont::Bold);
    const QFontMetricsF fontMetrics(font);
    const QFontMetricsF selectedFontMetrics(selectedFont);
    auto drawLabel = [&](const MapMarker& marker, QPointF at, bool isSelected) {
        if (marker.label.isEmpty())
            return;
        const QFont& labelFont = isSelected ? selectedFont : font;
        const QFontMetricsF& metrics = isSelected ? selectedFontMetrics : fontMetrics;
        const QSizeF size(metrics.horizontalAdvance(marker.label) + 6, metrics.height() + 2);
        const double radius =
            isSelected ? kSelectionRadius
                       : (marker.kind == MapMarker::Incident ? kIncidentRadius : kUnitRadius);
        const auto candidates = labelCandidates(at, radius, size);
        // The selected marker's label always shows, where it covers least.
        const auto box = isSelected
                             ? std::min_element(candidates.begin(), candidates.end(),
                                                [&](const QRectF& a, const QRectF& b) {
                                                    return labels.overlap(a) < labels.overlap(b);
                                                })
                             : std::find_if(candidates.begin(), candidates.end(),
                                            [&](const QRectF& b) { return labels.take(b); });
        if (box == candidates.end())
            return;
        labels.reserve(*box);
        painter.setPen(isSelected ? QPen(kSelectionColor, 1.5) : Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 215));
        painter.drawRoundedRect(*box, 3, 3);
        painter.setFont(labelFont);
        painter.setPen(kPlaceColor);
        painter.drawText(*box, Qt::AlignCenter, marker.label);
    };
    if (selected)
        drawLabel(*selected, selectedAt, true);
    for (auto it = drawn.crbegin(); it != drawn.crend(); ++it)
        drawLabel(*it->first, it->second, false);
}

void MapView::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAt(std::pow(kWheelZoomPerNotch, notches), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_lastDragPos = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressPos || !(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    if (!m_dragging &&
        (event->position() - *m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panBy(event->position() - m_lastDragPos);
        m_lastDragPos = event->position();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_pressPos)
        return QWidget::mouseReleaseEvent(event);
    const bool clicked = !m_dragging;
    m_pressPos.reset();
    if (m_dragging) {
        m_dragging = false;
        setCursor(m_pickMode ? Qt::CrossCursor : Qt::ArrowCursor);
    }
    if (!clicked)
        return;
    if (m_pickMode) {
        const GeoPoint point = toGeo(event->position());
        Q_EMIT pointPicked(point.lat, point.lon);
        return;
    }
    const int index = markerAt(event->position());
    if (index < 0)
        return;
    const MapMarker& marker = m_markers[index];
    setSelected(marker.kind, marker.id);
    Q_EMIT markerClicked(marker.kind, marker.id);
}

void MapView::keyPressEvent(QKeyEvent* event) {
    const QPointF center = QRectF(rect()).center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomAt(kKeyZoom, center);
    case Qt::Key_Minus:
        return zoomAt(1 / kKeyZoom, center);
    case Qt::Key_Left:
        return panBy(QPointF(width() * kKeyPanFraction, 0));
    case Qt::Key_Right:
        return panBy(QPointF(-width() * kKeyPanFraction, 0));
    case Qt::Key_Up:
        return panBy(QPointF(0, height() * kKeyPanFraction));
    case Qt::Key_Down:
        return panBy(QPointF(0, -height() * kKeyPanFraction));
    case Qt::Key_Home:
        return fitRegion();
    case Qt::Key_Escape:
        if (m_pickMode)
            return setPickMode(false);
        break;
    }
    QWidget::keyPressEvent(event);
}

void MapView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_staticLayerProjection.reset();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace jcc::console
