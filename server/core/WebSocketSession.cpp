#include "server/core/WebSocketSession.hpp"

#include "common/Version.hpp"
#include "server/core/CommandWriter.hpp"
#include "server/core/DbPool.hpp"
#include "server/core/LoginThrottle.hpp"
#include "server/core/Metrics.hpp"
#include "server/core/PreLoginLimits.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/SessionRegistry.hpp"
#include "server/store/LoginFailures.hpp"
#include "server/store/StoreError.hpp"

#include <atomic>
#include <chrono>
#include <malloc.h>
#include <pqxx/except>
#include <spdlog/spdlog.h>
#include <utility>

namespace jcc::server {

namespace {

constexpr const char* kReplayStillSent =
    "the snapshot or events of the last subscribe are still being sent; subscribe again after "
    "they have arrived";
/// How long a subscribe waits for the last frame of the previous replay to be written.
constexpr std::chrono::seconds kSubscribeWait{1};
constexpr std::size_t kMaxPendingRequests = 64;

/// Bytes sent without a pause after which the heap is trimmed (see releaseIdleMemory).
constexpr std::size_t kLargeSend = 1024 * 1024;
/// A read buffer grown by a large request is given back above this.
constexpr std::size_t kKeptReadBuffer = 4096;

} // namespace

WebSocketSession::WebSocketSession(TlsStream&& stream, ServerContext& context,
                                   std::string clientAddress, std::shared_ptr<void> connectionSlot)
    : m_ws(std::move(stream)), m_context(context), m_clientAddress(std::move(clientAddress)),
      m_connectionSlot(std::move(connectionSlot)), m_loginTimer(m_ws.get_executor()),
      m_loginDelay(m_ws.get_executor()), m_subscribeWait(m_ws.get_executor()),
      m_sourceAddress(store::sourceAddress(m_clientAddress)),
      m_rate(context.config.rateLimit, context.config.rateBurst) {}

WebSocketSession::~WebSocketSession() {
    m_context.registry.remove(this);
    m_context.metrics.connectionClosed();
    m_context.metrics.outboundQueued(m_queuedBytes, 0);
    if (m_state.principal) {
        // Idle expiry counts from the last time the session was used.
        const auto sessionId = m_state.principal->sessionId;
        const auto accounts = m_context.accounts;
        m_context.db.post(
            {[sessionId, accounts](pqxx::connection_base& connection) {
                 try {
                     store::AccountService(connection, accounts).touchSession(sessionId);
                 } catch (const std::exception& e) {
                     spdlog::warn("session {}: cannot record last use: {}", sessionId, e.what());
                 }
             },
             [](const std::string&) {}});
    }
}

void WebSocketSession::run(HttpRequest request) {
    const auto& config = m_context.config;
    beast::get_lowest_layer(m_ws).expires_never();
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = config.handshakeTimeout;
    timeouts.idle_timeout = config.idleTimeout;
    timeouts.keep_alive_pings = true;
    m_ws.set_option(timeouts);
    m_ws.read_message_max(kPreLoginFrameBytes);
    // One frame per message: a client that checks UTF-8 per frame (Qt) would see a multi-byte
    // character split across frames as invalid.
    m_ws.auto_fragment(false);
    m_ws.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
        response.set(http::field::server, std::string("jcc-server/") + jcc::version());
    }));
    m_ws.async_accept(request,
                      beast::bind_front_handler(&WebSocketSession::onAccept, shared_from_this()));
}

void WebSocketSession::fail(beast::error_code ec, const char* what) {
    if (ec == websocket::error::closed || ec == net::error::operation_aborted ||
        ec == net::ssl::error::stream_truncated || ec == net::error::eof) {
        spdlog::debug("{}: connection closed ({})", m_clientAddress, what);
        return;
    }
    spdlog::info("{}: {}: {}", m_clientAddress, what, ec.message());
}

void WebSocketSession::onAccept(beast::error_code ec) {
    if (ec) {
        return fail(ec, "websocket handshake");
    }
    m_context.metrics.connectionOpened();
    m_context.registry.add(shared_from_this());
    if (m_context.shuttingDown) {
        return closeWith(websocket::close_code::going_away, "server shutting down");
    }
    armLoginDeadline();
    doRead();
}

