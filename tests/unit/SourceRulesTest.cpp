// Rules of the source tree that a compiler does not check (docs/architecture.md, "Layers"):
// console views reach the server only through the store layer, and the build lists its sources
// explicitly with no warning switched off for the whole tree.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

/// The C++ files under `directory` (relative to the source tree) whose text contains `needle`.
std::vector<std::string> filesContaining(const std::string& directory, const std::string& needle) {
    std::vector<std::string> found;
    const fs::path root = fs::path(JCC_SOURCE_DIR) / directory;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const auto extension = entry.path().extension();
        if ((extension == ".cpp" || extension == ".hpp") &&
            readFile(entry.path()).find(needle) != std::string::npos) {
            found.push_back(fs::relative(entry.path(), JCC_SOURCE_DIR).string());
        }
    }
    return found;
}

} // namespace

TEST_CASE("console views reach the server only through the store layer", "[source]") {
    for (const char* views : {"console/widgets", "console/map", "console/supervisor"}) {
        INFO(views);
        CHECK(filesContaining(views, "console/ServerConnection.hpp").empty());
    }
}

TEST_CASE("the build lists its sources and keeps every warning", "[source]") {
    for (const char* list : {"CMakeLists.txt", "console/CMakeLists.txt", "server/CMakeLists.txt",
                             "common/CMakeLists.txt", "tests/console/CMakeLists.txt"}) {
        INFO(list);
        const std::string text = readFile(fs::path(JCC_SOURCE_DIR) / list);
        REQUIRE_FALSE(text.empty());
        CHECK(text.find("GLOB_RECURSE") == std::string::npos);
    }
    CHECK(readFile(fs::path(JCC_SOURCE_DIR) / "CMakeLists.txt").find("-Wno-") == std::string::npos);
}
