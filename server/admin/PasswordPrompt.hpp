#pragma once
// New passwords, never from argv: asked twice at a no-echo terminal prompt, or one line on stdin
// with --password-stdin; either way checked against the password policy.
#include <string>

namespace jcc::admin {

class PasswordPrompt {
public:
    explicit PasswordPrompt(bool fromStdin) : m_fromStdin(fromStdin) {}

    /// Throws UsageError when the password would have to be prompted for but stdin is not a
    /// terminal; `helpTopic` is the command asking.
    static void requireSource(bool fromStdin, const std::string& helpTopic);

    /// A password that satisfies the policy for `username`. At the terminal a refused or
    /// mismatched entry is explained and asked again, up to three times. Throws
    /// std::runtime_error saying why no password was accepted.
    std::string readNewPassword(const std::string& username) const;

private:
    bool m_fromStdin;
};

} // namespace jcc::admin
