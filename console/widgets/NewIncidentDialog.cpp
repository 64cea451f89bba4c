#include "console/widgets/NewIncidentDialog.hpp"

#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/TextFold.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <cmath>

namespace jcc::console {

namespace {

constexpr int kSearchDelayMs = 250;
constexpr int kPlaceResults = 8;
constexpr double kDuplicateRadiusM = 500.0;
constexpr qint64 kDuplicateWindowS = 30 * 60;

} // namespace

double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kEarthRadiusM = 6'371'000.0;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

NewIncidentDialog::NewIncidentDialog(Store& store, Commands& commands, QWidget* parent)
    : QDialog(parent), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("newIncidentDialog"));
    createFields();
    layOut(createButtons());
    connectSignals();
    retranslateUi();
    resize(640, 460);
}

void NewIncidentDialog::createFields() {
    m_typeLabel = new QLabel(this);
    m_type = new QLineEdit(this);
    m_type->setObjectName(QStringLiteral("incidentType"));
    // Matched against the name with and without diacritics, so "pozar" offers "Požár".
    auto* completer = new QCompleter(new QStandardItemModel(this), this);
    completer->setCompletionRole(Qt::UserRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_type->setCompleter(completer);
    m_priorityLabel = new QLabel(this);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("incidentPriority"));
    m_placeLabel = new QLabel(this);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeSearch"));
    m_place->installEventFilter(this);
    m_places = new QListWidget(this);
    m_places->setObjectName(QStringLiteral("placeResults"));
    m_places->setFocusPolicy(Qt::NoFocus);
    m_places->setMaximumHeight(110);
    m_places->hide();
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("incidentPosition"));
    m_position->setTextFormat(Qt::PlainText);
    m_addressLabel = new QLabel(this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("incidentAddress"));
    m_descriptionLabel = new QLabel(this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_callerLabel = new QLabel(this);
    m_callerName = new QLineEdit(this);
    m_callerName->setObjectName(QStringLiteral("callerName"));
    m_callerPhone = new QLineEdit(this);
    m_callerPhone->setObjectName(QStringLiteral("callerPhone"));
    m_duplicatesLabel = new QLabel(this);
    m_duplicatesLabel->setObjectName(QStringLiteral("duplicatesLabel"));
    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setMaximumHeight(80);
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachToExisting"));
    m_attach->setAutoDefault(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newIncidentMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
}

QDialogButtonBox* NewIncidentDialog::createButtons() {
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveIncident"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setAutoDefault(false);
    return buttons;
}

void NewIncidentDialog::layOut(QDialogButtonBox* buttons) {
    m_typeLabel->setBuddy(m_type);
    m_priorityLabel->setBuddy(m_priority);
    m_placeLabel->setBuddy(m_place);
    m_addressLabel->setBuddy(m_address);
    m_descriptionLabel->setBuddy(m_description);
    m_callerLabel->setBuddy(m_callerName);

    auto* grid = new QGridLayout;
    grid->addWidget(m_typeLabel, 0, 0);
    grid->addWidget(m_type, 0, 1);
    grid->addWidget(m_priorityLabel, 0, 2);
    grid->addWidget(m_priority, 0, 3);
    grid->addWidget(m_placeLabel, 1, 0);
    grid->addWidget(m_place, 1, 1, 1, 3);
    grid->addWidget(m_places, 2, 1, 1, 3);
    grid->addWidget(m_position, 3, 1, 1, 3);
    grid->addWidget(m_addressLabel, 4, 0);
    grid->addWidget(m_address, 4, 1, 1, 3);
    grid->addWidget(m_descriptionLabel, 5, 0, Qt::AlignTop);
    grid->addWidget(m_description, 5, 1, 1, 3);
    grid->addWidget(m_callerLabel, 6, 0);
    grid->addWidget(m_callerName, 6, 1);
    grid->addWidget(m_callerPhone, 6, 2, 1, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 1);
    auto* duplicates = new QHBoxLayout;
    duplicates->addWidget(m_duplicates, 1);
    duplicates->addWidget(m_attach, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_duplicatesLabel);
    layout->addLayout(duplicates);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_type, m_priority);
    setTabOrder(m_priority, m_place);
    setTabOrder(m_place, m_address);
    setTabOrder(m_address, m_description);
    setTabOrder(m_description, m_callerName);
    setTabOrder(m_callerName, m_callerPhone);
}

