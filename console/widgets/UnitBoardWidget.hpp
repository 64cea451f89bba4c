#pragma once
// The unit board: every unit grouped by country and agency, coloured by status, with the time in
// status. One key changes the selected unit: A available, R returning, O out of service (asks for
// the reason); for an assigned unit E en route, S on scene, C cleared (its assignment's steps).
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace jcc::console {

class Commands;
class Store;
class UnitModel;

class UnitBoardWidget : public QWidget {
    Q_OBJECT
public:
    UnitBoardWidget(Store& store, UnitModel& model, Commands& commands, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    /// Selects the unit's row.
    void selectUnit(qint64 unitId);
    /// The one-key action for `key` on the selected unit; false when the key means nothing.
    bool applyKey(int key);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateCounts();
    void setStatus(const QJsonObject& unit, const QString& status);
    void stepAssignment(const QJsonObject& unit, const QString& status);

    Store& m_store;
    UnitModel& m_model;
    Commands& m_commands;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_counts = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_keys = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jcc::console