void WebSocketSession::armLoginDeadline() {
    m_loginTimer.expires_after(m_context.config.loginTimeout);
    m_loginTimer.async_wait(
        beast::bind_front_handler(&WebSocketSession::onLoginDeadline, shared_from_this()));
}

void WebSocketSession::onLoginDeadline(beast::error_code ec) {
    if (ec || m_state.principal || m_closing) {
        return;
    }
    spdlog::info("{}: closing, no login within {}s", m_clientAddress,
                 m_context.config.loginTimeout.count());
    closeWith(websocket::close_code::policy_error, "login timeout");
}

void WebSocketSession::doRead() {
    m_ws.async_read(m_buffer,
                    beast::bind_front_handler(&WebSocketSession::onRead, shared_from_this()));
}

void WebSocketSession::onRead(beast::error_code ec, std::size_t) {
    if (ec) {
        m_loginTimer.cancel();
        if (ec == websocket::error::message_too_big) {
            spdlog::info("{}: closed for a frame over {} bytes", m_clientAddress,
                         m_state.principal ? m_context.config.maxFrameBytes : kPreLoginFrameBytes);
            return;
        }
        return fail(ec, "read");
    }
    std::string frame = beast::buffers_to_string(m_buffer.data());
    m_buffer.consume(m_buffer.size());
    if (m_buffer.capacity() > kKeptReadBuffer) {
        m_buffer.shrink_to_fit();
    }
    if (!m_ws.got_text()) {
        m_context.metrics.requestFinished("invalid", "bad_request");
        reply(makeErrorReply(nullptr, ErrorCode::BadRequest,
                             "binary frames are not accepted; send JSON text frames"));
    } else {
        handleFrame(std::move(frame));
    }
    doRead();
}

void WebSocketSession::handleFrame(std::string frame) {
    nlohmann::json id;
    Request request;
    try {
        request = parseRequest(frame, id);
    } catch (const ProtocolError& error) {
        m_context.metrics.requestFinished("invalid", std::string(toString(error.code())));
        return reply(makeErrorReply(id, error));
    }
    if (!m_rate.take()) {
        m_context.metrics.requestFinished("rate_limited", "rate_limited");
        return reply(
            makeErrorReply(request.id, ErrorCode::RateLimited,
                           fmt::format("more than {:g} requests per second; slow down and retry",
                                       m_context.config.rateLimit)));
    }
    if (m_draining) {
        m_context.metrics.requestFinished("rate_limited", "shutting_down");
        return reply(makeErrorReply(request.id, ErrorCode::ShuttingDown,
                                    "server is shutting down; reconnect to another node"));
    }
    if (m_pending.size() >= (m_state.principal ? kMaxPendingRequests : kPreLoginPending)) {
        m_context.metrics.requestFinished("rate_limited", "rate_limited");
        return reply(makeErrorReply(request.id, ErrorCode::RateLimited,
                                    "too many requests waiting; wait for replies first"));
    }
    m_pending.push_back(std::move(request));
    if (!m_busy) {
        processNext();
    }
}

void WebSocketSession::processNext() {
    if (m_pending.empty() || m_closing) {
        if (m_draining && !m_busy && !m_closing) {
            closeWith(websocket::close_code::going_away, "server shutting down");
        }
        return;
    }
    Request request = std::move(m_pending.front());
    m_pending.pop_front();
    const OpSpec* spec = m_context.ops.find(request.op);
    const std::string op = spec ? request.op : "unknown";
    auto refuse = [&](ErrorCode code, const std::string& message) {
        finishRequest(request, nullptr, makeErrorReply(request.id, code, message, "op"),
                      std::string(toString(code)));
    };
    if (spec == nullptr) {
        return refuse(ErrorCode::UnknownOp, "unknown op '" + request.op.substr(0, 64) + "'");
    }
    if (spec->access == OpAccess::LoggedIn && !m_state.principal) {
        return refuse(ErrorCode::Unauthorized, "'" + request.op +
                                                   "' needs a logged-in session; "
                                                   "send login or resume first");
    }
    if (spec->access == OpAccess::LoggedIn &&
        (spec->roles & roleBit(m_state.principal->user.role)) == 0) {
        return refuse(
            ErrorCode::Forbidden,
            "'" + request.op + "' is not allowed for the role " +
                std::string(toString(m_state.principal->user.role)) +
                (spec->roles == kConsoleRoles
                     ? " (operators and supervisors only)"
                     : (spec->roles == roleBit(Role::Supervisor) ? " (supervisors only)" : "")));
    }
    if (spec->access != OpAccess::Always && !m_state.helloDone) {
        return refuse(ErrorCode::HelloRequired, "send hello with the protocol version first");
    }
    if (spec->subscribes && m_replayQueued > 0) {
        if (replayWaiting() == 0 && !m_deferredSubscribe) {
            return deferSubscribe(std::move(request));
        }
        return refuse(ErrorCode::RateLimited, kReplayStillSent);
    }
    try {
        spec->checkFields(request.body);
    } catch (const ProtocolError& error) {
        const auto reply = refused(request, error);
        return finishRequest(request, nullptr, reply.text, reply.result);
    }
    if (spec->signIn == SignIn::Password && throttleLogin(request, *spec)) {
        return;
    }
    dispatch(std::move(request), *spec);
}

