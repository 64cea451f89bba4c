#include "console/supervisor/ExchangeStatsView.hpp"

#include "console/supervisor/HandoverClient.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace jcc::console::supervisor {

namespace {

const QStringList kDirections{QStringLiteral("CZ→SK"), QStringLiteral("SK→CZ")};
// Incident types in the order of the chart's palette.
const QList<QColor> kPalette{QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28),
                             QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00),
                             QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                             QColor(0x8d, 0x6e, 0x63), QColor(0x54, 0x6e, 0x7a)};

QColor directionColour(const QString& direction) {
    return direction == kDirections.at(0) ? QColor(0x15, 0x65, 0xc0) : QColor(0x2e, 0x7d, 0x32);
}

QChartView* makeChartView(const QString& name, QWidget* parent) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

/// Adds a value axis on the left of `chart` for all its series, from 0 to a round number at or
/// above `maximum`, in whole steps.
void addCountAxis(QChart* chart, double maximum, const QString& title) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axis);
    }
    // After attaching: attaching sets the range from the series.
    if (maximum <= 10) {
        const double top = std::max(1.0, std::ceil(maximum));
        axis->setRange(0, top);
        axis->setTickCount(static_cast<int>(top) + 1);
    } else {
        // Headroom, so the highest point does not sit on the frame.
        axis->setRange(0, maximum * 1.1);
        axis->applyNiceNumbers();
    }
}

/// The median of `values` weighted by `weights` (the per-kind medians of one direction, each
/// counted as often as that kind was answered).
double weightedMedian(QList<QPair<double, qint64>> values) {
    std::sort(values.begin(), values.end());
    qint64 total = 0;
    for (const auto& value : values) {
        total += value.second;
    }
    qint64 seen = 0;
    for (const auto& value : values) {
        seen += value.second;
        if (2 * seen >= total) {
            return value.first;
        }
    }
    return 0;
}

/// The data of the three charts, gathered from the periods of a stats.exchange reply.
struct Series {
    QStringList categories; ///< the periods' labels
    QMap<QString, QList<qreal>> sentPerDirection;
    QMap<QString, QList<QPointF>> responsePerDirection; ///< (period, minutes)
    QStringList typeOrder;
    QMap<QString, QString> typeNames;
    QMap<QString, QList<qreal>> incidentsPerType;
    qint64 sentTotal = 0;
    qint64 answeredTotal = 0;
    qint64 incidentTotal = 0;
};

/// The liaison requests of period `index`: sent and median response per direction.
void addLiaison(Series& series, int index, const QJsonArray& rows) {
    QMap<QString, qreal> sent;
    QMap<QString, QList<QPair<double, qint64>>> medians;
    for (const auto& item : rows) {
        const QJsonObject row = item.toObject();
        const QString direction = row.value(QLatin1String("direction")).toString();
        sent[direction] += row.value(QLatin1String("sent")).toInteger();
        series.sentTotal += row.value(QLatin1String("sent")).toInteger();
        const qint64 answered = row.value(QLatin1String("answered")).toInteger();
        series.answeredTotal += answered;
        if (answered > 0 && !row.value(QLatin1String("median_response_s")).isNull()) {
            medians[direction].append(
                {row.value(QLatin1String("median_response_s")).toDouble() / 60.0, answered});
        }
        if (!series.sentPerDirection.contains(direction)) {
            series.sentPerDirection.insert(direction, QList<qreal>(index, 0));
        }
    }
    for (auto it = series.sentPerDirection.begin(); it != series.sentPerDirection.end(); ++it) {
        it.value().append(sent.value(it.key()));
    }
    for (auto it = medians.begin(); it != medians.end(); ++it) {
        series.responsePerDirection[it.key()].append(QPointF(index, weightedMedian(it.value())));
    }
}

