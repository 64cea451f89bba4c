#include "server/core/HttpSession.hpp"

#include "common/Version.hpp"
#include "server/core/ConnectionLimits.hpp"
#include "server/core/DbPool.hpp"
#include "server/core/Metrics.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/WebSocketSession.hpp"
#include "server/store/Statement.hpp"

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

using HttpResponse = http::response<http::string_body>;

constexpr std::chrono::seconds kHealthDeadline{5};

/// Whether an Authorization header is "Bearer TOKEN", compared in constant time.
bool bearerMatches(std::string_view header, const std::string& token) {
    constexpr std::string_view kScheme = "Bearer ";
    if (!header.starts_with(kScheme) || header.size() != kScheme.size() + token.size()) {
        return false;
    }
    return CRYPTO_memcmp(header.data() + kScheme.size(), token.data(), token.size()) == 0;
}

HttpResponse makeResponse(const HttpRequest& request, http::status status, std::string contentType,
                          std::string body) {
    HttpResponse response{status, request.version()};
    response.set(http::field::server, std::string("jcc-server/") + jcc::version());
    response.set(http::field::content_type, contentType);
    response.set(http::field::cache_control, "no-store");
    response.keep_alive(request.keep_alive());
    response.body() = std::move(body);
    response.prepare_payload();
    return response;
}

HttpResponse jsonResponse(const HttpRequest& request, http::status status,
                          const nlohmann::json& body) {
    return makeResponse(request, status, "application/json", body.dump() + "\n");
}

/// One HTTP connection over a plain or TLS stream.
template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>> {
public:
    static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

    HttpSession(Stream&& stream, beast::flat_buffer&& buffer, ServerContext& context,
                std::string clientAddress, std::shared_ptr<void> slot, bool metricsListener)
        : m_stream(std::move(stream)), m_buffer(std::move(buffer)), m_context(context),
          m_clientAddress(std::move(clientAddress)), m_slot(std::move(slot)),
          m_metricsListener(metricsListener), m_healthDeadline(m_stream.get_executor()) {}

    void run() {
        if constexpr (kTls) {
            beast::get_lowest_layer(m_stream).expires_after(m_context.config.handshakeTimeout);
            m_stream.async_handshake(ssl::stream_base::server, m_buffer.data(),
                                     HandshakeDone{this->shared_from_this()});
        } else {
            doRead();
        }
    }

private:
    // Boost 1.81 checks the buffered handshake's handler against the unbuffered signature, so
    // the handler accepts both; only the buffered one is ever called.
    struct HandshakeDone {
        std::shared_ptr<HttpSession> self;
        void operator()(beast::error_code ec) { (*this)(ec, 0); }
        void operator()(beast::error_code ec, std::size_t used) {
            if (ec) {
                spdlog::debug("{}: TLS handshake: {}", self->m_clientAddress, ec.message());
                return;
            }
            self->m_buffer.consume(used);
            self->doRead();
        }
    };

    void doRead() {
        m_request = {};
        beast::get_lowest_layer(m_stream).expires_after(m_context.config.handshakeTimeout);
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        m_parser->body_limit(64 * 1024);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             self->onRead(ec);
                         });
    }

    void onRead(beast::error_code ec) {
        if (ec) {
            if (ec != http::error::end_of_stream && ec != beast::error::timeout) {
                spdlog::debug("{}: HTTP read: {}", m_clientAddress, ec.message());
            }
            return;
        }
        m_request = m_parser->release();
        if (websocket::is_upgrade(m_request) && m_metricsListener) {
            return write(makeResponse(m_request, http::status::not_found, "text/plain",
                                      "this is the metrics listener: GET /metrics or /healthz\n"));
        }
        if (websocket::is_upgrade(m_request)) {
            if (m_request.target() != "/ws") {
                return write(makeResponse(m_request, http::status::not_found, "text/plain",
                                          "WebSocket endpoint is /ws\n"));
            }
            if constexpr (kTls) {
                std::make_shared<WebSocketSession>(std::move(m_stream), m_context, m_clientAddress,
                                                   std::move(m_slot))
                    ->run(std::move(m_request));
                return;
            } else {
                return write(makeResponse(m_request, http::status::upgrade_required, "text/plain",
                                          "use wss:// (TLS) for /ws\n"));
            }
        }
        route();
    }

    void route() {
        const auto target = m_request.target();
        if (m_request.method() != http::verb::get && m_request.method() != http::verb::head) {
            return write(makeResponse(m_request, http::status::method_not_allowed, "text/plain",
                                      "only GET is served\n"));
        }
        if (target == "/metrics") {
            return serveMetrics();
        }
        if (target == "/healthz") {
            return checkHealth();
        }
        write(makeResponse(m_request, http::status::not_found, "text/plain",
                           m_metricsListener ? "not found; try /metrics or /healthz\n"
                                             : "not found; try /healthz or wss://.../ws\n"));
    }

    /// On the public port, /metrics needs the bearer token of --metrics-token.
    void serveMetrics() {
        const auto& token = m_context.config.metricsToken;
        if (!m_metricsListener && !token) {
            return write(makeResponse(m_request, http::status::not_found, "text/plain",
                                      "/metrics is served on the metrics listener "
                                      "(--metrics-listen), not on this port\n"));
        }
        if (!m_metricsListener && !bearerMatches(m_request[http::field::authorization], *token)) {
            auto response = makeResponse(m_request, http::status::unauthorized, "text/plain",
                                         "/metrics on this port needs the bearer token of "
                                         "--metrics-token\n");
            response.set(http::field::www_authenticate, "Bearer");
            return write(std::move(response));
        }
        write(makeResponse(m_request, http::status::ok, "text/plain; version=0.0.4; charset=utf-8",
                           m_context.metrics.render()));
    }

    void checkHealth() {
        auto self = this->shared_from_this();
        auto respond = [self](bool ok, std::string detail) {
            net::post(self->m_stream.get_executor(), [self, ok, detail = std::move(detail)] {
                if (self->m_healthAnswered) {
                    return; // the deadline answered first
                }
                self->m_healthAnswered = true;
                self->m_healthDeadline.cancel();
                nlohmann::json body{{"status", ok ? "ok" : "unavailable"},
                                    {"database", detail},
                                    {"node", self->m_context.config.nodeName},
                                    {"version", jcc::version()},
                                    {"connections", self->m_context.connections.open()}};
                self->write(jsonResponse(self->m_request,
                                         ok ? http::status::ok : http::status::service_unavailable,
                                         body));
            });
        };
        DbPool::Job job;
        job.run = [respond](pqxx::connection_base& connection) {
            try {
                pqxx::nontransaction txn(connection);
                store::execSql(txn, "health_check", "SELECT 1");
                respond(true, "ok");
            } catch (const pqxx::broken_connection&) {
                throw; // DbPool asks again on a new connection
            } catch (const std::exception& e) {
                // The reason stays in the log: the endpoint is open to anyone who can reach it.
                spdlog::warn("/healthz: database check failed: {}", e.what());
                respond(false, "error");
            }
        };
        job.unavailable = [respond](const std::string& reason) { respond(false, reason); };
        m_healthAnswered = false;
        m_healthDeadline.expires_after(kHealthDeadline);
        m_healthDeadline.async_wait([respond](beast::error_code ec) {
            if (!ec) {
                respond(false, "no answer within " + std::to_string(kHealthDeadline.count()) + "s");
            }
        });
        if (!m_context.db.post(std::move(job))) {
            respond(false, "database workers overloaded");
        }
    }

    void write(HttpResponse response) {
        auto shared = std::make_shared<HttpResponse>(std::move(response));
        if (m_request.method() == http::verb::head) {
            shared->body().clear();
        }
        beast::get_lowest_layer(m_stream).expires_after(m_context.config.handshakeTimeout);
        http::async_write(
            m_stream, *shared,
            [self = this->shared_from_this(), shared](beast::error_code ec, std::size_t) {
                if (ec) {
                    return;
                }
                if (shared->keep_alive() && !self->m_context.shuttingDown) {
                    return self->doRead();
                }
                self->shutdown();
            });
    }

    void shutdown() {
        if constexpr (kTls) {
            beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(2));
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
        } else {
            beast::error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
    }

    Stream m_stream;
    beast::flat_buffer m_buffer;
    ServerContext& m_context;
    std::string m_clientAddress;
    std::shared_ptr<void> m_slot;
    bool m_metricsListener;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpRequest m_request;
    net::steady_timer m_healthDeadline;
    bool m_healthAnswered = false;
};

