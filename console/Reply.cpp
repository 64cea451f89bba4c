#include "console/Reply.hpp"

#include <QCoreApplication>

namespace jcc::console {

Reply Reply::notConnected(const QString& op) {
    Reply reply;
    reply.op = op;
    reply.error = {QString::fromLatin1(toString(ErrorCode::NotConnected)),
                   QCoreApplication::translate("jcc::console::ServerConnection",
                                               "not connected to the server"),
                   {},
                   {}};
    return reply;
}

} // namespace jcc::console
