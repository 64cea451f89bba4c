#include "bench/InsertBaseline.hpp"

#include "bench/BenchNet.hpp"

#include <mutex>
#include <pqxx/pqxx>
#include <thread>

namespace jcc::bench {

namespace {

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS bench_insert_baseline (id bigserial PRIMARY KEY,"
    " at timestamptz NOT NULL DEFAULT now(), writer integer NOT NULL, payload text NOT NULL)";
constexpr const char* kInsert =
    "INSERT INTO bench_insert_baseline (writer, payload) VALUES ($1, $2)";
constexpr const char* kDropTable = "DROP TABLE IF EXISTS bench_insert_baseline";

} // namespace

InsertBaselineResult runInsertBaseline(const std::string& url, unsigned writers, double rate,
                                       Clock::duration duration) {
    {
        pqxx::connection connection(url);
        pqxx::work txn(connection);
        txn.exec0(kCreateTable);
        txn.commit();
    }
    InsertBaselineResult result;
    std::mutex mutex;
    std::size_t committed = 0;
    std::string failure;
    const auto start = Clock::now() + std::chrono::milliseconds(200);
    const auto end = start + duration;
    const auto interval =
        rate > 0 ? std::chrono::duration_cast<Clock::duration>(
                       std::chrono::duration<double>(static_cast<double>(writers) / rate))
                 : Clock::duration::zero();
    std::vector<std::thread> threads;
    for (unsigned writer = 0; writer < writers; ++writer) {
        threads.emplace_back([&, writer] {
            Samples mine;
            try {
                pqxx::connection connection(url);
                connection.prepare("bench_insert", kInsert);
                auto next = start + interval * writer / writers;
                while (true) {
                    if (rate > 0) {
                        std::this_thread::sleep_until(next);
                        next += interval;
                    } else {
                        std::this_thread::sleep_until(start);
                    }
                    const auto sent = Clock::now();
                    if (sent >= end) {
                        break;
                    }
                    pqxx::work txn(connection);
                    txn.exec_prepared0("bench_insert", static_cast<int>(writer),
                                       "a row as big as a short incident description");
                    txn.commit();
                    mine.add(msBetween(sent, Clock::now()));
                }
            } catch (const std::exception& e) {
                std::lock_guard lock(mutex);
                failure = e.what();
            }
            std::lock_guard lock(mutex);
            committed += mine.size();
            result.commitMs.append(mine);
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    {
        pqxx::connection connection(url);
        pqxx::work txn(connection);
        txn.exec0(kDropTable);
        txn.commit();
    }
    if (!failure.empty()) {
        throw std::runtime_error("INSERT baseline: " + failure);
    }
    result.tps = static_cast<double>(committed) / std::chrono::duration<double>(duration).count();
    return result;
}

} // namespace jcc::bench
