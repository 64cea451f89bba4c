#pragma once
// Something the map draws on top of the land: an incident (a diamond) or a unit (a circle with its
// call sign), at a WGS84 position, in the colour the caller chose (e.g. by priority or status).
#include <QColor>
#include <QObject>
#include <QString>

namespace jcc::console {

struct MapMarker {
    Q_GADGET
public:
    enum Kind { Incident, Unit };
    Q_ENUM(Kind)

    Kind kind = Incident;
    qint64 id = 0;
    double lat = 0;
    double lon = 0;
    /// Drawn next to the marker when there is room (always for the selected marker).
    QString label;
    QColor color;
};

} // namespace jcc::console
