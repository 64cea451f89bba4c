#include "console/widgets/IncidentDetailWidget.hpp"

#include "console/PlainText.hpp"
#include "console/Translations.hpp"
#include "console/models/AssignmentsModel.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/TimelineModel.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/widgets/AssignDialog.hpp"
#include "console/widgets/DenseTable.hpp"
#include "console/widgets/PlanNeedsView.hpp"
#include "console/widgets/ResponsibilityBar.hpp"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace jcc::console {

IncidentDetailWidget::IncidentDetailWidget(Store& store, Commands& commands, QWidget* parent)
    : QWidget(parent), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("incidentDetail"));
    createHeader();
    createConflictBanner();
    createForm();
    createLists();
    layOut();
    m_assignDialog = new AssignDialog(m_store, m_commands, this);
    connectForm();
    connectActions();
    connectStore();
    retranslateUi();
    showIncident(0);
}

void IncidentDetailWidget::createHeader() {
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_responsibility = new ResponsibilityBar(m_commands, this);
    m_planNeeds = new PlanNeedsView(m_store, m_commands, this);
}

void IncidentDetailWidget::createConflictBanner() {
    m_conflict = new QFrame(this);
    m_conflict->setObjectName(QStringLiteral("conflictBanner"));
    m_conflict->setStyleSheet(QStringLiteral("#conflictBanner { background: #ffe0b2; }"));
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_conflictText->setTextFormat(Qt::PlainText);
    m_reload = new QPushButton(m_conflict);
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_reapply = new QPushButton(m_conflict);
    m_reapply->setObjectName(QStringLiteral("conflictReapply"));
    auto* conflictLayout = new QHBoxLayout(m_conflict);
    conflictLayout->setContentsMargins(6, 2, 6, 2);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addWidget(m_reload);
    conflictLayout->addWidget(m_reapply);
    m_conflict->hide();
}

void IncidentDetailWidget::createForm() {
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("detailType"));
    m_priorityLabel = new QLabel(this);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("detailPriority"));
    m_locationLabel = new QLabel(this);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("detailLocation"));
    m_descriptionLabel = new QLabel(this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("detailDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_typeLabel->setBuddy(m_type);
    m_priorityLabel->setBuddy(m_priority);
    m_locationLabel->setBuddy(m_location);
    m_descriptionLabel->setBuddy(m_description);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("detailSave"));
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("detailAssign"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("detailClose"));
    m_cancelIncident = new QPushButton(this);
    m_cancelIncident->setObjectName(QStringLiteral("detailCancel"));
    m_callerButton = new QPushButton(this);
    m_callerButton->setObjectName(QStringLiteral("revealCaller"));
    m_caller = new QLabel(this);
    m_caller->setObjectName(QStringLiteral("callerDetails"));
    m_caller->setTextFormat(Qt::PlainText);
    m_caller->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void IncidentDetailWidget::createLists() {
    m_assignmentsLabel = new QLabel(this);
    m_assignmentsModel = new AssignmentsModel(this);
    m_assignments = new QTableView(this);
    m_assignments->setObjectName(QStringLiteral("assignments"));
    m_assignments->setModel(m_assignmentsModel);
    makeDenseTable(*m_assignments);
    m_stepAck = new QPushButton(this);
    m_stepEnRoute = new QPushButton(this);
    m_stepOnScene = new QPushButton(this);
    m_stepCleared = new QPushButton(this);

    m_timelineLabel = new QLabel(this);
    m_timelineModel = new TimelineModel(m_store, this);
    m_timelineTable = new QTableView(this);
    m_timelineTable->setObjectName(QStringLiteral("timeline"));
    m_timelineTable->setModel(m_timelineModel);
    makeDenseTable(*m_timelineTable);
    // The newest entry stays in sight.
    connect(m_timelineModel, &QAbstractItemModel::rowsInserted, this,
            &IncidentDetailWidget::showLatestEntries);
    connect(m_timelineModel, &QAbstractItemModel::modelReset, this,
            &IncidentDetailWidget::showLatestEntries);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteText"));
    m_addNote = new QPushButton(this);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
}

void IncidentDetailWidget::layOut() {
    auto* form = new QGridLayout;
    form->addWidget(m_typeLabel, 0, 0);
    form->addWidget(m_type, 0, 1);
    form->addWidget(m_priorityLabel, 0, 2);
    form->addWidget(m_priority, 0, 3);
    form->addWidget(m_locationLabel, 1, 0);
    form->addWidget(m_location, 1, 1, 1, 3);
    form->addWidget(m_descriptionLabel, 2, 0, Qt::AlignTop);
    form->addWidget(m_description, 2, 1, 1, 3);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 1);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_save, m_assign, m_close, m_cancelIncident, m_callerButton}) {
        actions->addWidget(button);
    }
    actions->addStretch();
    auto* steps = new QHBoxLayout;
    steps->addWidget(m_assignmentsLabel, 1);
    for (QPushButton* button : {m_stepAck, m_stepEnRoute, m_stepOnScene, m_stepCleared}) {
        steps->addWidget(button);
    }
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(actions);
    left->addWidget(m_caller);
    left->addLayout(steps);
    left->addWidget(m_assignments, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    auto* right = new QVBoxLayout;
    right->addWidget(m_timelineLabel);
    right->addWidget(m_timelineTable, 1);
    right->addLayout(noteRow);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_header);
    layout->addWidget(m_responsibility);
    layout->addWidget(m_planNeeds);
    layout->addWidget(m_conflict);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
}