bool WebSocketSession::throttleLogin(Request& request, const OpSpec& spec) {
    const auto admission = m_context.loginThrottle.admit(m_sourceAddress);
    if (!admission.allowed) {
        m_context.metrics.loginThrottled();
        const auto error = makeErrorReply(
            request.id, ErrorCode::RateLimited,
            fmt::format("more than {} logins from this address in a minute; try again in {} s",
                        m_context.loginThrottle.perMinute(), admission.retryAfter.count()));
        finishRequest(request, nullptr, error, std::string(toString(ErrorCode::RateLimited)));
        return true;
    }
    if (admission.delay.count() == 0) {
        return false;
    }
    // Earlier logins from this address failed: check this one a little later. The connection
    // takes no other request meanwhile (m_busy).
    m_busy = true;
    m_loginDelay.expires_after(admission.delay);
    m_loginDelay.async_wait([self = shared_from_this(), request = std::move(request),
                             &spec](beast::error_code ec) mutable {
        self->m_busy = false;
        if (ec || self->m_closing) {
            return;
        }
        self->dispatch(std::move(request), spec);
    });
    return true;
}

void WebSocketSession::dispatch(Request request, const OpSpec& spec) {
    if (spec.onStrand) {
        OpReply reply;
        try {
            reply = succeeded(request,
                              spec.onStrand(OpInput{request, m_state, m_clientAddress, m_context}));
        } catch (const ProtocolError& error) {
            reply = refused(request, error);
        }
        return finishRequest(request, reply.outcome.get(), reply.text, reply.result);
    }

    if (spec.subscribes) {
        m_subscription = Subscription::Pending;
        m_context.registry.setSubscribed(this);
    }
    m_busy = true;
    auto self = shared_from_this();
    auto shared = std::make_shared<const Request>(std::move(request));
    const bool password = spec.signIn == SignIn::Password;
    auto deliver = [self, shared, password](OpReply reply) {
        net::post(self->m_ws.get_executor(), [self, shared, password, reply = std::move(reply)] {
            self->m_busy = false;
            if (password && reply.result == "ok") {
                self->m_context.loginThrottle.recordSuccess(self->m_sourceAddress);
            } else if (password && reply.result == toString(ErrorCode::AuthFailed)) {
                self->m_context.loginThrottle.recordFailure(self->m_sourceAddress);
            }
            self->finishRequest(*shared, reply.outcome.get(), reply.text, reply.result);
        });
    };
    auto& pool = spec.signIn == SignIn::No ? m_context.db : m_context.logins;
    const bool queued = spec.command ? postCommand(spec, shared, deliver)
                                     : pool.post(databaseJob(spec, shared, deliver));
    if (!queued) {
        m_busy = false;
        const auto reply = overloaded(*shared);
        finishRequest(*shared, nullptr, reply.text, reply.result);
    }
}

