#pragma once
// jcc-admin's command line: global options, the table of commands with their help texts, and
// the conversion of arguments into an AdminRequest. Anything it cannot accept is a UsageError.
#include "server/admin/AdminRequest.hpp"

#include <filesystem>
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

/// The config file a packaged jcc-server reads (packaging/etc/jcc-server.conf); jcc-admin takes
/// its database from it when nothing else names one.
inline constexpr const char* kSystemConfigFile = "/etc/jcc/jcc-server.conf";

/// Parses argv without argv[0]. The database is, in order: --db or --data-dir; the `db` or
/// `data-dir` setting of --config FILE; `dataDirFromEnv` ($JCC_DATA); the settings of
/// `systemConfig` when that file exists; ./var. Throws UsageError naming the culprit.
AdminInvocation parseAdminArgs(const std::vector<std::string>& args,
                               const std::optional<std::string>& dataDirFromEnv,
                               const std::filesystem::path& systemConfig = {});

} // namespace jcc::admin