void IncidentDetailWidget::connectForm() {
    const auto markDirty = [this] {
        if (!m_filling) {
            m_dirty = true;
        }
    };
    connect(m_type, qOverload<int>(&QComboBox::activated), this, markDirty);
    connect(m_priority, qOverload<int>(&QComboBox::activated), this, markDirty);
    connect(m_location, &QLineEdit::textEdited, this, markDirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_location, &QLineEdit::returnPressed, this,
            [this] { save(m_base[QLatin1String("version")].toInteger()); });
    connect(m_save, &QPushButton::clicked, this,
            [this] { save(m_base[QLatin1String("version")].toInteger()); });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this,
            [this] { save(m_base[QLatin1String("version")].toInteger()); });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_conflict->hide();
        m_dirty = false;
        fillFrom(m_store.incidents().find(m_incidentId).isEmpty()
                     ? m_conflictCurrent
                     : m_store.incidents().find(m_incidentId),
                 true);
    });
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        m_conflict->hide();
        save(m_conflictCurrent[QLatin1String("version")].toInteger());
    });
}

void IncidentDetailWidget::connectActions() {
    connect(m_responsibility, &ResponsibilityBar::refused, m_message, &QLabel::setText);
    connect(m_assign, &QPushButton::clicked, this, &IncidentDetailWidget::assignUnits);
    connect(m_close, &QPushButton::clicked, this, &IncidentDetailWidget::closeIncident);
    connect(m_cancelIncident, &QPushButton::clicked, this, &IncidentDetailWidget::cancelIncident);
    connect(m_callerButton, &QPushButton::clicked, this, &IncidentDetailWidget::revealCaller);
    connect(m_note, &QLineEdit::returnPressed, this, &IncidentDetailWidget::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentDetailWidget::addNote);
    connect(m_stepAck, &QPushButton::clicked, this,
            [this] { stepAssignment(QStringLiteral("acknowledged")); });
    connect(m_stepEnRoute, &QPushButton::clicked, this,
            [this] { stepAssignment(QStringLiteral("en_route")); });
    connect(m_stepOnScene, &QPushButton::clicked, this,
            [this] { stepAssignment(QStringLiteral("on_scene")); });
    connect(m_stepCleared, &QPushButton::clicked, this,
            [this] { stepAssignment(QStringLiteral("cleared")); });
}

