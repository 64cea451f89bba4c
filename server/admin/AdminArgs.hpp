#pragma once
// jcc-admin's command line: global options, the table of commands with their help texts, and
// the conversion of arguments into an AdminRequest. Anything it cannot accept is a UsageError.
#include "server/admin/AdminRequest.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jcc::admin {

struct AdminInvocation {
    enum class Action { Run, ShowHelp, ShowVersion };
    Action action = Action::Run;
    std::string helpText; ///< for ShowHelp
    DatabaseTarget target;
    bool json = false;
    AdminRequest request;
};

/// Parses argv without argv[0]. `dataDirFromEnv` is $JCC_DATA (the data directory when neither
/// --db nor --data-dir is given; otherwise ./var). Throws UsageError naming the culprit.
AdminInvocation parseAdminArgs(const std::vector<std::string>& args,
                               const std::optional<std::string>& dataDirFromEnv);

} // namespace jcc::admin
