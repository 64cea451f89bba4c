// Catch2 main for test executables: library log lines below warnings are hidden so that
// failures stand out.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
