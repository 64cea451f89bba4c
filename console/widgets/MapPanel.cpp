#include "console/widgets/MapPanel.hpp"

#include "console/map/MapView.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/IncidentModel.hpp"
#include "console/models/UnitModel.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QToolButton>
#include <QVBoxLayout>

namespace jcc::console {

namespace {
// Models change a row per event; one rebuild per burst keeps the map cheap at 1,000 events/s.
constexpr int kRebuildDelayMs = 200;

bool isOpen(const QString& status) {
    return status != QLatin1String("closed") && status != QLatin1String("cancelled");
}
} // namespace

MapPanel::MapPanel(IncidentModel& incidents, UnitModel& units, QWidget* parent)
    : QWidget(parent), m_incidents(incidents), m_units(units) {
    m_pick = new QToolButton(this);
    m_pick->setObjectName(QStringLiteral("pickPoint"));
    m_pick->setCheckable(true);
    m_fit = new QToolButton(this);
    m_fit->setObjectName(QStringLiteral("fitRegion"));
    m_view = new MapView(this);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_pick);
    tools->addWidget(m_fit);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);

    connect(m_pick, &QToolButton::toggled, m_view, &MapView::setPickMode);
    connect(m_view, &MapView::pickModeChanged, m_pick, &QToolButton::setChecked);
    connect(m_fit, &QToolButton::clicked, m_view, &MapView::fitRegion);
    connect(m_view, &MapView::pointPicked, this, [this](double lat, double lon) {
        m_view->setPickMode(false);
        Q_EMIT pointPicked(lat, lon);
    });
    connect(m_view, &MapView::markerClicked, this, [this](MapMarker::Kind kind, qint64 id) {
        if (kind == MapMarker::Incident) {
            Q_EMIT incidentClicked(id);
        } else {
            Q_EMIT unitClicked(id);
        }
    });

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(kRebuildDelayMs);
    connect(&m_rebuild, &QTimer::timeout, this, &MapPanel::rebuildMarkers);
    watch(m_incidents);
    watch(m_units);
    rebuildMarkers();
    retranslateUi();
}

void MapPanel::watch(QAbstractItemModel& model) {
    const auto later = [this] {
        if (!m_rebuild.isActive()) {
            m_rebuild.start();
        }
    };
    connect(&model, &QAbstractItemModel::modelReset, this, later);
    connect(&model, &QAbstractItemModel::rowsInserted, this, later);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(&model, &QAbstractItemModel::dataChanged, this, later);
}

void MapPanel::rebuildMarkers() {
    QVector<MapMarker> markers;
    for (int row = 0; row < m_incidents.rowCount(); ++row) {
        const QModelIndex index = m_incidents.index(row, 0);
        const QVariant lat = index.data(StoreTableModel::LatitudeRole);
        const QVariant lon = index.data(StoreTableModel::LongitudeRole);
        if (!lat.isValid() || !lon.isValid() ||
            !isOpen(index.data(IncidentModel::StatusCodeRole).toString())) {
            continue;
        }
        const QJsonObject incident = index.data(StoreTableModel::EntityRole).toJsonObject();
        markers.append(
            {MapMarker::Incident, index.data(StoreTableModel::IdRole).toLongLong(), lat.toDouble(),
             lon.toDouble(), incident.value(QStringLiteral("ref")).toString(),
             DomainText::priorityAccent(index.data(IncidentModel::PriorityRole).toInt())});
    }
    for (int row = 0; row < m_units.rowCount(); ++row) {
        const QModelIndex index = m_units.index(row, 0);
        const QVariant lat = index.data(StoreTableModel::LatitudeRole);
        const QVariant lon = index.data(StoreTableModel::LongitudeRole);
        if (!lat.isValid() || !lon.isValid()) {
            continue;
        }
        const QJsonObject unit = index.data(StoreTableModel::EntityRole).toJsonObject();
        markers.append(
            {MapMarker::Unit, index.data(StoreTableModel::IdRole).toLongLong(), lat.toDouble(),
             lon.toDouble(), unit.value(QStringLiteral("call_sign")).toString(),
             // The unit board's status colour, darker so that it stands out on the map.
             DomainText::unitStatusColour(index.data(UnitModel::StatusCodeRole).toString())
                 .darker(170)});
    }
    m_view->setMarkers(std::move(markers));
}

void MapPanel::selectIncident(qint64 incidentId) {
    m_selectedIncident = incidentId;
    if (incidentId == 0) {
        m_view->clearSelection();
        return;
    }
    m_rebuild.stop();
    rebuildMarkers(); // a new incident's marker may still be waiting for the coalesced rebuild
    m_view->setSelected(MapMarker::Incident, incidentId);
    for (const MapMarker& marker : m_view->markers()) {
        if (marker.kind == MapMarker::Incident && marker.id == incidentId) {
            // Moves the map only when the incident is out of sight.
            if (!m_view->rect().contains(m_view->toScreen(marker.lat, marker.lon).toPoint())) {
                m_view->centerOn(marker.lat, marker.lon);
            }
            break;
        }
    }
}

void MapPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MapPanel::retranslateUi() {
    m_pick->setText(tr("Pick a point"));
    m_pick->setToolTip(tr("Click the map to set the position of a new incident (Esc cancels)"));
    m_fit->setText(tr("Whole region"));
    m_fit->setToolTip(tr("Show the whole border region (Home)"));
}

} // namespace jcc::console
