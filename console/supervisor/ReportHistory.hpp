#pragma once
// Past handover reports: search by the local dates the shifts start on and by text in remarks or
// notes (handover.list), newest first; the selected report is previewed below the list and can
// be opened in the report tab to sign, acknowledge, export or print it.
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace jcc::console::supervisor {

class HandoverClient;
class HandoverListModel;

class ReportHistory : public QWidget {
    Q_OBJECT
public:
    /// `client` must outlive the widget.
    explicit ReportHistory(HandoverClient& client, QWidget* parent = nullptr);

    /// Runs the search with the dates and text in the fields.
    void search();
    /// The shift previewed; empty when none is selected.
    const QString& previewedShift() const { return m_previewed; }

Q_SIGNALS:
    /// A search finished (its rows are in the list, or the message says why not).
    void searched();
    /// The preview shows the selected report.
    void previewed();
    /// The user wants `shift` in the report tab.
    void openShift(const QString& shift);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The parts of the constructor.
    void createFilters();
    void createTable();
    void createPreview();
    void layOut();
    void connectActions();

    void retranslateUi();
    void preview(const QString& shift);
    QString selectedShift() const;

    HandoverClient& m_client;
    HandoverListModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QString m_previewed;
    qint64 m_total = -1;

    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_queryLabel = nullptr;
    QLineEdit* m_query = nullptr;
    QPushButton* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace jcc::console::supervisor
