#include "common/ReportModel.hpp"

#include "common/DurationText.hpp"
#include "common/HandoverLabels.hpp"

namespace jcc {

using nlohmann::json;
using namespace report;

const Fact* Facts::find(std::string_view key) const {
    for (const auto& fact : items) {
        if (fact.key == key) {
            return &fact;
        }
    }
    return nullptr;
}

namespace {

const std::string kNothing = "–";

/// `object`'s member `key`; null when there is none (an older snapshot, a shorter reply).
const json& get(const json& object, const std::string& key) {
    static const json null;
    if (!object.is_object()) {
        return null;
    }
    const auto found = object.find(key);
    return found == object.end() ? null : *found;
}

/// A string member's text, "" for anything else.
std::string words(const json& object, const char* key) {
    const auto& value = get(object, key);
    return value.is_string() ? value.get<std::string>() : std::string();
}

/// A row's priority, 0 when it has none.
int priorityOf(const json& row) {
    const auto& value = get(row, "priority");
    return value.is_number_integer() ? value.get<int>() : 0;
}

/// A string as it is, a number as digits, null as "–".
std::string text(const json& value) {
    if (value.is_null()) {
        return kNothing;
    }
    return value.is_string() ? value.get<std::string>() : value.dump();
}

/// 754 → "12 min 34 s" (common/DurationText.hpp); null (nothing measured) → "–".
std::string duration(const json& seconds) {
    return seconds.is_number() ? shortDuration(seconds.get<std::int64_t>()) : kNothing;
}

Cell figure(const json& value) {
    return {text(value)};
}

Cell keyCell(std::string value) {
    return {std::move(value), 0, true};
}

/// The words, counts and times of one report; each section of the document is one method.
class Builder {
public:
    Builder(const json& report, const json& handover, Language language, const TimeFormat& time)
        : m_report(report), m_handover(handover), m_language(language),
          m_labels(handoverLabels(language)), m_time(time) {}

    ReportModel build() const {
        ReportModel model;
        model.language = std::string(toString(m_language));
        model.title = label("title") + " " + text(get(get(m_report, "shift"), "id"));
        model.period = period();
        model.sections = {section("incidents", {}),
                          byPriority(),
                          byType(),
                          timeToDispatch(),
                          liaison(),
                          assistance(),
                          openIncidents(),
                          priority1Incidents(),
                          unitsOutOfService(),
                          liaisonOpen(),
                          notes(),
                          remarks(),
                          signature()};
        return model;
    }

private:
    std::string label(const std::string& key) const { return text(m_labels.value(key, json(key))); }
    /// A status or kind in the words of `dictionary` ("incident_status", …); unknown ones as sent.
    std::string named(const char* dictionary, const json& value) const {
        if (!value.is_string()) {
            return text(value);
        }
        const auto& name = get(get(m_labels, dictionary), value.get<std::string>());
        return name.is_string() ? name.get<std::string>() : value.get<std::string>();
    }
    std::string time(const json& value, TimeStyle style = TimeStyle::Short) const {
        return value.is_string() ? m_time(value.get<std::string>(), style) : kNothing;
    }
    Column column(const std::string& key, bool isFigure = false) const {
        return {label(key), isFigure};
    }
    Section section(const std::string& key, std::vector<Block> blocks, int level = 2) const {
        return {key, level, label(key), std::move(blocks)};
    }
    /// A list's table, or "None" when the list is empty.
    Section list(const std::string& key, Table table) const {
        if (table.rows.empty()) {
            return section(key, {Paragraph{Paragraph::Kind::None, label("none")}});
        }
        return section(key, {std::move(table)});
    }
    /// Opened, closed, cancelled, still open: the columns of the incident counts.
    std::vector<Column> countColumns(const std::string& first) const {
        return {column(first),
                column("opened", true),
                column("closed", true),
                {named("incident_status", "cancelled"), true},
                column("still_open", true)};
    }
    static std::vector<Cell> counts(Cell first, const json& row) {
        return {std::move(first), figure(get(row, "opened")), figure(get(row, "closed")),
                figure(get(row, "cancelled")), figure(get(row, "still_open"))};
    }

    Facts period() const;
    Section byPriority() const;
    Section byType() const;
    Section timeToDispatch() const;
    Section liaison() const;
    Section assistance() const;
    Section openIncidents() const;
    Section priority1Incidents() const;
    Section unitsOutOfService() const;
    Section liaisonOpen() const;
    Section notes() const;
    Section remarks() const;
    Section signature() const;

