#pragma once
// Every op and every push event of the wire protocol (docs/protocol.md), each listed once. The
// server registers one handler per Op and refuses to start when one is missing; the console sends
// by Op and reads pushes by Event; the tests iterate both lists, and one checks that
// docs/protocol.md documents exactly these. Adding an op starts here.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace jcc {

/// How an op is answered.
enum class OpKind {
    Session, ///< opens, keeps or ends the session (no request_id)
    Read,    ///< changes nothing (no request_id)
    Command, ///< changes data: takes a request_id and is applied once
};

// X(enumerator, name on the wire, OpKind)
#define JCC_OPS(X)                                                                                 \
    X(Hello, "hello", Session)                                                                     \
    X(Login, "login", Session)                                                                     \
    X(Resume, "resume", Session)                                                                   \
    X(Logout, "logout", Session)                                                                   \
    X(Ping, "ping", Session)                                                                       \
    X(Subscribe, "subscribe", Read)                                                                \
    X(IncidentCreate, "incident.create", Command)                                                  \
    X(IncidentGet, "incident.get", Read)                                                           \
    X(IncidentUpdate, "incident.update", Command)                                                  \
    X(IncidentNote, "incident.note", Command)                                                      \
    X(IncidentClose, "incident.close", Command)                                                    \
    X(IncidentCancel, "incident.cancel", Command)                                                  \
    X(IncidentList, "incident.list", Read)                                                         \
    X(IncidentCaller, "incident.caller", Read)                                                     \
    X(IncidentNeeds, "incident.needs", Read)                                                       \
    X(IncidentTransferOffer, "incident.transfer_offer", Command)                                   \
    X(IncidentTransferAccept, "incident.transfer_accept", Command)                                 \
    X(IncidentTransferDecline, "incident.transfer_decline", Command)                               \
    X(UnitCreate, "unit.create", Command)                                                          \
    X(UnitUpdate, "unit.update", Command)                                                          \
    X(UnitSetStatus, "unit.set_status", Command)                                                   \
    X(UnitSetPosition, "unit.set_position", Command)                                               \
    X(UnitRecommend, "unit.recommend", Read)                                                       \
    X(AssignmentCreate, "assignment.create", Command)                                              \
    X(AssignmentSetStatus, "assignment.set_status", Command)                                       \
    X(LiaisonCreate, "liaison.create", Command)                                                    \
    X(LiaisonAck, "liaison.ack", Command)                                                          \
    X(LiaisonReply, "liaison.reply", Command)                                                      \
    X(LiaisonClose, "liaison.close", Command)                                                      \
    X(LiaisonReject, "liaison.reject", Command)                                                    \
    X(LiaisonAccept, "liaison.accept", Command)                                                    \
    X(LiaisonPropose, "liaison.propose", Command)                                                  \
    X(LiaisonGet, "liaison.get", Read)                                                             \
    X(LiaisonList, "liaison.list", Read)                                                           \
    X(PlaceSearch, "place.search", Read)                                                           \
    X(PlanList, "plan.list", Read)                                                                 \
    X(HandoverNote, "handover.note", Command)                                                      \
    X(HandoverGenerate, "handover.generate", Read)                                                 \
    X(HandoverGet, "handover.get", Read)                                                           \
    X(HandoverList, "handover.list", Read)                                                         \
    X(HandoverRemarks, "handover.remarks", Command)                                                \
    X(HandoverSign, "handover.sign", Command)                                                      \
    X(HandoverAcknowledge, "handover.acknowledge", Command)                                        \
    X(StatsExchange, "stats.exchange", Read)

// X(enumerator, name on the wire)
#define JCC_EVENTS(X)                                                                              \
    X(IncidentCreated, "incident.created")                                                         \
    X(IncidentUpdated, "incident.updated")                                                         \
    X(IncidentNoteAdded, "incident.note_added")                                                    \
    X(UnitCreated, "unit.created")                                                                 \
    X(UnitUpdated, "unit.updated")                                                                 \
    X(LiaisonCreated, "liaison.created")                                                           \
    X(LiaisonUpdated, "liaison.updated")                                                           \
    X(LiaisonOverdue, "liaison.overdue")                                                           \
    X(HandoverNoted, "handover.noted")                                                             \
    X(HandoverRemarksUpdated, "handover.remarks_updated")                                          \
    X(HandoverSigned, "handover.signed")                                                           \
    X(HandoverAcknowledged, "handover.acknowledged")

enum class Op {
#define JCC_OP_ENUMERATOR(id, name, kind) id,
    JCC_OPS(JCC_OP_ENUMERATOR)
#undef JCC_OP_ENUMERATOR
};

enum class Event {
#define JCC_EVENT_ENUMERATOR(id, name) id,
    JCC_EVENTS(JCC_EVENT_ENUMERATOR)
#undef JCC_EVENT_ENUMERATOR
};

struct OpInfo {
    Op op;
    std::string_view name;
    OpKind kind;
};

struct EventInfo {
    Event event;
    std::string_view name;
};

inline constexpr std::array kOps{
#define JCC_OP_INFO(id, name, kind) OpInfo{Op::id, name, OpKind::kind},
    JCC_OPS(JCC_OP_INFO)
#undef JCC_OP_INFO
};

inline constexpr std::array kEvents{
#define JCC_EVENT_INFO(id, name) EventInfo{Event::id, name},
    JCC_EVENTS(JCC_EVENT_INFO)
#undef JCC_EVENT_INFO
};

constexpr std::string_view toString(Op op) {
    return kOps[static_cast<std::size_t>(op)].name;
}
constexpr OpKind kindOf(Op op) {
    return kOps[static_cast<std::size_t>(op)].kind;
}
constexpr std::string_view toString(Event event) {
    return kEvents[static_cast<std::size_t>(event)].name;
}

/// The op named `name` on the wire; nullopt for an unknown name.
constexpr std::optional<Op> opFromString(std::string_view name) {
    for (const auto& info : kOps) {
        if (info.name == name) {
            return info.op;
        }
    }
    return std::nullopt;
}

/// The event named `name` on the wire; nullopt for an unknown name.
constexpr std::optional<Event> eventFromString(std::string_view name) {
    for (const auto& info : kEvents) {
        if (info.name == name) {
            return info.event;
        }
    }
    return std::nullopt;
}

namespace detail {
/// Whether every name of `table` is listed once (an enumerator listed twice does not compile).
template <class Table> consteval bool namesUnique(const Table& table) {
    for (std::size_t i = 0; i < table.size(); ++i) {
        for (std::size_t j = i + 1; j < table.size(); ++j) {
            if (table[i].name == table[j].name) {
                return false;
            }
        }
    }
    return true;
}
} // namespace detail

static_assert(detail::namesUnique(kOps), "an op name is listed twice in JCC_OPS");
static_assert(detail::namesUnique(kEvents), "an event name is listed twice in JCC_EVENTS");

} // namespace jcc
