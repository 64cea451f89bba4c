#pragma once
// An incident's timeline entry in the user's language: the server writes system entries as a
// kind and its fields (docs/protocol.md, "Timeline entries"); operators' notes are shown as they
// wrote them; an entry of a kind this console does not know shows the server's English text.
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace jcc::console {

class Store;

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    /// The entry's text; `store` names agencies, unit types and incident types.
    static QString describe(const QJsonObject& entry, const Store& store);
    /// Whether the entry is an operator's note (not written by the server).
    static bool isNote(const QJsonObject& entry);

private:
    static QString changes(const QJsonObject& entry, const Store& store);
    static QString assistance(const QString& kind, const QJsonObject& entry, const Store& store);
    static QString transfer(const QString& kind, const QJsonObject& entry);
};

} // namespace jcc::console
