#pragma once
// The response plans (plan.list): for each incident type and priority, the units it needs, as
// unit.recommend and the incident detail use them. Administrators change them with
// `jcc-admin plan set|reset` (docs/supervisor-guide.md, "Response plans").
#include <QJsonArray>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jcc::console::supervisor {

class HandoverClient;

class ResponsePlansView : public QWidget {
    Q_OBJECT
public:
    /// A display name for a code of `kind` ("incident_type" or "unit_type").
    using Namer = std::function<QString(const QString& kind, const QString& code)>;

    /// `client` must outlive the view; without `namer` the codes are shown.
    explicit ResponsePlansView(HandoverClient& client, Namer namer = {}, QWidget* parent = nullptr);

    /// Fetches the plans and fills the table.
    void refresh();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    QString nameOf(const QString& kind, const QString& code) const;

    HandoverClient& m_client;
    Namer m_namer;
    QJsonArray m_plans;
    QLabel* m_summary = nullptr;
    QPushButton* m_refresh = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace jcc::console::supervisor
