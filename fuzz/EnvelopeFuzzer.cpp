// Fuzz target: a request frame as jcc-server reads it. jcc::parseRequest (common/Envelope.hpp)
// on the input; when it parses and names an op, that op's own field check (OpSpec::checkFields,
// the functions its handler reads its fields with) on the body; then the reply the server would
// send. A ProtocolError is the expected answer to a bad frame or field; anything else escaping
// is a crash.
#include "common/Envelope.hpp"
#include "server/core/OpTable.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jcc::server::OpTable ops = jcc::server::makeOpTable();
    const std::string_view frame(reinterpret_cast<const char*>(data), size);
    nlohmann::json badId;
    try {
        const jcc::Request request = jcc::parseRequest(frame, badId);
        if (const auto* spec = ops.find(request.op)) {
            spec->checkFields(request.body);
        }
        volatile std::size_t replyLength = jcc::makeReply(request.id, request.op).size();
        static_cast<void>(replyLength);
    } catch (const jcc::ProtocolError& error) {
        volatile std::size_t replyLength = jcc::makeErrorReply(badId, error).size();
        static_cast<void>(replyLength);
    }
    return 0;
}