bool WebSocketSession::postCommand(const OpSpec& spec, std::shared_ptr<const Request> request,
                                   std::function<void(OpReply)> deliver) {
    CommandWriter::Job job{request, m_state, m_clientAddress, &spec.command, std::move(deliver)};
    if (!spec.beforeCommand) {
        return m_context.writer.post(std::move(job));
    }
    DbPool::Job read;
    read.run = [self = shared_from_this(), &spec, job](pqxx::connection_base& connection) mutable {
        try {
            job.prepared = spec.beforeCommand(
                OpInput{*job.request, job.state, job.clientAddress, self->m_context}, connection);
        } catch (const ProtocolError& error) {
            return job.done(refused(*job.request, error));
        } catch (const pqxx::broken_connection&) {
            throw; // DbPool runs the read again on a new connection
        } catch (const std::exception& e) {
            return job.done(failed(*job.request, e, job.state, job.clientAddress,
                                   self->m_context.config.nodeName));
        }
        const auto done = job.done;
        const auto request = job.request;
        if (!self->m_context.writer.post(std::move(job))) {
            done(overloaded(*request));
        }
    };
    read.unavailable = [done = job.done, request](const std::string& reason) {
        done(unavailable(*request, reason));
    };
    return m_context.db.post(std::move(read));
}

DbPool::Job WebSocketSession::databaseJob(const OpSpec& spec,
                                          std::shared_ptr<const Request> request,
                                          std::function<void(OpReply)> deliver) {
    DbPool::Job job;
    job.run = [self = shared_from_this(), request, deliver, &spec,
               state = m_state](pqxx::connection_base& connection) {
        try {
            deliver(succeeded(
                *request,
                spec.onDatabase(OpInput{*request, state, self->m_clientAddress, self->m_context},
                                connection)));
        } catch (const ProtocolError& error) {
            deliver(refused(*request, error));
        } catch (const pqxx::broken_connection&) {
            throw; // DbPool runs the request again on a new connection
        } catch (const std::exception& e) {
            deliver(
                failed(*request, e, state, self->m_clientAddress, self->m_context.config.nodeName));
        }
    };
    job.unavailable = [deliver, request](const std::string& reason) {
        deliver(unavailable(*request, reason));
    };
    return job;
}

void WebSocketSession::finishRequest(const Request& request, const OpOutcome* outcome,
                                     const std::string& replyText, const std::string& result) {
    const bool known = m_context.ops.find(request.op) != nullptr;
    m_context.metrics.requestFinished(known ? request.op : "unknown", result);
    if (outcome && outcome->apply) {
        // Ids start at 1; 0 stands for "not logged in".
        const std::int64_t before = m_state.principal ? m_state.principal->sessionId : 0;
        outcome->apply(m_state);
        const std::int64_t after = m_state.principal ? m_state.principal->sessionId : 0;
        if (before != after) {
            m_context.registry.setLogin(this, m_state.principal ? m_state.principal->user.id : 0,
                                        after);
        }
        if (before == 0 && after != 0) {
            m_loginTimer.cancel();
            m_ws.read_message_max(m_context.config.maxFrameBytes);
        } else if (before != 0 && after == 0) {
            m_ws.read_message_max(kPreLoginFrameBytes);
            armLoginDeadline(); // logged out: log in again or leave
        }
    }
    // A subscribe's reply (maybe a snapshot) and missed events are not held against
    // --outbound-queue: a console catching up is not a console that fell behind. They count
    // against --outbound-bytes, which SubscribeOps keeps a replay under.
    const bool catchingUp = outcome && outcome->subscribedAtSeq;
    enqueue(std::make_shared<const std::string>(replyText),
            catchingUp ? Queued::Replay : Queued::Counted);
    if (outcome) {
        for (const auto& push : outcome->pushes) {
            enqueue(push, Queued::Replay);
        }
    }
    if (m_subscription == Subscription::Pending) {
        finishSubscription(outcome ? outcome->subscribedAtSeq : std::nullopt);
    }
    processNext();
}

void WebSocketSession::finishSubscription(std::optional<std::int64_t> subscribedAtSeq) {
    if (!subscribedAtSeq) {
        // The subscribe failed: an earlier subscription goes on from where it was.
        m_subscription = m_lastSeq > 0 ? Subscription::Live : Subscription::None;
    } else {
        m_subscription = Subscription::Live;
        m_lastSeq = *subscribedAtSeq;
    }
    auto held = std::move(m_heldEvents);
    m_heldEvents.clear();
    for (auto& [seq, push] : held) {
        acceptEvent(seq, std::move(push));
    }
}

