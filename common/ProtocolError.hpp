#pragma once
// An error that becomes an error reply: a code, a human message and, when one field is at fault,
// that field's name.
#include "common/ErrorCode.hpp"

#include <nlohmann/json_fwd.hpp>
#include <stdexcept>
#include <string>

namespace jcc {

class ProtocolError : public std::runtime_error {
public:
    ProtocolError(ErrorCode code, const std::string& message, std::string field = {})
        : std::runtime_error(message), m_code(code), m_field(std::move(field)) {}

    ErrorCode code() const { return m_code; }
    const std::string& field() const { return m_field; }

private:
    ErrorCode m_code;
    std::string m_field;
};

} // namespace jcc
