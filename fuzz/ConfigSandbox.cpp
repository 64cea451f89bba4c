#include "fuzz/ConfigSandbox.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace jcc::fuzz {

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path);
    out << text;
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + path);
    }
}

std::string makeSandbox() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/jcc-fuzz.XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a directory like " + pattern);
    }
    writeFile(pattern + "/jcc-server.conf",
              readFile(JCC_SOURCE_DIR "/packaging/etc/jcc-server.conf"));
    writeFile(pattern + "/db.conf", "db = postgresql://jcc@db-host/jcc # shared\nio-threads=4\n");
    writeFile(pattern + "/bad.conf", "data-dir = /srv/jcc\nlisten = 127.0.0.1\n");
    writeFile(pattern + "/system.conf", "data-dir = /var/lib/jcc\n");
    return pattern;
}

} // namespace

const std::string& configSandbox() {
    static const std::string directory = makeSandbox();
    static const bool cleanup = [] {
        std::atexit([] {
            std::error_code ignored;
            std::filesystem::remove_all(directory, ignored);
        });
        return true;
    }();
    (void)cleanup;
    return directory;
}

} // namespace jcc::fuzz