void WebSocketSession::reply(std::string text) {
    enqueue(std::make_shared<const std::string>(std::move(text)), Queued::Counted);
}

void WebSocketSession::send(std::shared_ptr<const std::string> message) {
    net::post(m_ws.get_executor(), [self = shared_from_this(), message = std::move(message)] {
        self->enqueue(message, Queued::Counted);
    });
}

void WebSocketSession::enqueue(std::shared_ptr<const std::string> message, Queued kind) {
    if (m_closing) {
        return;
    }
    const std::size_t waiting = m_outbox.size() - m_replayQueued;
    if (kind == Queued::Counted && waiting >= m_context.config.outboundQueueLimit) {
        return disconnectSlowConsumer("messages");
    }
    // One message alone may be larger than the budget (a big snapshot): it is sent by itself.
    if (m_queuedBytes > 0 && m_queuedBytes + message->size() > m_context.config.outboundBytes) {
        return disconnectSlowConsumer("bytes");
    }
    setQueuedBytes(m_queuedBytes + message->size());
    m_outbox.push_back({std::move(message), kind});
    if (kind == Queued::Replay) {
        ++m_replayQueued;
    }
    if (!m_writing) {
        doWrite();
    }
}

void WebSocketSession::deferSubscribe(Request request) {
    // Only the last frame of the replay is being written, and the client may have read it
    // already: this subscribe goes on when the write completes (onWrite), or is refused after
    // kSubscribeWait if it never does (a console that does not read). The queue goes on meanwhile.
    m_deferredSubscribe = std::move(request);
    m_subscribeWait.expires_after(kSubscribeWait);
    m_subscribeWait.async_wait([self = shared_from_this()](beast::error_code ec) {
        if (ec || !self->m_deferredSubscribe || self->m_closing) {
            return;
        }
        const Request refused = std::move(*self->m_deferredSubscribe);
        self->m_deferredSubscribe.reset();
        self->finishRequest(refused, nullptr,
                            makeErrorReply(refused.id, ErrorCode::RateLimited, kReplayStillSent),
                            std::string(toString(ErrorCode::RateLimited)));
    });
    processNext();
}

void WebSocketSession::resumeDeferredSubscribe() {
    if (!m_deferredSubscribe || m_replayQueued > 0 || m_closing) {
        return;
    }
    m_subscribeWait.cancel();
    m_pending.push_front(std::move(*m_deferredSubscribe));
    m_deferredSubscribe.reset();
    if (!m_busy) {
        processNext();
    }
}

std::size_t WebSocketSession::replayWaiting() const {
    // The message being written may already have reached the client, which may answer it before
    // onWrite runs: only the ones after it are waiting.
    const bool writingReplay = m_writing && m_outbox.front().kind == Queued::Replay;
    return m_replayQueued - (writingReplay ? 1 : 0);
}

void WebSocketSession::doWrite() {
    m_writing = true;
    m_ws.text(true);
    m_ws.async_write(net::buffer(*m_outbox.front().text),
                     beast::bind_front_handler(&WebSocketSession::onWrite, shared_from_this()));
}

void WebSocketSession::onWrite(beast::error_code ec, std::size_t bytes) {
    m_writing = false;
    m_sentSinceIdle += bytes;
    if (ec) {
        m_outbox.clear();
        m_replayQueued = 0;
        setQueuedBytes(0);
        return fail(ec, "write");
    }
    if (m_outbox.front().kind == Queued::Replay) {
        --m_replayQueued;
    }
    setQueuedBytes(m_queuedBytes - m_outbox.front().text->size());
    m_outbox.pop_front();
    if (!m_outbox.empty()) {
        doWrite();
    } else if (m_closing) {
        doClose();
    } else {
        releaseIdleMemory();
    }
    // After the next write has started, so that a reply it brings queues behind it.
    resumeDeferredSubscribe();
}

