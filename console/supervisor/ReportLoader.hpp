#pragma once
// Fetches a shift's handover report for display: handover.get first (a signed report comes with
// the snapshot its digest covers, which is checked here), otherwise handover.generate builds the
// report from the record as it stands.
#include "console/Reply.hpp"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace jcc::console::supervisor {

class HandoverClient;

/// A report ready to show, or the error that prevented it.
struct LoadedReport {
    QJsonObject report;   ///< the report (handover.generate's "report" or the signed snapshot)
    QJsonObject handover; ///< its state (handover_json)
    bool digestVerified = false; ///< signed, and SHA-256 of the snapshot equals the digest
    bool ok = false;
    ServerError error; ///< when !ok
};

class ReportLoader {
public:
    using Done = std::function<void(const LoadedReport&)>;
    /// Loads the report of `shift` (the current shift when empty). `done` runs only while
    /// `context` exists.
    static void load(HandoverClient& client, const QString& shift, QObject* context, Done done);
};

} // namespace jcc::console::supervisor
