#include "server/admin/AdviceCommand.hpp"

#include <filesystem>

namespace jcc::admin {

std::string shellQuoted(const std::string& text) {
    constexpr std::string_view kPlain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                        "0123456789-_./=:,@+%";
    if (!text.empty() && text.find_first_not_of(kPlain) == std::string::npos) {
        return text;
    }
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

std::string adviceCommand(const DatabaseTarget& target, const std::string& command) {
    const std::string database =
        target.url
            ? "--db " + shellQuoted(*target.url)
            : "--data-dir " + shellQuoted(std::filesystem::absolute(target.dataDir).string());
    return "jcc-admin " + database + " " + command;
}

} // namespace jcc::admin
