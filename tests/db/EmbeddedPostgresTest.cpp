#include "server/store/EmbeddedPostgres.hpp"

#include "server/store/Database.hpp"
#include "tests/support/ServerProcess.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <pqxx/pqxx>
#include <unistd.h>

using namespace jcc;
namespace fs = std::filesystem;

TEST_CASE("the embedded cluster is created, started, reused and recovers a stale pid file") {
    const auto dataDir = test::makeTempDir("jcc-embedded-");
    {
        store::EmbeddedPostgres postgres(dataDir);
        CHECK(postgres.start());
        CHECK(postgres.isRunning());
        {
            auto connection = store::openConnection(postgres.url());
            pqxx::read_transaction txn(*connection);
            CHECK(txn.exec1("SELECT current_database()")[0].as<std::string>() == "jcc");
        }
        // A second user of the same directory finds it running and does not start another.
        store::EmbeddedPostgres again(dataDir);
        CHECK_FALSE(again.start());
        postgres.stop();
        CHECK_FALSE(postgres.isRunning());
    }
    // A crash leaves postmaster.pid behind; its pid may now belong to another process (ours).
    {
        std::ofstream pid(dataDir / "pg" / "postmaster.pid");
        pid << getpid() << "\n" << (dataDir / "pg").string() << "\n";
    }
    {
        store::EmbeddedPostgres postgres(dataDir);
        CHECK(postgres.start());
        CHECK(postgres.isRunning());
        postgres.stop();
    }
    fs::remove_all(dataDir);
}

TEST_CASE("a data directory too long for a unix socket is refused with the reason") {
    const fs::path deep = fs::temp_directory_path() / std::string(120, 'd');
    store::EmbeddedPostgres postgres(deep);
    CHECK_THROWS_WITH(postgres.start(), Catch::Matchers::Contains("too long"));
}
