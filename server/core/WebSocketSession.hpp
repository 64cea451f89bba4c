#pragma once
// One console connection: a TLS WebSocket on its own strand. Requests are handled one at a time
// in arrival order (reads on the worker pool, commands on the CommandWriter); replies and pushes
// leave through a bounded queue with one write in flight. A console whose queue overflows is
// disconnected and resumes.
#include "common/Envelope.hpp"
#include "server/core/DbPool.hpp"
#include "server/core/Net.hpp"
#include "server/core/OpReply.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/TokenBucket.hpp"

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace jcc::server {

struct ServerContext;

class WebSocketSession : public std::enable_shared_from_this<WebSocketSession> {
public:
    WebSocketSession(TlsStream&& stream, ServerContext& context, std::string clientAddress,
                     std::shared_ptr<void> connectionSlot);
    ~WebSocketSession();

    /// Accepts the upgrade request and starts reading.
    void run(HttpRequest request);
    /// Queues a message for the console; callable from any thread.
    void send(std::shared_ptr<const std::string> message);
    /// Queues event `seq` for a subscribed console, in order and exactly once; callable from any
    /// thread.
    void deliverEvent(std::int64_t seq, std::shared_ptr<const std::string> push);
    /// Closes with 1008 (policy violation) and `reason`; callable from any thread.
    void closeForRevocation(std::string reason);
    /// Lets the request in flight finish, then closes with 1001 (going away).
    void beginShutdown();

private:
    void onAccept(beast::error_code ec);
    void doRead();
    void onRead(beast::error_code ec, std::size_t bytes);
    void handleFrame(std::string frame);
    void processNext();
    /// Runs a request that passed the checks of processNext: on the strand, on a database
    /// worker (the login pool for sign-ins) or through the CommandWriter.
    void dispatch(Request request, const OpSpec& spec);
    /// For a password login: refuses it over --logins-per-address, or delays it after failures
    /// from this address (LoginThrottle); true when it was taken care of here.
    bool throttleLogin(Request& request, const OpSpec& spec);
    /// The database worker's job for a request of a non-command op.
    DbPool::Job databaseJob(const OpSpec& spec, std::shared_ptr<const Request> request,
                            std::function<void(OpReply)> deliver);
    /// Queues a command for the CommandWriter, after its op's beforeCommand read when it has one;
    /// false when a queue is full.
    bool postCommand(const OpSpec& spec, std::shared_ptr<const Request> request,
                     std::function<void(OpReply)> deliver);
    void finishRequest(const Request& request, const OpOutcome* outcome,
                       const std::string& replyText, const std::string& result);
    void reply(std::string text);
    /// Replayed events and the subscribe reply (a snapshot) do not count against
    /// --outbound-queue; everything counts against --outbound-bytes.
    enum class Queued { Counted, Replay };
    /// Closes with 1013: the console does not read what it is sent.
    void disconnectSlowConsumer(const char* what);
    void enqueue(std::shared_ptr<const std::string> message, Queued kind);
    /// Replay entries queued behind the one being written.
    std::size_t replayWaiting() const;
    /// Holds a subscribe that arrived while the last replay frame was being written.
    void deferSubscribe(Request request);
    /// Takes the held subscribe up once nothing of the replay is queued.
    void resumeDeferredSubscribe();
    /// With nothing left to send, gives back the buffers a large message left behind.
    void releaseIdleMemory();
    void doWrite();
    void onWrite(beast::error_code ec, std::size_t bytes);
    /// Sends what is queued, then the close frame; later messages are dropped.
    void closeWith(websocket::close_code code, const std::string& reason);
    void doClose();
    void dropQueued();
    /// Sets m_queuedBytes and tells the node's metrics.
    void setQueuedBytes(std::size_t bytes);
    void armLoginDeadline();
    void onLoginDeadline(beast::error_code ec);
    void fail(beast::error_code ec, const char* what);

    websocket::stream<TlsStream> m_ws;
    ServerContext& m_context;
    std::string m_clientAddress;
    std::shared_ptr<void> m_connectionSlot;
    beast::flat_buffer m_buffer;
    net::steady_timer m_loginTimer;
    net::steady_timer m_loginDelay;
    net::steady_timer m_subscribeWait;
    std::optional<Request> m_deferredSubscribe;
    std::string m_sourceAddress; ///< the client's IP address, without port
    TokenBucket m_rate;
    SessionState m_state;
    std::deque<Request> m_pending;
    struct Outgoing {
        std::shared_ptr<const std::string> text;
        Queued kind;
    };
    std::deque<Outgoing> m_outbox;
    std::size_t m_replayQueued = 0;  ///< entries of m_outbox that are Queued::Replay
    std::size_t m_queuedBytes = 0;   ///< bytes of m_outbox, the message being written included
    std::size_t m_sentSinceIdle = 0; ///< bytes written since the outbox was last empty
    enum class Subscription { None, Pending, Live };
    void acceptEvent(std::int64_t seq, std::shared_ptr<const std::string> push);
    void finishSubscription(std::optional<std::int64_t> subscribedAtSeq);

    Subscription m_subscription = Subscription::None;
    std::int64_t m_lastSeq = 0; ///< last event sent to the console
    std::deque<std::pair<std::int64_t, std::shared_ptr<const std::string>>> m_heldEvents;
    websocket::close_reason m_closeReason;
    bool m_busy = false;
    bool m_writing = false;
    bool m_closing = false;
    bool m_draining = false;
};

} // namespace jcc::server
