#include "server/core/TimelineEntry.hpp"

#include <algorithm>

namespace jcc::server::timeline {

namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

std::string words(std::string code) { // "en_route" → "en route"
    std::replace(code.begin(), code.end(), '_', ' ');
    return code;
}

std::string changeText(const FieldChange& change) {
    if (change.field == "priority") {
        return "priority " + std::to_string(change.from.get<int>()) + " → " +
               std::to_string(change.to.get<int>());
    }
    if (change.field == "type") {
        return "type " + change.from.get<std::string>() + " → " + change.to.get<std::string>();
    }
    if (change.field == "location") {
        return "location " + change.to.get<std::string>();
    }
    return change.field;
}

} // namespace

TimelineEntry created() {
    return {"created", json::object(), "Incident created"};
}

TimelineEntry changed(const std::vector<FieldChange>& changes) {
    json list = json::array();
    std::string text;
    for (const auto& change : changes) {
        json item{{"field", change.field}};
        if (!change.from.is_null()) {
            item["from"] = change.from;
        }
        if (!change.to.is_null()) {
            item["to"] = change.to;
        }
        list.push_back(std::move(item));
        text += (text.empty() ? "" : "; ") + changeText(change);
    }
    return {"changed", {{"changes", list}}, "Changed " + text};
}

TimelineEntry assigned(const std::string& unit) {
    return {"assigned", {{"unit", unit}}, unit + " assigned"};
}

TimelineEntry assignmentStep(const std::string& unit, const std::string& step) {
    return {"assignment_step", {{"unit", unit}, {"step", step}}, unit + " " + words(step)};
}

TimelineEntry unitStatus(const std::string& unit, const std::string& status,
                         const std::optional<std::string>& reason) {
    json data{{"unit", unit}, {"status", status}};
    if (reason) {
        data["reason"] = *reason;
    }
    return {"unit_status", std::move(data), unit + " " + status + (reason ? ": " + *reason : "")};
}

TimelineEntry closed(bool alsoResolved) {
    return {"closed",
            {{"also_resolved", alsoResolved}},
            alsoResolved ? "Incident resolved and closed" : "Incident closed"};
}

TimelineEntry cancelled(const std::string& reason, const std::vector<std::string>& cleared) {
    return {"cancelled",
            {{"reason", reason}, {"cleared", cleared}},
            "Incident cancelled: " + reason +
                (cleared.empty() ? "" : "; cleared " + joined(cleared))};
}

TimelineEntry assistanceRequested(const std::string& agency, const std::string& unitType,
                                  const std::string& typeNameEn, const std::string& unit) {
    return {"assistance_requested",
            {{"agency", agency}, {"unit_type", unitType}, {"count", 1}, {"unit", unit}},
            "Requested from " + agency + ": 1 × " + typeNameEn + " (" + unit + " suggested)"};
}

TimelineEntry assistanceAccepted(const std::string& agency, std::int64_t liaisonId,
                                 const std::optional<std::string>& deskContact) {
    json data{{"agency", agency}, {"liaison_id", liaisonId}};
    if (deskContact) {
        data["desk_contact"] = *deskContact;
    }
    return {"assistance_accepted", std::move(data),
            agency + " accepted liaison request " + std::to_string(liaisonId) +
                (deskContact ? " (by telephone: " + *deskContact + ")" : "")};
}

TimelineEntry assistanceProposed(const std::string& agency, const std::vector<std::string>& units,
                                 std::int64_t liaisonId) {
    return {"assistance_proposed",
            {{"agency", agency}, {"units", units}, {"liaison_id", liaisonId}},
            agency + " proposes " + joined(units) + " (liaison request " +
                std::to_string(liaisonId) + ")"};
}

TimelineEntry transferOffered(const std::string& to, const std::string& reason) {
    return {
        "transfer_offered", {{"to", to}, {"reason", reason}}, "Offered to " + to + ": " + reason};
}

TimelineEntry transferAccepted(const std::string& by, const std::string& from) {
    return {"transfer_accepted",
            {{"by", by}, {"from", from}},
            "Taken over by " + by + " (responsible until now: " + from + ")"};
}

TimelineEntry transferDeclined(const std::string& by, const std::string& reason) {
    return {
        "transfer_declined", {{"by", by}, {"reason", reason}}, "Declined by " + by + ": " + reason};
}

TimelineEntry transferWithdrawn(const std::string& to, const std::string& reason) {
    return {"transfer_withdrawn",
            {{"to", to}, {"reason", reason}},
            "Offer to " + to + " withdrawn: " + reason};
}

} // namespace jcc::server::timeline
