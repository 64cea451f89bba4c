#pragma once
// A reply from jcc-server as the console's layers see it: matched to its request, ok with a
// result or an error with a shared code (common/ErrorCode.hpp). Views get replies through the
// store layer (console/store/Commands.hpp) and never see the connection.
#include "common/ErrorCode.hpp"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace jcc::console {

/// An error reply: the wire code (e.g. "auth_failed"), the server's message and the field.
struct ServerError {
    QString code;
    QString message;
    QString field;
    QJsonObject details; ///< the whole error object, e.g. with "current" for a conflict

    /// The code as the shared type (common/ErrorCode.hpp); nullopt for one this console does
    /// not know (a newer server's).
    std::optional<ErrorCode> known() const { return errorCodeFromString(code.toStdString()); }
    bool is(ErrorCode expected) const { return known() == expected; }
};

/// One reply, matched to the request it answers.
struct Reply {
    qint64 id = 0;
    QString op;
    bool ok = false;
    QJsonObject result;
    ServerError error; ///< set when !ok

    /// The answer to a request of `op` that could not be sent, or whose connection broke before
    /// its reply came: ErrorCode::NotConnected.
    static Reply notConnected(const QString& op);
};

} // namespace jcc::console