void IncidentDetailWidget::connectStore() {
    connect(&m_store, &Store::rowChanged, this, [this](Store::Table table, int row) {
        if (table == Store::Table::Incidents) {
            onStoreRow(row);
        }
    });
    connect(&m_store, &Store::rowInserted, this, [this](Store::Table table, int row) {
        if (table == Store::Table::Incidents) {
            onStoreRow(row);
        }
    });
    // A snapshot brings the incident types and may change the incident shown.
    connect(&m_store, &Store::resetDone, this, &IncidentDetailWidget::retranslateUi);
    connect(&m_store, &Store::noteAdded, this, [this](qint64 incidentId, const QJsonObject& entry) {
        if (incidentId != m_incidentId) {
            return;
        }
        m_timelineModel->add(entry);
    });
    // A timeline asked for while offline never came: ask again once the link is back.
    connect(&m_commands, &Commands::onlineChanged, this, [this](bool online) {
        if (online && m_incidentId != 0) {
            loadTimeline();
        }
    });
}

void IncidentDetailWidget::showIncident(qint64 incidentId) {
    if (incidentId == m_incidentId && incidentId != 0) {
        return;
    }
    m_incidentId = incidentId;
    m_dirty = false;
    m_conflict->hide();
    m_caller->clear();
    m_caller->hide();
    m_message->clear();
    m_timelineModel->clear();
    fillFrom(m_store.incidents().find(incidentId), true);
    m_planNeeds->showIncident(incidentId);
    setEnabled(incidentId != 0);
    if (incidentId != 0) {
        loadTimeline();
    }
}

void IncidentDetailWidget::setUserSide(const QString& side) {
    m_responsibility->setUserSide(side);
}

void IncidentDetailWidget::onStoreRow(int row) {
    const QJsonObject& incident = m_store.incidents().at(row);
    if (incident[QLatin1String("id")].toInteger() != m_incidentId) {
        return;
    }
    // Someone else's change replaces the form only while the operator is not editing it.
    fillFrom(incident, !m_dirty);
}

void IncidentDetailWidget::loadTimeline() {
    const qint64 incidentId = m_incidentId;
    m_commands.query(Op::IncidentGet, {{QLatin1String("incident_id"), incidentId}},
                     [this, incidentId](const Reply& reply) {
                         if (incidentId != m_incidentId || !reply.ok) {
                             return;
                         }
                         m_timelineModel->setEntries(
                             reply.result[QLatin1String("timeline")].toArray());
                     });
}

void IncidentDetailWidget::fillFrom(const QJsonObject& incident, bool fields) {
    const QString language = Translations::active();
    m_filling = true;
    if (fields) {
        m_base = incident;
        m_type->setCurrentIndex(m_type->findData(incident[QLatin1String("type")].toString()));
        m_priority->setCurrentIndex(incident[QLatin1String("priority")].toInt(2) - 1);
        m_location->setText(incident[QLatin1String("location")][QLatin1String("text")].toString());
        m_description->setPlainText(incident[QLatin1String("description")].toString());
    }
    m_filling = false;
    m_responsibility->showIncident(incident);
    if (incident.isEmpty()) {
        m_header->setText(tr("No incident selected. F2 logs a new one."));
        m_assignmentsModel->setAssignments({});
        return;
    }
    const QJsonObject location = incident[QLatin1String("location")].toObject();
    m_header->setText(
        tr("%1 · %2 · %3 · %4, %5 · created %6 by %7 · version %8")
            .arg(incident[QLatin1String("ref")].toString(),
                 DomainText::incidentStatus(incident[QLatin1String("status")].toString()),
                 m_store.incidentTypeName(incident[QLatin1String("type")].toString(), language),
                 location[QLatin1String("municipality")].toString(),
                 location[QLatin1String("country_side")].toString(),
                 DomainText::clockAt(incident, "created_at"),
                 incident[QLatin1String("created_by")].toString())
            .arg(incident[QLatin1String("version")].toInteger()));
    m_callerButton->setEnabled(incident[QLatin1String("has_caller")].toBool());
    m_assignmentsModel->setAssignments(incident[QLatin1String("assignments")].toArray());
}

