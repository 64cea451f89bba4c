#pragma once
// A table of JSON objects held by the model itself (not the store): the incident detail's
// assignments and timeline. Subclasses say what each column shows.
#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace jcc::console {

class JsonRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    JsonRowsModel(int columns, QObject* parent);

    /// Column titles and texts follow a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    const QJsonArray& rows() const { return m_rows; }
    /// Row `row`; an empty object for one out of range.
    QJsonObject row(int row) const;
    /// Shows `rows`; rows already shown stay rows (so does the view's selection) when there are
    /// no fewer of them.
    void setRows(const QJsonArray& rows);
    void appendRow(const QJsonObject& row);

private:
    QJsonArray m_rows;
    int m_columns;
};

} // namespace jcc::console
