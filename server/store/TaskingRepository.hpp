#pragma once
// Who may task whom: every agency tasks its own units, and the tasking_grants table lets an
// agency's operators task another agency's units as well (docs/design.md, "Who may task whom").
// Anything else is asked for with an assistance request.
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

struct TaskingGrant {
    std::string agency;     ///< whose operators may task
    std::string unitAgency; ///< whose units
    std::string grantedAt;  ///< ISO 8601 UTC
};

class TaskingRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    /// Whether operators and supervisors of `userAgency` may assign units of `unitAgency`, or
    /// set their status, directly.
    static bool mayTask(pqxx::transaction_base& txn, const std::string& userAgency,
                        const std::string& unitAgency);

    /// Every grant, by agency and unit agency.
    static std::vector<TaskingGrant> grants(pqxx::transaction_base& txn);
    /// Adds a grant; false when it existed already.
    static bool grant(pqxx::transaction_base& txn, const std::string& agency,
                      const std::string& unitAgency);
    /// Removes a grant; false when there was none.
    static bool revoke(pqxx::transaction_base& txn, const std::string& agency,
                       const std::string& unitAgency);
};

} // namespace jcc::store
