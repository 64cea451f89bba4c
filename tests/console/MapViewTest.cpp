// The offline map: its built-in data, the projection against the outlines, marker clicks, point
// picking and view navigation, on a real MapView (offscreen). With JCC_MAP_SCREENSHOT=<file.png>
// set, rendersThousandsOfMarkers also saves a picture of the map with sample markers
// (docs/images/console-map.png is made that way).
#include "console/map/MapView.hpp"

#include "console/map/MapData.hpp"
#include "console/map/MapProjection.hpp"
#include "tests/console/TestRegistry.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainterPath>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace jcc::console::test {

namespace {

constexpr GeoPoint kBreclav{48.75897, 16.88203};
constexpr GeoPoint kHolic{48.81105, 17.16238};
constexpr GeoPoint kHodonin{48.84893, 17.13244};
constexpr QSize kViewSize{900, 700};

// Kilometres from `point` to the nearest point of the Czech–Slovak border.
double kmToBorder(GeoPoint point) {
    const QPointF p = MapProjection::toPlane(point);
    double best = std::numeric_limits<double>::max();
    for (const QPolygonF& line : MapData::builtIn().border) {
        for (int i = 1; i < line.size(); ++i) {
            const QPointF a = MapProjection::toPlane({line[i - 1].y(), line[i - 1].x()});
            const QPointF b = MapProjection::toPlane({line[i].y(), line[i].x()});
            const QPointF ab = b - a;
            const double length = QPointF::dotProduct(ab, ab);
            const double t =
                length > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0) : 0.0;
            const QPointF d = p - (a + ab * t);
            best = std::min(best, std::hypot(d.x(), d.y()));
        }
    }
    return best * MapProjection::kKmPerPlaneDegree;
}

// The outline of `iso` as the view draws it, in widget pixels.
QPainterPath screenOutline(const MapView& view, const QString& iso) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF& ring : MapData::builtIn().country(iso)->rings) {
        QPolygonF screen;
        for (const QPointF& lonLat : ring)
            screen.append(view.toScreen(lonLat.y(), lonLat.x()));
        path.addPolygon(screen);
        path.closeSubpath();
    }
    return path;
}

void click(MapView& view, QPointF at) {
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, at.toPoint());
}

QVector<MapMarker> sampleMarkers() {
    const QColor p1(0xd3, 0x2f, 0x2f), p2(0xef, 0x6c, 0x00), p3(0xf9, 0xa8, 0x25),
        p4(0x6d, 0x8f, 0x3c);
    const QColor available(0x2e, 0x7d, 0x32), busy(0x15, 0x65, 0xc0);
    return {
        {MapMarker::Incident, 41, 48.713, 16.953, QStringLiteral("JCC-2026-000041"), p1},
        {MapMarker::Incident, 42, 48.8478, 17.1195, QStringLiteral("JCC-2026-000042"), p2},
        {MapMarker::Incident, 43, 48.8452, 17.2190, QStringLiteral("JCC-2026-000043"), p3},
        {MapMarker::Incident, 44, 48.6560, 17.0330, QStringLiteral("JCC-2026-000044"), p2},
        {MapMarker::Incident, 45, 48.9550, 17.3700, QStringLiteral("JCC-2026-000045"), p4},
        {MapMarker::Incident, 46, 48.7650, 16.8700, QStringLiteral("JCC-2026-000046"), p3},
        {MapMarker::Unit, 1, 48.7590, 16.8790, QStringLiteral("PCR-BV-01"), busy},
        {MapMarker::Unit, 2, 48.8510, 17.1300, QStringLiteral("PCR-HO-03"), available},
        {MapMarker::Unit, 3, 48.8110, 17.1610, QStringLiteral("PZ-HO-12"), busy},
        {MapMarker::Unit, 4, 48.8450, 17.2270, QStringLiteral("PZ-SI-04"), available},
        {MapMarker::Unit, 5, 48.7300, 16.9700, QStringLiteral("HZS-BV-1"), busy},
        {MapMarker::Unit, 6, 48.6800, 17.3660, QStringLiteral("HaZZ-SE-2"), available},
        {MapMarker::Unit, 7, 48.9000, 16.7500, QStringLiteral("ZZS-BV-5"), available},
    };
}

} // namespace

class MapViewTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dataHasBothCountries();
    void badDataIsRefusedWithWhereAndWhat_data();
    void badDataIsRefusedWithWhereAndWhat();
    void placesLieInTheirCountry();
    void breclavIsInCzechiaNearTheBorder();
    void clickOnMarkerEmitsItsId();
    void hoveringMarkerShowsItsLabel();
    void clickInPickModeEmitsPointThatRoundTrips();
    void zoomAndPanMoveTheViewAndHomeRestoresIt();
    void rendersThousandsOfMarkers();
};

void MapViewTest::dataHasBothCountries() {
    const MapData& data = MapData::builtIn();
    QCOMPARE(data.countries.size(), 2);
    QVERIFY(data.country(QStringLiteral("CZ")));
    QVERIFY(data.country(QStringLiteral("SK")));
    QVERIFY(data.country(QStringLiteral("CZ"))->rings.front().size() > 100);
    QVERIFY(data.country(QStringLiteral("SK"))->rings.front().size() > 100);
    QVERIFY(!data.border.isEmpty());
    QVERIFY(data.places.size() >= 100);
    QCOMPARE(data.places.front().rank, 1);
    QCOMPARE(data.places.back().rank, 4);
}

void MapViewTest::badDataIsRefusedWithWhereAndWhat_data() {
    const QByteArray outlines =
        R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kind": "country", "iso": "CZ"}, "geometry":
         {"type": "MultiPolygon", "coordinates": [[[[16, 48], [17, 48], [17, 49], [16, 48]]]]}},
        {"type": "Feature", "properties": {"kind": "border"}, "geometry":
         {"type": "MultiLineString", "coordinates": [[[17, 48], [17, 49]]]}}]})";
    const QByteArray header = "kind\tcountry\trank\tlat\tlon\tname\n";
    const QByteArray places = header + "town\tCZ\t2\t48.75897\t16.88203\tBřeclav\n";
    QTest::addColumn<QByteArray>("outlines");
    QTest::addColumn<QByteArray>("places");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("no outlines file") << QByteArray() << places << "outlines.geojson"
                                      << "No such file";
    QTest::newRow("outlines not JSON") << QByteArray("{\"type\": ") << places << "outlines.geojson"
                                       << "not JSON at offset";
    QTest::newRow("unknown feature")
        << QByteArray(R"({"features": [{"properties": {"kind": "river"}, "geometry":
                          {"type": "LineString", "coordinates": [[16, 48], [17, 49]]}}]})")
        << places << "outlines.geojson"
        << "feature 0 is a 'river' LineString, expected a country MultiPolygon or a border "
           "MultiLineString";
    QTest::newRow("point not [lon, lat]")
        << QByteArray(outlines).replace("[17, 49]]]", "[17]]]") << places << "outlines.geojson"
        << "feature 1 has a point that is not [lon, lat]";
    QTest::newRow("no border") << QByteArray(outlines)
                                      .replace("\"border\"", "\"country\", \"iso\": \"SK\"")
                                      .replace("MultiLineString", "MultiPolygon")
                                      .replace("[[[17, 48], [17, 49]]]",
                                               "[[[[17, 48], [18, 48], [17, 49]]]]")
                               << places << "outlines.geojson"
                               << "has no country outline or no border";
    QTest::newRow("missing column") << outlines << header + "town\tCZ\t2\t48.7\tBřeclav\n"
                                    << "places.tsv"
                                    << "line 2 has 5 fields, expected 6";
    QTest::newRow("unknown kind")
        << outlines << header + "city\tCZ\t2\t48.7\t16.8\tBřeclav\n"
        << "places.tsv"
        << "line 2: kind 'city' is not town, municipality or border_crossing";
    QTest::newRow("rank out of range") << outlines << header + "town\tCZ\t5\t48.7\t16.8\tBřeclav\n"
                                       << "places.tsv"
                                       << "line 2: rank must be 1 to 4, lat and lon numbers";
    QTest::newRow("latitude not a number")
        << outlines << header + "town\tCZ\t2\tN48.7\t16.8\tBřeclav\n"
        << "places.tsv"
        << "line 2: rank must be 1 to 4, lat and lon numbers";
    QTest::newRow("no places") << outlines << header << "places.tsv"
                               << "has no places";
}

