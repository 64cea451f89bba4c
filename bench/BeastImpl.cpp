// Separate compilation of Boost.Asio, its SSL support and Boost.Beast for jcc-bench (as
// server/core/BeastImpl.cpp does for the server): their definitions are compiled once, here.
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