/// The incidents of period `index` per type.
void addIncidents(Series& series, int index, const QJsonArray& rows) {
    QMap<QString, qreal> counts;
    for (const auto& item : rows) {
        const QJsonObject row = item.toObject();
        const QString type = row.value(QLatin1String("type")).toString();
        if (!series.typeNames.contains(type)) {
            series.typeOrder << type;
            series.typeNames.insert(type, row.value(QLatin1String("name")).toString());
            series.incidentsPerType.insert(type, QList<qreal>(index, 0));
        }
        counts[type] += row.value(QLatin1String("count")).toInteger();
        series.incidentTotal += row.value(QLatin1String("count")).toInteger();
    }
    for (auto it = series.incidentsPerType.begin(); it != series.incidentsPerType.end(); ++it) {
        it.value().append(counts.value(it.key()));
    }
}

/// Removes what `chart` showed before.
void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// Liaison requests sent per direction.
void drawSent(QChart* liaison, const Series& series) {
    clearChart(liaison);
    liaison->setTitle(ExchangeStatsView::tr("Liaison requests sent per direction"));
    auto* bars = new QBarSeries;
    double maxSent = 0;
    for (auto it = series.sentPerDirection.begin(); it != series.sentPerDirection.end(); ++it) {
        // Qt Charts draws the legend's labels as HTML.
        auto* set = new QBarSet(it.key().toHtmlEscaped());
        set->setColor(directionColour(it.key()));
        set->setBorderColor(directionColour(it.key()));
        for (qreal value : it.value()) {
            set->append(value);
            maxSent = std::max(maxSent, double(value));
        }
        bars->append(set);
    }
    liaison->addSeries(bars);
    auto* liaisonCategories = new QBarCategoryAxis;
    liaisonCategories->append(series.categories);
    liaison->addAxis(liaisonCategories, Qt::AlignBottom);
    bars->attachAxis(liaisonCategories);
    addCountAxis(liaison, maxSent, ExchangeStatsView::tr("requests"));
}

/// Median response time per direction, in minutes.
void drawResponse(QChart* response, const Series& series) {
    clearChart(response);
    response->setTitle(ExchangeStatsView::tr("Median response time per direction"));
    auto* periodAxis = new QBarCategoryAxis;
    periodAxis->append(series.categories);
    response->addAxis(periodAxis, Qt::AlignBottom);
    double maxMinutes = 0;
    for (const QString& direction : series.sentPerDirection.keys()) {
        auto* line = new QLineSeries;
        line->setName(direction.toHtmlEscaped());
        line->setColor(directionColour(direction));
        line->setPointsVisible(true);
        QPen pen = line->pen();
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (const QPointF& point : series.responsePerDirection.value(direction)) {
            line->append(point);
            maxMinutes = std::max(maxMinutes, point.y());
        }
        response->addSeries(line);
        line->attachAxis(periodAxis);
    }
    addCountAxis(response, maxMinutes, ExchangeStatsView::tr("minutes"));
}

/// Incidents by type, stacked per period.
void drawIncidents(QChart* incidents, const Series& series) {
    clearChart(incidents);
    incidents->setTitle(ExchangeStatsView::tr("Incidents by type"));
    auto* stacked = new QStackedBarSeries;
    QList<qreal> perPeriod(series.categories.size(), 0);
    for (int index = 0; index < series.typeOrder.size(); ++index) {
        const QString& type = series.typeOrder.at(index);
        auto* set = new QBarSet(series.typeNames.value(type).toHtmlEscaped());
        set->setColor(kPalette.at(index % kPalette.size()));
        set->setBorderColor(kPalette.at(index % kPalette.size()));
        const QList<qreal>& values = series.incidentsPerType.value(type);
        for (int period = 0; period < values.size(); ++period) {
            set->append(values.at(period));
            perPeriod[period] += values.at(period);
        }
        stacked->append(set);
    }
    incidents->addSeries(stacked);
    auto* incidentCategories = new QBarCategoryAxis;
    incidentCategories->append(series.categories);
    incidents->addAxis(incidentCategories, Qt::AlignBottom);
    stacked->attachAxis(incidentCategories);
    addCountAxis(incidents,
                 perPeriod.isEmpty() ? 0 : *std::max_element(perPeriod.begin(), perPeriod.end()),
                 ExchangeStatsView::tr("incidents"));
}

} // namespace