void IncidentDetailWidget::showLatestEntries() {
    m_timelineTable->resizeColumnToContents(TimelineModel::Time);
    m_timelineTable->resizeColumnToContents(TimelineModel::Author);
    m_timelineTable->scrollToBottom();
}

QJsonObject IncidentDetailWidget::changes() const {
    QJsonObject changes;
    if (m_type->currentData().toString() != m_base[QLatin1String("type")].toString()) {
        changes.insert(QLatin1String("type"), m_type->currentData().toString());
    }
    if (m_priority->currentIndex() + 1 != m_base[QLatin1String("priority")].toInt()) {
        changes.insert(QLatin1String("priority"), m_priority->currentIndex() + 1);
    }
    const QJsonObject location = m_base[QLatin1String("location")].toObject();
    if (m_location->text().trimmed() != location[QLatin1String("text")].toString()) {
        // The whole location is replaced: keep the position and let the server fill the rest.
        QJsonObject changed{{QLatin1String("text"), m_location->text().trimmed()}};
        if (location[QLatin1String("lat")].isDouble()) {
            changed.insert(QLatin1String("lat"), location[QLatin1String("lat")]);
            changed.insert(QLatin1String("lon"), location[QLatin1String("lon")]);
        }
        changes.insert(QLatin1String("location"), changed);
    }
    if (m_description->toPlainText() != m_base[QLatin1String("description")].toString()) {
        changes.insert(QLatin1String("description"), m_description->toPlainText());
    }
    return changes;
}

void IncidentDetailWidget::save(qint64 version) {
    const QJsonObject changed = changes();
    if (m_incidentId == 0 || changed.isEmpty()) {
        return;
    }
    m_message->clear();
    const qint64 incidentId = m_incidentId;
    m_commands.updateIncident(incidentId, version, changed, [this, incidentId](const Reply& reply) {
        if (incidentId != m_incidentId) {
            return;
        }
        if (reply.ok) {
            m_dirty = false;
            fillFrom(reply.result[QLatin1String("incident")].toObject(), true);
        } else if (reply.error.is(ErrorCode::Conflict)) {
            showConflict(reply.error.details[QLatin1String("current")].toObject());
        } else {
            m_message->setText(tr("Not saved: %1").arg(reply.error.message));
        }
    });
}

void IncidentDetailWidget::showConflict(const QJsonObject& current) {
    m_conflictCurrent = current;
    // The newest system entry of the timeline names who made the change.
    const QString who = m_timelineModel->latestChangeAuthor();
    QString when = DomainText::clockAt(current, "updated_at");
    m_conflictText->setText(
        who.isEmpty()
            ? tr("Changed meanwhile (now version %1, %2) — reload or re-apply your changes.")
                  .arg(QString::number(current[QLatin1String("version")].toInteger()), when)
            : tr("Changed by %1 at %2 (now version %3) — reload or re-apply your changes.")
                  .arg(who, when, QString::number(current[QLatin1String("version")].toInteger())));
    m_conflict->show();
}

void IncidentDetailWidget::addNote() {
    const QString text = m_note->text().trimmed();
    if (m_incidentId == 0 || text.isEmpty()) {
        return;
    }
    m_commands.addNote(m_incidentId, text);
    m_note->clear();
}

void IncidentDetailWidget::closeIncident() {
    if (m_incidentId == 0) {
        return;
    }
    m_commands.closeIncident(
        m_incidentId, m_base[QLatin1String("version")].toInteger(), [this](const Reply& reply) {
            if (!reply.ok) {
                m_message->setText(tr("Not closed: %1").arg(reply.error.message));
            }
        });
}

void IncidentDetailWidget::cancelIncident() {
    if (m_incidentId == 0) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel incident"),
                                                 tr("Reason (e.g. false alarm, duplicate):"),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok || reason.isEmpty()) {
        return;
    }
    m_commands.cancelIncident(m_incidentId, m_base[QLatin1String("version")].toInteger(), reason,
                              [this](const Reply& reply) {
                                  if (!reply.ok) {
                                      m_message->setText(
                                          tr("Not cancelled: %1").arg(reply.error.message));
                                  }
                              });
}

