#pragma once
// The jcc-admin command a message advises: it repeats the database the user chose (--db or
// --data-dir), quoted for a POSIX shell, so that it works when pasted as written.
#include "server/admin/AdminRequest.hpp"

#include <string>

namespace jcc::admin {

/// "jcc-admin --data-dir '/abs/dir' " + `command` (or "--db 'URL'").
std::string adviceCommand(const DatabaseTarget& target, const std::string& command);

/// `text` in single quotes when a shell would split or expand it.
std::string shellQuoted(const std::string& text);

} // namespace jcc::admin