    const json& m_report;
    const json& m_handover;
    const Language m_language;
    const json m_labels;
    const TimeFormat& m_time;
};

Facts Builder::period() const {
    const auto& shift = get(m_report, "shift");
    const auto fact = [this](const char* key, std::string value) {
        return Fact{key, label(key), std::move(value)};
    };
    return {{fact("shift", text(get(shift, "id"))),
             fact("starts", time(get(shift, "starts_at"), TimeStyle::Full)),
             fact("ends", time(get(shift, "ends_at"), TimeStyle::Full)),
             fact("zone", text(get(shift, "zone"))),
             fact("duration", duration(get(shift, "duration_s"))),
             fact("as_of", time(get(m_report, "as_of"), TimeStyle::Full)),
             fact("generated_at", time(get(m_report, "generated_at"), TimeStyle::Full))}};
}

Section Builder::byPriority() const {
    const auto& incidents = get(get(m_report, "figures"), "incidents");
    Table table{countColumns("priority"), {}};
    for (const auto& row : get(incidents, "by_priority")) {
        const int priority = priorityOf(row);
        table.rows.push_back(
            {counts({"P" + std::to_string(priority), priority}, row), priority == 1});
    }
    table.rows.push_back({counts({label("total")}, incidents), false, true});
    return section("by_priority", {std::move(table)}, 3);
}

Section Builder::byType() const {
    Table table{countColumns("type"), {}};
    for (const auto& row : get(get(get(m_report, "figures"), "incidents"), "by_type")) {
        table.rows.push_back({counts({text(get(row, "name"))}, row)});
    }
    auto part = list("by_type", std::move(table));
    part.level = 3;
    return part;
}

Section Builder::timeToDispatch() const {
    const auto& dispatch = get(get(m_report, "figures"), "time_to_dispatch");
    Table table{{column("opened_in_shift", true), column("dispatched", true),
                 column("median", true), column("p90", true)},
                {}};
    table.rows.push_back({{figure(get(dispatch, "incidents")),
                           figure(get(dispatch, "dispatched")),
                           {duration(get(dispatch, "median_s"))},
                           {duration(get(dispatch, "p90_s"))}}});
    return section("time_to_dispatch", {std::move(table)}, 3);
}

Section Builder::liaison() const {
    Table table{{column("direction"), column("sent", true), column("answered", true),
                 column("open", true), column("overdue", true), column("median_response", true),
                 column("custody_handovers", true)},
                {}};
    for (const auto& row : get(get(m_report, "figures"), "liaison")) {
        Cell overdue = figure(get(row, "overdue"));
        overdue.alert = get(row, "overdue").is_number() && get(row, "overdue").get<double>() > 0;
        table.rows.push_back({{keyCell(text(get(row, "direction"))),
                               figure(get(row, "sent")),
                               figure(get(row, "answered")),
                               figure(get(row, "open")),
                               overdue,
                               {duration(get(row, "median_response_s"))},
                               figure(get(row, "custody_handovers"))}});
    }
    return section("liaison", {std::move(table)});
}

Section Builder::assistance() const {
    Table table{{column("direction"), column("to_agency"), column("sent", true),
                 column("accepted", true), column("declined", true), column("median_accept", true)},
                {}};
    for (const auto& row : get(get(m_report, "figures"), "assistance")) {
        table.rows.push_back({{keyCell(text(get(row, "direction"))),
                               {text(get(row, "to_agency"))},
                               figure(get(row, "sent")),
                               figure(get(row, "accepted")),
                               figure(get(row, "declined")),
                               {duration(get(row, "median_accept_s"))}}});
    }
    return section("assistance", {std::move(table)});
}

/// "U1, U3"; "–" for none.
std::string joinedUnits(const json& units) {
    std::string joined;
    for (const auto& unit : units) {
        joined += (joined.empty() ? "" : ", ") + text(unit);
    }
    return joined.empty() ? kNothing : joined;
}

Section Builder::openIncidents() const {
    Table table{{column("priority_short"), column("ref"), column("type"), column("status"),
                 column("location"), column("units"), column("created_at"), column("latest_entry")},
                {}};
    for (const auto& row : get(get(m_report, "lists"), "open_incidents")) {
        const int priority = priorityOf(row);
        const auto& entry = get(row, "latest_entry");
        table.rows.push_back(
            {{{"P" + std::to_string(priority), priority},
              keyCell(text(get(row, "ref"))),
              {text(get(row, "type_name"))},
              {named("incident_status", get(row, "status"))},
              {text(get(row, "location"))},
              {joinedUnits(get(row, "units"))},
              {time(get(row, "created_at"))},
              {entry.is_object() ? time(get(entry, "at")) + " " + text(get(entry, "body"))
                                 : kNothing}},
             priority == 1});
    }
    return list("open_incidents", std::move(table));
}

Section Builder::priority1Incidents() const {
    Table table{{column("ref"), column("type"), column("status"), column("location"),
                 column("units"), column("created_at"), column("closed")},
                {}};
    for (const auto& row : get(get(m_report, "lists"), "priority1_incidents")) {
        Cell ref = keyCell(text(get(row, "ref")));
        ref.alert = true;
        table.rows.push_back({{ref,
                               {text(get(row, "type_name"))},
                               {named("incident_status", get(row, "status"))},
                               {text(get(row, "location"))},
                               {joinedUnits(get(row, "units"))},
                               {time(get(row, "created_at"))},
                               {time(get(row, "closed_at"))}}});
    }
    return list("priority1_incidents", std::move(table));
}

Section Builder::unitsOutOfService() const {
    Table table{
        {column("call_sign"), column("agency"), column("type"), column("reason"), column("since")},
        {}};
    for (const auto& row : get(get(m_report, "lists"), "units_out_of_service")) {
        const auto reason = text(get(row, "reason"));
        table.rows.push_back({{keyCell(text(get(row, "call_sign"))),
                               {text(get(row, "agency"))},
                               {text(get(row, "type_name"))},
                               {reason.empty() ? kNothing : reason},
                               {time(get(row, "since"), TimeStyle::Full)}}});
    }
    return list("units_out_of_service", std::move(table));
}

Section Builder::liaisonOpen() const {
    Table table{{{"#"},
                 column("direction"),
                 column("from_to"),
                 column("kind"),
                 column("subject"),
                 column("priority_short"),
                 column("status"),
                 column("sent"),
                 column("due")},
                {}};
    for (const auto& row : get(get(m_report, "lists"), "liaison_open")) {
        const bool overdue = get(row, "overdue") == true;
        Cell priority{"P" + text(get(row, "priority"))};
        priority.alert = priorityOf(row) == 1;
        Cell due{time(get(row, "due_at")) + (overdue ? " (" + label("overdue_mark") + ")" : "")};
        due.alert = overdue;
        table.rows.push_back(
            {{{text(get(row, "id"))},
              {text(get(row, "direction"))},
              {text(get(row, "from_agency")) + " → " + text(get(row, "to_agency"))},
              {named("liaison_kind", get(row, "kind"))},
              {text(get(row, "subject"))},
              priority,
              {named("liaison_status", get(row, "status"))},
              {time(get(row, "created_at"))},
              due}});
    }
    return list("liaison_open", std::move(table));
}

Section Builder::notes() const {
    Table table{{column("at"), column("author"), column("text")}, {}};
    for (const auto& row : get(get(m_report, "lists"), "notes")) {
        const auto name = words(row, "author_name");
        table.rows.push_back({{{time(get(row, "at"))},
                               {name.empty() ? text(get(row, "author")) : name},
                               {text(get(row, "text"))}}});
    }
    return list("notes", std::move(table));
}

Section Builder::remarks() const {
    const auto& remarks = get(m_report, "remarks");
    const auto written = words(remarks, "text");
    if (written.find_first_not_of(" \t\r\n") == std::string::npos) {
        return section("remarks", {Paragraph{Paragraph::Kind::None, label("none")}});
    }
    return section("remarks", {Paragraph{Paragraph::Kind::Text, written},
                               Paragraph{Paragraph::Kind::Byline,
                                         label("written_by") + " " + text(get(remarks, "by")) +
                                             ", " + time(get(remarks, "at"), TimeStyle::Full)}});
}

Section Builder::signature() const {
    if (get(m_handover, "signed") != true) {
        return section("signature", {Paragraph{Paragraph::Kind::None, label("not_signed")}});
    }
    const auto username = text(get(m_handover, "signed_by"));
    const auto name = words(get(m_report, "signature"), "signed_by_name");
    const auto fact = [this](const char* key, std::string value) {
        return Fact{key, label(key), std::move(value)};
    };
    return section(
        "signature",
        {Facts{{fact("signed_by", name.empty() ? username : name + " (" + username + ")"),
                fact("signed_at", time(get(m_handover, "signed_at"), TimeStyle::Full)),
                fact("acknowledged_by", text(get(m_handover, "acknowledged_by"))),
                fact("acknowledged_at", time(get(m_handover, "acknowledged_at"), TimeStyle::Full)),
                fact("digest", text(get(m_handover, "digest")))}}});
}

} // namespace

ReportModel ReportModel::build(const json& report, const json& handover, Language language,
                               const TimeFormat& time) {
    return Builder(report, handover, language, time).build();
}

} // namespace jcc
