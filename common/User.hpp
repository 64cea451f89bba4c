#pragma once
// A user account as every part sees it (never the password hash), with its roles, countries and
// languages and their wire names.
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace jcc {

enum class Role { Operator, Supervisor, Admin };
enum class Country { CZ, SK };
enum class Language { Cs, Sk, En };

std::string_view toString(Role role);
std::string_view toString(Country country);
std::string_view toString(Language language);
std::optional<Role> roleFromString(std::string_view text);
std::optional<Country> countryFromString(std::string_view text);
std::optional<Language> languageFromString(std::string_view text);

struct User {
    std::int64_t id = 0;
    std::string username;
    std::string fullName;
    Role role = Role::Operator;
    std::string agency;
    Country country = Country::CZ;
    Language language = Language::Cs;
    bool disabled = false;
};

/// The public JSON form sent to consoles and printed by jcc-admin --json.
nlohmann::json toJson(const User& user);

/// Usernames: 2 to 64 characters of a-z, 0-9, '.', '_' and '-', starting with a letter.
bool isValidUsername(std::string_view username);

} // namespace jcc
