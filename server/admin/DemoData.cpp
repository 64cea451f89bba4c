#include "server/admin/DemoData.hpp"

#include "common/PasswordPolicy.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/DemoDataFiles.hpp"
#include "server/store/Statement.hpp"
#include "server/store/UserRepository.hpp"

#include <pqxx/pqxx>
#include <sodium.h>
#include <stdexcept>

namespace jcc::admin {

namespace {

constexpr std::size_t kDemoPasswordLength = 16;
// Letters and digits without the look-alikes 0/O, 1/l/I, so a password can be read off a screen.
constexpr std::string_view kPasswordAlphabet =
    "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

std::vector<DemoAccount> demoAccounts() {
    return {
        {"novak", "Jan Novák", Role::Operator, Country::CZ, "PCR", ""},
        {"horvath", "Marek Horváth", Role::Operator, Country::SK, "PZSR", ""},
        {"dvorakova", "Petra Dvořáková", Role::Supervisor, Country::CZ, "PCR", ""},
        {"kovacova", "Zuzana Kováčová", Role::Supervisor, Country::SK, "PZSR", ""},
        {"admin.cz", "Tomáš Procházka", Role::Admin, Country::CZ, "PCR", ""},
        {"admin.sk", "Ľubomír Šťastný", Role::Admin, Country::SK, "PZSR", ""},
    };
}

std::string randomPassword(const std::string& username) {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium failed to initialise; cannot make random passwords");
    }
    for (;;) {
        std::string password;
        for (std::size_t i = 0; i < kDemoPasswordLength; ++i) {
            password += kPasswordAlphabet[randombytes_uniform(
                static_cast<std::uint32_t>(kPasswordAlphabet.size()))];
        }
        // Practically always acceptable; the loop only guards against a freak draw.
        if (!checkPasswordPolicy(username, password)) {
            return password;
        }
    }
}

} // namespace

DemoSeedResult seedDemoData(pqxx::connection_base& connection, const store::Actor& actor) {
    DemoSeedResult result;
    auto accounts = demoAccounts();
    {
        pqxx::read_transaction txn(connection, "demo_seed_check");
        for (const auto& account : accounts) {
            if (store::UserRepository::findByUsername(txn, account.username)) {
                result.existingUsers.push_back(account.username);
            }
        }
    }
    if (!result.existingUsers.empty()) {
        return result;
    }
    store::AccountService service(connection, store::AccountSettings{});
    for (auto& account : accounts) {
        account.password = randomPassword(account.username);
        store::NewUser user{
            account.username, account.fullName,
            account.role,     account.agency,
            account.country,  account.country == Country::CZ ? Language::Cs : Language::Sk};
        service.addUser(user, account.password, actor);
        result.created.push_back(account);
    }
    pqxx::work txn(connection, "demo_seed_dispatch");
    const auto countOf = [&txn](const char* table) {
        return store::execSql(txn, "demo_count", std::string("SELECT count(*) FROM ") + table)[0][0]
            .as<int>();
    };
    const int unitsBefore = countOf("units");
    const int incidentsBefore = countOf("incidents");
    for (const auto& file : store::demoDataFiles()) {
        store::execSql(txn, "demo_seed", std::string(file.content));
    }
    result.units = countOf("units") - unitsBefore;
    result.incidents = countOf("incidents") - incidentsBefore;
    store::AuditLog::append(txn, actor,
                            {"demo.seed",
                             "database",
                             "",
                             nullptr,
                             {{"units", result.units}, {"incidents", result.incidents}}});
    txn.commit();
    return result;
}

} // namespace jcc::admin
