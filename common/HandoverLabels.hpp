#pragma once
// The words of a shift handover report in Czech, Slovak and English: headings, column names and
// the names of statuses and liaison kinds. Incident and unit type names come from the database.
#include "common/User.hpp"

#include <nlohmann/json.hpp>

namespace jcc {

/// {"title": ..., "opened": ..., ..., "incident_status": {"new": ...}, "liaison_status": {...},
/// "liaison_kind": {...}} in `language`; docs/protocol.md lists the keys.
nlohmann::json handoverLabels(Language language);

} // namespace jcc
