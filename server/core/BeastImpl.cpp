// Separate compilation of Boost.Asio, its SSL support and Boost.Beast: their definitions are
// compiled once here instead of in every file that uses them.
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
