#include "common/User.hpp"

#include <nlohmann/json.hpp>

namespace jcc {

std::string_view toString(Role role) {
    switch (role) {
    case Role::Operator:
        return "operator";
    case Role::Supervisor:
        return "supervisor";
    case Role::Admin:
        return "admin";
    }
    return "operator";
}

std::string_view toString(Country country) {
    return country == Country::CZ ? "CZ" : "SK";
}

std::string_view toString(Language language) {
    switch (language) {
    case Language::Cs:
        return "cs";
    case Language::Sk:
        return "sk";
    case Language::En:
        return "en";
    }
    return "cs";
}

std::optional<Role> roleFromString(std::string_view text) {
    for (Role role : {Role::Operator, Role::Supervisor, Role::Admin}) {
        if (toString(role) == text) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<Country> countryFromString(std::string_view text) {
    for (Country country : {Country::CZ, Country::SK}) {
        if (toString(country) == text) {
            return country;
        }
    }
    return std::nullopt;
}

std::optional<Language> languageFromString(std::string_view text) {
    for (Language language : {Language::Cs, Language::Sk, Language::En}) {
        if (toString(language) == text) {
            return language;
        }
    }
    return std::nullopt;
}

nlohmann::json toJson(const User& user) {
    return {{"id", user.id},
            {"username", user.username},
            {"full_name", user.fullName},
            {"role", toString(user.role)},
            {"agency", user.agency},
            {"country", toString(user.country)},
            {"language", toString(user.language)},
            {"disabled", user.disabled}};
}

bool isValidUsername(std::string_view username) {
    if (username.size() < 2 || username.size() > 64) {
        return false;
    }
    if (username.front() < 'a' || username.front() > 'z') {
        return false;
    }
    for (char c : username) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace jcc
