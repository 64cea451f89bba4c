#include "fuzz/ConfigSandbox.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

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

/// Writes through a file of this process's own and a rename, so that targets running at the
/// same time never read a half-written file.
void writeFile(const std::string& path, const std::string& text) {
    const std::string partial = path + "." + std::to_string(getpid());
    std::ofstream out(partial);
    out << text;
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + partial);
    }
    out.close();
    std::filesystem::rename(partial, path);
}

std::string makeSandbox() {
    // One fixed directory, rewritten at each start: libFuzzer often ends a process with _Exit
    // (crashes, fork mode), where no cleanup runs, so a directory per process would pile up.
    const char* tmp = std::getenv("TMPDIR");
    const std::string directory = std::string(tmp && *tmp ? tmp : "/tmp") + "/jcc-fuzz-sandbox";
    std::filesystem::create_directories(directory);
    writeFile(directory + "/jcc-server.conf",
              readFile(JCC_SOURCE_DIR "/packaging/etc/jcc-server.conf"));
    writeFile(directory + "/db.conf", "db = postgresql://jcc@db-host/jcc # shared\nio-threads=4\n");
    writeFile(directory + "/bad.conf", "data-dir = /srv/jcc\nlisten = 127.0.0.1\n");
    writeFile(directory + "/system.conf", "data-dir = /var/lib/jcc\n");
    return directory;
}

} // namespace

const std::string& configSandbox() {
    static const std::string directory = makeSandbox();
    return directory;
}

} // namespace jcc::fuzz
