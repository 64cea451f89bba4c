#pragma once
// Where a jcc-server node listens.
#include <string>

namespace jcc::bench {

struct ServerEndpoint {
    std::string host = "127.0.0.1";
    unsigned short port = 0;
};

} // namespace jcc::bench
