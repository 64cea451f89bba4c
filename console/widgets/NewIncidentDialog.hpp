#pragma once
// Logging a new incident, keyboard first (F2): type with completion in the operator's language,
// priority (the type's default until changed), place search as you type without diacritics
// (place.search), address, description, caller. Possible duplicates (same type, open, within
// 500 m, created in the last 30 minutes) are listed before saving, with "attach to existing".
// The map feeds a picked point through setPickedPoint().
#include <QDialog>
#include <QJsonObject>
#include <QTimer>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

class QDialogButtonBox;

namespace jcc::console {

class Commands;
class Store;

class NewIncidentDialog : public QDialog {
    Q_OBJECT
public:
    NewIncidentDialog(Store& store, Commands& commands, QWidget* parent = nullptr);

    /// Clears the form and shows it with the focus in the type field.
    void start();
    /// The type code the type field names now, or empty.
    QString resolvedType() const;

public Q_SLOTS:
    /// A point picked on the map (WGS84 degrees) becomes the incident's position.
    void setPickedPoint(double lat, double lon);

Q_SIGNALS:
    /// The server created the incident (or the command was queued: incidentId 0).
    void created(qint64 incidentId);
    /// The report was attached to an existing incident as a note.
    void attached(qint64 incidentId);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The constructor's parts, in order.
    void createFields();
    QDialogButtonBox* createButtons();
    void layOut(QDialogButtonBox* buttons);
    void connectSignals();
    struct Point {
        double lat;
        double lon;
    };

    void retranslateUi();
    /// The completion list of incident types, in the current language.
    void fillTypeNames();
    /// The line that says where the incident is.
    void updatePosition();
    void onTypeEdited();
    void searchPlaces();
    void pickPlace(int row);
    void updateDuplicates();
    void save();
    void attach();
    void showError(const QString& text);
    QString typeName(const QJsonObject& type) const;

    Store& m_store;
    Commands& m_commands;
    QLabel* m_typeLabel = nullptr;
    QLineEdit* m_type = nullptr;
    QLabel* m_priorityLabel = nullptr;
    QComboBox* m_priority = nullptr;
    QLabel* m_placeLabel = nullptr;
    QLineEdit* m_place = nullptr;
    QListWidget* m_places = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_callerLabel = nullptr;
    QLineEdit* m_callerName = nullptr;
    QLineEdit* m_callerPhone = nullptr;
    QLabel* m_duplicatesLabel = nullptr;
    QListWidget* m_duplicates = nullptr;
    QPushButton* m_attach = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;

    QTimer m_searchDelay;
    QList<QJsonObject> m_placeResults;
    int m_searchGeneration = 0; ///< answers to older searches are dropped
    std::optional<Point> m_point;
    QString m_pointSource; ///< the picked place's name, or empty for a map point
    bool m_priorityTouched = false;
    bool m_pickOnResult = false; ///< Enter came before the search answer
    int m_form = 0;              ///< counts start(); replies to an earlier form only report
    bool m_saving = false;
};

/// Great-circle distance in metres between two WGS84 points.
double distanceMetres(double lat1, double lon1, double lat2, double lon2);

} // namespace jcc::console
