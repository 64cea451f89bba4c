#include "common/PasswordPolicy.hpp"

#include "common/EmbeddedFile.hpp"
#include "common/Fields.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace jcc {

std::vector<EmbeddedFile> commonPasswordFiles();

namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

const std::unordered_set<std::string>& commonPasswords() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> set;
        for (const auto& file : commonPasswordFiles()) {
            std::string_view rest = file.content;
            while (!rest.empty()) {
                const auto end = rest.find('\n');
                std::string_view line = rest.substr(0, end);
                rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
                if (!line.empty() && line.front() != '#') {
                    set.insert(lowered(line));
                }
            }
        }
        return set;
    }();
    return words;
}

} // namespace

std::optional<std::string> checkPasswordPolicy(std::string_view username,
                                               std::string_view password) {
    const std::size_t length = utf8Length(password);
    if (length < kMinPasswordLength) {
        return "password must be at least " + std::to_string(kMinPasswordLength) +
               " characters long";
    }
    if (length > kMaxPasswordLength) {
        return "password must be at most " + std::to_string(kMaxPasswordLength) +
               " characters long";
    }
    if (const auto bad = findForbiddenCharacter(password, Lines::One)) {
        return "password must not contain " + describe(*bad);
    }
    const std::string lower = lowered(password);
    if (!username.empty() && lower.find(lowered(username)) != std::string::npos) {
        return "password must not contain the username";
    }
    if (commonPasswords().contains(lower)) {
        return "password is on the list of commonly used passwords";
    }
    return std::nullopt;
}

} // namespace jcc
