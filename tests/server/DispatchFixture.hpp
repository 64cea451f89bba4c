#pragma once
// A jcc-server for the dispatch op tests: the operator plus a supervisor and an admin account,
// units seeded straight into the database, and checks of the pushed event stream.
#include "tests/server/ServerFixture.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace jcc::test {

inline constexpr const char* kSupervisor = "dvorak";
inline constexpr const char* kAdmin = "spravce";

/// Sends `request` and checks it is refused with `code`, naming `field` (none when empty);
/// returns the reply.
nlohmann::json refused(WsClient& client, const nlohmann::json& request, const std::string& code,
                       const std::string& field);

struct DispatchFixture : ServerFixture {
    explicit DispatchFixture(const std::vector<std::string>& serverArgs = {});

    std::unique_ptr<WsClient> supervisor() const;
    /// A connection whose admin login was refused (admins cannot log in over the network):
    /// every console op on it is answered unauthorized.
    std::unique_ptr<WsClient> admin() const;
    /// Inserts an available unit; returns its id.
    std::int64_t addUnit(const std::string& callSign, const std::string& type,
                         std::optional<double> lat, std::optional<double> lon,
                         const std::string& agency = "PCR") const;
    /// Runs a fixed SQL statement of the test and returns the first field of the first row as
    /// text (empty when there is none or it is null).
    std::string sql(const std::string& statement) const;
};

/// Sets each member of `fields` in `request`; a null member is sent as null. (Unlike
/// json::update, `fields` may be empty: `{}` is null.)
void merge(nlohmann::json& request, const nlohmann::json& fields);

/// A console that subscribed and follows the event stream from `seq`.
struct Watcher {
    explicit Watcher(std::unique_ptr<WsClient> client);

    /// Reads the next events and checks their names and that their seqs follow on from the last
    /// one; returns their data.
    std::vector<nlohmann::json> expect(const std::vector<std::string>& events);
    /// Checks that no event arrives within a short while.
    void expectNone();

    std::unique_ptr<WsClient> client;
    std::int64_t seq = 0;
};

} // namespace jcc::test
