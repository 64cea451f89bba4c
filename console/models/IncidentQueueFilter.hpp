#pragma once
// The incident queue's filters and sort over an IncidentModel: statuses (open ones by default),
// priorities, type, responsible side or "mine", and free text (without diacritics and case).
#include <QSet>
#include <QSortFilterProxyModel>

namespace jcc::console {

class IncidentQueueFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentQueueFilter(QObject* parent = nullptr);

    /// The statuses shown; the default is the open ones (new, dispatched, on scene, resolved).
    void setStatuses(const QSet<QString>& statuses);
    /// The priorities shown (1 to 4); empty shows all.
    void setPriorities(const QSet<int>& priorities);
    /// An incident type code; empty shows all.
    void setTypeCode(const QString& type);
    /// The responsible side, "CZ" or "SK"; empty for both.
    void setSide(const QString& side);
    /// Only the incidents of `side` ("mine"): those it answers for, those offered to it and
    /// `helpAsked` (where it was asked for help). An empty side shows all.
    void setMine(const QString& side, const QSet<qint64>& helpAsked);
    /// Words that must all appear in the reference, type, location, description or units.
    void setText(const QString& text);

    /// The statuses of open work.
    static QSet<QString> openStatuses();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<QString> m_statuses;
    QSet<int> m_priorities;
    QString m_type;
    QString m_side;
    QString m_mine;
    QSet<qint64> m_helpAsked;
    QStringList m_words;
};

} // namespace jcc::console
