// Every op's field check (OpSpec::checkFields), run without a database: the envelope fuzzer's seed
// of each op passes it, and an unknown field, a missing request id and a deep value are refused
// by every op with the field named.
#include "common/Envelope.hpp"
#include "common/ProtocolError.hpp"
#include "server/core/OpTable.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace jcc;
using namespace jcc::server;
using nlohmann::json;

namespace {

/// fuzz/corpus/envelope/<op>.json, with '.' and '_' written as '-': one well-formed request.
std::string seedOf(std::string op) {
    for (auto& c : op) {
        c = (c == '.' || c == '_') ? '-' : c;
    }
    std::ifstream file(std::string(JCC_SOURCE_DIR) + "/fuzz/corpus/envelope/" + op + ".json");
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

/// The body of an op's seed.
json seedBody(const std::string& op) {
    json badId;
    return parseRequest(seedOf(op), badId).body;
}

/// The ProtocolError `spec` refuses `body` with; nullopt when it takes the body.
std::optional<ProtocolError> refusal(const OpSpec& spec, const json& body) {
    try {
        spec.checkFields(body);
    } catch (const ProtocolError& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("every op's fuzz seed is a request its field check takes") {
    const auto table = makeOpTable();
    for (const auto& [id, op, kind] : jcc::kOps) {
        INFO(op);
        const auto seed = seedOf(std::string(op));
        REQUIRE_FALSE(seed.empty());
        json badId;
        const auto request = parseRequest(seed, badId);
        CHECK(request.op == op);
        const auto error = refusal(*table.find(id), request.body);
        CHECK_FALSE(error);
        if (error) {
            FAIL(error->what());
        }
    }
}

TEST_CASE("every op but hello refuses a field it does not know, naming it") {
    const auto table = makeOpTable();
    for (const auto& [id, op, kind] : jcc::kOps) {
        INFO(op);
        json body = seedBody(std::string(op));
        body["colour"] = "blue";
        const auto error = refusal(*table.find(id), body);
        if (id == jcc::Op::Hello) {
            // A client of another protocol version gets unsupported_protocol, not bad_request.
            CHECK_FALSE(error);
            continue;
        }
        REQUIRE(error);
        CHECK(error->code() == ErrorCode::BadRequest);
        CHECK(error->field() == "colour");
    }
}

TEST_CASE("every op that changes something refuses it without a request id, first") {
    const auto table = makeOpTable();
    for (const auto& [id, op, kind] : jcc::kOps) {
        const auto& spec = *table.find(id);
        CHECK((kind == jcc::OpKind::Command) == static_cast<bool>(spec.command));
        CHECK((kind == jcc::OpKind::Command) == seedBody(std::string(op)).contains("request_id"));
        if (kind != jcc::OpKind::Command) {
            continue;
        }
        INFO(op);
        const auto error = refusal(spec, json{{"colour", "blue"}});
        REQUIRE(error);
        CHECK(error->field() == "request_id");
    }
}

TEST_CASE("a deep or wrong-typed value in any field is refused, never read") {
    const auto table = makeOpTable();
    json deep = json::array();
    for (int i = 0; i < 30; ++i) {
        deep = json::array({deep});
    }
    for (const auto& [id, op, kind] : jcc::kOps) {
        const json seed = seedBody(std::string(op));
        for (const auto& [field, value] : seed.items()) {
            if (field == "id" || field == "op") {
                continue; // the envelope's, checked by parseRequest
            }
            INFO(op << " " << field);
            for (const json& wrong : {deep, json(json::object({{"x", deep}}))}) {
                json body = seed;
                body[field] = wrong;
                const auto error = refusal(*table.find(id), body);
                REQUIRE(error);
                CHECK(error->code() == ErrorCode::BadRequest);
            }
        }
    }
}

TEST_CASE("an op is registered once, with a field check and the handler its kind needs") {
    OpTable table;
    const auto onStrand = [](const OpInput&) { return OpOutcome{}; };
    const auto command = [](Command&) { return json::object(); };
    CHECK_THROWS_AS(table.add(jcc::Op::Ping, {.onStrand = onStrand}), std::logic_error);
    // A read registered as a command, a command registered as a read.
    CHECK_THROWS_AS(table.add(jcc::Op::IncidentGet, {.checkFields = noFields, .command = command}),
                    std::logic_error);
    CHECK_THROWS_AS(
        table.add(jcc::Op::IncidentNote, {.checkFields = noFields, .onStrand = onStrand}),
        std::logic_error);
    table.add(jcc::Op::Ping, {.checkFields = noFields, .onStrand = onStrand});
    CHECK_THROWS_AS(table.add(jcc::Op::Ping, {.checkFields = noFields, .onStrand = onStrand}),
                    std::logic_error);
}

TEST_CASE("a table without a handler for every op of the catalogue is refused") {
    OpTable table;
    table.add(jcc::Op::Ping,
              {.checkFields = noFields, .onStrand = [](const OpInput&) { return OpOutcome{}; }});
    try {
        table.requireComplete();
        FAIL("an incomplete table was accepted");
    } catch (const std::logic_error& e) {
        CHECK(std::string(e.what()).find("incident.create") != std::string::npos);
        CHECK(std::string(e.what()).find("ping,") == std::string::npos);
    }
    CHECK_NOTHROW(makeOpTable().requireComplete());
}
