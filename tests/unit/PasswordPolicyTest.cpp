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
