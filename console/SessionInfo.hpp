#pragma once
// Who is logged in, and to which server: what the hello and login replies said.
#include <QString>

namespace jcc::console {

/// What the server said about itself in its hello reply.
struct ServerInfo {
    QString server;
    QString version;
    QString node;
};

/// The logged-in user, as the login reply describes them.
struct UserInfo {
    qint64 id = 0;
    QString username;
    QString fullName;
    QString role;     ///< "operator", "supervisor" or "admin"
    QString agency;   ///< agency code, e.g. "PCR"
    QString country;  ///< "CZ" or "SK"
    QString language; ///< "cs", "sk" or "en"
};

} // namespace jcc::console