void NewIncidentDialog::connectSignals() {
    QCompleter* completer = m_type->completer();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &NewIncidentDialog::searchPlaces);
    connect(m_place, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_places, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { pickPlace(m_places->row(item)); });
    connect(m_type, &QLineEdit::textChanged, this, &NewIncidentDialog::onTypeEdited);
    // Leaving the type field shows the type's full name in the operator's language (the
    // completer keeps the field's focus-out event while its list is open, hence focusChanged).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old != m_type) {
            return;
        }
        const QString code = resolvedType();
        for (const QJsonValue& type : m_store.incidentTypes()) {
            if (!code.isEmpty() && type[QLatin1String("code")].toString() == code &&
                m_type->text() != typeName(type.toObject())) {
                m_type->setText(typeName(type.toObject()));
            }
        }
    });
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                // The completer writes its match text; show the plain name instead.
                const QString name = index.data(Qt::DisplayRole).toString();
                QTimer::singleShot(0, this, [this, name] { m_type->setText(name); });
            });
    connect(m_priority, qOverload<int>(&QComboBox::activated), this,
            [this] { m_priorityTouched = true; });
    connect(m_save, &QPushButton::clicked, this, &NewIncidentDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &NewIncidentDialog::attach);
    connect(m_duplicates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_attach->setEnabled(row >= 0); });
}

QString NewIncidentDialog::typeName(const QJsonObject& type) const {
    return localizedName(type, Translations::active());
}

void NewIncidentDialog::start() {
    m_type->clear();
    m_priority->setCurrentIndex(1);
    m_priorityTouched = false;
    m_place->clear();
    m_places->clear();
    m_places->hide();
    m_placeResults.clear();
    m_point.reset();
    m_pointSource.clear();
    m_address->clear();
    m_description->clear();
    m_callerName->clear();
    m_callerPhone->clear();
    m_message->clear();
    m_saving = false;
    m_pickOnResult = false;
    ++m_form;
    m_save->setEnabled(true);
    retranslateUi();
    updateDuplicates();
    show();
    raise();
    activateWindow();
    m_type->setFocus();
}

void NewIncidentDialog::hideEvent(QHideEvent* event) {
    // An open completion list would stay the application's active popup and swallow shortcuts.
    m_type->completer()->popup()->hide();
    QDialog::hideEvent(event);
}

void NewIncidentDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void NewIncidentDialog::retranslateUi() {
    setWindowTitle(tr("New incident"));
    m_typeLabel->setText(tr("&Type:"));
    m_type->setPlaceholderText(tr("start typing, e.g. accident"));
    m_priorityLabel->setText(tr("&Priority:"));
    const int priority = m_priority->currentIndex();
    m_priority->clear();
    for (int p = 1; p <= 4; ++p) {
        m_priority->addItem(DomainText::priority(p), p);
    }
    m_priority->setCurrentIndex(priority < 0 ? 1 : priority);
    m_placeLabel->setText(tr("P&lace:"));
    m_place->setPlaceholderText(tr("town, border crossing or station; diacritics not needed"));
    m_addressLabel->setText(tr("&Address:"));
    m_address->setPlaceholderText(tr("street, number, landmark"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_callerLabel->setText(tr("&Caller:"));
    m_callerName->setPlaceholderText(tr("name"));
    m_callerPhone->setPlaceholderText(tr("phone"));
    m_attach->setText(tr("Attach to &existing"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    fillTypeNames();
    updatePosition();
    updateDuplicates();
}

void NewIncidentDialog::fillTypeNames() {
    auto* names = static_cast<QStandardItemModel*>(m_type->completer()->model());
    names->clear();
    for (const QJsonValue& type : m_store.incidentTypes()) {
        const QString name = typeName(type.toObject());
        auto* item = new QStandardItem(name);
        item->setData(QStringLiteral("%1 | %2").arg(foldForSearch(name), name), Qt::UserRole);
        names->appendRow(item);
    }
}

void NewIncidentDialog::updatePosition() {
    if (m_point) {
        m_position->setText(
            m_pointSource.isEmpty()
                ? tr("Map point %1, %2").arg(m_point->lat, 0, 'f', 5).arg(m_point->lon, 0, 'f', 5)
                : tr("%1 (%2, %3)")
                      .arg(m_pointSource)
                      .arg(m_point->lat, 0, 'f', 5)
                      .arg(m_point->lon, 0, 'f', 5));
    } else {
        m_position->setText(tr("No position yet: pick a place or a point on the map."));
    }
}

QString NewIncidentDialog::resolvedType() const {
    const QString typed = foldForSearch(m_type->text().trimmed());
    if (typed.isEmpty()) {
        return {};
    }
    QString prefixMatch;
    QString containsMatch;
    for (const QJsonValue& type : m_store.incidentTypes()) {
        const QString code = type[QLatin1String("code")].toString();
        const QString name = foldForSearch(typeName(type.toObject()));
        if (name == typed || code == typed) {
            return code;
        }
        if (prefixMatch.isEmpty() && name.startsWith(typed)) {
            prefixMatch = code;
        }
        if (containsMatch.isEmpty() && name.contains(typed)) {
            containsMatch = code;
        }
    }
    // One or two letters name no type yet (and must not set the priority while typing).
    if (typed.size() < 3) {
        return {};
    }
    return prefixMatch.isEmpty() ? containsMatch : prefixMatch;
}

void NewIncidentDialog::onTypeEdited() {
    const QString code = resolvedType();
    if (!m_priorityTouched && !code.isEmpty()) {
        for (const QJsonValue& type : m_store.incidentTypes()) {
            if (type[QLatin1String("code")].toString() == code) {
                m_priority->setCurrentIndex(
                    std::clamp(type[QLatin1String("default_priority")].toInt(2), 1, 4) - 1);
            }
        }
    }
    updateDuplicates();
}

bool NewIncidentDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_place && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_places->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_places->setCurrentRow(
                std::clamp(m_places->currentRow() + step, 0, m_places->count() - 1));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_searchDelay.isActive()) {
                // Enter right after typing: search now and pick when the answer comes.
                m_searchDelay.stop();
                m_pickOnResult = true;
                searchPlaces();
                return true;
            }
            if (m_places->count() > 0) {
                pickPlace(std::max(0, m_places->currentRow()));
                return true;
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewIncidentDialog::searchPlaces() {
    const QString query = m_place->text().simplified();
    const int generation = ++m_searchGeneration;
    if (query.isEmpty()) {
        m_places->clear();
        m_placeResults.clear();
        return;
    }
    m_commands.query(
        Op::PlaceSearch, {{QLatin1String("q"), query}, {QLatin1String("limit"), kPlaceResults}},
        [this, generation](const Reply& reply) {
            if (generation != m_searchGeneration) {
                return;
            }
            m_places->clear();
            m_placeResults.clear();
            if (!reply.ok) {
                showError(tr("Place search failed: %1").arg(reply.error.message));
                return;
            }
            for (const QJsonValue& place : reply.result[QLatin1String("places")].toArray()) {
                const QJsonObject p = place.toObject();
                m_placeResults.append(p);
                m_places->addItem(QStringLiteral("%1 — %2, %3")
                                      .arg(p[QLatin1String("name")].toString(),
                                           p[QLatin1String("region")].toString(),
                                           p[QLatin1String("country")].toString()));
            }
            m_places->setVisible(m_places->count() > 0);
            if (m_places->count() > 0) {
                m_places->setCurrentRow(0);
                if (m_pickOnResult) {
                    pickPlace(0);
                }
            }
            m_pickOnResult = false;
        });
}

void NewIncidentDialog::pickPlace(int row) {
    if (row < 0 || row >= m_placeResults.size()) {
        return;
    }
    const QJsonObject& place = m_placeResults.at(row);
    m_point = Point{place[QLatin1String("lat")].toDouble(), place[QLatin1String("lon")].toDouble()};
    m_pointSource = place[QLatin1String("name")].toString();
    m_place->setText(m_pointSource);
    if (m_address->text().trimmed().isEmpty()) {
        m_address->setText(m_pointSource);
    }
    m_places->clear();
    m_places->hide();
    m_placeResults.clear();
    updatePosition();
    updateDuplicates();
    m_address->setFocus();
    m_address->selectAll();
}

void NewIncidentDialog::setPickedPoint(double lat, double lon) {
    m_point = Point{lat, lon};
    m_pointSource.clear();
    if (m_address->text().trimmed().isEmpty()) {
        m_address->setText(QStringLiteral("%1, %2").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5));
    }
    updatePosition();
    updateDuplicates();
}

void NewIncidentDialog::updateDuplicates() {
    m_duplicates->clear();
    const QString type = resolvedType();
    if (!type.isEmpty() && m_point) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonObject& incident : m_store.incidents().rows()) {
            const QString status = incident[QLatin1String("status")].toString();
            const QJsonObject location = incident[QLatin1String("location")].toObject();
            if (incident[QLatin1String("type")].toString() != type ||
                status == QLatin1String("closed") || status == QLatin1String("cancelled") ||
                !location[QLatin1String("lat")].isDouble()) {
                continue;
            }
            const double metres = distanceMetres(m_point->lat, m_point->lon,
                                                 location[QLatin1String("lat")].toDouble(),
                                                 location[QLatin1String("lon")].toDouble());
            const QDateTime created =
                DomainText::parseTime(incident[QLatin1String("created_at")].toString());
            if (metres > kDuplicateRadiusM || created.secsTo(now) > kDuplicateWindowS) {
                continue;
            }
            // One arg() for all: a later arg() would fill a "%1" inside the place's text.
            auto* item = new QListWidgetItem(tr("%1 · %2 · %3 · %4 m · %5 ago")
                                                 .arg(incident[QLatin1String("ref")].toString(),
                                                      DomainText::incidentStatus(status),
                                                      location[QLatin1String("text")].toString(),
                                                      QString::number(qRound(metres)),
                                                      DomainText::duration(created.secsTo(now))),
                                             m_duplicates);
            item->setData(Qt::UserRole, incident[QLatin1String("id")].toInteger());
        }
    }
    const bool any = m_duplicates->count() > 0;
    m_duplicatesLabel->setText(any ? tr("Possible duplicates (same type, within 500 m, last 30 "
                                        "minutes): attach the report to one of them, or save a "
                                        "new incident.")
                                   : tr("No possible duplicates."));
    m_duplicatesLabel->setStyleSheet(any ? QStringLiteral("color: #b26a00; font-weight: bold;")
                                         : QString());
    m_duplicates->setVisible(any);
    m_attach->setVisible(any);
    if (any) {
        m_duplicates->setCurrentRow(0);
    }
}

void NewIncidentDialog::showError(const QString& text) {
    m_message->setText(text);
}

void NewIncidentDialog::save() {
    if (m_saving) {
        return;
    }
    const QString type = resolvedType();
    if (type.isEmpty()) {
        showError(tr("Choose an incident type from the list."));
        m_type->setFocus();
        return;
    }
    QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        address = m_place->text().trimmed();
    }
    if (address.isEmpty()) {
        showError(tr("Enter a place or an address."));
        m_place->setFocus();
        return;
    }
    QJsonObject location{{QLatin1String("text"), address}};
    if (m_point) {
        location.insert(QLatin1String("lat"), m_point->lat);
        location.insert(QLatin1String("lon"), m_point->lon);
    }
    QJsonObject fields{{QLatin1String("type"), type},
                       {QLatin1String("priority"), m_priority->currentData().toInt()},
                       {QLatin1String("location"), location},
                       {QLatin1String("description"), m_description->toPlainText().trimmed()}};
    QJsonObject caller;
    if (!m_callerName->text().trimmed().isEmpty()) {
        caller.insert(QLatin1String("name"), m_callerName->text().trimmed());
    }
    if (!m_callerPhone->text().trimmed().isEmpty()) {
        caller.insert(QLatin1String("phone"), m_callerPhone->text().trimmed());
    }
    if (!caller.isEmpty()) {
        fields.insert(QLatin1String("caller"), caller);
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_commands.createIncident(fields, [this, form = m_form](const Reply& reply) {
        const qint64 incidentId =
            reply.result[QLatin1String("incident")][QLatin1String("id")].toInteger();
        if (form != m_form || !m_saving) {
            // Sent from the outbox after the form was closed or reused.
            if (reply.ok) {
                Q_EMIT created(incidentId);
            }
            return;
        }
        m_saving = false;
        m_save->setEnabled(true);
        if (!reply.ok) {
            showError(tr("The server refused the incident: %1").arg(reply.error.message));
            return;
        }
        accept();
        Q_EMIT created(incidentId);
    });
    if (!m_commands.online()) {
        // Offline: the command waits in the outbox; the status bar counts it.
        m_saving = false;
        m_save->setEnabled(true);
        accept();
        Q_EMIT created(0);
    }
}

void NewIncidentDialog::attach() {
    QListWidgetItem* item = m_duplicates->currentItem();
    if (item == nullptr) {
        return;
    }
    const qint64 incidentId = item->data(Qt::UserRole).toLongLong();
    QString note = tr("Further report: %1").arg(m_description->toPlainText().trimmed());
    if (!m_address->text().trimmed().isEmpty()) {
        note += QStringLiteral(" (%1)").arg(m_address->text().trimmed());
    }
    m_commands.addNote(incidentId, note);
    accept();
    Q_EMIT attached(incidentId);
}

} // namespace jcc::console