/// Looks at the first bytes to tell a TLS ClientHello from plain HTTP.
class DetectSession : public std::enable_shared_from_this<DetectSession> {
public:
    DetectSession(tcp::socket&& socket, ServerContext& context, std::string clientAddress,
                  std::shared_ptr<void> slot)
        : m_stream(std::move(socket)), m_context(context), m_slot(std::move(slot)),
          m_clientAddress(std::move(clientAddress)) {}

    void run() {
        m_stream.expires_after(m_context.config.handshakeTimeout);
        beast::async_detect_ssl(m_stream, m_buffer,
                                [self = shared_from_this()](beast::error_code ec, bool tls) {
                                    self->onDetect(ec, tls);
                                });
    }

private:
    void onDetect(beast::error_code ec, bool tls) {
        if (ec) {
            return;
        }
        if (tls) {
            std::make_shared<HttpSession<TlsStream>>(
                TlsStream(std::move(m_stream), m_context.tls), std::move(m_buffer), m_context,
                std::move(m_clientAddress), std::move(m_slot), false)
                ->run();
        } else {
            std::make_shared<HttpSession<beast::tcp_stream>>(
                std::move(m_stream), std::move(m_buffer), m_context, std::move(m_clientAddress),
                std::move(m_slot), false)
                ->run();
        }
    }

    beast::tcp_stream m_stream;
    ServerContext& m_context;
    std::shared_ptr<void> m_slot;
    std::string m_clientAddress;
    beast::flat_buffer m_buffer;
};

} // namespace

void serveConnection(tcp::socket&& socket, ServerContext& context, std::string clientAddress,
                     std::shared_ptr<void> slot) {
    std::make_shared<DetectSession>(std::move(socket), context, std::move(clientAddress),
                                    std::move(slot))
        ->run();
}

void serveMetricsConnection(tcp::socket&& socket, ServerContext& context, std::string clientAddress,
                            std::shared_ptr<void> slot) {
    std::make_shared<HttpSession<beast::tcp_stream>>(
        beast::tcp_stream(std::move(socket)), beast::flat_buffer(), context,
        std::move(clientAddress), std::move(slot), true)
        ->run();
}

} // namespace jcc::server
