#include "bench/SetupClients.hpp"

#include <stdexcept>

namespace jcc::bench {

using nlohmann::json;

void ConnectionSet::append(ConnectionSet&& other) {
    m_connections.insert(m_connections.end(), other.m_connections.begin(),
                         other.m_connections.end());
    other.m_connections.clear();
}

void ConnectionSet::disconnectAll() {
    for (auto& connection : m_connections) {
        if (connection) {
            connection->disconnect();
        }
    }
    m_connections.clear();
}

std::string BenchContext::nextRequestId() {
    return "bench-" + runTag + "-" + std::to_string(++counter);
}

net::awaitable<std::shared_ptr<BenchConnection>> openConnection(BenchContext& context,
                                                                const ServerEndpoint& endpoint) {
    auto connection = std::make_shared<BenchConnection>(context.io, context.tls);
    co_await connection->connect(endpoint);
    nlohmann::json hello = {{"op", "hello"}, {"protocol", 1}};
    co_await connection->call(std::move(hello), "hello");
    co_return connection;
}

net::awaitable<void> checkLogins(BenchContext& context, const ServerEndpoint& endpoint) {
    for (const auto* account : {&context.operatorAccount, &context.supervisorAccount}) {
        auto connection = co_await openConnection(context, endpoint);
        nlohmann::json login = {
            {"op", "login"}, {"username", account->username}, {"password", account->password}};
        co_await connection->call(std::move(login), "login of " + account->username);
        connection->disconnect();
    }
}

net::awaitable<std::shared_ptr<BenchConnection>>
openResumed(BenchContext& context, const ServerEndpoint& endpoint, const BenchAccount& account) {
    auto connection = co_await openConnection(context, endpoint);
    nlohmann::json resume = {{"op", "resume"}, {"token", context.newSession(account)}};
    co_await connection->call(std::move(resume), "resume");
    co_return connection;
}

net::awaitable<std::int64_t> currentSeq(BenchContext& context, const ServerEndpoint& endpoint) {
    auto connection = co_await openResumed(context, endpoint, context.operatorAccount);
    nlohmann::json subscribe = {{"op", "subscribe"}};
    const auto reply = co_await connection->call(std::move(subscribe), "subscribe");
    connection->disconnect();
    co_return reply["result"]["seq"].get<std::int64_t>();
}

net::awaitable<ConnectionSet>
openConsoles(BenchContext& context, const std::vector<ServerEndpoint>& endpoints, unsigned count,
             std::int64_t sinceSeq,
             const std::function<BenchConnection::PushHandler(unsigned index)>& onPush,
             unsigned parallel) {
    std::vector<std::shared_ptr<BenchConnection>> consoles(count);
    unsigned next = 0;
    unsigned running = 0;
    std::exception_ptr failure;
    net::steady_timer wake(context.io);
    const auto openOne = [&](unsigned index) -> net::awaitable<void> {
        try {
            auto connection = co_await openResumed(context, endpoints[index % endpoints.size()],
                                                   context.operatorAccount);
            connection->setPushHandler(onPush(index));
            nlohmann::json subscribeSince = {{"op", "subscribe"}, {"since_seq", sinceSeq}};
            co_await connection->call(std::move(subscribeSince), "subscribe");
            consoles[index] = std::move(connection);
        } catch (...) {
            failure = std::current_exception();
        }
        --running;
        wake.cancel();
    };
    while ((next < count || running > 0) && !failure) {
        while (next < count && running < parallel) {
            ++running;
            net::co_spawn(context.io, openOne(next++), net::detached);
        }
        wake.expires_after(std::chrono::seconds(1));
        beast::error_code ec;
        co_await wake.async_wait(net::redirect_error(net::use_awaitable, ec));
    }
    while (running > 0) {
        wake.expires_after(std::chrono::milliseconds(50));
        beast::error_code ec;
        co_await wake.async_wait(net::redirect_error(net::use_awaitable, ec));
    }
    ConnectionSet opened(std::move(consoles));
    if (failure) {
        std::rethrow_exception(failure);
    }
    co_return opened;
}

net::awaitable<std::vector<std::int64_t>>
createUnits(BenchContext& context, const ServerEndpoint& endpoint, unsigned count) {
    auto supervisor = co_await openResumed(context, endpoint, context.supervisorAccount);
    std::vector<std::int64_t> ids;
    for (unsigned i = 0; i < count; ++i) {
        nlohmann::json unitCreate = {
            {"op", "unit.create"},
            {"request_id", context.nextRequestId()},
            {"call_sign", "B" + context.runTag + "-" + std::to_string(context.counter)},
            {"agency", "PCR"},
            {"type", "patrol_car"},
            {"home_station", "jcc-bench"},
            {"position", {{"lat", 48.76}, {"lon", 16.88}}}};
        const auto reply = co_await supervisor->call(std::move(unitCreate), "unit.create");
        ids.push_back(reply["result"]["unit"]["id"].get<std::int64_t>());
    }
    supervisor->disconnect();
    co_return ids;
}

} // namespace jcc::bench
