#include "common/LiaisonRules.hpp"

#include <stdexcept>
#include <string>

namespace jcc {

std::chrono::minutes liaisonResponseTime(int priority) {
    using namespace std::chrono_literals;
    switch (priority) {
    case 1:
        return 15min;
    case 2:
        return 1h;
    case 3:
        return 4h;
    case 4:
        return 24h;
    default:
        throw std::out_of_range("liaison priority " + std::to_string(priority) +
                                " is not between 1 and 4");
    }
}

} // namespace jcc
