#pragma once
// One shift's handover report on screen: the rendered report, its state badge and digest, the
// supervisor's remarks editor, Sign, Acknowledge, Export to PDF and Print. Supervisors sign and
// acknowledge; a signed report is read-only. Follows handover.* pushes for the shown shift.
#include "console/supervisor/ReportLoader.hpp"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QGroupBox;

namespace jcc::console::supervisor {

class HandoverClient;

class ReportView : public QWidget {
    Q_OBJECT
public:
    /// `client` must outlive the view.
    explicit ReportView(HandoverClient& client, QWidget* parent = nullptr);

    /// Loads and shows the report of `shift`; the current shift when empty.
    void showShift(const QString& shift);
    /// Loads the shown shift again.
    void reload();

    /// The shift shown (e.g. "2026-03-10D"); empty before the first load.
    const QString& shift() const { return m_shift; }
    const QJsonObject& report() const { return m_report; }
    const QJsonObject& handover() const { return m_handover; }
    /// The HTML of the shown report as the screen shows it.
    QString html() const;

    /// Writes the shown report to `path` as an A4 PDF; false with `error` when it cannot.
    bool exportPdf(const QString& path, QString* error) const;

Q_SIGNALS:
    /// A report finished loading (successfully or not).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The parts of the constructor.
    void createHeader();
    void createReport();
    void createRemarks();
    void layOut();
    void connectActions();

    void retranslateUi();
    void apply(const LoadedReport& loaded);
    void updateControls();
    void render();
    void saveRemarks();
    void sign();
    void acknowledge();
    void choosePdf();
    void print();
    void showMessage(const QString& text, bool problem);
    bool isSupervisor() const;
    bool isSigned() const;
    bool remarksModified() const;

    HandoverClient& m_client;
    QString m_shift;
    QString m_requested; ///< the shift asked for, kept while it loads
    QJsonObject m_report;
    QJsonObject m_handover;
    bool m_digestVerified = false;
    QString m_savedRemarks; ///< the remarks as the server has them
    QTimer m_reloadSoon;    ///< coalesces pushes into one reload

    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_details = nullptr; ///< who signed and acknowledged when, the digest
    QPushButton* m_current = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
    QTextBrowser* m_browser = nullptr;
    QGroupBox* m_remarksBox = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
    QPushButton* m_saveRemarks = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jcc::console::supervisor
