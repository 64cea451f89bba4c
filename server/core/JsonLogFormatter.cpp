#include "server/core/JsonLogFormatter.hpp"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <spdlog/details/log_msg.h>

namespace jcc::server {

void JsonLogFormatter::format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& out) {
    const auto time = std::chrono::system_clock::to_time_t(message.time);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(message.time.time_since_epoch())
            .count() %
        1000;
    std::tm utc{};
    gmtime_r(&time, &utc);
    char stamp[40];
    const auto length = std::strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(stamp + length, sizeof(stamp) - length, ".%03dZ", static_cast<int>(millis));
    const auto level = spdlog::level::to_string_view(message.level);
    const nlohmann::json line{
        {"time", stamp},
        {"level", std::string(level.data(), level.size())},
        {"thread", message.thread_id},
        {"message", std::string(message.payload.data(), message.payload.size())}};
    const std::string text =
        line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    out.append(text.data(), text.data() + text.size());
}

std::unique_ptr<spdlog::formatter> JsonLogFormatter::clone() const {
    return std::make_unique<JsonLogFormatter>();
}

} // namespace jcc::server
