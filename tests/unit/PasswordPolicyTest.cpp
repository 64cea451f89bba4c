#include "common/PasswordPolicy.hpp"

#include <catch2/catch.hpp>

using jcc::checkPasswordPolicy;

TEST_CASE("passwords of 12 or more characters that are not common pass") {
    CHECK_FALSE(checkPasswordPolicy("novak", "Kůň-skáče-přes-plot").has_value());
    CHECK_FALSE(checkPasswordPolicy("novak", "correct horse battery").has_value());
}

TEST_CASE("short, username-bearing and common passwords are refused with the reason") {
    CHECK(checkPasswordPolicy("novak", "short") == "password must be at least 12 characters long");
    CHECK(checkPasswordPolicy("novak", "ěščřžýáíéůú") ==
          "password must be at least 12 characters long"); // 11 characters, 22 bytes
    CHECK(checkPasswordPolicy("novak", "my-NOVAK-password") ==
          "password must not contain the username");
    CHECK(checkPasswordPolicy("novak", "Password1234") ==
          "password is on the list of commonly used passwords");
    CHECK(checkPasswordPolicy("novak", "qwertyuiop123") ==
          "password is on the list of commonly used passwords");
    CHECK(checkPasswordPolicy("novak", std::string(300, 'x')) ==
          "password must be at most 256 characters long");
}

TEST_CASE("a password refuses the characters no text field takes") {
    using namespace std::string_literals;
    CHECK(checkPasswordPolicy("novak", "Kůň-skáče\0přes-plot"s) ==
          "password must not contain U+0000 (a control character) at character 10");
    CHECK(checkPasswordPolicy("novak", "Kůň-skáče\u202Epřes-plot") ==
          "password must not contain U+202E (a bidirectional control) at character 10");
}