ExchangeStatsView::ExchangeStatsView(HandoverClient& client, QWidget* parent)
    : QWidget(parent), m_client(client) {
    setObjectName(QStringLiteral("exchangeStats"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("statsGroupBy"));
    for (const char* code : {"day", "week", "month"}) {
        m_group->addItem(QString(), QString::fromLatin1(code));
    }
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_groupLabel = new QLabel(this);
    m_groupLabel->setBuddy(m_group);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("statsShow"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_liaison = makeChartView(QStringLiteral("liaisonChart"), this);
    m_response = makeChartView(QStringLiteral("responseChart"), this);
    m_incidents = makeChartView(QStringLiteral("incidentsChart"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_groupLabel);
    controls->addWidget(m_group);
    controls->addWidget(m_show);
    controls->addStretch();
    auto* charts = new QGridLayout;
    charts->addWidget(m_liaison, 0, 0);
    charts->addWidget(m_response, 0, 1);
    charts->addWidget(m_incidents, 1, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 1);

    connect(m_show, &QPushButton::clicked, this, &ExchangeStatsView::refresh);
    retranslateUi();
}

void ExchangeStatsView::setRange(const QDate& from, const QDate& to, const QString& groupBy) {
    m_from->setDate(from);
    m_to->setDate(to);
    const int index = m_group->findData(groupBy);
    if (index >= 0) {
        m_group->setCurrentIndex(index);
    }
}

void ExchangeStatsView::refresh() {
    m_show->setEnabled(false);
    const QString groupBy = m_group->currentData().toString();
    QPointer<ExchangeStatsView> self(this);
    m_client.exchangeStats(
        m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), groupBy,
        [self, groupBy](const Reply& reply) {
            if (self.isNull()) {
                return;
            }
            self->m_show->setEnabled(true);
            if (!reply.ok) {
                self->m_periods = {};
                self->m_groupBy.clear();
                self->draw();
                self->m_summary->setText(
                    tr("The statistics could not be loaded: %1").arg(reply.error.message));
            } else {
                self->m_periods = reply.result.value(QLatin1String("periods")).toArray();
                self->m_groupBy = groupBy;
                self->draw();
            }
            Q_EMIT self->refreshed();
        });
}

QString ExchangeStatsView::periodLabel(const QString& period) const {
    const QDate date = QDate::fromString(period, Qt::ISODate);
    if (m_groupBy == QLatin1String("month")) {
        return date.toString(QStringLiteral("MM/yyyy"));
    }
    if (m_groupBy == QLatin1String("week")) {
        return tr("wk %1").arg(date.weekNumber());
    }
    return date.toString(QStringLiteral("dd.MM."));
}

void ExchangeStatsView::draw() {
    Series series;
    for (const QString& direction : kDirections) {
        series.sentPerDirection.insert(direction, {});
    }
    for (int index = 0; index < m_periods.size(); ++index) {
        const QJsonObject period = m_periods.at(index).toObject();
        series.categories << periodLabel(period.value(QLatin1String("period")).toString());
        addLiaison(series, index, period.value(QLatin1String("liaison")).toArray());
        addIncidents(series, index, period.value(QLatin1String("incidents")).toArray());
    }
    drawSent(m_liaison->chart(), series);
    drawResponse(m_response->chart(), series);
    drawIncidents(m_incidents->chart(), series);

    m_summary->setText(m_periods.isEmpty()
                           ? tr("Choose the dates and the grouping, then Show.")
                           : tr("%1 to %2: %3 liaison requests sent, %4 answered; %5 incidents.")
                                 .arg(m_from->date().toString(QStringLiteral("dd.MM.yyyy")),
                                      m_to->date().toString(QStringLiteral("dd.MM.yyyy")))
                                 .arg(series.sentTotal)
                                 .arg(series.answeredTotal)
                                 .arg(series.incidentTotal));
}

void ExchangeStatsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ExchangeStatsView::retranslateUi() {
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_groupLabel->setText(tr("&Group by:"));
    m_group->setItemText(0, tr("Day"));
    m_group->setItemText(1, tr("Week"));
    m_group->setItemText(2, tr("Month"));
    m_show->setText(tr("&Show"));
    draw();
}

} // namespace jcc::console::supervisor