void MapViewTest::badDataIsRefusedWithWhereAndWhat() {
    QFETCH(QByteArray, outlines);
    QFETCH(QByteArray, places);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outlinesPath = dir.filePath(QStringLiteral("outlines.geojson"));
    const QString placesPath = dir.filePath(QStringLiteral("places.tsv"));
    for (const auto& [path, content] : {std::pair{outlinesPath, outlines}, {placesPath, places}}) {
        if (content.isNull())
            continue;
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    try {
        MapData::load(outlinesPath, placesPath);
        QFAIL("loaded bad data");
    } catch (const std::runtime_error& e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.startsWith(QStringLiteral("map data ") + dir.filePath(file) + ": "),
                 qPrintable(what));
        QVERIFY2(what.contains(message), qPrintable(what));
    }
}

// Also proves the outlines are fine enough along the Morava, where towns of both sides are a few
// kilometres apart.
void MapViewTest::placesLieInTheirCountry() {
    const MapData& data = MapData::builtIn();
    for (const MapPlace& place : data.places) {
        if (place.kind == MapPlace::Kind::BorderCrossing)
            continue;
        const QString other =
            place.country == QLatin1String("CZ") ? QStringLiteral("SK") : QStringLiteral("CZ");
        QVERIFY2(data.country(place.country)->contains(place.position), qPrintable(place.name));
        QVERIFY2(!data.country(other)->contains(place.position), qPrintable(place.name));
    }
}

void MapViewTest::breclavIsInCzechiaNearTheBorder() {
    MapView view;
    view.resize(kViewSize);
    const QPointF breclav = view.toScreen(kBreclav.lat, kBreclav.lon);
    QVERIFY(QRectF(view.rect()).contains(breclav));
    QVERIFY(screenOutline(view, QStringLiteral("CZ")).contains(breclav));
    QVERIFY(!screenOutline(view, QStringLiteral("SK")).contains(breclav));
    const double km = kmToBorder(kBreclav);
    QVERIFY2(km > 3 && km < 20, qPrintable(QString::number(km)));
    // Holíč lies just across the Morava from Hodonín.
    QVERIFY(
        screenOutline(view, QStringLiteral("SK")).contains(view.toScreen(kHolic.lat, kHolic.lon)));
    QVERIFY2(kmToBorder(kHolic) < 6, qPrintable(QString::number(kmToBorder(kHolic))));
}

void MapViewTest::clickOnMarkerEmitsItsId() {
    MapView view;
    view.resize(kViewSize);
    view.setMarkers(sampleMarkers());
    QSignalSpy clicked(&view, &MapView::markerClicked);
    QSignalSpy picked(&view, &MapView::pointPicked);

    click(view, view.toScreen(48.8110, 17.1610) + QPointF(3, -2));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).value<MapMarker::Kind>(), MapMarker::Unit);
    QCOMPARE(clicked.at(0).at(1).toLongLong(), 3);

    click(view, view.toScreen(48.8478, 17.1195));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(1).at(0).value<MapMarker::Kind>(), MapMarker::Incident);
    QCOMPARE(clicked.at(1).at(1).toLongLong(), 42);

    // Empty map: nothing.
    click(view, view.toScreen(49.3, 17.6));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(picked.size(), 0);
}

void MapViewTest::hoveringMarkerShowsItsLabel() {
    MapView view;
    view.resize(kViewSize);
    view.setMarkers(sampleMarkers());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto hover = [&](QPointF at) {
        QHelpEvent help(QEvent::ToolTip, at.toPoint(), view.mapToGlobal(at.toPoint()));
        QApplication::sendEvent(&view, &help);
    };
    hover(view.toScreen(48.8110, 17.1610));
    QCOMPARE(QToolTip::text(), QStringLiteral("PZ-HO-12"));
    hover(view.toScreen(49.3, 17.6));
    QTRY_VERIFY(QToolTip::text().isEmpty());
}

