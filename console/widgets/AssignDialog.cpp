#include "console/widgets/AssignDialog.hpp"

#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/widgets/DenseTable.hpp"
#include "console/widgets/NewIncidentDialog.hpp"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace jcc::console {

namespace {

constexpr int kRecommendLimit = 10;

/// The columns of the candidate table.
namespace Column {
enum { CallSign, Agency, Type, Distance, Eta, Station, Need, Action, Count };
}

} // namespace

AssignDialog::AssignDialog(Store& store, Commands& commands, QWidget* parent)
    : QDialog(parent), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("assignDialog"));
    m_title = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("assignNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, Column::Count, this);
    m_table->setObjectName(QStringLiteral("assignCandidates"));
    makeDenseTable(*m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* buttons = new QDialogButtonBox(this);
    m_assign = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_assign->setObjectName(QStringLiteral("assignSelected"));
    m_assign->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(m_assign, &QPushButton::clicked, this, &AssignDialog::assignSelected);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Enter reaches the default button; a double click assigns too.
    connect(m_table, &QTableWidget::doubleClicked, this, &AssignDialog::assignSelected);
    resize(720, 420);
    retranslateUi();
}

void AssignDialog::start(qint64 incidentId) {
    m_incidentId = incidentId;
    m_table->setRowCount(0);
    m_candidates.clear();
    retranslateUi();
    show();
    raise();
    activateWindow();
    m_table->setFocus();
    m_commands.query(
        Op::UnitRecommend,
        {{QLatin1String("incident_id"), incidentId}, {QLatin1String("limit"), kRecommendLimit}},
        [this, incidentId](const Reply& reply) {
            if (incidentId != m_incidentId) {
                return;
            }
            QList<Candidate> recommended;
            if (reply.ok) {
                for (const QJsonValue& entry : reply.result[QLatin1String("units")].toArray()) {
                    recommended.append({entry[QLatin1String("unit")].toObject(),
                                        entry[QLatin1String("distance_m")].toDouble(),
                                        entry[QLatin1String("eta_min")].toInt(),
                                        entry[QLatin1String("recommended")].toBool(),
                                        entry[QLatin1String("need")].toString(),
                                        entry[QLatin1String("request_to")].toString()});
                }
            } else {
                m_note->setText(tr("No recommendation from the server (%1); "
                                   "distances are straight lines from the store.")
                                    .arg(reply.error.message));
            }
            fill(recommended);
        });
}

void AssignDialog::fill(const QList<Candidate>& recommended) {
    m_candidates = recommended;
    const QJsonObject incident = m_store.incidents().find(m_incidentId);
    const QJsonObject location = incident[QLatin1String("location")].toObject();
    const bool located = location[QLatin1String("lat")].isDouble();
    QList<Candidate> others;
    for (const QJsonObject& unit : m_store.units().rows()) {
        if (unit[QLatin1String("status")].toString() != QLatin1String("available")) {
            continue;
        }
        const qint64 id = unit[QLatin1String("id")].toInteger();
        if (std::any_of(m_candidates.begin(), m_candidates.end(), [id](const Candidate& c) {
                return c.unit[QLatin1String("id")].toInteger() == id;
            })) {
            continue;
        }
        Candidate candidate{unit};
        const QString agency = unit[QLatin1String("agency")].toString();
        if (!m_store.mayTask(m_userAgency, agency)) {
            candidate.requestTo = agency;
        }
        const QJsonObject position = unit[QLatin1String("position")].toObject();
        if (located && !position.isEmpty()) {
            candidate.distanceM = distanceMetres(location[QLatin1String("lat")].toDouble(),
                                                 location[QLatin1String("lon")].toDouble(),
                                                 position[QLatin1String("lat")].toDouble(),
                                                 position[QLatin1String("lon")].toDouble());
        }
        others.append(candidate);
    }
    std::stable_sort(others.begin(), others.end(), [](const Candidate& a, const Candidate& b) {
        if ((a.distanceM < 0) != (b.distanceM < 0)) {
            return b.distanceM < 0;
        }
        return a.distanceM < b.distanceM;
    });
    m_candidates.append(others);

    m_table->setRowCount(static_cast<int>(m_candidates.size()));
    const QString language = Translations::active();
    for (int row = 0; row < m_candidates.size(); ++row) {
        const Candidate& c = m_candidates.at(row);
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (c.recommended) {
                item->setBackground(QColor(0xc8, 0xe6, 0xc9));
            }
            m_table->setItem(row, column, item);
        };
        set(Column::CallSign, c.unit[QLatin1String("call_sign")].toString());
        set(Column::Agency, m_store.agencyShortName(c.unit[QLatin1String("agency")].toString()));
        set(Column::Type, m_store.unitTypeName(c.unit[QLatin1String("type")].toString(), language));
        set(Column::Distance,
            c.distanceM < 0 ? QStringLiteral("—")
                            : tr("%1 km").arg(QLocale().toString(c.distanceM / 1000.0, 'f', 1)));
        set(Column::Eta, c.etaMin < 0 ? QStringLiteral("—") : tr("%1 min").arg(c.etaMin));
        set(Column::Station, c.unit[QLatin1String("home_station")].toString());
        set(Column::Need, c.need.isEmpty() ? QString() : m_store.unitTypeName(c.need, language));
        set(Column::Action, c.requestTo.isEmpty()
                                ? tr("assign")
                                : tr("request from %1").arg(m_store.agencyShortName(c.requestTo)));
    }
    m_table->resizeColumnsToContents();
    selectPlanFill();
}

void AssignDialog::selectPlanFill() {
    // The whole plan fill is selected, so one Enter assigns the operator's units and sends the
    // requests for the others; without a plan, the first unit.
    m_table->clearSelection();
    auto* selection = m_table->selectionModel();
    bool any = false;
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_candidates.at(row).recommended) {
            selection->select(m_table->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
            any = true;
        }
    }
    if (!any && !m_candidates.isEmpty()) {
        m_table->selectRow(0);
    }
    if (!m_candidates.isEmpty()) {
        selection->setCurrentIndex(m_table->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    }
}

QStringList AssignDialog::callSigns() const {
    QStringList signs;
    for (const Candidate& c : m_candidates) {
        signs.append(c.unit[QLatin1String("call_sign")].toString());
    }
    return signs;
}

void AssignDialog::assignSelected() {
    QList<qint64> unitIds;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        unitIds.append(m_candidates.at(index.row()).unit[QLatin1String("id")].toInteger());
    }
    if (unitIds.isEmpty()) {
        return;
    }
    for (const qint64 unitId : unitIds) {
        m_commands.assign(m_incidentId, unitId);
    }
    accept();
    Q_EMIT assigned(m_incidentId, unitIds);
}

void AssignDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AssignDialog::retranslateUi() {
    const QString ref = m_store.incidents().find(m_incidentId)[QLatin1String("ref")].toString();
    setWindowTitle(tr("Assign units to %1").arg(ref));
    m_title->setText(tr("Available units; those the incident's plan needs (green) first. Select "
                        "one or more and press Enter: units of other agencies are requested "
                        "from them."));
    m_table->setHorizontalHeaderLabels({tr("Call sign"), tr("Agency"), tr("Type"), tr("Distance"),
                                        tr("ETA"), tr("Home station"), tr("Fills"), tr("Action")});
    m_assign->setText(tr("&Assign"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace jcc::console
