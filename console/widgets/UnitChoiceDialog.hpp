#pragma once
// Choosing the units that answer a request for help: a list of the agency's available units, the
// suggested ones first and as many of them selected as the request asks for. Several may be
// chosen (Shift/Ctrl with the arrows or the mouse); Enter takes them.
#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;

namespace jcc::console {

class UnitChoiceDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnitChoiceDialog(QWidget* parent = nullptr);

    /// Lists `labels` (one per unit of `ids`, in that order) and selects the first `selected`.
    void setUnits(const QString& title, const QString& prompt, const QStringList& labels,
                  const QList<qint64>& ids, int selected);
    /// The units selected, in list order.
    QList<qint64> chosen() const;
    QListWidget* list() const { return m_list; }

private:
    QLabel* m_prompt = nullptr;
    QListWidget* m_list = nullptr;
    QList<qint64> m_ids;
};

} // namespace jcc::console
