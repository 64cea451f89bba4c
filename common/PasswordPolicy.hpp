#pragma once
// The password policy: at least 12 characters, not the username, not a commonly used password.
#include <optional>
#include <string>
#include <string_view>

namespace jcc {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 256;

/// Returns why the password is refused, or nullopt when it is acceptable.
std::optional<std::string> checkPasswordPolicy(std::string_view username,
                                               std::string_view password);

} // namespace jcc