void IncidentDetailWidget::revealCaller() {
    if (m_incidentId == 0) {
        return;
    }
    bool ok = false;
    const QString justification =
        QInputDialog::getText(this, tr("Caller details"),
                              tr("Caller details are personal data; every look is recorded.\n"
                                 "Why do you need them? (at least 10 characters)"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok) {
        return;
    }
    const qint64 incidentId = m_incidentId;
    m_commands.query(
        Op::IncidentCaller,
        {{QLatin1String("incident_id"), incidentId},
         {QLatin1String("justification"), justification}},
        [this, incidentId](const Reply& reply) {
            if (incidentId != m_incidentId) {
                return;
            }
            if (!reply.ok) {
                m_message->setText(tr("Caller details not shown: %1").arg(reply.error.message));
                return;
            }
            const QJsonObject caller = reply.result[QLatin1String("caller")].toObject();
            m_caller->setText(caller.isEmpty()
                                  ? tr("No caller details were taken.")
                                  : tr("Caller: %1 · %2 %3")
                                        .arg(caller[QLatin1String("name")].toString(),
                                             caller[QLatin1String("phone")].toString(),
                                             caller[QLatin1String("notes")].toString()));
            m_caller->show();
        });
}

void IncidentDetailWidget::stepAssignment(const QString& status) {
    const QModelIndex current = m_assignments->currentIndex();
    if (!current.isValid()) {
        m_message->setText(tr("Select an assignment first."));
        return;
    }
    const qint64 assignmentId = current.data(AssignmentsModel::IdRole).toLongLong();
    m_commands.setAssignmentStatus(assignmentId, status, [this](const Reply& reply) {
        if (!reply.ok) {
            m_message->setText(tr("Step refused: %1").arg(reply.error.message));
        }
    });
}

void IncidentDetailWidget::focusNote() {
    m_note->setFocus();
}

void IncidentDetailWidget::assignUnits() {
    if (m_incidentId != 0) {
        m_assignDialog->start(m_incidentId);
    }
}

void IncidentDetailWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void IncidentDetailWidget::retranslateUi() {
    const QString language = Translations::active();
    m_filling = true;
    m_type->clear();
    for (const QJsonValue& type : m_store.incidentTypes()) {
        m_type->addItem(localizedName(type.toObject(), language),
                        type[QLatin1String("code")].toString());
    }
    m_priority->clear();
    for (int p = 1; p <= 4; ++p) {
        m_priority->addItem(DomainText::priority(p), p);
    }
    m_filling = false;
    m_typeLabel->setText(tr("T&ype:"));
    m_priorityLabel->setText(tr("P&riority:"));
    m_locationLabel->setText(tr("L&ocation:"));
    m_descriptionLabel->setText(tr("D&escription:"));
    m_save->setText(tr("Save changes"));
    m_assign->setText(tr("Assign… (F4)"));
    m_close->setText(tr("Close incident"));
    m_cancelIncident->setText(tr("Cancel incident…"));
    m_callerButton->setText(tr("Show caller…"));
    m_reload->setText(tr("Reload"));
    m_reapply->setText(tr("Re-apply my changes"));
    m_assignmentsLabel->setText(tr("Assignments"));
    m_assignmentsModel->retranslate();
    m_stepAck->setText(tr("Acknowledged"));
    m_stepEnRoute->setText(tr("En route"));
    m_stepOnScene->setText(tr("On scene"));
    m_stepCleared->setText(tr("Cleared"));
    m_timelineLabel->setText(tr("Timeline"));
    m_timelineModel->retranslate();
    m_note->setPlaceholderText(tr("Add a note and press Enter"));
    m_addNote->setText(tr("Add note"));
    // Texts built from data (statuses, the header, the timeline) follow the language too.
    const QJsonObject incident = m_store.incidents().find(m_incidentId);
    fillFrom(incident.isEmpty() ? m_base : incident, !m_dirty);
}

} // namespace jcc::console
