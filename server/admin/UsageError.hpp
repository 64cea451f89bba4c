#pragma once
// A command line jcc-admin cannot run (unknown command or flag, missing argument, bad value);
// jcc-admin prints it with a hint to the matching --help and exits 2.
#include <stdexcept>
#include <string>

namespace jcc::admin {

class UsageError : public std::runtime_error {
public:
    /// `message` names the flag or argument at fault; `helpTopic` is the command whose help
    /// explains it, e.g. "user add", or empty for the whole tool.
    UsageError(const std::string& message, std::string helpTopic = {})
        : std::runtime_error(message), m_helpTopic(std::move(helpTopic)) {}

    const std::string& helpTopic() const { return m_helpTopic; }

private:
    std::string m_helpTopic;
};

} // namespace jcc::admin
