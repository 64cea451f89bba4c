#pragma once
// The reply to one request as the session sends it: the text, the result label counted in the
// metrics ("ok" or an error code) and the outcome (state change, pushes) when it succeeded.
#include "common/Envelope.hpp"
#include "server/core/OpTable.hpp"

#include <exception>
#include <memory>
#include <string>

namespace jcc::server {

struct OpReply {
    std::shared_ptr<OpOutcome> outcome; ///< null for an error reply
    std::string text;
    std::string result;
};

OpReply succeeded(const Request& request, OpOutcome outcome);
OpReply refused(const Request& request, const ProtocolError& error);
/// `unavailable` for a request whose queue (database workers or command writer) is full.
OpReply overloaded(const Request& request);
/// The one way to answer `unavailable`: "REASON; ADVICE" ("database unavailable; retry
/// shortly").
OpReply unavailable(const Request& request, const std::string& reason,
                    const char* advice = "retry shortly");
/// The reply to a request whose handler failed with something other than a ProtocolError: a lost
/// database connection is `unavailable`, anything else is logged and answered `internal`.
OpReply failed(const Request& request, const std::exception& error, const SessionState& state,
               const std::string& clientAddress, const std::string& nodeName);

} // namespace jcc::server