void WebSocketSession::releaseIdleMemory() {
    // A snapshot or a replay leaves megabytes of freed blocks between live ones; give the pages
    // back so that thousands of idle consoles stay small (at most one trim a second per node).
    if (std::exchange(m_sentSinceIdle, 0) < kLargeSend) {
        return;
    }
    static std::atomic<std::int64_t> lastTrim{0};
    const auto now = std::chrono::steady_clock::now().time_since_epoch() / std::chrono::seconds(1);
    auto last = lastTrim.load();
    if (now > last && lastTrim.compare_exchange_strong(last, now)) {
        malloc_trim(0);
    }
}

void WebSocketSession::dropQueued() {
    // The message being written must outlive its write.
    m_outbox.erase(m_writing ? std::next(m_outbox.begin()) : m_outbox.begin(), m_outbox.end());
    m_replayQueued = m_writing && m_outbox.front().kind == Queued::Replay ? 1 : 0;
    setQueuedBytes(m_writing ? m_outbox.front().text->size() : 0);
}

void WebSocketSession::setQueuedBytes(std::size_t bytes) {
    m_context.metrics.outboundQueued(m_queuedBytes, bytes);
    m_queuedBytes = bytes;
}

void WebSocketSession::disconnectSlowConsumer(const char* what) {
    spdlog::warn("{}: disconnecting a console that does not keep up ({} messages, {} bytes "
                 "queued; over the limit of {})",
                 m_clientAddress, m_outbox.size(), m_queuedBytes, what);
    m_context.metrics.slowConsumerDisconnected();
    dropQueued();
    closeWith(websocket::close_code::try_again_later, "outbound queue overflow");
}

void WebSocketSession::closeWith(websocket::close_code code, const std::string& reason) {
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_closeReason = websocket::close_reason(code, reason);
    m_loginTimer.cancel();
    if (!m_writing) {
        doClose();
    }
}

void WebSocketSession::doClose() {
    m_ws.async_close(m_closeReason, [self = shared_from_this()](beast::error_code ec) {
        if (ec) {
            self->fail(ec, "close");
        }
    });
}

void WebSocketSession::deliverEvent(std::int64_t seq, std::shared_ptr<const std::string> push) {
    net::post(m_ws.get_executor(), [self = shared_from_this(), seq, push = std::move(push)] {
        self->acceptEvent(seq, push);
    });
}

void WebSocketSession::acceptEvent(std::int64_t seq, std::shared_ptr<const std::string> push) {
    switch (m_subscription) {
    case Subscription::None:
        return;
    case Subscription::Pending:
        if (m_heldEvents.size() >= m_context.config.outboundQueueLimit) {
            m_context.metrics.slowConsumerDisconnected();
            m_heldEvents.clear();
            return closeWith(websocket::close_code::try_again_later, "outbound queue overflow");
        }
        m_heldEvents.emplace_back(seq, std::move(push));
        return;
    case Subscription::Live:
        break;
    }
    if (seq <= m_lastSeq) {
        return; // already sent with the subscribe reply
    }
    if (seq != m_lastSeq + 1) {
        // Events reach every node in seq order; a hole means this node missed some. Let the
        // console resume from what it has rather than show it an incomplete picture.
        spdlog::error("{}: event {} follows {}; closing so the console resumes", m_clientAddress,
                      seq, m_lastSeq);
        return closeWith(websocket::close_code::try_again_later, "event stream interrupted");
    }
    m_lastSeq = seq;
    enqueue(std::move(push), Queued::Counted);
}

void WebSocketSession::closeForRevocation(std::string reason) {
    net::post(m_ws.get_executor(), [self = shared_from_this(), reason = std::move(reason)] {
        spdlog::info("{}: closing the session of {}: {}", self->m_clientAddress,
                     self->m_state.principal ? self->m_state.principal->user.username : "-",
                     reason);
        self->m_pending.clear();
        self->dropQueued();
        self->m_state.principal.reset();
        self->closeWith(websocket::close_code::policy_error, reason);
    });
}

void WebSocketSession::beginShutdown() {
    net::post(m_ws.get_executor(), [self = shared_from_this()] {
        self->m_draining = true;
        for (const auto& request : self->m_pending) {
            self->reply(makeErrorReply(request.id, ErrorCode::ShuttingDown,
                                       "server is shutting down; reconnect to another node"));
        }
        self->m_pending.clear();
        if (!self->m_busy) {
            self->closeWith(websocket::close_code::going_away, "server shutting down");
        }
    });
}

} // namespace jcc::server
