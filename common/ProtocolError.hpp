#pragma once
// An error that becomes an error reply: a code, a human message and, when one field is at fault,
// that field's name; optionally more members of the error object (e.g. a conflict's "current").
#include "common/ErrorCode.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace jcc {

class ProtocolError : public std::runtime_error {
public:
    ProtocolError(ErrorCode code, const std::string& message, std::string field = {},
                  nlohmann::json details = nlohmann::json::object())
        : std::runtime_error(message), m_code(code), m_field(std::move(field)),
          m_details(std::move(details)) {}

    ErrorCode code() const { return m_code; }
    const std::string& field() const { return m_field; }
    /// Members added to the reply's error object beside code, message and field.
    const nlohmann::json& details() const { return m_details; }

private:
    ErrorCode m_code;
    std::string m_field;
    nlohmann::json m_details;
};

} // namespace jcc
