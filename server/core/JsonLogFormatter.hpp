#pragma once
// spdlog formatter writing one JSON object per line (--log-format json).
#include <spdlog/formatter.h>

namespace jcc::server {

class JsonLogFormatter : public spdlog::formatter {
public:
    void format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& out) override;
    std::unique_ptr<spdlog::formatter> clone() const override;
};

} // namespace jcc::server