void MapViewTest::clickInPickModeEmitsPointThatRoundTrips() {
    MapView view;
    view.resize(kViewSize);
    view.setMarkers(sampleMarkers());
    QSignalSpy clicked(&view, &MapView::markerClicked);
    QSignalSpy picked(&view, &MapView::pointPicked);
    QSignalSpy modeChanged(&view, &MapView::pickModeChanged);
    view.setPickMode(true);
    QCOMPARE(modeChanged.size(), 1);

    const QPoint at(312, 247);
    click(view, at);
    QCOMPARE(picked.size(), 1);
    const double lat = picked.at(0).at(0).toDouble();
    const double lon = picked.at(0).at(1).toDouble();
    QVERIFY(lat > 47 && lat < 51 && lon > 15 && lon < 19);
    const QPointF back = view.toScreen(lat, lon);
    QVERIFY2((back - QPointF(at)).manhattanLength() < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(back.x()).arg(back.y())));

    // A marker under the cursor is picked as a point, not clicked.
    const QPointF hodonin = view.toScreen(48.8478, 17.1195);
    click(view, hodonin);
    QCOMPARE(picked.size(), 2);
    QCOMPARE(clicked.size(), 0);

    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.pickMode());
    QCOMPARE(modeChanged.size(), 2);
    click(view, hodonin);
    QCOMPARE(picked.size(), 2);
    QCOMPARE(clicked.size(), 1);
}

void MapViewTest::zoomAndPanMoveTheViewAndHomeRestoresIt() {
    MapView view;
    view.resize(kViewSize);
    const QPointF home = view.toScreen(kHodonin.lat, kHodonin.lon);
    const QPointF center = QRectF(view.rect()).center();
    const GeoPoint centerGeo = view.toGeo(center);

    QTest::keyClick(&view, Qt::Key_Plus);
    const QPointF zoomed = view.toScreen(kHodonin.lat, kHodonin.lon);
    QVERIFY(zoomed != home);
    // Zooming by key keeps the centre; Hodonín moves away from it by the zoom factor.
    const QPointF centerAfter = view.toScreen(centerGeo.lat, centerGeo.lon);
    QVERIFY((centerAfter - center).manhattanLength() < 1e-6);
    QCOMPARE(std::round((zoomed - center).x() / (home - center).x() * 100), 150.0);

    QTest::keyClick(&view, Qt::Key_Left);
    const QPointF panned = view.toScreen(kHodonin.lat, kHodonin.lon);
    QVERIFY(panned.x() > zoomed.x());
    QCOMPARE(panned.y(), zoomed.y());

    // The wheel zooms about the cursor: the place under it stays put.
    const QPointF cursor = view.toScreen(kBreclav.lat, kBreclav.lon);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    QVERIFY((view.toScreen(kBreclav.lat, kBreclav.lon) - cursor).manhattanLength() < 1e-6);
    QVERIFY(view.toScreen(kHodonin.lat, kHodonin.lon) != panned);

    // Dragging moves the map with the mouse.
    const QPointF beforeDrag = view.toScreen(kHodonin.lat, kHodonin.lon);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
    QTest::mouseMove(&view, QPoint(430, 310));
    QTest::mouseMove(&view, QPoint(460, 320));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(460, 320));
    QVERIFY((view.toScreen(kHodonin.lat, kHodonin.lon) - beforeDrag - QPointF(60, 20))
                .manhattanLength() < 1e-6);

    QTest::keyClick(&view, Qt::Key_Home);
    QVERIFY((view.toScreen(kHodonin.lat, kHodonin.lon) - home).manhattanLength() < 1e-6);
}

void MapViewTest::rendersThousandsOfMarkers() {
    MapView view;
    view.resize(kViewSize);
    QVector<MapMarker> markers;
    for (int i = 0; i < 3000; ++i) {
        // A deterministic scatter over the border region.
        const double lat = 48.0 + std::fmod(i * 0.6180339887, 1.0) * 1.4;
        const double lon = 16.2 + std::fmod(i * 0.7548776662, 1.0) * 1.6;
        markers.append({i % 3 ? MapMarker::Unit : MapMarker::Incident, 1000 + i, lat, lon,
                        QStringLiteral("U-%1").arg(i), QColor::fromHsv(i * 37 % 360, 160, 200)});
    }
    view.setMarkers(markers);
    view.setSelected(MapMarker::Unit, 1001);
    view.grab(); // draws the static layer once
    QElapsedTimer timer;
    timer.start();
    const QPixmap picture = view.grab();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(picture.size(), kViewSize);

    const QString screenshot = qEnvironmentVariable("JCC_MAP_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        view.setMarkers(sampleMarkers());
        view.setSelected(MapMarker::Incident, 42);
        view.centerOn(48.80, 17.08);
        QTest::keyClick(&view, Qt::Key_Plus);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.grab().save(screenshot));
    }
}

JCC_CONSOLE_TEST(MapViewTest);

} // namespace jcc::console::test

#include "MapViewTest.moc"
